// Every operation (A1-A17, O1-O23, S1, S2) through the typed client, against the sandbox.

#include "RunJob.h"
#include "Sandbox.h"
#include "client/PlatformClient.h"
#include "wire/Environment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlatformClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void environments();
    void baseUrlRules_data();
    void baseUrlRules();
    void credentialsFromEnvironment();
    void catalogAndProducts();
    void roleLifecycle();
    void compareAndRestore();
    void assignments();
    void trustLifecycle();
    void audits();
    void missingArgumentsAreRefusedWithoutSending();
    void abortEmitsNothing();
    void errorBodiesBecomeReadableStatus();
    void loginFailureFailsEveryWaitingJob();

private:
    PlatformClient* clientFor(const SandboxOrganization& org);
    QString roleId(const QString& name);

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_home = nullptr;
};

void TestPlatformClient::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_home = clientFor(m_sandbox->homeOrganization());
}

void TestPlatformClient::cleanupTestCase() {
    delete m_sandbox;
}

PlatformClient* TestPlatformClient::clientFor(const SandboxOrganization& org) {
    auto* client = new PlatformClient(m_network, this);
    client->setBaseUrl(m_sandbox->baseUrl());
    client->setCredentials(org.clientId, org.clientSecret);
    return client;
}

QString TestPlatformClient::roleId(const QString& name) {
    RoleQuery q;
    q.name = name;
    const auto listing = runJob(m_home->getRoles(q));
    for (const DomainOrganizationRole& r :
         listing.value().entities.value_or(QList<DomainOrganizationRole>()))
        if (r.name == name)
            return r.id.value_or(QString());
    return {};
}

void TestPlatformClient::environments() {
    QCOMPARE(Environment::all().size(), 18);
    const Environment* frankfurt = Environment::find(u"https://api.mypurecloud.de/"_s);
    QVERIFY(frankfurt);
    QCOMPARE(frankfurt->key, u"eu_central_1"_s);
    QCOMPARE(frankfurt->apiBase(), QUrl(u"https://api.mypurecloud.de"_s));
    QCOMPARE(frankfurt->loginBase(), QUrl(u"https://login.mypurecloud.de"_s));
    QCOMPARE(Environment::find(u"us_west_2"_s)->host, u"usw2.pure.cloud"_s);
    QVERIFY(!Environment::find(u"example.com"_s));
    PlatformClient client(m_network);
    QCOMPARE(client.apiBase(), QUrl(u"https://api.mypurecloud.com"_s));
    QString error;
    QVERIFY(client.setEnvironment(u"apse1.pure.cloud"_s));
    QCOMPARE(client.apiBase(), QUrl(u"https://api.apse1.pure.cloud"_s));
    QVERIFY(!client.setEnvironment(u"moon"_s, &error));
    QVERIFY(error.contains(u"moon"_s));
}

void TestPlatformClient::baseUrlRules_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https anywhere") << u"https://gateway.example.com/gw"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http loopback range") << u"http://127.1.2.3:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:1234"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:1234"_s << true;
    QTest::newRow("http elsewhere") << u"http://api.mypurecloud.com"_s << false;
    QTest::newRow("http private range") << u"http://10.0.0.5"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("garbage") << u"::"_s << false;
}

void TestPlatformClient::baseUrlRules() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    PlatformClient client(m_network);
    QString error;
    QCOMPARE(client.setBaseUrl(QUrl(url), &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void TestPlatformClient::credentialsFromEnvironment() {
    QProcessEnvironment env;
    env.insert(u"PURECLOUD_CLIENT_ID"_s, u"id-1"_s);
    env.insert(u"PURECLOUD_SECRET"_s, u"s3cret"_s);
    env.insert(u"PURECLOUD_ENVIRONMENT"_s, u"mypurecloud.ie"_s);
    const ClientCredentials c = ClientCredentials::fromEnvironment(env);
    QCOMPARE(c.clientId, u"id-1"_s);
    QCOMPARE(c.clientSecret, u"s3cret"_s);
    PlatformClient client(m_network);
    QVERIFY(client.configure(c));
    QCOMPARE(client.apiBase(), QUrl(u"https://api.mypurecloud.ie"_s));
    QString error;
    QVERIFY(!client.configure(ClientCredentials::fromEnvironment(QProcessEnvironment()), &error));
    QVERIFY(error.contains(u"PURECLOUD_CLIENT_ID"_s));
}

void TestPlatformClient::catalogAndProducts() {
    PermissionQuery q;
    q.queryType = u"domain"_s;
    q.query = {u"routing"_s, u"quality"_s};
    const auto page = runJob(m_home->getPermissions(q)); // A3
    QVERIFY(page);
    QCOMPARE(page->entities->size(), 2);
    QVERIFY(page->entities->first().permissionMap->contains(u"evaluation"_s)
            || page->entities->last().permissionMap->contains(u"evaluation"_s));
    const auto all = runJob(m_home->fetchAllPermissions());
    QVERIFY(all);
    QCOMPARE(all->size(), 71);
    const auto products = runJob(m_home->getProducts()); // A4
    QVERIFY(products);
    QVERIFY(products->entities->size() >= 4);
    QVERIFY(!products->selfUri);
}

void TestPlatformClient::roleLifecycle() {
    DomainOrganizationRole draft;
    draft.name = u"Client Made"_s;
    draft.description = u"made by the typed client"_s;
    DomainPermissionPolicy policy;
    policy.domain = u"routing"_s;
    policy.entityName = u"queue"_s;
    policy.actionSet = QStringList{u"view"_s};
    draft.permissionPolicies = QList<DomainPermissionPolicy>{policy};
    draft.unknownFields.insert("futureField"_L1, 7);
    const auto created = runJob(m_home->createRole(draft)); // A10
    QVERIFY(created);
    const QString id = created->id.value();
    QCOMPARE(created->permissions.value(), QStringList{u"routing:queue:view"_s});
    QCOMPARE(created->unknownFields.value("futureField"_L1).toInt(), 7);

    auto fetched = runJob(m_home->getRole(id, true, {u"unusedPermissions"_s})); // A7
    QVERIFY(fetched);
    QCOMPARE(fetched->userCount.value(), 0);
    QVERIFY(fetched->unusedPermissions);
    // GET -> edit -> PUT: the unknown field survives.
    DomainOrganizationRoleUpdate update = DomainOrganizationRoleUpdate::fromRole(*fetched);
    update.name = u"Client Made 2"_s;
    update.permissionPolicies->first().actionSet = QStringList{u"view"_s, u"edit"_s};
    const auto updated = runJob(m_home->updateRole(id, update)); // A14
    QVERIFY(updated);
    QCOMPARE(updated->name.value(), u"Client Made 2"_s);
    QCOMPARE(updated->permissions.value(),
             (QStringList{u"routing:queue:edit"_s, u"routing:queue:view"_s}));
    QCOMPARE(updated->unknownFields.value("futureField"_L1).toInt(), 7);

    DomainOrganizationRole flag;
    flag.roleNeedsUpdate = true;
    const auto patched = runJob(m_home->patchRole(id, flag)); // A9
    QVERIFY(patched && patched->roleNeedsUpdate.value());

    RoleQuery byPermission;
    byPermission.permission = {u"routing:queue:edit"_s};
    byPermission.userCount = false;
    const auto listing = runJob(m_home->getRoles(byPermission)); // A5
    QVERIFY(listing);
    bool found = false;
    for (const DomainOrganizationRole& r : listing->entities.value())
        found = found || r.id == id;
    QVERIFY(found);
    QVERIFY(!listing->entities->first().userCount);

    QVERIFY(runVoidJob(m_home->deleteRole(id)).ok()); // A1
    ApiStatus status;
    QVERIFY(!runJob(m_home->getRole(id), &status));
    QCOMPARE(status.httpStatus, 404);
    QCOMPARE(status.code, ApiStatus::Code::HttpError);
}

void TestPlatformClient::compareAndRestore() {
    const auto supervisor = runJob(m_home->getRole(roleId(u"Supervisor"_s)));
    QVERIFY(supervisor);
    const QString defaultId = supervisor->defaultRoleId.value();
    const auto diff = runJob(m_home->compareDefault(supervisor->id.value(), defaultId)); // A6
    QVERIFY(diff);
    QVERIFY(!diff->addedPermissionPolicies->isEmpty());
    QCOMPARE(diff->roleFromDefault->name.value(), u"Supervisor"_s);
    DomainOrganizationRole draft = *supervisor;
    draft.permissionPolicies = diff->roleFromDefault->permissionPolicies;
    const auto preview =
        runJob(m_home->compareDefaultDraft(supervisor->id.value(), defaultId, draft)); // A12
    QVERIFY(preview);
    QVERIFY(preview->addedPermissionPolicies->isEmpty());
    QVERIFY(preview->removedPermissionPolicies->isEmpty());

    const auto restored = runJob(m_home->restoreDefaultRoles({*supervisor})); // A13
    QVERIFY(restored);
    QCOMPARE(restored->entities->size(), 1);
    const auto after = runJob(m_home->compareDefault(supervisor->id.value(), defaultId));
    QVERIFY(after->addedPermissionPolicies->isEmpty());

    const auto none = runJob(m_home->restoreAllDefaultRoles()); // A11
    QVERIFY(none);
    QCOMPARE(none->entities->size(), 0);
    const auto forced = runJob(m_home->restoreAllDefaultRoles(true));
    QVERIFY(forced);
    QVERIFY(forced->entities->size() >= 15);
}

void TestPlatformClient::assignments() {
    UserQuery uq;
    uq.pageSize = 100;
    uq.sortOrder = u"DESC"_s;
    const auto users = runJob(m_home->getUsers(uq)); // S1
    QVERIFY(users);
    QVERIFY(users->entities->size() > 30);
    QVERIFY(users->nextUri.has_value() == (users->pageCount.value() > 1));
    const QString a = users->entities->at(0).id.value();
    const QString b = users->entities->at(1).id.value();
    const QString role = roleId(u"Knowledge Editor"_s);
    const auto added = runJob(m_home->addRoleUsers(role, {a, b})); // A15
    QCOMPARE(added.value(), (QStringList{a, b}));
    const auto members = runJob(m_home->getRoleUsers(role, {1, 2})); // S2
    QCOMPARE(members->total.value(), 2);
    QCOMPARE(members->pageCount.value(), 2);
    const auto removed = runJob(m_home->removeRoleUsers(role, {a})); // A16
    QCOMPARE(removed.value(), QStringList{a});
    const auto set = runJob(m_home->setUserRoles(b, {role, roleId(u"Employee"_s)})); // A17
    QVERIFY(set);
    QCOMPARE(set->roles->size(), 2);
    const auto read = runJob(m_home->getUserRoles(b)); // A8
    QVERIFY(read->permissions->contains(u"knowledge:*:*"_s));
    QVERIFY(!read->permissionPolicies->first().actionSetKey.value_or(QString()).isEmpty());
    QVERIFY(runVoidJob(m_home->deleteUserRoles(b)).ok()); // A2
    QVERIFY(runJob(m_home->getUserRoles(b))->roles->isEmpty());
    const auto everyone = runJob(m_home->fetchAllUsers({{25, {}}, {}, {}, {}, u"any"_s}));
    QVERIFY(everyone);
    QCOMPARE(everyone->size(), 40);
}

void TestPlatformClient::trustLifecycle() {
    PlatformClient* fabrikam = clientFor(m_sandbox->organizations().at(2));
    const QString homeId = m_sandbox->homeOrganization().id;
    const QString fabrikamId = m_sandbox->organizations().at(2).id;
    const auto partnerUsers = runJob(fabrikam->getUsers());
    const QString u1 = partnerUsers->entities->at(1).id.value();
    const QString u2 = partnerUsers->entities->at(2).id.value();

    const auto pairing = runJob(fabrikam->createPairing({QStringList{u1, u2}, {}, {}})); // O16
    QVERIFY(pairing);
    QCOMPARE(pairing->trustee->id.value(), fabrikamId);
    const auto read = runJob(m_home->getPairing(pairing->id.value())); // O6
    QCOMPARE(read->users->size(), 2);

    TrustCreate create;
    create.pairingId = pairing->id;
    create.enabled = true;
    create.dateExpired = QDateTime::currentDateTimeUtc().addDays(30);
    TrustMemberCreate member;
    member.id = u1;
    member.roleIds = QStringList{roleId(u"Quality Evaluator"_s)};
    create.users = QList<TrustMemberCreate>{member};
    const auto trustee = runJob(m_home->createTrustee(create)); // O18
    QVERIFY(trustee);
    QCOMPARE(trustee->organization->name.value(), u"Fabrikam Outsourcing"_s);
    QVERIFY(trustee->dateExpired.has_value());
    QCOMPARE(runJob(m_home->getTrustee(fabrikamId))->enabled.value(), true); // O7
    const auto trustees = runJob(m_home->getTrustees());                     // O11
    QCOMPARE(trustees->entities->size(), 2);

    TrustMemberCreate second;
    second.id = u2;
    QVERIFY(runJob(m_home->addTrusteeUser(fabrikamId, second)));              // O17
    QCOMPARE(runJob(m_home->getTrusteeUsers(fabrikamId))->total.value(), 2);  // O10
    QCOMPARE(runJob(m_home->getTrusteeUser(fabrikamId, u2))->id.value(), u2); // O8
    const auto roles =
        runJob(m_home->setTrusteeUserRoles(fabrikamId, u2, {roleId(u"Supervisor"_s)})); // O22
    QCOMPARE(roles->roles->first().name.value(), u"Supervisor"_s);
    QCOMPARE(runJob(m_home->getTrusteeUserRoles(fabrikamId, u2))->roles->size(), 1); // O9
    QVERIFY(runVoidJob(m_home->deleteTrusteeUserRoles(fabrikamId, u2)).ok());        // O3
    QVERIFY(runJob(m_home->getTrusteeUserRoles(fabrikamId, u2))->roles->isEmpty());
    QVERIFY(runVoidJob(m_home->deleteTrusteeUser(fabrikamId, u2)).ok()); // O2

    TrustUpdate disable;
    disable.enabled = false;
    QCOMPARE(runJob(m_home->updateTrustee(fabrikamId, disable))->enabled.value(), false); // O21

    // The partner's side.
    const auto trustors = runJob(fabrikam->getTrustors()); // O15
    QVERIFY(trustors);
    QStringList trustorIds;
    for (const Trustor& t : trustors->entities.value())
        trustorIds.append(t.id.value());
    QVERIFY(trustorIds.contains(homeId));
    const auto trustor = runJob(fabrikam->getTrustor(homeId)); // O12
    QVERIFY(trustor->authorization->permissions->contains(u"quality:evaluation:view"_s));
    QVERIFY(runJob(fabrikam->addTrustorUser(homeId, u2)));                  // O23
    QCOMPARE(runJob(fabrikam->getTrustorUsers(homeId))->total.value(), 2);  // O14
    QCOMPARE(runJob(fabrikam->getTrustorUser(homeId, u2))->id.value(), u2); // O13
    QVERIFY(runVoidJob(fabrikam->deleteTrustorUser(homeId, u2)).ok());      // O5
    QVERIFY(runVoidJob(fabrikam->deleteTrustor(homeId)).ok());              // O4
    QCOMPARE(runJob(m_home->fetchAllTrustees())->size(), 1);
    QVERIFY(runVoidJob(m_home->deleteTrustee(m_sandbox->organizations().at(1).id)).ok()); // O1
    QCOMPARE(runJob(m_home->fetchAllTrustees())->size(), 0);
    QCOMPARE(runJob(m_home->fetchAllTrustors())->size(), 1);
}

void TestPlatformClient::audits() {
    TrusteeAuditQueryRequest trustee;
    trustee.trusteeOrganizationIds = QStringList{};
    trustee.trusteeUserIds = QStringList{};
    AuditQuery ascending;
    ascending.sortOrder = u"ascending"_s;
    ascending.pageSize = 100;
    const auto mine = runJob(m_home->queryTrusteeAudits(trustee, ascending)); // O19
    QVERIFY(mine);
    QVERIFY(mine->total.value() >= 1);
    QVERIFY(mine->entities->first().contains("eventDate"_L1));
    TrustorAuditQueryRequest trustor;
    trustor.trustorOrganizationId = m_sandbox->organizations().at(2).id;
    trustor.trusteeUserIds = QStringList{};
    trustor.queryPhrase = u"created"_s;
    const auto theirs = runJob(m_home->queryTrustorAudits(trustor)); // O20
    QVERIFY(theirs);
    QVERIFY(theirs->total.value() >= 1);
}

void TestPlatformClient::missingArgumentsAreRefusedWithoutSending() {
    QSignalSpy started(m_home->dispatcher(), &RequestDispatcher::requestStarted);
    ApiStatus status;
    QVERIFY(!runJob(m_home->getRole(QString()), &status));
    QCOMPARE(status.code, ApiStatus::Code::InvalidRequest);
    QVERIFY(status.message.contains(u"role id"_s));
    QVERIFY(!runJob(m_home->createRole(DomainOrganizationRole{}), &status));
    QVERIFY(status.message.contains(u"role name"_s));
    QVERIFY(!runJob(m_home->createTrustee(TrustCreate{}), &status));
    QCOMPARE(status.code, ApiStatus::Code::InvalidRequest);
    QCOMPARE(runVoidJob(m_home->deleteTrusteeUser(u"x"_s, QString())).code,
             ApiStatus::Code::InvalidRequest);
    QCOMPARE(started.count(), 0);
}

void TestPlatformClient::abortEmitsNothing() {
    auto* job = m_home->getRoles();
    QSignalSpy succeeded(job, &ApiJob::succeeded);
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy finished(job, &ApiJob::finished);
    QPointer<ApiJob> guard(job);
    job->abort();
    QTRY_VERIFY(guard.isNull()); // deleted itself
    QCOMPARE(succeeded.count() + failed.count() + finished.count(), 0);
    // The client keeps working afterwards.
    QVERIFY(runJob(m_home->getProducts()));
    auto* paged = m_home->fetchAllRoles({{1, {}}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    QSignalSpy progress(paged, &ApiJob::progress);
    QSignalSpy pagedFinished(paged, &ApiJob::finished);
    QVERIFY(progress.wait(5000));
    paged->abort();
    QTest::qWait(100);
    QCOMPARE(pagedFinished.count(), 0);
    QCOMPARE(m_home->dispatcher()->inFlight(), 0);
}

void TestPlatformClient::errorBodiesBecomeReadableStatus() {
    DomainOrganizationRole bad;
    bad.name = u"Broken"_s;
    DomainPermissionPolicy p;
    p.domain = u"routing"_s;
    p.entityName = u"queue"_s;
    p.actionSet = QStringList{u"boil"_s};
    bad.permissionPolicies = QList<DomainPermissionPolicy>{p};
    ApiStatus status;
    QVERIFY(!runJob(m_home->createRole(bad), &status));
    QCOMPARE(status.code, ApiStatus::Code::HttpError);
    QCOMPARE(status.httpStatus, 400);
    QCOMPARE(status.errorBody.code, u"invalid.permission"_s);
    QCOMPARE(status.errorBody.details.first().fieldName, u"permissionPolicies[0].actionSet"_s);
    QVERIFY(status.message.contains(u"routing:queue:boil"_s));
    QVERIFY(!status.errorBody.contextId.isEmpty());
    QVERIFY(!status.correlationId.isEmpty());
    // messageParams are substituted into messageWithParams.
    QVERIFY(!runJob(m_home->getRole(u"ghost"_s), &status));
    QCOMPARE(status.message, u"The role ghost was not found."_s);
}

void TestPlatformClient::loginFailureFailsEveryWaitingJob() {
    PlatformClient client(m_network);
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setCredentials(m_sandbox->homeOrganization().clientId, u"wrong"_s);
    auto* a = client.getRoles();
    auto* b = client.getProducts();
    ApiStatus sa, sb;
    bool doneB = false;
    QObject::connect(b, &ApiJob::failed, [&sb](const ApiStatus& s) { sb = s; });
    QObject::connect(b, &ApiJob::finished, [&doneB] { doneB = true; });
    QVERIFY(!runJob(a, &sa));
    QTRY_VERIFY(doneB);
    QCOMPARE(sa.code, ApiStatus::Code::AuthenticationFailed);
    QCOMPARE(sb.code, ApiStatus::Code::AuthenticationFailed);
    QVERIFY2(sa.message.contains(u"401"_s), qPrintable(sa.message));
}

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platform_client.moc"
