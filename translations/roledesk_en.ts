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
        <translation>
            <numerusform>%n permission in %1 domains</numerusform>
            <numerusform>%n permissions in %1 domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches in %n domain(s)</source>
        <translation>
            <numerusform>Matches in %n domain</numerusform>
            <numerusform>Matches in %n domains</numerusform>
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
    <name>ConditionDialog</name>
    <message>
        <source>Condition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy %1 grants &lt;b&gt;%2&lt;/b&gt; only when this condition holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &lt;i&gt;variable OPERATOR value&lt;/i&gt;, with EQ, GE, GT, LE, LT (one value) or IN (a list in parentheses). Values: &quot;text&quot;, $variable, user:id, queue:id or team:id, each id optionally followed by its &quot;name&quot;. Join terms with AND or OR; use parentheses to mix them.&lt;br&gt;Example: &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a condition, or choose Remove condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>A group must join its terms with AND or OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group must hold at least one condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every condition needs a variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator of %1 must be EQ, IN, GE, GT, LE or LT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 takes exactly one value; use IN for a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 value of %2 has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of %1 has the unknown type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionText::Parser</name>
    <message>
        <source>Unexpected text here; join terms with AND or OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quoted value has no closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND and OR are mixed here; use parentheses to say which comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition is missing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing parenthesis is missing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable name such as Queue.id is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator is expected here: EQ, IN, GE, GT, LE or LT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comma or a closing parenthesis is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable name is expected after $.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is expected here: &quot;text&quot;, $variable, user:id, queue:id or team:id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is expected after %1:.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you opened this role, it was changed on the server. Nothing has been saved. Compare the changes and choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; — changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; — not saved</source>
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
        <translation>
            <numerusform>Connection works: logged in, %n product enabled.</numerusform>
            <numerusform>Connection works: logged in, %n products enabled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
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
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
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
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRecoveryPrompt</name>
    <message>
        <source>Untitled role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleDesk kept unsaved changes to the role “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are probably from a session that ended unexpectedly. Restore them in the editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
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
        <source>Roles</source>
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
        <translation>
            <numerusform>Loaded %n role</numerusform>
            <numerusform>Loaded %n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 s — rate limited</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoleDesk[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — RoleDesk</source>
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
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>This organization is shown from a snapshot (or not connected): it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the roles again</source>
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
    <name>OrgSession</name>
    <message>
        <source>Loading the users of the organization</source>
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
    <name>PermissionTreeModel</name>
    <message>
        <source>Granted by the wildcard policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted only when %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role, with a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
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
    <name>RoleDraft</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the condition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the condition of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditSession</name>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept on disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” no longer exists; its recovered draft opens as a new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the server&apos;s version of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Assigned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role to see and edit its permissions, or create one with New role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this role is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter permissions, e.g. &quot;queue edit&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the permissions this role grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that Save sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — new, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Grants %1 of %n permission(s) in the catalog</source>
        <translation>
            <numerusform>Grants %1 of %n permission in the catalog</numerusform>
            <numerusform>Grants %1 of %n permissions in the catalog</numerusform>
        </translation>
    </message>
    <message>
        <source>this role grants nothing yet; clear Assigned only to add permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a permission to see its condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2) when: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2), without a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard policy cannot have a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every action of this policy allows conditions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles</source>
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
        <source>Only roles whose policies grant this permission, wildcards included. A complete domain:entity:action is also asked of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for roles that grant %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 (unsaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This role has unsaved changes in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleUsersPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of this user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user: type a name or an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a user to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who hold the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the role first to assign users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: users are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the users of the role</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleValidation</name>
    <message>
        <source>A role needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another role is already named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role with the name &quot;Copy of …&quot; and all policies of the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the role (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change since the role was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the role changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and set the roles of any user (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the users of the organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (type a name or an email):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the role before deleting it</source>
        <translation type="unfinished"></translation>
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
    <name>TrustTreeModel</name>
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
    <message>
        <source>Expires %1</source>
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
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization / user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization / our user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
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
        <source>Permissions there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustsPage</name>
    <message>
        <source>Trustees</source>
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
        <source>No organization has access to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization gives this one access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRolesDialog</name>
    <message>
        <source>Loading the user&apos;s roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the roles %1 should hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the roles of %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing all roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
