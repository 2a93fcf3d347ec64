// The window `roledesk --sandbox` opens, driven as a user sees it (offscreen).

#include "MainWindow.h"
#include "PlatformClient.h"
#include "RoleListModel.h"
#include "RoleLoader.h"
#include "Sandbox.h"

#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsTheSandboxRoles();
};

void TestMainWindow::listsTheSandboxRoles() {
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    QNetworkAccessManager network;
    PlatformClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId,
                          sandbox.homeOrganization().clientSecret);
    RoleListModel roles;
    MainWindow window(&roles);
    window.setOrganization(sandbox.homeOrganization().name, u"Sandbox"_s);
    RoleLoader loader(&client, &roles);
    QObject::connect(&loader, &RoleLoader::loaded, &window, &MainWindow::showLoaded);
    window.showLoading();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    loader.start();
    QTRY_COMPARE_WITH_TIMEOUT(window.roleList()->model()->rowCount(), 26, 15000);
    QVERIFY(window.windowTitle().contains(u"Contoso Contact Center"_s));
    QStringList statusTexts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
        statusTexts.append(label->text());
    QVERIFY2(statusTexts.contains(u"26 role(s)"_s), qPrintable(statusTexts.join(u'|')));
    // A user can select a role by clicking it.
    QListView* list = window.roleList();
    const QModelIndex master =
        roles.match(roles.index(0), Qt::DisplayRole, u"Master Admin"_s).value(0);
    QVERIFY(master.isValid());
    list->scrollTo(master);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(master).center());
    QCOMPARE(list->currentIndex(), master);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
