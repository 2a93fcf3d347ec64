<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Filter permissions: type words of a name or label, e.g. &quot;queue view&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) in %1 domains</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches in %n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No permission matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in (default: in the user&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with a saved connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this API base URL, with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a window: save everything of the organization (roles, catalog, products, trusts) to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot needs --sandbox, --profile NAME or --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Genesys Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other — a base URL of my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://gateway.example.com (http only for this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (client credentials grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in RoleDesk&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The secret is kept for this session only and must be entered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a local sandbox organization with realistic data; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in and read the organization&apos;s products, without connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved, but the secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection works: logged in, %n product(s) enabled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected errors, with their context ids, for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3 [code %4, contextId %5]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Go to role, permission or trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a role, permission, trustee or trustor name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret service answered on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RoleDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — RoleDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the organization (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a role with its default or another role (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission catalog (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products enabled for the organization (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustees and trustors (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products enabled for this organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing a role with its default, or two roles, is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to any role, permission, trustee or trustor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RoleDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RoleDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;A console for Genesys Cloud authorization: roles, permissions, default roles, assignments and organization trusts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 — offline, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 s — rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgDataLoader</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustee users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustor users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division aware</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>&quot;%1&quot; is not a Genesys Cloud region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client credentials) to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one default role to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the new trust is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the trust is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>The secure connection to %1 failed: %2. Check the region and the system&apos;s certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the change was sent, so it may or may not have been applied. Reload before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds (tried %2 times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost (tried %1 times): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was applied, but the server&apos;s answer could not be read (%1). Reload to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 with something other than an API error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may not have been applied; reload before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client credentials are set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login was refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the client id and secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default this role comes from has changed since it was last restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Filter roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants permission… e.g. routing:queue:edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that grant a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only roles whose policies grant this permission, wildcards included</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndexModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trustee user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of our users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>The snapshot is damaged at %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot: it is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot has format version %1; this RoleDesk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot&apos;s organization is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trustee in the snapshot is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trustee user in the snapshot is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trustor in the snapshot is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustsPage</name>
    <message>
        <source>Organization / user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization / our user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustees — organizations with access to ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustors — organizations that give us access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No organization has access to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization gives this one access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
