// The Roles workspace as an admin uses it (offscreen, real widgets, a real sandbox): toggle a
// permission in the tree, undo, redo, save and check the role through the API; a colleague's
// edit between load and save; a crash-recovery draft; switching roles with unsaved changes;
// copy, create and delete; a condition; server errors at their field; assignments both ways.

#include "DialogAnswers.h"
#include "RunJob.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "catalog/CatalogStore.h"
#include "catalog/PermissionCatalogModel.h"
#include "catalog/PermissionFilterProxy.h"
#include "client/PlatformClient.h"
#include "common/MainWindow.h"
#include "common/MessageBox.h"
#include "diff/RoleDiff.h"
#include "org/OrgDataLoader.h"
#include "org/OrgSession.h"
#include "roles/ConditionDialog.h"
#include "roles/ConflictDialog.h"
#include "roles/PermissionGrants.h"
#include "roles/PermissionTreeModel.h"
#include "roles/RoleDraft.h"
#include "roles/RoleEditor.h"
#include "roles/RoleFilterProxy.h"
#include "roles/RoleTableModel.h"
#include "roles/RoleUsersPanel.h"
#include "roles/RolesPage.h"
#include "roles/UserRolesDialog.h"
#include "search/GlobalSearchDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

//! Clicks the message box button with this text (as shown, without mnemonics).
void clickButton(QMessageBox* box, const QString& text) {
    for (QAbstractButton* b : box->buttons())
        if (b->text().remove(u'&') == text)
            return b->click();
    QFAIL(qPrintable(u"no button \"%1\" in \"%2\""_s.arg(text, box->text())));
}

} // namespace

class TestRoleEditor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void toggleUndoRedoSaveThroughTheTree();
    void aRevokedRowStaysUnderAssignedOnly();
    void whatCannotWorkIsDisabledWithItsReason();
    void grantsPermissionCompletesAndExplains();
    void colleaguesEditIsShownBeforeAnyOverwrite();
    void keepEditingAfterAConflictWritesNothing();
    void applyingMineOnTopKeepsTheirUnrelatedChange();
    void loadingTheirsAfterAConflictDropsMine();
    void unsavedDraftSurvivesACrash();
    void switchingRolesAsksToSaveDiscardOrCancel();
    void copySaveAndDelete();
    void deleteConfirmationNamesRoleAndUsers();
    void serverErrorAppearsAtItsField();
    void conditionIsEditedWithValidation();
    void roleUsersAreAddedAndRemoved();
    void permissionFilterAsksTheServer();
    void closingTheWindowAsksFirst();
    void closingTheWindowSavesFirst();
    void anyUsersRolesCanBeOpened();
    void windowShortcutsWinInTextFields_data();
    void windowShortcutsWinInTextFields();
    void reloadKeepsTheOpenRoleAndTheFilters();
    void userRolesAreSetAndRemoved();

private:
    OrgData load();
    QString roleId(const QString& name) const;
    DomainOrganizationRole serverRole(const QString& name);
    //! Opens a role in the page and returns its permission tree's proxy index of `permission`.
    QModelIndex showPermission(const QString& permission);
    void toggle(const QString& permission);

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_client = nullptr;
    QTemporaryDir m_dir;
    OrgData m_data;
    OrgSession* m_session = nullptr;
    RolesPage* m_page = nullptr;
};

void TestRoleEditor::initTestCase() {
    // These tests send several hundred requests a minute; the rate limit's pauses (tested in
    // tst_client_resilience) would only make them slow.
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = sandboxClient(*m_sandbox, m_network, this);
    // A question no test expected is answered "cancel" and counted, rather than waiting.
    MessageBox::requireAnswers(true);
}

void TestRoleEditor::cleanupTestCase() {
    delete m_client;
    delete m_sandbox;
}

OrgData TestRoleEditor::load() {
    OrgDataLoader loader(m_client, u"Sandbox"_s);
    QSignalSpy finished(&loader, &OrgDataLoader::finished);
    loader.start();
    if (!finished.wait(20000))
        qFatal("the organization did not load");
    return loader.data();
}

void TestRoleEditor::init() {
    m_data = load();
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    m_session->setData(m_data);
    m_page = new RolesPage;
    m_page->setDraftDirectory(m_dir.path() + u"/drafts"_s);
    m_page->setSession(m_session);
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestRoleEditor::cleanup() {
    // A dialog a test waited for and never saw is a failure, not a trap for the next test.
    const int neverShown = MessageBox::pendingAnswers();
    const int unexpected = MessageBox::unexpectedDialogs();
    MessageBox::clearAnswers();
    // A test that failed half-way leaves a draft; nobody must be asked about it.
    if (m_page && m_page->draft())
        m_page->discard();
    delete m_page;
    m_page = nullptr;
    delete m_session;
    m_session = nullptr;
    QCOMPARE(neverShown, 0);
    QCOMPARE(unexpected, 0);
}

QString TestRoleEditor::roleId(const QString& name) const {
    for (const DomainOrganizationRole& r : m_data.roles)
        if (r.name == name)
            return r.id.value_or(QString());
    return {};
}

DomainOrganizationRole TestRoleEditor::serverRole(const QString& name) {
    return roleNamed(m_client, name);
}

QModelIndex TestRoleEditor::showPermission(const QString& permission) {
    RoleEditor* editor = m_page->editor();
    editor->filterField()->clear();
    editor->assignedOnlyBox()->setChecked(false);
    QTest::keyClicks(editor->filterField(), permission);
    const QModelIndex index =
        editor->treeProxy()->mapFromSource(editor->treeModel()->indexOf(permission));
    if (index.isValid()) {
        editor->tree()->setCurrentIndex(index);
        editor->tree()->scrollTo(index);
    }
    return index;
}

void TestRoleEditor::toggle(const QString& permission) {
    const QModelIndex index = showPermission(permission);
    QVERIFY2(index.isValid(), qPrintable(permission));
    // What an admin's Space bar does on the current row.
    m_page->editor()->tree()->setFocus();
    QTest::keyClick(m_page->editor()->tree(), Qt::Key_Space);
}

void TestRoleEditor::whatCannotWorkIsDisabledWithItsReason() {
    // Nothing selected: nothing to copy.
    QVERIFY(!m_page->draft());
    QVERIFY(!m_page->copyAction()->isEnabled());
    QVERIFY(m_page->copyAction()->toolTip().contains(u"Select the role to copy first."_s));
    // Master Admin: the service refuses to delete it, so RoleDesk does not offer to.
    m_page->select(roleId(u"Master Admin"_s));
    QVERIFY(m_page->draft());
    QVERIFY(m_page->copyAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->isEnabled());
    QVERIFY(m_page->deleteAction()->toolTip().contains(u"Master Admin cannot be deleted"_s));
    // Any other role: both work, and the reason is gone from the tooltip.
    m_page->select(roleId(u"Tier 1 Agent"_s));
    QVERIFY(m_page->deleteAction()->isEnabled());
    QVERIFY(!m_page->deleteAction()->toolTip().contains(u"Master Admin"_s));
    QVERIFY(!m_page->copyAction()->toolTip().contains(u"Select the role"_s));
}

void TestRoleEditor::grantsPermissionCompletesAndExplains() {
    QLineEdit* field = m_page->permissionField();
    QLabel* summary = m_page->list()->summaryLabel();
    // Completion offers the catalog's permissions that contain what is typed.
    QTest::keyClicks(field, u"queue:vi"_s);
    QCompleter* completer = field->completer();
    QVERIFY(completer);
    QVERIFY(completer->completionCount() > 0);
    for (int i = 0; i < completer->completionCount(); ++i) {
        completer->setCurrentRow(i);
        QVERIFY(completer->currentCompletion().contains(u"queue:vi"_s));
    }
    QVERIFY(summary->text().contains(u"type a whole permission"_s));
    // A typo is not silently matched through a wildcard: it is named as unknown.
    field->clear();
    QTest::keyClicks(field, u"routing:queue:veiw"_s);
    QVERIFY2(summary->text().contains(u"routing:queue:veiw is not in the catalog"_s),
             qPrintable(summary->text()));
    field->clear();
    QTest::keyClicks(field, u"routing:queue:view"_s);
    QVERIFY(!summary->text().contains(u"not in the catalog"_s));
    QVERIFY(!summary->text().contains(u"type a whole permission"_s));
    field->clear();
}

void TestRoleEditor::aRevokedRowStaysUnderAssignedOnly() {
    m_page->select(roleId(u"Tier 1 Agent"_s));
    QVERIFY(m_page->draft());
    RoleEditor* editor = m_page->editor();
    editor->filterField()->clear();
    editor->assignedOnlyBox()->setChecked(true);
    // The permissions the tree shows, in order.
    const auto grantedShown = [editor] {
        QStringList out;
        QAbstractItemModel* shown = editor->treeProxy();
        const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int row = 0; row < shown->rowCount(parent); ++row) {
                const QModelIndex child = shown->index(row, 0, parent);
                if (shown->rowCount(child) == 0)
                    out.append(child.data(PermissionCatalogModel::PermissionRole).toString());
                walk(child);
            }
        };
        walk({});
        return out;
    };
    const QStringList before = grantedShown();
    QVERIFY2(before.size() >= 2, qPrintable(before.join(u", "_s)));
    const QString first = before.front();
    QModelIndex index = editor->treeProxy()->mapFromSource(editor->treeModel()->indexOf(first));
    editor->tree()->setCurrentIndex(index);
    editor->tree()->setFocus();

    // Space revokes it; the row stays, struck through, and stays current.
    QTest::keyClick(editor->tree(), Qt::Key_Space);
    QVERIFY(!grantsPermission(m_page->draft()->content().policies, first));
    QCOMPARE(grantedShown(), before);
    index = editor->tree()->currentIndex();
    QCOMPARE(index.data(PermissionCatalogModel::PermissionRole).toString(), first);
    QVERIFY(index.data(Qt::FontRole).value<QFont>().strikeOut());
    // The next Space grants the same permission again, not the one below it.
    QTest::keyClick(editor->tree(), Qt::Key_Space);
    QVERIFY(grantsPermission(m_page->draft()->content().policies, first));
    QVERIFY(!editor->tree()->currentIndex().data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(grantsPermission(m_page->draft()->content().policies, before.at(1)));

    // Revoked again, then the filter applied again: now it goes.
    QTest::keyClick(editor->tree(), Qt::Key_Space);
    QCOMPARE(grantedShown(), before);
    editor->assignedOnlyBox()->setChecked(false);
    editor->assignedOnlyBox()->setChecked(true);
    QCOMPARE(grantedShown(), before.mid(1));
}

void TestRoleEditor::toggleUndoRedoSaveThroughTheTree() {
    const QString id = roleId(u"Tier 1 Agent"_s);
    m_page->select(id);
    QVERIFY(m_page->draft());
    QCOMPARE(m_page->draft()->roleId(), id);
    QAbstractItemModelTester tester(m_page->editor()->treeProxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto granted = [this] {
        return grantsPermission(m_page->draft()->content().policies, u"routing:queue:edit"_s);
    };
    QVERIFY(!granted());
    const QByteArray original = m_page->draft()->requestBody();

    toggle(u"routing:queue:edit"_s);
    QVERIFY(granted());
    QVERIFY(m_page->isModified());
    const int row = m_page->model()->rowOf(id);
    QVERIFY(m_page->model()->index(row, 0).data().toString().contains(u"(unsaved)"_s));
    QVERIFY(m_page->editor()->jsonView()->toPlainText().contains(u"\"edit\""_s));
    QVERIFY(m_page->undoAction()->isEnabled());
    QVERIFY(m_page->saveAction()->isEnabled());

    // Ctrl+Z and Ctrl+Shift+Z work wherever the focus is in the page.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QTest::keyClick(m_page->editor()->tree(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!granted());
    QTest::keyClick(m_page->editor()->tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(granted());

    m_page->undoAction()->trigger();
    QVERIFY(!granted());
    QVERIFY(!m_page->isModified());
    QCOMPARE(m_page->draft()->requestBody(), original);
    QCOMPARE(m_page->model()->index(row, 0).data().toString(), u"Tier 1 Agent"_s);
    m_page->redoAction()->trigger();
    QVERIFY(granted());
    QCOMPARE(m_page->draft()->undoStack()->count(), 1);

    QSignalSpy saved(m_page, &RolesPage::saved);
    m_page->saveAction()->trigger();
    QVERIFY(saved.wait(10000));
    QVERIFY(!m_page->isModified());
    const DomainOrganizationRole server = serverRole(u"Tier 1 Agent"_s);
    QVERIFY(grantsPermission(*server.permissionPolicies, u"routing:queue:edit"_s));
    QVERIFY(server.permissions->contains(u"routing:queue:edit"_s));
    QCOMPARE(m_page->model()->index(row, 0).data().toString(), u"Tier 1 Agent"_s);
    QVERIFY(m_page->draftStore()->drafts(*m_data.organization.id).isEmpty());
}

void TestRoleEditor::colleaguesEditIsShownBeforeAnyOverwrite() {
    m_page->select(roleId(u"Tier 2 Agent"_s));
    toggle(u"routing:queue:edit"_s);
    const QString myDescription = m_page->draft()->content().description;
    DomainOrganizationRole theirs = serverRole(u"Tier 2 Agent"_s);
    theirs.description = u"Changed by a colleague."_s;
    QVERIFY(
        runJob(m_client->updateRole(*theirs.id, DomainOrganizationRoleUpdate::fromRole(theirs))));

    QStringList theirLines, myLines;
    onNextDialog<ConflictDialog>([&](ConflictDialog* dialog) {
        for (int i = 0; i < dialog->theirsList()->count(); ++i)
            theirLines.append(dialog->theirsList()->item(i)->text());
        for (int i = 0; i < dialog->mineList()->count(); ++i)
            myLines.append(dialog->mineList()->item(i)->text());
        dialog->findChild<QPushButton*>(u"keepMine"_s)->click();
    });
    QSignalSpy saved(m_page, &RolesPage::saved);
    m_page->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(theirLines.size(), 1);
    QVERIFY(theirLines[0].contains(u"Changed by a colleague."_s));
    QVERIFY(myLines.contains(u"+ routing:queue:edit"_s));
    const DomainOrganizationRole server = serverRole(u"Tier 2 Agent"_s);
    QCOMPARE(server.description, myDescription); // the admin chose theirs to go, knowingly
    QVERIFY(grantsPermission(*server.permissionPolicies, u"routing:queue:edit"_s));
}

void TestRoleEditor::keepEditingAfterAConflictWritesNothing() {
    m_page->select(roleId(u"Journey Analyst"_s));
    toggle(u"routing:queue:view"_s);
    DomainOrganizationRole theirs = serverRole(u"Journey Analyst"_s);
    theirs.name = u"Journey Analyst (renamed)"_s;
    QVERIFY(
        runJob(m_client->updateRole(*theirs.id, DomainOrganizationRoleUpdate::fromRole(theirs))));
    bool shown = false;
    onNextDialog<ConflictDialog>([&](ConflictDialog* dialog) {
        shown = true;
        dialog->reject();
    });
    QSignalSpy message(m_page, &RolesPage::message);
    m_page->save();
    QVERIFY(QTest::qWaitFor([&] { return shown; }, 10000));
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY(m_page->isModified()); // the draft is untouched
    QVERIFY(grantsPermission(m_page->draft()->content().policies, u"routing:queue:view"_s));
    const DomainOrganizationRole server = serverRole(u"Journey Analyst (renamed)"_s);
    QVERIFY(!grantsPermission(*server.permissionPolicies, u"routing:queue:view"_s));
}

void TestRoleEditor::applyingMineOnTopKeepsTheirUnrelatedChange() {
    const QString id = roleId(u"Queue Auditor"_s);
    m_page->select(id);
    toggle(u"routing:queue:edit"_s);
    DomainOrganizationRole theirs = serverRole(u"Queue Auditor"_s);
    const CatalogIndex& catalog = m_session->catalog()->index();
    auto expected = RoleDiff::atomsOf(*theirs.permissionPolicies, catalog);
    expected.insert(u"routing:queue:edit"_s, {QString()});
    theirs.description = u"A colleague's unrelated change."_s;
    QVERIFY(runJob(m_client->updateRole(id, DomainOrganizationRoleUpdate::fromRole(theirs))));
    bool offered = false;
    onNextDialog<ConflictDialog>([&](ConflictDialog* dialog) {
        offered = dialog->mergeButton()->isEnabled();
        dialog->mergeButton()->click();
    });
    QSignalSpy saved(m_page, &RolesPage::saved);
    m_page->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(offered);
    QVERIFY(!m_page->isModified());
    // Both: their description and my grant, on the server and in the editor.
    const DomainOrganizationRole server = serverRole(u"Queue Auditor"_s);
    QCOMPARE(server.description, u"A colleague's unrelated change."_s);
    QCOMPARE(RoleDiff::atomsOf(*server.permissionPolicies, catalog), expected); // nothing else
    QCOMPARE(m_page->editor()->descriptionField()->text(), u"A colleague's unrelated change."_s);

    // Both renamed it: not offered, and the reason says so.
    m_page->editor()->nameField()->selectAll();
    QTest::keyClicks(m_page->editor()->nameField(), u"Queue Auditor (mine)"_s);
    theirs = serverRole(u"Queue Auditor"_s);
    theirs.name = u"Queue Auditor (theirs)"_s;
    QVERIFY(runJob(m_client->updateRole(id, DomainOrganizationRoleUpdate::fromRole(theirs))));
    QString why;
    bool enabled = true;
    onNextDialog<ConflictDialog>([&](ConflictDialog* dialog) {
        enabled = dialog->mergeButton()->isEnabled();
        why = dialog->mergeButton()->toolTip();
        dialog->reject();
    });
    QSignalSpy message(m_page, &RolesPage::message);
    m_page->save();
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
    QVERIFY(!enabled);
    QCOMPARE(why, u"You both renamed the role."_s);
    theirs.name = u"Queue Auditor"_s; // as the other tests expect it
    QVERIFY(runJob(m_client->updateRole(id, DomainOrganizationRoleUpdate::fromRole(theirs))));
}

void TestRoleEditor::loadingTheirsAfterAConflictDropsMine() {
    const QString id = roleId(u"Outbound Agent"_s);
    m_page->select(id);
    toggle(u"routing:queue:edit"_s);
    DomainOrganizationRole theirs = serverRole(u"Outbound Agent"_s);
    theirs.description = u"Theirs wins."_s;
    QVERIFY(runJob(m_client->updateRole(id, DomainOrganizationRoleUpdate::fromRole(theirs))));
    onNextDialog<ConflictDialog>(
        [](ConflictDialog* dialog) { dialog->findChild<QPushButton*>(u"takeTheirs"_s)->click(); });
    QSignalSpy message(m_page, &RolesPage::message);
    m_page->save();
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
    QVERIFY(!m_page->isModified());
    QCOMPARE(m_page->draft()->roleId(), id);
    QCOMPARE(m_page->draft()->content().description, u"Theirs wins."_s);
    QCOMPARE(m_page->editor()->descriptionField()->text(), u"Theirs wins."_s);
    QVERIFY(!grantsPermission(m_page->draft()->content().policies, u"routing:queue:edit"_s));
    QVERIFY(m_page->draftStore()->drafts(*m_data.organization.id).isEmpty());
    const DomainOrganizationRole server = serverRole(u"Outbound Agent"_s);
    QVERIFY(!grantsPermission(*server.permissionPolicies, u"routing:queue:edit"_s));
    // And the page goes on working: a new edit saves without a conflict.
    toggle(u"routing:queue:edit"_s);
    QSignalSpy saved(m_page, &RolesPage::saved);
    m_page->save();
    QVERIFY(saved.wait(10000));
    QVERIFY(grantsPermission(*serverRole(u"Outbound Agent"_s).permissionPolicies,
                             u"routing:queue:edit"_s));
}

void TestRoleEditor::unsavedDraftSurvivesACrash() {
    m_page->select(roleId(u"Security Officer"_s));
    toggle(u"routing:queue:edit"_s);
    QTest::keyClicks(m_page->editor()->descriptionField(), u" (draft)"_s);
    const RoleContent edited = m_page->draft()->content();
    QVERIFY(edited.description.endsWith(u" (draft)"_s));
    const auto stored = m_page->draftStore()->drafts(*m_data.organization.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].draft.description, edited.description);

    // The process dies: nothing asks, nothing cleans up. (The page is deleted without discard.)
    delete m_page;
    m_page = nullptr;
    delete m_session;
    m_session = nullptr;
    init();
    QString question;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        clickButton(box, u"Restore"_s);
    });
    m_page->offerRecoveredDrafts();
    QVERIFY(question.contains(u"Security Officer"_s));
    QVERIFY(m_page->draft());
    QCOMPARE(m_page->draft()->roleId(), roleId(u"Security Officer"_s));
    QVERIFY(m_page->draft()->content() == edited);
    QVERIFY(m_page->isModified());
    m_page->undoAction()->trigger(); // the recovery itself is one step
    QVERIFY(!m_page->isModified());
    m_page->redoAction()->trigger();
    m_page->discard();
    QVERIFY(m_page->draftStore()->drafts(*m_data.organization.id).isEmpty());
}

void TestRoleEditor::switchingRolesAsksToSaveDiscardOrCancel() {
    const QString first = roleId(u"Billing Specialist"_s);
    const QString second = roleId(u"Knowledge Editor"_s);
    m_page->select(first);
    toggle(u"routing:queue:view"_s);
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    m_page->select(second);
    QCOMPARE(m_page->draft()->roleId(), first);
    QVERIFY(m_page->isModified());
    QCOMPARE(m_page->table()->currentIndex().data(RoleTableModel::IdRole).toString(), first);

    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    m_page->select(second);
    QCOMPARE(m_page->draft()->roleId(), second);
    QVERIFY(!m_page->isModified());
    const DomainOrganizationRole server = serverRole(u"Billing Specialist"_s);
    QVERIFY(!grantsPermission(*server.permissionPolicies, u"routing:queue:view"_s));

    // Save from the prompt goes through before the switch.
    toggle(u"routing:queue:view"_s);
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Save)->click(); });
    m_page->select(first);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->draft()->roleId(), first, 10000);
    QVERIFY(grantsPermission(*serverRole(u"Knowledge Editor"_s).permissionPolicies,
                             u"routing:queue:view"_s));
}

void TestRoleEditor::copySaveAndDelete() {
    m_page->select(roleId(u"Bot Builder"_s));
    m_page->copyAction()->trigger();
    QVERIFY(m_page->draft()->isNew());
    QCOMPARE(m_page->editor()->nameField()->text(), u"Copy of Bot Builder"_s);
    QSignalSpy saved(m_page, &RolesPage::saved);
    m_page->saveAction()->trigger();
    QVERIFY(saved.wait(10000));
    const DomainOrganizationRole copy = serverRole(u"Copy of Bot Builder"_s);
    QVERIFY(copy.id);
    QCOMPARE(copy.permissions, serverRole(u"Bot Builder"_s).permissions);
    QVERIFY(m_page->model()->rowOf(*copy.id) >= 0);
    QCOMPARE(m_page->draft()->roleId(), *copy.id);

    QString text, details;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        text = box->text();
        details = box->informativeText();
        clickButton(box, u"Delete role"_s);
    });
    m_page->deleteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowOf(*copy.id), -1, 10000);
    QVERIFY(text.contains(u"Copy of Bot Builder"_s));
    QVERIFY(details.contains(u"No user holds this role."_s));
    QVERIFY(!m_page->draft()); // nothing else opens by itself
    QVERIFY(!m_page->table()->currentIndex().isValid());
    ApiStatus status;
    QVERIFY(!runJob(m_client->getRole(*copy.id), &status));
    QCOMPARE(status.httpStatus, 404);
}

void TestRoleEditor::deleteConfirmationNamesRoleAndUsers() {
    const QString id = roleId(u"Tier 1 Agent"_s);
    m_page->select(id);
    // Someone gives the role to one more user after the list was loaded: the question says 13.
    UserQuery q;
    q.pageSize = 100;
    const auto holders = runJob(m_client->getRoleUsers(id, {100, 1}));
    QVERIFY(holders);
    QCOMPARE(holders->entities->size(), 12);
    QString extra;
    const auto users = runJob(m_client->fetchAllUsers(q)); // kept: a range over a temporary dangles
    QVERIFY(users);
    for (const User& u : *users)
        if (std::none_of(holders->entities->begin(), holders->entities->end(),
                         [&](const UserReference& h) { return h.id == u.id; }))
            extra = *u.id;
    QVERIFY(runJob(m_client->addRoleUsers(id, {extra})));
    QString details;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        details = box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    m_page->deleteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty(), 10000);
    QVERIFY2(details.contains(u"13 user"_s), qPrintable(details));
    QVERIFY(runJob(m_client->removeRoleUsers(id, {extra})));
    QVERIFY(runJob(m_client->getRole(id))); // still there
    QVERIFY(m_page->model()->rowOf(id) >= 0);
}

void TestRoleEditor::serverErrorAppearsAtItsField() {
    // A role created by someone else after the list was loaded: only the server knows the name.
    DomainOrganizationRoleCreate other;
    other.name = u"Created meanwhile"_s;
    QVERIFY(runJob(m_client->createRole(other)));
    m_page->select(roleId(u"Quality Evaluator"_s));
    QLineEdit* name = m_page->editor()->nameField();
    name->selectAll();
    QTest::keyClicks(name, u"Created meanwhile"_s);
    QVERIFY(m_page->editor()->nameProblem()->isHidden());
    QSignalSpy errors(m_page, &RolesPage::errorOccurred);
    m_page->save();
    QVERIFY(errors.wait(10000));
    QVERIFY(m_page->editor()->nameProblem()->isVisible());
    QVERIFY(m_page->editor()->nameProblem()->text().contains(u"already exists"_s));
    QVERIFY(m_page->isModified());
    QCOMPARE(m_page->draft()->content().name, u"Created meanwhile"_s);

    // An error about a policy appears above the tree, naming the policy.
    RoleContent content = m_page->draft()->content();
    content.name = u"Quality Evaluator"_s;
    DomainPermissionPolicy odd;
    odd.domain = u"routing"_s;
    odd.entityName = u"queue"_s;
    odd.actionSet = QStringList{u"fly"_s};
    content.policies.append(odd);
    m_page->draft()->setContent(content, u"an action the catalog does not have"_s);
    m_page->save();
    QVERIFY(errors.wait(10000));
    QVERIFY(m_page->editor()->nameProblem()->isHidden());
    QVERIFY(m_page->editor()->policyProblem()->isVisible());
    QVERIFY2(m_page->editor()->policyProblem()->text().contains(u"routing:queue:fly"_s),
             qPrintable(m_page->editor()->policyProblem()->text()));
    QVERIFY(m_page->isModified());
    m_page->undoAction()->trigger();

    // A name the list knows is refused before anything is sent.
    name->selectAll();
    QTest::keyClicks(name, u"Supervisor"_s);
    QVERIFY(m_page->editor()->nameProblem()->text().contains(u"already named"_s));
    name->clear();
    QTest::keyClicks(name, u" "_s);
    QVERIFY(m_page->editor()->nameProblem()->text().contains(u"needs a name"_s));
}

void TestRoleEditor::conditionIsEditedWithValidation() {
    m_page->select(roleId(u"Queue Auditor"_s));
    showPermission(u"recording:recording:view"_s);
    RoleEditor* editor = m_page->editor();
    QVERIFY(editor->conditionLabel()->text().contains(u"Queue.id IN"_s));
    QVERIFY(editor->editConditionButton()->isEnabled());
    bool okWhileInvalid = true;
    QString problem;
    onNextDialog<ConditionDialog>([&](ConditionDialog* dialog) {
        dialog->textField()->setText(u"Queue.id EQ (queue:a, queue:b)"_s);
        okWhileInvalid = dialog->okButton()->isEnabled();
        problem = dialog->problemLabel()->text();
        dialog->textField()->setText(u"Queue.id EQ queue:7e2b0c1d-0000-4000-8000-00000000a001"_s);
        dialog->okButton()->click();
    });
    editor->editConditionButton()->click();
    QVERIFY(!okWhileInvalid);
    QVERIFY(problem.contains(u"exactly one value"_s));
    QVERIFY(editor->conditionLabel()->text().contains(u"Queue.id EQ queue:7e2b"_s));
    QSignalSpy saved(m_page, &RolesPage::saved);
    m_page->save();
    QVERIFY(saved.wait(10000));
    const DomainOrganizationRole server = serverRole(u"Queue Auditor"_s);
    bool found = false;
    for (const DomainPermissionPolicy& p : *server.permissionPolicies)
        if (p.entityName == u"recording"_s && p.resourceConditionNode)
            found = p.resourceConditionNode->conditionOperator == u"EQ"_s;
    QVERIFY(found);

    // A permission that does not allow conditions cannot get one.
    const CatalogIndex& catalog = editor->treeModel()->catalogIndex();
    QString plain;
    for (const QString& d : catalog.domains())
        for (const QString& e : catalog.entities(d))
            for (const QString& a : catalog.actions(d, e))
                if (plain.isEmpty() && !catalog.find(d, e, a)->allowsConditions.value_or(false))
                    plain = d + u':' + e + u':' + a;
    QVERIFY(!plain.isEmpty());
    toggle(plain);
    QVERIFY(grantsPermission(m_page->draft()->content().policies, plain));
    QVERIFY(!editor->editConditionButton()->isEnabled());
    QVERIFY(editor->conditionLabel()->text().contains(u"Not every action"_s));
}

void TestRoleEditor::roleUsersAreAddedAndRemoved() {
    const QString id = roleId(u"Quality Administrator"_s);
    m_page->select(id);
    RoleUsersPanel* panel = m_page->editor()->usersPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 1, 10000);
    const int row = m_page->model()->rowOf(id);
    const auto users = [&] {
        return m_page->model()->index(row, int(RoleTableModel::Column::Users)).data().toInt();
    };
    QCOMPARE(users(), 1);
    UserQuery q;
    q.pageSize = 100;
    const auto all = runJob(m_client->fetchAllUsers(q));
    QVERIFY(all && all->size() > 30);
    const User newcomer = all->at(30);
    QVERIFY(!panel->userIds().contains(*newcomer.id));

    QTest::keyClicks(panel->addField(), *newcomer.email);
    QSignalSpy changed(panel, &RoleUsersPanel::usersChanged);
    QVERIFY(panel->addChosenUser());
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(users(), 2, 10000);
    auto members = runJob(m_client->getRoleUsers(id));
    QVERIFY(members);
    QCOMPARE(members->entities->size(), 2);

    for (int r = 0; r < panel->table()->rowCount(); ++r)
        if (panel->table()->item(r, 0)->data(Qt::UserRole) == *newcomer.id)
            panel->table()->selectRow(r);
    QString question;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    panel->removeSelectedUsers();
    QVERIFY(changed.wait(10000));
    QVERIFY(question.contains(*newcomer.name));
    QTRY_COMPARE_WITH_TIMEOUT(users(), 1, 10000);
    members = runJob(m_client->getRoleUsers(id));
    QCOMPARE(members->entities->size(), 1);
}

void TestRoleEditor::userRolesAreSetAndRemoved() {
    UserQuery q;
    q.pageSize = 100;
    const User user = runJob(m_client->fetchAllUsers(q))->at(23); // Employee and one more
    UserRolesDialog dialog(m_session, *user.id, *user.name, m_page);
    QSignalSpy loaded(&dialog, &UserRolesDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(10000));
    QStringList held = dialog.heldRoleIds();
    QCOMPARE(held.size(), 2);
    const auto item = [&](const QString& name) {
        return dialog.list()->findItems(name, Qt::MatchExactly).value(0);
    };
    // Add a role: no question, nothing is taken away.
    item(u"Knowledge Editor"_s)->setCheckState(Qt::Checked);
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.heldRoleIds().size(), 3, 10000);
    auto roles = runJob(m_client->getUserRoles(*user.id));
    QCOMPARE(roles->roles->size(), 3);

    // Take one away: the question names it.
    QString other; // the role besides Employee the user held from the start
    for (const QString& id : held)
        if (id != roleId(u"Employee"_s))
            for (const DomainOrganizationRole& r : m_data.roles)
                if (r.id == id)
                    other = *r.name;
    QVERIFY(!other.isEmpty());
    item(other)->setCheckState(Qt::Unchecked);
    QString question;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    dialog.save();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.heldRoleIds().size(), 2, 10000);
    QVERIFY(question.contains(other));
    QVERIFY(!question.contains(u"Knowledge Editor"_s));

    // Remove all: the question lists every role.
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QTRY_VERIFY_WITH_TIMEOUT(dialog.removeAllButton()->isEnabled(), 5000);
    dialog.removeAll();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.heldRoleIds().isEmpty(), 10000);
    QVERIFY(question.contains(u"Employee"_s) && question.contains(u"Knowledge Editor"_s));
    roles = runJob(m_client->getUserRoles(*user.id));
    QVERIFY(roles->roles.value_or(QList<DomainRole>()).isEmpty());
    QVERIFY(dialog.changedRoleIds().contains(roleId(u"Employee"_s)));
}

void TestRoleEditor::permissionFilterAsksTheServer() {
    QTest::keyClicks(m_page->permissionField(), u"recording:recording:view"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->summaryLabel()->text().contains(u"the server lists"_s), 10000);
    RoleQuery q;
    q.permission = {u"recording:recording:view"_s};
    q.pageSize = 100;
    const auto server = runJob(m_client->getRoles(q));
    QVERIFY(server);
    const int count = int(server->entities->size());
    QVERIFY(count > 0);
    QCOMPARE(m_page->proxy()->rowCount(), count);
    QVERIFY(m_page->summaryLabel()->text().contains(u"granting recording:recording:view"_s));
    // An incomplete permission is filtered locally only.
    QTest::keyClick(m_page->permissionField(), Qt::Key_Backspace);
    QVERIFY(!m_page->summaryLabel()->text().contains(u"the server lists"_s));
}

void TestRoleEditor::closingTheWindowAsksFirst() {
    MainWindow window(nullptr);
    window.rolesPage()->setDraftDirectory(m_dir.path() + u"/drafts"_s);
    window.setSession(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RolesPage* page = window.rolesPage();
    page->select(roleId(u"Employee"_s));
    page->draft()->setName(u"Employee (renamed, unsaved)"_s);
    QVERIFY(window.isWindowModified());
    QString asked;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(asked.contains(u"Employee (renamed, unsaved)"_s));
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(window.close());
    QCOMPARE(serverRole(u"Employee"_s).name, u"Employee"_s);
}

void TestRoleEditor::closingTheWindowSavesFirst() {
    MainWindow window(nullptr);
    window.rolesPage()->setDraftDirectory(m_dir.path() + u"/drafts"_s);
    window.setSession(m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RolesPage* page = window.rolesPage();
    page->select(roleId(u"Developer"_s));
    page->draft()->setDescription(u"Saved on the way out."_s);
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Save)->click(); });
    // The window stays until the save has gone through, then closes by itself.
    QVERIFY(!window.close());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QCOMPARE(serverRole(u"Developer"_s).description, u"Saved on the way out."_s);
    QVERIFY(!page->isModified());
}

void TestRoleEditor::anyUsersRolesCanBeOpened() {
    UserQuery q;
    q.pageSize = 100;
    const User user = runJob(m_client->fetchAllUsers(q))->at(35);
    QString title;
    int held = -1;
    onNextDialog<QInputDialog>([&](QInputDialog* input) {
        input->setTextValue(*user.email); // typed, not picked: one user matches
        onNextDialog<UserRolesDialog>([&](UserRolesDialog* dialog) {
            title = dialog->windowTitle();
            QTRY_VERIFY(dialog->list()->isEnabled()); // loaded
            held = int(dialog->heldRoleIds().size());
            dialog->reject();
        });
        input->accept();
    });
    m_page->userRolesAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(held >= 0, 10000);
    QVERIFY(title.contains(*user.name));
    QCOMPARE(held, int(runJob(m_client->getUserRoles(*user.id))->roles->size()));
}

void TestRoleEditor::windowShortcutsWinInTextFields_data() {
    QTest::addColumn<int>("key");
    QTest::newRow("Ctrl+U: user's roles") << int(Qt::Key_U);
    QTest::newRow("Ctrl+K: go to") << int(Qt::Key_K);
}

void TestRoleEditor::windowShortcutsWinInTextFields() {
    // On X11, a line edit takes Ctrl+U (delete to the start) and Ctrl+K (delete to the end):
    // the window's shortcuts must win there, and the typed text must stay.
    QFETCH(int, key);
    MainWindow window(nullptr);
    window.rolesPage()->setDraftDirectory(m_dir.path() + u"/drafts"_s);
    window.setSession(m_session);
    window.show();
    window.activateWindow(); // a shortcut of the window needs it active (Xvfb has no manager)
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit* field = window.rolesPage()->searchField();
    field->setFocus();
    QTest::keyClicks(field, u"agent"_s);
    bool opened = false;
    const auto seen = [&](QDialog* dialog) {
        opened = true;
        dialog->reject();
    };
    if (key == Qt::Key_U)
        onNextDialog<QInputDialog>(seen);
    QTest::keyClick(field, Qt::Key(key), Qt::ControlModifier);
    if (key == Qt::Key_K) {
        QTRY_VERIFY(window.searchDialog()->isVisible());
        window.searchDialog()->reject();
        opened = true;
    }
    QTRY_VERIFY(opened);
    QCOMPARE(field->text(), u"agent"_s);
}

void TestRoleEditor::reloadKeepsTheOpenRoleAndTheFilters() {
    const QString id = roleId(u"Tier 1 Agent"_s);
    m_page->select(id);
    QTest::keyClicks(m_page->searchField(), u"agent"_s);
    DomainOrganizationRole changed = serverRole(u"Tier 1 Agent"_s);
    changed.description = u"Changed before the reload."_s;
    QVERIFY(runJob(m_client->updateRole(id, DomainOrganizationRoleUpdate::fromRole(changed))));
    m_session->setData(load());
    QCOMPARE(m_page->searchField()->text(), u"agent"_s);
    QVERIFY(m_page->draft());
    QCOMPARE(m_page->draft()->roleId(), id);
    QCOMPARE(m_page->editor()->descriptionField()->text(), u"Changed before the reload."_s);
    QVERIFY(!m_page->isModified());
    QCOMPARE(m_page->table()->currentIndex().data(RoleTableModel::IdRole).toString(), id);
}

QTEST_MAIN(TestRoleEditor)
#include "tst_role_editor.moc"
