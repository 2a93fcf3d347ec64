<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable : %1</translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON.</source>
        <translation>La réponse du serveur n’est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RoleDesk</source>
        <translation>RoleDesk</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>%1 — %2 — RoleDesk</source>
        <translation>%1 — %2 — RoleDesk</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Chargement des rôles…</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation><numerusform>%n rôle</numerusform><numerusform>%n rôles</numerusform></translation>
    </message>
    <message>
        <source>Could not load roles: %1</source>
        <translation>Impossible de charger les rôles : %1</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation>Le service de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>Login failed (HTTP %1): %2</source>
        <translation>Échec de la connexion (HTTP %1) : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Console d’autorisations Genesys Cloud : rôles, permissions et relations de confiance.</translation>
    </message>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation>Ouvrir l’organisation bac à sable intégrée.</translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in.</source>
        <translation>Fichier SQLite où le bac à sable conserve son état.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Langue de l’interface (en, de, fr).</translation>
    </message>
    <message>
        <source>roledesk: connection profiles are not available yet; start with --sandbox.
</source>
        <translation>roledesk : les profils de connexion ne sont pas encore disponibles ; lancez avec --sandbox.
</translation>
    </message>
    <message>
        <source>roledesk: the sandbox did not start: %1
</source>
        <translation>roledesk : le bac à sable n’a pas démarré : %1
</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
</TS>
