// The Compare workspace with real widgets against a real sandbox: Ctrl+D from the editor
// compares the draft as it is (unsaved edits included), the tree marks and counts differences,
// filters, searches, walks them by keyboard and copies them as text; take-back lands in the
// editor's undo stack as one step; two roles, a snapshot and the matrix compare without the
// server; the restore dialogs preview (trustee users included), confirm, write a restore point
// and undo it.

#include "DialogAnswers.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "catalog/CatalogStore.h"
#include "common/MainWindow.h"
#include "common/MessageBox.h"
#include "compare/ComparePage.h"
#include "compare/RestoreDialog.h"
#include "diff/DiffTreeModel.h"
#include "diff/RestorePoint.h"
#include "diff/RoleMatrixModel.h"
#include "org/OrgSession.h"
#include "roles/PermissionGrants.h"
#include "roles/RoleDraft.h"
#include "roles/RoleStore.h"
#include "roles/RolesPage.h"
#include "snapshot/SnapshotFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

namespace {

//! Action rows the tree shows now (through the filter), as permissions.
QStringList shownPermissions(ComparePage* page) {
    QStringList out;
    QAbstractItemModel* m = page->tree()->model();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            if (i.data(DiffTreeModel::IsActionRole).toBool())
                out.append(i.data(DiffTreeModel::PermissionRole).toString());
            walk(i);
        }
    };
    walk({});
    return out;
}

} // namespace

class TestComparePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlDComparesTheDraftAsItIs();
    void treeFiltersSearchesAndWalks();
    void takeBackIsOneUndoableStep();
    void twoRolesAndASnapshot();
    void matrixOfSeveralRoles();
    void roleOfAnotherOrganization();
    void restorePreviewConfirmAndUndo();
    void resetEveryDefaultWantsTheNameTyped();
    void needsUpdateBanner();

private:
    QString roleId(const QString& name) const;
    void openInEditor(const QString& name);
    bool compareDefaultOf(const QString& name);

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    ComparePage* m_page = nullptr;
    QTemporaryDir m_dir;
};

void TestComparePage::initTestCase() {
    m_network = new QNetworkAccessManager(this);
    MessageBox::requireAnswers(true);
}

void TestComparePage::init() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options); // restores change the org: a fresh one per test
    QVERIFY(m_sandbox->start());
    m_client = sandboxClient(*m_sandbox, m_network);
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(loaded.wait(20000));
    m_window = new MainWindow(nullptr);
    m_window->rolesPage()->setDraftDirectory(m_dir.filePath(u"drafts"_s));
    m_window->setSession(m_session);
    m_window->resize(1400, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_page = m_window->comparePage();
}

void TestComparePage::cleanup() {
    const int neverShown = MessageBox::pendingAnswers();
    const int unexpected = MessageBox::unexpectedDialogs();
    MessageBox::clearAnswers();
    if (m_window->rolesPage()->draft())
        m_window->rolesPage()->discard();
    delete m_window;
    delete m_session;
    delete m_client;
    delete m_sandbox;
    QCOMPARE(neverShown, 0);
    QCOMPARE(unexpected, 0);
}

QString TestComparePage::roleId(const QString& name) const {
    const DomainOrganizationRole* r = m_session->roles()->findByName(name);
    return r ? r->id.value_or(QString()) : QString();
}

void TestComparePage::openInEditor(const QString& name) {
    m_window->showWorkspace(MainWindow::Workspace::Roles);
    m_window->rolesPage()->openRole(roleId(name));
    QVERIFY(m_window->rolesPage()->draft());
    QCOMPARE(m_window->rolesPage()->draft()->roleId(), roleId(name));
}

bool TestComparePage::compareDefaultOf(const QString& name) {
    openInEditor(name);
    QAction* action = m_window->rolesPage()->compareDefaultAction();
    if (!action->isEnabled())
        return false;
    action->trigger();
    return QTest::qWaitFor([&] { return !m_page->isComparing() && m_page->defaultComparison(); },
                           15000);
}

void TestComparePage::ctrlDComparesTheDraftAsItIs() {
    QVERIFY(compareDefaultOf(u"Supervisor"_s));
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Workspace::Compare);
    QCOMPARE(shownPermissions(m_page),
             (QStringList{u"outbound:campaign:view"_s, u"recording:recording:editRetention"_s,
                          u"routing:wrapupCode:view"_s}));
    QVERIFY(m_page->agreementLabel()->text().contains(u"agrees"_s));
    QVERIFY(m_page->summaryLabel()->text().contains(u"Supervisor"_s));
    const QModelIndex removed = m_page->treeModel()->indexOf(u"routing:wrapupCode:view"_s);
    QVERIFY(removed.data().toString().startsWith(u"\u2212"_s));

    // An unsaved edit counts: grant one more permission, Ctrl+D again.
    m_window->showWorkspace(MainWindow::Workspace::Roles);
    RoleDraft* draft = m_window->rolesPage()->draft();
    draft->setGranted({u"routing:queue:delete"_s}, true, m_session->catalog()->index());
    QVERIFY(draft->isModified());
    m_window->rolesPage()->compareDefaultAction()->trigger();
    QVERIFY(QTest::qWaitFor(
        [&] { return shownPermissions(m_page).contains(u"routing:queue:delete"_s); }, 10000));
    QVERIFY(m_page->summaryLabel()->text().contains(u"unsaved"_s));
    // Nothing was saved.
    const auto server = runJob(m_client->getRole(roleId(u"Supervisor"_s)));
    QVERIFY(!grantsPermission(*server->permissionPolicies, u"routing:queue:delete"_s));
}

void TestComparePage::treeFiltersSearchesAndWalks() {
    QVERIFY(compareDefaultOf(u"Supervisor"_s));
    QVERIFY(m_page->differencesOnlyBox()->isChecked());
    m_page->differencesOnlyBox()->setChecked(false);
    QVERIFY(shownPermissions(m_page).size() > 50);
    QTest::keyClicks(m_page->searchField(), u"wrapup"_s);
    QCOMPARE(shownPermissions(m_page), QStringList{u"routing:wrapupCode:view"_s});
    m_page->searchField()->clear();
    m_page->differencesOnlyBox()->setChecked(true);
    QCOMPARE(shownPermissions(m_page).size(), 3);

    // F8 walks the differences, Shift+F8 goes back, both wrap.
    m_page->tree()->setFocus();
    m_page->tree()->setCurrentIndex({});
    QStringList visited;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(m_page->tree(), Qt::Key_F8);
        visited.append(
            m_page->tree()->currentIndex().data(DiffTreeModel::PermissionRole).toString());
    }
    QCOMPARE(visited,
             (QStringList{u"outbound:campaign:view"_s, u"recording:recording:editRetention"_s,
                          u"routing:wrapupCode:view"_s, u"outbound:campaign:view"_s}));
    QTest::keyClick(m_page->tree(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_page->tree()->currentIndex().data(DiffTreeModel::PermissionRole).toString(),
             u"routing:wrapupCode:view"_s);

    m_page->copyAsText();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(u"+ outbound:campaign:view"_s), qPrintable(text));
    QVERIFY2(text.contains(u"- routing:wrapupCode:view"_s), qPrintable(text));
}

void TestComparePage::takeBackIsOneUndoableStep() {
    QVERIFY(compareDefaultOf(u"Supervisor"_s));
    QVERIFY(!m_page->takeBackButton()->isEnabled());
    DiffTreeModel* model = m_page->treeModel();
    QVERIFY(model->setData(model->indexOf(u"routing:wrapupCode:view"_s), Qt::Checked,
                           Qt::CheckStateRole));
    QVERIFY(model->setData(model->indexOf(u"outbound:campaign:view"_s), Qt::Checked,
                           Qt::CheckStateRole));
    QVERIFY(m_page->takeBackButton()->isEnabled());
    RoleDraft* draft = m_window->rolesPage()->draft();
    const int before = draft->undoStack()->count();
    QTest::mouseClick(m_page->takeBackButton(), Qt::LeftButton);
    QCOMPARE(draft->undoStack()->count(), before + 1);
    QVERIFY(draft->undoStack()->undoText().contains(u"2"_s));
    QVERIFY(draft->isModified());
    // The comparison follows the draft: one difference left, the admin's own addition.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !m_page->isComparing()
                   && shownPermissions(m_page)
                          == QStringList{u"recording:recording:editRetention"_s};
        },
        10000));
    // One undo puts both back.
    draft->undoStack()->undo();
    QVERIFY(!draft->isModified());
    QVERIFY(grantsPermission(draft->content().policies, u"outbound:campaign:view"_s));
    QVERIFY(!grantsPermission(draft->content().policies, u"routing:wrapupCode:view"_s));
}

void TestComparePage::twoRolesAndASnapshot() {
    m_window->showWorkspace(MainWindow::Workspace::Compare);
    QVERIFY(m_page->pick(0, 0, roleId(u"Supervisor"_s)));
    QVERIFY(m_page->pick(1, 1, roleId(u"Employee"_s))); // 0 is "its default", 1 this org
    m_page->compareSelected();
    QVERIFY(!m_page->defaultComparison()); // no server involved
    QVERIFY(!m_page->takeBackButton()->isVisible());
    QVERIFY(shownPermissions(m_page).size() > 10);
    QVERIFY(m_page->summaryLabel()->text().contains(u"Employee"_s));

    // A snapshot taken now, then the role changed on the server: the snapshot is the old side.
    const QString path = m_dir.filePath(u"before.json"_s);
    QString error;
    QVERIFY2(SnapshotFile::write(m_session->toOrgData(), path, &error), qPrintable(error));
    QVERIFY2(m_page->addSnapshot(path, &error), qPrintable(error));
    QVERIFY(m_page->sourceBox(1)->currentText().contains(u"before.json"_s));
    DomainOrganizationRole changed = *m_session->roles()->findByName(u"Supervisor"_s);
    DomainPermissionPolicy extra;
    extra.domain = u"routing"_s;
    extra.entityName = u"queue"_s;
    extra.actionSet = QStringList{u"delete"_s};
    changed.permissionPolicies->append(extra);
    m_session->roles()->upsert(changed);
    QVERIFY(m_page->pick(0, 0, roleId(u"Supervisor"_s)));
    QVERIFY(m_page->pick(1, m_page->sourceBox(1)->count() - 1, roleId(u"Supervisor"_s)));
    m_page->compareSelected();
    QCOMPARE(shownPermissions(m_page), QStringList{u"routing:queue:delete"_s});

    QVERIFY(!m_page->addSnapshot(m_dir.filePath(u"missing.json"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestComparePage::matrixOfSeveralRoles() {
    m_window->showWorkspace(MainWindow::Workspace::Compare);
    const QStringList ids = {roleId(u"Supervisor"_s), roleId(u"Employee"_s),
                             roleId(u"Developer"_s)};
    m_page->showMatrix(ids);
    QCOMPARE(m_page->matrixModel()->roleCount(), 3);
    QCOMPARE(m_page->matrixModel()->columnCount(), 4);
    QVERIFY(m_page->matrixModel()->rowCount() > 0);
    QCOMPARE(m_page->matrixModel()->rowCount(), m_page->matrixModel()->differenceCount());
    QVERIFY(m_page->matrixSummary()->text().contains(
        QString::number(m_page->matrixModel()->differenceCount())));
    // A ninth role is refused.
    QListWidget* list = m_page->matrixRoles();
    int checked = 3;
    for (int i = 0; i < list->count() && checked < 9; ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            continue;
        list->item(i)->setCheckState(Qt::Checked);
        ++checked;
    }
    QCOMPARE(m_page->matrixModel()->roleCount(), RoleMatrixModel::kMaxRoles);
}

void TestComparePage::roleOfAnotherOrganization() {
    // A partner organization of the sandbox, connected beside this one.
    SandboxOrganization partner;
    for (const SandboxOrganization& o : m_sandbox->organizations())
        if (!o.isHome)
            partner = o;
    QVERIFY(!partner.id.isEmpty());
    PlatformClient otherClient(m_network);
    otherClient.setBaseUrl(m_sandbox->baseUrl());
    otherClient.setCredentials(partner.clientId, partner.clientSecret);
    auto* other = new OrgSession(&otherClient, u"Sandbox"_s);
    QSignalSpy loaded(other, &OrgSession::loaded);
    other->load();
    QVERIFY(loaded.wait(20000));
    m_page->addOrganization(other);
    const int source = m_page->sourceBox(1)->count() - 1;
    QVERIFY(m_page->sourceBox(1)->itemText(source).contains(partner.name));
    const DomainOrganizationRole* theirs = other->roles()->findByName(u"Supervisor"_s);
    QVERIFY(theirs);
    QVERIFY(m_page->pick(0, 0, roleId(u"Supervisor"_s)));
    QVERIFY(m_page->pick(1, source, *theirs->id));
    m_page->compareSelected();
    // The partner's Supervisor is the default; ours has the seed's edits.
    QCOMPARE(shownPermissions(m_page),
             (QStringList{u"outbound:campaign:view"_s, u"recording:recording:editRetention"_s,
                          u"routing:wrapupCode:view"_s}));
    QVERIFY(m_page->summaryLabel()->text().contains(partner.name));
    // It goes when its session goes.
    delete other;
    QCOMPARE(m_page->sourceBox(1)->count(), source);
}

void TestComparePage::restorePreviewConfirmAndUndo() {
    openInEditor(u"Supervisor"_s); // open, unchanged: it must follow the restore
    m_window->showWorkspace(MainWindow::Workspace::Compare);
    const QString supervisor = roleId(u"Supervisor"_s);
    bool sawTrusteeCount = false, sawTrustees = false, sawRemoved = false,
         restoreWasDisabled = false;
    onNextDialog<RestoreDialog>([&](RestoreDialog* dialog) {
        QCOMPARE(dialog->checkedRoleIds(), QStringList{supervisor});
        restoreWasDisabled = !dialog->restoreButton()->isEnabled(); // no preview yet
        dialog->preview();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000));
        QTreeWidgetItem* item =
            dialog->roles()->findItems(u"Supervisor"_s, Qt::MatchStartsWith).first();
        sawTrusteeCount = item->text(1).contains(u"3 trustee user"_s);
        for (int i = 0; i < item->childCount(); ++i) {
            sawRemoved = sawRemoved || item->child(i)->text(0).startsWith(u"Will be removed (2)"_s);
            sawTrustees = sawTrustees || item->child(i)->text(0).startsWith(u"Also held by"_s);
        }
        QVERIFY(dialog->restoreButton()->isEnabled());
        dialog->restoreButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000));
        QVERIFY(item->text(2).contains(u"restored"_s));
        dialog->reject();
    });
    m_page->restoreDefaults({supervisor});
    QVERIFY(restoreWasDisabled);
    QVERIFY(sawRemoved);
    QVERIFY(sawTrusteeCount); // Northwind's three users hold Supervisor
    QVERIFY(sawTrustees);
    QVERIFY(
        !m_session->roles()->find(supervisor)->permissions->contains(u"outbound:campaign:view"_s));
    // The editor had it open, unchanged: it shows the restored role now.
    RoleDraft* shown = m_window->rolesPage()->draft();
    QVERIFY(shown && shown->roleId() == supervisor && !shown->isModified());
    QVERIFY(!grantsPermission(shown->content().policies, u"outbound:campaign:view"_s));
    QVERIFY(grantsPermission(shown->content().policies, u"routing:wrapupCode:view"_s));
    const QList<RestorePoint> points =
        RestorePoint::list(RestorePoint::defaultDirectory(), m_session->organizationId());
    QVERIFY(!points.isEmpty());

    // Undo: the newest restore point, confirmed, puts Supervisor back.
    onNextDialog<UndoRestoreDialog>([&](UndoRestoreDialog* dialog) {
        QVERIFY(dialog->points()->count() >= 1);
        MessageBox::setNextAnswer(u"Put back"_s);
        dialog->putBack();
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000));
        QVERIFY2(dialog->statusLabel()->text().contains(u"Put back 1 role"_s),
                 qPrintable(dialog->statusLabel()->text()));
        dialog->reject();
    });
    m_page->undoRestore();
    const auto server = runJob(m_client->getRole(supervisor));
    QVERIFY(server->permissions->contains(u"outbound:campaign:view"_s));
    QVERIFY(
        m_session->roles()->find(supervisor)->permissions->contains(u"outbound:campaign:view"_s));
}

void TestComparePage::resetEveryDefaultWantsTheNameTyped() {
    m_window->showWorkspace(MainWindow::Workspace::Compare);
    onNextDialog<RestoreDialog>([&](RestoreDialog* dialog) {
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 15000)); // preview at once
        QVERIFY(dialog->checkedRoleIds().size() >= 15);
        QVERIFY(!dialog->restoreButton()->isEnabled());
        QTest::keyClicks(dialog->confirmationField(), u"Contoso"_s);
        QVERIFY(!dialog->restoreButton()->isEnabled());
        dialog->confirmationField()->setText(m_session->organizationName());
        QVERIFY(dialog->restoreButton()->isEnabled());
        dialog->reject(); // and nothing was written
    });
    m_page->resetAllDefaults();
    QVERIFY(m_session->roles()
                ->findByName(u"Supervisor"_s)
                ->permissions->contains(u"outbound:campaign:view"_s));
}

void TestComparePage::needsUpdateBanner() {
    openInEditor(u"Employee"_s);
    QVERIFY(!m_window->rolesPage()->needsUpdateBanner()->isVisible());
    openInEditor(u"Quality Evaluator"_s);
    QVERIFY(m_window->rolesPage()->needsUpdateBanner()->isVisible());
    m_window->rolesPage()->markUpToDate();
    QVERIFY(QTest::qWaitFor(
        [&] { return !m_window->rolesPage()->needsUpdateBanner()->isVisible(); }, 10000));
    QVERIFY(
        !runJob(m_client->getRole(roleId(u"Quality Evaluator"_s)))->roleNeedsUpdate.value_or(true));
}

QTEST_MAIN(TestComparePage)
#include "tst_compare_page.moc"
