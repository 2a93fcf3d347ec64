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
    <name>ConditionDialog</name>
    <message>
        <source>Condition of %1</source>
        <translation>Bedingung von %1</translation>
    </message>
    <message>
        <source>The policy %1 grants &lt;b&gt;%2&lt;/b&gt; only when this condition holds.</source>
        <translation>Die Richtlinie %1 gewährt &lt;b&gt;%2&lt;/b&gt; nur, wenn diese Bedingung zutrifft.</translation>
    </message>
    <message>
        <source>Write &lt;i&gt;variable OPERATOR value&lt;/i&gt;, with EQ, GE, GT, LE, LT (one value) or IN (a list in parentheses). Values: &quot;text&quot;, $variable, user:id, queue:id or team:id, each id optionally followed by its &quot;name&quot;. Join terms with AND or OR; use parentheses to mix them.&lt;br&gt;Example: &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</source>
        <translation>Schreiben Sie &lt;i&gt;Variable OPERATOR Wert&lt;/i&gt;, mit EQ, GE, GT, LE, LT (ein Wert) oder IN (eine Liste in Klammern). Werte: &quot;Text&quot;, $Variable, user:ID, queue:ID oder team:ID, jede ID optional gefolgt von ihrem &quot;Namen&quot;. Verbinden Sie Terme mit AND oder OR; mischen Sie beide nur mit Klammern.&lt;br&gt;Beispiel: &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Write a condition, or choose Remove condition.</source>
        <translation>Schreiben Sie eine Bedingung oder wählen Sie „Bedingung entfernen“.</translation>
    </message>
    <message>
        <source>At character %1: %2</source>
        <translation>Bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>A group must join its terms with AND or OR.</source>
        <translation>Eine Gruppe muss ihre Terme mit AND oder OR verbinden.</translation>
    </message>
    <message>
        <source>A group must hold at least one condition.</source>
        <translation>Eine Gruppe muss mindestens eine Bedingung enthalten.</translation>
    </message>
    <message>
        <source>Every condition needs a variable name.</source>
        <translation>Jede Bedingung braucht einen Variablennamen.</translation>
    </message>
    <message>
        <source>The operator of %1 must be EQ, IN, GE, GT, LE or LT.</source>
        <translation>Der Operator von %1 muss EQ, IN, GE, GT, LE oder LT sein.</translation>
    </message>
    <message>
        <source>%1 %2 needs a value.</source>
        <translation>%1 %2 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 %2 takes exactly one value; use IN for a list.</source>
        <translation>%1 %2 nimmt genau einen Wert; verwenden Sie IN für eine Liste.</translation>
    </message>
    <message>
        <source>A value of %1 is empty.</source>
        <translation>Ein Wert von %1 ist leer.</translation>
    </message>
    <message>
        <source>A %1 value of %2 has no id.</source>
        <translation>Ein %1-Wert von %2 hat keine ID.</translation>
    </message>
    <message>
        <source>A value of %1 has the unknown type &quot;%2&quot;.</source>
        <translation>Ein Wert von %1 hat den unbekannten Typ &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ConditionText::Parser</name>
    <message>
        <source>Unexpected text here; join terms with AND or OR.</source>
        <translation>Unerwarteter Text; verbinden Sie Terme mit AND oder OR.</translation>
    </message>
    <message>
        <source>This quoted value has no closing quote.</source>
        <translation>Diesem Wert in Anführungszeichen fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>AND and OR are mixed here; use parentheses to say which comes first.</source>
        <translation>Hier sind AND und OR gemischt; legen Sie mit Klammern fest, was zuerst gilt.</translation>
    </message>
    <message>
        <source>A condition is missing here.</source>
        <translation>Hier fehlt eine Bedingung.</translation>
    </message>
    <message>
        <source>A closing parenthesis is missing here.</source>
        <translation>Hier fehlt eine schließende Klammer.</translation>
    </message>
    <message>
        <source>A variable name such as Queue.id is expected here.</source>
        <translation>Hier wird ein Variablenname wie Queue.id erwartet.</translation>
    </message>
    <message>
        <source>An operator is expected here: EQ, IN, GE, GT, LE or LT.</source>
        <translation>Hier wird ein Operator erwartet: EQ, IN, GE, GT, LE oder LT.</translation>
    </message>
    <message>
        <source>A comma or a closing parenthesis is expected here.</source>
        <translation>Hier wird ein Komma oder eine schließende Klammer erwartet.</translation>
    </message>
    <message>
        <source>A variable name is expected after $.</source>
        <translation>Nach $ wird ein Variablenname erwartet.</translation>
    </message>
    <message>
        <source>A value is expected here: &quot;text&quot;, $variable, user:id, queue:id or team:id.</source>
        <translation>Hier wird ein Wert erwartet: &quot;Text&quot;, $Variable, user:ID, queue:ID oder team:ID.</translation>
    </message>
    <message>
        <source>An id is expected after %1:.</source>
        <translation>Nach %1: wird eine ID erwartet.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Name: &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Description: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Beschreibung: &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else</source>
        <translation>„%1“ wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Since you opened this role, it was changed on the server. Nothing has been saved. Compare the changes and choose which version to keep.</source>
        <translation>Seit Sie diese Rolle geöffnet haben, wurde sie auf dem Server geändert. Nichts wurde gespeichert. Vergleichen Sie die Änderungen und wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(keine Änderungen)</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Deren Änderungen</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Meine über deren speichern</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Meine verwerfen, deren laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; — changed on the server</source>
        <translation>&lt;b&gt;Deren&lt;/b&gt; — auf dem Server geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; — not saved</source>
        <translation>&lt;b&gt;Ihre&lt;/b&gt; — nicht gespeichert</translation>
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
    <name>ConnectionResolver</name>
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
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>Setzen Sie PURECLOUD_CLIENT_ID und PURECLOUD_SECRET, um --base-url zu verwenden.</translation>
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
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Das Secret des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1); verwenden Sie stattdessen --base-url mit PURECLOUD_CLIENT_ID und PURECLOUD_SECRET.</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryPrompt</name>
    <message>
        <source>Untitled role</source>
        <translation>Unbenannte Rolle</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <source>RoleDesk kept unsaved changes to the role “%1” from %2.</source>
        <translation>RoleDesk hat ungespeicherte Änderungen an der Rolle „%1“ vom %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>They are probably from a session that ended unexpectedly. Restore them in the editor?</source>
        <translation>Sie stammen wahrscheinlich aus einer unerwartet beendeten Sitzung. Im Editor wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
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
        <source>Roles</source>
        <translation>Rollen</translation>
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
    <message>
        <source>RoleDesk[*]</source>
        <translation>RoleDesk[*]</translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk[*]</source>
        <translation>%1 — Offline-Momentaufnahme — RoleDesk[*]</translation>
    </message>
    <message>
        <source>%1[*] — %2 — RoleDesk</source>
        <translation>%1[*] — %2 — RoleDesk</translation>
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
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>This organization is shown from a snapshot (or not connected): it cannot be changed.</source>
        <translation>Diese Organisation wird aus einem Snapshot angezeigt (oder ist nicht verbunden): Sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Reading the roles again</source>
        <translation>Erneutes Lesen der Rollen</translation>
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
    <name>OrgSession</name>
    <message>
        <source>Loading the users of the organization</source>
        <translation>Laden der Benutzer der Organisation</translation>
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
    <name>PermissionTreeModel</name>
    <message>
        <source>Granted by the wildcard policy %1</source>
        <translation>Gewährt durch die Platzhalter-Richtlinie %1</translation>
    </message>
    <message>
        <source>Granted only when %1</source>
        <translation>Nur gewährt, wenn %1</translation>
    </message>
    <message>
        <source>This role</source>
        <translation>Diese Rolle</translation>
    </message>
    <message>
        <source>Wildcard %1</source>
        <translation>Platzhalter %1</translation>
    </message>
    <message>
        <source>This role, with a condition</source>
        <translation>Diese Rolle, mit Bedingung</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
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
    <name>RoleDraft</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Umbenennen in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 entziehen</translation>
    </message>
    <message>
        <source>Set the condition of %1</source>
        <translation>Bedingung von %1 setzen</translation>
    </message>
    <message>
        <source>Remove the condition of %1</source>
        <translation>Bedingung von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RoleEditSession</name>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>The draft could not be kept on disk: %1</source>
        <translation>Der Entwurf konnte nicht auf der Festplatte gesichert werden: %1</translation>
    </message>
    <message>
        <source>The role “%1” no longer exists; its recovered draft opens as a new role.</source>
        <translation>Die Rolle „%1“ gibt es nicht mehr; ihr wiederhergestellter Entwurf öffnet sich als neue Rolle.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>Wiederhergestellte ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the role “%1”.</source>
        <translation>Rolle „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s version of “%1”.</source>
        <translation>Die Fassung des Servers von „%1“ geladen.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Assigned only</source>
        <translation>Nur zugewiesene</translation>
    </message>
    <message>
        <source>Edit condition…</source>
        <translation>Bedingung bearbeiten…</translation>
    </message>
    <message>
        <source>Select a role to see and edit its permissions, or create one with New role.</source>
        <translation>Wählen Sie eine Rolle, um ihre Berechtigungen zu sehen und zu bearbeiten, oder legen Sie mit „Neue Rolle“ eine an.</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Rollenbeschreibung</translation>
    </message>
    <message>
        <source>What this role is for</source>
        <translation>Wofür diese Rolle da ist</translation>
    </message>
    <message>
        <source>Filter permissions, e.g. &quot;queue edit&quot;</source>
        <translation>Berechtigungen filtern, z. B. &quot;queue edit&quot;</translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation>Berechtigungen der Rolle filtern</translation>
    </message>
    <message>
        <source>Show only the permissions this role grants</source>
        <translation>Nur die Berechtigungen zeigen, die diese Rolle gewährt</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Berechtigungen der Rolle</translation>
    </message>
    <message>
        <source>JSON that Save sends</source>
        <translation>JSON, das Speichern sendet</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation>Unbenannte Rolle</translation>
    </message>
    <message>
        <source>%1 — new, not saved yet</source>
        <translation>%1 — neu, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Policy %1: %2</source>
        <translation>Richtlinie %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Grants %1 of %n permission(s) in the catalog</source>
        <translation>
            <numerusform>Gewährt %1 von %n Berechtigung im Katalog</numerusform>
            <numerusform>Gewährt %1 von %n Berechtigungen im Katalog</numerusform>
        </translation>
    </message>
    <message>
        <source>this role grants nothing yet; clear Assigned only to add permissions</source>
        <translation>diese Rolle gewährt noch nichts; schalten Sie „Nur zugewiesene“ aus, um Berechtigungen hinzuzufügen</translation>
    </message>
    <message>
        <source>nothing matches the filter</source>
        <translation>nichts passt zum Filter</translation>
    </message>
    <message>
        <source>Select a permission to see its condition.</source>
        <translation>Wählen Sie eine Berechtigung, um ihre Bedingung zu sehen.</translation>
    </message>
    <message>
        <source>%1 is not granted.</source>
        <translation>%1 ist nicht gewährt.</translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2) when: %3</source>
        <translation>Gewährt durch Richtlinie %1 (%2), wenn: %3</translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2), without a condition.</source>
        <translation>Gewährt durch Richtlinie %1 (%2), ohne Bedingung.</translation>
    </message>
    <message>
        <source>A wildcard policy cannot have a condition.</source>
        <translation>Eine Platzhalter-Richtlinie kann keine Bedingung haben.</translation>
    </message>
    <message>
        <source>Not every action of this policy allows conditions.</source>
        <translation>Nicht jede Aktion dieser Richtlinie erlaubt Bedingungen.</translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name or description</source>
        <translation>Rollen nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
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
        <source>Only roles whose policies grant this permission, wildcards included. A complete domain:entity:action is also asked of the server.</source>
        <translation>Nur Rollen, deren Richtlinien diese Berechtigung gewähren, Platzhalter eingeschlossen. Eine vollständige domain:entity:action wird auch beim Server abgefragt.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Asking the server for roles that grant %1</source>
        <translation>Abfrage der Rollen beim Server, die %1 gewähren</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 von %n Rolle</numerusform>
            <numerusform>%1 von %n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server lists %n role(s) granting %1</source>
        <translation>
            <numerusform>der Server nennt %n Rolle, die %1 gewährt</numerusform>
            <numerusform>der Server nennt %n Rollen, die %1 gewähren</numerusform>
        </translation>
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
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (ungespeichert)</translation>
    </message>
    <message>
        <source>This role has unsaved changes in the editor.</source>
        <translation>Diese Rolle hat ungespeicherte Änderungen im Editor.</translation>
    </message>
</context>
<context>
    <name>RoleUsersPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove from role</source>
        <translation>Aus der Rolle entfernen</translation>
    </message>
    <message>
        <source>Roles of this user…</source>
        <translation>Rollen dieses Benutzers…</translation>
    </message>
    <message>
        <source>Add a user: type a name or an email</source>
        <translation>Benutzer hinzufügen: Namen oder E-Mail eingeben</translation>
    </message>
    <message>
        <source>Find a user to add</source>
        <translation>Hinzuzufügenden Benutzer suchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Users who hold the role</source>
        <translation>Benutzer mit dieser Rolle</translation>
    </message>
    <message>
        <source>Save the role first to assign users.</source>
        <translation>Speichern Sie die Rolle zuerst, um Benutzer zuzuweisen.</translation>
    </message>
    <message>
        <source>Offline: users are not available.</source>
        <translation>Offline: Benutzer sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Die Benutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading the users of the role</source>
        <translation>Laden der Benutzer der Rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this role</source>
        <translation>
            <numerusform>%n Benutzer hat diese Rolle</numerusform>
            <numerusform>%n Benutzer haben diese Rolle</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or an email first.</source>
        <translation>Geben Sie zuerst einen Namen oder eine E-Mail ein.</translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;; pick one from the list.</source>
        <translation>Nicht genau ein Benutzer passt zu &quot;%1&quot;; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 hat diese Rolle bereits.</translation>
    </message>
    <message>
        <source>Adding %1 to the role</source>
        <translation>%1 zur Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from this role?

%1</source>
        <translation>
            <numerusform>%n Benutzer aus dieser Rolle entfernen?

%1</numerusform>
            <numerusform>%n Benutzer aus dieser Rolle entfernen?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing users from the role</source>
        <translation>Benutzer aus der Rolle entfernen</translation>
    </message>
</context>
<context>
    <name>RoleValidation</name>
    <message>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another role is already named &quot;%1&quot;.</source>
        <translation>Eine andere Rolle heißt bereits &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation>Rolle kopieren</translation>
    </message>
    <message>
        <source>A new role with the name &quot;Copy of …&quot; and all policies of the selected role</source>
        <translation>Eine neue Rolle namens &quot;Kopie von …&quot; mit allen Richtlinien der gewählten Rolle</translation>
    </message>
    <message>
        <source>Delete role…</source>
        <translation>Rolle löschen…</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Save the role (Ctrl+Return)</source>
        <translation>Rolle speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show every change since the role was opened</source>
        <translation>Jede Änderung seit dem Öffnen der Rolle zeigen</translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation>Berechtigungen der Rolle filtern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation>Unbenannte Rolle</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The role “%1” has unsaved changes.</source>
        <translation>Die Rolle „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Die Rolle „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>%n Benutzer hat diese Rolle und verliert ihre Berechtigungen.</numerusform>
            <numerusform>%n Benutzer haben diese Rolle und verlieren ihre Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user holds this role.</source>
        <translation>Kein Benutzer hat diese Rolle.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted the role “%1”.</source>
        <translation>Rolle „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleting the role “%1”</source>
        <translation>Löschen der Rolle „%1“</translation>
    </message>
    <message>
        <source>Saving the role “%1”</source>
        <translation>Speichern der Rolle „%1“</translation>
    </message>
    <message>
        <source>Not saved: the role changed on the server.</source>
        <translation>Nicht gespeichert: Die Rolle wurde auf dem Server geändert.</translation>
    </message>
    <message>
        <source>User&apos;s roles…</source>
        <translation>Rollen eines Benutzers…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>See and set the roles of any user (Ctrl+U)</source>
        <translation>Die Rollen eines beliebigen Benutzers sehen und setzen (Strg+U)</translation>
    </message>
    <message>
        <source>Loading the users of the organization…</source>
        <translation>Die Benutzer der Organisation werden geladen…</translation>
    </message>
    <message>
        <source>User&apos;s roles</source>
        <translation>Rollen eines Benutzers</translation>
    </message>
    <message>
        <source>User (type a name or an email):</source>
        <translation>Benutzer (Namen oder E-Mail eingeben):</translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;.</source>
        <translation>Nicht genau ein Benutzer passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the role before deleting it</source>
        <translation>Lesen der Rolle vor dem Löschen</translation>
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
    <name>TrustTreeModel</name>
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
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
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
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>Organization / user</source>
        <translation>Organisation / Benutzer</translation>
    </message>
    <message>
        <source>Organization / our user</source>
        <translation>Organisation / unser Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
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
        <source>Permissions there</source>
        <translation>Berechtigungen dort</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>TrustsPage</name>
    <message>
        <source>Trustees</source>
        <translation>Trustees</translation>
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
        <source>No organization has access to this one.</source>
        <translation>Keine Organisation hat Zugriff auf diese.</translation>
    </message>
    <message>
        <source>No organization gives this one access.</source>
        <translation>Keine Organisation gibt dieser Zugriff.</translation>
    </message>
</context>
<context>
    <name>UserRolesDialog</name>
    <message>
        <source>Loading the user&apos;s roles…</source>
        <translation>Rollen des Benutzers werden geladen…</translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation>Alle Rollen entfernen…</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation>Rollen des Benutzers</translation>
    </message>
    <message>
        <source>Check the roles %1 should hold:</source>
        <translation>Markieren Sie die Rollen, die %1 haben soll:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the roles of %1</source>
        <translation>Laden der Rollen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n role(s).</source>
        <translation>
            <numerusform>%1 hat %n Rolle.</numerusform>
            <numerusform>%1 hat %n Rollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Rollen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%1 will lose %n role(s):

%2</source>
        <translation>
            <numerusform>%1 verliert %n Rolle:

%2</numerusform>
            <numerusform>%1 verliert %n Rollen:

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. %1 holds %n role(s).</source>
        <translation>
            <numerusform>Gespeichert. %1 hat %n Rolle.</numerusform>
            <numerusform>Gespeichert. %1 hat %n Rollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Setting the roles of %1</source>
        <translation>Setzen der Rollen von %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removing all roles of %1</source>
        <translation>Entfernen aller Rollen von %1</translation>
    </message>
</context>
</TS>
