<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AcceptPairingDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Paste the pairing id the other organization&apos;s admin sent you, then look it up to see who asks for access.</source>
        <translation>Fügen Sie die Kopplungs-ID ein, die Ihnen der Administrator der anderen Organisation geschickt hat, und schlagen Sie sie nach, um zu sehen, wer Zugriff anfragt.</translation>
    </message>
    <message>
        <source>Give these roles to e&amp;very user</source>
        <translation>Diese Rollen &amp;jedem Benutzer geben</translation>
    </message>
    <message>
        <source>&amp;Enabled: the users can work here at once</source>
        <translation>&amp;Aktiviert: die Benutzer können sofort hier arbeiten</translation>
    </message>
    <message>
        <source>Accept a pairing</source>
        <translation>Kopplung annehmen</translation>
    </message>
    <message>
        <source>Pairing id</source>
        <translation>Kopplungs-ID</translation>
    </message>
    <message>
        <source>Requested users</source>
        <translation>Angefragte Benutzer</translation>
    </message>
    <message>
        <source>Requested &amp;users (unchecked ones are left out):</source>
        <translation>Angefragte &amp;Benutzer (nicht markierte werden ausgelassen):</translation>
    </message>
    <message>
        <source>&amp;Roles here for the selected user:</source>
        <translation>&amp;Rollen hier für den ausgewählten Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Create trust</source>
        <translation>Vertrauensstellung &amp;erstellen</translation>
    </message>
    <message>
        <source>No pairing to accept yet.</source>
        <translation>Noch keine Kopplung zum Annehmen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; asks for access to this organization for %n user(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; fragt Zugriff auf diese Organisation für %n Benutzer an.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; fragt Zugriff auf diese Organisation für %n Benutzer an.</numerusform>
        </translation>
    </message>
    <message>
        <source>This organization already trusts %1: the trust cannot be created twice.</source>
        <translation>Diese Organisation vertraut %1 bereits: die Vertrauensstellung kann nicht zweimal erstellt werden.</translation>
    </message>
    <message>
        <source>This organization already trusts them.</source>
        <translation>Diese Organisation vertraut ihnen bereits.</translation>
    </message>
    <message>
        <source>Check at least one requested user.</source>
        <translation>Markieren Sie mindestens einen angefragten Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen user(s) have no role yet.</source>
        <translation>
            <numerusform>%n ausgewählter Benutzer hat noch keine Rolle.</numerusform>
            <numerusform>%n ausgewählte Benutzer haben noch keine Rolle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Granted by policy</source>
        <translation>Gewährt durch Richtlinie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Roles that grant it</source>
        <translation>Rollen, die sie gewähren</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>People who hold those roles</source>
        <translation>Personen mit diesen Rollen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Wirksame Berechtigungen</translation>
    </message>
    <message>
        <source>Who can do this?</source>
        <translation>Wer darf das?</translation>
    </message>
    <message>
        <source>Why can this person do that?</source>
        <translation>Warum darf diese Person das?</translation>
    </message>
    <message>
        <source>A permission, e.g. routing:queue:edit</source>
        <translation>Eine Berechtigung, z. B. routing:queue:edit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The roles and the people, as a CSV file for a spreadsheet</source>
        <translation>Die Rollen und die Personen als CSV-Datei für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Double-click a role to open it</source>
        <translation>Doppelklick öffnet die Rolle</translation>
    </message>
    <message>
        <source>Type a permission (completed from the catalog) and press Enter: the roles that grant it, wildcards and conditions included, and everyone who holds them, partner organizations&apos; users too.</source>
        <translation>Geben Sie eine Berechtigung ein (aus dem Katalog ergänzt) und drücken Sie Enter: die Rollen, die sie gewähren, mit Platzhaltern und Bedingungen, und alle, die diese Rollen haben, auch Benutzer von Partnerorganisationen.</translation>
    </message>
    <message>
        <source>A person, by name or email</source>
        <translation>Eine Person, nach Name oder E-Mail</translation>
    </message>
    <message>
        <source>Pick a person: their roles, what those roles let them do, and for each permission the role and policy that grants it.</source>
        <translation>Wählen Sie eine Person: ihre Rollen, was diese Rollen erlauben, und zu jeder Berechtigung die Rolle und Richtlinie, die sie gewährt.</translation>
    </message>
    <message>
        <source>Their roles</source>
        <translation>Ihre Rollen</translation>
    </message>
    <message>
        <source>Filter permissions, e.g. queue or routing:queue:edit</source>
        <translation>Berechtigungen filtern, z. B. queue oder routing:queue:edit</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>“%1” is not a permission: type domain:entity:action, e.g. routing:queue:edit.</source>
        <translation>„%1“ ist keine Berechtigung: Geben Sie domain:entity:action ein, z. B. routing:queue:edit.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalog: only a wildcard can grant it, and the service may not know it.</source>
        <translation>„%1“ steht nicht im Katalog: Nur ein Platzhalter kann sie gewähren, und der Dienst kennt sie womöglich nicht.</translation>
    </message>
    <message>
        <source>Looking for the people who hold the roles…</source>
        <translation>Suche die Personen mit diesen Rollen…</translation>
    </message>
    <message>
        <source>A wildcard policy: it grants every matching permission</source>
        <translation>Eine Platzhalter-Richtlinie: Sie gewährt jede passende Berechtigung</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>This organization</source>
        <translation>Diese Organisation</translation>
    </message>
    <message>
        <source>No role grants %1.</source>
        <translation>Keine Rolle gewährt %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) grant %1</source>
        <translation>
            <numerusform>%n Rolle gewährt %1</numerusform>
            <numerusform>%n Rollen gewähren %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) hold them</source>
        <translation>
            <numerusform>%n Person hat sie</numerusform>
            <numerusform>%n Personen haben sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner organizations</source>
        <translation>
            <numerusform>%n aus Partnerorganisationen</numerusform>
            <numerusform>%n aus Partnerorganisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>The holders could not be read; see the errors panel.</source>
        <translation>Die Inhaber konnten nicht gelesen werden; siehe Fehlerbereich.</translation>
    </message>
    <message>
        <source>Finding who can do %1</source>
        <translation>Ermitteln, wer %1 darf</translation>
    </message>
    <message>
        <source>Export who can %1</source>
        <translation>Exportieren, wer %1 darf</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Who can %1.csv</source>
        <translation>Wer darf %1.csv</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <source>Exporting who can %1</source>
        <translation>Exportieren, wer %1 darf</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Loading the organization&apos;s people…</source>
        <translation>Lade die Personen der Organisation…</translation>
    </message>
    <message>
        <source>Type a name or an email first.</source>
        <translation>Geben Sie zuerst einen Namen oder eine E-Mail ein.</translation>
    </message>
    <message>
        <source>No single person matches “%1”; pick one from the list.</source>
        <translation>Keine eindeutige Person passt zu „%1“; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Reading the roles of %1…</source>
        <translation>Lese die Rollen von %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n role(s)</source>
        <translation>
            <numerusform>%1 hat %n Rolle</numerusform>
            <numerusform>%1 hat %n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they grant %n permission(s).</source>
        <translation>
            <numerusform>sie gewähren %n Berechtigung.</numerusform>
            <numerusform>sie gewähren %n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is %1: it cannot sign in.</source>
        <translation>Das Konto ist %1: Es kann sich nicht anmelden.</translation>
    </message>
    <message>
        <source>The roles could not be read; see the errors panel.</source>
        <translation>Die Rollen konnten nicht gelesen werden; siehe Fehlerbereich.</translation>
    </message>
    <message>
        <source>Reading a person&apos;s roles</source>
        <translation>Rollen einer Person lesen</translation>
    </message>
    <message>
        <source>Not among the loaded roles</source>
        <translation>Nicht unter den geladenen Rollen</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>None of their permissions matches “%1”.</source>
        <translation>Keine ihrer Berechtigungen passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 is granted by:</source>
        <translation>%1 wird gewährt durch:</translation>
    </message>
    <message>
        <source>the role %1, policy %2</source>
        <translation>die Rolle %1, Richtlinie %2</translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>only where %1</source>
        <translation>nur wo %1</translation>
    </message>
    <message>
        <source>Partner organizations&apos; users could not be read, so they are not listed.</source>
        <translation>Die Benutzer der Partnerorganisationen konnten nicht gelesen werden und fehlen daher.</translation>
    </message>
</context>
<context>
    <name>AccessRights</name>
    <message>
        <source>You need %1.</source>
        <translation>Sie benötigen %1.</translation>
    </message>
    <message>
        <source>You need one of %1.</source>
        <translation>Sie benötigen eine dieser Berechtigungen: %1.</translation>
    </message>
</context>
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
    <message>
        <source>Another connection…</source>
        <translation>Andere Verbindung…</translation>
    </message>
    <message>
        <source>Compare with another organization</source>
        <translation>Mit einer anderen Organisation vergleichen</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Loading an organization to compare with</source>
        <translation>Laden einer Organisation zum Vergleichen</translation>
    </message>
    <message>
        <source>%1 is ready to compare with: pick it on the right side.</source>
        <translation>%1 steht zum Vergleich bereit: rechts auswählen.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in one to sign in: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the roles of %n trustee user(s) for the snapshot…</source>
        <translation>
            <numerusform>Die Rollen von %n Trustee-Benutzer werden für den Snapshot gelesen…</numerusform>
            <numerusform>Die Rollen von %n Trustee-Benutzern werden für den Snapshot gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the connection as the profile “%1”.</source>
        <translation>Verbindung als Profil „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Neuere</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Ältere ▶</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Choose a period and search.</source>
        <translation>Wählen Sie einen Zeitraum und suchen Sie.</translation>
    </message>
    <message>
        <source>What partners&apos; users did here (trustee audits)</source>
        <translation>Was Benutzer von Partnern hier getan haben (Trustee-Audits)</translation>
    </message>
    <message>
        <source>What our users did in organizations that trust us (trustor audits)</source>
        <translation>Was unsere Benutzer in Organisationen getan haben, die uns vertrauen (Trustor-Audits)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Words in the action, entity or message</source>
        <translation>Wörter in Aktion, Entität oder Meldung</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>The selected entry, in full.</source>
        <translation>Der ausgewählte Eintrag, vollständig.</translation>
    </message>
    <message>
        <source>Selected entry as JSON</source>
        <translation>Ausgewählter Eintrag als JSON</translation>
    </message>
    <message>
        <source>&amp;Audits:</source>
        <translation>&amp;Audits:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation>Audit-Einträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting audit entries</source>
        <translation>Exportieren der Audit-Einträge</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Searching the trust audits</source>
        <translation>Durchsuchen der Audits der Vertrauensstellungen</translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation>Kein Audit-Eintrag passt.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entry(ies) in all</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Eintrag insgesamt</numerusform>
            <numerusform>Seite %1 von %2 · %n Einträge insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit export</source>
        <translation>den Audit-Export</translation>
    </message>
    <message>
        <source>P&amp;hrase:</source>
        <translation>Aus&amp;druck:</translation>
    </message>
    <message>
        <source>A snapshot holds no audits: connect to search them.</source>
        <translation>Ein Snapshot enthält keine Audits: verbinden Sie sich, um sie zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>AuditSearch</name>
    <message>
        <source>No organization has access to this one: there is nothing to audit.</source>
        <translation>Keine Organisation hat Zugriff auf diese: es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>No organization trusts this one: there is nothing to audit.</source>
        <translation>Keine Organisation vertraut dieser: es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message numerus="yes">
        <source>The sign-in was not completed within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minute abgeschlossen. Melden Sie sich erneut an.</numerusform>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minuten abgeschlossen. Melden Sie sich erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1): %2</source>
        <translation>Der Anmeldedienst hat die Anmeldung abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Der Anmeldedienst ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>RoleDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>RoleDesk konnte auf 127.0.0.1 nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>RoleDesk has the answer of the sign-in. You can close this tab and go back to RoleDesk.</source>
        <translation>RoleDesk hat die Antwort der Anmeldung erhalten. Sie können diesen Tab schließen und zu RoleDesk zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state does not match), so it was ignored. Sign in again.</source>
        <translation>Die Antwort des Browsers gehört nicht zu dieser Anmeldung (ihr state passt nicht) und wurde ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer has no authorization code. Sign in again.</source>
        <translation>Die Antwort des Browsers enthält keinen Autorisierungscode. Melden Sie sich erneut an.</translation>
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
    <message>
        <source>No permission matches &quot;%1&quot;.</source>
        <translation>Keine Berechtigung passt zu „%1“.</translation>
    </message>
    <message>
        <source>Roles that grant this</source>
        <translation>Rollen, die das gewähren</translation>
    </message>
    <message>
        <source>The roles that grant this permission and the people who hold them</source>
        <translation>Die Rollen, die diese Berechtigung gewähren, und die Personen, die sie haben</translation>
    </message>
    <message>
        <source>Copy permission</source>
        <translation>Berechtigung kopieren</translation>
    </message>
    <message>
        <source>Double-click a permission to see who can do it; right-click for more</source>
        <translation>Doppelklick auf eine Berechtigung zeigt, wer sie hat; Rechtsklick für mehr</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) match</source>
        <translation>
            <numerusform>%n Berechtigung passt</numerusform>
            <numerusform>%n Berechtigungen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n domain(s)</source>
        <translation>
            <numerusform>in %n Domäne</numerusform>
            <numerusform>in %n Domänen</numerusform>
        </translation>
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
        <source>the snapshot failed, nothing was written: %1</source>
        <translation>der Snapshot ist fehlgeschlagen, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Genesys-Cloud-Berechtigungskonsole: Rollen, Berechtigungen und Vertrauensstellungen.</translation>
    </message>
    <message>
        <source>Without a window: compare two snapshot files LEFT RIGHT role by role (roles added, removed, changed) and exit 0 when they are the same, 1 when they differ, 2 on error.</source>
        <translation>Ohne Fenster: zwei Snapshot-Dateien LEFT RIGHT Rolle für Rolle vergleichen (hinzugefügte, entfernte, geänderte Rollen); Exit-Code 0 bei Gleichheit, 1 bei Unterschieden, 2 bei Fehlern.</translation>
    </message>
    <message>
        <source>With --diff: print the differences as JSON.</source>
        <translation>Mit --diff: die Unterschiede als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--diff needs two snapshot files: roledesk --diff LEFT RIGHT [--json]</source>
        <translation>--diff braucht zwei Snapshot-Dateien: roledesk --diff LEFT RIGHT [--json]</translation>
    </message>
    <message>
        <source>cannot compare %1: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>With --diff: the earlier and the later snapshot file.</source>
        <translation>Mit --diff: die ältere und die neuere Snapshot-Datei.</translation>
    </message>
    <message>
        <source>With --sandbox: open this one of the sandbox&apos;s organizations (their names are in File ▸ Open sandbox organization).</source>
        <translation>Mit --sandbox: diese Organisation der Sandbox öffnen (die Namen stehen unter Datei ▸ Sandbox-Organisation öffnen).</translation>
    </message>
    <message>
        <source>With --snapshot: give up after SECONDS (default 600) with a message and exit 1.</source>
        <translation>Mit --snapshot: nach SECONDS Sekunden (Standard 600) mit einer Meldung aufgeben und mit 1 beenden.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--timeout braucht eine Anzahl Sekunden über 0, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>the snapshot did not finish within %n second(s), nothing was written (a longer --timeout allows more).</source>
        <translation>
            <numerusform>der Snapshot wurde nicht innerhalb von %n Sekunde fertig, nichts wurde geschrieben (ein längeres --timeout lässt mehr Zeit).</numerusform>
            <numerusform>der Snapshot wurde nicht innerhalb von %n Sekunden fertig, nichts wurde geschrieben (ein längeres --timeout lässt mehr Zeit).</numerusform>
        </translation>
    </message>
    <message>
        <source>With --sandbox: sign in as one of the sandbox&apos;s people on its sign-in page (in the browser), instead of connecting with its OAuth client.</source>
        <translation>Mit --sandbox: sich auf der Anmeldeseite der Sandbox (im Browser) als eine ihrer Personen anmelden, statt mit ihrem OAuth-Client zu verbinden.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; signs in with a person&apos;s account; --snapshot needs a client-credentials profile (OAuth client id and secret).</source>
        <translation>Profil „%1“ meldet sich mit dem Konto einer Person an; --snapshot braucht ein Profil mit Client-Zugangsdaten (OAuth-Client-ID und Secret).</translation>
    </message>
    <message>
        <source>Connect to this Genesys Cloud region (a host such as mypurecloud.de, or a key such as eu_central_1), with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET. Without it, PURECLOUD_ENVIRONMENT names the region when those credentials are set.</source>
        <translation>Mit dieser Genesys-Cloud-Region verbinden (ein Host wie mypurecloud.de oder ein Schlüssel wie eu_central_1), mit den Zugangsdaten aus PURECLOUD_CLIENT_ID und PURECLOUD_SECRET. Ohne diese Option nennt PURECLOUD_ENVIRONMENT die Region, wenn diese Zugangsdaten gesetzt sind.</translation>
    </message>
    <message>
        <source>--snapshot needs --sandbox, --profile NAME, --region NAME or --base-url URL.</source>
        <translation>--snapshot braucht --sandbox, --profile NAME, --region NAME oder --base-url URL.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>addedPermissionPolicies (in the role, not in its default):</source>
        <translation>addedPermissionPolicies (in der Rolle, nicht in ihrer Vorgabe):</translation>
    </message>
    <message>
        <source>removedPermissionPolicies (in the default, not in the role):</source>
        <translation>removedPermissionPolicies (in der Vorgabe, nicht in der Rolle):</translation>
    </message>
    <message>
        <source>samePermissionPolicies:</source>
        <translation>samePermissionPolicies:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show the server&apos;s answer</source>
        <translation>Antwort des Servers zeigen</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Take back checked…</source>
        <translation>Markierte zurücknehmen…</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Nur abweichende Zeilen</translation>
    </message>
    <message>
        <source>Restore defaults…</source>
        <translation>Standards wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore chosen default roles to their shipped definition, after a preview of what changes and who is affected</source>
        <translation>Ausgewählte Standardrollen auf ihre ausgelieferte Definition zurücksetzen, nach einer Vorschau der Änderungen und der Betroffenen</translation>
    </message>
    <message>
        <source>Add missing defaults…</source>
        <translation>Fehlende Standards hinzufügen…</translation>
    </message>
    <message>
        <source>Add the default roles this organization lacks; no existing role changes</source>
        <translation>Die Standardrollen hinzufügen, die dieser Organisation fehlen; keine bestehende Rolle ändert sich</translation>
    </message>
    <message>
        <source>Reset every default…</source>
        <translation>Alle Standards zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset every default role of the organization, after a preview and a typed confirmation</source>
        <translation>Jede Standardrolle der Organisation zurücksetzen, nach einer Vorschau und einer eingetippten Bestätigung</translation>
    </message>
    <message>
        <source>Undo a restore…</source>
        <translation>Wiederherstellung rückgängig…</translation>
    </message>
    <message>
        <source>Put back the roles as they were before an earlier restore</source>
        <translation>Die Rollen so zurückholen, wie sie vor einer früheren Wiederherstellung waren</translation>
    </message>
    <message>
        <source>Open snapshot…</source>
        <translation>Snapshot öffnen…</translation>
    </message>
    <message>
        <source>Compare with a snapshot</source>
        <translation>Mit einem Snapshot vergleichen</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>RoleDesk-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Öffnen des Snapshots %1</translation>
    </message>
    <message>
        <source>Pick roles from a snapshot file</source>
        <translation>Rollen aus einer Snapshot-Datei auswählen</translation>
    </message>
    <message>
        <source>Another organization…</source>
        <translation>Andere Organisation…</translation>
    </message>
    <message>
        <source>Connect a second organization to pick roles from</source>
        <translation>Eine zweite Organisation verbinden, um Rollen daraus auszuwählen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Linke Quelle</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Rechte Quelle</translation>
    </message>
    <message>
        <source>Left role</source>
        <translation>Linke Rolle</translation>
    </message>
    <message>
        <source>Right role</source>
        <translation>Rechte Rolle</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Search differences</source>
        <translation>Unterschiede durchsuchen</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Nächster Unterschied</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Undo the checked differences in the role&apos;s draft, as one step you can undo; save it in Roles</source>
        <translation>Die markierten Unterschiede im Entwurf der Rolle zurücknehmen, als ein rückgängig machbarer Schritt; unter Rollen speichern</translation>
    </message>
    <message>
        <source>The server&apos;s comparison</source>
        <translation>Der Vergleich des Servers</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <source>Roles side by side</source>
        <translation>Rollen nebeneinander</translation>
    </message>
    <message>
        <source>At most %1 roles side by side.</source>
        <translation>Höchstens %1 Rollen nebeneinander.</translation>
    </message>
    <message>
        <source>Permissions by role</source>
        <translation>Berechtigungen nach Rolle</translation>
    </message>
    <message>
        <source>Check 2 to %1 roles:</source>
        <translation>2 bis %1 Rollen ankreuzen:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Choose two roles, or a role and its default, then Compare. In Roles, Ctrl+D compares the open role with its default, unsaved edits included.</source>
        <translation>Zwei Rollen wählen, oder eine Rolle und ihre Vorgabe, dann Vergleichen. Unter Rollen vergleicht Strg+D die geöffnete Rolle mit ihrer Vorgabe, samt ungespeicherter Änderungen.</translation>
    </message>
    <message>
        <source>Snapshot %1 (%2, %3)</source>
        <translation>Snapshot %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Its default</source>
        <translation>Vorgabe der Rolle</translation>
    </message>
    <message>
        <source>This organization (%1)</source>
        <translation>Diese Organisation (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(the default of the role on the left)</source>
        <translation>(die Vorgabe der linken Rolle)</translation>
    </message>
    <message>
        <source>Restores need a connection; a snapshot is read-only.</source>
        <translation>Wiederherstellen braucht eine Verbindung; ein Snapshot ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Compare the role with its default (the server&apos;s comparedefault, checked by RoleDesk)</source>
        <translation>Die Rolle mit ihrer Vorgabe vergleichen (comparedefault des Servers, von RoleDesk geprüft)</translation>
    </message>
    <message>
        <source>Only a default-based role of the connected organization has a default to compare with.</source>
        <translation>Nur eine auf einer Standardrolle beruhende Rolle der verbundenen Organisation hat eine Vorgabe zum Vergleichen.</translation>
    </message>
    <message>
        <source>Compare the two roles</source>
        <translation>Die beiden Rollen vergleichen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (links)</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (rechts)</translation>
    </message>
    <message>
        <source>Comparing with the default needs a connection to the organization.</source>
        <translation>Der Vergleich mit der Vorgabe braucht eine Verbindung zur Organisation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not based on a default role: choose another role to compare it with.</source>
        <translation>„%1“ beruht auf keiner Standardrolle: eine andere Rolle zum Vergleichen wählen.</translation>
    </message>
    <message>
        <source>Comparing %1 with its default…</source>
        <translation>%1 wird mit der Vorgabe verglichen…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Comparing %1 with its default</source>
        <translation>Vergleich von %1 mit der Vorgabe</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (ungespeichert)</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>✓ The server&apos;s own comparison (comparedefault) agrees with this one.</source>
        <translation>✓ Der eigene Vergleich des Servers (comparedefault) stimmt mit diesem überein.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The server&apos;s comparison disagrees on %n permission(s): %1. Both are shown; check before you restore.</source>
        <translation>
            <numerusform>⚠ Der Vergleich des Servers weicht bei %n Berechtigung ab: %1. Beide werden gezeigt; vor dem Wiederherstellen prüfen.</numerusform>
            <numerusform>⚠ Der Vergleich des Servers weicht bei %n Berechtigungen ab: %1. Beide werden gezeigt; vor dem Wiederherstellen prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with %2:</source>
        <translation>%1 verglichen mit %2:</translation>
    </message>
    <message numerus="yes">
        <source>+ %n only in %1,</source>
        <translation>
            <numerusform>+ %n nur in %1,</numerusform>
            <numerusform>+ %n nur in %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>− %n only in %1,</source>
        <translation>
            <numerusform>− %n nur in %1,</numerusform>
            <numerusform>− %n nur in %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~ %n with a different condition,</source>
        <translation>
            <numerusform>~ %n mit anderer Bedingung,</numerusform>
            <numerusform>~ %n mit anderer Bedingung,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same.</source>
        <translation>
            <numerusform>%n gleich.</numerusform>
            <numerusform>%n gleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names differ.</source>
        <translation>Die Namen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The descriptions differ.</source>
        <translation>Die Beschreibungen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The legacy &quot;permissions&quot; lists differ too (+%1 −%2).</source>
        <translation>Auch die alten „permissions“-Listen unterscheiden sich (+%1 −%2).</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>The comparison is on the clipboard.</source>
        <translation>Der Vergleich ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Check 2 to %1 roles on the left to see which of them grants what.</source>
        <translation>Links 2 bis %1 Rollen ankreuzen, um zu sehen, welche was gewährt.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) differ among these roles.</source>
        <translation>
            <numerusform>%n Berechtigung unterscheidet sich zwischen diesen Rollen.</numerusform>
            <numerusform>%n Berechtigungen unterscheiden sich zwischen diesen Rollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add missing default roles</source>
        <translation>Fehlende Standardrollen hinzufügen</translation>
    </message>
    <message>
        <source>Add the default roles %1 does not have?</source>
        <translation>Die Standardrollen hinzufügen, die %1 nicht hat?</translation>
    </message>
    <message>
        <source>Only missing default roles are created. No existing role changes, and nobody gets a new role.</source>
        <translation>Nur fehlende Standardrollen werden angelegt. Keine bestehende Rolle ändert sich, und niemand erhält eine neue Rolle.</translation>
    </message>
    <message>
        <source>Add missing roles</source>
        <translation>Fehlende Rollen hinzufügen</translation>
    </message>
    <message>
        <source>No default role was missing.</source>
        <translation>Es fehlte keine Standardrolle.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n default role(s): %1</source>
        <translation>
            <numerusform>%n Standardrolle hinzugefügt: %1</numerusform>
            <numerusform>%n Standardrollen hinzugefügt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding missing default roles</source>
        <translation>Hinzufügen fehlender Standardrollen</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Standardrollen</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Find a permission</source>
        <translation>Berechtigung finden</translation>
    </message>
    <message>
        <source>Filters the differences by permission name and by condition text</source>
        <translation>Filtert die Unterschiede nach Berechtigungsname und Bedingungstext</translation>
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
    <message>
        <source>This condition is %1 characters long; at most %2 are accepted.</source>
        <translation>Diese Bedingung ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Parentheses are nested more than %1 deep here.</source>
        <translation>Hier sind Klammern tiefer als %1 Ebenen verschachtelt.</translation>
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
    <message>
        <source>Apply mine on top of theirs</source>
        <translation>Meine auf ihre anwenden</translation>
    </message>
    <message>
        <source>Keep their changes and add yours, then save</source>
        <translation>Ihre Änderungen behalten, meine hinzufügen, dann speichern</translation>
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
        <source>e.g. Production (EU)</source>
        <translation>z. B. Produktion (EU)</translation>
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
    <message>
        <source>as one of its &amp;people</source>
        <translation>als eine ihrer &amp;Personen</translation>
    </message>
    <message>
        <source>Sign in with my account</source>
        <translation>Mit meinem Konto anmelden</translation>
    </message>
    <message>
        <source>OAuth client (client credentials)</source>
        <translation>OAuth-Client (Client-Zugangsdaten)</translation>
    </message>
    <message>
        <source>Sign in with your own account in the browser (changes are made as you, with your permissions), or connect as an OAuth client with its secret (as a script does).</source>
        <translation>Mit Ihrem eigenen Konto im Browser anmelden (Änderungen erfolgen als Sie, mit Ihren Berechtigungen) oder als OAuth-Client mit seinem Secret verbinden (wie ein Skript).</translation>
    </message>
    <message>
        <source>Sign in on the sandbox&apos;s sign-in page as a person with fewer rights (a role editor, an auditor, a trust manager) instead of connecting as its OAuth client.</source>
        <translation>Auf der Anmeldeseite der Sandbox als Person mit weniger Rechten anmelden (Rollenbearbeiter, Prüfer, Verwalter von Vertrauensstellungen), statt als ihr OAuth-Client zu verbinden.</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>Sign &amp;in:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>When you connect, you sign in with your own account in the browser. No secret is stored.</source>
        <translation>Beim Verbinden melden Sie sich mit Ihrem eigenen Konto im Browser an. Es wird kein Secret gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %1, %n product(s) enabled.</source>
        <translation>
            <numerusform>Verbindung funktioniert: %1, %n Produkt aktiviert.</numerusform>
            <numerusform>Verbindung funktioniert: %1, %n Produkte aktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection in use: give it a name and save it.</source>
        <translation>Die aktuelle Verbindung: Geben Sie ihr einen Namen und speichern Sie sie.</translation>
    </message>
    <message>
        <source>https anywhere; plain http only for this computer (127.0.0.1, localhost), such as a local sandbox</source>
        <translation>https überall; einfaches http nur für diesen Computer (127.0.0.1, localhost), etwa eine lokale Sandbox</translation>
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
    <message>
        <source>The sandbox has no organization named “%1”; it has %2.</source>
        <translation>Die Sandbox hat keine Organisation namens „%1“; sie hat %2.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --region.</source>
        <translation>Setzen Sie PURECLOUD_CLIENT_ID und PURECLOUD_SECRET, um --region zu verwenden.</translation>
    </message>
</context>
<context>
    <name>DefaultComparison</name>
    <message>
        <source>&quot;%1&quot; is not based on a default role: there is nothing to compare it with.</source>
        <translation>„%1“ beruht auf keiner Standardrolle: es gibt nichts zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>DefaultRestore</name>
    <message>
        <source>&quot;%1&quot; is a custom role; only default roles can be restored.</source>
        <translation>„%1“ ist eine eigene Rolle; nur Standardrollen lassen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Reset every default role</source>
        <translation>Alle Standardrollen zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n default role(s)</source>
        <translation>
            <numerusform>%n Standardrolle wiederherstellen</numerusform>
            <numerusform>%n Standardrollen wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored: the roles could not be saved first. %1</source>
        <translation>Nichts wurde wiederhergestellt: die Rollen ließen sich vorher nicht sichern. %1</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <source>not granted</source>
        <translation>nicht gewährt</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <source>condition differs: %1</source>
        <translation>Bedingung weicht ab: %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 with a different condition, %6 the same</source>
        <translation>%1 nur in %2, %3 nur in %4, %5 mit anderer Bedingung, %6 gleich</translation>
    </message>
    <message numerus="yes">
        <source>same (%n)</source>
        <translation>
            <numerusform>gleich (%n)</numerusform>
            <numerusform>gleich (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
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
    <name>DraftStore</name>
    <message>
        <source>a draft</source>
        <translation>einen Entwurf</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>den Entwurf</translation>
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
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Context id: %1</source>
        <translation>Kontext-ID: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Go to role, permission, trust or person</source>
        <translation>Gehe zu Rolle, Berechtigung, Vertrauensstellung oder Person</translation>
    </message>
    <message>
        <source>Type part of a role, permission, trustee, trustor or person…</source>
        <translation>Teil einer Rolle, Berechtigung, eines Trustees, Trustors oder einer Person eingeben…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
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
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search by what it does or by its keys, e.g. undo or Ctrl+K</source>
        <translation>Nach Funktion oder Tasten suchen, z. B. rückgängig oder Strg+K</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Check or uncheck the current permission (role editor)</source>
        <translation>Aktuelle Berechtigung an- oder abwählen (Rolleneditor)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Next / previous difference (Compare)</source>
        <translation>Nächster / vorheriger Unterschied (Vergleichen)</translation>
    </message>
    <message>
        <source>F8 / Shift+F8</source>
        <translation>F8 / Umschalt+F8</translation>
    </message>
    <message>
        <source>Move through results (Go to)</source>
        <translation>Durch die Treffer gehen (Gehe zu)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Hoch / Runter</translation>
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
    <name>LoadState</name>
    <message>
        <source>The roles were not loaded. Reload (F5) to try again.</source>
        <translation>Die Rollen wurden nicht geladen. Neu laden (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>The permission catalog was not loaded. Reload (F5) to try again.</source>
        <translation>Der Berechtigungskatalog wurde nicht geladen. Neu laden (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>The products were not loaded. Reload (F5) to try again.</source>
        <translation>Die Produkte wurden nicht geladen. Neu laden (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>The trusts were not loaded. Reload (F5) to try again.</source>
        <translation>Die Vertrauensstellungen wurden nicht geladen. Neu laden (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>Reading the roles…</source>
        <translation>Die Rollen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the permission catalog…</source>
        <translation>Der Berechtigungskatalog wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the products…</source>
        <translation>Die Produkte werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the trusts…</source>
        <translation>Die Vertrauensstellungen werden gelesen…</translation>
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
    <message>
        <source>Start the sandbox</source>
        <translation>Sandbox starten</translation>
    </message>
    <message>
        <source>Open sandbo&amp;x organization</source>
        <translation>Sandbox-&amp;Organisation öffnen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <source>Load the organization again (File ▸ Reload)</source>
        <translation>Die Organisation erneut laden (Datei ▸ Neu laden)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in with your account in the browser</source>
        <translation>Mit Ihrem Konto im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget the sign-in of this connection</source>
        <translation>Die Anmeldung dieser Verbindung vergessen</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth-Client</translation>
    </message>
    <message>
        <source>Connected with an OAuth client&apos;s credentials: changes are made by the client, and the server decides what it may do.</source>
        <translation>Mit den Zugangsdaten eines OAuth-Clients verbunden: Änderungen macht der Client, und der Server entscheidet, was er darf.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Your permissions could not be read (%1); every action stays enabled and the server decides.</source>
        <translation>Ihre Berechtigungen konnten nicht gelesen werden (%1); alle Aktionen bleiben verfügbar, und der Server entscheidet.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) granted by your roles.</source>
        <translation>
            <numerusform>%n Berechtigung durch Ihre Rollen gewährt.</numerusform>
            <numerusform>%n Berechtigungen durch Ihre Rollen gewährt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in with your account (File ▸ Sign in…).</source>
        <translation>Melden Sie sich mit Ihrem Konto an (Datei ▸ Anmelden…).</translation>
    </message>
    <message>
        <source>Paced: %1 requests/s, budget resets in %2 s</source>
        <translation>Gedrosselt: %1 Anfragen/s, Kontingent wieder voll in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>The server allows %n request(s) a minute. RoleDesk spreads the rest out so that none is refused; %1 in flight, %2 queued.</source>
        <translation>
            <numerusform>Der Server erlaubt %n Anfrage pro Minute. RoleDesk verteilt den Rest so, dass keine abgelehnt wird; %1 unterwegs, %2 in der Warteschlange.</numerusform>
            <numerusform>Der Server erlaubt %n Anfragen pro Minute. RoleDesk verteilt den Rest so, dass keine abgelehnt wird; %1 unterwegs, %2 in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Who can do something, and why a person can (Ctrl+6)</source>
        <translation>Wer etwas darf, und warum eine Person es darf (Strg+6)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Save connection as &amp;profile…</source>
        <translation>Verbindung als &amp;Profil speichern…</translation>
    </message>
    <message>
        <source>Name the connection in use (from --base-url or --region) and keep it with the other profiles</source>
        <translation>Die aktuelle Verbindung (aus --base-url oder --region) benennen und bei den anderen Profilen behalten</translation>
    </message>
    <message>
        <source>Jump to any role, permission, trustee, trustor or person</source>
        <translation>Zu einer Rolle, Berechtigung, einem Trustee, Trustor oder einer Person springen</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;User guide (README)</source>
        <translation>&amp;Benutzerhandbuch (README)</translation>
    </message>
    <message>
        <source>The user guide is README.md, next to the program&apos;s source or in /usr/share/doc/roledesk.</source>
        <translation>Das Benutzerhandbuch ist README.md, neben dem Quelltext des Programms oder in /usr/share/doc/roledesk.</translation>
    </message>
    <message>
        <source>Offline — cannot reach %1</source>
        <translation>Offline — %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>No answer since %1. What is shown was loaded before and may be stale; RoleDesk carries on when the server answers again.</source>
        <translation>Keine Antwort seit %1. Was angezeigt wird, wurde vorher geladen und ist womöglich veraltet; RoleDesk macht weiter, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Loaded before the connection was lost; reload (F5) once the server answers again</source>
        <translation>Vor dem Verbindungsverlust geladen; neu laden (F5), sobald der Server wieder antwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) enabled</source>
        <translation>
            <numerusform>%n Produkt aktiviert</numerusform>
            <numerusform>%n Produkte aktiviert</numerusform>
        </translation>
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
    <name>OperationText</name>
    <message>
        <source>read the permission catalog</source>
        <translation>den Berechtigungskatalog zu lesen</translation>
    </message>
    <message>
        <source>read the organization&apos;s products</source>
        <translation>die Produkte der Organisation zu lesen</translation>
    </message>
    <message>
        <source>restore the default roles</source>
        <translation>die Standardrollen wiederherzustellen</translation>
    </message>
    <message>
        <source>restore default roles</source>
        <translation>Standardrollen wiederherzustellen</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>Rollen aufzulisten</translation>
    </message>
    <message>
        <source>create a role</source>
        <translation>eine Rolle anzulegen</translation>
    </message>
    <message>
        <source>compare a role with its default</source>
        <translation>eine Rolle mit ihrer Vorgabe zu vergleichen</translation>
    </message>
    <message>
        <source>assign a role to people</source>
        <translation>Personen eine Rolle zuzuweisen</translation>
    </message>
    <message>
        <source>take a role from people</source>
        <translation>Personen eine Rolle zu entziehen</translation>
    </message>
    <message>
        <source>see who holds a role</source>
        <translation>zu sehen, wer eine Rolle hat</translation>
    </message>
    <message>
        <source>read a role</source>
        <translation>eine Rolle zu lesen</translation>
    </message>
    <message>
        <source>edit a role</source>
        <translation>eine Rolle zu bearbeiten</translation>
    </message>
    <message>
        <source>delete a role</source>
        <translation>eine Rolle zu löschen</translation>
    </message>
    <message>
        <source>read who is signed in</source>
        <translation>zu lesen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>read a person&apos;s roles</source>
        <translation>die Rollen einer Person zu lesen</translation>
    </message>
    <message>
        <source>set a person&apos;s roles</source>
        <translation>die Rollen einer Person zu setzen</translation>
    </message>
    <message>
        <source>take every role from a person</source>
        <translation>einer Person alle Rollen zu entziehen</translation>
    </message>
    <message>
        <source>list the people of the organization</source>
        <translation>die Personen der Organisation aufzulisten</translation>
    </message>
    <message>
        <source>create a pairing request</source>
        <translation>eine Kopplungsanfrage zu erstellen</translation>
    </message>
    <message>
        <source>read a pairing request</source>
        <translation>eine Kopplungsanfrage zu lesen</translation>
    </message>
    <message>
        <source>read the trustee audits</source>
        <translation>die Trustee-Audits zu lesen</translation>
    </message>
    <message>
        <source>read the trustor audits</source>
        <translation>die Trustor-Audits zu lesen</translation>
    </message>
    <message>
        <source>list the trustee organizations</source>
        <translation>die Trustee-Organisationen aufzulisten</translation>
    </message>
    <message>
        <source>trust an organization</source>
        <translation>einer Organisation zu vertrauen</translation>
    </message>
    <message>
        <source>read a trustee organization</source>
        <translation>eine Trustee-Organisation zu lesen</translation>
    </message>
    <message>
        <source>change a trust</source>
        <translation>eine Vertrauensstellung zu ändern</translation>
    </message>
    <message>
        <source>end the trust of a trustee organization</source>
        <translation>die Vertrauensstellung einer Trustee-Organisation zu beenden</translation>
    </message>
    <message>
        <source>list the users of a trustee</source>
        <translation>die Benutzer eines Trustees aufzulisten</translation>
    </message>
    <message>
        <source>add a trustee user</source>
        <translation>einen Trustee-Benutzer hinzuzufügen</translation>
    </message>
    <message>
        <source>read a trustee user</source>
        <translation>einen Trustee-Benutzer zu lesen</translation>
    </message>
    <message>
        <source>remove a trustee user</source>
        <translation>einen Trustee-Benutzer zu entfernen</translation>
    </message>
    <message>
        <source>read a trustee user&apos;s roles</source>
        <translation>die Rollen eines Trustee-Benutzers zu lesen</translation>
    </message>
    <message>
        <source>set a trustee user&apos;s roles</source>
        <translation>die Rollen eines Trustee-Benutzers zu setzen</translation>
    </message>
    <message>
        <source>take every role from a trustee user</source>
        <translation>einem Trustee-Benutzer alle Rollen zu entziehen</translation>
    </message>
    <message>
        <source>list the trustor organizations</source>
        <translation>die Trustor-Organisationen aufzulisten</translation>
    </message>
    <message>
        <source>read a trustor organization</source>
        <translation>eine Trustor-Organisation zu lesen</translation>
    </message>
    <message>
        <source>end the trust of a trustor organization</source>
        <translation>die Vertrauensstellung einer Trustor-Organisation zu beenden</translation>
    </message>
    <message>
        <source>list the users a trustor lets in</source>
        <translation>die Benutzer aufzulisten, die ein Trustor zulässt</translation>
    </message>
    <message>
        <source>read a trustor user</source>
        <translation>einen Trustor-Benutzer zu lesen</translation>
    </message>
    <message>
        <source>add a trustor user</source>
        <translation>einen Trustor-Benutzer hinzuzufügen</translation>
    </message>
    <message>
        <source>remove a trustor user</source>
        <translation>einen Trustor-Benutzer zu entfernen</translation>
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
        <source>Not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>OrgDiff</name>
    <message numerus="yes">
        <source>Roles added (%n):</source>
        <translation>
            <numerusform>Hinzugefügte Rollen (%n):</numerusform>
            <numerusform>Hinzugefügte Rollen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles removed (%n):</source>
        <translation>
            <numerusform>Entfernte Rollen (%n):</numerusform>
            <numerusform>Entfernte Rollen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles changed (%n):</source>
        <translation>
            <numerusform>Geänderte Rollen (%n):</numerusform>
            <numerusform>Geänderte Rollen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>(condition)</source>
        <translation>(Bedingung)</translation>
    </message>
    <message numerus="yes">
        <source>The snapshots have the same roles (%n).</source>
        <translation>
            <numerusform>Die Snapshots haben dieselben Rollen (%n).</numerusform>
            <numerusform>Die Snapshots haben dieselben Rollen (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 the same.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 gleich.</translation>
    </message>
</context>
<context>
    <name>OrgSession</name>
    <message>
        <source>Loading the users of the organization</source>
        <translation>Laden der Benutzer der Organisation</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Laden der Organisation</translation>
    </message>
</context>
<context>
    <name>PairingBook</name>
    <message>
        <source>the remembered pairings</source>
        <translation>die gemerkten Kopplungen</translation>
    </message>
    <message>
        <source>%1 does not hold pairings RoleDesk can read.</source>
        <translation>%1 enthält keine Kopplungen, die RoleDesk lesen kann.</translation>
    </message>
</context>
<context>
    <name>PairingLookup</name>
    <message>
        <source>Paste the pairing id the other organization sent.</source>
        <translation>Fügen Sie die Kopplungs-ID ein, die die andere Organisation geschickt hat.</translation>
    </message>
    <message>
        <source>This pairing was made by this organization: accept it while connected to the organization it asks access to.</source>
        <translation>Diese Kopplung wurde von dieser Organisation erstellt: nehmen Sie sie in der Organisation an, bei der sie Zugriff anfragt.</translation>
    </message>
    <message>
        <source>No pairing has the id %1: check the id the other organization sent.</source>
        <translation>Keine Kopplung hat die ID %1: prüfen Sie die ID, die die andere Organisation geschickt hat.</translation>
    </message>
    <message>
        <source>The pairing %1 has expired: ask the other organization for a new one. (%2)</source>
        <translation>Die Kopplung %1 ist abgelaufen: bitten Sie die andere Organisation um eine neue. (%2)</translation>
    </message>
</context>
<context>
    <name>PairingRequest</name>
    <message>
        <source>Choose at least one of this organization&apos;s users for the pairing.</source>
        <translation>Wählen Sie mindestens einen Benutzer dieser Organisation für die Kopplung.</translation>
    </message>
    <message>
        <source>Remembering the pairing</source>
        <translation>Merken der Kopplung</translation>
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
    <name>PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Der Ordner %1 kann nicht privat gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Konnte %1 nicht schreiben (%2): %3</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): %3</source>
        <translation>Konnte %1 nicht lesen (%2): %3</translation>
    </message>
    <message>
        <source>%1 is too large to be %2: it holds %3, and at most %4 are read.</source>
        <translation>%1 ist zu groß für %2: Die Datei hat %3, gelesen werden höchstens %4.</translation>
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
    <message>
        <source>The server is busy and asks to wait %1 before the next request; RoleDesk does not wait longer than %2. Try again later.</source>
        <translation>Der Server ist ausgelastet und bittet, %1 bis zur nächsten Anfrage zu warten; RoleDesk wartet nicht länger als %2. Versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: sign in again to continue.</source>
        <translation>Abgemeldet: melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Das dürfen Sie nicht: %1</translation>
    </message>
    <message>
        <source>You are not allowed to %1: %2</source>
        <translation>Sie haben keine Berechtigung, %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>You need %1 for this.</source>
        <translation>Dafür benötigen Sie %1.</translation>
    </message>
    <message>
        <source>You need %1 to %2.</source>
        <translation>Sie benötigen %1, um %2.</translation>
    </message>
</context>
<context>
    <name>RequestPairingDialog</name>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID ko&amp;pieren</translation>
    </message>
    <message>
        <source>Request access to another organization</source>
        <translation>Zugriff auf eine andere Organisation anfragen</translation>
    </message>
    <message>
        <source>Choose the users of this organization who need access. RoleDesk makes a pairing; send its id to the other organization&apos;s admin, who accepts it there and chooses their roles.</source>
        <translation>Wählen Sie die Benutzer dieser Organisation, die Zugriff brauchen. RoleDesk erstellt eine Kopplung; schicken Sie deren ID an den Administrator der anderen Organisation, der sie dort annimmt und die Rollen wählt.</translation>
    </message>
    <message>
        <source>Pairing id:</source>
        <translation>Kopplungs-ID:</translation>
    </message>
    <message>
        <source>&amp;Make pairing</source>
        <translation>Kopplung &amp;erstellen</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Only roles that need an update</source>
        <translation>Nur Rollen mit anstehender Aktualisierung</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Reset every default role</source>
        <translation>Alle Standardrollen zurücksetzen</translation>
    </message>
    <message>
        <source>Restore default roles</source>
        <translation>Standardrollen wiederherstellen</translation>
    </message>
    <message>
        <source>Every default role of %1 goes back to its shipped definition: whatever was added to one is removed, whatever was removed is granted again. Custom roles stay as they are. Review the preview, then type the organization&apos;s name.</source>
        <translation>Jede Standardrolle von %1 kehrt zu ihrer ausgelieferten Definition zurück: Hinzugefügtes wird entfernt, Entferntes wieder gewährt. Eigene Rollen bleiben, wie sie sind. Vorschau prüfen, dann den Namen der Organisation eintippen.</translation>
    </message>
    <message>
        <source>Check the default roles to restore, then Preview: nothing is written before you confirm. To undo only some differences instead, use &quot;Take back checked&quot; in a comparison with the default.</source>
        <translation>Die wiederherzustellenden Standardrollen ankreuzen, dann Vorschau: vor Ihrer Bestätigung wird nichts geschrieben. Um nur einzelne Unterschiede zurückzunehmen, im Vergleich mit der Vorgabe „Markierte zurücknehmen“ verwenden.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Vergeben an</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Standardrollen</translation>
    </message>
    <message>
        <source>Organization name, to confirm</source>
        <translation>Name der Organisation, zur Bestätigung</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Zur Bestätigung „%1“ eintippen:</translation>
    </message>
    <message>
        <source>%1 (needs update)</source>
        <translation>%1 (Aktualisierung anstehend)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n role(s) with their defaults…</source>
        <translation>
            <numerusform>%n Rolle wird mit ihrer Vorgabe verglichen…</numerusform>
            <numerusform>%n Rollen werden mit ihren Vorgaben verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Previewing the restore</source>
        <translation>Vorschau der Wiederherstellung</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Keine Vorschau möglich: %1</translation>
    </message>
    <message>
        <source>Will be removed (%1)</source>
        <translation>Wird entfernt (%1)</translation>
    </message>
    <message>
        <source>Will be granted again (%1)</source>
        <translation>Wird wieder gewährt (%1)</translation>
    </message>
    <message>
        <source>Condition will be reset (%1)</source>
        <translation>Bedingung wird zurückgesetzt (%1)</translation>
    </message>
    <message>
        <source>Name goes back to &quot;%1&quot;</source>
        <translation>Name wird wieder „%1“</translation>
    </message>
    <message>
        <source>Description goes back to the default&apos;s</source>
        <translation>Beschreibung wird wieder die der Vorgabe</translation>
    </message>
    <message>
        <source>Also held by trustee users: %1</source>
        <translation>Auch an Trustee-Benutzer vergeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The server&apos;s comparison disagrees on %n permission(s).</source>
        <translation>
            <numerusform>⚠ Der Vergleich des Servers weicht bei %n Berechtigung ab.</numerusform>
            <numerusform>⚠ Der Vergleich des Servers weicht bei %n Berechtigungen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>already its default</source>
        <translation>entspricht schon der Vorgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the roles will change. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n der Rollen wird sich ändern. Noch wurde nichts geschrieben.</numerusform>
            <numerusform>%n der Rollen werden sich ändern. Noch wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n role(s)</source>
        <translation>
            <numerusform>%n Rolle zurücksetzen</numerusform>
            <numerusform>%n Rollen zurücksetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n role(s)</source>
        <translation>
            <numerusform>%n Rolle wiederherstellen</numerusform>
            <numerusform>%n Rollen wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the checked roles first</source>
        <translation>Zuerst eine Vorschau der angekreuzten Rollen</translation>
    </message>
    <message>
        <source>Type the organization&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen der Organisation eintippen</translation>
    </message>
    <message>
        <source>Saving the roles as they are, then restoring…</source>
        <translation>Die Rollen werden gesichert, dann wiederhergestellt…</translation>
    </message>
    <message>
        <source>✓ restored</source>
        <translation>✓ wiederhergestellt</translation>
    </message>
    <message>
        <source>not in the server&apos;s answer</source>
        <translation>nicht in der Antwort des Servers</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n default role(s). Undo a restore (in Compare) puts them back.</source>
        <translation>
            <numerusform>%n Standardrolle wiederhergestellt. „Wiederherstellung rückgängig“ (unter Vergleichen) holt sie zurück.</numerusform>
            <numerusform>%n Standardrollen wiederhergestellt. „Wiederherstellung rückgängig“ (unter Vergleichen) holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation>Wiederherstellungspunkt: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Restoring default roles</source>
        <translation>Wiederherstellen von Standardrollen</translation>
    </message>
    <message numerus="yes">
        <source>%n trustee user(s)</source>
        <translation>
            <numerusform>%n Trustee-Benutzer</numerusform>
            <numerusform>%n Trustee-Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost, so the change may have been applied. Reload (F5) to see the roles as they are now; any restore point written stays in Undo a restore.</source>
        <translation>Die Antwort ging verloren, die Änderung wurde also womöglich ausgeführt. Neu laden (F5) zeigt die Rollen, wie sie jetzt sind; ein geschriebener Wiederherstellungspunkt bleibt unter „Wiederherstellung rückgängig“.</translation>
    </message>
</context>
<context>
    <name>RestorePoint</name>
    <message>
        <source>%1 is not a restore point RoleDesk can read.</source>
        <translation>%1 ist kein Wiederherstellungspunkt, den RoleDesk lesen kann.</translation>
    </message>
    <message>
        <source>%1 holds a role RoleDesk cannot read.</source>
        <translation>%1 enthält eine Rolle, die RoleDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>the restore point</source>
        <translation>den Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>a restore point</source>
        <translation>einen Wiederherstellungspunkt</translation>
    </message>
</context>
<context>
    <name>RestoreUndo</name>
    <message>
        <source>This restore point belongs to %1, not to the organization you are connected to.</source>
        <translation>Dieser Wiederherstellungspunkt gehört zu %1, nicht zur verbundenen Organisation.</translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <source>Filter roles</source>
        <translation>Rollen filtern</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rollen hier</translation>
    </message>
</context>
<context>
    <name>RoleDeletion</name>
    <message>
        <source>Master Admin cannot be deleted: every organization keeps it, so that someone can always administer the organization.</source>
        <translation>Master Admin kann nicht gelöscht werden: Jede Organisation behält diese Rolle, damit immer jemand die Organisation verwalten kann.</translation>
    </message>
</context>
<context>
    <name>RoleDiff</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 verglichen mit %2</translation>
    </message>
    <message>
        <source>+ granted only by %1, - granted only by %2, ~ condition differs</source>
        <translation>+ nur von %1 gewährt, - nur von %2 gewährt, ~ Bedingung weicht ab</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1: „%2“ -&gt; „%3“</translation>
    </message>
    <message>
        <source>(%1: %2; %3: %4)</source>
        <translation>(%1: %2; %3: %4)</translation>
    </message>
    <message>
        <source>no condition</source>
        <translation>keine Bedingung</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>+ permissions[] %1</source>
        <translation>+ permissions[] %1</translation>
    </message>
    <message>
        <source>- permissions[] %1</source>
        <translation>- permissions[] %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
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
    <message numerus="yes">
        <source>Take back %n default(s)</source>
        <translation>
            <numerusform>%n Vorgabe zurücknehmen</numerusform>
            <numerusform>%n Vorgaben zurücknehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) of %1</source>
        <translation>
            <numerusform>%n Berechtigung von %1</numerusform>
            <numerusform>%n Berechtigungen von %1</numerusform>
        </translation>
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
    <message>
        <source>Apply mine on top of theirs</source>
        <translation>Meine auf ihre anwenden</translation>
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
    <message>
        <source>Read-only: a snapshot, or you may not edit roles</source>
        <translation>Schreibgeschützt: ein Snapshot, oder Sie dürfen keine Rollen bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Grants %1 of the catalog&apos;s %n permission(s), wildcards expanded</source>
        <translation>
            <numerusform>Gewährt %1 der %n Berechtigung im Katalog, Platzhalter aufgelöst</numerusform>
            <numerusform>Gewährt %1 der %n Berechtigungen im Katalog, Platzhalter aufgelöst</numerusform>
        </translation>
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
    <message>
        <source>type a whole permission, domain:entity:action; the field completes it</source>
        <translation>geben Sie eine ganze Berechtigung ein, domain:entity:action; das Feld ergänzt sie</translation>
    </message>
    <message>
        <source>%1 is not in the catalog: only a wildcard grants it</source>
        <translation>%1 steht nicht im Katalog: Nur ein Platzhalter gewährt sie</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <source>if %1</source>
        <translation>wenn %1</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1 gewährt %2 nicht</translation>
    </message>
    <message>
        <source>%1 grants %2 %3</source>
        <translation>%1 gewährt %2 %3</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
</context>
<context>
    <name>RoleMerge</name>
    <message>
        <source>You both renamed the role.</source>
        <translation>Sie haben die Rolle beide umbenannt.</translation>
    </message>
    <message>
        <source>You both changed the description.</source>
        <translation>Sie haben beide die Beschreibung geändert.</translation>
    </message>
    <message>
        <source>Your edits change a condition (%1): save yours over theirs, or load theirs and edit again.</source>
        <translation>Ihre Änderungen betreffen eine Bedingung (%1): Speichern Sie Ihre über ihre, oder laden Sie ihre und bearbeiten Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>You both changed %n permission(s): %1</source>
        <translation>
            <numerusform>Sie haben beide %n Berechtigung geändert: %1</numerusform>
            <numerusform>Sie haben beide %n Berechtigungen geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The two edits cannot be combined safely (%1).</source>
        <translation>Die beiden Änderungen lassen sich nicht sicher zusammenführen (%1).</translation>
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
    <message>
        <source>Permission strings the role lists: a wildcard such as routing:*:* counts once. The editor counts the concrete permissions they grant.</source>
        <translation>Berechtigungseinträge, die die Rolle auflistet: Ein Platzhalter wie routing:*:* zählt einmal. Der Editor zählt die konkreten Berechtigungen, die sie gewähren.</translation>
    </message>
    <message>
        <source>Permission strings</source>
        <translation>Einträge</translation>
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
    <message>
        <source>This default role has an update: its shipped definition changed. Compare it with its default to see what differs.</source>
        <translation>Für diese Standardrolle gibt es eine Aktualisierung: ihre ausgelieferte Definition hat sich geändert. Mit der Vorgabe vergleichen, um die Unterschiede zu sehen.</translation>
    </message>
    <message>
        <source>Compare with default</source>
        <translation>Mit Vorgabe vergleichen</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Als aktuell markieren</translation>
    </message>
    <message>
        <source>Clear the &quot;needs update&quot; flag without changing the role</source>
        <translation>Die Markierung „Aktualisierung anstehend“ löschen, ohne die Rolle zu ändern</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the open role with its default, unsaved edits included (Ctrl+D)</source>
        <translation>Die geöffnete Rolle mit ihrer Vorgabe vergleichen, samt ungespeicherter Änderungen (Strg+D)</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n difference(s) from the default in the draft of %1; save it to apply.</source>
        <translation>
            <numerusform>%n Unterschied zur Vorgabe im Entwurf von %1 zurückgenommen; speichern, um es anzuwenden.</numerusform>
            <numerusform>%n Unterschiede zur Vorgabe im Entwurf von %1 zurückgenommen; speichern, um sie anzuwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as up to date.</source>
        <translation>%1 ist als aktuell markiert.</translation>
    </message>
    <message>
        <source>Marking %1 as up to date</source>
        <translation>Markieren von %1 als aktuell</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>As you saved it</source>
        <translation>Wie Sie sie gespeichert haben</translation>
    </message>
    <message>
        <source>Changed right after your save</source>
        <translation>Direkt nach dem Speichern geändert</translation>
    </message>
    <message>
        <source>Your changes to “%1” were saved, but the role was changed again right after, by someone else or by another tool.</source>
        <translation>Ihre Änderungen an „%1“ wurden gespeichert, aber die Rolle wurde direkt danach erneut geändert, von jemand anderem oder einem anderen Werkzeug.</translation>
    </message>
    <message>
        <source>RoleDesk now shows the role as it is on the server. “Show Details…” lists what was changed after your save.</source>
        <translation>RoleDesk zeigt die Rolle jetzt so, wie sie auf dem Server ist. „Details einblenden …“ listet auf, was nach Ihrem Speichern geändert wurde.</translation>
    </message>
    <message>
        <source>Undo the last change to the role (Ctrl+Z)</source>
        <translation>Letzte Änderung an der Rolle rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show every change since the role was opened (Ctrl+H)</source>
        <translation>Jede Änderung seit dem Öffnen der Rolle zeigen (Strg+H)</translation>
    </message>
    <message>
        <source>Discard changes: go back to the role as it is saved</source>
        <translation>Änderungen verwerfen: zurück zur gespeicherten Rolle</translation>
    </message>
    <message>
        <source>Select the role to copy first.</source>
        <translation>Wählen Sie zuerst die Rolle, die kopiert werden soll.</translation>
    </message>
    <message>
        <source>Who can do this?</source>
        <translation>Wer darf das?</translation>
    </message>
    <message>
        <source>The roles that grant this permission and the people who hold them</source>
        <translation>Die Rollen, die diese Berechtigung gewähren, und die Personen, die sie haben</translation>
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
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind · name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SessionAccess</name>
    <message>
        <source>Reading who is signed in</source>
        <translation>Lesen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>Reading your permissions</source>
        <translation>Lesen Ihrer Berechtigungen</translation>
    </message>
</context>
<context>
    <name>SignInBanner</name>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Open the sign-in page in your browser</source>
        <translation>Die Anmeldeseite in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>Sign in with your account to load the organization. The sign-in page opens in your browser.</source>
        <translation>Melden Sie sich mit Ihrem Konto an, um die Organisation zu laden. Die Anmeldeseite öffnet sich in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. What RoleDesk was doing waits, and nothing is lost: sign in again to go on.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Was RoleDesk gerade tat, wartet, und nichts geht verloren: melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. RoleDesk goes on as soon as you have.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. RoleDesk macht weiter, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>Die Anmeldung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>You are signed out. Sign in to work with the organization again.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich an, um wieder mit der Organisation zu arbeiten.</translation>
    </message>
    <message>
        <source>Open the page again…</source>
        <translation>Seite erneut öffnen…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
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
        <source>the snapshot</source>
        <translation>den Snapshot</translation>
    </message>
    <message>
        <source>a snapshot</source>
        <translation>einen Snapshot</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <source>E&amp;xpires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>Made %1 by %2 for %3.</source>
        <translation>Erstellt %1 von %2 für %3.</translation>
    </message>
</context>
<context>
    <name>TrustListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>innerhalb der Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Its users can work in this organization with the roles given here.</source>
        <translation>Ihre Benutzer können in dieser Organisation mit den hier vergebenen Rollen arbeiten.</translation>
    </message>
    <message>
        <source>Disabled: its users keep their roles here but cannot use them until the trust is enabled again.</source>
        <translation>Deaktiviert: ihre Benutzer behalten ihre Rollen hier, können sie aber erst nach erneuter Aktivierung nutzen.</translation>
    </message>
    <message>
        <source>This trust does not expire.</source>
        <translation>Diese Vertrauensstellung läuft nicht ab.</translation>
    </message>
    <message>
        <source>Trustee users, of at most %1 per trust.</source>
        <translation>Benutzer der Partnerorganisation, höchstens %1 je Vertrauensstellung.</translation>
    </message>
    <message>
        <source>The trust gives its users this organization&apos;s default role.</source>
        <translation>Die Vertrauensstellung gibt ihren Benutzern die Standardrolle dieser Organisation.</translation>
    </message>
    <message>
        <source>The trust gives its users full access to this organization.</source>
        <translation>Die Vertrauensstellung gibt ihren Benutzern vollen Zugriff auf diese Organisation.</translation>
    </message>
    <message>
        <source>The trust&apos;s users are trusted users here.</source>
        <translation>Die Benutzer der Vertrauensstellung sind hier vertrauenswürdige Benutzer.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Access there</source>
        <translation>Zugriff dort</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Our users</source>
        <translation>Unsere Benutzer</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Trusted user</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>TrustMemberModel</name>
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
        <source>Added by %1</source>
        <translation>Hinzugefügt von %1</translation>
    </message>
    <message>
        <source>given by their admin there</source>
        <translation>vergibt deren Administrator dort</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rollen hier</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>Rollen dort</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
</context>
<context>
    <name>TrustPosture</name>
    <message numerus="yes">
        <source>%n expiring within 7 days</source>
        <translation>
            <numerusform>%n läuft innerhalb von 7 Tagen ab</numerusform>
            <numerusform>%n laufen innerhalb von 7 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled, users still hold roles</source>
        <translation>
            <numerusform>%n deaktiviert, Benutzer haben noch Rollen</numerusform>
            <numerusform>%n deaktiviert, Benutzer haben noch Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a role here</source>
        <translation>
            <numerusform>%n Benutzer ohne Rolle hier</numerusform>
            <numerusform>%n Benutzer ohne Rolle hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) who can edit roles or hold a * domain</source>
        <translation>
            <numerusform>%n Benutzer mit Rollenbearbeitung oder *-Domäne</numerusform>
            <numerusform>%n Benutzer mit Rollenbearbeitung oder *-Domäne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near the 25-user cap</source>
        <translation>
            <numerusform>%n nahe der Grenze von 25 Benutzern</numerusform>
            <numerusform>%n nahe der Grenze von 25 Benutzern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrusteeCreation</name>
    <message>
        <source>Paste the pairing id the other organization sent.</source>
        <translation>Fügen Sie die Kopplungs-ID ein, die die andere Organisation geschickt hat.</translation>
    </message>
    <message>
        <source>Choose at least one user to let in.</source>
        <translation>Wählen Sie mindestens einen Benutzer, der hinein darf.</translation>
    </message>
    <message>
        <source>A trust can hold at most %1 users; %2 are chosen.</source>
        <translation>Eine Vertrauensstellung fasst höchstens %1 Benutzer; %2 sind gewählt.</translation>
    </message>
    <message>
        <source>Reading the new trust&apos;s users</source>
        <translation>Lesen der Benutzer der neuen Vertrauensstellung</translation>
    </message>
    <message>
        <source>This pairing was already used to create a trust; ask the other organization for a new one. (%1)</source>
        <translation>Diese Kopplung wurde schon für eine Vertrauensstellung verwendet; bitten Sie die andere Organisation um eine neue. (%1)</translation>
    </message>
    <message>
        <source>No pairing has the id %1: check the id the other organization sent.</source>
        <translation>Keine Kopplung hat die ID %1: prüfen Sie die ID, die die andere Organisation geschickt hat.</translation>
    </message>
</context>
<context>
    <name>TrusteeSettingsDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>While the trust is disabled its users cannot work here, but they keep their roles: enabling it again gives them back the same access.</source>
        <translation>Solange die Vertrauensstellung deaktiviert ist, können ihre Benutzer hier nicht arbeiten, behalten aber ihre Rollen: erneutes Aktivieren gibt ihnen denselben Zugriff zurück.</translation>
    </message>
    <message>
        <source>Trust with %1</source>
        <translation>Vertrauensstellung mit %1</translation>
    </message>
    <message>
        <source>What %1&apos;s users may do here stays as it is.</source>
        <translation>Was die Benutzer von %1 hier dürfen, bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>TrusteeUpdate</name>
    <message>
        <source>The expiry must be in the future; clear it for a trust that does not expire.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen; für eine Vertrauensstellung ohne Ablauf das Datum leeren.</translation>
    </message>
</context>
<context>
    <name>TrusteeUserAddition</name>
    <message>
        <source>Choose the user to add, or paste their id.</source>
        <translation>Wählen Sie den Benutzer oder fügen Sie seine ID ein.</translation>
    </message>
    <message>
        <source>%1 is already a user of this trust: change their roles instead.</source>
        <translation>%1 ist bereits Benutzer dieser Vertrauensstellung: ändern Sie stattdessen die Rollen.</translation>
    </message>
    <message>
        <source>%1 already has %2 of %2 users, the most a trust can hold: remove one first.</source>
        <translation>%1 hat bereits %2 von %2 Benutzern, das Maximum: entfernen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Reading the new trustee user</source>
        <translation>Lesen des neuen Benutzers der Partnerorganisation</translation>
    </message>
</context>
<context>
    <name>TrusteeUserChange</name>
    <message>
        <source>Choose at least one role, or remove all roles instead.</source>
        <translation>Mindestens eine Rolle wählen, oder stattdessen alle Rollen entfernen.</translation>
    </message>
</context>
<context>
    <name>TrusteeUserDialog</name>
    <message>
        <source>Add a user of %1</source>
        <translation>Benutzer von %1 hinzufügen</translation>
    </message>
    <message>
        <source>A requested user, or paste a user id</source>
        <translation>Ein angefragter Benutzer, oder eine Benutzer-ID einfügen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>The trust has %1 of at most %2 users.</source>
        <translation>Die Vertrauensstellung hat %1 von höchstens %2 Benutzern.</translation>
    </message>
    <message>
        <source>Roles of %1 here</source>
        <translation>Rollen von %1 hier</translation>
    </message>
    <message>
        <source>What %1 of %2 may do in this organization:</source>
        <translation>Was %1 von %2 in dieser Organisation darf:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>Rollen &amp;speichern</translation>
    </message>
    <message>
        <source>Choose at least one role for the new user.</source>
        <translation>Wählen Sie mindestens eine Rolle für den neuen Benutzer.</translation>
    </message>
</context>
<context>
    <name>TrustorUserChange</name>
    <message>
        <source>Choose one of this organization&apos;s users.</source>
        <translation>Wählen Sie einen Benutzer dieser Organisation.</translation>
    </message>
    <message>
        <source>%1 is already a user in %2.</source>
        <translation>%1 ist bereits Benutzer in %2.</translation>
    </message>
</context>
<context>
    <name>TrustorUserDialog</name>
    <message>
        <source>Add one of our users to %1</source>
        <translation>Einen unserer Benutzer zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>The user can then sign in to %1, but %1&apos;s admin must still give them roles there.</source>
        <translation>Der Benutzer kann sich dann bei %1 anmelden, aber der Administrator von %1 muss ihm dort noch Rollen geben.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Choose one of this organization&apos;s users.</source>
        <translation>Wählen Sie einen Benutzer dieser Organisation.</translation>
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
        <source>Access to &amp;this organization</source>
        <translation>Zugriff auf &amp;diese Organisation</translation>
    </message>
    <message>
        <source>Organi&amp;zations that trust this one</source>
        <translation>Or&amp;ganisationen, die dieser vertrauen</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>&amp;Kopplungen</translation>
    </message>
    <message>
        <source>Aud&amp;its</source>
        <translation>Aud&amp;its</translation>
    </message>
    <message>
        <source>Show the matching rows</source>
        <translation>Die passenden Zeilen zeigen</translation>
    </message>
    <message>
        <source>Trust posture:</source>
        <translation>Lage der Vertrauensstellungen:</translation>
    </message>
    <message>
        <source>Trustee users</source>
        <translation>Benutzer der Partnerorganisation</translation>
    </message>
    <message>
        <source>Organizations whose users may work in this one, and what each of those users may do here.</source>
        <translation>Organisationen, deren Benutzer in dieser arbeiten dürfen, und was jeder dieser Benutzer hier darf.</translation>
    </message>
    <message>
        <source>&amp;Accept a pairing…</source>
        <translation>Kopplung &amp;annehmen…</translation>
    </message>
    <message>
        <source>Let another organization in: paste the pairing id its admin sent you.</source>
        <translation>Eine andere Organisation hereinlassen: fügen Sie die Kopplungs-ID ein, die Ihnen deren Administrator geschickt hat.</translation>
    </message>
    <message>
        <source>Enable, disable or &amp;expire…</source>
        <translation>Aktivieren, deaktivieren oder a&amp;blaufen lassen…</translation>
    </message>
    <message>
        <source>&amp;Delete trust…</source>
        <translation>Vertrauensstellung &amp;löschen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Read the trust and its users again.</source>
        <translation>Die Vertrauensstellung und ihre Benutzer neu lesen.</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Ben&amp;utzer hinzufügen…</translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation>Alle Rollen entfernen…</translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation>Benutzer entfernen…</translation>
    </message>
    <message>
        <source>No organization has access to this one. To let one in, ask its admin for a pairing id and accept it here.</source>
        <translation>Keine Organisation hat Zugriff auf diese. Um eine hereinzulassen, bitten Sie deren Administrator um eine Kopplungs-ID und nehmen Sie sie hier an.</translation>
    </message>
    <message>
        <source>Our users there</source>
        <translation>Unsere Benutzer dort</translation>
    </message>
    <message>
        <source>Organizations that let this one in. Their admins decide what our users may do there; here you choose which of our users go.</source>
        <translation>Organisationen, die diese hereinlassen. Deren Administratoren entscheiden, was unsere Benutzer dort dürfen; hier wählen Sie, welche unserer Benutzer hingehen.</translation>
    </message>
    <message>
        <source>&amp;Leave trust…</source>
        <translation>Vertrauensstellung &amp;verlassen…</translation>
    </message>
    <message>
        <source>Add one of our users…</source>
        <translation>Einen unserer Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>No organization gives this one access. Ask one for access under Pairings.</source>
        <translation>Keine Organisation gibt dieser Zugriff. Fragen Sie unter Kopplungen bei einer an.</translation>
    </message>
    <message>
        <source>Pairing id</source>
        <translation>Kopplungs-ID</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pairings this organization asked for</source>
        <translation>Von dieser Organisation angefragte Kopplungen</translation>
    </message>
    <message>
        <source>To work in another organization, ask it for access: RoleDesk makes a pairing naming some of our users; its admin accepts the pairing id there. Pairings made here are remembered until you forget them.</source>
        <translation>Um in einer anderen Organisation zu arbeiten, fragen Sie dort Zugriff an: RoleDesk erstellt eine Kopplung mit einigen unserer Benutzer; deren Administrator nimmt die Kopplungs-ID dort an. Hier erstellte Kopplungen bleiben gemerkt, bis Sie sie vergessen.</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID ko&amp;pieren</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>Erneut &amp;nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>No pairing made here is remembered for this organization.</source>
        <translation>Für diese Organisation ist keine hier erstellte Kopplung gemerkt.</translation>
    </message>
    <message>
        <source>Read-only: this is a snapshot, or there is no connection.</source>
        <translation>Nur lesen: dies ist ein Snapshot, oder es besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>The trust already has %1 users, the most it can hold.</source>
        <translation>Die Vertrauensstellung hat bereits %1 Benutzer, das Maximum.</translation>
    </message>
    <message>
        <source>Users of %1 — %2 / %3</source>
        <translation>Benutzer von %1 — %2 / %3</translation>
    </message>
    <message>
        <source>Choose an organization to see its users here.</source>
        <translation>Wählen Sie eine Organisation, um hier ihre Benutzer zu sehen.</translation>
    </message>
    <message>
        <source>Our users in %1</source>
        <translation>Unsere Benutzer in %1</translation>
    </message>
    <message>
        <source>Choose an organization to see our users there.</source>
        <translation>Wählen Sie eine Organisation, um unsere Benutzer dort zu sehen.</translation>
    </message>
    <message>
        <source>Showing: %1 · &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Angezeigt: %1 · &lt;a href=&quot;all&quot;&gt;alle zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Remembering the accepted pairing</source>
        <translation>Merken der angenommenen Kopplung</translation>
    </message>
    <message>
        <source>%1 now has access to this organization.</source>
        <translation>%1 hat jetzt Zugriff auf diese Organisation.</translation>
    </message>
    <message>
        <source>The trust with %1 is enabled.</source>
        <translation>Die Vertrauensstellung mit %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>The trust with %1 is disabled; its users keep their roles.</source>
        <translation>Die Vertrauensstellung mit %1 ist deaktiviert; ihre Benutzer behalten ihre Rollen.</translation>
    </message>
    <message>
        <source>Delete the trust</source>
        <translation>Vertrauensstellung löschen</translation>
    </message>
    <message>
        <source>Delete the trust with %1? Its users lose all access to this organization.</source>
        <translation>Die Vertrauensstellung mit %1 löschen? Ihre Benutzer verlieren jeden Zugriff auf diese Organisation.</translation>
    </message>
    <message>
        <source>The trust has no users.</source>
        <translation>Die Vertrauensstellung hat keine Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>These %n user(s) lose access: %1.</source>
        <translation>
            <numerusform>Dieser %n Benutzer verliert den Zugriff: %1.</numerusform>
            <numerusform>Diese %n Benutzer verlieren den Zugriff: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trust</source>
        <translation>Vertrauensstellung löschen</translation>
    </message>
    <message>
        <source>Deleting the trust with %1</source>
        <translation>Löschen der Vertrauensstellung mit %1</translation>
    </message>
    <message>
        <source>The trust with %1 is deleted.</source>
        <translation>Die Vertrauensstellung mit %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>Reading the trust again</source>
        <translation>Erneutes Lesen der Vertrauensstellung</translation>
    </message>
    <message>
        <source>The trust is up to date.</source>
        <translation>Die Vertrauensstellung ist aktuell.</translation>
    </message>
    <message>
        <source>The user is added to the trust.</source>
        <translation>Der Benutzer ist der Vertrauensstellung hinzugefügt.</translation>
    </message>
    <message>
        <source>The roles are saved.</source>
        <translation>Die Rollen sind gespeichert.</translation>
    </message>
    <message>
        <source>Remove all roles</source>
        <translation>Alle Rollen entfernen</translation>
    </message>
    <message>
        <source>Remove every role %1 of %2 has here?</source>
        <translation>Jede Rolle entfernen, die %1 von %2 hier hat?</translation>
    </message>
    <message>
        <source>They stay a user of the trust, but can do nothing in this organization until they are given roles again.</source>
        <translation>Der Benutzer bleibt in der Vertrauensstellung, kann in dieser Organisation aber nichts tun, bis er wieder Rollen bekommt.</translation>
    </message>
    <message>
        <source>Removing the roles of %1</source>
        <translation>Entfernen der Rollen von %1</translation>
    </message>
    <message>
        <source>%1 has no role here now.</source>
        <translation>%1 hat jetzt keine Rolle mehr hier.</translation>
    </message>
    <message>
        <source>Remove the user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the trust with %2?</source>
        <translation>%1 aus der Vertrauensstellung mit %2 entfernen?</translation>
    </message>
    <message>
        <source>%1 loses all access to this organization; the other users keep theirs.</source>
        <translation>%1 verliert jeden Zugriff auf diese Organisation; die anderen Benutzer behalten ihren.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Removing %1 from the trust</source>
        <translation>Entfernen von %1 aus der Vertrauensstellung</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <source>The user is added; the other organization&apos;s admin must still give them roles there.</source>
        <translation>Der Benutzer ist hinzugefügt; der Administrator der anderen Organisation muss ihm dort noch Rollen geben.</translation>
    </message>
    <message>
        <source>Remove our user</source>
        <translation>Unseren Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 aus %2 entfernen?</translation>
    </message>
    <message>
        <source>%1 can no longer work in %2.</source>
        <translation>%1 kann dann nicht mehr in %2 arbeiten.</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>Entfernen von %1 aus %2</translation>
    </message>
    <message>
        <source>Leave the trust</source>
        <translation>Vertrauensstellung verlassen</translation>
    </message>
    <message>
        <source>Leave the trust %1 gave this organization?</source>
        <translation>Die Vertrauensstellung verlassen, die %1 dieser Organisation gegeben hat?</translation>
    </message>
    <message>
        <source>None of our users is there.</source>
        <translation>Keiner unserer Benutzer ist dort.</translation>
    </message>
    <message numerus="yes">
        <source>These %n user(s) of ours lose access to %1: %2.</source>
        <translation>
            <numerusform>Dieser %n Benutzer von uns verliert den Zugriff auf %1: %2.</numerusform>
            <numerusform>Diese %n Benutzer von uns verlieren den Zugriff auf %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave trust</source>
        <translation>Vertrauensstellung verlassen</translation>
    </message>
    <message>
        <source>Leaving the trust with %1</source>
        <translation>Verlassen der Vertrauensstellung mit %1</translation>
    </message>
    <message>
        <source>This organization no longer works in %1.</source>
        <translation>Diese Organisation arbeitet nicht mehr in %1.</translation>
    </message>
    <message>
        <source>Reading the remembered pairings</source>
        <translation>Lesen der gemerkten Kopplungen</translation>
    </message>
    <message>
        <source>Pairing %1 made: send its id to the other organization&apos;s admin.</source>
        <translation>Kopplung %1 erstellt: schicken Sie ihre ID an den Administrator der anderen Organisation.</translation>
    </message>
    <message>
        <source>Looking up pairing %1</source>
        <translation>Nachschlagen der Kopplung %1</translation>
    </message>
    <message>
        <source>Forgetting the pairing</source>
        <translation>Vergessen der Kopplung</translation>
    </message>
    <message>
        <source>Pairing %1 is still valid. %2</source>
        <translation>Die Kopplung %1 ist noch gültig. %2</translation>
    </message>
    <message>
        <source>Read this user again</source>
        <translation>Diesen Benutzer neu lesen</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reading the user again</source>
        <translation>Erneutes Lesen des Benutzers</translation>
    </message>
    <message>
        <source>The user is up to date.</source>
        <translation>Der Benutzer ist aktuell.</translation>
    </message>
    <message>
        <source>Reading the roles of trustee users</source>
        <translation>Rollen der Trustee-Benutzer lesen</translation>
    </message>
    <message>
        <source>Chan&amp;ge roles…</source>
        <translation>Rollen än&amp;dern…</translation>
    </message>
    <message>
        <source>Re&amp;quest access to another organization…</source>
        <translation>&amp;Zugriff auf eine andere Organisation anfragen…</translation>
    </message>
</context>
<context>
    <name>UndoRestoreDialog</name>
    <message>
        <source>Put back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Undo a restore</source>
        <translation>Wiederherstellung rückgängig machen</translation>
    </message>
    <message>
        <source>Before each restore, RoleDesk saved the roles it changed. Putting a restore point back replaces those roles with the saved copies; later edits to them are lost.</source>
        <translation>Vor jeder Wiederherstellung hat RoleDesk die geänderten Rollen gesichert. Einen Wiederherstellungspunkt zurückzuholen ersetzt diese Rollen durch die gesicherten Kopien; spätere Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>There is no restore point for %1 yet.</source>
        <translation>Für %1 gibt es noch keinen Wiederherstellungspunkt.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n role(s)</source>
        <translation>
            <numerusform>%n Rolle zurückholen</numerusform>
            <numerusform>%n Rollen zurückholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace these roles with their copies from %1?</source>
        <translation>Diese Rollen durch ihre Kopien vom %1 ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Putting %n role(s) back…</source>
        <translation>
            <numerusform>%n Rolle wird zurückgeholt…</numerusform>
            <numerusform>%n Rollen werden zurückgeholt…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n role(s).</source>
        <translation>
            <numerusform>%n Rolle zurückgeholt.</numerusform>
            <numerusform>%n Rollen zurückgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back %1 of %2 roles. Not put back: %3</source>
        <translation>%1 von %2 Rollen zurückgeholt. Nicht zurückgeholt: %3</translation>
    </message>
    <message>
        <source>Nothing was put back: %1</source>
        <translation>Nichts wurde zurückgeholt: %1</translation>
    </message>
    <message>
        <source>Undoing a restore</source>
        <translation>Rückgängigmachen einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>UserChecklist</name>
    <message>
        <source>Filter by name or email</source>
        <translation>Nach Name oder E-Mail filtern</translation>
    </message>
    <message>
        <source>This organization&apos;s users</source>
        <translation>Benutzer dieser Organisation</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (inactive)</comment>
        <translation>%1 (%2)</translation>
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
