// The trust lifecycle against a real sandbox over HTTP, through the operation objects the GUI
// runs: enable / disable and the expiry (O21, a past date refused before sending), a trustee
// user's roles set (O22) and removed (O3), the user removed (O2), the trust deleted (O1); and
// across two organizations: a pairing (O16) looked up (O6) and accepted with roles (O18), the
// partner sees the trustor (O12, O14) and adds a user there (O23), home reads and changes that
// user (O7-O10, O22), disables and re-enables, both sides' audits (O19, O20) list it, delete.
// Each write updates the trust store, and the server says the same.

#include "RunOperation.h"
#include "SandboxClient.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "trusts/Pairing.h"
#include "trusts/TrustAudit.h"
#include "trusts/TrustPosture.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeChange.h"
#include "trusts/TrustorChange.h"
#include "users/UserDirectory.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Qt's owner, group and other bits (the "user" bits repeat the owner's for the caller).
constexpr int kOwnerGroupOther = 0x7077;

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
    void lifecycleAcrossTwoOrganizations();
    void pairingMistakesAreNamed();
    void trusteeUserCapIsCheckedFirst();
    void trustorUsersAndLeaving();
    void auditEntriesAreReadTolerantly();
    void pairingBookIsPrivate();

private:
    //! A loaded session of another sandbox organization.
    OrgSession* partnerSession(const QString& name);
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

OrgSession* TestTrustOperations::partnerSession(const QString& name) {
    auto* client = sandboxClientFor(*m_sandbox, name, &m_network, m_session);
    auto* session = new OrgSession(client, u"Sandbox"_s, m_session);
    QSignalSpy loaded(session, &OrgSession::loaded);
    session->load();
    if (!loaded.wait(20000))
        qWarning("the partner did not load");
    QSignalSpy users(session->users(), &UserDirectory::loaded);
    session->users()->load();
    if (!users.wait(20000))
        qWarning("the partner's users did not load");
    return session;
}

void TestTrustOperations::lifecycleAcrossTwoOrganizations() {
    QTemporaryDir book;
    OrgSession* partner = partnerSession(u"Fabrikam Outsourcing"_s);
    const QString home = m_session->organizationId();
    const QString partnerId = partner->organizationId();
    QVERIFY(!home.isEmpty() && !partnerId.isEmpty());
    QVERIFY(!m_session->trusts()->trustee(partnerId)); // Fabrikam trusts home, not the reverse
    const QList<User>& people = partner->users()->users();
    QVERIFY(people.size() >= 4);
    const QString first = *people[1].id, second = *people[2].id, third = *people[3].id;

    // Partner: ask home for access for two users; the pairing is remembered.
    PairingRequest request(partner, {first, second}, book.path());
    QVERIFY(runOperation(&request));
    const QString pairingId = request.result().id.value_or(QString());
    QVERIFY(!pairingId.isEmpty());
    QCOMPARE(PairingBook(book.path()).pairings(partnerId).size(), 1);

    // Home: look it up, then accept it with a role per user.
    PairingLookup lookup(m_session, pairingId);
    QVERIFY(runOperation(&lookup));
    QCOMPARE(lookup.result().trustee->id, partnerId);
    QCOMPARE(lookup.result().users->size(), 2);
    const QString employee = *m_session->roles()->findByName(u"Employee"_s)->id;
    const QString supervisor = *m_session->roles()->findByName(u"Supervisor"_s)->id;
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(10);
    TrusteeCreation accept(m_session, pairingId, {{first, {employee}}, {second, {supervisor}}},
                           true, expiry);
    QVERIFY(runOperation(&accept));
    const TrusteeEntry* trust = m_session->trusts()->trustee(partnerId);
    QVERIFY(trust);
    QCOMPARE(trust->members.size(), 2);
    QCOMPARE(roleIdsOf(trust->member(first)->roles), QStringList{employee});
    QCOMPARE(roleIdsOf(trust->member(second)->roles), QStringList{supervisor});
    QVERIFY(qAbs(trust->trustee.dateExpired->dateTime().secsTo(expiry)) <= 1);
    // A pairing makes one trust.
    TrusteeCreation twice(m_session, pairingId, {{first, {employee}}}, true, std::nullopt);
    OperationFailure failure;
    QVERIFY(!runOperation(&twice, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
    QVERIFY2(failure.status.message.contains(u"already used"_s),
             qPrintable(failure.status.message));

    // Partner: home is a trustor now; add a third user there.
    TrustorRefresh seeHome(partner, home);
    QVERIFY(runOperation(&seeHome));
    QVERIFY(partner->trusts()->trustor(home));
    QCOMPARE(partner->trusts()->trustor(home)->members.size(), 2);
    QScopedPointer<TrustorUserChange> add(TrustorUserChange::add(partner, home, third));
    QVERIFY(runOperation(add.get()));
    QCOMPARE(partner->trusts()->trustor(home)->members.size(), 3);

    // Home: the new user arrives with no role here, which the posture says; give them one.
    TrusteeRefresh refresh(m_session, partnerId);
    QVERIFY(runOperation(&refresh));
    trust = m_session->trusts()->trustee(partnerId);
    QCOMPARE(trust->members.size(), 3);
    QVERIFY(roleIdsOf(trust->member(third)->roles).isEmpty());
    const TrustPosture posture = TrustPosture::assess(*m_session->trusts(), *m_session->roles());
    QVERIFY(posture.members.value(TrustPosture::Finding::UsersWithoutRoles)
                .contains(TrustPosture::Member{partnerId, third}));
    QScopedPointer<TrusteeUserChange> give(
        TrusteeUserChange::setRoles(m_session, partnerId, third, {employee}));
    QVERIFY(runOperation(give.get()));
    TrusteeRefresh one(m_session, partnerId, third); // O8 + O9 for one user
    QVERIFY(runOperation(&one));
    QCOMPARE(roleIdsOf(m_session->trusts()->trustee(partnerId)->member(third)->roles),
             QStringList{employee});

    // Disable, and the partner sees it; enable again.
    TrusteeUpdate disable(m_session, partnerId, false, std::nullopt);
    QVERIFY(runOperation(&disable));
    TrustorRefresh seeDisabled(partner, home);
    QVERIFY(runOperation(&seeDisabled));
    QCOMPARE(partner->trusts()->trustor(home)->trustor.enabled, false);
    QCOMPARE(m_session->trusts()->trustee(partnerId)->members.size(), 3); // roles kept
    TrusteeUpdate enable(m_session, partnerId, true, std::nullopt);
    QVERIFY(runOperation(&enable));

    // Audits: home sees what happened to the trust; the partner sees its side.
    AuditQuestion question;
    question.organizationIds = {partnerId};
    question.pageSize = 100;
    AuditSearch audits(m_session, question);
    QVERIFY(runOperation(&audits));
    QStringList actions;
    for (const AuditEntry& e : audits.entries())
        actions.append(e.action + u' ' + e.entityType);
    for (const QString& wanted : {u"Create Trustee"_s, u"Create TrusteeUser"_s,
                                  u"Update TrusteeUserRoles"_s, u"Update Trustee"_s})
        QVERIFY2(actions.contains(wanted), qPrintable(actions.join(u", "_s)));
    QCOMPARE(actions.count(u"Update Trustee"_s), 2);
    for (qsizetype i = 1; i < audits.entries().size(); ++i) // newest first
        QVERIFY(audits.entries()[i - 1].time >= audits.entries()[i].time);
    // Pages of two, oldest first: the first page starts with the creation.
    question.pageSize = 2;
    question.newestFirst = false;
    AuditSearch firstPage(m_session, question);
    QVERIFY(runOperation(&firstPage));
    QCOMPARE(firstPage.entries().size(), 2);
    QCOMPARE(firstPage.entries().first().action, u"Create"_s);
    QCOMPARE(firstPage.total(), audits.total());
    QCOMPARE(firstPage.pageCount(), int((audits.total() + 1) / 2));
    question.page = 2;
    AuditSearch secondPage(m_session, question);
    QVERIFY(runOperation(&secondPage));
    QVERIFY(secondPage.entries().first().json != firstPage.entries().first().json);
    AuditQuestion theirs;
    theirs.side = AuditQuestion::Side::Trustor;
    AuditSearch partnerAudits(partner, theirs); // every trustor of the partner: home alone
    QVERIFY(runOperation(&partnerAudits));
    QCOMPARE(partnerAudits.total(), audits.total()); // the same trust, seen from its other side

    // Delete: home's store drops it, and the partner's refresh finds it gone.
    TrusteeDeletion deletion(m_session, partnerId);
    QVERIFY(runOperation(&deletion));
    QVERIFY(!m_session->trusts()->trustee(partnerId));
    TrustorRefresh gone(partner, home);
    QVERIFY(!runOperation(&gone, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
    QVERIFY(!partner->trusts()->trustor(home));
}

void TestTrustOperations::pairingMistakesAreNamed() {
    OperationFailure failure;
    PairingLookup unknown(m_session, u"no-such-pairing"_s);
    QVERIFY(!runOperation(&unknown, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
    QVERIFY2(failure.status.message.contains(u"No pairing has the id no-such-pairing"_s),
             qPrintable(failure.status.message));
    TrusteeCreation unknownAccept(m_session, u"no-such-pairing"_s, {{u"x"_s, {u"y"_s}}}, true,
                                  std::nullopt);
    QVERIFY(!runOperation(&unknownAccept, &failure));
    QVERIFY2(failure.status.message.contains(u"No pairing has the id"_s),
             qPrintable(failure.status.message));
    PairingLookup empty(m_session, u"  "_s);
    QVERIFY(!runOperation(&empty, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);

    // Home's own pairing cannot be accepted by home.
    QSignalSpy users(m_session->users(), &UserDirectory::loaded);
    m_session->users()->load();
    QVERIFY(users.wait(20000));
    QTemporaryDir book;
    PairingRequest own(m_session, {*m_session->users()->users().first().id}, book.path());
    QVERIFY(runOperation(&own));
    PairingLookup self(m_session, *own.result().id);
    QVERIFY(!runOperation(&self, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
    QVERIFY(failure.status.message.contains(u"made by this organization"_s));
    PairingLookup mine(m_session, *own.result().id, true); // the Pairings tab's own lookup
    QVERIFY(runOperation(&mine));
    QCOMPARE(mine.result().users->size(), 1);
    PairingRequest nobody(m_session, {}, book.path());
    QVERIFY(!runOperation(&nobody, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);

    // Expired: a sandbox whose pairings last no time at all.
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.pairingTtlSeconds = 0;
    Sandbox quick(options);
    QVERIFY(quick.start());
    QScopedPointer<PlatformClient> partnerClient(
        sandboxClientFor(quick, u"Northwind Support Partners"_s, &m_network));
    TrustRequestCreate body;
    body.userIds = QStringList{*runJob(partnerClient->getUsers())->entities->first().id};
    const auto pairing = runJob(partnerClient->createPairing(body));
    QVERIFY(pairing);
    QScopedPointer<PlatformClient> homeClient(sandboxClient(quick, &m_network));
    OrgSession homeSession(homeClient.get(), u"Sandbox"_s);
    PairingLookup expired(&homeSession, *pairing->id);
    QVERIFY(!runOperation(&expired, &failure));
    QVERIFY2(failure.status.message.contains(u"has expired"_s), qPrintable(failure.status.message));

    // An expiry in the past, too many users, nobody: refused before anything is sent.
    TrusteeCreation past(m_session, u"p"_s, {{u"x"_s, {u"y"_s}}}, true,
                         QDateTime::currentDateTimeUtc().addSecs(-60));
    QVERIFY(!runOperation(&past, &failure));
    QVERIFY(failure.status.message.contains(u"future"_s));
    QList<TrusteeGrant> many;
    for (int i = 0; i < TrusteeEntry::kMaxUsers + 1; ++i)
        many.append({u"user-%1"_s.arg(i), {u"r"_s}});
    TrusteeCreation tooMany(m_session, u"p"_s, many, true, std::nullopt);
    QVERIFY(!runOperation(&tooMany, &failure));
    QVERIFY(failure.status.message.contains(u"at most 25"_s));
    TrusteeCreation none(m_session, u"p"_s, {}, true, std::nullopt);
    QVERIFY(!runOperation(&none, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
}

void TestTrustOperations::trusteeUserCapIsCheckedFirst() {
    const QString org = trustee().id();
    const QString employee = *m_session->roles()->findByName(u"Employee"_s)->id;
    // Already a user: refused here, with their name.
    const TrusteeMember existing = trustee().members.first();
    TrusteeUserAddition again(m_session, org, {*existing.user.id, {employee}});
    OperationFailure failure;
    QVERIFY(!runOperation(&again, &failure));
    QVERIFY(failure.status.message.contains(*existing.user.name));
    // A real new user of the trustee org is added with the role.
    QScopedPointer<PlatformClient> northwind(
        sandboxClientFor(*m_sandbox, u"Northwind Support Partners"_s, &m_network));
    QString newcomer;
    const auto people = runJob(northwind->getUsers());
    QVERIFY(people);
    for (const User& u : people->entities.value_or(QList<User>()))
        if (!trustee().member(*u.id))
            newcomer = *u.id;
    TrusteeUserAddition add(m_session, org, {newcomer, {employee}});
    QVERIFY(runOperation(&add));
    QCOMPARE(trustee().members.size(), 4);
    QCOMPARE(roleIdsOf(trustee().member(newcomer)->roles), QStringList{employee});
    // The server's own refusal comes through: an unknown user.
    TrusteeUserAddition stranger(m_session, org, {u"not-a-user"_s, {employee}});
    QVERIFY(!runOperation(&stranger, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
    // At the cap, nothing is sent (the store says 25; the server would have answered 404).
    TrusteeEntry full = trustee();
    while (full.members.size() < TrusteeEntry::kMaxUsers) {
        TrusteeMember m;
        m.user.id = u"filler-%1"_s.arg(full.members.size());
        full.members.append(m);
    }
    m_session->trusts()->upsertTrustee(full);
    TrusteeUserAddition capped(m_session, org, {u"not-a-user"_s, {employee}});
    QVERIFY(!runOperation(&capped, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
    QVERIFY2(failure.status.message.contains(u"25 of 25"_s), qPrintable(failure.status.message));
}

void TestTrustOperations::trustorUsersAndLeaving() {
    QCOMPARE(m_session->trusts()->trustors().size(), 1); // Fabrikam trusts home
    const TrustorEntry fabrikam = m_session->trusts()->trustors().first();
    QCOMPARE(fabrikam.members.size(), 2);
    const QString member = *fabrikam.members.first().id;
    QScopedPointer<TrustorUserChange> remove(
        TrustorUserChange::remove(m_session, fabrikam.id(), member));
    QVERIFY(runOperation(remove.get()));
    QCOMPARE(m_session->trusts()->trustor(fabrikam.id())->members.size(), 1);
    QCOMPARE(runJob(m_client->getTrustorUsers(fabrikam.id()))->total, 1);
    // Adding them back; twice is refused here.
    QScopedPointer<TrustorUserChange> add(TrustorUserChange::add(m_session, fabrikam.id(), member));
    QVERIFY(runOperation(add.get()));
    QScopedPointer<TrustorUserChange> twice(
        TrustorUserChange::add(m_session, fabrikam.id(), member));
    OperationFailure failure;
    QVERIFY(!runOperation(twice.get(), &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
    TrustorRefresh one(m_session, fabrikam.id(), member); // O13
    QVERIFY(runOperation(&one));
    QCOMPARE(m_session->trusts()->trustor(fabrikam.id())->members.size(), 2);
    TrustorDeletion leave(m_session, fabrikam.id());
    QVERIFY(runOperation(&leave));
    QVERIFY(m_session->trusts()->trustors().isEmpty());
    QVERIFY(runJob(m_client->getTrustors())->entities.value_or(QList<Trustor>()).isEmpty());
}

void TestTrustOperations::auditEntriesAreReadTolerantly() {
    const auto entry = [](const char* json) {
        return AuditEntry::decode(QJsonDocument::fromJson(json).object());
    };
    const AuditEntry known = entry(R"({"eventDate":"2026-11-30T10:00:00.000Z","action":"Update",
        "entity":{"id":"e1","name":"Queue A"},"entityType":"Role","user":{"id":"u1","name":"Ana"},
        "message":{"message":"Role changed"},"status":"SUCCESS","novel":{"deep":[1,2]}})");
    QCOMPARE(known.time, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
    QCOMPARE(known.entity, u"Queue A"_s);
    QCOMPARE(known.user, u"Ana"_s);
    QCOMPARE(known.message, u"Role changed"_s);
    QVERIFY(known.json.contains(u"novel"_s)); // kept, shown in the JSON view
    const AuditEntry other = entry(R"({"timestamp":1764496800000,"userId":"u2",
        "entityId":"e2","message":"plain text","action":7})");
    QCOMPARE(other.time, QDateTime::fromMSecsSinceEpoch(1764496800000, Qt::UTC));
    QCOMPARE(other.user, u"u2"_s);
    QCOMPARE(other.entity, u"e2"_s);
    QCOMPARE(other.message, u"plain text"_s);
    QCOMPARE(other.action, u"7"_s);
    const AuditEntry empty = entry(R"({"action":null,"entity":[],"user":{"x":1}})");
    QVERIFY(!empty.time.isValid());
    QVERIFY(empty.action.isEmpty() && empty.entity.isEmpty() && empty.user.isEmpty());

    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditEntry quoted = known;
    quoted.message = u"Said \"no\", twice\nthen yes"_s;
    model.setEntries({quoted, empty});
    QCOMPARE(model.rowCount(), 2);
    const QStringList lines = QString::fromUtf8(model.toCsv()).split(u"\r\n"_s);
    QCOMPARE(lines.first(), u"Time,User,Action,Entity type,Entity,Message,Status,JSON"_s);
    QVERIFY(lines[1].startsWith(u"2026-11-30T10:00:00.000Z,Ana,Update,Role,Queue A,"
                                "\"Said \"\"no\"\", twice"_s));
    QVERIFY(model.index(0, 0).data(AuditTableModel::JsonRole).toString().contains(u"novel"_s));
}

void TestTrustOperations::pairingBookIsPrivate() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"pairings"_s);
    PairingBook book(folder);
    TrustRequest a;
    a.id = u"pairing-a"_s;
    TrustRequest b;
    b.id = u"pairing-b"_s;
    QString error;
    const mode_t old = umask(0);
    const bool written = book.remember(u"org-1"_s, a, &error)
                         && book.remember(u"org-1"_s, b, &error)
                         && book.remember(u"org/../2"_s, a, &error);
    umask(old);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(book.pairings(u"org-1"_s).size(), 2);
    QCOMPARE(book.pairings(u"org-1"_s).first().id, u"pairing-b"_s); // newest first
    QCOMPARE(book.pairings(u"org/../2"_s).size(), 1);
    QVERIFY(book.pairings(u"org-3"_s).isEmpty());
    QCOMPARE(QFileInfo(folder).permissions() & kOwnerGroupOther,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString& f : files)
        QCOMPARE(QFileInfo(QDir(folder).filePath(f)).permissions() & kOwnerGroupOther,
                 QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(book.forget(u"org-1"_s, u"pairing-b"_s, &error));
    QCOMPARE(book.pairings(u"org-1"_s).size(), 1);
    // A damaged file says so and gives none.
    for (const QString& f : files) {
        QFile file(QDir(folder).filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
    }
    error.clear();
    QVERIFY(book.pairings(u"org-1"_s, &error).isEmpty());
    QVERIFY(error.contains(u"does not hold pairings"_s));
}

QTEST_GUILESS_MAIN(TestTrustOperations)
#include "tst_trust_operations.moc"
