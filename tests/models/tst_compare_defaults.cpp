// Compare and restore against a real sandbox over HTTP: the engine agrees with the server's
// comparedefault for every seeded role that has a default (saved, and as an edited draft with
// wildcards and conditions); restores (one, several, missing, all) write a restore point first
// and clear roleNeedsUpdate; undo-restore puts the roles back; Mark as up to date is A9.

#include "RunOperation.h"
#include "SandboxClient.h"
#include "catalog/CatalogStore.h"
#include "diff/DefaultComparison.h"
#include "diff/DefaultRestore.h"
#include "org/OrgSession.h"
#include "roles/ConditionText.h"
#include "roles/RoleStore.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

namespace {

bool run(Operation* op, OperationFailure* failure = nullptr) {
    return runOperation(op, failure);
}

} // namespace

class TestCompareDefaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void engineAgreesWithTheServerForEverySeededRole();
    void draftIsComparedAsItIs();
    void customRoleHasNoDefault();
    void restoreOneRole();
    void restoreSeveralAndUndo();
    void addMissingDefaults();
    void resetEveryDefault();
    void markAsUpToDate();

private:
    QString idOf(const QString& name) const;
    DomainOrganizationRole stored(const QString& name) const;

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
    QTemporaryDir m_dir;
};

void TestCompareDefaults::init() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options); // restores change the org: a fresh one per test
    QVERIFY(m_sandbox->start());
    m_client = sandboxClient(*m_sandbox, &m_network);
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(loaded.wait(20000));
}

void TestCompareDefaults::cleanup() {
    delete m_session;
    delete m_client;
    delete m_sandbox;
}

QString TestCompareDefaults::idOf(const QString& name) const {
    const DomainOrganizationRole* r = m_session->roles()->findByName(name);
    return r ? r->id.value_or(QString()) : QString();
}

DomainOrganizationRole TestCompareDefaults::stored(const QString& name) const {
    const DomainOrganizationRole* r = m_session->roles()->findByName(name);
    return r ? *r : DomainOrganizationRole();
}

void TestCompareDefaults::engineAgreesWithTheServerForEverySeededRole() {
    QStringList ids;
    for (const DomainOrganizationRole& r : m_session->roles()->roles())
        if (r.defaultRoleId)
            ids.append(*r.id);
    QVERIFY(ids.size() >= 15);
    DefaultComparison compare(m_session, ids);
    QVERIFY(run(&compare));
    QCOMPARE(compare.results().size(), ids.size());
    int differing = 0;
    for (const DefaultComparisonResult& r : compare.results()) {
        QVERIFY2(r.ok(), qPrintable(r.roleName + u": "_s
                                    + (r.failure ? r.failure->status.message : QString())));
        QVERIFY2(r.disagreements.isEmpty(),
                 qPrintable(r.roleName + u": "_s + r.disagreements.join(u", "_s)));
        differing += r.engine.count(Change::Added) + r.engine.count(Change::Removed) > 0;
    }
    QCOMPARE(differing, 4); // the seed edits Supervisor, Employee, Developer, Outbound Agent

    const auto supervisor = std::find_if(
        compare.results().cbegin(), compare.results().cend(),
        [](const DefaultComparisonResult& r) { return r.roleName == "Supervisor"_L1; });
    QVERIFY(supervisor != compare.results().cend());
    QCOMPARE(supervisor->engine.permissions(Change::Added),
             (QStringList{u"outbound:campaign:view"_s, u"recording:recording:editRetention"_s}));
    QCOMPARE(supervisor->engine.permissions(Change::Removed),
             QStringList{u"routing:wrapupCode:view"_s});
}

void TestCompareDefaults::draftIsComparedAsItIs() {
    // The Admin default grants routing:*:*; the draft narrows it, adds a condition to one
    // action and a wildcard elsewhere: nothing saved, A12 compares the body.
    DomainOrganizationRole draft = stored(u"Supervisor"_s);
    QVERIFY(draft.defaultRoleId);
    QList<DomainPermissionPolicy> policies = *draft.permissionPolicies;
    DomainPermissionPolicy conditioned;
    conditioned.domain = u"routing"_s;
    conditioned.entityName = u"queue"_s;
    conditioned.actionSet = QStringList{u"edit"_s};
    conditioned.resourceConditionNode =
        *ConditionText::parse(u"Queue.id IN (queue:q2, queue:q1)"_s).node;
    policies.append(conditioned);
    DomainPermissionPolicy wildcard;
    wildcard.domain = u"chat"_s;
    wildcard.entityName = u"room"_s;
    wildcard.actionSet = QStringList{u"*"_s};
    policies.append(wildcard);
    draft.permissionPolicies = policies;
    draft.name = u"Supervisor (edited)"_s;

    DefaultComparison compare(m_session, draft);
    QVERIFY(run(&compare));
    const DefaultComparisonResult& r = compare.results().first();
    QVERIFY(r.ok());
    QVERIFY2(r.disagreements.isEmpty(), qPrintable(r.disagreements.join(u", "_s)));
    // Each new grant is a difference: added where the default lacks it, a changed condition
    // where the default grants it without one.
    int checked = 0;
    for (const RoleDiff::AtomDiff& a : r.engine.atoms) {
        if (a.permission() != "routing:queue:edit"_L1 && a.permission() != "chat:room:edit"_L1)
            continue;
        ++checked;
        const Change expected = a.referenceConditions.isEmpty() ? Change::Added
                                : a.permission() == "routing:queue:edit"_L1
                                    ? Change::ConditionChanged
                                    : Change::Unchanged;
        QCOMPARE(a.change, expected);
    }
    QCOMPARE(checked, 2);
    QVERIFY(r.engine.fields.size() >= 1);
    QCOMPARE(r.engine.fields.first().role, u"Supervisor (edited)"_s);
    // The server saved nothing.
    QCOMPARE(runJob(m_client->getRole(idOf(u"Supervisor"_s)))->name, u"Supervisor"_s);
}

void TestCompareDefaults::customRoleHasNoDefault() {
    QString custom;
    for (const DomainOrganizationRole& r : m_session->roles()->roles())
        if (!r.defaultRoleId)
            custom = *r.id;
    QVERIFY(!custom.isEmpty());
    DefaultComparison compare(m_session, QStringList{custom});
    OperationFailure failure;
    QVERIFY(!run(&compare, &failure));
    QVERIFY(failure.status.message.contains(u"not based on a default role"_s));
}

void TestCompareDefaults::restoreOneRole() {
    const DomainOrganizationRole before = stored(u"Supervisor"_s);
    DefaultRestore restore(m_session, DefaultRestore::Mode::Listed, {*before.id});
    restore.setRestorePointDirectory(m_dir.filePath(u"one"_s));
    QVERIFY(run(&restore));
    QCOMPARE(restore.result().size(), 1);

    // The restore point holds the role as it was, owner-only.
    const RestorePoint& point = restore.restorePoint();
    QVERIFY(QFileInfo::exists(point.path));
    QCOMPARE(QFileInfo(point.path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QCOMPARE(point.roles.size(), 1);
    QVERIFY(point.roles.first().permissions->contains(u"outbound:campaign:view"_s));

    // Now the role is its default, in the server and in the store.
    DefaultComparison compare(m_session, QStringList{*before.id});
    QVERIFY(run(&compare));
    const RoleDiff::Result& now = compare.results().first().engine;
    QCOMPARE(now.count(Change::Added) + now.count(Change::Removed)
                 + now.count(Change::ConditionChanged),
             0);
    QVERIFY(now.count(Change::Unchanged) > 0);
    QVERIFY(!stored(u"Supervisor"_s).permissions->contains(u"outbound:campaign:view"_s));
    QCOMPARE(stored(u"Supervisor"_s).userCount, before.userCount);
}

void TestCompareDefaults::restoreSeveralAndUndo() {
    const QStringList names = {u"Supervisor"_s, u"Developer"_s, u"Employee"_s};
    QStringList ids;
    QHash<QString, QStringList> permissionsBefore;
    for (const QString& n : names) {
        ids.append(idOf(n));
        permissionsBefore.insert(n, *stored(n).permissions);
    }
    QVERIFY(stored(u"Developer"_s).roleNeedsUpdate.value_or(false));
    DefaultRestore restore(m_session, DefaultRestore::Mode::Listed, ids);
    restore.setRestorePointDirectory(m_dir.filePath(u"several"_s));
    QVERIFY(run(&restore));
    QCOMPARE(restore.result().size(), 3);
    QVERIFY(!stored(u"Developer"_s).roleNeedsUpdate.value_or(false)); // cleared by the restore
    for (const QString& n : names)
        QVERIFY2(*stored(n).permissions != permissionsBefore.value(n), qPrintable(n));

    const auto point = RestorePoint::read(restore.restorePoint().path, nullptr);
    QVERIFY(point);
    QCOMPARE(RestorePoint::list(m_dir.filePath(u"several"_s), m_session->organizationId()).size(),
             1);
    RestoreUndo undo(m_session, *point);
    QVERIFY(run(&undo));
    QCOMPARE(undo.outcomes().size(), 3);
    for (const RestoreUndo::Outcome& o : undo.outcomes())
        QVERIFY2(!o.failure, qPrintable(o.roleName));
    for (const QString& n : names) {
        const auto server = runJob(m_client->getRole(idOf(n)));
        QVERIFY(server);
        QCOMPARE(*server->permissions, permissionsBefore.value(n));
        QCOMPARE(*stored(n).permissions, permissionsBefore.value(n));
    }

    // A restore point of another org is refused before anything is sent.
    RestorePoint foreign = *point;
    foreign.organizationId = u"someone-else"_s;
    RestoreUndo wrong(m_session, foreign);
    OperationFailure failure;
    QVERIFY(!run(&wrong, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
}

void TestCompareDefaults::addMissingDefaults() {
    const QString id = idOf(u"Employee"_s);
    QVERIFY(runVoidJob(m_client->deleteRole(id)).ok());
    m_session->roles()->remove(id);
    const int count = m_session->roles()->count();
    DefaultRestore restore(m_session, DefaultRestore::Mode::Missing);
    QVERIFY(run(&restore));
    QCOMPARE(restore.result().size(), 1);
    QCOMPARE(restore.result().first().name, u"Employee"_s);
    QCOMPARE(m_session->roles()->count(), count + 1);
    QVERIFY(restore.restorePoint().path.isEmpty()); // nothing was overwritten
    // The edited Supervisor is untouched.
    QVERIFY(stored(u"Supervisor"_s).permissions->contains(u"outbound:campaign:view"_s));
}

void TestCompareDefaults::resetEveryDefault() {
    int defaults = 0;
    for (const DomainOrganizationRole& r : m_session->roles()->roles())
        defaults += r.defaultRoleId ? 1 : 0;
    DefaultRestore restore(m_session, DefaultRestore::Mode::All);
    restore.setRestorePointDirectory(m_dir.filePath(u"all"_s));
    QVERIFY(run(&restore));
    QCOMPARE(restore.restorePoint().roles.size(), defaults);
    QCOMPARE(restore.result().size(), defaults);
    QVERIFY(!stored(u"Supervisor"_s).permissions->contains(u"outbound:campaign:view"_s));
    QVERIFY(!stored(u"Outbound Agent"_s).roleNeedsUpdate.value_or(false));

    QStringList ids;
    for (const DomainOrganizationRole& r : m_session->roles()->roles())
        if (r.defaultRoleId)
            ids.append(*r.id);
    DefaultComparison compare(m_session, ids);
    QVERIFY(run(&compare));
    for (const DefaultComparisonResult& r : compare.results())
        QVERIFY2(r.engine.count(Change::Added) + r.engine.count(Change::Removed) == 0,
                 qPrintable(r.roleName));
}

void TestCompareDefaults::markAsUpToDate() {
    const QString id = idOf(u"Quality Evaluator"_s);
    QVERIFY(stored(u"Quality Evaluator"_s).roleNeedsUpdate.value_or(false));
    const auto count = stored(u"Quality Evaluator"_s).userCount;
    NeedsUpdateMark mark(m_session, id);
    QVERIFY(run(&mark));
    QVERIFY(!stored(u"Quality Evaluator"_s).roleNeedsUpdate.value_or(true));
    QCOMPARE(stored(u"Quality Evaluator"_s).userCount, count);
    QVERIFY(!runJob(m_client->getRole(id))->roleNeedsUpdate.value_or(true));

    NeedsUpdateMark unknown(m_session, u"no-such-role"_s);
    OperationFailure failure;
    QVERIFY(!run(&unknown, &failure));
    QCOMPARE(failure.kind, OperationFailure::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestCompareDefaults)
#include "tst_compare_defaults.moc"
