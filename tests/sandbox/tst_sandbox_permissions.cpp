// Every operation checks the permission ENDPOINTS.md lists for it, for a person signed in with
// the sign-in page: 403 with the real ErrorBody when it is missing, the operation itself when it
// is there. Ids are made up, so an allowed call ends in 400/404 and changes nothing.

#include "Sandbox.h"
#include "SandboxHttp.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kNone = u"00000000-0000-4000-8000-000000000000"_s;

// What each person's roles grant in the authorization domain (seed.json), as patterns.
const QHash<QString, QStringList>& grantsOf() {
    static const QHash<QString, QStringList> grants{
        {u"IT Administrator"_s, {u"*:*:*"_s}},
        {u"Role Editor"_s, {u"authorization:role:*"_s, u"authorization:grant:view"_s}},
        {u"Authorization Auditor"_s,
         {u"authorization:role:view"_s, u"authorization:grant:view"_s,
          u"authorization:orgTrustee:view"_s, u"authorization:orgTrustor:view"_s,
          u"authorization:orgTrusteeUser:view"_s, u"authorization:audit:view"_s}},
        {u"Trust Manager"_s,
         {u"authorization:orgTrustee:*"_s, u"authorization:orgTrustor:*"_s,
          u"authorization:orgTrusteeUser:*"_s, u"authorization:audit:view"_s,
          u"authorization:role:view"_s, u"authorization:grant:view"_s}},
        {u"Agent"_s, {}},
    };
    return grants;
}

bool matches(const QString& pattern, const QString& permission) {
    const QStringList p = pattern.split(u':');
    const QStringList q = permission.split(u':');
    for (int i = 0; i < 3; ++i)
        if (p[i] != "*"_L1 && p[i] != q[i])
            return false;
    return true;
}

bool has(const QString& person, const QString& permission) {
    for (const QString& pattern : grantsOf().value(person))
        if (matches(pattern, permission))
            return true;
    return false;
}

} // namespace

class TestSandboxPermissions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyOperationChecksItsPermission_data();
    void everyOperationChecksItsPermission();
    void theCheckFollowsTheRolesAsTheyAreNow();

private:
    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QHash<QString, QByteArray> m_tokens; // by person (title)
};

void TestSandboxPermissions::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_http = new SandboxHttp(*m_sandbox);
    for (const SandboxPerson& p : m_sandbox->people())
        m_tokens.insert(p.title, m_http->signIn(p.email));
    // An agent: Employee and Tier 1 Agent, nothing of the authorization domain.
    const QByteArray admin = m_http->loginHome();
    const HttpResult tier1 =
        m_http->get(u"/api/v2/authorization/roles?name=Tier%201%20Agent"_s, admin);
    const HttpResult members =
        m_http->get(u"/api/v2/authorization/roles/%1/users"_s.arg(tier1.firstEntityId()), admin);
    const HttpResult agent =
        m_http->get(u"/api/v2/users?id=%1"_s.arg(members.firstEntityId()), admin);
    m_tokens.insert(u"Agent"_s, m_http->signIn(agent.object()
                                                   .value("entities"_L1)
                                                   .toArray()
                                                   .first()
                                                   .toObject()
                                                   .value("email"_L1)
                                                   .toString()));
    QCOMPARE(m_tokens.size(), grantsOf().size());
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
}

void TestSandboxPermissions::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

void TestSandboxPermissions::everyOperationChecksItsPermission_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("needs");
    QTest::addColumn<bool>("all");

    const QString roles = u"/api/v2/authorization/roles"_s;
    const QString org = u"/api/v2/orgauthorization"_s;
    const QString role = roles + u'/' + kNone;
    const QString trustee = org + u"/trustees/"_s + kNone;
    const QString trustor = org + u"/trustors/"_s + kNone;
    auto row = [](const char* name, const QByteArray& method, const QString& path,
                  const QByteArray& body, const QStringList& needs, bool all = false) {
        QStringList full;
        for (const QString& n : needs)
            full.append(u"authorization:"_s + n);
        QTest::newRow(name) << method << path << body << full << all;
    };
    row("A1", "DELETE", role, {}, {u"role:delete"_s});
    row("A2", "DELETE", u"/api/v2/users/%1/roles"_s.arg(kNone), {}, {u"grant:delete"_s});
    row("A3", "GET", u"/api/v2/authorization/permissions"_s, {}, {});
    row("A4", "GET", u"/api/v2/authorization/products"_s, {}, {});
    row("A5", "GET", roles, {}, {u"role:view"_s});
    row("A6", "GET", role + u"/comparedefault/"_s + kNone, {}, {u"role:view"_s});
    row("A7", "GET", role, {}, {u"role:view"_s});
    row("A8", "GET", u"/api/v2/users/%1/roles"_s.arg(kNone), {}, {u"grant:view"_s});
    row("A9", "PATCH", role, "{}", {u"role:edit"_s});
    row("A10", "POST", roles, "{}", {u"role:add"_s});
    row("A11", "POST", roles + u"/default?force=maybe"_s, {}, {u"role:edit"_s});
    row("A12", "POST", role + u"/comparedefault/"_s + kNone, "{}", {u"role:view"_s});
    row("A13", "PUT", roles + u"/default"_s, "{}", {u"role:edit"_s});
    row("A14", "PUT", role, "{\"name\":\"x\"}", {u"role:edit"_s});
    row("A15", "PUT", role + u"/users/add"_s, "[]", {u"grant:add"_s});
    row("A16", "PUT", role + u"/users/remove"_s, "[]", {u"grant:delete"_s});
    row("A17", "PUT", u"/api/v2/users/%1/roles"_s.arg(kNone), "[]", {u"grant:add"_s});
    row("O1", "DELETE", trustee, {}, {u"orgTrustee:delete"_s});
    row("O2", "DELETE", trustee + u"/users/"_s + kNone, {}, {u"orgTrusteeUser:delete"_s});
    row("O3", "DELETE", trustee + u"/users/%1/roles"_s.arg(kNone), {},
        {u"orgTrusteeUser:delete"_s});
    row("O4", "DELETE", trustor, {}, {u"orgTrustor:delete"_s});
    row("O5", "DELETE", trustor + u"/users/"_s + kNone, {}, {u"orgTrusteeUser:delete"_s});
    row("O6", "GET", org + u"/pairings/"_s + kNone, {},
        {u"orgTrustee:view"_s, u"orgTrustor:view"_s});
    row("O7", "GET", trustee, {}, {u"orgTrustee:view"_s});
    row("O8", "GET", trustee + u"/users/"_s + kNone, {}, {u"orgTrusteeUser:view"_s});
    row("O9", "GET", trustee + u"/users/%1/roles"_s.arg(kNone), {}, {u"orgTrusteeUser:view"_s});
    row("O10", "GET", trustee + u"/users"_s, {}, {u"orgTrusteeUser:view"_s});
    row("O11", "GET", org + u"/trustees"_s, {}, {u"orgTrustee:view"_s});
    row("O12", "GET", trustor, {}, {u"orgTrustor:view"_s});
    row("O13", "GET", trustor + u"/users/"_s + kNone, {}, {u"orgTrusteeUser:view"_s});
    row("O14", "GET", trustor + u"/users"_s, {}, {u"orgTrusteeUser:view"_s});
    row("O15", "GET", org + u"/trustors"_s, {}, {u"orgTrustor:view"_s});
    row("O16", "POST", org + u"/pairings"_s, "{}", {u"orgTrustee:add"_s});
    row("O17", "POST", trustee + u"/users"_s, "{}", {u"orgTrusteeUser:add"_s});
    row("O18", "POST", org + u"/trustees"_s, "{}", {u"orgTrustee:add"_s, u"orgTrusteeUser:add"_s},
        true);
    row("O19", "POST", org + u"/trustees/audits"_s, "{}", {u"audit:view"_s});
    row("O20", "POST", org + u"/trustor/audits"_s, "{}", {u"audit:view"_s});
    row("O21", "PUT", trustee, "{}", {u"orgTrustee:edit"_s});
    row("O22", "PUT", trustee + u"/users/%1/roles"_s.arg(kNone), "[]", {u"orgTrusteeUser:edit"_s});
    row("O23", "PUT", trustor + u"/users/"_s + kNone, {}, {u"orgTrusteeUser:add"_s}, true);
    row("S1", "GET", u"/api/v2/users"_s, {}, {});
    row("S2", "GET", role + u"/users"_s, {}, {u"role:view"_s});
    row("S3", "GET", u"/api/v2/users/me"_s, {}, {});
    row("organizations/me", "GET", u"/api/v2/organizations/me"_s, {}, {});
}

void TestSandboxPermissions::everyOperationChecksItsPermission() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, needs);
    QFETCH(bool, all);
    int allowedSeen = 0;
    int refusedSeen = 0;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        const QString person = it.key();
        QStringList lacking;
        for (const QString& n : needs)
            if (!has(person, n))
                lacking.append(n);
        const bool allowed =
            needs.isEmpty() || (all ? lacking.isEmpty() : lacking.size() < needs.size());
        const HttpResult answer = m_http->call(method, path, it.value(), body);
        const QString context =
            u"%1 %2 as %3: %4 %5"_s.arg(QString::fromLatin1(method), path, person)
                .arg(answer.status)
                .arg(QString::fromUtf8(answer.body.left(300)));
        if (allowed) {
            ++allowedSeen;
            QVERIFY2(answer.status != 403 && answer.status != 401 && answer.status != 0,
                     qPrintable(context));
            continue;
        }
        ++refusedSeen;
        QVERIFY2(answer.status == 403, qPrintable(context));
        const QJsonObject e = answer.object();
        QCOMPARE(e.value("status"_L1).toInt(), 403);
        QCOMPARE(e.value("code"_L1).toString(),
                 all ? u"missing.permissions"_s : u"missing.any.permissions"_s);
        const QString listed =
            e.value("messageParams"_L1).toObject().value("permissions"_L1).toString();
        for (const QString& n : (all ? lacking : needs))
            QVERIFY2(listed.contains(n), qPrintable(context));
        QVERIFY2(e.value("message"_L1).toString().contains(listed), qPrintable(context));
        QVERIFY(!e.value("contextId"_L1).toString().isEmpty());
    }
    // Each row is seen both ways, unless it needs nothing.
    QVERIFY(allowedSeen > 0);
    QCOMPARE(refusedSeen > 0, !needs.isEmpty());
}

void TestSandboxPermissions::theCheckFollowsTheRolesAsTheyAreNow() {
    // The auditor may not create a role; given authorization:role:add on their role, they may,
    // on the very next request with the same token.
    const QByteArray auditor = m_tokens.value(u"Authorization Auditor"_s);
    const QByteArray body = "{\"name\":\"Made by the auditor\"}";
    QCOMPARE(m_http->call("POST", u"/api/v2/authorization/roles"_s, auditor, body).status, 403);
    const QByteArray admin = m_http->loginHome();
    const HttpResult listing =
        m_http->get(u"/api/v2/authorization/roles?name=Authorization%20Auditor"_s, admin);
    QJsonObject role = listing.object().value("entities"_L1).toArray().first().toObject();
    QJsonArray policies = role.value("permissionPolicies"_L1).toArray();
    policies.append(QJsonObject{{u"domain"_s, u"authorization"_s},
                                {u"entityName"_s, u"role"_s},
                                {u"actionSet"_s, QJsonArray{u"add"_s}}});
    const HttpResult saved = m_http->callJson(
        "PUT", u"/api/v2/authorization/roles/"_s + role.value("id"_L1).toString(), admin,
        QJsonObject{{u"name"_s, role.value("name"_L1)}, {u"permissionPolicies"_s, policies}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(m_http->call("POST", u"/api/v2/authorization/roles"_s, auditor, body).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxPermissions)
#include "tst_sandbox_permissions.moc"
