// The organization's session and every operation object, against a real sandbox over HTTP:
// loading fills the stores; each write reports a typed failure or updates its store; reads
// give what the server has; a snapshot session refuses to write; the edit session follows the
// role store through reloads, refreshes and deletions.

#include "RunOperation.h"
#include "SandboxClient.h"
#include "catalog/CatalogStore.h"
#include "org/OrgSession.h"
#include "roles/RoleDeletion.h"
#include "roles/RoleDraft.h"
#include "roles/RoleEditSession.h"
#include "roles/RoleMembersRead.h"
#include "roles/RolePermissionSearch.h"
#include "roles/RoleRead.h"
#include "roles/RoleRefresh.h"
#include "roles/RoleStore.h"
#include "roles/RoleUsersChange.h"
#include "trusts/TrustStore.h"
#include "users/UserDirectory.h"
#include "users/UserRolesChange.h"
#include "users/UserRolesRead.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool run(Operation* op, OperationFailure* failure = nullptr, bool keep = true) {
    return runOperation(op, failure, keep, 20000);
}

} // namespace

class TestOperations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void sessionLoadsEveryStore();
    void userDirectoryLoadsOnceAndFinds();
    void roleDeletionLeavesTheStore();
    void roleUsersChangeRefreshesTheCount();
    void userRolesAreSetAndRemovedWithCounts();
    void readsGiveWhatTheServerHas();
    void snapshotSessionRefusesToWrite();
    void editSessionFollowsTheStore();
    void editSessionSavesIntoTheStore();

private:
    QString idOf(const QString& name) const;
    QString userWithout(const QString& roleId);

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
    QTemporaryDir m_dir;
};

void TestOperations::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0; // many small requests; pacing is tested elsewhere
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_client = sandboxClient(*m_sandbox, &m_network, this);
}

void TestOperations::cleanupTestCase() {
    delete m_client;
    delete m_sandbox;
}

void TestOperations::init() {
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(loaded.wait(20000));
}

void TestOperations::cleanup() {
    delete m_session;
    m_session = nullptr;
}

QString TestOperations::idOf(const QString& name) const {
    const DomainOrganizationRole* r = m_session->roles()->findByName(name);
    return r ? r->id.value_or(QString()) : QString();
}

QString TestOperations::userWithout(const QString& roleId) {
    RoleMembersRead members(m_session, roleId);
    if (!run(&members))
        return {};
    QSignalSpy loaded(m_session->users(), &UserDirectory::loaded);
    m_session->users()->load();
    if (!m_session->users()->isLoaded() && !loaded.wait(10000))
        return {};
    for (const User& u : m_session->users()->users())
        if (!members.userIds().contains(*u.id))
            return *u.id;
    return {};
}

void TestOperations::sessionLoadsEveryStore() {
    QVERIFY(!m_session->isReadOnly());
    QVERIFY(m_session->hasLoaded());
    QCOMPARE(m_session->organizationName(), u"Contoso Contact Center"_s);
    QCOMPARE(m_session->roles()->count(), 29);
    QVERIFY(m_session->catalog()->index().find(u"routing"_s, u"queue"_s, u"edit"_s));
    QCOMPARE(m_session->catalog()->products().size(), 8);
    QCOMPARE(m_session->trusts()->trustees().size(), 1);
    QCOMPARE(m_session->trusts()->trustees().first().members.size(), 3);
    QCOMPARE(m_session->trusts()->trustors().size(), 1);

    // A reload replaces every store at once, after everything has arrived.
    QSignalSpy progress(m_session, &OrgSession::loadProgress);
    QSignalSpy reset(m_session->roles(), &RoleStore::rolesReset);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(m_session->isLoading());
    QCOMPARE(reset.count(), 0);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(reset.count(), 1);
    QVERIFY(progress.count() >= 7);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

    // Cancelled: the stores keep what they had.
    QSignalSpy cancelled(m_session, &OrgSession::loadCancelled);
    m_session->load();
    m_session->cancelLoad();
    QCOMPARE(cancelled.count(), 1);
    QTest::qWait(50);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_session->roles()->count(), 29);
}

void TestOperations::userDirectoryLoadsOnceAndFinds() {
    UserDirectory* users = m_session->users();
    QVERIFY(!users->isLoaded()); // nothing is fetched before someone needs it
    QSignalSpy loaded(users, &UserDirectory::loaded);
    users->load();
    users->load(); // a second ask while loading sends nothing more
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.count(), 1);
    UserQuery q;
    q.pageSize = 100;
    const auto active = runJob(m_client->fetchAllUsers(q)); // S1's default: the active ones
    q.state = u"any"_s;
    const auto server = runJob(m_client->fetchAllUsers(q));
    QVERIFY(active && server && active->size() > 30);
    // Who has left keeps their roles: the directory names inactive users too.
    QCOMPARE_GT(server->size(), active->size());
    QCOMPARE(users->users().size(), server->size());
    const auto inactive = std::find_if(users->users().cbegin(), users->users().cend(),
                                       [](const User& u) { return u.state == u"inactive"_s; });
    QVERIFY(inactive != users->users().cend());
    QCOMPARE(users->displayName(*inactive->id), u"%1 (inactive)"_s.arg(*inactive->name));
    QCOMPARE(users->describe(*inactive->id),
             u"%1 (inactive) <%2>"_s.arg(*inactive->name, *inactive->email));
    for (qsizetype i = 1; i < users->users().size(); ++i) // by name, as the pickers list them
        QVERIFY(users->users()[i - 1].name->localeAwareCompare(*users->users()[i].name) <= 0);
    const User& someone = *std::find_if(users->users().cbegin() + 7, users->users().cend(),
                                        [](const User& u) { return u.state == u"active"_s; });
    QCOMPARE(users->find(*someone.id)->email, someone.email);
    QCOMPARE(users->describe(*someone.id), u"%1 <%2>"_s.arg(*someone.name, *someone.email));
    QCOMPARE(users->resolve(users->describe(*someone.id)), *someone.id); // what completion offers
    QCOMPARE(users->resolve(*someone.email), *someone.id);               // or typed
    QVERIFY(users->resolve(u"@"_s).isEmpty()); // many match: none is chosen
    QCOMPARE(users->describe(u"unknown"_s), u"unknown"_s);
    users->load(); // loaded already: says so at once
    QCOMPARE(loaded.count(), 2);
}

void TestOperations::roleDeletionLeavesTheStore() {
    DomainOrganizationRoleCreate body;
    body.name = u"Deleted by the operations test"_s;
    const auto created = runJob(m_client->createRole(body));
    QVERIFY(created);
    RoleRefresh refresh(m_session, {*created->id});
    QVERIFY(run(&refresh));
    QVERIFY(m_session->roles()->find(*created->id));

    QSignalSpy removed(m_session->roles(), &RoleStore::roleRemoved);
    RoleDeletion deletion(m_session, *created->id);
    QVERIFY(run(&deletion));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_session->roles()->find(*created->id));
    ApiStatus status;
    QVERIFY(!runJob(m_client->getRole(*created->id), &status));
    QCOMPARE(status.httpStatus, 404);

    // Again: the server says it is gone, as a failure of its kind, and the store is as it was.
    RoleDeletion again(m_session, *created->id);
    OperationFailure failure;
    QVERIFY(!run(&again, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
    QCOMPARE(failure.status.httpStatus, 404);
    QCOMPARE(m_session->roles()->count(), 29);
}

void TestOperations::roleUsersChangeRefreshesTheCount() {
    const QString roleId = idOf(u"Quality Administrator"_s);
    QVERIFY(!roleId.isEmpty());
    const int before = m_session->roles()->find(roleId)->userCount.value_or(-1);
    QCOMPARE(before, 1);
    const QString user = userWithout(roleId);
    QVERIFY(!user.isEmpty());

    QSignalSpy changed(m_session->roles(), &RoleStore::roleChanged);
    RoleUsersChange add(m_session, roleId, {user}, RoleUsersChange::Change::Add);
    QSignalSpy progress(&add, &Operation::progress);
    QVERIFY(run(&add));
    QCOMPARE(progress.count(), 3); // started, written, counts read again
    QCOMPARE(progress.at(1), (QVariantList{1, 2}));
    QCOMPARE(progress.last(), (QVariantList{2, 2}));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_session->roles()->find(roleId)->userCount, 2);
    RoleMembersRead members(m_session, roleId);
    QVERIFY(run(&members));
    QVERIFY(members.userIds().contains(user));

    RoleUsersChange remove(m_session, roleId, {user}, RoleUsersChange::Change::Remove);
    QVERIFY(run(&remove));
    QCOMPARE(m_session->roles()->find(roleId)->userCount, 1);

    // Users of a role that does not exist: refused by the server, said so.
    RoleUsersChange nowhere(m_session, u"no-such-role"_s, {user}, RoleUsersChange::Change::Add);
    OperationFailure failure;
    QVERIFY(!run(&nowhere, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
}

void TestOperations::userRolesAreSetAndRemovedWithCounts() {
    const QString knowledge = idOf(u"Knowledge Editor"_s);
    const QString user = userWithout(knowledge);
    QVERIFY(!user.isEmpty());
    UserRolesRead held(m_session, user);
    QVERIFY(run(&held));
    const int knowledgeUsers = m_session->roles()->find(knowledge)->userCount.value_or(-1);

    QStringList wanted = held.roleIds();
    wanted.append(knowledge);
    auto* set = UserRolesChange::set(m_session, user, held.roleIds(), wanted);
    QPointer<UserRolesChange> watch = set;
    QStringList after, changed;
    connect(set, &Operation::succeeded, this, [&] {
        after = set->roleIds();
        changed = set->changedRoleIds();
    });
    QVERIFY(run(set, nullptr, false));
    QTRY_VERIFY(!watch); // it goes by itself
    QVERIFY(after.contains(knowledge));
    QCOMPARE(changed, QStringList{knowledge});
    QCOMPARE(m_session->roles()->find(knowledge)->userCount, knowledgeUsers + 1);

    auto* none = UserRolesChange::removeAll(m_session, user, after);
    QStringList dropped;
    connect(none, &Operation::succeeded, this, [&] { dropped = none->changedRoleIds(); });
    QVERIFY(run(none, nullptr, false));
    QCOMPARE(dropped, after);
    UserRolesRead now(m_session, user);
    QVERIFY(run(&now));
    QVERIFY(now.roleIds().isEmpty());
    QCOMPARE(m_session->roles()->find(knowledge)->userCount, knowledgeUsers);
    // Put back what the user held, for the tests after this one.
    QVERIFY(run(UserRolesChange::set(m_session, user, {}, held.roleIds()), nullptr, false));
}

void TestOperations::readsGiveWhatTheServerHas() {
    const QString tier1 = idOf(u"Tier 1 Agent"_s);
    RoleRead read(m_session, tier1);
    QVERIFY(run(&read));
    QCOMPARE(read.role().name, u"Tier 1 Agent"_s);
    QCOMPARE(read.role().userCount, 12);
    RoleMembersRead members(m_session, tier1);
    QVERIFY(run(&members));
    QCOMPARE(members.userIds().size(), 12);

    RolePermissionSearch search(m_session, u"recording:recording:view"_s);
    QVERIFY(run(&search));
    RoleQuery q;
    q.permission = {u"recording:recording:view"_s};
    q.pageSize = 100;
    const auto server = runJob(m_client->getRoles(q));
    QVERIFY(server);
    QCOMPARE(search.roleIds().size(), server->entities->size());
    QVERIFY(!search.roleIds().isEmpty());

    RoleRead missing(m_session, u"no-such-role"_s);
    OperationFailure failure;
    QVERIFY(!run(&missing, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
}

void TestOperations::snapshotSessionRefusesToWrite() {
    OrgSession snapshot(m_session->toOrgData());
    QVERIFY(snapshot.isReadOnly());
    QCOMPARE(snapshot.roles()->count(), 29);
    const QString id = idOf(u"Employee"_s);
    RoleDeletion deletion(&snapshot, id);
    OperationFailure failure;
    QVERIFY(!run(&deletion, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::ReadOnly);
    QVERIFY(!failure.status.message.isEmpty());
    QVERIFY(snapshot.roles()->find(id));    // nothing changed here
    QVERIFY(runJob(m_client->getRole(id))); // nor there
}

void TestOperations::editSessionFollowsTheStore() {
    RoleEditSession edit;
    edit.setDraftDirectory(m_dir.filePath(u"drafts"_s));
    edit.setSession(m_session);
    QSignalSpy draftChanged(&edit, &RoleEditSession::draftChanged);
    QSignalSpy marked(&edit, &RoleEditSession::roleModified);
    const QString id = idOf(u"Billing Specialist"_s);
    QVERIFY(edit.open(id));
    QVERIFY(!edit.open(u"no-such-role"_s));
    QCOMPARE(edit.draft()->roleId(), id);
    QCOMPARE(draftChanged.count(), 1);

    // A reload with nothing edited reopens the fresh copy.
    RoleDraft* first = edit.draft();
    m_session->setData(m_session->toOrgData());
    QVERIFY(edit.draft() != first);
    QCOMPARE(edit.draft()->roleId(), id);
    QCOMPARE(draftChanged.count(), 2);

    // A refresh of the counts rebases an unchanged draft: still not modified.
    DomainOrganizationRole counted = *m_session->roles()->find(id);
    counted.userCount = 99;
    m_session->roles()->upsert(counted);
    QCOMPARE(edit.draft()->base().userCount, 99);
    QVERIFY(!edit.isModified());

    // An edited draft stays through a reload, marked, and is kept on disk.
    edit.draft()->setDescription(u"Edited, not saved"_s);
    QVERIFY(edit.isModified());
    QCOMPARE(edit.draftStore()->drafts(m_session->organizationId()).size(), 1);
    RoleDraft* edited = edit.draft();
    marked.clear();
    m_session->setData(m_session->toOrgData());
    QCOMPARE(edit.draft(), edited);
    QCOMPARE(marked.count(), 1);
    QCOMPARE(marked.first().at(1).toBool(), true);

    // The role goes: so do its draft and its file.
    m_session->roles()->remove(id);
    QVERIFY(!edit.draft());
    QVERIFY(edit.draftStore()->drafts(m_session->organizationId()).isEmpty());
}

void TestOperations::editSessionSavesIntoTheStore() {
    RoleEditSession edit;
    edit.setDraftDirectory(m_dir.filePath(u"drafts"_s));
    edit.setSession(m_session);
    QSignalSpy messages(&edit, &RoleEditSession::message);
    edit.openNew();
    QVERIFY(!edit.save()); // no name: nothing is sent
    QVERIFY(messages.last().first().toString().contains(u"needs a name"_s));
    edit.draft()->setName(u"Supervisor"_s);
    QVERIFY(!edit.save()); // taken by another role
    QVERIFY(messages.last().first().toString().contains(u"already named"_s));
    edit.draft()->setName(u"Saved by the edit session"_s);
    QSignalSpy saved(&edit, &RoleEditSession::saved);
    QSignalSpy added(m_session->roles(), &RoleStore::roleAdded);
    QVERIFY(edit.save());
    QVERIFY(edit.isSaving());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(1).toBool(), true); // it was new
    QCOMPARE(added.count(), 1);
    const QString id = edit.draft()->roleId();
    QVERIFY(m_session->roles()->find(id));
    QVERIFY(!edit.isModified());

    // A colleague's change meanwhile is a conflict; taking theirs puts it in the store.
    edit.draft()->setDescription(u"Mine"_s);
    DomainOrganizationRole theirs = *runJob(m_client->getRole(id));
    theirs.description = u"Theirs"_s;
    QVERIFY(runJob(m_client->updateRole(id, DomainOrganizationRoleUpdate::fromRole(theirs))));
    QSignalSpy conflict(&edit, &RoleEditSession::conflict);
    QVERIFY(edit.save());
    QVERIFY(conflict.wait(10000));
    edit.takeTheirs(conflict.first().first().value<DomainOrganizationRole>());
    QCOMPARE(edit.draft()->content().description, u"Theirs"_s);
    QCOMPARE(m_session->roles()->find(id)->description, u"Theirs"_s);
    QVERIFY(!edit.isModified());
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
