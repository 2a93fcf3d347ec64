// Organization trusts across two orgs of one sandbox, over real HTTP (O1-O23).

#include "Sandbox.h"
#include "SandboxHttp.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kBase = u"/api/v2/orgauthorization"_s;
}

class TestSandboxTrusts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void seededTrustsAreVisibleFromBothSides();
    void fullLifecycle();
    void pairingValidation();
    void trusteeUserCapIs25();
    void trustorEndsATrust();
    void expiredPairingIsRefused();
    void auditsPageAndSort();
    void unknownIdsGet404_data();
    void unknownIdsGet404();

private:
    QStringList userIds(const QByteArray& token, int count);
    QString roleId(const QByteArray& token, const QString& name);

    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QByteArray m_home;      // Contoso, the home org
    QByteArray m_northwind; // trusted by home in the seed
    QByteArray m_fabrikam;  // trusts home in the seed
};

void TestSandboxTrusts::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_http = new SandboxHttp(*m_sandbox);
    m_home = m_http->loginHome();
    m_northwind = m_http->login(m_http->org(1));
    m_fabrikam = m_http->login(m_http->org(2));
    QVERIFY(!m_northwind.isEmpty() && !m_fabrikam.isEmpty());
}

void TestSandboxTrusts::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

QStringList TestSandboxTrusts::userIds(const QByteArray& token, int count) {
    QStringList out;
    for (const QJsonValue& u : m_http->get(u"/api/v2/users?pageSize=100&state=any"_s, token)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray())
        if (out.size() < count)
            out.append(u.toObject().value("id"_L1).toString());
    return out;
}

QString TestSandboxTrusts::roleId(const QByteArray& token, const QString& name) {
    return m_http
        ->get(u"/api/v2/authorization/roles?name=%1"_s.arg(
                  QString::fromLatin1(QUrl::toPercentEncoding(name))),
              token)
        .firstEntityId();
}

void TestSandboxTrusts::seededTrustsAreVisibleFromBothSides() {
    const QString northwindId = m_http->org(1).id;
    const QJsonArray trustees =
        m_http->get(kBase + u"/trustees"_s, m_home).object().value("entities"_L1).toArray();
    QCOMPARE(trustees.size(), 1);
    const QJsonObject trustee = trustees.first().toObject();
    QCOMPARE(trustee.value("id"_L1).toString(), northwindId);
    QCOMPARE(trustee.value("organization"_L1).toObject().value("name"_L1).toString(),
             u"Northwind Support Partners"_s);
    QVERIFY(trustee.value("enabled"_L1).toBool());
    QVERIFY(trustee.value("createdBy"_L1).toObject().contains("version"_L1));
    const QJsonArray trustors =
        m_http->get(kBase + u"/trustors"_s, m_northwind).object().value("entities"_L1).toArray();
    QCOMPARE(trustors.size(), 1);
    QCOMPARE(trustors.first().toObject().value("id"_L1).toString(),
             m_sandbox->homeOrganization().id);
    QVERIFY(trustors.first()
                .toObject()
                .value("authorization"_L1)
                .toObject()
                .value("permissions"_L1)
                .toArray()
                .contains(u"routing:queue:view"_s));
    const QJsonObject users =
        m_http->get(kBase + u"/trustees/%1/users"_s.arg(northwindId), m_home).object();
    QCOMPARE(users.value("total"_L1).toInt(), 3);
    const QJsonObject user = users.value("entities"_L1).toArray().first().toObject();
    QVERIFY(user.contains("trustUserDetails"_L1));
    QVERIFY(!user.contains("selfUri"_L1));
    QCOMPARE(m_http
                 ->get(kBase + u"/trustors/%1/users"_s.arg(m_sandbox->homeOrganization().id),
                       m_northwind)
                 .object()
                 .value("total"_L1)
                 .toInt(),
             3);
    // Home is trustee of Fabrikam.
    QCOMPARE(m_http->get(kBase + u"/trustors"_s, m_home).firstEntityId(), m_http->org(2).id);
}

void TestSandboxTrusts::fullLifecycle() {
    const QString homeId = m_sandbox->homeOrganization().id;
    const QString fabrikamId = m_http->org(2).id;
    const QStringList partnerUsers = userIds(m_fabrikam, 4);
    // 1. Fabrikam (would-be trustee of home) asks for a pairing.
    const HttpResult pairing =
        m_http->callJson("POST", kBase + u"/pairings"_s, m_fabrikam,
                         QJsonObject{{u"userIds"_s, QJsonArray{partnerUsers[1], partnerUsers[2]}}});
    QCOMPARE(pairing.status, 200);
    const QString pairingId = pairing.object().value("id"_L1).toString();
    QCOMPARE(pairing.object().value("trustee"_L1).toObject().value("id"_L1).toString(), fabrikamId);
    QCOMPARE(pairing.object().value("users"_L1).toArray().size(), 2);
    // 2. Home reads it and creates the trustee from the pairing id.
    QCOMPARE(m_http->get(kBase + u"/pairings/"_s + pairingId, m_home).status, 200);
    const QString supervisor = roleId(m_home, u"Supervisor"_s);
    const HttpResult created = m_http->callJson(
        "POST", kBase + u"/trustees"_s, m_home,
        QJsonObject{{u"pairingId"_s, pairingId},
                    {u"enabled"_s, true},
                    {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, partnerUsers[1]},
                                                        {u"roleIds"_s, QJsonArray{supervisor}}}}}});
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value("id"_L1).toString(), fabrikamId);
    QCOMPARE(m_http
                 ->callJson(
                     "POST", kBase + u"/trustees"_s, m_home,
                     QJsonObject{{u"pairingId"_s, pairingId},
                                 {u"enabled"_s, true},
                                 {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, partnerUsers[1]}}}}})
                 .status,
             400); // a pairing is used once
    // 3. Fabrikam now sees home among its trustors, with what its user may do there.
    const HttpResult trustor = m_http->get(kBase + u"/trustors/"_s + homeId, m_fabrikam);
    QCOMPARE(trustor.status, 200);
    QVERIFY(trustor.object()
                .value("authorization"_L1)
                .toObject()
                .value("permissions"_L1)
                .toArray()
                .contains(u"routing:queue:view"_s));
    // 4. Trustee users and their roles, from home's side.
    const QString usersPath = kBase + u"/trustees/%1/users"_s.arg(fabrikamId);
    const HttpResult added = m_http->callJson(
        "POST", usersPath, m_home,
        QJsonObject{{u"id"_s, partnerUsers[2]}, {u"roleIds"_s, QJsonArray{supervisor}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(added.object().value("id"_L1).toString(), partnerUsers[2]);
    QCOMPARE(
        m_http->callJson("POST", usersPath, m_home, QJsonObject{{u"id"_s, partnerUsers[2]}}).status,
        409);
    QCOMPARE(m_http->get(usersPath + u"/"_s + partnerUsers[2], m_home).status, 200);
    const QString rolesPath = usersPath + u"/%1/roles"_s.arg(partnerUsers[2]);
    QCOMPARE(m_http->get(rolesPath, m_home)
                 .object()
                 .value("roles"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             supervisor);
    const QString evaluator = roleId(m_home, u"Quality Evaluator"_s);
    const HttpResult setRoles = m_http->callJson("PUT", rolesPath, m_home, QJsonArray{evaluator});
    QCOMPARE(setRoles.status, 200);
    QCOMPARE(setRoles.object()
                 .value("roles"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"Quality Evaluator"_s);
    QCOMPARE(m_http->call("DELETE", rolesPath, m_home).status, 204);
    QVERIFY(m_http->get(rolesPath, m_home).object().value("roles"_L1).toArray().isEmpty());
    QCOMPARE(m_http->call("DELETE", usersPath + u"/"_s + partnerUsers[2], m_home).status, 204);
    QCOMPARE(m_http->get(usersPath + u"/"_s + partnerUsers[2], m_home).status, 404);
    // 5. From Fabrikam's side: add one of its users to home's trust, read and withdraw it.
    const QString trustorUser = kBase + u"/trustors/%1/users/%2"_s.arg(homeId, partnerUsers[3]);
    const HttpResult selfAdded = m_http->call("PUT", trustorUser, m_fabrikam);
    QCOMPARE(selfAdded.status, 200);
    QCOMPARE(m_http->get(trustorUser, m_fabrikam).status, 200);
    QCOMPARE(m_http->get(kBase + u"/trustors/%1/users"_s.arg(homeId), m_fabrikam)
                 .object()
                 .value("total"_L1)
                 .toInt(),
             2);
    QCOMPARE(m_http->call("DELETE", trustorUser, m_fabrikam).status, 204);
    // 6. Home disables the trust with an expiry, then Fabrikam drops it.
    const HttpResult updated = m_http->callJson(
        "PUT", kBase + u"/trustees/"_s + fabrikamId, m_home,
        QJsonObject{{u"enabled"_s, false}, {u"dateExpired"_s, u"2030-01-01T00:00:00.000Z"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value("enabled"_L1).toBool(), false);
    QCOMPARE(updated.object().value("dateExpired"_L1).toString(), u"2030-01-01T00:00:00.000Z"_s);
    QCOMPARE(m_http
                 ->callJson("PUT", kBase + u"/trustees/"_s + fabrikamId, m_home,
                            QJsonObject{{u"dateExpired"_s, u"soon"_s}})
                 .status,
             400);
    QCOMPARE(m_http->call("DELETE", kBase + u"/trustors/"_s + homeId, m_fabrikam).status, 204);
    QCOMPARE(m_http->get(kBase + u"/trustees/"_s + fabrikamId, m_home).status, 404);
    QCOMPARE(m_http->get(kBase + u"/trustors/"_s + homeId, m_fabrikam).status, 404);
    // 7. Every change left an audit record on home's side.
    const QJsonObject audits =
        m_http
            ->callJson("POST", kBase + u"/trustees/audits?pageSize=100"_s, m_home,
                       QJsonObject{{u"trusteeOrganizationIds"_s, QJsonArray{fabrikamId}},
                                   {u"trusteeUserIds"_s, QJsonArray{}}})
            .object();
    QStringList actions;
    for (const QJsonValue& a : audits.value("entities"_L1).toArray())
        actions.prepend(a.toObject().value("entityType"_L1).toString() + u':'
                        + a.toObject().value("action"_L1).toString());
    QCOMPARE(
        actions,
        (QStringList{u"Trustee:Create"_s, u"TrusteeUser:Create"_s, u"TrusteeUserRoles:Update"_s,
                     u"TrusteeUserRoles:Update"_s, u"TrusteeUser:Delete"_s, u"TrusteeUser:Create"_s,
                     u"TrusteeUser:Delete"_s, u"Trustee:Update"_s, u"Trustor:Delete"_s}));
    // ...and Fabrikam can query the same trust's records for its users.
    const QJsonObject mine =
        m_http
            ->callJson("POST", kBase + u"/trustor/audits"_s, m_fabrikam,
                       QJsonObject{{u"trustorOrganizationId"_s, homeId},
                                   {u"trusteeUserIds"_s, QJsonArray{partnerUsers[3]}}})
            .object();
    QCOMPARE(mine.value("total"_L1).toInt(), 2);
}

void TestSandboxTrusts::pairingValidation() {
    QCOMPARE(m_http->callJson("POST", kBase + u"/pairings"_s, m_fabrikam, QJsonObject{}).status,
             400);
    QCOMPARE(m_http
                 ->callJson("POST", kBase + u"/pairings"_s, m_fabrikam,
                            QJsonObject{{u"userIds"_s, QJsonArray{u"ghost"_s}}})
                 .status,
             404);
    // A home user in Fabrikam's pairing is not Fabrikam's user.
    QCOMPARE(m_http
                 ->callJson("POST", kBase + u"/pairings"_s, m_fabrikam,
                            QJsonObject{{u"userIds"_s, QJsonArray{userIds(m_home, 1).first()}}})
                 .status,
             404);
    const QString own =
        m_http
            ->callJson("POST", kBase + u"/pairings"_s, m_home,
                       QJsonObject{{u"userIds"_s, QJsonArray{userIds(m_home, 1).first()}}})
            .object()
            .value("id"_L1)
            .toString();
    const HttpResult self = m_http->callJson(
        "POST", kBase + u"/trustees"_s, m_home,
        QJsonObject{{u"pairingId"_s, own},
                    {u"enabled"_s, true},
                    {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, userIds(m_home, 1).first()}}}}});
    QCOMPARE(self.status, 400);
    QCOMPARE(
        m_http->callJson("POST", kBase + u"/trustees"_s, m_home, QJsonObject{{u"pairingId"_s, own}})
            .status,
        400); // enabled missing
    QCOMPARE(
        m_http->callJson("POST", kBase + u"/trustees"_s, m_home, QJsonObject{{u"enabled"_s, true}})
            .status,
        400); // pairingId missing
    QCOMPARE(m_http->get(kBase + u"/pairings/ghost"_s, m_home).status, 404);
}

void TestSandboxTrusts::trusteeUserCapIs25() {
    // Fabrikam trusts home in the seed with 2 home users; home has 40 users to offer.
    const QString homeId = m_sandbox->homeOrganization().id;
    const QString usersPath = kBase + u"/trustees/%1/users"_s.arg(homeId);
    const int already = m_http->get(usersPath, m_fabrikam).object().value("total"_L1).toInt();
    QCOMPARE(already, 2);
    const QStringList candidates = userIds(m_home, 40);
    int added = already;
    for (const QString& id : candidates) {
        if (added == 25)
            break;
        const HttpResult r =
            m_http->callJson("POST", usersPath, m_fabrikam, QJsonObject{{u"id"_s, id}});
        if (r.status == 200)
            ++added;
        else
            QCOMPARE(r.status, 409); // one of the two seeded members
    }
    QCOMPARE(added, 25);
    QStringList members;
    for (const QJsonValue& m : m_http->get(usersPath + u"?pageSize=100"_s, m_fabrikam)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray())
        members.append(m.toObject().value("id"_L1).toString());
    QString outsider;
    for (const QString& id : candidates)
        if (!members.contains(id))
            outsider = id;
    QVERIFY(!outsider.isEmpty());
    const HttpResult over =
        m_http->callJson("POST", usersPath, m_fabrikam, QJsonObject{{u"id"_s, outsider}});
    QCOMPARE(over.status, 400);
    QCOMPARE(over.code(), u"trustee.user.limit.exceeded"_s);
    QCOMPARE(over.object().value("limit"_L1).toObject().value("value"_L1).toInt(), 25);
    QCOMPARE(m_http->get(usersPath + u"?pageSize=10&pageNumber=3"_s, m_fabrikam)
                 .object()
                 .value("entities"_L1)
                 .toArray()
                 .size(),
             5);
    QCOMPARE(m_http
                 ->call("PUT", kBase + u"/trustors/%1/users/%2"_s.arg(m_http->org(2).id, outsider),
                        m_home)
                 .status,
             400);
}

void TestSandboxTrusts::trustorEndsATrust() {
    // O7 then O1: home reads, then ends, the trust it granted Northwind in the seed.
    const QString northwind = m_http->org(1).id;
    const HttpResult trustee = m_http->get(kBase + u"/trustees/"_s + northwind, m_home);
    QCOMPARE(trustee.status, 200);
    QCOMPARE(trustee.object().value("organization"_L1).toObject().value("id"_L1).toString(),
             northwind);
    QCOMPARE(m_http->call("DELETE", kBase + u"/trustees/"_s + northwind, m_home).status, 204);
    QCOMPARE(m_http->get(kBase + u"/trustees/"_s + northwind, m_home).status, 404);
    QCOMPARE(m_http->get(kBase + u"/trustees/%1/users"_s.arg(northwind), m_home).status, 404);
    QCOMPARE(
        m_http->get(kBase + u"/trustors/"_s + m_sandbox->homeOrganization().id, m_northwind).status,
        404);
    const QJsonArray audits =
        m_http
            ->callJson("POST", kBase + u"/trustees/audits"_s, m_home,
                       QJsonObject{{u"trusteeOrganizationIds"_s, QJsonArray{northwind}},
                                   {u"trusteeUserIds"_s, QJsonArray{}}})
            .object()
            .value("entities"_L1)
            .toArray();
    QCOMPARE(audits.first().toObject().value("action"_L1).toString(), u"Delete"_s);
}

void TestSandboxTrusts::expiredPairingIsRefused() {
    SandboxOptions options;
    options.pairingTtlSeconds = 0; // every pairing is born expired
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray home = http.loginHome();
    const QByteArray partner = http.login(http.org(2));
    const QString user = http.get(u"/api/v2/users"_s, partner).firstEntityId();
    const QString pairing = http.callJson("POST", kBase + u"/pairings"_s, partner,
                                          QJsonObject{{u"userIds"_s, QJsonArray{user}}})
                                .object()
                                .value("id"_L1)
                                .toString();
    QVERIFY(!pairing.isEmpty());
    const HttpResult read = http.get(kBase + u"/pairings/"_s + pairing, home);
    QCOMPARE(read.code(), u"pairing.expired"_s);
    const HttpResult created =
        http.callJson("POST", kBase + u"/trustees"_s, home,
                      QJsonObject{{u"pairingId"_s, pairing},
                                  {u"enabled"_s, true},
                                  {u"users"_s, QJsonArray{QJsonObject{{u"id"_s, user}}}}});
    QCOMPARE(created.status, 400);
    QCOMPARE(created.code(), u"pairing.expired"_s);
}

void TestSandboxTrusts::auditsPageAndSort() {
    const QJsonObject body{{u"trustorOrganizationId"_s, m_http->org(2).id},
                           {u"trusteeUserIds"_s, QJsonArray{}}};
    const QJsonObject all =
        m_http->callJson("POST", kBase + u"/trustor/audits?pageSize=100"_s, m_home, body).object();
    const int total = all.value("total"_L1).toInt();
    QVERIFY2(total >= 24, qPrintable(QString::number(total))); // seed + the 23 members added above
    const QJsonArray desc = all.value("entities"_L1).toArray();
    QVERIFY(desc.first().toObject().value("eventDate"_L1).toString()
            >= desc.last().toObject().value("eventDate"_L1).toString());
    const QJsonArray asc =
        m_http
            ->callJson("POST", kBase + u"/trustor/audits?pageSize=100&sortOrder=ascending"_s,
                       m_home, body)
            .object()
            .value("entities"_L1)
            .toArray();
    QCOMPARE(asc.first(), desc.last());
    const QJsonObject page2 =
        m_http->callJson("POST", kBase + u"/trustor/audits?pageSize=5&pageNumber=2"_s, m_home, body)
            .object();
    QCOMPARE(page2.value("entities"_L1).toArray().first(), desc[5]);
    QCOMPARE(page2.value("pageCount"_L1).toInt(), (total + 4) / 5);
    QCOMPARE(m_http->callJson("POST", kBase + u"/trustor/audits?sortOrder=sideways"_s, m_home, body)
                 .status,
             400);
    QCOMPARE(
        m_http->callJson("POST", kBase + u"/trustor/audits?sortBy=name"_s, m_home, body).status,
        400);
    QCOMPARE(m_http
                 ->callJson("POST", kBase + u"/trustor/audits"_s, m_home,
                            QJsonObject{{u"trusteeUserIds"_s, QJsonArray{}}})
                 .status,
             400);
    QCOMPARE(m_http
                 ->callJson("POST", kBase + u"/trustees/audits"_s, m_home,
                            QJsonObject{{u"trusteeUserIds"_s, QJsonArray{}}})
                 .status,
             400);
    const QJsonObject phrase =
        m_http
            ->callJson("POST", kBase + u"/trustees/audits"_s, m_home,
                       QJsonObject{{u"trusteeOrganizationIds"_s, QJsonArray{}},
                                   {u"trusteeUserIds"_s, QJsonArray{}},
                                   {u"queryPhrase"_s, u"Northwind"_s}})
            .object();
    QVERIFY(phrase.value("total"_L1).toInt() >= 1);
    const QJsonObject future =
        m_http
            ->callJson("POST", kBase + u"/trustees/audits"_s, m_home,
                       QJsonObject{{u"trusteeOrganizationIds"_s, QJsonArray{}},
                                   {u"trusteeUserIds"_s, QJsonArray{}},
                                   {u"startDate"_s, u"2999-01-01T00:00:00Z"_s}})
            .object();
    QCOMPARE(future.value("total"_L1).toInt(), 0);
}

void TestSandboxTrusts::unknownIdsGet404_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("O1") << "DELETE"_ba << kBase + u"/trustees/ghost"_s;
    QTest::newRow("O2") << "DELETE"_ba << kBase + u"/trustees/ghost/users/u"_s;
    QTest::newRow("O3") << "DELETE"_ba << kBase + u"/trustees/ghost/users/u/roles"_s;
    QTest::newRow("O4") << "DELETE"_ba << kBase + u"/trustors/ghost"_s;
    QTest::newRow("O5") << "DELETE"_ba << kBase + u"/trustors/ghost/users/u"_s;
    QTest::newRow("O6") << "GET"_ba << kBase + u"/pairings/ghost"_s;
    QTest::newRow("O7") << "GET"_ba << kBase + u"/trustees/ghost"_s;
    QTest::newRow("O8") << "GET"_ba << kBase + u"/trustees/ghost/users/u"_s;
    QTest::newRow("O9") << "GET"_ba << kBase + u"/trustees/ghost/users/u/roles"_s;
    QTest::newRow("O10") << "GET"_ba << kBase + u"/trustees/ghost/users"_s;
    QTest::newRow("O12") << "GET"_ba << kBase + u"/trustors/ghost"_s;
    QTest::newRow("O13") << "GET"_ba << kBase + u"/trustors/ghost/users/u"_s;
    QTest::newRow("O14") << "GET"_ba << kBase + u"/trustors/ghost/users"_s;
    QTest::newRow("O17") << "POST"_ba << kBase + u"/trustees/ghost/users"_s;
    QTest::newRow("O21") << "PUT"_ba << kBase + u"/trustees/ghost"_s;
    QTest::newRow("O22") << "PUT"_ba << kBase + u"/trustees/ghost/users/u/roles"_s;
    QTest::newRow("O23") << "PUT"_ba << kBase + u"/trustors/ghost/users/u"_s;
}

void TestSandboxTrusts::unknownIdsGet404() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpResult result = m_http->call(
        method, path, m_home, method == "GET" || method == "DELETE" ? QByteArray() : "{}"_ba);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), u"not.found"_s);
}

QTEST_GUILESS_MAIN(TestSandboxTrusts)
#include "tst_sandbox_trusts.moc"
