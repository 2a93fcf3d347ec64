<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AcceptPairingDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Paste the pairing id the other organization&apos;s admin sent you, then look it up to see who asks for access.</source>
        <translation>Paste the pairing id the other organization&apos;s admin sent you, then look it up to see who asks for access.</translation>
    </message>
    <message>
        <source>Give these roles to e&amp;very user</source>
        <translation>Give these roles to e&amp;very user</translation>
    </message>
    <message>
        <source>&amp;Enabled: the users can work here at once</source>
        <translation>&amp;Enabled: the users can work here at once</translation>
    </message>
    <message>
        <source>Accept a pairing</source>
        <translation>Accept a pairing</translation>
    </message>
    <message>
        <source>Pairing id</source>
        <translation>Pairing id</translation>
    </message>
    <message>
        <source>Requested users</source>
        <translation>Requested users</translation>
    </message>
    <message>
        <source>Requested &amp;users (unchecked ones are left out):</source>
        <translation>Requested &amp;users (unchecked ones are left out):</translation>
    </message>
    <message>
        <source>&amp;Roles here for the selected user:</source>
        <translation>&amp;Roles here for the selected user:</translation>
    </message>
    <message>
        <source>&amp;Create trust</source>
        <translation>&amp;Create trust</translation>
    </message>
    <message>
        <source>No pairing to accept yet.</source>
        <translation>No pairing to accept yet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; asks for access to this organization for %n user(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; asks for access to this organization for %n user.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; asks for access to this organization for %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>This organization already trusts %1: the trust cannot be created twice.</source>
        <translation>This organization already trusts %1: the trust cannot be created twice.</translation>
    </message>
    <message>
        <source>This organization already trusts them.</source>
        <translation>This organization already trusts them.</translation>
    </message>
    <message>
        <source>Check at least one requested user.</source>
        <translation>Check at least one requested user.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen user(s) have no role yet.</source>
        <translation>
            <numerusform>%n chosen user has no role yet.</numerusform>
            <numerusform>%n chosen users have no role yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Granted by policy</source>
        <translation>Granted by policy</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Roles that grant it</source>
        <translation>Roles that grant it</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Through</translation>
    </message>
    <message>
        <source>People who hold those roles</source>
        <translation>People who hold those roles</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Granted by</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Effective permissions</translation>
    </message>
    <message>
        <source>Who can do this?</source>
        <translation>Who can do this?</translation>
    </message>
    <message>
        <source>Why can this person do that?</source>
        <translation>Why can this person do that?</translation>
    </message>
    <message>
        <source>A permission, e.g. routing:queue:edit</source>
        <translation>A permission, e.g. routing:queue:edit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>The roles and the people, as a CSV file for a spreadsheet</source>
        <translation>The roles and the people, as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Double-click a role to open it</source>
        <translation>Double-click a role to open it</translation>
    </message>
    <message>
        <source>Type a permission (completed from the catalog) and press Enter: the roles that grant it, wildcards and conditions included, and everyone who holds them, partner organizations&apos; users too.</source>
        <translation>Type a permission (completed from the catalog) and press Enter: the roles that grant it, wildcards and conditions included, and everyone who holds them, partner organizations&apos; users too.</translation>
    </message>
    <message>
        <source>A person, by name or email</source>
        <translation>A person, by name or email</translation>
    </message>
    <message>
        <source>Pick a person: their roles, what those roles let them do, and for each permission the role and policy that grants it.</source>
        <translation>Pick a person: their roles, what those roles let them do, and for each permission the role and policy that grants it.</translation>
    </message>
    <message>
        <source>Their roles</source>
        <translation>Their roles</translation>
    </message>
    <message>
        <source>Filter permissions, e.g. queue or routing:queue:edit</source>
        <translation>Filter permissions, e.g. queue or routing:queue:edit</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filter permissions</translation>
    </message>
    <message>
        <source>“%1” is not a permission: type domain:entity:action, e.g. routing:queue:edit.</source>
        <translation>“%1” is not a permission: type domain:entity:action, e.g. routing:queue:edit.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalog: only a wildcard can grant it, and the service may not know it.</source>
        <translation>“%1” is not in the catalog: only a wildcard can grant it, and the service may not know it.</translation>
    </message>
    <message>
        <source>Looking for the people who hold the roles…</source>
        <translation>Looking for the people who hold the roles…</translation>
    </message>
    <message>
        <source>A wildcard policy: it grants every matching permission</source>
        <translation>A wildcard policy: it grants every matching permission</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>This organization</source>
        <translation>This organization</translation>
    </message>
    <message>
        <source>No role grants %1.</source>
        <translation>No role grants %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) grant %1</source>
        <translation>
            <numerusform>%n role grants %1</numerusform>
            <numerusform>%n roles grant %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) hold them</source>
        <translation>
            <numerusform>%n person holds them</numerusform>
            <numerusform>%n people hold them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner organizations</source>
        <translation>
            <numerusform>%n from partner organizations</numerusform>
            <numerusform>%n from partner organizations</numerusform>
        </translation>
    </message>
    <message>
        <source>The holders could not be read; see the errors panel.</source>
        <translation>The holders could not be read; see the errors panel.</translation>
    </message>
    <message>
        <source>Finding who can do %1</source>
        <translation>Finding who can do %1</translation>
    </message>
    <message>
        <source>Export who can %1</source>
        <translation>Export who can %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Who can %1.csv</source>
        <translation>Who can %1.csv</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>the CSV file</translation>
    </message>
    <message>
        <source>Exporting who can %1</source>
        <translation>Exporting who can %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Loading the organization&apos;s people…</source>
        <translation>Loading the organization&apos;s people…</translation>
    </message>
    <message>
        <source>Type a name or an email first.</source>
        <translation>Type a name or an email first.</translation>
    </message>
    <message>
        <source>No single person matches “%1”; pick one from the list.</source>
        <translation>No single person matches “%1”; pick one from the list.</translation>
    </message>
    <message>
        <source>Reading the roles of %1…</source>
        <translation>Reading the roles of %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n role(s)</source>
        <translation>
            <numerusform>%1 holds %n role</numerusform>
            <numerusform>%1 holds %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they grant %n permission(s).</source>
        <translation>
            <numerusform>they grant %n permission.</numerusform>
            <numerusform>they grant %n permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is %1: it cannot sign in.</source>
        <translation>The account is %1: it cannot sign in.</translation>
    </message>
    <message>
        <source>The roles could not be read; see the errors panel.</source>
        <translation>The roles could not be read; see the errors panel.</translation>
    </message>
    <message>
        <source>Reading a person&apos;s roles</source>
        <translation>Reading a person&apos;s roles</translation>
    </message>
    <message>
        <source>Not among the loaded roles</source>
        <translation>Not among the loaded roles</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>None of their permissions matches “%1”.</source>
        <translation>None of their permissions matches “%1”.</translation>
    </message>
    <message>
        <source>%1 is granted by:</source>
        <translation>%1 is granted by:</translation>
    </message>
    <message>
        <source>the role %1, policy %2</source>
        <translation>the role %1, policy %2</translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation>wildcard</translation>
    </message>
    <message>
        <source>only where %1</source>
        <translation>only where %1</translation>
    </message>
    <message>
        <source>Partner organizations&apos; users could not be read, so they are not listed.</source>
        <translation>Partner organizations&apos; users could not be read, so they are not listed.</translation>
    </message>
</context>
<context>
    <name>AccessRights</name>
    <message>
        <source>You need %1.</source>
        <translation>You need %1.</translation>
    </message>
    <message>
        <source>You need one of %1.</source>
        <translation>You need one of %1.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Opening snapshot %1</translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation>Saving snapshot</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Snapshot saved to %1</translation>
    </message>
    <message>
        <source>Another connection…</source>
        <translation>Another connection…</translation>
    </message>
    <message>
        <source>Compare with another organization</source>
        <translation>Compare with another organization</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organization:</translation>
    </message>
    <message>
        <source>Loading an organization to compare with</source>
        <translation>Loading an organization to compare with</translation>
    </message>
    <message>
        <source>%1 is ready to compare with: pick it on the right side.</source>
        <translation>%1 is ready to compare with: pick it on the right side.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in one to sign in: %1</source>
        <translation>No browser could be opened. Open this address in one to sign in: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the roles of %n trustee user(s) for the snapshot…</source>
        <translation>
            <numerusform>Reading the roles of %n trustee user for the snapshot…</numerusform>
            <numerusform>Reading the roles of %n trustee users for the snapshot…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the connection as the profile “%1”.</source>
        <translation>Saved the connection as the profile “%1”.</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Newer</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Older ▶</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Choose a period and search.</source>
        <translation>Choose a period and search.</translation>
    </message>
    <message>
        <source>What partners&apos; users did here (trustee audits)</source>
        <translation>What partners&apos; users did here (trustee audits)</translation>
    </message>
    <message>
        <source>What our users did in organizations that trust us (trustor audits)</source>
        <translation>What our users did in organizations that trust us (trustor audits)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Words in the action, entity or message</source>
        <translation>Words in the action, entity or message</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>The selected entry, in full.</source>
        <translation>The selected entry, in full.</translation>
    </message>
    <message>
        <source>Selected entry as JSON</source>
        <translation>Selected entry as JSON</translation>
    </message>
    <message>
        <source>&amp;Audits:</source>
        <translation>&amp;Audits:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation>Export audit entries</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting audit entries</source>
        <translation>Exporting audit entries</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Searching the trust audits</source>
        <translation>Searching the trust audits</translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation>No audit entry matches.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entry(ies) in all</source>
        <translation>
            <numerusform>Page %1 of %2 · %n entry in all</numerusform>
            <numerusform>Page %1 of %2 · %n entries in all</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit export</source>
        <translation>the audit export</translation>
    </message>
    <message>
        <source>P&amp;hrase:</source>
        <translation>P&amp;hrase:</translation>
    </message>
    <message>
        <source>A snapshot holds no audits: connect to search them.</source>
        <translation>A snapshot holds no audits: connect to search them.</translation>
    </message>
</context>
<context>
    <name>AuditSearch</name>
    <message>
        <source>No organization has access to this one: there is nothing to audit.</source>
        <translation>No organization has access to this one: there is nothing to audit.</translation>
    </message>
    <message>
        <source>No organization trusts this one: there is nothing to audit.</source>
        <translation>No organization trusts this one: there is nothing to audit.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Entity type</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
            <numerusform>The sign-in was not completed within %n minute(s). Sign in again.</numerusform>
            <numerusform>The sign-in was not completed within %n minute(s). Sign in again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1): %2</source>
        <translation>The sign-in service refused the sign-in (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>The sign-in service could not be reached: %1</translation>
    </message>
    <message>
        <source>RoleDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>RoleDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</translation>
    </message>
    <message>
        <source>RoleDesk has the answer of the sign-in. You can close this tab and go back to RoleDesk.</source>
        <translation>RoleDesk has the answer of the sign-in. You can close this tab and go back to RoleDesk.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>The sign-in was refused: %1</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state does not match), so it was ignored. Sign in again.</source>
        <translation>The browser&apos;s answer does not belong to this sign-in (its state does not match), so it was ignored. Sign in again.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer has no authorization code. Sign in again.</source>
        <translation>The browser&apos;s answer has no authorization code. Sign in again.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Filter permissions: type words of a name or label, e.g. &quot;queue view&quot;</source>
        <translation>Filter permissions: type words of a name or label, e.g. &quot;queue view&quot;</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filter permissions</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Permission catalog</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) in %1 domains</source>
        <translation>
            <numerusform>%n permission in %1 domains</numerusform>
            <numerusform>%n permissions in %1 domains</numerusform>
        </translation>
    </message>
    <message>
        <source>No permission matches &quot;%1&quot;.</source>
        <translation>No permission matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Roles that grant this</source>
        <translation>Roles that grant this</translation>
    </message>
    <message>
        <source>The roles that grant this permission and the people who hold them</source>
        <translation>The roles that grant this permission and the people who hold them</translation>
    </message>
    <message>
        <source>Copy permission</source>
        <translation>Copy permission</translation>
    </message>
    <message>
        <source>Double-click a permission to see who can do it; right-click for more</source>
        <translation>Double-click a permission to see who can do it; right-click for more</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) match</source>
        <translation>
            <numerusform>%n permission matches</numerusform>
            <numerusform>%n permissions match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n domain(s)</source>
        <translation>
            <numerusform>in %n domain</numerusform>
            <numerusform>in %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation>Open the embedded sandbox organization.</translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in (default: in the user&apos;s data directory).</source>
        <translation>SQLite file the sandbox keeps its state in (default: in the user&apos;s data directory).</translation>
    </message>
    <message>
        <source>Connect with a saved connection profile.</source>
        <translation>Connect with a saved connection profile.</translation>
    </message>
    <message>
        <source>Connect to this API base URL, with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET.</source>
        <translation>Connect to this API base URL, with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>User interface language (en, de, fr).</translation>
    </message>
    <message>
        <source>Without a window: save everything of the organization (roles, catalog, products, trusts) to FILE and exit.</source>
        <translation>Without a window: save everything of the organization (roles, catalog, products, trusts) to FILE and exit.</translation>
    </message>
    <message>
        <source>the snapshot failed, nothing was written: %1</source>
        <translation>the snapshot failed, nothing was written: %1</translation>
    </message>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Genesys Cloud authorization console: roles, permissions and trusts.</translation>
    </message>
    <message>
        <source>Without a window: compare two snapshot files LEFT RIGHT role by role (roles added, removed, changed) and exit 0 when they are the same, 1 when they differ, 2 on error.</source>
        <translation>Without a window: compare two snapshot files LEFT RIGHT role by role (roles added, removed, changed) and exit 0 when they are the same, 1 when they differ, 2 on error.</translation>
    </message>
    <message>
        <source>With --diff: print the differences as JSON.</source>
        <translation>With --diff: print the differences as JSON.</translation>
    </message>
    <message>
        <source>--diff needs two snapshot files: roledesk --diff LEFT RIGHT [--json]</source>
        <translation>--diff needs two snapshot files: roledesk --diff LEFT RIGHT [--json]</translation>
    </message>
    <message>
        <source>cannot compare %1: %2</source>
        <translation>cannot compare %1: %2</translation>
    </message>
    <message>
        <source>With --diff: the earlier and the later snapshot file.</source>
        <translation>With --diff: the earlier and the later snapshot file.</translation>
    </message>
    <message>
        <source>With --sandbox: open this one of the sandbox&apos;s organizations (their names are in File ▸ Open sandbox organization).</source>
        <translation>With --sandbox: open this one of the sandbox&apos;s organizations (their names are in File ▸ Open sandbox organization).</translation>
    </message>
    <message>
        <source>With --snapshot: give up after SECONDS (default 600) with a message and exit 1.</source>
        <translation>With --snapshot: give up after SECONDS (default 600) with a message and exit 1.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--timeout needs a number of seconds above 0, not &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>the snapshot did not finish within %n second(s), nothing was written (a longer --timeout allows more).</source>
        <translation>
            <numerusform>the snapshot did not finish within %n second, nothing was written (a longer --timeout allows more).</numerusform>
            <numerusform>the snapshot did not finish within %n seconds, nothing was written (a longer --timeout allows more).</numerusform>
        </translation>
    </message>
    <message>
        <source>With --sandbox: sign in as one of the sandbox&apos;s people on its sign-in page (in the browser), instead of connecting with its OAuth client.</source>
        <translation>With --sandbox: sign in as one of the sandbox&apos;s people on its sign-in page (in the browser), instead of connecting with its OAuth client.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; signs in with a person&apos;s account; --snapshot needs a client-credentials profile (OAuth client id and secret).</source>
        <translation>profile &quot;%1&quot; signs in with a person&apos;s account; --snapshot needs a client-credentials profile (OAuth client id and secret).</translation>
    </message>
    <message>
        <source>Connect to this Genesys Cloud region (a host such as mypurecloud.de, or a key such as eu_central_1), with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET. Without it, PURECLOUD_ENVIRONMENT names the region when those credentials are set.</source>
        <translation>Connect to this Genesys Cloud region (a host such as mypurecloud.de, or a key such as eu_central_1), with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET. Without it, PURECLOUD_ENVIRONMENT names the region when those credentials are set.</translation>
    </message>
    <message>
        <source>--snapshot needs --sandbox, --profile NAME, --region NAME or --base-url URL.</source>
        <translation>--snapshot needs --sandbox, --profile NAME, --region NAME or --base-url URL.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>addedPermissionPolicies (in the role, not in its default):</source>
        <translation>addedPermissionPolicies (in the role, not in its default):</translation>
    </message>
    <message>
        <source>removedPermissionPolicies (in the default, not in the role):</source>
        <translation>removedPermissionPolicies (in the default, not in the role):</translation>
    </message>
    <message>
        <source>samePermissionPolicies:</source>
        <translation>samePermissionPolicies:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Show the server&apos;s answer</source>
        <translation>Show the server&apos;s answer</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Only differences</translation>
    </message>
    <message>
        <source>Take back checked…</source>
        <translation>Take back checked…</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Only rows that differ</translation>
    </message>
    <message>
        <source>Restore defaults…</source>
        <translation>Restore defaults…</translation>
    </message>
    <message>
        <source>Restore chosen default roles to their shipped definition, after a preview of what changes and who is affected</source>
        <translation>Restore chosen default roles to their shipped definition, after a preview of what changes and who is affected</translation>
    </message>
    <message>
        <source>Add missing defaults…</source>
        <translation>Add missing defaults…</translation>
    </message>
    <message>
        <source>Add the default roles this organization lacks; no existing role changes</source>
        <translation>Add the default roles this organization lacks; no existing role changes</translation>
    </message>
    <message>
        <source>Reset every default…</source>
        <translation>Reset every default…</translation>
    </message>
    <message>
        <source>Reset every default role of the organization, after a preview and a typed confirmation</source>
        <translation>Reset every default role of the organization, after a preview and a typed confirmation</translation>
    </message>
    <message>
        <source>Undo a restore…</source>
        <translation>Undo a restore…</translation>
    </message>
    <message>
        <source>Put back the roles as they were before an earlier restore</source>
        <translation>Put back the roles as they were before an earlier restore</translation>
    </message>
    <message>
        <source>Open snapshot…</source>
        <translation>Open snapshot…</translation>
    </message>
    <message>
        <source>Compare with a snapshot</source>
        <translation>Compare with a snapshot</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>RoleDesk snapshots (*.json)</translation>
    </message>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Opening snapshot %1</translation>
    </message>
    <message>
        <source>Pick roles from a snapshot file</source>
        <translation>Pick roles from a snapshot file</translation>
    </message>
    <message>
        <source>Another organization…</source>
        <translation>Another organization…</translation>
    </message>
    <message>
        <source>Connect a second organization to pick roles from</source>
        <translation>Connect a second organization to pick roles from</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Left source</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Right source</translation>
    </message>
    <message>
        <source>Left role</source>
        <translation>Left role</translation>
    </message>
    <message>
        <source>Right role</source>
        <translation>Right role</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Search differences</source>
        <translation>Search differences</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Next difference</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Previous difference</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Undo the checked differences in the role&apos;s draft, as one step you can undo; save it in Roles</source>
        <translation>Undo the checked differences in the role&apos;s draft, as one step you can undo; save it in Roles</translation>
    </message>
    <message>
        <source>The server&apos;s comparison</source>
        <translation>The server&apos;s comparison</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Filter roles</translation>
    </message>
    <message>
        <source>Roles side by side</source>
        <translation>Roles side by side</translation>
    </message>
    <message>
        <source>At most %1 roles side by side.</source>
        <translation>At most %1 roles side by side.</translation>
    </message>
    <message>
        <source>Permissions by role</source>
        <translation>Permissions by role</translation>
    </message>
    <message>
        <source>Check 2 to %1 roles:</source>
        <translation>Check 2 to %1 roles:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Choose two roles, or a role and its default, then Compare. In Roles, Ctrl+D compares the open role with its default, unsaved edits included.</source>
        <translation>Choose two roles, or a role and its default, then Compare. In Roles, Ctrl+D compares the open role with its default, unsaved edits included.</translation>
    </message>
    <message>
        <source>Snapshot %1 (%2, %3)</source>
        <translation>Snapshot %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Its default</source>
        <translation>Its default</translation>
    </message>
    <message>
        <source>This organization (%1)</source>
        <translation>This organization (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(the default of the role on the left)</source>
        <translation>(the default of the role on the left)</translation>
    </message>
    <message>
        <source>Restores need a connection; a snapshot is read-only.</source>
        <translation>Restores need a connection; a snapshot is read-only.</translation>
    </message>
    <message>
        <source>Compare the role with its default (the server&apos;s comparedefault, checked by RoleDesk)</source>
        <translation>Compare the role with its default (the server&apos;s comparedefault, checked by RoleDesk)</translation>
    </message>
    <message>
        <source>Only a default-based role of the connected organization has a default to compare with.</source>
        <translation>Only a default-based role of the connected organization has a default to compare with.</translation>
    </message>
    <message>
        <source>Compare the two roles</source>
        <translation>Compare the two roles</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (right)</translation>
    </message>
    <message>
        <source>Comparing with the default needs a connection to the organization.</source>
        <translation>Comparing with the default needs a connection to the organization.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not based on a default role: choose another role to compare it with.</source>
        <translation>&quot;%1&quot; is not based on a default role: choose another role to compare it with.</translation>
    </message>
    <message>
        <source>Comparing %1 with its default…</source>
        <translation>Comparing %1 with its default…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>The comparison failed: %1</translation>
    </message>
    <message>
        <source>Comparing %1 with its default</source>
        <translation>Comparing %1 with its default</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (unsaved)</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>its default</translation>
    </message>
    <message>
        <source>✓ The server&apos;s own comparison (comparedefault) agrees with this one.</source>
        <translation>✓ The server&apos;s own comparison (comparedefault) agrees with this one.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The server&apos;s comparison disagrees on %n permission(s): %1. Both are shown; check before you restore.</source>
        <translation>
            <numerusform>⚠ The server&apos;s comparison disagrees on %n permission: %1. Both are shown; check before you restore.</numerusform>
            <numerusform>⚠ The server&apos;s comparison disagrees on %n permissions: %1. Both are shown; check before you restore.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with %2:</source>
        <translation>%1 compared with %2:</translation>
    </message>
    <message numerus="yes">
        <source>+ %n only in %1,</source>
        <translation>
            <numerusform>+ %n only in %1,</numerusform>
            <numerusform>+ %n only in %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>− %n only in %1,</source>
        <translation>
            <numerusform>− %n only in %1,</numerusform>
            <numerusform>− %n only in %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~ %n with a different condition,</source>
        <translation>
            <numerusform>~ %n with a different condition,</numerusform>
            <numerusform>~ %n with a different condition,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same.</source>
        <translation>
            <numerusform>%n the same.</numerusform>
            <numerusform>%n the same.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names differ.</source>
        <translation>The names differ.</translation>
    </message>
    <message>
        <source>The descriptions differ.</source>
        <translation>The descriptions differ.</translation>
    </message>
    <message>
        <source>The legacy &quot;permissions&quot; lists differ too (+%1 −%2).</source>
        <translation>The legacy &quot;permissions&quot; lists differ too (+%1 −%2).</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>The comparison is on the clipboard.</source>
        <translation>The comparison is on the clipboard.</translation>
    </message>
    <message>
        <source>Check 2 to %1 roles on the left to see which of them grants what.</source>
        <translation>Check 2 to %1 roles on the left to see which of them grants what.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) differ among these roles.</source>
        <translation>
            <numerusform>%n permission differs among these roles.</numerusform>
            <numerusform>%n permissions differ among these roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add missing default roles</source>
        <translation>Add missing default roles</translation>
    </message>
    <message>
        <source>Add the default roles %1 does not have?</source>
        <translation>Add the default roles %1 does not have?</translation>
    </message>
    <message>
        <source>Only missing default roles are created. No existing role changes, and nobody gets a new role.</source>
        <translation>Only missing default roles are created. No existing role changes, and nobody gets a new role.</translation>
    </message>
    <message>
        <source>Add missing roles</source>
        <translation>Add missing roles</translation>
    </message>
    <message>
        <source>No default role was missing.</source>
        <translation>No default role was missing.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n default role(s): %1</source>
        <translation>
            <numerusform>Added %n default role: %1</numerusform>
            <numerusform>Added %n default roles: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding missing default roles</source>
        <translation>Adding missing default roles</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Default roles</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Add a source</translation>
    </message>
    <message>
        <source>Find a permission</source>
        <translation>Find a permission</translation>
    </message>
    <message>
        <source>Filters the differences by permission name and by condition text</source>
        <translation>Filters the differences by permission name and by condition text</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <source>Condition of %1</source>
        <translation>Condition of %1</translation>
    </message>
    <message>
        <source>The policy %1 grants &lt;b&gt;%2&lt;/b&gt; only when this condition holds.</source>
        <translation>The policy %1 grants &lt;b&gt;%2&lt;/b&gt; only when this condition holds.</translation>
    </message>
    <message>
        <source>Write &lt;i&gt;variable OPERATOR value&lt;/i&gt;, with EQ, GE, GT, LE, LT (one value) or IN (a list in parentheses). Values: &quot;text&quot;, $variable, user:id, queue:id or team:id, each id optionally followed by its &quot;name&quot;. Join terms with AND or OR; use parentheses to mix them.&lt;br&gt;Example: &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</source>
        <translation>Write &lt;i&gt;variable OPERATOR value&lt;/i&gt;, with EQ, GE, GT, LE, LT (one value) or IN (a list in parentheses). Values: &quot;text&quot;, $variable, user:id, queue:id or team:id, each id optionally followed by its &quot;name&quot;. Join terms with AND or OR; use parentheses to mix them.&lt;br&gt;Example: &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remove condition</translation>
    </message>
    <message>
        <source>Write a condition, or choose Remove condition.</source>
        <translation>Write a condition, or choose Remove condition.</translation>
    </message>
    <message>
        <source>At character %1: %2</source>
        <translation>At character %1: %2</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>A group must join its terms with AND or OR.</source>
        <translation>A group must join its terms with AND or OR.</translation>
    </message>
    <message>
        <source>A group must hold at least one condition.</source>
        <translation>A group must hold at least one condition.</translation>
    </message>
    <message>
        <source>Every condition needs a variable name.</source>
        <translation>Every condition needs a variable name.</translation>
    </message>
    <message>
        <source>The operator of %1 must be EQ, IN, GE, GT, LE or LT.</source>
        <translation>The operator of %1 must be EQ, IN, GE, GT, LE or LT.</translation>
    </message>
    <message>
        <source>%1 %2 needs a value.</source>
        <translation>%1 %2 needs a value.</translation>
    </message>
    <message>
        <source>%1 %2 takes exactly one value; use IN for a list.</source>
        <translation>%1 %2 takes exactly one value; use IN for a list.</translation>
    </message>
    <message>
        <source>A value of %1 is empty.</source>
        <translation>A value of %1 is empty.</translation>
    </message>
    <message>
        <source>A %1 value of %2 has no id.</source>
        <translation>A %1 value of %2 has no id.</translation>
    </message>
    <message>
        <source>A value of %1 has the unknown type &quot;%2&quot;.</source>
        <translation>A value of %1 has the unknown type &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ConditionText::Parser</name>
    <message>
        <source>Unexpected text here; join terms with AND or OR.</source>
        <translation>Unexpected text here; join terms with AND or OR.</translation>
    </message>
    <message>
        <source>This quoted value has no closing quote.</source>
        <translation>This quoted value has no closing quote.</translation>
    </message>
    <message>
        <source>AND and OR are mixed here; use parentheses to say which comes first.</source>
        <translation>AND and OR are mixed here; use parentheses to say which comes first.</translation>
    </message>
    <message>
        <source>A condition is missing here.</source>
        <translation>A condition is missing here.</translation>
    </message>
    <message>
        <source>A closing parenthesis is missing here.</source>
        <translation>A closing parenthesis is missing here.</translation>
    </message>
    <message>
        <source>A variable name such as Queue.id is expected here.</source>
        <translation>A variable name such as Queue.id is expected here.</translation>
    </message>
    <message>
        <source>An operator is expected here: EQ, IN, GE, GT, LE or LT.</source>
        <translation>An operator is expected here: EQ, IN, GE, GT, LE or LT.</translation>
    </message>
    <message>
        <source>A comma or a closing parenthesis is expected here.</source>
        <translation>A comma or a closing parenthesis is expected here.</translation>
    </message>
    <message>
        <source>A variable name is expected after $.</source>
        <translation>A variable name is expected after $.</translation>
    </message>
    <message>
        <source>A value is expected here: &quot;text&quot;, $variable, user:id, queue:id or team:id.</source>
        <translation>A value is expected here: &quot;text&quot;, $variable, user:id, queue:id or team:id.</translation>
    </message>
    <message>
        <source>An id is expected after %1:.</source>
        <translation>An id is expected after %1:.</translation>
    </message>
    <message>
        <source>This condition is %1 characters long; at most %2 are accepted.</source>
        <translation>This condition is %1 characters long; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>Parentheses are nested more than %1 deep here.</source>
        <translation>Parentheses are nested more than %1 deep here.</translation>
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
        <translation>Description: &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else</source>
        <translation>“%1” was changed by someone else</translation>
    </message>
    <message>
        <source>Since you opened this role, it was changed on the server. Nothing has been saved. Compare the changes and choose which version to keep.</source>
        <translation>Since you opened this role, it was changed on the server. Nothing has been saved. Compare the changes and choose which version to keep.</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(no changes)</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Their changes</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Your changes</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Save mine over theirs</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Discard mine, load theirs</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; — changed on the server</source>
        <translation>&lt;b&gt;Theirs&lt;/b&gt; — changed on the server</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; — not saved</source>
        <translation>&lt;b&gt;Yours&lt;/b&gt; — not saved</translation>
    </message>
    <message>
        <source>Apply mine on top of theirs</source>
        <translation>Apply mine on top of theirs</translation>
    </message>
    <message>
        <source>Keep their changes and add yours, then save</source>
        <translation>Keep their changes and add yours, then save</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Open the &amp;sandbox</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect to Genesys Cloud</source>
        <translation>Connect to Genesys Cloud</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other — a base URL of my own</source>
        <translation>Other — a base URL of my own</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>e.g. Production (EU)</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth client secret</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in RoleDesk&apos;s settings.</source>
        <translation>The secret is kept in the system keychain, never in RoleDesk&apos;s settings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The secret is kept for this session only and must be entered again next time.</source>
        <translation>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The secret is kept for this session only and must be entered again next time.</translation>
    </message>
    <message>
        <source>Open a local sandbox organization with realistic data; nothing leaves this computer.</source>
        <translation>Open a local sandbox organization with realistic data; nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Log in and read the organization&apos;s products, without connecting</source>
        <translation>Log in and read the organization&apos;s products, without connecting</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profile &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client &amp;id:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation>Saved profiles:</translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation>Enter the OAuth client id.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Enter the client secret.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profile &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Profile saved, but the secret could not be stored: %1</source>
        <translation>Profile saved, but the secret could not be stored: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profile &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: logged in, %n product(s) enabled.</source>
        <translation>
            <numerusform>Connection works: logged in, %n product enabled.</numerusform>
            <numerusform>Connection works: logged in, %n products enabled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>as one of its &amp;people</source>
        <translation>as one of its &amp;people</translation>
    </message>
    <message>
        <source>Sign in with my account</source>
        <translation>Sign in with my account</translation>
    </message>
    <message>
        <source>OAuth client (client credentials)</source>
        <translation>OAuth client (client credentials)</translation>
    </message>
    <message>
        <source>Sign in with your own account in the browser (changes are made as you, with your permissions), or connect as an OAuth client with its secret (as a script does).</source>
        <translation>Sign in with your own account in the browser (changes are made as you, with your permissions), or connect as an OAuth client with its secret (as a script does).</translation>
    </message>
    <message>
        <source>Sign in on the sandbox&apos;s sign-in page as a person with fewer rights (a role editor, an auditor, a trust manager) instead of connecting as its OAuth client.</source>
        <translation>Sign in on the sandbox&apos;s sign-in page as a person with fewer rights (a role editor, an auditor, a trust manager) instead of connecting as its OAuth client.</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>OAuth client id</translation>
    </message>
    <message>
        <source>Sign &amp;in:</source>
        <translation>Sign &amp;in:</translation>
    </message>
    <message>
        <source>When you connect, you sign in with your own account in the browser. No secret is stored.</source>
        <translation>When you connect, you sign in with your own account in the browser. No secret is stored.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %1, %n product(s) enabled.</source>
        <translation>
            <numerusform>Connection works: %1, %n product enabled.</numerusform>
            <numerusform>Connection works: %1, %n products enabled.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection in use: give it a name and save it.</source>
        <translation>The connection in use: give it a name and save it.</translation>
    </message>
    <message>
        <source>https anywhere; plain http only for this computer (127.0.0.1, localhost), such as a local sandbox</source>
        <translation>https anywhere; plain http only for this computer (127.0.0.1, localhost), such as a local sandbox</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>Opening the sandbox</source>
        <translation>Opening the sandbox</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>The sandbox did not start: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</translation>
    </message>
    <message>
        <source>Opening profile %1</source>
        <translation>Opening profile %1</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>There is no saved profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>The secret of profile &quot;%1&quot; could not be read: %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation>No keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</translation>
    </message>
    <message>
        <source>The sandbox has no organization named “%1”; it has %2.</source>
        <translation>The sandbox has no organization named “%1”; it has %2.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --region.</source>
        <translation>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --region.</translation>
    </message>
</context>
<context>
    <name>DefaultComparison</name>
    <message>
        <source>&quot;%1&quot; is not based on a default role: there is nothing to compare it with.</source>
        <translation>&quot;%1&quot; is not based on a default role: there is nothing to compare it with.</translation>
    </message>
</context>
<context>
    <name>DefaultRestore</name>
    <message>
        <source>&quot;%1&quot; is a custom role; only default roles can be restored.</source>
        <translation>&quot;%1&quot; is a custom role; only default roles can be restored.</translation>
    </message>
    <message>
        <source>Reset every default role</source>
        <translation>Reset every default role</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n default role(s)</source>
        <translation>
            <numerusform>Restore %n default role</numerusform>
            <numerusform>Restore %n default roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored: the roles could not be saved first. %1</source>
        <translation>Nothing was restored: the roles could not be saved first. %1</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <source>not granted</source>
        <translation>not granted</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>if %1</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>only in %1</translation>
    </message>
    <message>
        <source>condition differs: %1</source>
        <translation>condition differs: %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 with a different condition, %6 the same</source>
        <translation>%1 only in %2, %3 only in %4, %5 with a different condition, %6 the same</translation>
    </message>
    <message numerus="yes">
        <source>same (%n)</source>
        <translation>
            <numerusform>same (%n)</numerusform>
            <numerusform>same (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryPrompt</name>
    <message>
        <source>Untitled role</source>
        <translation>Untitled role</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Unsaved changes found</translation>
    </message>
    <message>
        <source>RoleDesk kept unsaved changes to the role “%1” from %2.</source>
        <translation>RoleDesk kept unsaved changes to the role “%1” from %2.</translation>
    </message>
    <message>
        <source>They are probably from a session that ended unexpectedly. Restore them in the editor?</source>
        <translation>They are probably from a session that ended unexpectedly. Restore them in the editor?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>the draft</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation>Use an https:// URL.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); use https:// for %1.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>While</source>
        <translation>While</translation>
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
        <translation>Context id</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Copy the selected errors, with their context ids, for support</source>
        <translation>Copy the selected errors, with their context ids, for support</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>%1  %2: %3 [code %4, contextId %5]</source>
        <translation>%1  %2: %3 [code %4, contextId %5]</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Context id: %1</source>
        <translation>Context id: %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Go to role, permission, trust or person</source>
        <translation>Go to role, permission, trust or person</translation>
    </message>
    <message>
        <source>Type part of a role, permission, trustee, trustor or person…</source>
        <translation>Type part of a role, permission, trustee, trustor or person…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>No secret is stored for this profile.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Search by what it does or by its keys, e.g. undo or Ctrl+K</source>
        <translation>Search by what it does or by its keys, e.g. undo or Ctrl+K</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Search shortcuts</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Check or uncheck the current permission (role editor)</source>
        <translation>Check or uncheck the current permission (role editor)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Next / previous difference (Compare)</source>
        <translation>Next / previous difference (Compare)</translation>
    </message>
    <message>
        <source>F8 / Shift+F8</source>
        <translation>F8 / Shift+F8</translation>
    </message>
    <message>
        <source>Move through results (Go to)</source>
        <translation>Move through results (Go to)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>no secret service answered on the D-Bus session bus</source>
        <translation>no secret service answered on the D-Bus session bus</translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>The roles were not loaded. Reload (F5) to try again.</source>
        <translation>The roles were not loaded. Reload (F5) to try again.</translation>
    </message>
    <message>
        <source>The permission catalog was not loaded. Reload (F5) to try again.</source>
        <translation>The permission catalog was not loaded. Reload (F5) to try again.</translation>
    </message>
    <message>
        <source>The products were not loaded. Reload (F5) to try again.</source>
        <translation>The products were not loaded. Reload (F5) to try again.</translation>
    </message>
    <message>
        <source>The trusts were not loaded. Reload (F5) to try again.</source>
        <translation>The trusts were not loaded. Reload (F5) to try again.</translation>
    </message>
    <message>
        <source>Reading the roles…</source>
        <translation>Reading the roles…</translation>
    </message>
    <message>
        <source>Reading the permission catalog…</source>
        <translation>Reading the permission catalog…</translation>
    </message>
    <message>
        <source>Reading the products…</source>
        <translation>Reading the products…</translation>
    </message>
    <message>
        <source>Reading the trusts…</source>
        <translation>Reading the trusts…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Roles of the organization (Ctrl+1)</source>
        <translation>Roles of the organization (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Compare a role with its default or another role (Ctrl+2)</source>
        <translation>Compare a role with its default or another role (Ctrl+2)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>The permission catalog (Ctrl+3)</source>
        <translation>The permission catalog (Ctrl+3)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Products enabled for the organization (Ctrl+4)</source>
        <translation>Products enabled for the organization (Ctrl+4)</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Trusts</translation>
    </message>
    <message>
        <source>Trustees and trustors (Ctrl+5)</source>
        <translation>Trustees and trustors (Ctrl+5)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Products enabled for this organization:</source>
        <translation>Products enabled for this organization:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Connected organization</source>
        <translation>Connected organization</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Network activity</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connect…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Open snapshot…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Open snapshot</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>RoleDesk snapshots (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Save snapshot…</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Save snapshot</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Go to…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Filter this workspace</source>
        <translation>&amp;Filter this workspace</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation>&amp;Errors panel</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About RoleDesk</source>
        <translation>&amp;About RoleDesk</translation>
    </message>
    <message>
        <source>About RoleDesk</source>
        <translation>About RoleDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;A console for Genesys Cloud authorization: roles, permissions, default roles, assignments and organization trusts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;A console for Genesys Cloud authorization: roles, permissions, default roles, assignments and organization trusts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 — offline, read-only</source>
        <translation>Snapshot of %1 taken %2 — offline, read-only</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n role(s)</source>
        <translation>
            <numerusform>Loaded %n role</numerusform>
            <numerusform>Loaded %n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot (%1)</source>
        <translation>Offline snapshot (%1)</translation>
    </message>
    <message>
        <source>Paused %1 s — rate limited</source>
        <translation>Paused %1 s — rate limited</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation>%1 in flight, %2 queued</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p%</translation>
    </message>
    <message>
        <source>RoleDesk[*]</source>
        <translation>RoleDesk[*]</translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk[*]</source>
        <translation>%1 — offline snapshot — RoleDesk[*]</translation>
    </message>
    <message>
        <source>%1[*] — %2 — RoleDesk</source>
        <translation>%1[*] — %2 — RoleDesk</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Loading the organization</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Loading cancelled.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Start the sandbox</translation>
    </message>
    <message>
        <source>Open sandbo&amp;x organization</source>
        <translation>Open sandbo&amp;x organization</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Retry loading</translation>
    </message>
    <message>
        <source>Load the organization again (File ▸ Reload)</source>
        <translation>Load the organization again (File ▸ Reload)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Sign in with your account in the browser</source>
        <translation>Sign in with your account in the browser</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Forget the sign-in of this connection</source>
        <translation>Forget the sign-in of this connection</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>OAuth client</translation>
    </message>
    <message>
        <source>Connected with an OAuth client&apos;s credentials: changes are made by the client, and the server decides what it may do.</source>
        <translation>Connected with an OAuth client&apos;s credentials: changes are made by the client, and the server decides what it may do.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Your permissions could not be read (%1); every action stays enabled and the server decides.</source>
        <translation>Your permissions could not be read (%1); every action stays enabled and the server decides.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) granted by your roles.</source>
        <translation>
            <numerusform>%n permission(s) granted by your roles.</numerusform>
            <numerusform>%n permission(s) granted by your roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Sign in with your account (File ▸ Sign in…).</source>
        <translation>Sign in with your account (File ▸ Sign in…).</translation>
    </message>
    <message>
        <source>Paced: %1 requests/s, budget resets in %2 s</source>
        <translation>Paced: %1 requests/s, budget resets in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>The server allows %n request(s) a minute. RoleDesk spreads the rest out so that none is refused; %1 in flight, %2 queued.</source>
        <translation>
            <numerusform>The server allows %n request a minute. RoleDesk spreads the rest out so that none is refused; %1 in flight, %2 queued.</numerusform>
            <numerusform>The server allows %n requests a minute. RoleDesk spreads the rest out so that none is refused; %1 in flight, %2 queued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Who can do something, and why a person can (Ctrl+6)</source>
        <translation>Who can do something, and why a person can (Ctrl+6)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Save connection as &amp;profile…</source>
        <translation>Save connection as &amp;profile…</translation>
    </message>
    <message>
        <source>Name the connection in use (from --base-url or --region) and keep it with the other profiles</source>
        <translation>Name the connection in use (from --base-url or --region) and keep it with the other profiles</translation>
    </message>
    <message>
        <source>Jump to any role, permission, trustee, trustor or person</source>
        <translation>Jump to any role, permission, trustee, trustor or person</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;User guide (README)</source>
        <translation>&amp;User guide (README)</translation>
    </message>
    <message>
        <source>The user guide is README.md, next to the program&apos;s source or in /usr/share/doc/roledesk.</source>
        <translation>The user guide is README.md, next to the program&apos;s source or in /usr/share/doc/roledesk.</translation>
    </message>
    <message>
        <source>Offline — cannot reach %1</source>
        <translation>Offline — cannot reach %1</translation>
    </message>
    <message>
        <source>No answer since %1. What is shown was loaded before and may be stale; RoleDesk carries on when the server answers again.</source>
        <translation>No answer since %1. What is shown was loaded before and may be stale; RoleDesk carries on when the server answers again.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (stale)</translation>
    </message>
    <message>
        <source>Loaded before the connection was lost; reload (F5) once the server answers again</source>
        <translation>Loaded before the connection was lost; reload (F5) once the server answers again</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) enabled</source>
        <translation>
            <numerusform>%n product enabled</numerusform>
            <numerusform>%n products enabled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>This organization is shown from a snapshot (or not connected): it cannot be changed.</source>
        <translation>This organization is shown from a snapshot (or not connected): it cannot be changed.</translation>
    </message>
    <message>
        <source>Reading the roles again</source>
        <translation>Reading the roles again</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>read the permission catalog</source>
        <translation>read the permission catalog</translation>
    </message>
    <message>
        <source>read the organization&apos;s products</source>
        <translation>read the organization&apos;s products</translation>
    </message>
    <message>
        <source>restore the default roles</source>
        <translation>restore the default roles</translation>
    </message>
    <message>
        <source>restore default roles</source>
        <translation>restore default roles</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>list roles</translation>
    </message>
    <message>
        <source>create a role</source>
        <translation>create a role</translation>
    </message>
    <message>
        <source>compare a role with its default</source>
        <translation>compare a role with its default</translation>
    </message>
    <message>
        <source>assign a role to people</source>
        <translation>assign a role to people</translation>
    </message>
    <message>
        <source>take a role from people</source>
        <translation>take a role from people</translation>
    </message>
    <message>
        <source>see who holds a role</source>
        <translation>see who holds a role</translation>
    </message>
    <message>
        <source>read a role</source>
        <translation>read a role</translation>
    </message>
    <message>
        <source>edit a role</source>
        <translation>edit a role</translation>
    </message>
    <message>
        <source>delete a role</source>
        <translation>delete a role</translation>
    </message>
    <message>
        <source>read who is signed in</source>
        <translation>read who is signed in</translation>
    </message>
    <message>
        <source>read a person&apos;s roles</source>
        <translation>read a person&apos;s roles</translation>
    </message>
    <message>
        <source>set a person&apos;s roles</source>
        <translation>set a person&apos;s roles</translation>
    </message>
    <message>
        <source>take every role from a person</source>
        <translation>take every role from a person</translation>
    </message>
    <message>
        <source>list the people of the organization</source>
        <translation>list the people of the organization</translation>
    </message>
    <message>
        <source>create a pairing request</source>
        <translation>create a pairing request</translation>
    </message>
    <message>
        <source>read a pairing request</source>
        <translation>read a pairing request</translation>
    </message>
    <message>
        <source>read the trustee audits</source>
        <translation>read the trustee audits</translation>
    </message>
    <message>
        <source>read the trustor audits</source>
        <translation>read the trustor audits</translation>
    </message>
    <message>
        <source>list the trustee organizations</source>
        <translation>list the trustee organizations</translation>
    </message>
    <message>
        <source>trust an organization</source>
        <translation>trust an organization</translation>
    </message>
    <message>
        <source>read a trustee organization</source>
        <translation>read a trustee organization</translation>
    </message>
    <message>
        <source>change a trust</source>
        <translation>change a trust</translation>
    </message>
    <message>
        <source>end the trust of a trustee organization</source>
        <translation>end the trust of a trustee organization</translation>
    </message>
    <message>
        <source>list the users of a trustee</source>
        <translation>list the users of a trustee</translation>
    </message>
    <message>
        <source>add a trustee user</source>
        <translation>add a trustee user</translation>
    </message>
    <message>
        <source>read a trustee user</source>
        <translation>read a trustee user</translation>
    </message>
    <message>
        <source>remove a trustee user</source>
        <translation>remove a trustee user</translation>
    </message>
    <message>
        <source>read a trustee user&apos;s roles</source>
        <translation>read a trustee user&apos;s roles</translation>
    </message>
    <message>
        <source>set a trustee user&apos;s roles</source>
        <translation>set a trustee user&apos;s roles</translation>
    </message>
    <message>
        <source>take every role from a trustee user</source>
        <translation>take every role from a trustee user</translation>
    </message>
    <message>
        <source>list the trustor organizations</source>
        <translation>list the trustor organizations</translation>
    </message>
    <message>
        <source>read a trustor organization</source>
        <translation>read a trustor organization</translation>
    </message>
    <message>
        <source>end the trust of a trustor organization</source>
        <translation>end the trust of a trustor organization</translation>
    </message>
    <message>
        <source>list the users a trustor lets in</source>
        <translation>list the users a trustor lets in</translation>
    </message>
    <message>
        <source>read a trustor user</source>
        <translation>read a trustor user</translation>
    </message>
    <message>
        <source>add a trustor user</source>
        <translation>add a trustor user</translation>
    </message>
    <message>
        <source>remove a trustor user</source>
        <translation>remove a trustor user</translation>
    </message>
</context>
<context>
    <name>OrgDataLoader</name>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Permission catalog</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
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
        <translation>Trustee users</translation>
    </message>
    <message>
        <source>Trustor users</source>
        <translation>Trustor users</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Not permitted</translation>
    </message>
</context>
<context>
    <name>OrgDiff</name>
    <message numerus="yes">
        <source>Roles added (%n):</source>
        <translation>
            <numerusform>Roles added (%n):</numerusform>
            <numerusform>Roles added (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles removed (%n):</source>
        <translation>
            <numerusform>Roles removed (%n):</numerusform>
            <numerusform>Roles removed (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles changed (%n):</source>
        <translation>
            <numerusform>Roles changed (%n):</numerusform>
            <numerusform>Roles changed (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>(condition)</source>
        <translation>(condition)</translation>
    </message>
    <message numerus="yes">
        <source>The snapshots have the same roles (%n).</source>
        <translation>
            <numerusform>The snapshots have the same roles (%n).</numerusform>
            <numerusform>The snapshots have the same roles (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 the same.</source>
        <translation>%1 added, %2 removed, %3 changed, %4 the same.</translation>
    </message>
</context>
<context>
    <name>OrgSession</name>
    <message>
        <source>Loading the users of the organization</source>
        <translation>Loading the users of the organization</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Loading the organization</translation>
    </message>
</context>
<context>
    <name>PairingBook</name>
    <message>
        <source>the remembered pairings</source>
        <translation>the remembered pairings</translation>
    </message>
    <message>
        <source>%1 does not hold pairings RoleDesk can read.</source>
        <translation>%1 does not hold pairings RoleDesk can read.</translation>
    </message>
</context>
<context>
    <name>PairingLookup</name>
    <message>
        <source>Paste the pairing id the other organization sent.</source>
        <translation>Paste the pairing id the other organization sent.</translation>
    </message>
    <message>
        <source>This pairing was made by this organization: accept it while connected to the organization it asks access to.</source>
        <translation>This pairing was made by this organization: accept it while connected to the organization it asks access to.</translation>
    </message>
    <message>
        <source>No pairing has the id %1: check the id the other organization sent.</source>
        <translation>No pairing has the id %1: check the id the other organization sent.</translation>
    </message>
    <message>
        <source>The pairing %1 has expired: ask the other organization for a new one. (%2)</source>
        <translation>The pairing %1 has expired: ask the other organization for a new one. (%2)</translation>
    </message>
</context>
<context>
    <name>PairingRequest</name>
    <message>
        <source>Choose at least one of this organization&apos;s users for the pairing.</source>
        <translation>Choose at least one of this organization&apos;s users for the pairing.</translation>
    </message>
    <message>
        <source>Remembering the pairing</source>
        <translation>Remembering the pairing</translation>
    </message>
</context>
<context>
    <name>PermissionCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
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
        <translation>Label</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Division aware</source>
        <translation>Division aware</translation>
    </message>
</context>
<context>
    <name>PermissionTreeModel</name>
    <message>
        <source>Granted by the wildcard policy %1</source>
        <translation>Granted by the wildcard policy %1</translation>
    </message>
    <message>
        <source>Granted only when %1</source>
        <translation>Granted only when %1</translation>
    </message>
    <message>
        <source>This role</source>
        <translation>This role</translation>
    </message>
    <message>
        <source>Wildcard %1</source>
        <translation>Wildcard %1</translation>
    </message>
    <message>
        <source>This role, with a condition</source>
        <translation>This role, with a condition</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Granted by</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>&quot;%1&quot; is not a Genesys Cloud region.</source>
        <translation>&quot;%1&quot; is not a Genesys Cloud region.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client credentials) to connect.</source>
        <translation>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client credentials) to connect.</translation>
    </message>
    <message>
        <source>Choose at least one default role to restore.</source>
        <translation>Choose at least one default role to restore.</translation>
    </message>
    <message>
        <source>Say whether the new trust is enabled.</source>
        <translation>Say whether the new trust is enabled.</translation>
    </message>
    <message>
        <source>Say whether the trust is enabled.</source>
        <translation>Say whether the trust is enabled.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Cannot make the folder %1 private.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Cannot write %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): %3</source>
        <translation>Cannot read %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is too large to be %2: it holds %3, and at most %4 are read.</source>
        <translation>%1 is too large to be %2: it holds %3, and at most %4 are read.</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>The secure connection to %1 failed: %2. Check the region and the system&apos;s certificates.</source>
        <translation>The secure connection to %1 failed: %2. Check the region and the system&apos;s certificates.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Could not connect to %1: %2.</translation>
    </message>
    <message>
        <source>The connection was lost after the change was sent, so it may or may not have been applied. Reload before trying again.</source>
        <translation>The connection was lost after the change was sent, so it may or may not have been applied. Reload before trying again.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds (tried %2 times).</source>
        <translation>The server did not answer within %1 seconds (tried %2 times).</translation>
    </message>
    <message>
        <source>The connection to the server was lost (tried %1 times): %2</source>
        <translation>The connection to the server was lost (tried %1 times): %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>unreadable answer</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
    <message>
        <source>The change was applied, but the server&apos;s answer could not be read (%1). Reload to see the result.</source>
        <translation>The change was applied, but the server&apos;s answer could not be read (%1). Reload to see the result.</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>server error %1</translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation>The server answered %1 with no details.</translation>
    </message>
    <message>
        <source>The server answered %1 with something other than an API error: %2</source>
        <translation>The server answered %1 with something other than an API error: %2</translation>
    </message>
    <message>
        <source>The change may not have been applied; reload before trying again.</source>
        <translation>The change may not have been applied; reload before trying again.</translation>
    </message>
    <message>
        <source>No client credentials are set for this connection.</source>
        <translation>No client credentials are set for this connection.</translation>
    </message>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation>The login service could not be reached: %1</translation>
    </message>
    <message>
        <source>Login was refused (HTTP %1): %2</source>
        <translation>Login was refused (HTTP %1): %2</translation>
    </message>
    <message>
        <source>check the client id and secret</source>
        <translation>check the client id and secret</translation>
    </message>
    <message>
        <source>The server is busy and asks to wait %1 before the next request; RoleDesk does not wait longer than %2. Try again later.</source>
        <translation>The server is busy and asks to wait %1 before the next request; RoleDesk does not wait longer than %2. Try again later.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: sign in again to continue.</source>
        <translation>Signed out: sign in again to continue.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>You are not allowed to do this: %1</translation>
    </message>
    <message>
        <source>You are not allowed to %1: %2</source>
        <translation>You are not allowed to %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>You need %1 for this.</source>
        <translation>You need %1 for this.</translation>
    </message>
    <message>
        <source>You need %1 to %2.</source>
        <translation>You need %1 to %2.</translation>
    </message>
</context>
<context>
    <name>RequestPairingDialog</name>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copy id</translation>
    </message>
    <message>
        <source>Request access to another organization</source>
        <translation>Request access to another organization</translation>
    </message>
    <message>
        <source>Choose the users of this organization who need access. RoleDesk makes a pairing; send its id to the other organization&apos;s admin, who accepts it there and chooses their roles.</source>
        <translation>Choose the users of this organization who need access. RoleDesk makes a pairing; send its id to the other organization&apos;s admin, who accepts it there and chooses their roles.</translation>
    </message>
    <message>
        <source>Pairing id:</source>
        <translation>Pairing id:</translation>
    </message>
    <message>
        <source>&amp;Make pairing</source>
        <translation>&amp;Make pairing</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Only roles that need an update</source>
        <translation>Only roles that need an update</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Reset every default role</source>
        <translation>Reset every default role</translation>
    </message>
    <message>
        <source>Restore default roles</source>
        <translation>Restore default roles</translation>
    </message>
    <message>
        <source>Every default role of %1 goes back to its shipped definition: whatever was added to one is removed, whatever was removed is granted again. Custom roles stay as they are. Review the preview, then type the organization&apos;s name.</source>
        <translation>Every default role of %1 goes back to its shipped definition: whatever was added to one is removed, whatever was removed is granted again. Custom roles stay as they are. Review the preview, then type the organization&apos;s name.</translation>
    </message>
    <message>
        <source>Check the default roles to restore, then Preview: nothing is written before you confirm. To undo only some differences instead, use &quot;Take back checked&quot; in a comparison with the default.</source>
        <translation>Check the default roles to restore, then Preview: nothing is written before you confirm. To undo only some differences instead, use &quot;Take back checked&quot; in a comparison with the default.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Default roles</translation>
    </message>
    <message>
        <source>Organization name, to confirm</source>
        <translation>Organization name, to confirm</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Type &quot;%1&quot; to confirm:</translation>
    </message>
    <message>
        <source>%1 (needs update)</source>
        <translation>%1 (needs update)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n role(s) with their defaults…</source>
        <translation>
            <numerusform>Comparing %n role with its default…</numerusform>
            <numerusform>Comparing %n roles with their defaults…</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>The preview failed: %1</translation>
    </message>
    <message>
        <source>Previewing the restore</source>
        <translation>Previewing the restore</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Cannot preview: %1</translation>
    </message>
    <message>
        <source>Will be removed (%1)</source>
        <translation>Will be removed (%1)</translation>
    </message>
    <message>
        <source>Will be granted again (%1)</source>
        <translation>Will be granted again (%1)</translation>
    </message>
    <message>
        <source>Condition will be reset (%1)</source>
        <translation>Condition will be reset (%1)</translation>
    </message>
    <message>
        <source>Name goes back to &quot;%1&quot;</source>
        <translation>Name goes back to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Description goes back to the default&apos;s</source>
        <translation>Description goes back to the default&apos;s</translation>
    </message>
    <message>
        <source>Also held by trustee users: %1</source>
        <translation>Also held by trustee users: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The server&apos;s comparison disagrees on %n permission(s).</source>
        <translation>
            <numerusform>⚠ The server&apos;s comparison disagrees on %n permission.</numerusform>
            <numerusform>⚠ The server&apos;s comparison disagrees on %n permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>already its default</source>
        <translation>already its default</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the roles will change. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n of the roles will change. Nothing has been written yet.</numerusform>
            <numerusform>%n of the roles will change. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n role(s)</source>
        <translation>
            <numerusform>Reset %n role</numerusform>
            <numerusform>Reset %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n role(s)</source>
        <translation>
            <numerusform>Restore %n role</numerusform>
            <numerusform>Restore %n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the checked roles first</source>
        <translation>Preview the checked roles first</translation>
    </message>
    <message>
        <source>Type the organization&apos;s name to confirm</source>
        <translation>Type the organization&apos;s name to confirm</translation>
    </message>
    <message>
        <source>Saving the roles as they are, then restoring…</source>
        <translation>Saving the roles as they are, then restoring…</translation>
    </message>
    <message>
        <source>✓ restored</source>
        <translation>✓ restored</translation>
    </message>
    <message>
        <source>not in the server&apos;s answer</source>
        <translation>not in the server&apos;s answer</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n default role(s). Undo a restore (in Compare) puts them back.</source>
        <translation>
            <numerusform>Restored %n default role. Undo a restore (in Compare) puts it back.</numerusform>
            <numerusform>Restored %n default roles. Undo a restore (in Compare) puts them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation>Restore point: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Restoring default roles</source>
        <translation>Restoring default roles</translation>
    </message>
    <message numerus="yes">
        <source>%n trustee user(s)</source>
        <translation>
            <numerusform>%n trustee user</numerusform>
            <numerusform>%n trustee users</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost, so the change may have been applied. Reload (F5) to see the roles as they are now; any restore point written stays in Undo a restore.</source>
        <translation>The answer was lost, so the change may have been applied. Reload (F5) to see the roles as they are now; any restore point written stays in Undo a restore.</translation>
    </message>
</context>
<context>
    <name>RestorePoint</name>
    <message>
        <source>%1 is not a restore point RoleDesk can read.</source>
        <translation>%1 is not a restore point RoleDesk can read.</translation>
    </message>
    <message>
        <source>%1 holds a role RoleDesk cannot read.</source>
        <translation>%1 holds a role RoleDesk cannot read.</translation>
    </message>
    <message>
        <source>the restore point</source>
        <translation>the restore point</translation>
    </message>
    <message>
        <source>a restore point</source>
        <translation>a restore point</translation>
    </message>
</context>
<context>
    <name>RestoreUndo</name>
    <message>
        <source>This restore point belongs to %1, not to the organization you are connected to.</source>
        <translation>This restore point belongs to %1, not to the organization you are connected to.</translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <source>Filter roles</source>
        <translation>Filter roles</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Roles here</translation>
    </message>
</context>
<context>
    <name>RoleDeletion</name>
    <message>
        <source>Master Admin cannot be deleted: every organization keeps it, so that someone can always administer the organization.</source>
        <translation>Master Admin cannot be deleted: every organization keeps it, so that someone can always administer the organization.</translation>
    </message>
</context>
<context>
    <name>RoleDiff</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 compared with %2</translation>
    </message>
    <message>
        <source>+ granted only by %1, - granted only by %2, ~ condition differs</source>
        <translation>+ granted only by %1, - granted only by %2, ~ condition differs</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</translation>
    </message>
    <message>
        <source>(%1: %2; %3: %4)</source>
        <translation>(%1: %2; %3: %4)</translation>
    </message>
    <message>
        <source>no condition</source>
        <translation>no condition</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>if %1</translation>
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
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>RoleDraft</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Rename to &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edit description</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Grant %1</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
    <message>
        <source>Set the condition of %1</source>
        <translation>Set the condition of %1</translation>
    </message>
    <message>
        <source>Remove the condition of %1</source>
        <translation>Remove the condition of %1</translation>
    </message>
    <message numerus="yes">
        <source>Take back %n default(s)</source>
        <translation>
            <numerusform>Take back %n default</numerusform>
            <numerusform>Take back %n defaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) of %1</source>
        <translation>
            <numerusform>%n permission of %1</numerusform>
            <numerusform>%n permissions of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditSession</name>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>The draft could not be kept on disk: %1</source>
        <translation>The draft could not be kept on disk: %1</translation>
    </message>
    <message>
        <source>The role “%1” no longer exists; its recovered draft opens as a new role.</source>
        <translation>The role “%1” no longer exists; its recovered draft opens as a new role.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>Recovered unsaved changes</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved the role “%1”.</source>
        <translation>Saved the role “%1”.</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s version of “%1”.</source>
        <translation>Loaded the server&apos;s version of “%1”.</translation>
    </message>
    <message>
        <source>Apply mine on top of theirs</source>
        <translation>Apply mine on top of theirs</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Assigned only</source>
        <translation>Assigned only</translation>
    </message>
    <message>
        <source>Edit condition…</source>
        <translation>Edit condition…</translation>
    </message>
    <message>
        <source>Select a role to see and edit its permissions, or create one with New role.</source>
        <translation>Select a role to see and edit its permissions, or create one with New role.</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Role name</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Role description</translation>
    </message>
    <message>
        <source>What this role is for</source>
        <translation>What this role is for</translation>
    </message>
    <message>
        <source>Filter permissions, e.g. &quot;queue edit&quot;</source>
        <translation>Filter permissions, e.g. &quot;queue edit&quot;</translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation>Filter the role&apos;s permissions</translation>
    </message>
    <message>
        <source>Show only the permissions this role grants</source>
        <translation>Show only the permissions this role grants</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Permissions of the role</translation>
    </message>
    <message>
        <source>JSON that Save sends</source>
        <translation>JSON that Save sends</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
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
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation>Untitled role</translation>
    </message>
    <message>
        <source>%1 — new, not saved yet</source>
        <translation>%1 — new, not saved yet</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — unsaved changes</translation>
    </message>
    <message>
        <source>Policy %1: %2</source>
        <translation>Policy %1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>this role grants nothing yet; clear Assigned only to add permissions</source>
        <translation>this role grants nothing yet; clear Assigned only to add permissions</translation>
    </message>
    <message>
        <source>nothing matches the filter</source>
        <translation>nothing matches the filter</translation>
    </message>
    <message>
        <source>Select a permission to see its condition.</source>
        <translation>Select a permission to see its condition.</translation>
    </message>
    <message>
        <source>%1 is not granted.</source>
        <translation>%1 is not granted.</translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2) when: %3</source>
        <translation>Granted by policy %1 (%2) when: %3</translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2), without a condition.</source>
        <translation>Granted by policy %1 (%2), without a condition.</translation>
    </message>
    <message>
        <source>A wildcard policy cannot have a condition.</source>
        <translation>A wildcard policy cannot have a condition.</translation>
    </message>
    <message>
        <source>Not every action of this policy allows conditions.</source>
        <translation>Not every action of this policy allows conditions.</translation>
    </message>
    <message>
        <source>Read-only: a snapshot, or you may not edit roles</source>
        <translation>Read-only: a snapshot, or you may not edit roles</translation>
    </message>
    <message numerus="yes">
        <source>Grants %1 of the catalog&apos;s %n permission(s), wildcards expanded</source>
        <translation>
            <numerusform>Grants %1 of the catalog&apos;s %n permission, wildcards expanded</numerusform>
            <numerusform>Grants %1 of the catalog&apos;s %n permissions, wildcards expanded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name or description</source>
        <translation>Filter roles by name or description</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Filter roles</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Custom roles</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Default roles</translation>
    </message>
    <message>
        <source>Needing an update</source>
        <translation>Needing an update</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Grants permission… e.g. routing:queue:edit</source>
        <translation>Grants permission… e.g. routing:queue:edit</translation>
    </message>
    <message>
        <source>Roles that grant a permission</source>
        <translation>Roles that grant a permission</translation>
    </message>
    <message>
        <source>Only roles whose policies grant this permission, wildcards included. A complete domain:entity:action is also asked of the server.</source>
        <translation>Only roles whose policies grant this permission, wildcards included. A complete domain:entity:action is also asked of the server.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Asking the server for roles that grant %1</source>
        <translation>Asking the server for roles that grant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 of %n role</numerusform>
            <numerusform>%1 of %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server lists %n role(s) granting %1</source>
        <translation>
            <numerusform>the server lists %n role granting %1</numerusform>
            <numerusform>the server lists %n roles granting %1</numerusform>
        </translation>
    </message>
    <message>
        <source>type a whole permission, domain:entity:action; the field completes it</source>
        <translation>type a whole permission, domain:entity:action; the field completes it</translation>
    </message>
    <message>
        <source>%1 is not in the catalog: only a wildcard grants it</source>
        <translation>%1 is not in the catalog: only a wildcard grants it</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <source>if %1</source>
        <translation>if %1</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1 does not grant %2</translation>
    </message>
    <message>
        <source>%1 grants %2 %3</source>
        <translation>%1 grants %2 %3</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
</context>
<context>
    <name>RoleMerge</name>
    <message>
        <source>You both renamed the role.</source>
        <translation>You both renamed the role.</translation>
    </message>
    <message>
        <source>You both changed the description.</source>
        <translation>You both changed the description.</translation>
    </message>
    <message>
        <source>Your edits change a condition (%1): save yours over theirs, or load theirs and edit again.</source>
        <translation>Your edits change a condition (%1): save yours over theirs, or load theirs and edit again.</translation>
    </message>
    <message numerus="yes">
        <source>You both changed %n permission(s): %1</source>
        <translation>
            <numerusform>You both changed %n permission: %1</numerusform>
            <numerusform>You both changed %n permissions: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The two edits cannot be combined safely (%1).</source>
        <translation>The two edits cannot be combined safely (%1).</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>Based on %1</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Needs update</translation>
    </message>
    <message>
        <source>The default this role comes from has changed since it was last restored.</source>
        <translation>The default this role comes from has changed since it was last restored.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Default role</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (unsaved)</translation>
    </message>
    <message>
        <source>This role has unsaved changes in the editor.</source>
        <translation>This role has unsaved changes in the editor.</translation>
    </message>
    <message>
        <source>Permission strings the role lists: a wildcard such as routing:*:* counts once. The editor counts the concrete permissions they grant.</source>
        <translation>Permission strings the role lists: a wildcard such as routing:*:* counts once. The editor counts the concrete permissions they grant.</translation>
    </message>
    <message>
        <source>Permission strings</source>
        <translation>Permission strings</translation>
    </message>
</context>
<context>
    <name>RoleUsersPanel</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove from role</source>
        <translation>Remove from role</translation>
    </message>
    <message>
        <source>Roles of this user…</source>
        <translation>Roles of this user…</translation>
    </message>
    <message>
        <source>Add a user: type a name or an email</source>
        <translation>Add a user: type a name or an email</translation>
    </message>
    <message>
        <source>Find a user to add</source>
        <translation>Find a user to add</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Users who hold the role</source>
        <translation>Users who hold the role</translation>
    </message>
    <message>
        <source>Save the role first to assign users.</source>
        <translation>Save the role first to assign users.</translation>
    </message>
    <message>
        <source>Offline: users are not available.</source>
        <translation>Offline: users are not available.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Loading users…</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>The users could not be loaded.</translation>
    </message>
    <message>
        <source>Loading the users of the role</source>
        <translation>Loading the users of the role</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this role</source>
        <translation>
            <numerusform>%n user holds this role</numerusform>
            <numerusform>%n users hold this role</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or an email first.</source>
        <translation>Type a name or an email first.</translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;; pick one from the list.</source>
        <translation>No single user matches &quot;%1&quot;; pick one from the list.</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 already holds this role.</translation>
    </message>
    <message>
        <source>Adding %1 to the role</source>
        <translation>Adding %1 to the role</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Remove users</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from this role?

%1</source>
        <translation>
            <numerusform>Remove %n user from this role?

%1</numerusform>
            <numerusform>Remove %n users from this role?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing users from the role</source>
        <translation>Removing users from the role</translation>
    </message>
</context>
<context>
    <name>RoleValidation</name>
    <message>
        <source>A role needs a name.</source>
        <translation>A role needs a name.</translation>
    </message>
    <message>
        <source>Another role is already named &quot;%1&quot;.</source>
        <translation>Another role is already named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Edit history</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation>Copy role</translation>
    </message>
    <message>
        <source>A new role with the name &quot;Copy of …&quot; and all policies of the selected role</source>
        <translation>A new role with the name &quot;Copy of …&quot; and all policies of the selected role</translation>
    </message>
    <message>
        <source>Delete role…</source>
        <translation>Delete role…</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Save role</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Save the role (Ctrl+Return)</source>
        <translation>Save the role (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
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
        <translation>Filter the role&apos;s permissions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation>Untitled role</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The role “%1” has unsaved changes.</source>
        <translation>The role “%1” has unsaved changes.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Save them before you go on?</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Delete the role “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>%n user holds this role and will lose its permissions.</numerusform>
            <numerusform>%n users hold this role and will lose its permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user holds this role.</source>
        <translation>No user holds this role.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted the role “%1”.</source>
        <translation>Deleted the role “%1”.</translation>
    </message>
    <message>
        <source>Deleting the role “%1”</source>
        <translation>Deleting the role “%1”</translation>
    </message>
    <message>
        <source>Saving the role “%1”</source>
        <translation>Saving the role “%1”</translation>
    </message>
    <message>
        <source>Not saved: the role changed on the server.</source>
        <translation>Not saved: the role changed on the server.</translation>
    </message>
    <message>
        <source>User&apos;s roles…</source>
        <translation>User&apos;s roles…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>See and set the roles of any user (Ctrl+U)</source>
        <translation>See and set the roles of any user (Ctrl+U)</translation>
    </message>
    <message>
        <source>Loading the users of the organization…</source>
        <translation>Loading the users of the organization…</translation>
    </message>
    <message>
        <source>User&apos;s roles</source>
        <translation>User&apos;s roles</translation>
    </message>
    <message>
        <source>User (type a name or an email):</source>
        <translation>User (type a name or an email):</translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;.</source>
        <translation>No single user matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the role before deleting it</source>
        <translation>Reading the role before deleting it</translation>
    </message>
    <message>
        <source>This default role has an update: its shipped definition changed. Compare it with its default to see what differs.</source>
        <translation>This default role has an update: its shipped definition changed. Compare it with its default to see what differs.</translation>
    </message>
    <message>
        <source>Compare with default</source>
        <translation>Compare with default</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Mark as up to date</translation>
    </message>
    <message>
        <source>Clear the &quot;needs update&quot; flag without changing the role</source>
        <translation>Clear the &quot;needs update&quot; flag without changing the role</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the open role with its default, unsaved edits included (Ctrl+D)</source>
        <translation>Compare the open role with its default, unsaved edits included (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n difference(s) from the default in the draft of %1; save it to apply.</source>
        <translation>
            <numerusform>Took back %n difference from the default in the draft of %1; save it to apply.</numerusform>
            <numerusform>Took back %n differences from the default in the draft of %1; save it to apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as up to date.</source>
        <translation>%1 is marked as up to date.</translation>
    </message>
    <message>
        <source>Marking %1 as up to date</source>
        <translation>Marking %1 as up to date</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>On the server now</translation>
    </message>
    <message>
        <source>As you saved it</source>
        <translation>As you saved it</translation>
    </message>
    <message>
        <source>Changed right after your save</source>
        <translation>Changed right after your save</translation>
    </message>
    <message>
        <source>Your changes to “%1” were saved, but the role was changed again right after, by someone else or by another tool.</source>
        <translation>Your changes to “%1” were saved, but the role was changed again right after, by someone else or by another tool.</translation>
    </message>
    <message>
        <source>RoleDesk now shows the role as it is on the server. “Show Details…” lists what was changed after your save.</source>
        <translation>RoleDesk now shows the role as it is on the server. “Show Details…” lists what was changed after your save.</translation>
    </message>
    <message>
        <source>Undo the last change to the role (Ctrl+Z)</source>
        <translation>Undo the last change to the role (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show every change since the role was opened (Ctrl+H)</source>
        <translation>Show every change since the role was opened (Ctrl+H)</translation>
    </message>
    <message>
        <source>Discard changes: go back to the role as it is saved</source>
        <translation>Discard changes: go back to the role as it is saved</translation>
    </message>
    <message>
        <source>Select the role to copy first.</source>
        <translation>Select the role to copy first.</translation>
    </message>
    <message>
        <source>Who can do this?</source>
        <translation>Who can do this?</translation>
    </message>
    <message>
        <source>The roles that grant this permission and the people who hold them</source>
        <translation>The roles that grant this permission and the people who hold them</translation>
    </message>
</context>
<context>
    <name>SearchIndexModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
            <numerusform>%n trustee user</numerusform>
            <numerusform>%n trustee users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of our users</source>
        <translation>
            <numerusform>%n of our users</numerusform>
            <numerusform>%n of our users</numerusform>
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
        <translation>Reading who is signed in</translation>
    </message>
    <message>
        <source>Reading your permissions</source>
        <translation>Reading your permissions</translation>
    </message>
</context>
<context>
    <name>SignInBanner</name>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Open the sign-in page in your browser</source>
        <translation>Open the sign-in page in your browser</translation>
    </message>
    <message>
        <source>Sign in with your account to load the organization. The sign-in page opens in your browser.</source>
        <translation>Sign in with your account to load the organization. The sign-in page opens in your browser.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. What RoleDesk was doing waits, and nothing is lost: sign in again to go on.</source>
        <translation>Your sign-in has expired. What RoleDesk was doing waits, and nothing is lost: sign in again to go on.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. RoleDesk goes on as soon as you have.</source>
        <translation>Finish signing in in your browser. RoleDesk goes on as soon as you have.</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>Signing in did not work: %1</translation>
    </message>
    <message>
        <source>You are signed out. Sign in to work with the organization again.</source>
        <translation>You are signed out. Sign in to work with the organization again.</translation>
    </message>
    <message>
        <source>Open the page again…</source>
        <translation>Open the page again…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>The snapshot is damaged at %1%2: %3</source>
        <translation>The snapshot is damaged at %1%2: %3</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot: it is not a JSON object (%1).</source>
        <translation>This is not a RoleDesk snapshot: it is not a JSON object (%1).</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot.</source>
        <translation>This is not a RoleDesk snapshot.</translation>
    </message>
    <message>
        <source>This snapshot has format version %1; this RoleDesk reads version %2.</source>
        <translation>This snapshot has format version %1; this RoleDesk reads version %2.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s organization is damaged: %1</source>
        <translation>The snapshot&apos;s organization is damaged: %1</translation>
    </message>
    <message>
        <source>A trustee in the snapshot is damaged: %1</source>
        <translation>A trustee in the snapshot is damaged: %1</translation>
    </message>
    <message>
        <source>A trustee user in the snapshot is damaged: %1</source>
        <translation>A trustee user in the snapshot is damaged: %1</translation>
    </message>
    <message>
        <source>A trustor in the snapshot is damaged: %1</source>
        <translation>A trustor in the snapshot is damaged: %1</translation>
    </message>
    <message>
        <source>the snapshot</source>
        <translation>the snapshot</translation>
    </message>
    <message>
        <source>a snapshot</source>
        <translation>a snapshot</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <source>Made %1 by %2 for %3.</source>
        <translation>Made %1 by %2 for %3.</translation>
    </message>
</context>
<context>
    <name>TrustListModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>within the hour</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Its users can work in this organization with the roles given here.</source>
        <translation>Its users can work in this organization with the roles given here.</translation>
    </message>
    <message>
        <source>Disabled: its users keep their roles here but cannot use them until the trust is enabled again.</source>
        <translation>Disabled: its users keep their roles here but cannot use them until the trust is enabled again.</translation>
    </message>
    <message>
        <source>This trust does not expire.</source>
        <translation>This trust does not expire.</translation>
    </message>
    <message>
        <source>Trustee users, of at most %1 per trust.</source>
        <translation>Trustee users, of at most %1 per trust.</translation>
    </message>
    <message>
        <source>The trust gives its users this organization&apos;s default role.</source>
        <translation>The trust gives its users this organization&apos;s default role.</translation>
    </message>
    <message>
        <source>The trust gives its users full access to this organization.</source>
        <translation>The trust gives its users full access to this organization.</translation>
    </message>
    <message>
        <source>The trust&apos;s users are trusted users here.</source>
        <translation>The trust&apos;s users are trusted users here.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Access there</source>
        <translation>Access there</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Our users</source>
        <translation>Our users</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Default role</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Full access</translation>
    </message>
    <message>
        <source>Trusted user</source>
        <translation>Trusted user</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>TrustMemberModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Added by %1</translation>
    </message>
    <message>
        <source>given by their admin there</source>
        <translation>given by their admin there</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>no roles</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Roles here</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>Roles there</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>reading…</translation>
    </message>
</context>
<context>
    <name>TrustPosture</name>
    <message numerus="yes">
        <source>%n expiring within 7 days</source>
        <translation>
            <numerusform>%n expiring within 7 days</numerusform>
            <numerusform>%n expiring within 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled, users still hold roles</source>
        <translation>
            <numerusform>%n disabled, users still hold roles</numerusform>
            <numerusform>%n disabled, users still hold roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a role here</source>
        <translation>
            <numerusform>%n user without a role here</numerusform>
            <numerusform>%n users without a role here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) who can edit roles or hold a * domain</source>
        <translation>
            <numerusform>%n user who can edit roles or hold a * domain</numerusform>
            <numerusform>%n users who can edit roles or hold a * domain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near the 25-user cap</source>
        <translation>
            <numerusform>%n near the 25-user cap</numerusform>
            <numerusform>%n near the 25-user cap</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrusteeCreation</name>
    <message>
        <source>Paste the pairing id the other organization sent.</source>
        <translation>Paste the pairing id the other organization sent.</translation>
    </message>
    <message>
        <source>Choose at least one user to let in.</source>
        <translation>Choose at least one user to let in.</translation>
    </message>
    <message>
        <source>A trust can hold at most %1 users; %2 are chosen.</source>
        <translation>A trust can hold at most %1 users; %2 are chosen.</translation>
    </message>
    <message>
        <source>Reading the new trust&apos;s users</source>
        <translation>Reading the new trust&apos;s users</translation>
    </message>
    <message>
        <source>This pairing was already used to create a trust; ask the other organization for a new one. (%1)</source>
        <translation>This pairing was already used to create a trust; ask the other organization for a new one. (%1)</translation>
    </message>
    <message>
        <source>No pairing has the id %1: check the id the other organization sent.</source>
        <translation>No pairing has the id %1: check the id the other organization sent.</translation>
    </message>
</context>
<context>
    <name>TrusteeSettingsDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Enabled</translation>
    </message>
    <message>
        <source>While the trust is disabled its users cannot work here, but they keep their roles: enabling it again gives them back the same access.</source>
        <translation>While the trust is disabled its users cannot work here, but they keep their roles: enabling it again gives them back the same access.</translation>
    </message>
    <message>
        <source>Trust with %1</source>
        <translation>Trust with %1</translation>
    </message>
    <message>
        <source>What %1&apos;s users may do here stays as it is.</source>
        <translation>What %1&apos;s users may do here stays as it is.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
</context>
<context>
    <name>TrusteeUpdate</name>
    <message>
        <source>The expiry must be in the future; clear it for a trust that does not expire.</source>
        <translation>The expiry must be in the future; clear it for a trust that does not expire.</translation>
    </message>
</context>
<context>
    <name>TrusteeUserAddition</name>
    <message>
        <source>Choose the user to add, or paste their id.</source>
        <translation>Choose the user to add, or paste their id.</translation>
    </message>
    <message>
        <source>%1 is already a user of this trust: change their roles instead.</source>
        <translation>%1 is already a user of this trust: change their roles instead.</translation>
    </message>
    <message>
        <source>%1 already has %2 of %2 users, the most a trust can hold: remove one first.</source>
        <translation>%1 already has %2 of %2 users, the most a trust can hold: remove one first.</translation>
    </message>
    <message>
        <source>Reading the new trustee user</source>
        <translation>Reading the new trustee user</translation>
    </message>
</context>
<context>
    <name>TrusteeUserChange</name>
    <message>
        <source>Choose at least one role, or remove all roles instead.</source>
        <translation>Choose at least one role, or remove all roles instead.</translation>
    </message>
</context>
<context>
    <name>TrusteeUserDialog</name>
    <message>
        <source>Add a user of %1</source>
        <translation>Add a user of %1</translation>
    </message>
    <message>
        <source>A requested user, or paste a user id</source>
        <translation>A requested user, or paste a user id</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>The trust has %1 of at most %2 users.</source>
        <translation>The trust has %1 of at most %2 users.</translation>
    </message>
    <message>
        <source>Roles of %1 here</source>
        <translation>Roles of %1 here</translation>
    </message>
    <message>
        <source>What %1 of %2 may do in this organization:</source>
        <translation>What %1 of %2 may do in this organization:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>&amp;Save roles</translation>
    </message>
    <message>
        <source>Choose at least one role for the new user.</source>
        <translation>Choose at least one role for the new user.</translation>
    </message>
</context>
<context>
    <name>TrustorUserChange</name>
    <message>
        <source>Choose one of this organization&apos;s users.</source>
        <translation>Choose one of this organization&apos;s users.</translation>
    </message>
    <message>
        <source>%1 is already a user in %2.</source>
        <translation>%1 is already a user in %2.</translation>
    </message>
</context>
<context>
    <name>TrustorUserDialog</name>
    <message>
        <source>Add one of our users to %1</source>
        <translation>Add one of our users to %1</translation>
    </message>
    <message>
        <source>The user can then sign in to %1, but %1&apos;s admin must still give them roles there.</source>
        <translation>The user can then sign in to %1, but %1&apos;s admin must still give them roles there.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>Choose one of this organization&apos;s users.</source>
        <translation>Choose one of this organization&apos;s users.</translation>
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
        <translation>Access to &amp;this organization</translation>
    </message>
    <message>
        <source>Organi&amp;zations that trust this one</source>
        <translation>Organi&amp;zations that trust this one</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>&amp;Pairings</translation>
    </message>
    <message>
        <source>Aud&amp;its</source>
        <translation>Aud&amp;its</translation>
    </message>
    <message>
        <source>Show the matching rows</source>
        <translation>Show the matching rows</translation>
    </message>
    <message>
        <source>Trust posture:</source>
        <translation>Trust posture:</translation>
    </message>
    <message>
        <source>Trustee users</source>
        <translation>Trustee users</translation>
    </message>
    <message>
        <source>Organizations whose users may work in this one, and what each of those users may do here.</source>
        <translation>Organizations whose users may work in this one, and what each of those users may do here.</translation>
    </message>
    <message>
        <source>&amp;Accept a pairing…</source>
        <translation>&amp;Accept a pairing…</translation>
    </message>
    <message>
        <source>Let another organization in: paste the pairing id its admin sent you.</source>
        <translation>Let another organization in: paste the pairing id its admin sent you.</translation>
    </message>
    <message>
        <source>Enable, disable or &amp;expire…</source>
        <translation>Enable, disable or &amp;expire…</translation>
    </message>
    <message>
        <source>&amp;Delete trust…</source>
        <translation>&amp;Delete trust…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Read the trust and its users again.</source>
        <translation>Read the trust and its users again.</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Add &amp;user…</translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation>Remove all roles…</translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation>Remove user…</translation>
    </message>
    <message>
        <source>No organization has access to this one. To let one in, ask its admin for a pairing id and accept it here.</source>
        <translation>No organization has access to this one. To let one in, ask its admin for a pairing id and accept it here.</translation>
    </message>
    <message>
        <source>Our users there</source>
        <translation>Our users there</translation>
    </message>
    <message>
        <source>Organizations that let this one in. Their admins decide what our users may do there; here you choose which of our users go.</source>
        <translation>Organizations that let this one in. Their admins decide what our users may do there; here you choose which of our users go.</translation>
    </message>
    <message>
        <source>&amp;Leave trust…</source>
        <translation>&amp;Leave trust…</translation>
    </message>
    <message>
        <source>Add one of our users…</source>
        <translation>Add one of our users…</translation>
    </message>
    <message>
        <source>No organization gives this one access. Ask one for access under Pairings.</source>
        <translation>No organization gives this one access. Ask one for access under Pairings.</translation>
    </message>
    <message>
        <source>Pairing id</source>
        <translation>Pairing id</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pairings this organization asked for</source>
        <translation>Pairings this organization asked for</translation>
    </message>
    <message>
        <source>To work in another organization, ask it for access: RoleDesk makes a pairing naming some of our users; its admin accepts the pairing id there. Pairings made here are remembered until you forget them.</source>
        <translation>To work in another organization, ask it for access: RoleDesk makes a pairing naming some of our users; its admin accepts the pairing id there. Pairings made here are remembered until you forget them.</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copy id</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>&amp;Look up again</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>No pairing made here is remembered for this organization.</source>
        <translation>No pairing made here is remembered for this organization.</translation>
    </message>
    <message>
        <source>Read-only: this is a snapshot, or there is no connection.</source>
        <translation>Read-only: this is a snapshot, or there is no connection.</translation>
    </message>
    <message>
        <source>The trust already has %1 users, the most it can hold.</source>
        <translation>The trust already has %1 users, the most it can hold.</translation>
    </message>
    <message>
        <source>Users of %1 — %2 / %3</source>
        <translation>Users of %1 — %2 / %3</translation>
    </message>
    <message>
        <source>Choose an organization to see its users here.</source>
        <translation>Choose an organization to see its users here.</translation>
    </message>
    <message>
        <source>Our users in %1</source>
        <translation>Our users in %1</translation>
    </message>
    <message>
        <source>Choose an organization to see our users there.</source>
        <translation>Choose an organization to see our users there.</translation>
    </message>
    <message>
        <source>Showing: %1 · &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Showing: %1 · &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Remembering the accepted pairing</source>
        <translation>Remembering the accepted pairing</translation>
    </message>
    <message>
        <source>%1 now has access to this organization.</source>
        <translation>%1 now has access to this organization.</translation>
    </message>
    <message>
        <source>The trust with %1 is enabled.</source>
        <translation>The trust with %1 is enabled.</translation>
    </message>
    <message>
        <source>The trust with %1 is disabled; its users keep their roles.</source>
        <translation>The trust with %1 is disabled; its users keep their roles.</translation>
    </message>
    <message>
        <source>Delete the trust</source>
        <translation>Delete the trust</translation>
    </message>
    <message>
        <source>Delete the trust with %1? Its users lose all access to this organization.</source>
        <translation>Delete the trust with %1? Its users lose all access to this organization.</translation>
    </message>
    <message>
        <source>The trust has no users.</source>
        <translation>The trust has no users.</translation>
    </message>
    <message numerus="yes">
        <source>These %n user(s) lose access: %1.</source>
        <translation>
            <numerusform>This user loses access: %1.</numerusform>
            <numerusform>These %n users lose access: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trust</source>
        <translation>Delete trust</translation>
    </message>
    <message>
        <source>Deleting the trust with %1</source>
        <translation>Deleting the trust with %1</translation>
    </message>
    <message>
        <source>The trust with %1 is deleted.</source>
        <translation>The trust with %1 is deleted.</translation>
    </message>
    <message>
        <source>Reading the trust again</source>
        <translation>Reading the trust again</translation>
    </message>
    <message>
        <source>The trust is up to date.</source>
        <translation>The trust is up to date.</translation>
    </message>
    <message>
        <source>The user is added to the trust.</source>
        <translation>The user is added to the trust.</translation>
    </message>
    <message>
        <source>The roles are saved.</source>
        <translation>The roles are saved.</translation>
    </message>
    <message>
        <source>Remove all roles</source>
        <translation>Remove all roles</translation>
    </message>
    <message>
        <source>Remove every role %1 of %2 has here?</source>
        <translation>Remove every role %1 of %2 has here?</translation>
    </message>
    <message>
        <source>They stay a user of the trust, but can do nothing in this organization until they are given roles again.</source>
        <translation>They stay a user of the trust, but can do nothing in this organization until they are given roles again.</translation>
    </message>
    <message>
        <source>Removing the roles of %1</source>
        <translation>Removing the roles of %1</translation>
    </message>
    <message>
        <source>%1 has no role here now.</source>
        <translation>%1 has no role here now.</translation>
    </message>
    <message>
        <source>Remove the user</source>
        <translation>Remove the user</translation>
    </message>
    <message>
        <source>Remove %1 from the trust with %2?</source>
        <translation>Remove %1 from the trust with %2?</translation>
    </message>
    <message>
        <source>%1 loses all access to this organization; the other users keep theirs.</source>
        <translation>%1 loses all access to this organization; the other users keep theirs.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Removing %1 from the trust</source>
        <translation>Removing %1 from the trust</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 is removed.</translation>
    </message>
    <message>
        <source>The user is added; the other organization&apos;s admin must still give them roles there.</source>
        <translation>The user is added; the other organization&apos;s admin must still give them roles there.</translation>
    </message>
    <message>
        <source>Remove our user</source>
        <translation>Remove our user</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Remove %1 from %2?</translation>
    </message>
    <message>
        <source>%1 can no longer work in %2.</source>
        <translation>%1 can no longer work in %2.</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>Removing %1 from %2</translation>
    </message>
    <message>
        <source>Leave the trust</source>
        <translation>Leave the trust</translation>
    </message>
    <message>
        <source>Leave the trust %1 gave this organization?</source>
        <translation>Leave the trust %1 gave this organization?</translation>
    </message>
    <message>
        <source>None of our users is there.</source>
        <translation>None of our users is there.</translation>
    </message>
    <message numerus="yes">
        <source>These %n user(s) of ours lose access to %1: %2.</source>
        <translation>
            <numerusform>This user of ours loses access to %1: %2.</numerusform>
            <numerusform>These %n users of ours lose access to %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave trust</source>
        <translation>Leave trust</translation>
    </message>
    <message>
        <source>Leaving the trust with %1</source>
        <translation>Leaving the trust with %1</translation>
    </message>
    <message>
        <source>This organization no longer works in %1.</source>
        <translation>This organization no longer works in %1.</translation>
    </message>
    <message>
        <source>Reading the remembered pairings</source>
        <translation>Reading the remembered pairings</translation>
    </message>
    <message>
        <source>Pairing %1 made: send its id to the other organization&apos;s admin.</source>
        <translation>Pairing %1 made: send its id to the other organization&apos;s admin.</translation>
    </message>
    <message>
        <source>Looking up pairing %1</source>
        <translation>Looking up pairing %1</translation>
    </message>
    <message>
        <source>Forgetting the pairing</source>
        <translation>Forgetting the pairing</translation>
    </message>
    <message>
        <source>Pairing %1 is still valid. %2</source>
        <translation>Pairing %1 is still valid. %2</translation>
    </message>
    <message>
        <source>Read this user again</source>
        <translation>Read this user again</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <source>Reading the user again</source>
        <translation>Reading the user again</translation>
    </message>
    <message>
        <source>The user is up to date.</source>
        <translation>The user is up to date.</translation>
    </message>
    <message>
        <source>Reading the roles of trustee users</source>
        <translation>Reading the roles of trustee users</translation>
    </message>
    <message>
        <source>Chan&amp;ge roles…</source>
        <translation>Chan&amp;ge roles…</translation>
    </message>
    <message>
        <source>Re&amp;quest access to another organization…</source>
        <translation>Re&amp;quest access to another organization…</translation>
    </message>
</context>
<context>
    <name>UndoRestoreDialog</name>
    <message>
        <source>Put back</source>
        <translation>Put back</translation>
    </message>
    <message>
        <source>Undo a restore</source>
        <translation>Undo a restore</translation>
    </message>
    <message>
        <source>Before each restore, RoleDesk saved the roles it changed. Putting a restore point back replaces those roles with the saved copies; later edits to them are lost.</source>
        <translation>Before each restore, RoleDesk saved the roles it changed. Putting a restore point back replaces those roles with the saved copies; later edits to them are lost.</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Restore points</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>There is no restore point for %1 yet.</source>
        <translation>There is no restore point for %1 yet.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n role(s)</source>
        <translation>
            <numerusform>Put back %n role</numerusform>
            <numerusform>Put back %n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace these roles with their copies from %1?</source>
        <translation>Replace these roles with their copies from %1?</translation>
    </message>
    <message numerus="yes">
        <source>Putting %n role(s) back…</source>
        <translation>
            <numerusform>Putting %n role back…</numerusform>
            <numerusform>Putting %n roles back…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n role(s).</source>
        <translation>
            <numerusform>Put back %n role.</numerusform>
            <numerusform>Put back %n roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back %1 of %2 roles. Not put back: %3</source>
        <translation>Put back %1 of %2 roles. Not put back: %3</translation>
    </message>
    <message>
        <source>Nothing was put back: %1</source>
        <translation>Nothing was put back: %1</translation>
    </message>
    <message>
        <source>Undoing a restore</source>
        <translation>Undoing a restore</translation>
    </message>
</context>
<context>
    <name>UserChecklist</name>
    <message>
        <source>Filter by name or email</source>
        <translation>Filter by name or email</translation>
    </message>
    <message>
        <source>This organization&apos;s users</source>
        <translation>This organization&apos;s users</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
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
        <translation>Loading the user&apos;s roles…</translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation>Remove all roles…</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation>Roles of the user</translation>
    </message>
    <message>
        <source>Check the roles %1 should hold:</source>
        <translation>Check the roles %1 should hold:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>The roles could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading the roles of %1</source>
        <translation>Loading the roles of %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n role(s).</source>
        <translation>
            <numerusform>%1 holds %n role.</numerusform>
            <numerusform>%1 holds %n roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Remove roles</translation>
    </message>
    <message numerus="yes">
        <source>%1 will lose %n role(s):

%2</source>
        <translation>
            <numerusform>%1 will lose %n role:

%2</numerusform>
            <numerusform>%1 will lose %n roles:

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. %1 holds %n role(s).</source>
        <translation>
            <numerusform>Saved. %1 holds %n role.</numerusform>
            <numerusform>Saved. %1 holds %n roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Setting the roles of %1</source>
        <translation>Setting the roles of %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Not removed: %1</translation>
    </message>
    <message>
        <source>Removing all roles of %1</source>
        <translation>Removing all roles of %1</translation>
    </message>
</context>
</TS>
