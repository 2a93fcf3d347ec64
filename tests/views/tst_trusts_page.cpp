// The Trusts workspace with real widgets against a real sandbox: a partner's pairing accepted
// through the dialog (looked up, a role per requested user, created), a trustee user's roles
// changed through the checklist, a trust deleted after a confirmation that names every user
// who loses access (and kept when it is cancelled), disabling said plainly, an audit query
// with paging, the selected entry's JSON and CSV export, the posture's counts opening their
// rows, and a pairing requested, copied and remembered.

#include "DialogAnswers.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "common/MainWindow.h"
#include "common/MessageBox.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "trusts/AuditPane.h"
#include "trusts/TrustDialogs.h"
#include "trusts/TrustListModel.h"
#include "trusts/TrustStore.h"
#include "trusts/TrustsPage.h"
#include "users/UserDirectory.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestTrustsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void acceptAPairing();
    void editATrusteeUsersRoles();
    void deleteAfterAConfirmationNamingTheUsers();
    void disableSaysUsersKeepTheirRoles();
    void auditQueryPagesShowsJsonAndExports();
    void postureCountsOpenTheirRows();
    void requestAPairing();
    void refreshAndReadAgainFollowTheServer();
    void closingWhileSavingStillLands();
    void sandboxOrganizationsAreInTheFileMenu();
    void trusteeRolesWaitForThePage();

private:
    QString roleId(const QString& name) const {
        const DomainOrganizationRole* r = m_session->roles()->findByName(name);
        return r ? r->id.value_or(QString()) : QString();
    }
    //! The trustee row of this organization, made current.
    bool selectTrustee(const QString& name);
    //! Northwind's trust and the first of its three users, made current.
    bool selectNorthwindsFirstUser();
    //! A pairing the named partner made for two of its users.
    TrustRequest pairingOf(const QString& partner);

    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    PlatformClient* m_client = nullptr;
    OrgSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    TrustsPage* m_page = nullptr;
    QTemporaryDir m_dir;
};

void TestTrustsPage::initTestCase() {
    m_network = new QNetworkAccessManager(this);
    MessageBox::requireAnswers(true);
}

void TestTrustsPage::init() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    m_sandbox = new Sandbox(options); // every test changes the trusts: a fresh org each
    QVERIFY(m_sandbox->start());
    m_client = sandboxClient(*m_sandbox, m_network);
    m_session = new OrgSession(m_client, u"Sandbox"_s);
    QSignalSpy loaded(m_session, &OrgSession::loaded);
    m_session->load();
    QVERIFY(loaded.wait(20000));
    m_window = new MainWindow(nullptr);
    m_window->rolesPage();
    m_page = m_window->trustsPage();
    m_page->setPairingDirectory(m_dir.filePath(u"pairings"_s));
    m_window->setSession(m_session);
    m_window->resize(1280, 820);
    m_window->showWorkspace(MainWindow::Workspace::Trusts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // The load left the trustee users' roles for this page, which reads them when it opens.
    QTRY_COMPARE(m_session->trusts()->membersWithoutRoles(), 0);
}

void TestTrustsPage::cleanup() {
    const int neverShown = MessageBox::pendingAnswers();
    const int unexpected = MessageBox::unexpectedDialogs();
    MessageBox::clearAnswers();
    delete m_window;
    delete m_session;
    delete m_client;
    delete m_sandbox;
    QCOMPARE(neverShown, 0);
    QCOMPARE(unexpected, 0);
}

bool TestTrustsPage::selectTrustee(const QString& name) {
    QAbstractItemModel* model = m_page->trustees()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name) {
            m_page->trustees()->setCurrentIndex(model->index(row, 0));
            return true;
        }
    return false;
}

bool TestTrustsPage::selectNorthwindsFirstUser() {
    if (!selectTrustee(u"Northwind Support Partners"_s))
        return false;
    QAbstractItemModel* users = m_page->trusteeUsers()->model();
    if (!QTest::qWaitFor([users] { return users->rowCount() == 3; }, 5000))
        return false;
    m_page->trusteeUsers()->setCurrentIndex(users->index(0, 0));
    return !m_page->currentTrusteeUser().isEmpty();
}

TrustRequest TestTrustsPage::pairingOf(const QString& partner) {
    QScopedPointer<PlatformClient> client(sandboxClientFor(*m_sandbox, partner, m_network));
    const auto users = runJob(client->getUsers());
    TrustRequestCreate body;
    body.userIds = QStringList{*users->entities->at(1).id, *users->entities->at(2).id};
    return runJob(client->createPairing(body)).value_or(TrustRequest());
}

void TestTrustsPage::acceptAPairing() {
    const TrustRequest pairing = pairingOf(u"Fabrikam Outsourcing"_s);
    QVERIFY(pairing.id);
    // The button says what it does (enabled, its own tooltip stays).
    QPushButton* accept = nullptr;
    for (QPushButton* b : m_page->findChildren<QPushButton*>())
        if (b->text() == u"&Accept a pairing…"_s)
            accept = b;
    QVERIFY(accept && accept->isEnabled());
    QVERIFY2(accept->toolTip().contains(u"pairing id"_s), qPrintable(accept->toolTip()));
    const QString employee = roleId(u"Employee"_s);
    const QString supervisor = roleId(u"Supervisor"_s);
    QString created;
    onNextDialog<AcceptPairingDialog>([&](AcceptPairingDialog* dialog) {
        dialog->show();                            // as exec() would
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing looked up yet
        // A typo first: the dialog says so and keeps what was typed.
        QTest::keyClicks(dialog->pairingEdit(), u"not-a-pairing"_s);
        QTest::mouseClick(dialog->lookUpButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(u"No pairing has the id not-a-pairing"_s));
        dialog->pairingEdit()->setText(*pairing.id);
        QTest::mouseClick(dialog->lookUpButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->usersList()->count(), 2);
        QVERIFY(!dialog->errorLabel()->isVisible());
        QVERIFY(dialog->askerLabel()->text().contains(u"Fabrikam Outsourcing"_s));
        // Each user needs a role before the trust can be created.
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->usersList()->setCurrentRow(0);
        QVERIFY(dialog->roles()->check(u"Employee"_s));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->usersList()->setCurrentRow(1);
        QVERIFY(dialog->roles()->checkedRoleIds().isEmpty()); // the second user's own list
        QVERIFY(dialog->roles()->check(u"Supervisor"_s));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->expiresBox()->setChecked(true);
        dialog->expiryEdit()->setDateTime(QDateTime::currentDateTime().addDays(3));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        created = dialog->createdOrgId();
    });
    m_page->acceptPairing();
    const TrusteeEntry* trust = m_session->trusts()->trustee(created);
    QVERIFY(trust);
    QCOMPARE(trust->members.size(), 2);
    QCOMPARE(m_page->currentTrustee(), created); // the new trust is selected
    QTRY_COMPARE(m_page->trusteeUsers()->model()->rowCount(), 2);
    QStringList given;
    for (const TrusteeMember& m : trust->members)
        given.append(m.roles.roles->first().id.value_or(QString()));
    given.sort();
    QStringList wanted{employee, supervisor};
    wanted.sort();
    QCOMPARE(given, wanted);
    const QModelIndex row = m_page->trustees()->currentIndex();
    const QString expires =
        row.siblingAtColumn(int(TrustListModel::Column::Expires)).data().toString();
    QVERIFY2(expires.contains(u"in 2 day"_s) || expires.contains(u"in 3 day"_s),
             qPrintable(expires));
    QCOMPARE(row.siblingAtColumn(int(TrustListModel::Column::Users)).data().toString(),
             u"2 / 25"_s);
    // "Add user" offers what is left of the pairing: nobody, both are in.
    onNextDialog<TrusteeUserDialog>([](TrusteeUserDialog* dialog) {
        dialog->show(); // as exec() would
        QCOMPARE(dialog->userBox()->count(), 0);
        dialog->reject();
    });
    m_page->addTrusteeUser();
}

void TestTrustsPage::editATrusteeUsersRoles() {
    QVERIFY(selectNorthwindsFirstUser());
    const QString org = m_page->currentTrustee();
    const QString user = m_page->currentTrusteeUser();
    onNextDialog<TrusteeUserDialog>([](TrusteeUserDialog* dialog) {
        dialog->show(); // as exec() would
        // The roles it holds are checked: Supervisor and Trusted External User.
        QCOMPARE(dialog->roles()->checkedRoleIds().size(), 2);
        QVERIFY(dialog->roles()->check(u"Supervisor"_s, false));
        QVERIFY(dialog->roles()->check(u"Trusted External User"_s, false));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->errorLabel()->isVisible()); // none is refused, nothing is lost
        QVERIFY(dialog->errorLabel()->text().contains(u"at least one role"_s));
        QVERIFY(dialog->roles()->check(u"Employee"_s));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    });
    m_page->changeRoles();
    const TrusteeMember* member = m_session->trusts()->trustee(org)->member(user);
    QCOMPARE(member->roles.roles->size(), 1);
    QCOMPARE(member->roles.roles->first().id, roleId(u"Employee"_s));
    const auto server = runJob(m_client->getTrusteeUserRoles(org, user));
    QCOMPARE(server->roles->size(), 1);
    QCOMPARE(server->roles->first().id, roleId(u"Employee"_s));
    QTRY_VERIFY(m_page->trusteeUsers()
                    ->model()
                    ->index(0, int(TrustMemberModel::Column::Roles))
                    .data()
                    .toString()
                    .contains(u"Employee"_s));
}

void TestTrustsPage::deleteAfterAConfirmationNamingTheUsers() {
    QVERIFY(selectTrustee(u"Northwind Support Partners"_s));
    const TrusteeEntry* trust = m_session->trusts()->trustee(m_page->currentTrustee());
    QStringList names;
    for (const TrusteeMember& m : trust->members)
        names.append(*m.user.name);
    QCOMPARE(names.size(), 3);
    // Cancelled: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_page->deleteTrust();
    QVERIFY(MessageBox::lastText().contains(u"Northwind Support Partners"_s));
    for (const QString& name : names)
        QVERIFY2(MessageBox::lastInformativeText().contains(name),
                 qPrintable(MessageBox::lastInformativeText()));
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_session->trusts()->trustees().size(), 1);
    // Confirmed: gone here and on the server.
    MessageBox::setNextAnswer(u"Delete trust"_s);
    m_page->deleteTrust();
    QTRY_VERIFY(m_session->trusts()->trustees().isEmpty());
    QTRY_COMPARE(m_page->trustees()->model()->rowCount(), 0);
    QVERIFY(runJob(m_client->getTrustees())->entities.value_or(QList<Trustee>()).isEmpty());
}

void TestTrustsPage::disableSaysUsersKeepTheirRoles() {
    QVERIFY(selectTrustee(u"Northwind Support Partners"_s));
    const QString org = m_page->currentTrustee();
    onNextDialog<TrusteeSettingsDialog>([](TrusteeSettingsDialog* dialog) {
        dialog->show(); // as exec() would
        QVERIFY(dialog->enabledBox()->isChecked());
        dialog->enabledBox()->setChecked(false);
        bool said = false;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            said = said || (label->isVisible() && label->text().contains(u"keep their roles"_s));
        QVERIFY(said);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
    });
    m_page->editTrust();
    QCOMPARE(m_session->trusts()->trustee(org)->trustee.enabled, false);
    QCOMPARE(m_session->trusts()->trustee(org)->members.size(), 3);
    QCOMPARE(runJob(m_client->getTrustee(org))->enabled, false);
    QTRY_COMPARE(m_page->trustees()
                     ->currentIndex()
                     .siblingAtColumn(int(TrustListModel::Column::Enabled))
                     .data()
                     .toString(),
                 u"Disabled"_s);
    // The posture notices: a disabled trust whose users still hold roles.
    QToolButton* finding = m_page->findingButton(TrustPosture::Finding::DisabledWithRoles);
    QTRY_VERIFY(finding->isEnabled());
    QVERIFY(finding->text().startsWith(u"1 "_s));
}

void TestTrustsPage::auditQueryPagesShowsJsonAndExports() {
    // Two changes to audit besides the trust's creation.
    QVERIFY(selectTrustee(u"Northwind Support Partners"_s));
    const QString org = m_page->currentTrustee();
    for (bool enabled : {false, true})
        QVERIFY(runJob(m_client->updateTrustee(org, TrustUpdate{enabled, std::nullopt, {}})));
    m_page->showTab(TrustsPage::Tab::Audits);
    AuditPane* audits = m_page->audits();
    QAbstractItemModelTester tester(audits->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(audits->organizationBox()->count(), 2); // all, Northwind
    QCOMPARE(audits->userBox()->count(), 4);         // all, its three users
    audits->orderBox()->setCurrentIndex(1);          // oldest first
    QSignalSpy searched(audits, &AuditPane::searched);
    QTest::mouseClick(audits->searchButton(), Qt::LeftButton);
    QVERIFY(searched.wait(10000));
    QCOMPARE(audits->model()->rowCount(), 3);
    QCOMPARE(audits->model()->index(0, int(AuditTableModel::Column::Action)).data().toString(),
             u"Create"_s);
    QVERIFY(audits->jsonView()->toPlainText().contains(u"\"eventDate\""_s));
    audits->table()->setCurrentIndex(audits->model()->index(2, 0));
    QVERIFY(audits->jsonView()->toPlainText().contains(u"enabled"_s));
    QVERIFY(!audits->nextButton()->isEnabled()); // one page
    // A phrase that nothing holds.
    audits->phraseEdit()->setText(u"no such words"_s);
    QTest::mouseClick(audits->searchButton(), Qt::LeftButton);
    QVERIFY(searched.wait(10000));
    QCOMPARE(audits->model()->rowCount(), 0);
    QVERIFY(audits->pageLabel()->text().contains(u"No audit entry"_s));
    audits->phraseEdit()->clear();
    // CSV: what the table shows, owner-only.
    QTest::mouseClick(audits->searchButton(), Qt::LeftButton);
    QVERIFY(searched.wait(10000));
    const QString csv = m_dir.filePath(u"audits.csv"_s);
    QString error;
    QVERIFY2(audits->exportCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().startsWith(u"Time,User,Action"_s));
    QCOMPARE(QFileInfo(csv).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
    // A trustor audit, the other side.
    audits->sideBox()->setCurrentIndex(1);
    QCOMPARE(audits->organizationBox()->itemText(1), u"Fabrikam Outsourcing"_s);
    QTest::mouseClick(audits->searchButton(), Qt::LeftButton);
    QVERIFY(searched.wait(10000));
    QCOMPARE(audits->model()->rowCount(), 1); // Fabrikam created the trust in the seed
}

void TestTrustsPage::postureCountsOpenTheirRows() {
    // Give Northwind's first user no role: the count goes up and opens that very row.
    QVERIFY(selectNorthwindsFirstUser());
    const QString user = m_page->currentTrusteeUser();
    QToolButton* withoutRoles = m_page->findingButton(TrustPosture::Finding::UsersWithoutRoles);
    QVERIFY(!withoutRoles->isEnabled());
    MessageBox::setNextAnswer(u"Remove all roles"_s);
    m_page->removeRoles();
    QTRY_VERIFY(withoutRoles->isEnabled());
    QVERIFY(withoutRoles->text().startsWith(u"1 "_s));
    m_page->showTab(TrustsPage::Tab::Audits);
    QTest::mouseClick(withoutRoles, Qt::LeftButton);
    QCOMPARE(m_page->tabs()->currentIndex(), int(TrustsPage::Tab::Trustees));
    QCOMPARE(m_page->trusteeUsers()->model()->rowCount(), 1);
    QCOMPARE(m_page->trusteeUsers()->model()->index(0, 0).data(TrustMemberModel::IdRole),
             QVariant(user));
    // A change while the finding is shown keeps the admin where they are.
    m_page->showTab(TrustsPage::Tab::Audits);
    QVERIFY(runJob(m_client->updateTrustee(m_page->currentTrustee(), TrustUpdate{true, {}, {}})));
    m_page->refreshTrust();
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(m_page->tabs()->currentIndex(), int(TrustsPage::Tab::Audits));
    QCOMPARE(m_page->trusteeUsers()->model()->rowCount(), 1);
    m_page->showFinding(TrustPosture::Finding::Count);
    QCOMPARE(m_page->trusteeUsers()->model()->rowCount(), 3);
}

void TestTrustsPage::requestAPairing() {
    QSignalSpy users(m_session->users(), &UserDirectory::loaded);
    m_session->users()->load();
    QVERIFY(users.wait(20000));
    const QString someone = *m_session->users()->users().at(3).name;
    QString pairingId;
    onNextDialog<RequestPairingDialog>([&](RequestPairingDialog* dialog) {
        dialog->show(); // as exec() would
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->errorLabel()->isVisible()); // nobody chosen
        QVERIFY(dialog->users()->check(someone));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->pairingIdEdit()->text().isEmpty());
        QVERIFY(dialog->isVisible() || !dialog->okButton()->isVisible()); // stays open
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        pairingId = dialog->pairingIdEdit()->text();
        QCOMPARE(QApplication::clipboard()->text(), pairingId);
        dialog->reject();
    });
    m_page->requestPairing();
    QCOMPARE(m_page->tabs()->currentIndex(), int(TrustsPage::Tab::Pairings));
    QCOMPARE(m_page->pairings()->topLevelItemCount(), 1);
    QCOMPARE(m_page->pairings()->topLevelItem(0)->text(0), pairingId);
    QVERIFY(m_page->pairings()->topLevelItem(0)->text(2).contains(someone));
    // The partner finds it by that id.
    QScopedPointer<PlatformClient> partner(
        sandboxClientFor(*m_sandbox, u"Northwind Support Partners"_s, m_network));
    QCOMPARE(runJob(partner->getPairing(pairingId))->users->first().name, someone);
    // Looked up again: still valid, and who it names.
    QSignalSpy said(m_page, &TrustsPage::message);
    m_page->pairings()->setCurrentItem(m_page->pairings()->topLevelItem(0));
    m_page->lookUpPairing();
    QTRY_COMPARE(said.size(), 1);
    QVERIFY2(said.first().first().toString().contains(u"still valid"_s),
             qPrintable(said.first().first().toString()));
    QVERIFY(said.first().first().toString().contains(someone));
    // Remembered across a new page; forgotten on request.
    TrustsPage again;
    again.setPairingDirectory(m_dir.filePath(u"pairings"_s));
    again.setSession(m_session);
    QCOMPARE(again.pairings()->topLevelItemCount(), 1);
    again.pairings()->setCurrentItem(again.pairings()->topLevelItem(0));
    again.forgetPairing();
    QCOMPARE(again.pairings()->topLevelItemCount(), 0);
}

void TestTrustsPage::refreshAndReadAgainFollowTheServer() {
    // Trustor side: a colleague removed one of our users in Fabrikam; Refresh shows it (O12, O14).
    m_page->showTab(TrustsPage::Tab::Trustors);
    QTRY_COMPARE(m_page->trustorUsers()->model()->rowCount(), 2);
    const QString fabrikam = m_page->currentTrustor();
    const QString gone =
        m_page->trustorUsers()->model()->index(1, 0).data(TrustMemberModel::IdRole).toString();
    QVERIFY(runVoidJob(m_client->deleteTrustorUser(fabrikam, gone)).ok());
    m_page->refreshTrustor();
    QTRY_COMPARE(m_page->trustorUsers()->model()->rowCount(), 1);
    QTRY_VERIFY(!m_page->isBusy());
    // One of our users read again (O13), from the list's own menu.
    m_page->trustorUsers()->setCurrentIndex(m_page->trustorUsers()->model()->index(0, 0));
    QSignalSpy said(m_page, &TrustsPage::message);
    QAction* again = m_page->trustorUsers()->actions().first();
    again->trigger();
    QTRY_COMPARE(said.size(), 1);
    QCOMPARE(m_session->trusts()->trustor(fabrikam)->members.size(), 1);

    // Trustee side: the roles of a Northwind user changed elsewhere; reading them again (O8, O9)
    // shows the change.
    QVERIFY(selectNorthwindsFirstUser());
    const QString org = m_page->currentTrustee();
    const QString user = m_page->currentTrusteeUser();
    QVERIFY(runJob(m_client->setTrusteeUserRoles(org, user, {roleId(u"Employee"_s)})));
    m_page->readUserAgain(TrustStore::Side::Trustees);
    QTRY_COMPARE(m_session->trusts()->trustee(org)->member(user)->roles.roles->size(), 1);
    QCOMPARE(m_page->trusteeUsers()->model()->rowCount(), 3);
}

void TestTrustsPage::closingWhileSavingStillLands() {
    QVERIFY(selectNorthwindsFirstUser());
    const QString org = m_page->currentTrustee();
    const QString user = m_page->currentTrusteeUser();
    onNextDialog<TrusteeUserDialog>([](TrusteeUserDialog* dialog) {
        dialog->show(); // as exec() would
        QVERIFY(dialog->roles()->check(u"Employee"_s));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isBusy());
        dialog->reject(); // closed before the answer came
    });
    m_page->changeRoles();
    // The change was on its way: it lands, and the store learns it.
    QTRY_COMPARE(m_session->trusts()->trustee(org)->member(user)->roles.roles->size(), 3);
    const auto server = runJob(m_client->getTrusteeUserRoles(org, user));
    QCOMPARE(server->roles->size(), 3);
}

void TestTrustsPage::sandboxOrganizationsAreInTheFileMenu() {
    QMenu* menu = m_window->sandboxMenu();
    QCOMPARE(menu->actions().size(), 1); // before the sandbox started: start it
    QSignalSpy asked(m_window, &MainWindow::sandboxOrganizationRequested);
    menu->actions().first()->trigger();
    QCOMPARE(asked.takeFirst().first().toString(), QString());
    QStringList names;
    for (const SandboxOrganization& o : m_sandbox->organizations())
        names.append(o.name);
    m_window->setSandboxOrganizations(names);
    QCOMPARE(menu->actions().size(), 3);
    menu->actions().at(2)->trigger();
    QCOMPARE(asked.takeFirst().first().toString(), names.at(2));
}

QTEST_MAIN(TestTrustsPage)
#include "tst_trusts_page.moc"

void TestTrustsPage::trusteeRolesWaitForThePage() {
    // A window's load: the roles first, the trusts behind them, each trustee user's roles only
    // once the Trusts page is open.
    OrgSession session(m_client, u"Sandbox"_s);
    QSignalSpy parts(&session, &OrgSession::partLoaded);
    QSignalSpy loaded(&session, &OrgSession::loaded);
    session.load();
    QVERIFY(loaded.wait(20000));
    QList<OrgDataLoader::Part> order;
    for (const QList<QVariant>& p : std::as_const(parts))
        order.append(p.first().value<OrgDataLoader::Part>());
    QVERIFY(order.indexOf(OrgDataLoader::Part::Roles) >= 0);
    QVERIFY(order.indexOf(OrgDataLoader::Part::Roles) < order.indexOf(OrgDataLoader::Part::Trusts));
    QVERIFY(session.roles()->count() > 0);
    const int unread = session.trusts()->membersWithoutRoles();
    QVERIFY(unread > 0);

    MainWindow window(nullptr);
    window.setSession(&session);
    window.showWorkspace(MainWindow::Workspace::Roles);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    QCOMPARE(session.trusts()->membersWithoutRoles(), unread); // nobody asked for them yet
    window.showWorkspace(MainWindow::Workspace::Trusts);
    QTRY_COMPARE(session.trusts()->membersWithoutRoles(), 0);
    const TrusteeEntry* northwind = nullptr;
    for (const TrusteeEntry& t : session.trusts()->trustees())
        if (t.name().startsWith(u"Northwind"_s))
            northwind = &t;
    QVERIFY(northwind);
    QVERIFY(!northwind->members.isEmpty());
    QVERIFY(!northwind->members.first().roles.roles.value_or(QList<DomainRole>()).isEmpty());
}
