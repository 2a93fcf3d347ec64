<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
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
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1 — %2 — RoleDesk</source>
        <translation>%1 — %2 — RoleDesk</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation><numerusform>%n Rolle</numerusform><numerusform>%n Rollen</numerusform></translation>
    </message>
    <message>
        <source>Could not load roles: %1</source>
        <translation>Rollen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Login failed (HTTP %1): %2</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Genesys-Cloud-Berechtigungskonsole: Rollen, Berechtigungen und Vertrauensstellungen.</translation>
    </message>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation>Die eingebettete Sandbox-Organisation öffnen.</translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in.</source>
        <translation>SQLite-Datei, in der die Sandbox ihren Zustand speichert.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Sprache der Oberfläche (en, de, fr).</translation>
    </message>
    <message>
        <source>roledesk: connection profiles are not available yet; start with --sandbox.
</source>
        <translation>roledesk: Verbindungsprofile gibt es noch nicht; bitte mit --sandbox starten.
</translation>
    </message>
    <message>
        <source>roledesk: the sandbox did not start: %1
</source>
        <translation>roledesk: Die Sandbox ist nicht gestartet: %1
</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
</TS>
