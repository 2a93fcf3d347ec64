<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
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
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roledesk: connection profiles are not available yet; start with --sandbox.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roledesk: the sandbox did not start: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
