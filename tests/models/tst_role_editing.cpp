// Editing a role without widgets: policy edits through the real catalog, the condition syntax,
// undo/redo restoring exact policy sets, the permission tree under QAbstractItemModelTester,
// drafts on disk, and saving against a real sandbox (conflicts and failures included).

#include "FileMode.h"
#include "RunJob.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "catalog/CatalogIndex.h"
#include "catalog/PermissionFilterProxy.h"
#include "client/PlatformClient.h"
#include "org/OrgSession.h"
#include "roles/ConditionText.h"
#include "roles/DraftStore.h"
#include "roles/PermissionGrants.h"
#include "roles/PermissionTreeModel.h"
#include "roles/PolicyEditing.h"
#include "roles/RoleDraft.h"
#include "roles/RoleSaver.h"
#include "roles/RoleStore.h"
#include "wire/JsonCodec.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DomainPermissionPolicy policy(const QString& domain, const QString& entity,
                              const QStringList& actions) {
    DomainPermissionPolicy p;
    p.domain = domain;
    p.entityName = entity;
    p.actionSet = actions;
    return p;
}

QByteArray json(const QList<DomainPermissionPolicy>& policies) {
    return toJsonBytes(policies);
}

//! Every concrete permission the policies grant, through the catalog.
QStringList expanded(const QList<DomainPermissionPolicy>& policies, const CatalogIndex& catalog) {
    QStringList out;
    for (const QString& d : catalog.domains())
        for (const QString& e : catalog.entities(d))
            for (const QString& a : catalog.actions(d, e))
                if (grantsPermission(policies, d + u':' + e + u':' + a))
                    out.append(d + u':' + e + u':' + a);
    return out;
}

} // namespace

class TestRoleEditing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void grantJoinsOrAddsAPolicy();
    void revokingFromAWildcardExpandsIt_data();
    void revokingFromAWildcardExpandsIt();
    void conditionTextRoundTrips_data();
    void conditionTextRoundTrips();
    void conditionTextRejectsWhatTheApiRejects_data();
    void conditionTextRejectsWhatTheApiRejects();
    void undoRedoRestoreExactPolicies();
    void typingANameIsOneUndoStep();
    void treeShowsGrantsTriState();
    void treeFiltersAndAssignedOnly();
    void draftStoreKeepsAndRemovesDrafts();
    void draftsAreOwnerOnlyAndOldNamesAreStillRead();
    void saveWritesAndReReads();
    void concurrentEditIsAConflictNotAnOverwrite();
    void failedSaveKeepsTheDraft();
    void newRoleIsCreated();
    void aChangeRightAfterTheSaveIsShown();
    void aLostPutAnswerIsSettledByReadingNotResending();

private:
    DomainOrganizationRole role(const QString& name);

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
    QList<DomainPermissionCollection> m_catalog;
    CatalogIndex m_index;
};

void TestRoleEditing::initTestCase() {
    m_sandbox = new Sandbox;
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = sandboxClient(*m_sandbox, m_network, this);
    m_session = new OrgSession(m_client, u"Sandbox"_s, this);
    PermissionQuery q;
    q.pageSize = 100;
    auto catalog = runJob(m_client->fetchAllPermissions(q));
    QVERIFY(catalog);
    m_catalog = *catalog;
    m_index = CatalogIndex(m_catalog);
    QVERIFY(m_index.actions(u"routing"_s, u"queue"_s).contains(u"edit"_s));
}

void TestRoleEditing::cleanupTestCase() {
    delete m_session;
    delete m_client;
    delete m_sandbox;
}

DomainOrganizationRole TestRoleEditing::role(const QString& name) {
    return roleNamed(m_client, name);
}

void TestRoleEditing::grantJoinsOrAddsAPolicy() {
    QList<DomainPermissionPolicy> policies = {policy(u"routing"_s, u"queue"_s, {u"view"_s})};
    auto out = PolicyEditing::setGranted(policies, {u"routing:queue:edit"_s}, true, m_index);
    QCOMPARE(out.size(), 1);
    QCOMPARE(*out[0].actionSet, (QStringList{u"view"_s, u"edit"_s}));
    out = PolicyEditing::setGranted(out, {u"directory:user:view"_s}, true, m_index);
    QCOMPARE(out.size(), 2);
    QCOMPARE(*out[1].domain, u"directory"_s);
    // Already granted: nothing changes.
    QCOMPARE(json(PolicyEditing::setGranted(out, {u"routing:queue:view"_s}, true, m_index)),
             json(out));
    // Revoking the last action drops the policy.
    out = PolicyEditing::setGranted(out, {u"directory:user:view"_s}, false, m_index);
    QCOMPARE(out.size(), 1);
    // A conditioned policy is not widened by a grant: the grant gets a policy of its own.
    DomainPermissionPolicy conditioned = policy(u"recording"_s, u"recording"_s, {u"view"_s});
    conditioned.resourceConditionNode = ConditionText::parse(u"Queue.id EQ queue:1"_s).node;
    QVERIFY(conditioned.resourceConditionNode);
    out =
        PolicyEditing::setGranted({conditioned}, {u"recording:recording:delete"_s}, true, m_index);
    QCOMPARE(out.size(), 2);
    QVERIFY(!out[1].resourceConditionNode);
}

void TestRoleEditing::revokingFromAWildcardExpandsIt_data() {
    QTest::addColumn<QString>("wildcard");
    QTest::addColumn<QString>("revoke");
    QTest::newRow("any action") << u"routing:queue:*"_s << u"routing:queue:edit"_s;
    QTest::newRow("any entity") << u"routing:*:view"_s << u"routing:queue:view"_s;
    QTest::newRow("any entity, any action") << u"knowledge:*:*"_s << u"knowledge:document:edit"_s;
    QTest::newRow("any domain") << u"*:queue:view"_s << u"routing:queue:view"_s;
}

void TestRoleEditing::revokingFromAWildcardExpandsIt() {
    QFETCH(QString, wildcard);
    QFETCH(QString, revoke);
    const QStringList w = wildcard.split(u':');
    const QList<DomainPermissionPolicy> before = {policy(w[0], w[1], {w[2]}),
                                                  policy(u"directory"_s, u"user"_s, {u"view"_s})};
    const QStringList grantedBefore = expanded(before, m_index);
    QVERIFY(grantedBefore.contains(revoke));
    const auto after = PolicyEditing::setGranted(before, {revoke}, false, m_index);
    // Exactly the revoked permission is gone; everything else the wildcard granted stays.
    QStringList expected = grantedBefore;
    expected.removeAll(revoke);
    QCOMPARE(expanded(after, m_index), expected);
    for (const DomainPermissionPolicy& p : after)
        QVERIFY2(!p.actionSet->isEmpty(), qPrintable(*p.entityName));
    // Granting it back restores the same permissions (as explicit policies now).
    const auto back = PolicyEditing::setGranted(after, {revoke}, true, m_index);
    QCOMPARE(expanded(back, m_index), grantedBefore);
}

void TestRoleEditing::conditionTextRoundTrips_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("queue list")
        << uR"(Queue.id IN (queue:7e2b-a001 "Billing", queue:7e2b-a002 "Support"))"_s;
    QTest::newRow("scalar") << uR"(Division.id EQ "home")"_s;
    QTest::newRow("and") << uR"(User.id EQ $currentUser AND Team.id EQ team:42)"_s;
    QTest::newRow("nested")
        << uR"((User.id EQ user:u1 OR User.id EQ user:u2) AND Wrapup.duration GE "30")"_s;
    QTest::newRow("quote in scalar") << uR"(Note.text EQ "say \"hi\"")"_s;
}

void TestRoleEditing::conditionTextRoundTrips() {
    QFETCH(QString, text);
    const auto parsed = ConditionText::parse(text);
    QVERIFY2(parsed.node, qPrintable(parsed.error));
    QCOMPARE(ConditionText::format(*parsed.node), text);
    QCOMPARE(ConditionText::validate(*parsed.node), QString());
    // Through JSON and back, as the server would send it.
    const auto decoded = fromJson<DomainResourceConditionNode>(toJson(*parsed.node));
    QVERIFY(decoded);
    QCOMPARE(ConditionText::format(*decoded), text);
}

void TestRoleEditing::conditionTextRejectsWhatTheApiRejects_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::newRow("mixed and/or") << u"A EQ \"1\" AND B EQ \"2\" OR C EQ \"3\""_s << 22;
    QTest::newRow("unknown operator") << u"Queue.id NE queue:1"_s << 9;
    QTest::newRow("list for EQ") << u"Queue.id EQ (queue:1, queue:2)"_s << -1;
    QTest::newRow("missing value") << u"Queue.id IN ()"_s << 13;
    QTest::newRow("unterminated") << u"Queue.id EQ \"abc"_s << 16;
    QTest::newRow("trailing") << u"Queue.id EQ queue:1 queue:2"_s << 20;
    QTest::newRow("no id") << u"Queue.id EQ queue:"_s << 18;
    QTest::newRow("empty") << u"  "_s << 2;
    // A paste of thousands of parentheses once overflowed the stack of the recursive parser.
    const auto nested = [](int depth) {
        return QString(depth, u'(') + u"Queue.id EQ queue:1"_s + QString(depth, u')');
    };
    QTest::newRow("8000 nested parentheses") << nested(8000) << 32;
    QTest::newRow("33 nested parentheses") << nested(33) << 32;
    QTest::newRow("longer than 20000 characters")
        << u"Queue.id IN ("_s + QStringList(5000, u"queue:1"_s).join(u", "_s) + u')' << 20000;
}

void TestRoleEditing::conditionTextRejectsWhatTheApiRejects() {
    QFETCH(QString, text);
    QFETCH(int, position);
    const auto parsed = ConditionText::parse(text);
    QVERIFY(!parsed.node);
    QVERIFY(!parsed.error.isEmpty());
    QCOMPARE(parsed.position, position);
    // The bound sits above anything an admin writes: 32 levels still parse.
    QVERIFY(ConditionText::parse(QString(32, u'(') + u"Queue.id EQ queue:1"_s + QString(32, u')'))
                .node);
}

void TestRoleEditing::undoRedoRestoreExactPolicies() {
    const DomainOrganizationRole supervisor = role(u"Supervisor"_s);
    QVERIFY(supervisor.id);
    RoleDraft draft(supervisor);
    QVERIFY(!draft.isModified());
    const QByteArray original = json(draft.content().policies);
    QList<QByteArray> states = {original};
    const QStringList granted = expanded(draft.content().policies, m_index);
    QVERIFY(granted.size() > 10);
    QVERIFY(!granted.contains(u"knowledge:document:edit"_s));
    draft.setGranted({granted.first(), granted.last()}, false, m_index);
    states.append(json(draft.content().policies));
    draft.setGranted({u"knowledge:document:view"_s, u"knowledge:document:edit"_s}, true, m_index);
    states.append(json(draft.content().policies));
    draft.setGranted({granted.first()}, true, m_index);
    states.append(json(draft.content().policies));
    QVERIFY(draft.isModified());
    QCOMPARE(draft.undoStack()->count(), 3);
    QCOMPARE(QSet<QByteArray>(states.begin(), states.end()).size(), 4); // each step changed it

    for (int i = 3; i > 0; --i) {
        draft.undoStack()->undo();
        QCOMPARE(json(draft.content().policies), states[i - 1]);
    }
    QVERIFY(!draft.isModified()); // back at the server copy
    for (int i = 1; i <= 3; ++i) {
        draft.undoStack()->redo();
        QCOMPARE(json(draft.content().policies), states[i]);
    }
    QVERIFY(draft.isModified());
}

void TestRoleEditing::typingANameIsOneUndoStep() {
    RoleDraft draft(role(u"Employee"_s));
    for (const QString& name : {u"E"_s, u"Em"_s, u"Emp 2"_s})
        draft.setName(name);
    QCOMPARE(draft.undoStack()->count(), 1);
    draft.setDescription(u"x"_s);
    QCOMPARE(draft.undoStack()->count(), 2);
    draft.undoStack()->undo();
    draft.undoStack()->undo();
    QCOMPARE(draft.content().name, u"Employee"_s);
    QVERIFY(!draft.isModified());
}

void TestRoleEditing::treeShowsGrantsTriState() {
    PermissionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    QCOMPARE(model.permissionCount(), 1450);
    QCOMPARE(model.grantedCount(), 0);

    DomainOrganizationRole r;
    r.id = u"local"_s;
    r.name = u"Local"_s;
    DomainPermissionPolicy conditioned = policy(u"recording"_s, u"recording"_s, {u"view"_s});
    conditioned.resourceConditionNode = ConditionText::parse(u"Queue.id IN (queue:q1)"_s).node;
    r.permissionPolicies =
        QList<DomainPermissionPolicy>{policy(u"routing"_s, u"queue"_s, {u"view"_s}),
                                      policy(u"knowledge"_s, u"*"_s, {u"*"_s}), conditioned};
    RoleDraft draft(r);
    model.setDraft(&draft);

    const auto check = [&](const QString& p) {
        return Qt::CheckState(model.indexOf(p).data(Qt::CheckStateRole).toInt());
    };
    const auto grant = [&](const QString& p) {
        return PermissionTreeModel::Grant(
            model.indexOf(p).data(PermissionTreeModel::GrantRole).toInt());
    };
    QCOMPARE(check(u"routing:queue:view"_s), Qt::Checked);
    QCOMPARE(check(u"routing:queue:edit"_s), Qt::Unchecked);
    QCOMPARE(check(u"routing:queue"_s), Qt::PartiallyChecked);
    QCOMPARE(check(u"routing"_s), Qt::PartiallyChecked);
    QCOMPARE(check(u"knowledge"_s), Qt::Checked); // the wildcard, expanded
    QCOMPARE(grant(u"knowledge:document:view"_s), PermissionTreeModel::Grant::Wildcard);
    QCOMPARE(grant(u"routing:queue:view"_s), PermissionTreeModel::Grant::Explicit);
    QCOMPARE(grant(u"recording:recording:view"_s), PermissionTreeModel::Grant::Conditional);
    QCOMPARE(model.indexOf(u"recording:recording:view"_s)
                 .siblingAtColumn(int(PermissionCatalogModel::Column::Conditions))
                 .data()
                 .toString(),
             u"Queue.id IN (queue:q1)"_s);
    QVERIFY(model.indexOf(u"knowledge:document:view"_s)
                .siblingAtColumn(PermissionTreeModel::GrantedByColumn)
                .data()
                .toString()
                .contains(u"knowledge:*:*"_s));

    // Checking an entity grants all its actions; the domain turns partial or full.
    const int queueActions = int(m_index.actions(u"routing"_s, u"queue"_s).size());
    QVERIFY(model.setData(model.indexOf(u"routing:queue"_s), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(check(u"routing:queue"_s), Qt::Checked);
    QCOMPARE(check(u"routing:queue:edit"_s), Qt::Checked);
    QCOMPARE(draft.undoStack()->count(), 1);
    // The undo entry counts what changed (view was granted already) and names the entity.
    QCOMPARE(draft.undoStack()->text(0),
             RoleDraft::tr("Grant %1")
                 .arg(RoleDraft::tr("%n permission(s) of %1", nullptr, queueActions - 1)
                          .arg(u"routing:queue"_s)));
    QCOMPARE(RoleDraft::describePermissions({u"routing:queue:view"_s, u"routing:skill:view"_s}),
             RoleDraft::tr("%n permission(s) of %1", nullptr, 2).arg(u"routing"_s));
    QCOMPARE(RoleDraft::describePermissions({u"routing:queue:view"_s, u"chat:room:view"_s}),
             RoleDraft::tr("%n permission(s)", nullptr, 2));
    QCOMPARE(RoleDraft::describePermissions({u"chat:room:view"_s}), u"chat:room:view"_s);
    // Unchecking a wildcard-granted action keeps the rest of the wildcard.
    const int before = model.grantedCount();
    QVERIFY(model.setData(model.indexOf(u"knowledge:document:edit"_s), Qt::Unchecked,
                          Qt::CheckStateRole));
    QCOMPARE(model.grantedCount(), before - 1);
    QCOMPARE(check(u"knowledge"_s), Qt::PartiallyChecked);
    QCOMPARE(check(u"knowledge:document:view"_s), Qt::Checked);
    draft.undoStack()->undo();
    QCOMPARE(check(u"knowledge"_s), Qt::Checked);
    QCOMPARE(grant(u"knowledge:document:view"_s), PermissionTreeModel::Grant::Wildcard);
    // Read-only: nothing is checkable, nothing changes.
    model.setEditable(false);
    QVERIFY(!(model.flags(model.indexOf(u"routing:queue:edit"_s)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.indexOf(u"routing"_s), Qt::Checked, Qt::CheckStateRole));
}

void TestRoleEditing::treeFiltersAndAssignedOnly() {
    PermissionTreeModel model;
    model.setCatalog(m_catalog);
    PermissionFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    DomainOrganizationRole r = role(u"Queue Auditor"_s);
    RoleDraft draft(r);
    model.setDraft(&draft);
    proxy.setCheckedOnly(true);
    QStringList shown;
    for (int d = 0; d < proxy.rowCount(); ++d)
        for (int e = 0; e < proxy.rowCount(proxy.index(d, 0)); ++e)
            for (int a = 0; a < proxy.rowCount(proxy.index(e, 0, proxy.index(d, 0))); ++a)
                shown.append(proxy.index(a, 0, proxy.index(e, 0, proxy.index(d, 0)))
                                 .data(PermissionCatalogModel::PermissionRole)
                                 .toString());
    shown.sort();
    QCOMPARE(shown, (QStringList{u"analytics:conversationDetail:view"_s,
                                 u"recording:recording:view"_s, u"routing:queue:view"_s}));
    // Granting while the filter is on shows the new grant at once.
    draft.setGranted({u"routing:queue:edit"_s}, true, m_index);
    QCOMPARE(proxy.rowCount(proxy.mapFromSource(model.indexOf(u"routing:queue"_s))), 2);
    proxy.setSearchText(u"edit"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setCheckedOnly(false);
    QVERIFY(proxy.rowCount() > 10);
}

void TestRoleEditing::draftStoreKeepsAndRemovesDrafts() {
    QTemporaryDir dir;
    DraftStore store(dir.path() + u"/drafts"_s);
    const DomainOrganizationRole base = role(u"Employee"_s);
    DomainOrganizationRole edited = base;
    edited.name = u"Employee (edited)"_s;
    QVERIFY(store.write({u"org-1"_s, *base.id, base, edited, QDateTime::currentDateTimeUtc()}));
    QVERIFY(store.write({u"org-2"_s, *base.id, base, base, QDateTime::currentDateTimeUtc()}));
    QFile junk(dir.path() + u"/drafts/org-1--broken.json"_s);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{ not json");
    junk.close();
    const auto drafts = store.drafts(u"org-1"_s);
    QCOMPARE(drafts.size(), 1); // the broken file is skipped, the other org's is not listed
    QCOMPARE(drafts[0].draft.name, u"Employee (edited)"_s);
    QCOMPARE(toJsonBytes(drafts[0].base), toJsonBytes(base)); // lossless
    store.remove(u"org-1"_s, *base.id);
    QVERIFY(store.drafts(u"org-1"_s).isEmpty());
    QCOMPARE(store.drafts(u"org-2"_s).size(), 1);

    // Keys (and organizations) that the old names folded into one file keep a file each.
    const QList<std::pair<QString, QString>> clashing = {
        {u"org-1"_s, u"new-a/b"_s}, {u"org-1"_s, u"new-a_b"_s},
        {u"org-1"_s, u"new-a:b"_s}, {u"a--b"_s, u"c"_s},
        {u"a"_s, u"b--c"_s},        {u"a+b"_s, u"c"_s},
        {u"a"_s, u"b+c"_s},         {u"org-1"_s, QString(400, u'k')}};
    for (const auto& [org, key] : clashing) {
        DomainOrganizationRole named = base;
        named.name = org + u" / "_s + key;
        QVERIFY(store.write({org, key, base, named, QDateTime::currentDateTimeUtc()}));
    }
    for (const auto& [org, key] : clashing) {
        const auto listed = store.drafts(org);
        const auto it = std::find_if(listed.begin(), listed.end(),
                                     [&](const StoredDraft& d) { return d.key == key; });
        QVERIFY2(it != listed.end(), qPrintable(org + u' ' + key));
        QCOMPARE(it->draft.name, org + u" / "_s + key);
    }
    QCOMPARE(store.drafts(u"org-1"_s).size(), 4);
}

void TestRoleEditing::draftsAreOwnerOnlyAndOldNamesAreStillRead() {
    QTemporaryDir dir;
    DraftStore store(dir.path() + u"/drafts"_s);
    const DomainOrganizationRole base = role(u"Employee"_s);
    {
        ScopedUmask usual(022);
        QVERIFY(store.write({u"org-1"_s, *base.id, base, base, QDateTime::currentDateTimeUtc()}));
    }
    QCOMPARE(fileMode(store.directory()), 0700);
    const QStringList files = QDir(store.directory()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(fileMode(store.directory() + u'/' + files[0]), 0600);
    // A draft left under the old naming ("<org>--<key>.json") is offered, and goes when saved.
    QFile::rename(store.directory() + u'/' + files[0],
                  store.directory() + u"/org-1--"_s + *base.id + u".json"_s);
    QCOMPARE(store.drafts(u"org-1"_s).size(), 1);
    store.remove(u"org-1"_s, *base.id);
    QVERIFY(QDir(store.directory()).entryList(QDir::Files).isEmpty());
}

void TestRoleEditing::saveWritesAndReReads() {
    RoleDraft draft(role(u"Tier 1 Agent"_s));
    draft.setGranted({u"routing:queue:edit"_s}, true, m_index);
    draft.setDescription(u"Edited by the editing test."_s);
    RoleSaver saver(m_session, &draft);
    QSignalSpy saved(&saver, &RoleSaver::saved);
    QSignalSpy failed(&saver, &RoleSaver::failed);
    saver.save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!draft.isModified());
    // The store has the server's answer: the list and Ctrl+K follow from there.
    QVERIFY(m_session->roles()->find(draft.roleId()));
    QCOMPARE(m_session->roles()->find(draft.roleId())->description,
             u"Edited by the editing test."_s);
    const DomainOrganizationRole server = role(u"Tier 1 Agent"_s);
    QCOMPARE(server.description, u"Edited by the editing test."_s);
    QVERIFY(grantsPermission(*server.permissionPolicies, u"routing:queue:edit"_s));
    QVERIFY(server.permissions->contains(u"routing:queue:edit"_s));
}

void TestRoleEditing::concurrentEditIsAConflictNotAnOverwrite() {
    RoleDraft draft(role(u"Tier 2 Agent"_s));
    draft.setGranted({u"routing:queue:edit"_s}, true, m_index);
    // A colleague changes the role between load and save.
    DomainOrganizationRole theirs = role(u"Tier 2 Agent"_s);
    theirs.description = u"Changed by a colleague."_s;
    QVERIFY(
        runJob(m_client->updateRole(*theirs.id, DomainOrganizationRoleUpdate::fromRole(theirs))));

    RoleSaver saver(m_session, &draft);
    QSignalSpy conflict(&saver, &RoleSaver::conflict);
    QSignalSpy saved(&saver, &RoleSaver::saved);
    saver.save();
    QVERIFY(conflict.wait(10000));
    QCOMPARE(saved.count(), 0);
    const auto server = conflict.first().first().value<DomainOrganizationRole>();
    QCOMPARE(server.description, u"Changed by a colleague."_s);
    // Nothing was written: the server still has theirs, without our grant.
    DomainOrganizationRole now = role(u"Tier 2 Agent"_s);
    QCOMPARE(now.description, u"Changed by a colleague."_s);
    QVERIFY(!grantsPermission(*now.permissionPolicies, u"routing:queue:edit"_s));
    QVERIFY(draft.isModified());

    // The admin chose to keep theirs' description? No: to keep their own version.
    saver.overwrite(server);
    QVERIFY(saved.wait(10000));
    now = role(u"Tier 2 Agent"_s);
    QVERIFY(grantsPermission(*now.permissionPolicies, u"routing:queue:edit"_s));
    QCOMPARE(now.description, draft.content().description);
}

void TestRoleEditing::failedSaveKeepsTheDraft() {
    RoleDraft draft(role(u"Billing Specialist"_s));
    QList<DomainPermissionPolicy> policies = draft.content().policies;
    policies.append(policy(u"routing"_s, u"queue"_s, {u"fly"_s}));
    RoleContent content = draft.content();
    content.policies = policies;
    draft.setContent(content, u"add an invalid action"_s);
    const QByteArray before = draft.requestBody();
    RoleSaver saver(m_session, &draft);
    QSignalSpy failed(&saver, &RoleSaver::failed);
    saver.save();
    QVERIFY(failed.wait(10000));
    const auto failure = failed.first().first().value<OperationFailure>();
    QCOMPARE(failure.kind, OperationFailure::Kind::Refused);
    const ApiStatus& status = failure.status;
    QCOMPARE(status.httpStatus, 400);
    QVERIFY(status.errorBody.details.value(0).fieldName.startsWith(
        u"permissionPolicies[%1]"_s.arg(policies.size() - 1)));
    QVERIFY(draft.isModified());
    QCOMPARE(draft.requestBody(), before);
    QCOMPARE(draft.undoStack()->count(), 1);
}

void TestRoleEditing::newRoleIsCreated() {
    DomainOrganizationRole empty;
    empty.name = QString();
    RoleDraft draft(empty);
    QVERIFY(draft.isNew());
    QVERIFY(draft.isModified());
    const QString key = draft.key();
    QVERIFY(key.startsWith(u"new-"_s));
    draft.setName(u"Created by the editing test"_s);
    draft.setGranted({u"directory:user:view"_s}, true, m_index);
    QVERIFY(!draft.requestBody().contains("\"id\""));
    RoleSaver saver(m_session, &draft);
    QSignalSpy saved(&saver, &RoleSaver::saved);
    saver.save();
    QVERIFY(saved.wait(10000));
    QVERIFY(!draft.isNew());
    QVERIFY(!draft.isModified());
    QCOMPARE(draft.key(), draft.roleId());
    const DomainOrganizationRole server = role(u"Created by the editing test"_s);
    QCOMPARE(server.id, draft.roleId());
    QVERIFY(grantsPermission(*server.permissionPolicies, u"directory:user:view"_s));
}

void TestRoleEditing::aChangeRightAfterTheSaveIsShown() {
    RoleDraft draft(role(u"Quality Evaluator"_s));
    draft.setDescription(u"Ours."_s);
    RoleSaver saver(m_session, &draft);
    QSignalSpy saved(&saver, &RoleSaver::saved);
    QSignalSpy changed(&saver, &RoleSaver::changedAfterSave);
    // A colleague's tool writes the moment our PUT is answered, before we read the role back.
    PlatformClient* colleague = sandboxClient(*m_sandbox, m_network, this);
    bool colleagueDone = false;
    const QMetaObject::Connection hook =
        connect(m_client->dispatcher(), &RequestDispatcher::requestFinished, this,
                [&](const QByteArray& method, const QString&, int status) {
                    if (method != "PUT" || status != 200 || colleagueDone)
                        return;
                    colleagueDone = true;
                    DomainOrganizationRole theirs = role(u"Quality Evaluator"_s);
                    theirs.description = u"Theirs, right after."_s;
                    QVERIFY(runJob(colleague->updateRole(
                        *theirs.id, DomainOrganizationRoleUpdate::fromRole(theirs))));
                });
    saver.save();
    QVERIFY(changed.wait(10000));
    disconnect(hook);
    QCOMPARE(saved.count(), 1);
    const auto ours = changed.first().at(0).value<DomainOrganizationRole>();
    const auto now = changed.first().at(1).value<DomainOrganizationRole>();
    QCOMPARE(ours.description, u"Ours."_s);
    QCOMPARE(now.description, u"Theirs, right after."_s);
    // The store holds what the server holds now, not what we sent.
    QCOMPARE(m_session->roles()->find(*now.id)->description, u"Theirs, right after."_s);
    delete colleague;
}

void TestRoleEditing::aLostPutAnswerIsSettledByReadingNotResending() {
    // Every PUT loses its answer, before or after the server applied it (the sandbox picks).
    QSet<QString> outcomes;
    for (quint32 seed = 1; seed <= 12 && outcomes.size() < 2; ++seed) {
        SandboxOptions options;
        options.faultRate = 1.0;
        options.faultKinds = {u"drop"_s};
        options.faultMethods = {u"PUT"_s};
        options.randomSeed = seed;
        Sandbox flaky(options);
        QVERIFY(flaky.start());
        PlatformClient* c = sandboxClient(flaky, m_network, this);
        OrgSession session(c, u"Sandbox"_s);
        const DomainOrganizationRole base = roleNamed(c, u"Tier 1 Agent"_s);
        RoleDraft draft(base);
        draft.setDescription(u"Sent once."_s);
        RoleSaver saver(&session, &draft);
        QSignalSpy saved(&saver, &RoleSaver::saved);
        QSignalSpy failed(&saver, &RoleSaver::failed);
        QSignalSpy started(c->dispatcher(), &RequestDispatcher::requestStarted);
        saver.save();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() == 1, 10000);
        int puts = 0;
        for (const QList<QVariant>& r : std::as_const(started))
            puts += r.at(0).toByteArray() == "PUT";
        QCOMPARE(puts, 1); // never sent a second time over whatever landed meanwhile
        const QString onServer = roleNamed(c, u"Tier 1 Agent"_s).description.value_or(QString());
        if (saved.count()) {
            // Applied, its answer lost: reported saved, because it is.
            QCOMPARE(onServer, u"Sent once."_s);
            QVERIFY(!draft.isModified());
            outcomes.insert(u"applied"_s);
        } else {
            // Not applied: reported failed, and nothing typed is lost.
            QCOMPARE(onServer, base.description.value_or(QString()));
            QVERIFY(draft.isModified());
            QCOMPARE(draft.content().description, u"Sent once."_s);
            outcomes.insert(u"not applied"_s);
        }
        delete c;
    }
    QCOMPARE(outcomes.size(), 2);
}

QTEST_GUILESS_MAIN(TestRoleEditing)
#include "tst_role_editing.moc"
