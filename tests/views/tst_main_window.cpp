// The main window on a real sandbox, driven as a user would (offscreen): workspaces, the catalog
// search, Ctrl+K, the status bar, the error panel, and layout restored from settings.

#include "Sandbox.h"
#include "SandboxClient.h"
#include "catalog/CatalogPage.h"
#include "catalog/PermissionCatalogModel.h"
#include "client/PlatformClient.h"
#include "common/ErrorPanel.h"
#include "common/KeyboardShortcutsDialog.h"
#include "common/MainWindow.h"
#include "org/OrgDataLoader.h"
#include "org/OrgSession.h"
#include "roles/RoleTableModel.h"
#include "roles/RolesPage.h"
#include "search/GlobalSearchDialog.h"
#include "trusts/AuditPane.h"
#include "trusts/TrustsPage.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsTheOrganization();
    void catalogSearchFiltersAsYouType();
    void ctrlKJumpsToARolePermissionOrTrust_data();
    void ctrlKJumpsToARolePermissionOrTrust();
    void errorsAreShownWithTheirContextId();
    void rateLimitPauseIsVisible();
    void aLoadThatMustWaitTooLongOffersRetry();
    void eachWorkspaceSaysWhatIsStillBeingRead();
    void anUnreachableServerIsSaidAndTheDataMarkedStale();
    void layoutAndWorkspaceAreRestored();
    void historyIsADockOfTheRolesWorkspace();
    void keyboardShortcutsAreListedAndSearchable();

private:
    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_client = nullptr;
    OrgData m_data;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase() {
    m_sandbox = new Sandbox;
    QVERIFY(m_sandbox->start());
    m_network = new QNetworkAccessManager(this);
    m_client = new PlatformClient(m_network, this);
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setCredentials(m_sandbox->homeOrganization().clientId,
                             m_sandbox->homeOrganization().clientSecret);
    OrgDataLoader loader(m_client, u"Sandbox"_s);
    QSignalSpy finished(&loader, &OrgDataLoader::finished);
    QSignalSpy progress(&loader, &OrgDataLoader::progress);
    loader.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(progress.count() >= 7);
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt()); // ends at 100 %
    m_data = loader.data();
    QCOMPARE(m_data.organizationName(), u"Contoso Contact Center"_s);
}

void TestMainWindow::cleanupTestCase() {
    delete m_client;
    delete m_sandbox;
}

void TestMainWindow::showsTheOrganization() {
    OrgSession session(m_client, u"Sandbox"_s);
    session.setData(m_data);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester tester(window.rolesPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.rolesPage()->model()->rowCount(), 29);
    QCOMPARE(window.organizationLabel()->text(), u"Contoso Contact Center"_s);
    QCOMPARE(window.environmentLabel()->text(), u"Sandbox"_s);
    QVERIFY(window.windowTitle().contains(u"Contoso Contact Center"_s));
    QCOMPARE(window.defaultSnapshotName(),
             u"Contoso Contact Center %1.json"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    QCOMPARE(window.productsList()->count(), 8);
    QCOMPARE(window.catalogPage()->model()->permissionCount(), 1450);
    QAbstractItemModel* trustees = window.trustsPage()->trustees()->model();
    QAbstractItemModelTester trusteeTester(trustees,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(trustees->rowCount(), 1);
    window.trustsPage()->trustees()->setCurrentIndex(trustees->index(0, 0));
    QCOMPARE(window.trustsPage()->trusteeUsers()->model()->rowCount(), 3);
    // Workspaces switch by keyboard, as the View menu promises.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Permissions);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentWorkspace(), MainWindow::Workspace::Trusts);
    // Offline: clearly marked.
    OrgSession snapshot(m_data);
    window.setSession(&snapshot);
    QVERIFY(window.environmentLabel()->text().contains(u"Offline"_s));
    QVERIFY(window.windowTitle().contains(u"offline"_s));
    // A snapshot changes nothing and has no audits to search.
    QVERIFY(!window.trustsPage()->audits()->searchButton()->isEnabled());
    window.trustsPage()->trustees()->setCurrentIndex(
        window.trustsPage()->trustees()->model()->index(0, 0));
    for (QPushButton* b : window.trustsPage()->findChildren<QPushButton*>())
        if (b->text().contains(u"Delete trust"_s) || b->text().contains(u"Accept a pairing"_s))
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
}

void TestMainWindow::catalogSearchFiltersAsYouType() {
    OrgSession session(m_client, u"Sandbox"_s);
    session.setData(m_data);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.show();
    window.showWorkspace(MainWindow::Workspace::Permissions);
    CatalogPage* page = window.catalogPage();
    QAbstractItemModelTester tester(page->tree()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->tree()->model()->rowCount(), 71);
    QTest::keyClicks(page->searchField(), u"queue vi"_s);
    QAbstractItemModel* shown = page->tree()->model();
    QVERIFY(shown->rowCount() >= 1);
    QVERIFY(shown->rowCount() < 10);
    // routing -> queue -> view is visible and labelled.
    QModelIndex routing;
    for (int i = 0; i < shown->rowCount(); ++i)
        if (shown->index(i, 0).data().toString() == u"routing"_s)
            routing = shown->index(i, 0);
    QVERIFY(routing.isValid());
    QModelIndex queue;
    for (int i = 0; i < shown->rowCount(routing); ++i)
        if (shown->index(i, 0, routing).data().toString() == u"queue"_s)
            queue = shown->index(i, 0, routing);
    QVERIFY(queue.isValid());
    QCOMPARE(shown->rowCount(queue), 1);
    const QModelIndex view = shown->index(0, 0, queue);
    QCOMPARE(view.data().toString(), u"view"_s);
    QCOMPARE(shown->index(0, 1, queue).data().toString(), u"View queue"_s);
    QCOMPARE(shown->index(0, 2, queue).data().toString(), u"Yes"_s); // allows conditions
    QVERIFY(page->tree()->isExpanded(queue));
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), u"no-such-permission"_s);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(page->findChildren<QLabel*>().last()->text().contains(u"No permission matches"_s));
}

void TestMainWindow::ctrlKJumpsToARolePermissionOrTrust_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("workspace");
    QTest::addColumn<QString>("selected");
    QTest::newRow("role") << u"queue aud"_s << int(MainWindow::Workspace::Roles)
                          << u"Queue Auditor"_s;
    QTest::newRow("permission") << u"authorization:role:edit"_s
                                << int(MainWindow::Workspace::Permissions) << u"edit"_s;
    QTest::newRow("trustee") << u"northwind"_s << int(MainWindow::Workspace::Trusts)
                             << u"Northwind Support Partners"_s;
    QTest::newRow("trustor") << u"fabrikam"_s << int(MainWindow::Workspace::Trusts)
                             << u"Fabrikam Outsourcing"_s;
}

void TestMainWindow::ctrlKJumpsToARolePermissionOrTrust() {
    QFETCH(QString, typed);
    QFETCH(int, workspace);
    QFETCH(QString, selected);
    OrgSession session(m_client, u"Sandbox"_s);
    session.setData(m_data);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    GlobalSearchDialog* search = window.searchDialog();
    QTRY_VERIFY(search->isVisible());
    QTest::keyClicks(search->searchField(), typed);
    QVERIFY(search->results()->model()->rowCount() >= 1); // results as you type
    QTest::keyClick(search->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!search->isVisible());
    QCOMPARE(int(window.currentWorkspace()), workspace);
    QString current;
    switch (MainWindow::Workspace(workspace)) {
    case MainWindow::Workspace::Roles:
        current = window.rolesPage()->table()->currentIndex().data().toString();
        break;
    case MainWindow::Workspace::Permissions:
        current = window.catalogPage()->tree()->currentIndex().data().toString();
        QCOMPARE(window.catalogPage()
                     ->tree()
                     ->currentIndex()
                     .data(PermissionCatalogModel::PermissionRole)
                     .toString(),
                 typed);
        break;
    default: {
        current = window.trustsPage()->trustees()->currentIndex().data().toString();
        if (current != selected)
            current = window.trustsPage()->trustors()->currentIndex().data().toString();
    }
    }
    QCOMPARE(current, selected);
}

void TestMainWindow::errorsAreShownWithTheirContextId() {
    MainWindow window(nullptr);
    window.resize(1280, 800);
    window.show();
    ApiStatus status{
        ApiStatus::Code::HttpError, 404, u"The role x was not found."_s, {}, u"corr-1"_s};
    status.errorBody.code = u"not.found"_s;
    status.errorBody.contextId = u"ctx-42"_s;
    window.reportError(u"Loading role x"_s, status);
    QCOMPARE(window.errorPanel()->errorCount(), 1);
    QVERIFY(window.errorPanel()->isVisible()); // the panel opens by itself: nothing fails silently
    const QString details = window.errorPanel()->detailsText();
    QVERIFY(details.contains(u"ctx-42"_s));
    QVERIFY(details.contains(u"not.found"_s));
    QVERIFY(details.contains(u"The role x was not found."_s));
    // The full text on hover, on any column; a panel tall enough to read a few rows.
    auto* list = window.errorPanel()->findChild<QTreeWidget*>();
    QVERIFY(list);
    for (int column = 0; column < list->columnCount(); ++column) {
        const QString tip = list->topLevelItem(0)->toolTip(column);
        QVERIFY(tip.contains(u"The role x was not found."_s));
        QVERIFY(tip.contains(u"ctx-42"_s));
        QVERIFY(tip.contains(u"Loading role x"_s));
    }
    QCOMPARE_GE(window.errorPanel()->height(), list->fontMetrics().height() * 8);
}

void TestMainWindow::rateLimitPauseIsVisible() {
    SandboxOptions options;
    options.rateLimitPerMinute = 60;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient client(m_network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId,
                          sandbox.homeOrganization().clientSecret);
    OrgSession session(&client, u"Sandbox"_s);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.show();
    // Paced to the budget the server's headers give: the status bar says so, and no 429 comes.
    QStringList paced;
    QString pacedTip;
    QSignalSpy limited(client.dispatcher(), &RequestDispatcher::rateLimited);
    connect(&session, &OrgSession::pacingChanged, this, [&](bool active) {
        if (active) {
            paced.append(window.activityLabel()->text());
            pacedTip = window.activityLabel()->toolTip();
        }
    });
    for (int i = 0; i < 62; ++i)
        client.getProducts();
    QTRY_VERIFY_WITH_TIMEOUT(!paced.isEmpty(), 10000);
    QVERIFY2(paced.first().startsWith(u"Paced: 1 requests/s, budget resets in"_s),
             qPrintable(paced.first()));
    QVERIFY2(pacedTip.contains(u"allows 60 request"_s), qPrintable(pacedTip));
    QTRY_COMPARE_WITH_TIMEOUT(window.activityLabel()->text(), u"Idle"_s, 20000);
    QCOMPARE(limited.count(), 0);

    // A server that sends no budget: the 429 pauses the queue, and the status bar says that.
    client.dispatcher()->setPacesToBudget(false);
    QStringList seen;
    connect(client.dispatcher(), &RequestDispatcher::rateLimited, this,
            [&] { seen.append(window.activityLabel()->text()); });
    // What is left of the budget is at most the estimate plus what it held back for requests
    // in flight (see RequestDispatcher::noteBudget): more than that meets the limit.
    QList<QPointer<ApiJob>> burst;
    const int past =
        int(client.dispatcher()->budget().left) + 2 * client.dispatcher()->maxInFlight();
    for (int i = 0; i < past; ++i)
        burst.append(client.getProducts());
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
    QVERIFY2(seen.first().contains(u"rate limited"_s), qPrintable(seen.first()));
    for (const QPointer<ApiJob>& job : std::as_const(burst))
        if (job)
            job->abort(); // the rest would go at one a second
    QTRY_COMPARE_WITH_TIMEOUT(window.activityLabel()->text(), u"Idle"_s, 20000);
}

void TestMainWindow::aLoadThatMustWaitTooLongOffersRetry() {
    SandboxOptions options;
    options.rateLimitPerMinute = 1; // after the first request: "come back in 60 s"
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    std::unique_ptr<PlatformClient> client(sandboxClient(sandbox, m_network));
    RetryPolicy policy;
    policy.maxRetryAfterMs = 30'000;
    client->dispatcher()->setRetryPolicy(policy);
    OrgSession session(client.get(), u"Sandbox"_s);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.show();
    QVERIFY(window.retryButton()->isHidden());
    QSignalSpy reload(&window, &MainWindow::reloadRequested);
    QSignalSpy failed(&session, &OrgSession::loadFailed);
    QElapsedTimer timer;
    timer.start();
    session.load();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QVERIFY2(timer.elapsed() < 15000, "the load sat out the wait instead of failing");
    QVERIFY(window.retryButton()->isVisible());
    QCOMPARE(window.organizationLabel()->text(), u"Not connected"_s); // not "Connecting…"
    QVERIFY2(window.errorPanel()->detailsText().contains(u"asks to wait"_s),
             qPrintable(window.errorPanel()->detailsText()));
    QTest::mouseClick(window.retryButton(), Qt::LeftButton);
    QCOMPARE(reload.count(), 1);
    QVERIFY(window.retryButton()->isHidden());
}

void TestMainWindow::eachWorkspaceSaysWhatIsStillBeingRead() {
    // A slow server: the roles, the catalog and the products each say they are being read,
    // not "0 roles"; then what came in; and after a load that ended early, that it did not.
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.latencyMs = 400;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    std::unique_ptr<PlatformClient> client(sandboxClient(sandbox, m_network));
    const auto shown = [](const QWidget& window, const QString& text) {
        const QList<QLabel*> labels = window.findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel* l) { return l->text() == text; });
    };
    const QStringList reading = {u"Reading the roles…"_s, u"Reading the permission catalog…"_s,
                                 u"Reading the products…"_s, u"Reading the trusts…"_s};
    {
        OrgSession session(client.get(), u"Sandbox"_s);
        MainWindow window(nullptr);
        window.setSession(&session);
        window.show();
        QSignalSpy loaded(&session, &OrgSession::loaded);
        session.load();
        for (const QString& text : reading)
            QVERIFY2(shown(window, text), qPrintable(text));
        QVERIFY(loaded.wait(20000));
        for (const QString& text : reading)
            QVERIFY2(!shown(window, text), qPrintable(text));
        QVERIFY(
            shown(window, QCoreApplication::translate("RoleListPanel", "%n role(s)", nullptr, 29)));
        QVERIFY(shown(window, QCoreApplication::translate("MainWindow", "%n product(s) enabled",
                                                          nullptr, int(m_data.products.size()))));
    }
    OrgSession session(client.get(), u"Sandbox"_s);
    MainWindow window(nullptr);
    window.setSession(&session);
    session.load();
    session.cancelLoad();
    for (const QString& text :
         {u"The roles were not loaded. Reload (F5) to try again."_s,
          u"The permission catalog was not loaded. Reload (F5) to try again."_s,
          u"The products were not loaded. Reload (F5) to try again."_s,
          u"The trusts were not loaded. Reload (F5) to try again."_s})
        QVERIFY2(shown(window, text), qPrintable(text));
}

void TestMainWindow::anUnreachableServerIsSaidAndTheDataMarkedStale() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    auto sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(sandbox->start());
    const quint16 port = sandbox->port();
    std::unique_ptr<PlatformClient> client(sandboxClient(*sandbox, m_network));
    OrgSession session(client.get(), u"Sandbox"_s);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.setConnectionLabels(u"Contoso"_s, u"Sandbox"_s, false);
    window.show();
    QSignalSpy loaded(&session, &OrgSession::loaded);
    session.load();
    QVERIFY(loaded.wait(20000));
    const QString name = window.organizationLabel()->text();
    QCOMPARE(name, session.organizationName());

    // The server goes away: the next request finds nobody there.
    sandbox.reset();
    QSignalSpy reachable(&session, &OrgSession::reachableChanged);
    session.load();
    QTRY_COMPARE_WITH_TIMEOUT(reachable.count(), 1, 20000);
    QCOMPARE(reachable.first().first().toBool(), false);
    QCOMPARE(window.activityLabel()->text(), u"Offline — cannot reach 127.0.0.1"_s);
    QCOMPARE(window.organizationLabel()->text(), name + u" (stale)"_s);

    // Back on the same port: the first answer clears both.
    options.port = port;
    sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(sandbox->start());
    session.load();
    QTRY_COMPARE_WITH_TIMEOUT(reachable.count(), 2, 20000);
    QCOMPARE(window.organizationLabel()->text(), name);
    QVERIFY(!window.activityLabel()->text().startsWith(u"Offline"_s));
}

void TestMainWindow::layoutAndWorkspaceAreRestored() {
    const QString file = m_dir.filePath(u"settings.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        MainWindow window(&settings);
        window.show();
        window.showWorkspace(MainWindow::Workspace::Roles);
        window.rolesPage()->historyAction()->trigger();        // the edit history shown …
        window.showWorkspace(MainWindow::Workspace::Products); // … then another workspace
        window.resize(1111, 777);
        window.close();
    }
    QSettings settings(file, QSettings::IniFormat);
    MainWindow again(&settings);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentWorkspace(), MainWindow::Workspace::Products);
    // No workspace makes the window wider than a 1024 px screen.
    QCOMPARE_LE(again.minimumSizeHint().width(), 1024);
    QCOMPARE(again.size(), QSize(1111, 777));
    // The history is still on, shown again with Roles and not before.
    QVERIFY(again.rolesPage()->historyAction()->isChecked());
    QVERIFY(!again.historyDock()->isVisible());
    again.showWorkspace(MainWindow::Workspace::Roles);
    QVERIFY(again.historyDock()->isVisible());
}

void TestMainWindow::historyIsADockOfTheRolesWorkspace() {
    OrgSession session(m_client, u"Sandbox"_s);
    session.setData(m_data);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showWorkspace(MainWindow::Workspace::Roles);
    QAction* history = window.rolesPage()->historyAction();
    QDockWidget* dock = window.historyDock();
    QVERIFY(!dock->isVisible());
    history->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE_GE(dock->width(), 220); // never a clipped sliver
    // Another workspace hides it; coming back shows it again.
    window.showWorkspace(MainWindow::Workspace::Compare);
    QVERIFY(!dock->isVisible());
    QVERIFY(history->isChecked());
    window.showWorkspace(MainWindow::Workspace::Roles);
    QVERIFY(dock->isVisible());
    // Closed with its own button: the action follows.
    dock->close();
    QVERIFY(!history->isChecked());
}

void TestMainWindow::keyboardShortcutsAreListedAndSearchable() {
    MainWindow window(nullptr);
    KeyboardShortcutsDialog dialog(&window);
    QTreeWidget* list = dialog.list();
    const auto shown = [list] {
        QMap<QString, QString> rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (!list->topLevelItem(i)->isHidden())
                rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
        return rows;
    };
    const auto all = shown();
    // Every action with a shortcut is there, with its keys.
    QCOMPARE(all.value(u"Go to"_s), QKeySequence(u"Ctrl+K"_s).toString(QKeySequence::NativeText));
    QVERIFY(all.contains(u"Edit history"_s));
    QVERIFY(all.contains(u"User's roles"_s));
    QVERIFY(all.value(u"Redo"_s).contains(u"Ctrl+Y"_s));
    QVERIFY(all.contains(u"Access"_s));
    // Searched by what it does, or by its keys.
    QTest::keyClicks(dialog.searchField(), u"undo"_s);
    QCOMPARE(shown().keys(), QStringList{u"Undo"_s});
    dialog.searchField()->clear();
    QTest::keyClicks(dialog.searchField(), u"Ctrl+U"_s);
    QCOMPARE(shown().keys(), QStringList{u"User's roles"_s});
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
