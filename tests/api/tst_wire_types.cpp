// Every wire type round-trips JSON -> type -> JSON without losing a field it does not know, and
// a wrong-typed document is refused whole, with the path of the problem.

#include "Sandbox.h"
#include "SandboxHttp.h"
#include "wire/CatalogTypes.h"
#include "wire/EntityListing.h"
#include "wire/ErrorBody.h"
#include "wire/RoleTypes.h"
#include "wire/TrustTypes.h"
#include "wire/UserTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Objects whose keys are data (entity names, feature flags), not fields: nothing is added there.
const QStringList kMapKeys = {u"permissionMap"_s, u"features"_s, u"context"_s, u"messageParams"_s};

QJsonValue injectUnknown(const QJsonValue& value, int depth = 0) {
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(injectUnknown(v, depth + 1));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (kMapKeys.contains(it.key())) {
            QJsonObject map;
            const QJsonObject original = it->toObject();
            for (auto m = original.begin(); m != original.end(); ++m)
                map.insert(m.key(), injectUnknown(*m, depth + 1));
            out.insert(it.key(), map);
        } else {
            out.insert(it.key(), injectUnknown(*it, depth + 1));
        }
    }
    out.insert(u"zzFromTheFuture%1"_s.arg(depth),
               QJsonObject{{u"keep"_s, QJsonArray{1, u"x"_s, true}}});
    out.insert(u"zzNull%1"_s.arg(depth), QJsonValue::Null);
    return out;
}

int countInjected(const QJsonValue& value) {
    int n = 0;
    if (value.isArray())
        for (const QJsonValue& v : value.toArray())
            n += countInjected(v);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += (it.key().startsWith(u"zzFromTheFuture"_s) ? 1 : 0) + countInjected(*it);
    }
    return n;
}

template <typename T>
void checkRoundTrip(const QJsonValue& original) {
    const QJsonValue injected = injectUnknown(original);
    DecodeError error;
    const std::optional<T> decoded = fromJson<T>(injected, &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    const QJsonValue encoded = toJson(*decoded);
    QCOMPARE(encoded, injected);
    QVERIFY(countInjected(encoded) >= 1);
    // Without the unknown fields the type reproduces the server's document exactly, too.
    QCOMPARE(toJson(*fromJson<T>(original)), original);
}

} // namespace

class TestWireTypes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void responsesFromTheSandboxRoundTrip();
    void requestBodiesRoundTrip();
    void errorBodyRoundTrips();
    void wrongTypesAreRefusedWithTheirPath_data();
    void wrongTypesAreRefusedWithTheirPath();
    void absentEmptyAndNullStayApart();
    void datesAreUtc();
    void updateBodyKeepsTheRolesUnknownFields();

private:
    QJsonValue get(const QString& path, const QByteArray& token = {});
    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QByteArray m_home;
    QByteArray m_partner;
};

void TestWireTypes::initTestCase() {
    m_sandbox = new Sandbox;
    QVERIFY(m_sandbox->start());
    m_http = new SandboxHttp(*m_sandbox);
    m_home = m_http->loginHome();
    m_partner = m_http->login(m_http->org(1));
}

void TestWireTypes::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

QJsonValue TestWireTypes::get(const QString& path, const QByteArray& token) {
    const HttpResult r = m_http->get(path, token.isEmpty() ? m_home : token);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void TestWireTypes::responsesFromTheSandboxRoundTrip() {
    const QString roles = u"/api/v2/authorization/roles"_s;
    const QJsonObject roleListing = get(roles + u"?pageSize=100"_s).toObject();
    checkRoundTrip<EntityListing<DomainOrganizationRole>>(roleListing);
    QString auditor, auditorUser, supervisor, supervisorDefault;
    for (const QJsonValue& r : roleListing.value("entities"_L1).toArray()) {
        if (r[u"name"_s] == u"Queue Auditor"_s)
            auditor = r[u"id"_s].toString();
        if (r[u"name"_s] == u"Supervisor"_s) {
            supervisor = r[u"id"_s].toString();
            supervisorDefault = r[u"defaultRoleId"_s].toString();
        }
    }
    const QJsonObject auditorRole =
        get(roles + u'/' + auditor + u"?expand=unusedPermissions"_s).toObject();
    QVERIFY(QJsonDocument(auditorRole).toJson().contains("resourceConditionNode"));
    checkRoundTrip<DomainOrganizationRole>(auditorRole);
    checkRoundTrip<DomainOrgRoleDifference>(
        get(roles + u"/%1/comparedefault/%2"_s.arg(supervisor, supervisorDefault)));
    checkRoundTrip<EntityListing<DomainPermissionCollection>>(
        get(u"/api/v2/authorization/permissions?pageSize=100"_s));
    checkRoundTrip<EntityListing<DomainOrganizationProduct>>(
        get(u"/api/v2/authorization/products"_s));
    const QJsonValue members = get(roles + u'/' + auditor + u"/users"_s);
    checkRoundTrip<EntityListing<UserReference>>(members);
    auditorUser = members[u"entities"_s][0][u"id"_s].toString();
    const QJsonValue authorization = get(u"/api/v2/users/%1/roles"_s.arg(auditorUser));
    QVERIFY(QJsonDocument(authorization.toObject()).toJson().contains("resourceConditionNode"));
    checkRoundTrip<UserAuthorization>(authorization);
    checkRoundTrip<EntityListing<User>>(
        get(u"/api/v2/users?pageSize=50&expand=authorization&state=any"_s));

    const QString orgAuth = u"/api/v2/orgauthorization"_s;
    const QJsonValue trustees = get(orgAuth + u"/trustees"_s);
    checkRoundTrip<EntityListing<Trustee>>(trustees);
    const QString trusteeId = trustees[u"entities"_s][0][u"id"_s].toString();
    checkRoundTrip<Trustee>(get(orgAuth + u"/trustees/"_s + trusteeId));
    const QJsonValue trusteeUsers = get(orgAuth + u"/trustees/%1/users"_s.arg(trusteeId));
    checkRoundTrip<EntityListing<TrustUser>>(trusteeUsers);
    const QString trusteeUser = trusteeUsers[u"entities"_s][0][u"id"_s].toString();
    checkRoundTrip<TrustUser>(
        get(orgAuth + u"/trustees/%1/users/%2"_s.arg(trusteeId, trusteeUser)));
    checkRoundTrip<UserAuthorization>(
        get(orgAuth + u"/trustees/%1/users/%2/roles"_s.arg(trusteeId, trusteeUser)));
    const QJsonValue trustors = get(orgAuth + u"/trustors"_s, m_partner);
    checkRoundTrip<EntityListing<Trustor>>(trustors);
    checkRoundTrip<Trustor>(
        get(orgAuth + u"/trustors/"_s + trustors[u"entities"_s][0][u"id"_s].toString(), m_partner));

    const QString partnerUser =
        get(u"/api/v2/users"_s, m_partner)[u"entities"_s][1][u"id"_s].toString();
    const HttpResult pairing =
        m_http->callJson("POST", orgAuth + u"/pairings"_s, m_partner,
                         QJsonObject{{u"userIds"_s, QJsonArray{partnerUser}}});
    checkRoundTrip<TrustRequest>(pairing.object());
    const HttpResult audits =
        m_http->callJson("POST", orgAuth + u"/trustees/audits"_s, m_home,
                         QJsonObject{{u"trusteeOrganizationIds"_s, QJsonArray{}},
                                     {u"trusteeUserIds"_s, QJsonArray{}}});
    QVERIFY(audits.object().value("total"_L1).toInt() > 0);
    checkRoundTrip<AuditQueryResponse>(audits.object());
}

void TestWireTypes::requestBodiesRoundTrip() {
    checkRoundTrip<TrustCreate>(QJsonObject{
        {u"pairingId"_s, u"p-1"_s},
        {u"enabled"_s, true},
        {u"dateExpired"_s, u"2030-01-01T00:00:00.000Z"_s},
        {u"users"_s,
         QJsonArray{QJsonObject{
             {u"id"_s, u"u-1"_s},
             {u"roleIds"_s, QJsonArray{u"r-1"_s}},
             {u"roleDivisions"_s,
              QJsonObject{{u"grants"_s, QJsonArray{QJsonObject{{u"roleId"_s, u"r-2"_s},
                                                               {u"divisionId"_s, u"d-1"_s}}}}}}}}},
        {u"groups"_s, QJsonArray{}}});
    checkRoundTrip<TrustUpdate>(
        QJsonObject{{u"enabled"_s, false}, {u"dateExpired"_s, u"2031-06-30T12:00:00.000Z"_s}});
    checkRoundTrip<TrustRequestCreate>(
        QJsonObject{{u"userIds"_s, QJsonArray{u"a"_s}}, {u"groupIds"_s, QJsonArray{}}});
    checkRoundTrip<TrustMemberCreate>(
        QJsonObject{{u"id"_s, u"u"_s}, {u"roleIds"_s, QJsonArray{u"r"_s}}});
    const QJsonArray facets{QJsonObject{{u"name"_s, u"action"_s}, {u"type"_s, u"STRING"_s}}};
    const QJsonArray filters{QJsonObject{{u"name"_s, u"entityType"_s},
                                         {u"type"_s, u"STRING"_s},
                                         {u"operator"_s, u"EQUALS"_s},
                                         {u"values"_s, QJsonArray{u"Trustee"_s}}}};
    checkRoundTrip<TrusteeAuditQueryRequest>(
        QJsonObject{{u"trusteeOrganizationIds"_s, QJsonArray{u"o"_s}},
                    {u"trusteeUserIds"_s, QJsonArray{}},
                    {u"startDate"_s, u"2026-01-01T00:00:00.000Z"_s},
                    {u"endDate"_s, u"2026-12-31T23:59:59.999Z"_s},
                    {u"queryPhrase"_s, u"created"_s},
                    {u"facets"_s, facets},
                    {u"filters"_s, filters}});
    checkRoundTrip<TrustorAuditQueryRequest>(QJsonObject{{u"trustorOrganizationId"_s, u"o"_s},
                                                         {u"trusteeUserIds"_s, QJsonArray{u"u"_s}},
                                                         {u"facets"_s, facets}});
    checkRoundTrip<DomainOrganizationRoleUpdate>(
        QJsonObject{{u"id"_s, u"r"_s},
                    {u"name"_s, u"n"_s},
                    {u"description"_s, u""_s},
                    {u"permissions"_s, QJsonArray{u"a:b:c"_s}},
                    {u"permissionPolicies"_s, QJsonArray{}}});
    checkRoundTrip<Organization>(QJsonObject{
        {u"id"_s, u"o"_s}, {u"version"_s, 3}, {u"features"_s, QJsonObject{{u"trust"_s, true}}}});
}

void TestWireTypes::errorBodyRoundTrips() {
    const QJsonObject body{
        {u"message"_s, u"Too many"_s},
        {u"code"_s, u"too.many.requests.retry.after"_s},
        {u"status"_s, 429},
        {u"messageWithParams"_s, u"Retry in [{retryAfter}] seconds"_s},
        {u"messageParams"_s, QJsonObject{{u"retryAfter"_s, u"3"_s}}},
        {u"contextId"_s, u"ctx"_s},
        {u"details"_s,
         QJsonArray{QJsonObject{{u"fieldName"_s, u"name"_s}, {u"errorCode"_s, u"x"_s}}}},
        {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, u"inner"_s},
                                             {u"messageParams"_s, QJsonObject{}},
                                             {u"details"_s, QJsonArray{}},
                                             {u"errors"_s, QJsonArray{}}}}},
        {u"limit"_s,
         QJsonObject{{u"key"_s, u"k"_s}, {u"namespace"_s, u"platform.api"_s}, {u"value"_s, 300}}},
        {u"somethingNew"_s, u"kept"_s}};
    const ErrorBody decoded = ErrorBody::fromJson(body);
    QCOMPARE(decoded.toJson(), body);
    QCOMPARE(decoded.resolvedMessage(), u"Retry in [3] seconds"_s);
    QCOMPARE(decoded.limit->nameSpace, u"platform.api"_s);
    // Defensive: wrong-typed fields of an error body are skipped, never guessed.
    const ErrorBody odd = ErrorBody::fromJson(
        QJsonObject{{u"message"_s, 5}, {u"status"_s, u"x"_s}, {u"details"_s, u"no"_s}});
    QVERIFY(odd.message.isEmpty());
    QCOMPARE(odd.status, 0);
    QVERIFY(odd.details.isEmpty());
}

void TestWireTypes::wrongTypesAreRefusedWithTheirPath_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("string for bool")
        << R"({"entities":[{"id":"a","default":"yes"}]})"_ba << u"entities[0].default"_s;
    QTest::newRow("number in actionSet")
        << R"({"entities":[{"permissionPolicies":[{"actionSet":["view",3]}]}]})"_ba
        << u"entities[0].permissionPolicies[0].actionSet[1]"_s;
    QTest::newRow("fraction for integer") << R"({"pageSize":2.5})"_ba << u"pageSize"_s;
    QTest::newRow("object for array") << R"({"entities":{}})"_ba << u"entities"_s;
    QTest::newRow("deep condition")
        << R"({"entities":[{"permissionPolicies":[{"resourceConditionNode":{"terms":[{"operands":[{"type":7}]}]}}]}]})"_ba
        << u"entities[0].permissionPolicies[0].resourceConditionNode.terms[0].operands[0].type"_s;
    QTest::newRow("bad date") << R"({"entities":[{"dateLicenseLastUpdated":"yesterday"}]})"_ba
                              << u"entities[0].dateLicenseLastUpdated"_s;
    QTest::newRow("array at the top") << R"([1,2])"_ba << QString();
    QTest::newRow("not JSON") << R"({"entities": [)"_ba << QString();
}

void TestWireTypes::wrongTypesAreRefusedWithTheirPath() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    DecodeError error;
    const auto decoded = fromJsonBytes<EntityListing<DomainOrganizationRole>>(json, &error);
    QVERIFY(!decoded);
    QCOMPARE(error.path, path);
    QVERIFY(!error.message.isEmpty());
}

void TestWireTypes::absentEmptyAndNullStayApart() {
    const auto absent = fromJsonBytes<DomainOrganizationRole>(R"({"name":"a"})");
    const auto empty =
        fromJsonBytes<DomainOrganizationRole>(R"({"name":"a","permissionPolicies":[]})");
    const auto null =
        fromJsonBytes<DomainOrganizationRole>(R"({"name":"a","permissionPolicies":null})");
    QVERIFY(!absent->permissionPolicies);
    QVERIFY(empty->permissionPolicies && empty->permissionPolicies->isEmpty());
    QVERIFY(!null->permissionPolicies);
    QCOMPARE(toJsonBytes(*absent), R"({"name":"a"})"_ba);
    QCOMPARE(toJsonBytes(*empty), R"({"name":"a","permissionPolicies":[]})"_ba);
    QCOMPARE(toJsonBytes(*null), R"({"name":"a","permissionPolicies":null})"_ba);
}

void TestWireTypes::datesAreUtc() {
    const auto t = fromJsonBytes<Trustee>(
        R"({"dateCreated":"2024-05-01T14:00:00+02:00","dateExpired":"2024-05-01T12:00:00"})");
    QVERIFY(t);
    QCOMPARE(t->dateCreated->dateTime().timeSpec(), Qt::UTC);
    QCOMPARE(t->dateCreated->dateTime(), t->dateExpired->dateTime());
    QCOMPARE(t->dateCreated->dateTime(), QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
    // Written back exactly as received, offset and all; new values are written in UTC.
    QCOMPARE(toJson(*t).toObject().value("dateCreated"_L1).toString(),
             u"2024-05-01T14:00:00+02:00"_s);
    TrustUpdate update;
    update.dateExpired = QDateTime(QDate(2030, 1, 1), QTime(1, 0), Qt::OffsetFromUTC, 3600);
    QCOMPARE(toJson(update).toObject().value("dateExpired"_L1).toString(),
             u"2030-01-01T00:00:00.000Z"_s);
    const auto midnight = fromJsonBytes<Trustee>(R"({"dateCreated":"2024-05-01T24:00:00Z"})");
    QCOMPARE(midnight->dateCreated->dateTime(), QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC));
    QCOMPARE(toJsonBytes(*midnight), R"({"dateCreated":"2024-05-01T24:00:00Z"})"_ba);
}

void TestWireTypes::updateBodyKeepsTheRolesUnknownFields() {
    const auto role = fromJsonBytes<DomainOrganizationRole>(
        R"({"id":"r","name":"n","default":true,"userCount":4,"newThing":{"a":1},"permissionPolicies":[{"domain":"d","entityName":"e","actionSet":["view"],"futurePolicyField":2}]})");
    const QJsonObject body = toJson(DomainOrganizationRoleUpdate::fromRole(*role)).toObject();
    QCOMPARE(body.value("newThing"_L1).toObject().value("a"_L1).toInt(), 1);
    QCOMPARE(body.value("permissionPolicies"_L1)[0][u"futurePolicyField"_s].toInt(), 2);
    QVERIFY(!body.contains("userCount"_L1)); // not part of DomainOrganizationRoleUpdate
    QVERIFY(!body.contains("default"_L1));
}

QTEST_GUILESS_MAIN(TestWireTypes)
#include "tst_wire_types.moc"
