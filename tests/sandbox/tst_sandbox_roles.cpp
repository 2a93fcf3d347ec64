// Roles, default roles, the catalog, products and people over real HTTP (A1-A17, S1, S2).

#include "Sandbox.h"
#include "SandboxHttp.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kRoles = u"/api/v2/authorization/roles"_s;
}

class TestSandboxRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void seedLooksLikeARealOrg();
    void pagingEnvelope_data();
    void pagingEnvelope();
    void badPagingGets400_data();
    void badPagingGets400();
    void roleFilters_data();
    void roleFilters();
    void arrayParametersBothForms();
    void sortBy();
    void getRole();
    void createUpdatePatchDelete();
    void listedRolesFollowEveryWrite();
    void createValidation_data();
    void createValidation();
    void namesAreUniqueBeyondAscii();
    void nameFiltersAreBounded();
    void conditionsAreValidated_data();
    void conditionsAreValidated();
    void unknownFieldsSurviveAPut();
    void stalePermissionsDoNotUndoAnEdit();
    void compareDefaultSavedAndUnsaved();
    void restoreDefaults();
    void restoreAllDefaultsWithAndWithoutForce();
    void roleMembers();
    void userRoles();
    void usersListing();
    void permissionsCatalog();
    void permissionQueries();
    void products();

private:
    QString roleId(const QString& name);
    QString userId(int index);

    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QByteArray m_token;
};

void TestSandboxRoles::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.maxPageSize = 100;
    m_sandbox = new Sandbox(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_http = new SandboxHttp(*m_sandbox);
    m_token = m_http->loginHome();
}

void TestSandboxRoles::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

QString TestSandboxRoles::roleId(const QString& name) {
    const QJsonArray roles =
        m_http->get(kRoles + u"?pageSize=100"_s, m_token).object().value("entities"_L1).toArray();
    for (const QJsonValue& r : roles)
        if (r.toObject().value("name"_L1).toString() == name)
            return r.toObject().value("id"_L1).toString();
    return {};
}

QString TestSandboxRoles::userId(int index) {
    return m_http->get(u"/api/v2/users?pageSize=100&state=any&sortOrder=ASC"_s, m_token)
        .object()
        .value("entities"_L1)
        .toArray()
        .at(index)
        .toObject()
        .value("id"_L1)
        .toString();
}

void TestSandboxRoles::seedLooksLikeARealOrg() {
    const QJsonObject listing = m_http->get(kRoles + u"?pageSize=100"_s, m_token).object();
    const QJsonArray roles = listing.value("entities"_L1).toArray();
    int defaults = 0, custom = 0, needsUpdate = 0, edited = 0;
    QStringList names;
    for (const QJsonValue& v : roles) {
        const QJsonObject r = v.toObject();
        names.append(r.value("name"_L1).toString());
        if (r.value("default"_L1).toBool()) {
            ++defaults;
            const HttpResult diff = m_http->get(
                kRoles
                    + u"/%1/comparedefault/%2"_s.arg(r.value("id"_L1).toString(),
                                                     r.value("defaultRoleId"_L1).toString()),
                m_token);
            QCOMPARE(diff.status, 200);
            if (!diff.object().value("addedPermissionPolicies"_L1).toArray().isEmpty()
                || !diff.object().value("removedPermissionPolicies"_L1).toArray().isEmpty())
                ++edited;
        } else {
            ++custom;
        }
        needsUpdate += r.value("roleNeedsUpdate"_L1).toBool() ? 1 : 0;
        QVERIFY(!r.value("permissions"_L1).toArray().isEmpty());
    }
    QVERIFY2(defaults >= 15, qPrintable(QString::number(defaults)));
    QVERIFY(custom >= 5);
    QVERIFY(needsUpdate >= 2);
    QVERIFY(edited >= 2);
    for (const QString& name :
         {u"Master Admin"_s, u"Admin"_s, u"Employee"_s, u"Supervisor"_s, u"User"_s,
          u"Communicate - User"_s, u"Communicate - Admin"_s, u"Outbound Admin"_s,
          u"Outbound Agent"_s, u"Telephony Admin"_s, u"Developer"_s, u"Quality Administrator"_s,
          u"Quality Evaluator"_s, u"Trusted External User"_s, u"People Admin"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    const QJsonObject employee =
        m_http->get(kRoles + u"/"_s + roleId(u"Employee"_s), m_token).object();
    QVERIFY(employee.value("userCount"_L1).toInt() >= 40);
}

void TestSandboxRoles::pagingEnvelope_data() {
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("path");
    for (int size : {1, 7, 25, 100}) {
        QTest::addRow("roles, %d", size) << size << kRoles;
        QTest::addRow("permissions, %d", size) << size << u"/api/v2/authorization/permissions"_s;
        QTest::addRow("users, %d", size) << size << u"/api/v2/users"_s;
    }
}

void TestSandboxRoles::pagingEnvelope() {
    QFETCH(int, pageSize);
    QFETCH(QString, path);
    const QJsonObject first = m_http->get(path + u"?pageSize=%1"_s.arg(pageSize), m_token).object();
    const int total = first.value("total"_L1).toInt();
    const int pageCount = first.value("pageCount"_L1).toInt();
    QVERIFY(total > 0);
    QCOMPARE(pageCount, (total + pageSize - 1) / pageSize);
    QCOMPARE(first.value("pageNumber"_L1).toInt(), 1);
    QCOMPARE(first.value("pageSize"_L1).toInt(), pageSize);
    QVERIFY(!first.contains("previousUri"_L1));
    QCOMPARE(first.contains("nextUri"_L1), pageCount > 1);
    QCOMPARE(first.value("lastUri"_L1).toString(),
             path + u"?pageSize=%1&pageNumber=%2"_s.arg(pageSize).arg(pageCount));
    // Following nextUri visits every item exactly once.
    QStringList ids;
    QJsonObject page = first;
    int pages = 1;
    for (;;) {
        for (const QJsonValue& e : page.value("entities"_L1).toArray())
            ids.append(e.toObject().value("id"_L1).toString());
        QVERIFY(page.value("entities"_L1).toArray().size() <= pageSize);
        if (!page.contains("nextUri"_L1))
            break;
        page = m_http->get(page.value("nextUri"_L1).toString(), m_token).object();
        QVERIFY(page.contains("previousUri"_L1));
        ++pages;
    }
    QCOMPARE(pages, pageCount);
    QCOMPARE(ids.size(), total);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), total);
    const QJsonObject beyond =
        m_http
            ->get(path + u"?pageSize=%1&pageNumber=%2"_s.arg(pageSize).arg(pageCount + 1), m_token)
            .object();
    QVERIFY(beyond.value("entities"_L1).toArray().isEmpty());
    QCOMPARE(beyond.value("total"_L1).toInt(), total);
}

void TestSandboxRoles::badPagingGets400_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("zero size") << u"pageSize=0"_s;
    QTest::newRow("negative page") << u"pageNumber=-1"_s;
    QTest::newRow("text") << u"pageSize=ten"_s;
    QTest::newRow("over max") << u"pageSize=101"_s;
}

void TestSandboxRoles::badPagingGets400() {
    QFETCH(QString, query);
    const HttpResult result = m_http->get(kRoles + u'?' + query, m_token);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), u"invalid.value"_s);
    QVERIFY(!result.object().value("details"_L1).toArray().isEmpty());
}

void TestSandboxRoles::roleFilters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");
    QTest::newRow("name substring")
        << u"name=quality"_s << QStringList{u"Quality Evaluator"_s, u"Quality Administrator"_s}
        << QStringList{u"Admin"_s};
    QTest::newRow("name wildcard, plus as space")
        << u"name=Tier+1*"_s << QStringList{u"Tier 1 Agent"_s} << QStringList{u"Tier 2 Agent"_s};
    QTest::newRow("a wildcard covers the whole name")
        << u"name=ad*"_s << QStringList{u"Admin"_s}
        << QStringList{u"Master Admin"_s, u"People Admin"_s, u"Communicate - Admin"_s};
    QTest::newRow("permission") << u"permission=recording:recording:view"_s
                                << QStringList{u"Queue Auditor"_s, u"Master Admin"_s,
                                               u"Supervisor"_s}
                                << QStringList{u"Employee"_s};
    QTest::newRow("two permissions, all required")
        << u"permission=quality:evaluation:view,recording:recording:view"_s
        << QStringList{u"Quality Evaluator"_s, u"Master Admin"_s}
        << QStringList{u"Queue Auditor"_s};
}

void TestSandboxRoles::roleFilters() {
    QFETCH(QString, query);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    QStringList names;
    for (const QJsonValue& v : m_http->get(kRoles + u"?pageSize=100&"_s + query, m_token)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray())
        names.append(v.toObject().value("name"_L1).toString());
    for (const QString& n : mustContain)
        QVERIFY2(names.contains(n), qPrintable(n + u" missing from "_s + names.join(u", "_s)));
    for (const QString& n : mustNotContain)
        QVERIFY2(!names.contains(n), qPrintable(n));
}

void TestSandboxRoles::arrayParametersBothForms() {
    const QString a = roleId(u"Admin"_s);
    const QString b = roleId(u"Employee"_s);
    const QJsonObject joined = m_http->get(kRoles + u"?id=%1,%2"_s.arg(a, b), m_token).object();
    const QJsonObject repeated =
        m_http->get(kRoles + u"?id=%1&id=%2"_s.arg(a, b), m_token).object();
    QCOMPARE(joined.value("total"_L1).toInt(), 2);
    QCOMPARE(repeated.value("entities"_L1), joined.value("entities"_L1));
    const QString employeeDefault =
        m_http->get(kRoles + u"/"_s + b, m_token).object().value("defaultRoleId"_L1).toString();
    const QJsonObject byDefault =
        m_http->get(kRoles + u"?defaultRoleId="_s + employeeDefault, m_token).object();
    QCOMPARE(byDefault.value("total"_L1).toInt(), 1);
    QCOMPARE(byDefault.value("entities"_L1).toArray().first().toObject().value("id"_L1).toString(),
             b);
}

void TestSandboxRoles::sortBy() {
    const QJsonArray byCount = m_http->get(kRoles + u"?pageSize=100&sortBy=userCount"_s, m_token)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray();
    for (qsizetype i = 1; i < byCount.size(); ++i)
        QVERIFY(byCount[i - 1].toObject().value("userCount"_L1).toInt()
                <= byCount[i].toObject().value("userCount"_L1).toInt());
    QCOMPARE(m_http->get(kRoles + u"?sortBy=colour"_s, m_token).status, 400);
    const QJsonArray noCount = m_http->get(kRoles + u"?userCount=false"_s, m_token)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray();
    QVERIFY(!noCount.first().toObject().contains("userCount"_L1));
}

void TestSandboxRoles::getRole() {
    const QString id = roleId(u"Supervisor"_s);
    const HttpResult result =
        m_http->get(kRoles + u"/"_s + id + u"?expand=unusedPermissions"_s, m_token);
    QCOMPARE(result.status, 200);
    const QJsonObject role = result.object();
    QCOMPARE(role.value("id"_L1).toString(), id);
    QCOMPARE(role.value("selfUri"_L1).toString(), kRoles + u"/"_s + id);
    QCOMPARE(role.value("userCount"_L1).toInt(), 4);
    QVERIFY(role.value("unusedPermissions"_L1).isArray());
    QVERIFY(
        role.value("permissionPolicies"_L1).toArray().first().toObject().contains("actionSet"_L1));
    QCOMPARE(m_http->get(kRoles + u"/"_s + id + u"?expand=everything"_s, m_token).status, 400);
    QCOMPARE(m_http->get(kRoles + u"/"_s + id + u"?userCount=maybe"_s, m_token).status, 400);
}

void TestSandboxRoles::createUpdatePatchDelete() {
    const QJsonObject policy{{u"domain"_s, u"routing"_s},
                             {u"entityName"_s, u"queue"_s},
                             {u"actionSet"_s, QJsonArray{u"view"_s, u"edit"_s}}};
    HttpResult created =
        m_http->callJson("POST", kRoles, m_token,
                         QJsonObject{{u"name"_s, u"Queue Keeper"_s},
                                     {u"description"_s, u"Keeps queues"_s},
                                     {u"permissionPolicies"_s, QJsonArray{policy}}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.object().value("permissions"_L1).toArray(),
             (QJsonArray{u"routing:queue:edit"_s, u"routing:queue:view"_s}));
    QCOMPARE(created.object().value("default"_L1).toBool(), false);

    HttpResult updated =
        m_http->callJson("PUT", kRoles + u"/"_s + id, m_token,
                         QJsonObject{{u"name"_s, u"Queue Keeper 2"_s},
                                     {u"permissions"_s, QJsonArray{u"directory:user:view"_s}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value("name"_L1).toString(), u"Queue Keeper 2"_s);
    QCOMPARE(updated.object().value("permissions"_L1).toArray(),
             QJsonArray{u"directory:user:view"_s});

    HttpResult patched = m_http->callJson("PATCH", kRoles + u"/"_s + id, m_token,
                                          QJsonObject{{u"roleNeedsUpdate"_s, true}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value("roleNeedsUpdate"_L1).toBool(), true);
    QCOMPARE(patched.object().value("name"_L1).toString(), u"Queue Keeper 2"_s);
    QCOMPARE(m_http->callJson("PATCH", kRoles + u"/"_s + id, m_token, QJsonObject{}).status, 400);

    QCOMPARE(m_http->call("DELETE", kRoles + u"/"_s + id, m_token).status, 204);
    QCOMPARE(m_http->get(kRoles + u"/"_s + id, m_token).status, 404);
    QCOMPARE(m_http->call("DELETE", kRoles + u"/"_s + id, m_token).status, 404);
    QCOMPARE(
        m_http->callJson("PUT", kRoles + u"/"_s + id, m_token, QJsonObject{{u"name"_s, u"x"_s}})
            .status,
        404);
    QCOMPARE(m_http
                 ->callJson("PATCH", kRoles + u"/missing"_s, m_token,
                            QJsonObject{{u"roleNeedsUpdate"_s, false}})
                 .status,
             404);
    const HttpResult master =
        m_http->call("DELETE", kRoles + u"/"_s + roleId(u"Master Admin"_s), m_token);
    QCOMPARE(master.status, 400);
    QCOMPARE(master.code(), u"role.delete.forbidden"_s);
}

// The listing serves rendered roles again until the store changes: every kind of write must
// show in the next page, and a page must say what a freshly rendered role says.
void TestSandboxRoles::listedRolesFollowEveryWrite() {
    const auto listed = [&](const QString& id, const QString& query = u"userCount=true"_s) {
        for (int page = 1;; ++page) {
            const QJsonObject listing =
                m_http
                    ->get(kRoles + u"?pageSize=100&pageNumber=%1&%2"_s.arg(page).arg(query),
                          m_token)
                    .object();
            for (const QJsonValue& v : listing.value("entities"_L1).toArray())
                if (v.toObject().value("id"_L1).toString() == id)
                    return v.toObject();
            if (page >= listing.value("pageCount"_L1).toInt())
                return QJsonObject();
        }
    };
    const HttpResult created =
        m_http->callJson("POST", kRoles, m_token,
                         QJsonObject{{u"name"_s, u"Cache Probe"_s},
                                     {u"permissions"_s, QJsonArray{u"routing:queue:view"_s}}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value("id"_L1).toString();
    QCOMPARE(listed(id).value("permissions"_L1).toArray(), QJsonArray{u"routing:queue:view"_s});
    QCOMPARE(listed(id).value("userCount"_L1).toInt(-1), 0);

    QCOMPARE(m_http
                 ->callJson("PUT", kRoles + u"/"_s + id, m_token,
                            QJsonObject{{u"name"_s, u"Cache Probe"_s},
                                        {u"description"_s, u"second"_s},
                                        {u"permissions"_s, QJsonArray{u"directory:user:view"_s}}})
                 .status,
             200);
    QJsonObject role = listed(id);
    QCOMPARE(role.value("description"_L1).toString(), u"second"_s);
    QCOMPARE(role.value("permissions"_L1).toArray(), QJsonArray{u"directory:user:view"_s});

    QCOMPARE(m_http
                 ->callJson("PATCH", kRoles + u"/"_s + id, m_token,
                            QJsonObject{{u"roleNeedsUpdate"_s, true}})
                 .status,
             200);
    QCOMPARE(listed(id).value("roleNeedsUpdate"_L1).toBool(), true);

    QCOMPARE(
        m_http->callJson("PUT", kRoles + u"/%1/users/add"_s.arg(id), m_token, QJsonArray{userId(5)})
            .status,
        200);
    QCOMPARE(listed(id).value("userCount"_L1).toInt(), 1);
    QVERIFY(!listed(id, u"userCount=false"_s).contains("userCount"_L1));

    // What the listing sends is what the role itself says, field for field.
    role = listed(id);
    QCOMPARE(role, m_http->get(kRoles + u"/"_s + id, m_token).object());

    QCOMPARE(m_http->call("DELETE", kRoles + u"/"_s + id, m_token).status, 204);
    QVERIFY(listed(id).isEmpty());
}

void TestSandboxRoles::createValidation_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << R"({"description":"x"})"_ba << u"required.field.missing"_s
                             << u"name"_s;
    QTest::newRow("blank name") << R"({"name":"   "})"_ba << u"required.field.missing"_s
                                << u"name"_s;
    QTest::newRow("duplicate name, other case")
        << R"({"name":"supervisor"})"_ba << u"role.name.exists"_s << u"name"_s;
    QTest::newRow("unknown domain")
        << R"({"name":"a","permissionPolicies":[{"domain":"nope","entityName":"x","actionSet":["view"]}]})"_ba
        << u"invalid.permission"_s << u"permissionPolicies[0].domain"_s;
    QTest::newRow("unknown entity")
        << R"({"name":"a","permissionPolicies":[{"domain":"routing","entityName":"kettle","actionSet":["view"]}]})"_ba
        << u"invalid.permission"_s << u"permissionPolicies[0].entityName"_s;
    QTest::newRow("unknown action")
        << R"({"name":"a","permissionPolicies":[{"domain":"routing","entityName":"queue","actionSet":["boil"]}]})"_ba
        << u"invalid.permission"_s << u"permissionPolicies[0].actionSet"_s;
    QTest::newRow("duplicate permission")
        << R"({"name":"a","permissionPolicies":[{"domain":"routing","entityName":"queue","actionSet":["view"]},{"domain":"routing","entityName":"queue","actionSet":["view"]}]})"_ba
        << u"duplicate.permission"_s << u"permissionPolicies[1].actionSet"_s;
    QTest::newRow("missing entity")
        << R"({"name":"a","permissionPolicies":[{"domain":"routing","actionSet":["view"]}]})"_ba
        << u"bad.request"_s << u"permissionPolicies[0].entityName"_s;
    QTest::newRow("bad permission string") << R"({"name":"a","permissions":["routing:queue"]})"_ba
                                           << u"invalid.permission"_s << u"permissions[0]"_s;
    QTest::newRow("NUL in the name")
        << R"({"name":"Ag\u0000ent"})"_ba << u"invalid.value"_s << u"name"_s;
    QTest::newRow("half a surrogate pair")
        << R"({"name":"Agent \ud83d"})"_ba << u"invalid.value"_s << u"name"_s;
    QTest::newRow("line break in the name")
        << R"({"name":"Agent\nTwo"})"_ba << u"invalid.value"_s << u"name"_s;
    QTest::newRow("bell in the description") << R"({"name":"Ringer","description":"ding\u0007"})"_ba
                                             << u"invalid.value"_s << u"description"_s;
}

void TestSandboxRoles::namesAreUniqueBeyondAscii() {
    const HttpResult first =
        m_http->call("POST", kRoles, m_token, R"({"name":"Émile Qualité"})"_ba);
    QCOMPARE(first.status, 200);
    for (const QByteArray& twin :
         {R"({"name":"émile qualité"})"_ba, R"({"name":"ÉMILE QUALITÉ "})"_ba}) {
        const HttpResult again = m_http->call("POST", kRoles, m_token, twin);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), u"role.name.exists"_s);
    }
    // Renaming another role onto it is refused the same way; the role itself may change case.
    const QString id = first.object().value("id"_L1).toString();
    QCOMPARE(
        m_http->call("PUT", kRoles + u'/' + id, m_token, R"({"name":"ÉMILE qualité"})"_ba).status,
        200);
    // Text a client can show, with line breaks, is fine in a description.
    QCOMPARE(m_http
                 ->call("POST", kRoles, m_token,
                        R"({"name":"Two lines","description":"one\ntwo\tthree"})"_ba)
                 .status,
             200);
}

void TestSandboxRoles::nameFiltersAreBounded() {
    const int all = m_http->get(kRoles, m_token).object().value("total"_L1).toInt();
    // Thousands of '*' are one '*': every role, answered at once.
    const HttpResult stars = m_http->get(kRoles + u"?name="_s + QString(5000, u'*'), m_token);
    QCOMPARE(stars.status, 200);
    QCOMPARE(stars.object().value("total"_L1).toInt(), all);
    const HttpResult many = m_http->get(kRoles + u"?name="_s + u"*a"_s.repeated(9), m_token);
    QCOMPARE(many.status, 400);
    QCOMPARE(many.code(), u"invalid.value"_s);
    QCOMPARE(m_http->get(kRoles + u"?name="_s + QString(201, u'a'), m_token).status, 400);
    QCOMPARE(m_http->get(kRoles + u"?name=Sup*r*"_s, m_token).object().value("total"_L1).toInt(),
             1);
}

void TestSandboxRoles::createValidation() {
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const int before = m_http->get(kRoles, m_token).object().value("total"_L1).toInt();
    const HttpResult result = m_http->call("POST", kRoles, m_token, body);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), code);
    QCOMPARE(result.object()
                 .value("details"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("fieldName"_L1)
                 .toString(),
             field);
    QVERIFY(!result.object().value("message"_L1).toString().isEmpty());
    QCOMPARE(m_http->get(kRoles, m_token).object().value("total"_L1).toInt(), before);
}

void TestSandboxRoles::conditionsAreValidated_data() {
    QTest::addColumn<QJsonObject>("policy");
    QTest::addColumn<int>("status");
    const QJsonObject leaf{
        {u"variableName"_s, u"Queue.id"_s},
        {u"operator"_s, u"EQ"_s},
        {u"operands"_s, QJsonArray{QJsonObject{{u"type"_s, u"SCALAR"_s}, {u"value"_s, u"q1"_s}}}}};
    auto policy = [](const QString& domain, const QString& entity, const QJsonObject& node) {
        return QJsonObject{{u"domain"_s, domain},
                           {u"entityName"_s, entity},
                           {u"actionSet"_s, QJsonArray{u"view"_s}},
                           {u"allowConditions"_s, true},
                           {u"resourceConditionNode"_s, node}};
    };
    QTest::newRow("leaf on queue") << policy(u"routing"_s, u"queue"_s, leaf) << 200;
    QTest::newRow("AND of leaves")
        << policy(u"routing"_s, u"queue"_s,
                  QJsonObject{{u"conjunction"_s, u"AND"_s}, {u"terms"_s, QJsonArray{leaf, leaf}}})
        << 200;
    QTest::newRow("not allowed on directory:user")
        << policy(u"directory"_s, u"user"_s, leaf) << 400;
    QJsonObject badOp = leaf;
    badOp.insert("operator"_L1, u"LIKE"_s);
    QTest::newRow("unknown operator") << policy(u"routing"_s, u"queue"_s, badOp) << 400;
    QTest::newRow("XOR") << policy(
        u"routing"_s, u"queue"_s,
        QJsonObject{{u"conjunction"_s, u"XOR"_s}, {u"terms"_s, QJsonArray{leaf}}})
                         << 400;
    QTest::newRow("empty terms") << policy(
        u"routing"_s, u"queue"_s,
        QJsonObject{{u"conjunction"_s, u"OR"_s}, {u"terms"_s, QJsonArray{}}})
                                 << 400;
    QJsonObject twoForEq = leaf;
    twoForEq.insert("operands"_L1,
                    QJsonArray{QJsonObject{{u"type"_s, u"SCALAR"_s}, {u"value"_s, u"a"_s}},
                               QJsonObject{{u"type"_s, u"SCALAR"_s}, {u"value"_s, u"b"_s}}});
    QTest::newRow("two operands for EQ") << policy(u"routing"_s, u"queue"_s, twoForEq) << 400;
    QJsonObject queueOperand = leaf;
    queueOperand.insert("operator"_L1, u"IN"_s);
    queueOperand.insert("operands"_L1, QJsonArray{QJsonObject{{u"type"_s, u"QUEUE"_s}}});
    QTest::newRow("QUEUE operand without id")
        << policy(u"routing"_s, u"queue"_s, queueOperand) << 400;
}

void TestSandboxRoles::conditionsAreValidated() {
    QFETCH(QJsonObject, policy);
    QFETCH(int, status);
    static int n = 0;
    const HttpResult result =
        m_http->callJson("POST", kRoles, m_token,
                         QJsonObject{{u"name"_s, u"Conditional %1"_s.arg(++n)},
                                     {u"permissionPolicies"_s, QJsonArray{policy}}});
    QCOMPARE(result.status, status);
    if (status == 200)
        QCOMPARE(result.object()
                     .value("permissionPolicies"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("resourceConditionNode"_L1)
                     .toObject(),
                 policy.value("resourceConditionNode"_L1).toObject());
    else
        QVERIFY(result.code() == u"invalid.condition"_s);
}

void TestSandboxRoles::unknownFieldsSurviveAPut() {
    const QJsonObject created =
        m_http
            ->callJson("POST", kRoles, m_token,
                       QJsonObject{{u"name"_s, u"Future Role"_s},
                                   {u"futureField"_s, QJsonObject{{u"a"_s, 1}}}})
            .object();
    const QString id = created.value("id"_L1).toString();
    QCOMPARE(created.value("futureField"_L1).toObject().value("a"_L1).toInt(), 1);
    QJsonObject role = m_http->get(kRoles + u"/"_s + id, m_token).object();
    role.insert("description"_L1, u"edited"_s);
    QCOMPARE(m_http->callJson("PUT", kRoles + u"/"_s + id, m_token, role).status, 200);
    const QJsonObject after = m_http->get(kRoles + u"/"_s + id, m_token).object();
    QCOMPARE(after.value("futureField"_L1).toObject().value("a"_L1).toInt(), 1);
    QCOMPARE(after.value("description"_L1).toString(), u"edited"_s);
}

void TestSandboxRoles::stalePermissionsDoNotUndoAnEdit() {
    // GET -> remove a policy -> PUT the whole object back, stale "permissions" list included.
    const QString id = roleId(u"Billing Specialist"_s);
    QJsonObject role = m_http->get(kRoles + u"/"_s + id, m_token).object();
    QJsonArray policies = role.value("permissionPolicies"_L1).toArray();
    const int before = int(role.value("permissions"_L1).toArray().size());
    const QJsonObject dropped = policies.takeAt(0).toObject();
    role.insert("permissionPolicies"_L1, policies);
    const HttpResult saved = m_http->callJson("PUT", kRoles + u"/"_s + id, m_token, role);
    QCOMPARE(saved.status, 200);
    const QJsonArray after =
        m_http->get(kRoles + u"/"_s + id, m_token).object().value("permissions"_L1).toArray();
    QCOMPARE(int(after.size()), before - int(dropped.value("actionSet"_L1).toArray().size()));
    for (const QJsonValue& a : dropped.value("actionSet"_L1).toArray())
        QVERIFY(!after.contains(dropped.value("domain"_L1).toString() + u':'
                                + dropped.value("entityName"_L1).toString() + u':' + a.toString()));
}

void TestSandboxRoles::compareDefaultSavedAndUnsaved() {
    const QJsonObject supervisor =
        m_http->get(kRoles + u"/"_s + roleId(u"Supervisor"_s), m_token).object();
    const QString path =
        kRoles
        + u"/%1/comparedefault/%2"_s.arg(supervisor.value("id"_L1).toString(),
                                         supervisor.value("defaultRoleId"_L1).toString());
    const QJsonObject diff = m_http->get(path, m_token).object();
    // The seed added recording:recording:editRetention and outbound:campaign:view, and removed
    // routing:wrapupCode:view.
    auto flatten = [](const QJsonArray& policies) {
        QStringList out;
        for (const QJsonValue& v : policies)
            for (const QJsonValue& a : v.toObject().value("actionSet"_L1).toArray())
                out.append(v.toObject().value("domain"_L1).toString() + u':'
                           + v.toObject().value("entityName"_L1).toString() + u':' + a.toString());
        out.sort();
        return out;
    };
    QCOMPARE(flatten(diff.value("addedPermissionPolicies"_L1).toArray()),
             (QStringList{u"outbound:campaign:view"_s, u"recording:recording:editRetention"_s}));
    QCOMPARE(flatten(diff.value("removedPermissionPolicies"_L1).toArray()),
             QStringList{u"routing:wrapupCode:view"_s});
    QVERIFY(!diff.value("samePermissionPolicies"_L1).toArray().isEmpty());
    QCOMPARE(diff.value("userOrgRole"_L1).toObject().value("id"_L1), supervisor.value("id"_L1));
    QCOMPARE(diff.value("roleFromDefault"_L1).toObject().value("name"_L1).toString(),
             u"Supervisor"_s);

    // POST: the unsaved draft is the left side; nothing is saved.
    QJsonObject draft = supervisor;
    draft.insert("permissionPolicies"_L1,
                 diff.value("roleFromDefault"_L1).toObject().value("permissionPolicies"_L1));
    const QJsonObject preview = m_http->callJson("POST", path, m_token, draft).object();
    QVERIFY(preview.value("addedPermissionPolicies"_L1).toArray().isEmpty());
    QVERIFY(preview.value("removedPermissionPolicies"_L1).toArray().isEmpty());
    QCOMPARE(m_http->get(path, m_token).object(), diff);
    QCOMPARE(m_http
                 ->get(kRoles + u"/missing/comparedefault/"_s
                           + supervisor.value("defaultRoleId"_L1).toString(),
                       m_token)
                 .status,
             404);
    QCOMPARE(
        m_http
            ->get(kRoles
                      + u"/%1/comparedefault/missing"_s.arg(supervisor.value("id"_L1).toString()),
                  m_token)
            .status,
        404);
    QCOMPARE(m_http->call("POST", path, m_token, "{").status, 400);
    QJsonObject invalid = draft;
    invalid.insert("permissionPolicies"_L1,
                   QJsonArray{QJsonObject{{u"domain"_s, u"nope"_s},
                                          {u"entityName"_s, u"x"_s},
                                          {u"actionSet"_s, QJsonArray{u"view"_s}}}});
    QCOMPARE(m_http->callJson("POST", path, m_token, invalid).status, 400);
}

void TestSandboxRoles::restoreDefaults() {
    const QString developer = roleId(u"Developer"_s);
    const QJsonObject before = m_http->get(kRoles + u"/"_s + developer, m_token).object();
    QVERIFY(before.value("roleNeedsUpdate"_L1).toBool());
    const int users = before.value("userCount"_L1).toInt();
    const HttpResult restored = m_http->callJson("PUT", kRoles + u"/default"_s, m_token,
                                                 QJsonArray{QJsonObject{{u"id"_s, developer}}});
    QCOMPARE(restored.status, 200);
    const QJsonArray entities = restored.object().value("entities"_L1).toArray();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.first().toObject().value("roleNeedsUpdate"_L1).toBool(), false);
    const QJsonObject diff =
        m_http
            ->get(kRoles
                      + u"/%1/comparedefault/%2"_s.arg(developer,
                                                       before.value("defaultRoleId"_L1).toString()),
                  m_token)
            .object();
    QVERIFY(diff.value("addedPermissionPolicies"_L1).toArray().isEmpty());
    QVERIFY(diff.value("removedPermissionPolicies"_L1).toArray().isEmpty());
    QCOMPARE(
        m_http->get(kRoles + u"/"_s + developer, m_token).object().value("userCount"_L1).toInt(),
        users);

    const HttpResult custom =
        m_http->callJson("PUT", kRoles + u"/default"_s, m_token,
                         QJsonArray{QJsonObject{{u"id"_s, roleId(u"Tier 1 Agent"_s)}}});
    QCOMPARE(custom.status, 400);
    QCOMPARE(custom.code(), u"role.not.default"_s);
    QCOMPARE(m_http
                 ->callJson("PUT", kRoles + u"/default"_s, m_token,
                            QJsonArray{QJsonObject{{u"id"_s, u"missing"_s}}})
                 .status,
             404);
    QCOMPARE(m_http->call("PUT", kRoles + u"/default"_s, m_token, "{}").status, 400);
}

void TestSandboxRoles::restoreAllDefaultsWithAndWithoutForce() {
    // Without force: only a missing default role comes back.
    const QString telephony = roleId(u"Telephony Admin"_s);
    QCOMPARE(m_http->call("DELETE", kRoles + u"/"_s + telephony, m_token).status, 204);
    const QString supervisor = roleId(u"Supervisor"_s);
    const QJsonArray supervisorPoliciesBefore = m_http->get(kRoles + u"/"_s + supervisor, m_token)
                                                    .object()
                                                    .value("permissionPolicies"_L1)
                                                    .toArray();
    HttpResult result = m_http->call("POST", kRoles + u"/default"_s, m_token);
    QCOMPARE(result.status, 200);
    QJsonArray added = result.object().value("entities"_L1).toArray();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().toObject().value("name"_L1).toString(), u"Telephony Admin"_s);
    QVERIFY(!roleId(u"Telephony Admin"_s).isEmpty());
    QCOMPARE(m_http->get(kRoles + u"/"_s + supervisor, m_token)
                 .object()
                 .value("permissionPolicies"_L1)
                 .toArray(),
             supervisorPoliciesBefore);
    const int customBefore = m_http->get(kRoles + u"/"_s + roleId(u"Tier 1 Agent"_s), m_token)
                                 .object()
                                 .value("permissions"_L1)
                                 .toArray()
                                 .size();

    // With force: every default role is reset, custom roles are untouched.
    result = m_http->call("POST", kRoles + u"/default?force=true"_s, m_token);
    QCOMPARE(result.status, 200);
    QVERIFY(result.object().value("entities"_L1).toArray().size() >= 15);
    for (const QJsonValue& v : m_http->get(kRoles + u"?pageSize=100"_s, m_token)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray()) {
        const QJsonObject r = v.toObject();
        if (!r.value("default"_L1).toBool())
            continue;
        QVERIFY(!r.value("roleNeedsUpdate"_L1).toBool());
        const QJsonObject diff =
            m_http
                ->get(kRoles
                          + u"/%1/comparedefault/%2"_s.arg(r.value("id"_L1).toString(),
                                                           r.value("defaultRoleId"_L1).toString()),
                      m_token)
                .object();
        QVERIFY2(diff.value("addedPermissionPolicies"_L1).toArray().isEmpty(),
                 qPrintable(r.value("name"_L1).toString()));
        QVERIFY(diff.value("removedPermissionPolicies"_L1).toArray().isEmpty());
    }
    QCOMPARE(m_http->get(kRoles + u"/"_s + roleId(u"Tier 1 Agent"_s), m_token)
                 .object()
                 .value("permissions"_L1)
                 .toArray()
                 .size(),
             customBefore);
    QCOMPARE(m_http->call("POST", kRoles + u"/default?force=perhaps"_s, m_token).status, 400);
}

void TestSandboxRoles::roleMembers() {
    const QString role = roleId(u"Knowledge Editor"_s);
    const QString a = userId(3);
    const QString b = userId(4);
    HttpResult added =
        m_http->callJson("PUT", kRoles + u"/%1/users/add"_s.arg(role), m_token, QJsonArray{a, b});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.array(), (QJsonArray{a, b}));
    QJsonObject members =
        m_http->get(kRoles + u"/%1/users?pageSize=1"_s.arg(role), m_token).object();
    QCOMPARE(members.value("total"_L1).toInt(), 2);
    QCOMPARE(members.value("pageCount"_L1).toInt(), 2);
    QVERIFY(!members.contains("nextUri"_L1)); // UserReferenceEntityListing has no URIs
    QVERIFY(members.value("entities"_L1)
                .toArray()
                .first()
                .toObject()
                .value("selfUri"_L1)
                .toString()
                .startsWith(u"/api/v2/users/"_s));
    QCOMPARE(m_http->get(kRoles + u"/"_s + role, m_token).object().value("userCount"_L1).toInt(),
             2);
    QCOMPARE(
        m_http->callJson("PUT", kRoles + u"/%1/users/remove"_s.arg(role), m_token, QJsonArray{a})
            .status,
        200);
    QCOMPARE(m_http->get(kRoles + u"/"_s + role, m_token).object().value("userCount"_L1).toInt(),
             1);
    const HttpResult unknownUser = m_http->callJson("PUT", kRoles + u"/%1/users/add"_s.arg(role),
                                                    m_token, QJsonArray{u"ghost"_s});
    QCOMPARE(unknownUser.status, 404);
    QCOMPARE(unknownUser.object().value("entityId"_L1).toString(), u"ghost"_s);
    QCOMPARE(m_http->get(kRoles + u"/"_s + role, m_token).object().value("userCount"_L1).toInt(),
             1);
    QCOMPARE(
        m_http->callJson("PUT", kRoles + u"/missing/users/add"_s, m_token, QJsonArray{a}).status,
        404);
    QCOMPARE(
        m_http->call("PUT", kRoles + u"/%1/users/add"_s.arg(role), m_token, R"({"id":1})").status,
        400);
    QCOMPARE(m_http->get(kRoles + u"/missing/users"_s, m_token).status, 404);
}

void TestSandboxRoles::userRoles() {
    const QString user = userId(10);
    const QString path = u"/api/v2/users/%1/roles"_s.arg(user);
    QJsonObject auth = m_http->get(path, m_token).object();
    QVERIFY(!auth.value("roles"_L1).toArray().isEmpty());
    QVERIFY(!auth.value("permissions"_L1).toArray().isEmpty());
    QVERIFY(auth.value("permissionPolicies"_L1)
                .toArray()
                .first()
                .toObject()
                .contains("actionSetKey"_L1));
    const QString a = roleId(u"Bot Builder"_s);
    const QString b = roleId(u"Journey Analyst"_s);
    const HttpResult set = m_http->callJson("PUT", path, m_token, QJsonArray{a, b});
    QCOMPARE(set.status, 200);
    QStringList names;
    for (const QJsonValue& r : set.object().value("roles"_L1).toArray())
        names.append(r.toObject().value("name"_L1).toString());
    names.sort();
    QCOMPARE(names, (QStringList{u"Bot Builder"_s, u"Journey Analyst"_s}));
    QVERIFY(set.object().value("permissions"_L1).toArray().contains(u"dialog:*:*"_s));
    QCOMPARE(m_http->callJson("PUT", path, m_token, QJsonArray{u"no-role"_s}).status, 404);
    QCOMPARE(m_http->get(path, m_token).object().value("roles"_L1).toArray().size(), 2);
    QCOMPARE(m_http->call("DELETE", path, m_token).status, 204);
    QVERIFY(m_http->get(path, m_token).object().value("roles"_L1).toArray().isEmpty());
    QCOMPARE(m_http->get(u"/api/v2/users/ghost/roles"_s, m_token).status, 404);
    QCOMPARE(m_http->call("DELETE", u"/api/v2/users/ghost/roles"_s, m_token).status, 404);
    // A partner org's user is not a user of this org.
    const QByteArray partner = m_http->login(m_http->org(1));
    const QString partnerUser = m_http->get(u"/api/v2/users"_s, partner).firstEntityId();
    QCOMPARE(m_http->get(u"/api/v2/users/%1/roles"_s.arg(partnerUser), m_token).status, 404);
}

void TestSandboxRoles::usersListing() {
    const QJsonObject active = m_http->get(u"/api/v2/users?pageSize=100"_s, m_token).object();
    const QJsonObject any =
        m_http->get(u"/api/v2/users?pageSize=100&state=any"_s, m_token).object();
    QVERIFY(any.value("total"_L1).toInt() > active.value("total"_L1).toInt());
    const QJsonObject first = active.value("entities"_L1).toArray().first().toObject();
    for (const char* field :
         {"id", "name", "email", "username", "state", "division", "version", "selfUri"})
        QVERIFY2(first.contains(QLatin1StringView(field)), field);
    const QJsonArray desc = m_http->get(u"/api/v2/users?pageSize=100&sortOrder=DESC"_s, m_token)
                                .object()
                                .value("entities"_L1)
                                .toArray();
    QVERIFY(desc.first().toObject().value("name"_L1).toString().compare(
                desc.last().toObject().value("name"_L1).toString())
            > 0);
    const QString id = first.value("id"_L1).toString();
    const QJsonObject byId =
        m_http->get(u"/api/v2/users?id=%1&expand=authorization"_s.arg(id), m_token).object();
    QCOMPARE(byId.value("total"_L1).toInt(), 1);
    QVERIFY(byId.value("entities"_L1)
                .toArray()
                .first()
                .toObject()
                .value("authorization"_L1)
                .toObject()
                .contains("roles"_L1));
    QCOMPARE(m_http->get(u"/api/v2/users?sortOrder=UP"_s, m_token).status, 400);
    QCOMPARE(m_http->get(u"/api/v2/users?state=sleeping"_s, m_token).status, 400);
}

void TestSandboxRoles::permissionsCatalog() {
    int permissions = 0;
    int domains = 0;
    int conditional = 0;
    QJsonObject page =
        m_http->get(u"/api/v2/authorization/permissions?pageSize=100"_s, m_token).object();
    QCOMPARE(page.value("pageCount"_L1).toInt(), 1);
    for (const QJsonValue& c : page.value("entities"_L1).toArray()) {
        ++domains;
        const QJsonObject collection = c.toObject();
        QCOMPARE(collection.value("id"_L1), collection.value("domain"_L1));
        QVERIFY(!collection.value("name"_L1).toString().isEmpty());
        const QJsonObject map = collection.value("permissionMap"_L1).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            for (const QJsonValue& p : it->toArray()) {
                const QJsonObject perm = p.toObject();
                QCOMPARE(perm.value("entityType"_L1).toString(), it.key());
                QVERIFY(!perm.value("label"_L1).toString().isEmpty());
                QVERIFY(perm.value("divisionAware"_L1).isBool());
                conditional += perm.value("allowsConditions"_L1).toBool() ? 1 : 0;
                ++permissions;
            }
        }
    }
    QCOMPARE(domains, 71);
    QCOMPARE(permissions, 1450);
    QVERIFY(conditional > 10 && conditional < 300);
}

void TestSandboxRoles::permissionQueries() {
    const QJsonObject byDomain =
        m_http
            ->get(u"/api/v2/authorization/permissions?queryType=domain&query=routing,quality"_s,
                  m_token)
            .object();
    QCOMPARE(byDomain.value("total"_L1).toInt(), 2);
    const QJsonObject byPermission =
        m_http
            ->get(
                u"/api/v2/authorization/permissions?queryType=permission&query=authorization:role:view"_s,
                m_token)
            .object();
    QCOMPARE(byPermission.value("total"_L1).toInt(), 1);
    const QJsonObject map = byPermission.value("entities"_L1)
                                .toArray()
                                .first()
                                .toObject()
                                .value("permissionMap"_L1)
                                .toObject();
    QCOMPARE(map.keys(), QStringList{u"role"_s});
    QCOMPARE(map.value("role"_L1).toArray().size(), 1);
    QCOMPARE(m_http->get(u"/api/v2/authorization/permissions?queryType=colour"_s, m_token).status,
             400);
    QCOMPARE(m_http->get(u"/api/v2/authorization/permissions?query=routing"_s, m_token).status,
             400);
}

void TestSandboxRoles::products() {
    const QJsonObject listing = m_http->get(u"/api/v2/authorization/products"_s, m_token).object();
    QVERIFY(listing.value("entities"_L1).toArray().size() >= 4);
    QVERIFY(
        listing.value("entities"_L1).toArray().contains(QJsonObject{{u"id"_s, u"communicate"_s}}));
    QVERIFY(!listing.contains("selfUri"_L1)); // short envelope
    QCOMPARE(listing.value("total"_L1).toInt(), listing.value("entities"_L1).toArray().size());
}

QTEST_GUILESS_MAIN(TestSandboxRoles)
#include "tst_sandbox_roles.moc"
