// The window as a signed-in person with fewer rights sees it: the sandbox's read-only auditor
// and its role editor sign in (the sandbox's real sign-in page, over HTTP), and every action
// they may not take is disabled, its tooltip naming the permission; reading still works.

#include "Sandbox.h"
#include "SandboxHttp.h"
#include "access/AccessPage.h"
#include "access/SessionAccess.h"
#include "client/PlatformClient.h"
#include "common/MainWindow.h"
#include "common/SignInBanner.h"
#include "compare/ComparePage.h"
#include "org/OrgSession.h"
#include "roles/RoleDraft.h"
#include "roles/RoleEditor.h"
#include "roles/RoleStore.h"
#include "roles/RoleTableModel.h"
#include "roles/RoleUsersPanel.h"
#include "roles/RolesPage.h"
#include "trusts/TrustsPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theAuditorReadsButChangesNothing();
    void theRoleEditorEditsRolesButAssignsNoOne();
    void withoutATokenTheWindowAsksToSignIn();

private:
    //! A session signed in as the person with this title, loaded.
    std::unique_ptr<OrgSession> signedInAs(const QString& title);
    static void verifyRefused(QObject* target, const QString& permission);

    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<PlatformClient>> m_clients;
};

void TestAccess::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options);
    QVERIFY(m_sandbox->start());
    m_http = new SandboxHttp(*m_sandbox);
}

void TestAccess::cleanupTestCase() {
    m_clients.clear();
    delete m_http;
    delete m_sandbox;
}

std::unique_ptr<OrgSession> TestAccess::signedInAs(const QString& title) {
    const QString email = m_http->person(title).email;
    auto client = std::make_unique<PlatformClient>(&m_network);
    client->setBaseUrl(m_sandbox->baseUrl());
    client->useSignIn(m_sandbox->homeOrganization().signInClientId);
    client->dispatcher()->setAccessToken(m_http->signIn(email), 3600);
    auto session = std::make_unique<OrgSession>(client.get(), u"Sandbox"_s);
    m_clients.push_back(std::move(client));
    QSignalSpy loaded(session.get(), &OrgSession::loaded);
    QSignalSpy known(session->access(), &SessionAccess::changed);
    session->load();
    if (!loaded.wait(20000))
        qWarning() << "the session did not load";
    for (int i = 0; i < 100 && !session->access()->rights().isKnown(); ++i)
        QTest::qWait(100);
    return session;
}

void TestAccess::verifyRefused(QObject* target, const QString& permission) {
    QVERIFY2(target, qPrintable(permission));
    const bool enabled = target->property("enabled").toBool();
    const QString tip = target->property("toolTip").toString();
    QVERIFY2(!enabled, qPrintable(target->objectName() + u" "_s + tip));
    QVERIFY2(tip.contains(permission), qPrintable(tip));
}

void TestAccess::theAuditorReadsButChangesNothing() {
    auto session = signedInAs(u"Authorization Auditor"_s);
    QVERIFY(session->access()->rights().isKnown());
    MainWindow window(nullptr);
    window.setSession(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Who is signed in, in the status bar.
    const SandboxPerson auditor = m_http->person(u"Authorization Auditor"_s);
    QVERIFY(window.identityLabel()->isVisible());
    QCOMPARE(window.identityLabel()->text(),
             u"Signed in as %1 (%2)"_s.arg(auditor.name, auditor.email));
    QVERIFY(window.identityLabel()->toolTip().contains(auditor.email));
    QVERIFY(window.signOutAction()->isEnabled());
    QVERIFY(!window.signInBanner()->isVisible());

    // Reading works: the roles are there, and one opens.
    RolesPage* roles = window.rolesPage();
    QCOMPARE(roles->model()->rowCount(), int(session->roles()->roles().size()));
    QVERIFY(roles->model()->rowCount() > 20);
    const QString supervisor =
        session->roles()->findByName(u"Supervisor"_s)->id.value_or(QString());
    roles->select(supervisor);
    QTRY_VERIFY(roles->draft() && roles->draft()->roleId() == supervisor);

    // Changing does not: each action names what is missing.
    verifyRefused(roles->newAction(), u"authorization:role:add"_s);
    verifyRefused(roles->copyAction(), u"authorization:role:add"_s);
    verifyRefused(roles->deleteAction(), u"authorization:role:delete"_s);
    QVERIFY(roles->editor()->nameField()->isReadOnly());
    // … and looks it: not the white of a field one can type in.
    const QLineEdit* name = roles->editor()->nameField();
    QCOMPARE(name->palette().color(QPalette::Base), name->palette().color(QPalette::Window));
    QVERIFY(roles->userRolesAction()->isEnabled()); // grant:view: the auditor may look
    RoleUsersPanel* users = roles->editor()->usersPanel();
    QTRY_VERIFY(users->addButton()->toolTip().contains(u"authorization:grant:add"_s));
    verifyRefused(users->addButton(), u"authorization:grant:add"_s);
    ComparePage* compare = window.comparePage();
    for (QAction* a : {compare->restoreAction(), compare->addMissingAction(),
                       compare->resetAllAction(), compare->undoRestoreAction()})
        verifyRefused(a, u"authorization:role:edit"_s);
    TrustsPage* trusts = window.trustsPage();
    verifyRefused(trusts->button(u"accept"_s), u"authorization:orgTrustee:add"_s);
    verifyRefused(trusts->button(u"accept"_s), u"authorization:orgTrusteeUser:add"_s);
    verifyRefused(trusts->button(u"request"_s), u"authorization:orgTrustee:add"_s);
    // Trust lists load (the auditor may view them).
    QVERIFY(!session->trusts()->trustees().isEmpty());
}

void TestAccess::theRoleEditorEditsRolesButAssignsNoOne() {
    auto session = signedInAs(u"Role Editor"_s);
    QVERIFY(session->access()->rights().isKnown());
    MainWindow window(nullptr);
    window.setSession(session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RolesPage* roles = window.rolesPage();
    QVERIFY(roles->newAction()->isEnabled());
    QVERIFY(!roles->newAction()->toolTip().contains(u"You need"_s));
    roles->select(session->roles()->findByName(u"Supervisor"_s)->id.value_or(QString()));
    QTRY_VERIFY(roles->draft());
    QVERIFY(roles->deleteAction()->isEnabled());
    QVERIFY(!roles->editor()->nameField()->isReadOnly());
    QVERIFY(roles->editor()->nameField()->palette().color(QPalette::Base)
            != roles->editor()->nameField()->palette().color(QPalette::Window));
    RoleUsersPanel* users = roles->editor()->usersPanel();
    QTRY_VERIFY(users->addButton()->toolTip().contains(u"authorization:grant:add"_s));
    verifyRefused(users->addButton(), u"authorization:grant:add"_s);
    QVERIFY(!window.comparePage()->restoreAction()->toolTip().contains(u"You need"_s));
    verifyRefused(window.trustsPage()->button(u"request"_s), u"authorization:orgTrustee:add"_s);
    // Who can do this: the roles and this org's people; the partners' users, which the role
    // editor may not read, are said to be missing rather than left out silently.
    AccessPage* access = window.accessPage();
    access->showWhoCan(u"routing:queue:view"_s);
    QTRY_VERIFY_WITH_TIMEOUT(access->exportButton()->isEnabled(), 20000);
    QVERIFY(access->grantsTree()->topLevelItemCount() > 0);
    QVERIFY(access->holdersTree()->topLevelItemCount() > 0);
    const QString summary = access->whoSummary()->text();
    QVERIFY2(summary.contains(u"Partner organizations' users could not be read"_s),
             qPrintable(summary));
}

void TestAccess::withoutATokenTheWindowAsksToSignIn() {
    PlatformClient client(&m_network);
    client.setBaseUrl(m_sandbox->baseUrl());
    client.useSignIn(m_sandbox->homeOrganization().signInClientId);
    OrgSession session(&client, u"Sandbox"_s);
    MainWindow window(nullptr);
    window.setSession(&session);
    window.show();
    QSignalSpy asked(&window, &MainWindow::signInRequested);
    session.load();
    QTRY_VERIFY(window.signInBanner()->isVisible());
    QCOMPARE(window.signInBanner()->state(), SignInBanner::State::Needed);
    QCOMPARE(window.identityLabel()->text(), u"Not signed in"_s);
    QTest::mouseClick(window.signInBanner()->signInButton(), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QVERIFY(session.isLoading()); // the load waits for the sign-in, it did not fail
}

QTEST_MAIN(TestAccess)
#include "tst_access.moc"
