// The trustee-side writes against a real sandbox over HTTP: enable / disable and the expiry
// (O21, a past date refused before sending), a trustee user's roles set (O22) and removed (O3),
// the user removed (O2), the trust deleted (O1). Each updates the trust store, and the server
// says the same.

#include "RunOperation.h"
#include "SandboxClient.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeChange.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList roleIdsOf(const UserAuthorization& a) {
    QStringList out;
    for (const DomainRole& r : a.roles.value_or(QList<DomainRole>()))
        out.append(r.id.value_or(QString()));
    out.sort();
    return out;
}

} // namespace

class TestTrustOperations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void enableDisableAndExpiry();
    void trusteeUserRolesAndRemoval();
    void deleteTheTrust();

private:
    const TrusteeEntry& trustee() const { return m_session->trusts()->trustees().first(); }

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
};

void TestTrustOperations::init() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options); // these tests change the trust: a fresh org each
    QVERIFY(m_sandbox->start());
    m_client = sandboxClient(*m_sandbox, &m_network);
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(m_session->trusts()->trustees().size(), 1);
    QCOMPARE(trustee().members.size(), 3);
}

void TestTrustOperations::cleanup() {
    delete m_session;
    delete m_client;
    delete m_sandbox;
}

void TestTrustOperations::enableDisableAndExpiry() {
    const QString org = trustee().id();
    QSignalSpy changed(m_session->trusts(), &TrustStore::changed);
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(3);
    TrusteeUpdate disable(m_session, org, false, expiry);
    QVERIFY(runOperation(&disable));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(trustee().trustee.enabled, false);
    QVERIFY(trustee().trustee.dateExpired);
    QVERIFY(qAbs(trustee().trustee.dateExpired->dateTime().secsTo(expiry)) <= 1);
    QCOMPARE(trustee().members.size(), 3); // disabling keeps the users and their roles
    auto server = runJob(m_client->getTrustee(org));
    QVERIFY(server);
    QCOMPARE(server->enabled, false);

    // A date in the past is refused here, and nothing reaches the server.
    TrusteeUpdate past(m_session, org, true, QDateTime::currentDateTimeUtc().addDays(-1));
    OperationFailure failure;
    QVERIFY(!runOperation(&past, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
    QVERIFY(failure.status.message.contains(u"future"_s));
    QCOMPARE(runJob(m_client->getTrustee(org))->enabled, false);

    // Enabled again, without an expiry.
    TrusteeUpdate enable(m_session, org, true, std::nullopt);
    QVERIFY(runOperation(&enable));
    server = runJob(m_client->getTrustee(org));
    QCOMPARE(server->enabled, true);
    QVERIFY(!server->dateExpired);
    QCOMPARE(trustee().trustee.enabled, true);

    TrusteeUpdate unknown(m_session, u"no-such-org"_s, true, std::nullopt);
    QVERIFY(!runOperation(&unknown, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
}

void TestTrustOperations::trusteeUserRolesAndRemoval() {
    const QString org = trustee().id();
    const QString first = *trustee().members[0].user.id;
    const QString second = *trustee().members[1].user.id;
    const QString third = *trustee().members[2].user.id;
    const QString employee = *m_session->roles()->findByName(u"Employee"_s)->id;
    const QString supervisor = *m_session->roles()->findByName(u"Supervisor"_s)->id;

    QScopedPointer<TrusteeUserChange> set(
        TrusteeUserChange::setRoles(m_session, org, first, {employee, supervisor}));
    QVERIFY(runOperation(set.get()));
    QStringList wanted{employee, supervisor};
    wanted.sort();
    QCOMPARE(roleIdsOf(trustee().members[0].roles), wanted);
    QCOMPARE(roleIdsOf(*runJob(m_client->getTrusteeUserRoles(org, first))), wanted);

    QScopedPointer<TrusteeUserChange> none(TrusteeUserChange::setRoles(m_session, org, first, {}));
    OperationFailure failure;
    QVERIFY(!runOperation(none.get(), &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);

    // Without roles they stay a trustee user.
    QScopedPointer<TrusteeUserChange> strip(TrusteeUserChange::removeRoles(m_session, org, second));
    QVERIFY(runOperation(strip.get()));
    QVERIFY(roleIdsOf(trustee().members[1].roles).isEmpty());
    QVERIFY(roleIdsOf(*runJob(m_client->getTrusteeUserRoles(org, second))).isEmpty());
    QCOMPARE(runJob(m_client->getTrusteeUsers(org))->total, 3);

    QScopedPointer<TrusteeUserChange> remove(TrusteeUserChange::removeUser(m_session, org, third));
    QVERIFY(runOperation(remove.get()));
    QCOMPARE(trustee().members.size(), 2);
    QCOMPARE(runJob(m_client->getTrusteeUsers(org))->total, 2);
    QScopedPointer<TrusteeUserChange> again(TrusteeUserChange::removeUser(m_session, org, third));
    QVERIFY(!runOperation(again.get(), &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
}

void TestTrustOperations::deleteTheTrust() {
    const QString org = trustee().id();
    QSignalSpy removed(m_session->trusts(), &TrustStore::removed);
    TrusteeDeletion deletion(m_session, org);
    QVERIFY(runOperation(&deletion));
    QCOMPARE(removed.size(), 1);
    QVERIFY(m_session->trusts()->trustees().isEmpty());
    QVERIFY(runJob(m_client->getTrustees())->entities.value_or(QList<Trustee>()).isEmpty());
    TrusteeDeletion again(m_session, org);
    OperationFailure failure;
    QVERIFY(!runOperation(&again, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestTrustOperations)
#include "tst_trust_operations.moc"
