<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening the sandbox</source>
        <translation>Sandbox öffnen</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1</translation>
    </message>
    <message>
        <source>Opening profile %1</source>
        <translation>Profil %1 öffnen</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>Setzen Sie PURECLOUD_CLIENT_ID und PURECLOUD_SECRET, um --base-url zu verwenden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Organisation laden</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Snapshot %1 öffnen</translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Snapshot gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Filter permissions: type words of a name or label, e.g. &quot;queue view&quot;</source>
        <translation>Berechtigungen filtern: Wörter aus Name oder Bezeichnung, z. B. „queue view“</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Berechtigungskatalog</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) in %1 domains</source>
        <translation>
            <numerusform>%n Berechtigung in %1 Domänen</numerusform>
            <numerusform>%n Berechtigungen in %1 Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches in %n domain(s)</source>
        <translation>
            <numerusform>Treffer in %n Domäne</numerusform>
            <numerusform>Treffer in %n Domänen</numerusform>
        </translation>
    </message>
    <message>
        <source>No permission matches &quot;%1&quot;.</source>
        <translation>Keine Berechtigung passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation>Die eingebettete Sandbox-Organisation öffnen.</translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in (default: in the user&apos;s data directory).</source>
        <translation>SQLite-Datei, in der die Sandbox ihren Zustand speichert (Standard: im Datenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>Connect with a saved connection profile.</source>
        <translation>Mit einem gespeicherten Verbindungsprofil verbinden.</translation>
    </message>
    <message>
        <source>Connect to this API base URL, with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET.</source>
        <translation>Mit dieser API-Basis-URL verbinden, Zugangsdaten aus PURECLOUD_CLIENT_ID und PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Sprache der Oberfläche (en, de, fr).</translation>
    </message>
    <message>
        <source>Without a window: save everything of the organization (roles, catalog, products, trusts) to FILE and exit.</source>
        <translation>Ohne Fenster: alles der Organisation (Rollen, Katalog, Produkte, Vertrauensstellungen) in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>setzen Sie PURECLOUD_CLIENT_ID und PURECLOUD_SECRET, um --base-url zu verwenden.</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot;.</source>
        <translation>es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>no keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation>kein Schlüsselbund verfügbar (%1); verwenden Sie stattdessen --base-url mit PURECLOUD_CLIENT_ID und PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>das Secret des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--snapshot needs --sandbox, --profile NAME or --base-url URL.</source>
        <translation>--snapshot braucht --sandbox, --profile NAME oder --base-url URL.</translation>
    </message>
    <message>
        <source>the snapshot failed, nothing was written: %1</source>
        <translation>der Snapshot ist fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Genesys-Cloud-Berechtigungskonsole: Rollen, Berechtigungen und Vertrauensstellungen.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to Genesys Cloud</source>
        <translation>Mit Genesys Cloud verbinden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other — a base URL of my own</source>
        <translation>Andere — eigene Basis-URL</translation>
    </message>
    <message>
        <source>https://gateway.example.com (http only for this computer)</source>
        <translation>https://gateway.example.com (http nur für diesen Computer)</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>z. B. Produktion (EU)</translation>
    </message>
    <message>
        <source>OAuth client id (client credentials grant)</source>
        <translation>OAuth-Client-ID (Client-Credentials-Grant)</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in RoleDesk&apos;s settings.</source>
        <translation>Das Secret liegt im Schlüsselbund des Systems, nie in den Einstellungen von RoleDesk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The secret is kept for this session only and must be entered again next time.</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar&lt;/b&gt; (%1). Das Secret gilt nur für diese Sitzung und muss beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Open a local sandbox organization with realistic data; nothing leaves this computer.</source>
        <translation>Eine lokale Sandbox-Organisation mit realistischen Daten öffnen; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Log in and read the organization&apos;s products, without connecting</source>
        <translation>Anmelden und die Produkte der Organisation lesen, ohne zu verbinden</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation>Gespeicherte Profile:</translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation>Geben Sie die OAuth-Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile saved, but the secret could not be stored: %1</source>
        <translation>Profil gespeichert, aber das Secret konnte nicht abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: logged in, %n product(s) enabled.</source>
        <translation>
            <numerusform>Verbindung funktioniert: angemeldet, %n Produkt aktiviert.</numerusform>
            <numerusform>Verbindung funktioniert: angemeldet, %n Produkte aktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation>Verwenden Sie eine https://-URL.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Einfaches http:// ist nur für diesen Computer erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https:// für %1.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>While</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Context id</source>
        <translation>Kontext-ID</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected errors, with their context ids, for support</source>
        <translation>Die ausgewählten Fehler mit ihren Kontext-IDs für den Support kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>%1  %2: %3 [code %4, contextId %5]</source>
        <translation>%1  %2: %3 [Code %4, contextId %5]</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Go to role, permission or trust</source>
        <translation>Zu Rolle, Berechtigung oder Vertrauensstellung springen</translation>
    </message>
    <message>
        <source>Type part of a role, permission, trustee or trustor name…</source>
        <translation>Teil eines Rollen-, Berechtigungs-, Trustee- oder Trustor-Namens eingeben …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Secret gespeichert.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>no secret service answered on the D-Bus session bus</source>
        <translation>kein Secret-Service hat auf dem D-Bus-Sitzungsbus geantwortet</translation>
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
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Roles of the organization (Ctrl+1)</source>
        <translation>Rollen der Organisation (Strg+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare a role with its default or another role (Ctrl+2)</source>
        <translation>Eine Rolle mit ihrer Standardrolle oder einer anderen vergleichen (Strg+2)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>The permission catalog (Ctrl+3)</source>
        <translation>Der Berechtigungskatalog (Strg+3)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Products enabled for the organization (Ctrl+4)</source>
        <translation>Für die Organisation aktivierte Produkte (Strg+4)</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Vertrauensstellungen</translation>
    </message>
    <message>
        <source>Trustees and trustors (Ctrl+5)</source>
        <translation>Trustees und Trustors (Strg+5)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Products enabled for this organization:</source>
        <translation>Für diese Organisation aktivierte Produkte:</translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation>Rollen vergleichen</translation>
    </message>
    <message>
        <source>Comparing a role with its default, or two roles, is not available in this version.</source>
        <translation>Der Vergleich einer Rolle mit ihrer Standardrolle oder zweier Rollen ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Connected organization</source>
        <translation>Verbundene Organisation</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Snapshot ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>RoleDesk-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>Snapshot &amp;speichern …</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu …</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Jump to any role, permission, trustee or trustor</source>
        <translation>Zu einer Rolle, Berechtigung, einem Trustee oder Trustor springen</translation>
    </message>
    <message>
        <source>&amp;Filter this workspace</source>
        <translation>Diesen Arbeitsbereich &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation>&amp;Fehlerbereich</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RoleDesk</source>
        <translation>Über &amp;RoleDesk</translation>
    </message>
    <message>
        <source>About RoleDesk</source>
        <translation>Über RoleDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;A console for Genesys Cloud authorization: roles, permissions, default roles, assignments and organization trusts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für die Berechtigungen von Genesys Cloud: Rollen, Berechtigungen, Standardrollen, Zuweisungen und Vertrauensstellungen zwischen Organisationen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 — offline, read-only</source>
        <translation>Snapshot von %1 vom %2 — offline, schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n role(s)</source>
        <translation>
            <numerusform>%n Rolle geladen</numerusform>
            <numerusform>%n Rollen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot (%1)</source>
        <translation>Offline-Snapshot (%1)</translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk</source>
        <translation>%1 — Offline-Snapshot — RoleDesk</translation>
    </message>
    <message>
        <source>Paused %1 s — rate limited</source>
        <translation>%1 s pausiert — Ratenlimit</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation>%1 laufen, %2 warten</translation>
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
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Berechtigungskatalog</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
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
        <translation>Trustee-Benutzer</translation>
    </message>
    <message>
        <source>Trustor users</source>
        <translation>Trustor-Benutzer</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Vertrauensstellungen</translation>
    </message>
</context>
<context>
    <name>PermissionCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Division aware</source>
        <translation>Divisionsbezogen</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>&quot;%1&quot; is not a Genesys Cloud region.</source>
        <translation>„%1“ ist keine Genesys-Cloud-Region.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client credentials) to connect.</source>
        <translation>Setzen Sie PURECLOUD_CLIENT_ID und PURECLOUD_SECRET (die OAuth-Zugangsdaten), um zu verbinden.</translation>
    </message>
    <message>
        <source>Choose at least one default role to restore.</source>
        <translation>Wählen Sie mindestens eine Standardrolle zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Say whether the new trust is enabled.</source>
        <translation>Geben Sie an, ob die neue Vertrauensstellung aktiv ist.</translation>
    </message>
    <message>
        <source>Say whether the trust is enabled.</source>
        <translation>Geben Sie an, ob die Vertrauensstellung aktiv ist.</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>The secure connection to %1 failed: %2. Check the region and the system&apos;s certificates.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie die Region und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1: %2.</translation>
    </message>
    <message>
        <source>The connection was lost after the change was sent, so it may or may not have been applied. Reload before trying again.</source>
        <translation>Die Verbindung brach ab, nachdem die Änderung gesendet wurde; sie wurde vielleicht übernommen, vielleicht nicht. Laden Sie neu, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds (tried %2 times).</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet (%2 Versuche).</translation>
    </message>
    <message>
        <source>The connection to the server was lost (tried %1 times): %2</source>
        <translation>Die Verbindung zum Server ist abgebrochen (%1 Versuche): %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>Die Antwort des Servers war nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>The change was applied, but the server&apos;s answer could not be read (%1). Reload to see the result.</source>
        <translation>Die Änderung wurde übernommen, aber die Antwort des Servers war nicht lesbar (%1). Laden Sie neu, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>Serverfehler %1</translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation>Der Server antwortete %1 ohne Details.</translation>
    </message>
    <message>
        <source>The server answered %1 with something other than an API error: %2</source>
        <translation>Der Server antwortete %1 mit etwas anderem als einem API-Fehler: %2</translation>
    </message>
    <message>
        <source>The change may not have been applied; reload before trying again.</source>
        <translation>Die Änderung wurde möglicherweise nicht übernommen; laden Sie neu, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>No client credentials are set for this connection.</source>
        <translation>Für diese Verbindung sind keine Zugangsdaten gesetzt.</translation>
    </message>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Login was refused (HTTP %1): %2</source>
        <translation>Die Anmeldung wurde abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>check the client id and secret</source>
        <translation>prüfen Sie Client-ID und Secret</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>Basiert auf %1</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>The default this role comes from has changed since it was last restored.</source>
        <translation>Die Standardrolle, aus der diese Rolle stammt, hat sich seit der letzten Wiederherstellung geändert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Filter roles by name or description</source>
        <translation>Rollen nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Eigene Rollen</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Standardrollen</translation>
    </message>
    <message>
        <source>Needing an update</source>
        <translation>Zu aktualisieren</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Grants permission… e.g. routing:queue:edit</source>
        <translation>Gewährt Berechtigung … z. B. routing:queue:edit</translation>
    </message>
    <message>
        <source>Roles that grant a permission</source>
        <translation>Rollen, die eine Berechtigung gewähren</translation>
    </message>
    <message>
        <source>Only roles whose policies grant this permission, wildcards included</source>
        <translation>Nur Rollen, deren Richtlinien diese Berechtigung gewähren, Platzhalter eingeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation><numerusform>%n Rolle</numerusform><numerusform>%n Rollen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s)</source>
        <translation><numerusform>%1 von %n Rolle</numerusform><numerusform>%1 von %n Rollen</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchIndexModel</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
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
            <numerusform>%n Trustee-Benutzer</numerusform>
            <numerusform>%n Trustee-Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of our users</source>
        <translation>
            <numerusform>%n unserer Benutzer</numerusform>
            <numerusform>%n unserer Benutzer</numerusform>
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
        <translation>Der Snapshot ist beschädigt bei %1%2: %3</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot: it is not a JSON object (%1).</source>
        <translation>Dies ist kein RoleDesk-Snapshot: kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot.</source>
        <translation>Dies ist kein RoleDesk-Snapshot.</translation>
    </message>
    <message>
        <source>This snapshot has format version %1; this RoleDesk reads version %2.</source>
        <translation>Dieser Snapshot hat Formatversion %1; dieses RoleDesk liest Version %2.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s organization is damaged: %1</source>
        <translation>Die Organisation im Snapshot ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A trustee in the snapshot is damaged: %1</source>
        <translation>Ein Trustee im Snapshot ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A trustee user in the snapshot is damaged: %1</source>
        <translation>Ein Trustee-Benutzer im Snapshot ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A trustor in the snapshot is damaged: %1</source>
        <translation>Ein Trustor im Snapshot ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>TrustsPage</name>
    <message>
        <source>Organization / user</source>
        <translation>Organisation / Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rollen hier</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Trustees</source>
        <translation>Trustees</translation>
    </message>
    <message>
        <source>Organization / our user</source>
        <translation>Organisation / unser Benutzer</translation>
    </message>
    <message>
        <source>Permissions there</source>
        <translation>Berechtigungen dort</translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation>Trustors</translation>
    </message>
    <message>
        <source>Trustees — organizations with access to ours</source>
        <translation>Trustees — Organisationen mit Zugriff auf unsere</translation>
    </message>
    <message>
        <source>Trustors — organizations that give us access</source>
        <translation>Trustors — Organisationen, die uns Zugriff geben</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization has access to this one.</source>
        <translation>Keine Organisation hat Zugriff auf diese.</translation>
    </message>
    <message>
        <source>No organization gives this one access.</source>
        <translation>Keine Organisation gibt dieser Zugriff.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
</TS>
