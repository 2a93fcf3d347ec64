<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening the sandbox</source>
        <translation>Ouverture du bac à sable</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Opening profile %1</source>
        <translation>Ouverture du profil %1</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Aucun profil enregistré ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>Définissez PURECLOUD_CLIENT_ID et PURECLOUD_SECRET pour utiliser --base-url.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Chargement de l’organisation</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Ouverture de l’instantané %1</translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation>Enregistrement de l’instantané</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Instantané enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Filter permissions: type words of a name or label, e.g. &quot;queue view&quot;</source>
        <translation>Filtrer les permissions : mots du nom ou du libellé, p. ex. « queue view »</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrer les permissions</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Catalogue des permissions</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) in %1 domains</source>
        <translation>
            <numerusform>%n permission dans %1 domaines</numerusform>
            <numerusform>%n permissions dans %1 domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches in %n domain(s)</source>
        <translation>
            <numerusform>Résultats dans %n domaine</numerusform>
            <numerusform>Résultats dans %n domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>No permission matches &quot;%1&quot;.</source>
        <translation>Aucune permission ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation>Ouvrir l’organisation bac à sable intégrée.</translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in (default: in the user&apos;s data directory).</source>
        <translation>Fichier SQLite où le bac à sable conserve son état (par défaut : dans le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <source>Connect with a saved connection profile.</source>
        <translation>Se connecter avec un profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>Connect to this API base URL, with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET.</source>
        <translation>Se connecter à cette URL de base de l’API, avec les identifiants de PURECLOUD_CLIENT_ID et PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Langue de l’interface (en, de, fr).</translation>
    </message>
    <message>
        <source>Without a window: save everything of the organization (roles, catalog, products, trusts) to FILE and exit.</source>
        <translation>Sans fenêtre : enregistrer tout de l’organisation (rôles, catalogue, produits, confiance) dans FILE et quitter.</translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>le bac à sable n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>définissez PURECLOUD_CLIENT_ID et PURECLOUD_SECRET pour utiliser --base-url.</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot;.</source>
        <translation>aucun profil enregistré ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>no keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation>aucun trousseau disponible (%1) ; utilisez plutôt --base-url avec PURECLOUD_CLIENT_ID et PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>le secret du profil « %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>--snapshot needs --sandbox, --profile NAME or --base-url URL.</source>
        <translation>--snapshot demande --sandbox, --profile NOM ou --base-url URL.</translation>
    </message>
    <message>
        <source>the snapshot failed, nothing was written: %1</source>
        <translation>l’instantané a échoué, rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Console d’autorisations Genesys Cloud : rôles, permissions et relations de confiance.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Ouvrir le &amp;bac à sable</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect to Genesys Cloud</source>
        <translation>Se connecter à Genesys Cloud</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other — a base URL of my own</source>
        <translation>Autre — une URL de base personnalisée</translation>
    </message>
    <message>
        <source>https://gateway.example.com (http only for this computer)</source>
        <translation>https://gateway.example.com (http seulement pour cet ordinateur)</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>p. ex. Production (UE)</translation>
    </message>
    <message>
        <source>OAuth client id (client credentials grant)</source>
        <translation>Identifiant client OAuth (client credentials)</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in RoleDesk&apos;s settings.</source>
        <translation>Le secret est conservé dans le trousseau du système, jamais dans les réglages de RoleDesk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The secret is kept for this session only and must be entered again next time.</source>
        <translation>&lt;b&gt;Aucun trousseau système n’est disponible&lt;/b&gt; (%1). Le secret n’est conservé que pour cette session et devra être saisi à nouveau.</translation>
    </message>
    <message>
        <source>Open a local sandbox organization with realistic data; nothing leaves this computer.</source>
        <translation>Ouvrir une organisation bac à sable locale aux données réalistes ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Log in and read the organization&apos;s products, without connecting</source>
        <translation>Se connecter et lire les produits de l’organisation, sans ouvrir la session</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation>Profils enregistrés :</translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation>Saisissez l’identifiant client OAuth.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Profile saved, but the secret could not be stored: %1</source>
        <translation>Profil enregistré, mais le secret n’a pas pu être conservé : %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: logged in, %n product(s) enabled.</source>
        <translation>
            <numerusform>La connexion fonctionne : connecté, %n produit activé.</numerusform>
            <numerusform>La connexion fonctionne : connecté, %n produits activés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>« %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation>Utilisez une URL https://.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Le simple http:// n’est permis que pour cet ordinateur (127.0.0.1, ::1, localhost) ; utilisez https:// pour %1.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>While</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Context id</source>
        <translation>Identifiant de contexte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the selected errors, with their context ids, for support</source>
        <translation>Copier les erreurs choisies, avec leurs identifiants de contexte, pour le support</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>%1  %2: %3 [code %4, contextId %5]</source>
        <translation>%1  %2 : %3 [code %4, contextId %5]</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Go to role, permission or trust</source>
        <translation>Aller à un rôle, une permission ou une relation de confiance</translation>
    </message>
    <message>
        <source>Type part of a role, permission, trustee or trustor name…</source>
        <translation>Tapez une partie du nom d’un rôle, d’une permission, d’un trustee ou d’un trustor…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n’est conservé pour ce profil.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>no secret service answered on the D-Bus session bus</source>
        <translation>aucun service de secrets n’a répondu sur le bus de session D-Bus</translation>
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
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Roles of the organization (Ctrl+1)</source>
        <translation>Rôles de l’organisation (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare a role with its default or another role (Ctrl+2)</source>
        <translation>Comparer un rôle à son rôle par défaut ou à un autre (Ctrl+2)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>The permission catalog (Ctrl+3)</source>
        <translation>Le catalogue des permissions (Ctrl+3)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Products enabled for the organization (Ctrl+4)</source>
        <translation>Produits activés pour l’organisation (Ctrl+4)</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Trustees and trustors (Ctrl+5)</source>
        <translation>Trustees et trustors (Ctrl+5)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Products enabled for this organization:</source>
        <translation>Produits activés pour cette organisation :</translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation>Comparer des rôles</translation>
    </message>
    <message>
        <source>Comparing a role with its default, or two roles, is not available in this version.</source>
        <translation>La comparaison d’un rôle avec son rôle par défaut, ou de deux rôles, n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Connected organization</source>
        <translation>Organisation connectée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>Instantanés RoleDesk (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Enregistrer l’instantané…</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Enregistrer l’instantané</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Jump to any role, permission, trustee or trustor</source>
        <translation>Aller à un rôle, une permission, un trustee ou un trustor</translation>
    </message>
    <message>
        <source>&amp;Filter this workspace</source>
        <translation>&amp;Filtrer cet espace</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation>Panneau des &amp;erreurs</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About RoleDesk</source>
        <translation>À &amp;propos de RoleDesk</translation>
    </message>
    <message>
        <source>About RoleDesk</source>
        <translation>À propos de RoleDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;A console for Genesys Cloud authorization: roles, permissions, default roles, assignments and organization trusts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;Une console pour les autorisations Genesys Cloud : rôles, permissions, rôles par défaut, attributions et relations de confiance entre organisations.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 — offline, read-only</source>
        <translation>Instantané de %1 pris le %2 — hors ligne, lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n role(s)</source>
        <translation>
            <numerusform>%n rôle chargé</numerusform>
            <numerusform>%n rôles chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot (%1)</source>
        <translation>Instantané hors ligne (%1)</translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk</source>
        <translation>%1 — instantané hors ligne — RoleDesk</translation>
    </message>
    <message>
        <source>Paused %1 s — rate limited</source>
        <translation>En pause %1 s — limite de débit</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation>%1 en cours, %2 en attente</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p %</translation>
    </message>
</context>
<context>
    <name>OrgDataLoader</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Catalogue des permissions</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Trustees</source>
        <translation>Trustees</translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation>Trustors</translation>
    </message>
    <message>
        <source>Trustee users</source>
        <translation>Utilisateurs trustee</translation>
    </message>
    <message>
        <source>Trustor users</source>
        <translation>Utilisateurs trustor</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Confiance</translation>
    </message>
</context>
<context>
    <name>PermissionCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Division aware</source>
        <translation>Liée aux divisions</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>&quot;%1&quot; is not a Genesys Cloud region.</source>
        <translation>« %1 » n’est pas une région Genesys Cloud.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client credentials) to connect.</source>
        <translation>Définissez PURECLOUD_CLIENT_ID et PURECLOUD_SECRET (les identifiants OAuth) pour vous connecter.</translation>
    </message>
    <message>
        <source>Choose at least one default role to restore.</source>
        <translation>Choisissez au moins un rôle par défaut à restaurer.</translation>
    </message>
    <message>
        <source>Say whether the new trust is enabled.</source>
        <translation>Indiquez si la nouvelle relation de confiance est activée.</translation>
    </message>
    <message>
        <source>Say whether the trust is enabled.</source>
        <translation>Indiquez si la relation de confiance est activée.</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>The secure connection to %1 failed: %2. Check the region and the system&apos;s certificates.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2. Vérifiez la région et les certificats du système.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Connexion à %1 impossible : %2.</translation>
    </message>
    <message>
        <source>The connection was lost after the change was sent, so it may or may not have been applied. Reload before trying again.</source>
        <translation>La connexion a été perdue après l’envoi de la modification ; elle a peut-être été appliquée, peut-être pas. Rechargez avant de réessayer.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds (tried %2 times).</source>
        <translation>Le serveur n’a pas répondu en %1 secondes (%2 tentatives).</translation>
    </message>
    <message>
        <source>The connection to the server was lost (tried %1 times): %2</source>
        <translation>La connexion au serveur a été perdue (%1 tentatives) : %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>La réponse du serveur est illisible (%1).</translation>
    </message>
    <message>
        <source>The change was applied, but the server&apos;s answer could not be read (%1). Reload to see the result.</source>
        <translation>La modification a été appliquée, mais la réponse du serveur est illisible (%1). Rechargez pour voir le résultat.</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>erreur serveur %1</translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation>Le serveur a répondu %1 sans détails.</translation>
    </message>
    <message>
        <source>The server answered %1 with something other than an API error: %2</source>
        <translation>Le serveur a répondu %1 avec autre chose qu’une erreur d’API : %2</translation>
    </message>
    <message>
        <source>The change may not have been applied; reload before trying again.</source>
        <translation>La modification n’a peut-être pas été appliquée ; rechargez avant de réessayer.</translation>
    </message>
    <message>
        <source>No client credentials are set for this connection.</source>
        <translation>Aucun identifiant client n’est défini pour cette connexion.</translation>
    </message>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation>Le service de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>Login was refused (HTTP %1): %2</source>
        <translation>La connexion a été refusée (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>check the client id and secret</source>
        <translation>vérifiez l’identifiant et le secret client</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>Basé sur %1</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>The default this role comes from has changed since it was last restored.</source>
        <translation>Le rôle par défaut dont ce rôle provient a changé depuis sa dernière restauration.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Filter roles</source>
        <translation>Filtrer les rôles</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Filter roles by name or description</source>
        <translation>Filtrer les rôles par nom ou description</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Rôles personnalisés</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Rôles par défaut</translation>
    </message>
    <message>
        <source>Needing an update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Grants permission… e.g. routing:queue:edit</source>
        <translation>Accorde la permission… p. ex. routing:queue:edit</translation>
    </message>
    <message>
        <source>Roles that grant a permission</source>
        <translation>Rôles qui accordent une permission</translation>
    </message>
    <message>
        <source>Only roles whose policies grant this permission, wildcards included</source>
        <translation>Seulement les rôles dont les règles accordent cette permission, jokers compris</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation><numerusform>%n rôle</numerusform><numerusform>%n rôles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s)</source>
        <translation><numerusform>%1 sur %n rôle</numerusform><numerusform>%1 sur %n rôles</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchIndexModel</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Trustee</source>
        <translation>Trustee</translation>
    </message>
    <message>
        <source>Trustor</source>
        <translation>Trustor</translation>
    </message>
    <message numerus="yes">
        <source>%n trustee user(s)</source>
        <translation>
            <numerusform>%n utilisateur trustee</numerusform>
            <numerusform>%n utilisateurs trustee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of our users</source>
        <translation>
            <numerusform>%n de nos utilisateurs</numerusform>
            <numerusform>%n de nos utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>The snapshot is damaged at %1%2: %3</source>
        <translation>L’instantané est endommagé en %1%2 : %3</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot: it is not a JSON object (%1).</source>
        <translation>Ce n’est pas un instantané RoleDesk : ce n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot.</source>
        <translation>Ce n’est pas un instantané RoleDesk.</translation>
    </message>
    <message>
        <source>This snapshot has format version %1; this RoleDesk reads version %2.</source>
        <translation>Cet instantané est au format %1 ; ce RoleDesk lit la version %2.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s organization is damaged: %1</source>
        <translation>L’organisation de l’instantané est endommagée : %1</translation>
    </message>
    <message>
        <source>A trustee in the snapshot is damaged: %1</source>
        <translation>Un trustee de l’instantané est endommagé : %1</translation>
    </message>
    <message>
        <source>A trustee user in the snapshot is damaged: %1</source>
        <translation>Un utilisateur trustee de l’instantané est endommagé : %1</translation>
    </message>
    <message>
        <source>A trustor in the snapshot is damaged: %1</source>
        <translation>Un trustor de l’instantané est endommagé : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>TrustsPage</name>
    <message>
        <source>Organization / user</source>
        <translation>Organisation / utilisateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rôles ici</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Trustees</source>
        <translation>Trustees</translation>
    </message>
    <message>
        <source>Organization / our user</source>
        <translation>Organisation / notre utilisateur</translation>
    </message>
    <message>
        <source>Permissions there</source>
        <translation>Permissions là-bas</translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation>Trustors</translation>
    </message>
    <message>
        <source>Trustees — organizations with access to ours</source>
        <translation>Trustees — organisations ayant accès à la nôtre</translation>
    </message>
    <message>
        <source>Trustors — organizations that give us access</source>
        <translation>Trustors — organisations qui nous donnent accès</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization has access to this one.</source>
        <translation>Aucune organisation n’a accès à celle-ci.</translation>
    </message>
    <message>
        <source>No organization gives this one access.</source>
        <translation>Aucune organisation ne donne accès à celle-ci.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
</TS>
