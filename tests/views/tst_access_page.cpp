// The Access workspace with real widgets against a real sandbox: "Who can do this?" opened from
// the catalog (double-click), its roles checked against the server's own permission filter (A5)
// and its people against each role's members (S2), trustee users of a partner included, the
// CSV export owner-only; a typo is "not in the catalog"; "Why can this person do that?" opened
// from Ctrl+K on a person, their roles as the server lists them (A8), a wildcard grant traced to
// its role and policy; Ctrl+K says when nothing matches.

#include "DialogAnswers.h"
#include "FileMode.h"
#include "SandboxClient.h"
#include "access/AccessPage.h"
#include "catalog/CatalogPage.h"
#include "catalog/PermissionCatalogModel.h"
#include "catalog/PermissionFilterProxy.h"
#include "common/MainWindow.h"
#include "org/OrgSession.h"
#include "roles/PermissionTreeModel.h"
#include "roles/RoleDraft.h"
#include "roles/RoleEditor.h"
#include "roles/RoleStore.h"
#include "roles/RolesPage.h"
#include "search/GlobalSearchDialog.h"
#include "users/UserDirectory.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestAccessPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void whoCanFromTheCatalog();
    void aTypoIsNotInTheCatalog();
    void whoCanFromTheRoleEditor();
    void whyCanFromCtrlK();
    void ctrlKSaysWhenNothingMatches();

private:
    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    AccessPage* m_page = nullptr;
};

void TestAccessPage::initTestCase() {
    MessageBox::requireAnswers(true);
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = sandboxClient(*m_sandbox, m_network, this);
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(loaded.wait(20000));
    m_window = new MainWindow(nullptr);
    m_window->setSession(m_session);
    m_window->resize(1280, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_page = m_window->accessPage();
}

void TestAccessPage::cleanupTestCase() {
    delete m_window;
    delete m_session;
    delete m_sandbox;
}

void TestAccessPage::whoCanFromTheCatalog() {
    const QString permission = u"routing:queue:view"_s;
    m_window->showWorkspace(MainWindow::Workspace::Permissions);
    CatalogPage* catalog = m_window->catalogPage();
    catalog->select(permission);
    QCOMPARE(catalog->currentPermission(), permission);
    QTreeView* tree = catalog->tree();
    QApplication::clipboard()->clear();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier); // "Copy permission"
    QCOMPARE(QApplication::clipboard()->text(), permission);
    const QRect cell = tree->visualRect(tree->currentIndex());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Workspace::Access);
    QCOMPARE(m_page->permissionField()->text(), permission);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->exportButton()->isEnabled(), 20000);

    // The roles: what the server's own filter lists (A5 permission=…).
    RoleQuery q;
    q.permission = {permission};
    q.pageSize = 100;
    const auto listed = runJob(m_client->getRoles(q));
    QVERIFY(listed);
    QSet<QString> serverRoles;
    for (const DomainOrganizationRole& r :
         listed->entities.value_or(QList<DomainOrganizationRole>()))
        serverRoles.insert(*r.name);
    QSet<QString> shownRoles;
    QTreeWidget* grants = m_page->grantsTree();
    bool wildcardShown = false;
    for (int i = 0; i < grants->topLevelItemCount(); ++i) {
        shownRoles.insert(grants->topLevelItem(i)->text(0));
        wildcardShown = wildcardShown || grants->topLevelItem(i)->text(1).contains(u'*');
    }
    QCOMPARE(shownRoles, serverRoles);
    QVERIFY(wildcardShown); // Admin grants it through routing:*:*

    // The people: every member of those roles (S2), named; Northwind's trustee users too.
    QSet<QString> expected;
    for (const DomainOrganizationRole& r :
         listed->entities.value_or(QList<DomainOrganizationRole>())) {
        const auto members = runJob(m_client->fetchAllRoleUsers(*r.id));
        QVERIFY(members);
        for (const UserReference& u : *members)
            expected.insert(m_session->users()->find(*u.id)->name.value_or(QString()));
    }
    QSet<QString> ours, partners;
    QTreeWidget* holders = m_page->holdersTree();
    for (int i = 0; i < holders->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = holders->topLevelItem(i);
        (item->text(3) == u"This organization"_s ? ours : partners).insert(item->text(0));
        if (item->text(3) != u"This organization"_s)
            QCOMPARE(item->text(3), u"Northwind Support Partners"_s);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ours, expected);
    QCOMPARE(partners.size(), 3); // Northwind's three users hold Trusted External User
    QVERIFY(!m_page->whoSummary()->text().contains(u"could not be read"_s));

    // Export: the people of the org, readable by the owner only.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"who.csv"_s);
    onNextDialog<QFileDialog>([path](QFileDialog* d) {
        d->selectFile(path);
        static_cast<QDialog*>(d)->accept(); // public in QDialog
    });
    {
        ScopedUmask usual(022);
        QTest::mouseClick(m_page->exportButton(), Qt::LeftButton);
    }
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QCOMPARE(csv, m_page->csv());
    QVERIFY(csv.startsWith(u"permission,role,policy,wildcard,condition\r\n"_s));
    for (const QString& name : std::as_const(expected))
        QVERIFY2(csv.contains(name), qPrintable(name));
    QCOMPARE(fileMode(path), 0600);
}

void TestAccessPage::aTypoIsNotInTheCatalog() {
    m_window->showWorkspace(MainWindow::Workspace::Access);
    m_page->showWhoCan(u"routing:queue:veiw"_s);
    QVERIFY(m_page->permissionHint()->text().contains(u"not in the catalog"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->exportButton()->isEnabled(), 20000);
    // Only a wildcard grants it: the roles listed show their wildcard policies.
    for (int i = 0; i < m_page->grantsTree()->topLevelItemCount(); ++i)
        QVERIFY(m_page->grantsTree()->topLevelItem(i)->text(1).contains(u'*'));
    m_page->showWhoCan(u"routing:queue"_s);
    QVERIFY(m_page->permissionHint()->text().contains(u"not a permission"_s));
    QCOMPARE(m_page->grantsTree()->topLevelItemCount(), 0);
    QVERIFY(!m_page->exportButton()->isEnabled());
}

void TestAccessPage::whoCanFromTheRoleEditor() {
    m_window->showWorkspace(MainWindow::Workspace::Roles);
    RolesPage* roles = m_window->rolesPage();
    roles->select(m_session->roles()->findByName(u"Supervisor"_s)->id.value_or(QString()));
    QTRY_VERIFY(roles->draft());
    RoleEditor* editor = roles->editor();
    const QModelIndex index =
        editor->treeProxy()->mapFromSource(editor->treeModel()->indexOf(u"routing:queue:view"_s));
    QVERIFY(index.isValid());
    editor->tree()->setCurrentIndex(index);
    QAction* whoCan = nullptr;
    for (QAction* a : editor->tree()->actions())
        if (a->text() == u"Who can do this?"_s)
            whoCan = a;
    QVERIFY(whoCan); // in the tree's context menu
    whoCan->trigger();
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Workspace::Access);
    QCOMPARE(m_page->permissionField()->text(), u"routing:queue:view"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->exportButton()->isEnabled(), 20000);
    bool supervisor = false;
    for (int i = 0; i < m_page->grantsTree()->topLevelItemCount(); ++i)
        supervisor =
            supervisor || m_page->grantsTree()->topLevelItem(i)->text(0) == u"Supervisor"_s;
    QVERIFY(supervisor);
}

void TestAccessPage::whyCanFromCtrlK() {
    m_window->showWorkspace(MainWindow::Workspace::Roles);
    m_window->openSearch();
    GlobalSearchDialog* search = m_window->searchDialog();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->users()->isLoaded(), 20000);
    // Ava Okafor holds Admin: someone whose rights come through wildcards.
    QTest::keyClicks(search->searchField(), u"Okafor"_s);
    QTRY_VERIFY(search->results()->model()->rowCount() > 0);
    QVERIFY(search->results()->currentIndex().data().toString().startsWith(u"Person · "_s));
    QTest::keyClick(search->searchField(), Qt::Key_Return);
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Workspace::Access);
    QCOMPARE(m_page->tabs()->currentIndex(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->userRolesList()->count() > 0, 20000);

    const QString userId = m_session->users()->resolve(m_page->userField()->text());
    QVERIFY(!userId.isEmpty());
    const auto server = runJob(m_client->getUserRoles(userId));
    QVERIFY(server);
    QStringList expected;
    for (const DomainRole& r : server->roles.value_or(QList<DomainRole>()))
        expected.append(*r.name);
    expected.sort();
    QStringList shown;
    for (int i = 0; i < m_page->userRolesList()->count(); ++i)
        shown.append(m_page->userRolesList()->item(i)->text());
    shown.sort();
    QCOMPARE(shown, expected);
    QVERIFY(expected.contains(u"Admin"_s));

    // routing:queue:edit comes from Admin's routing:*:*; the filter finds it, the detail says so.
    QTest::keyClicks(m_page->effectiveFilter(), u"routing:queue:edit"_s);
    QTreeWidgetItem* current = m_page->effectiveTree()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->toolTip(0), u"routing:queue:edit"_s);
    const QString detail = m_page->grantDetail()->text();
    QVERIFY2(detail.contains(u"the role Admin, policy routing:*:* (wildcard)"_s),
             qPrintable(detail));
    // What the filter hides: every other domain.
    int visibleDomains = 0;
    for (int i = 0; i < m_page->effectiveTree()->topLevelItemCount(); ++i)
        visibleDomains += m_page->effectiveTree()->topLevelItem(i)->isHidden() ? 0 : 1;
    QCOMPARE(visibleDomains, 1);
}

void TestAccessPage::ctrlKSaysWhenNothingMatches() {
    m_window->openSearch();
    GlobalSearchDialog* search = m_window->searchDialog();
    QTest::keyClicks(search->searchField(), u"zzqxnothing"_s);
    QCOMPARE(search->results()->model()->rowCount(), 0);
    QVERIFY(search->emptyLabel()->isVisible());
    QCOMPARE(search->emptyLabel()->text(), u"Nothing matches “zzqxnothing”."_s);
    search->searchField()->clear();
    QTest::keyClicks(search->searchField(), u"Supervisor"_s);
    QVERIFY(!search->emptyLabel()->isVisible());
    QVERIFY(search->results()->currentIndex().data().toString().startsWith(u"Role · "_s));
    search->reject();
}

QTEST_MAIN(TestAccessPage)
#include "tst_access_page.moc"
