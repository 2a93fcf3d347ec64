// The connection dialog, driven offscreen: profiles without secrets in the settings, the secret
// in the (in-memory) secret store, "Test connection" against the sandbox, the sandbox button.

#include "Sandbox.h"
#include "connection/ConnectionDialog.h"
#include "connection/SecretStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void saysPlainlyWhenThereIsNoKeychain();
    void connectNeedsCredentials();
    void profilesKeepTheirSecretOutOfTheSettings();
    void testConnectionAgainstTheSandbox();
    void aCommandLineConnectionIsSavedAsAProfile();
    void placeholdersFitTheirFields();
    void testConnectionReportsRefusedCredentials();
    void plainHttpOnlyForThisComputer();
    void sandboxIsOneClick();
    void aSignInProfileHasNoSecret();
    void profilesFromBeforeSignInAreClientCredentials();

private:
    void fillSandbox(ConnectionDialog& dialog, const QString& secret);
    static void useClientCredentials(ConnectionDialog& dialog) {
        dialog.authBox()->setCurrentIndex(
            dialog.authBox()->findData(int(ConnectionProfile::Auth::ClientCredentials)));
    }
    Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestConnectionDialog::initTestCase() {
    m_sandbox = new Sandbox;
    QVERIFY(m_sandbox->start());
}

void TestConnectionDialog::cleanupTestCase() {
    delete m_sandbox;
}

void TestConnectionDialog::fillSandbox(ConnectionDialog& dialog, const QString& secret) {
    dialog.regionBox()->setCurrentIndex(dialog.regionBox()->count() - 1); // "Other — a base URL"
    QTest::keyClicks(dialog.baseUrlField(), m_sandbox->baseUrl().toString());
    useClientCredentials(dialog);
    QTest::keyClicks(dialog.clientIdField(), m_sandbox->homeOrganization().clientId);
    QTest::keyClicks(dialog.secretField(), secret);
}

void TestConnectionDialog::saysPlainlyWhenThereIsNoKeychain() {
    QSettings settings(m_dir.filePath(u"a.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets(u"no D-Bus session bus"_s);
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    // A sign-in profile has no secret, so the keychain does not matter to it.
    QVERIFY(dialog.keychainLabel()->text().contains(u"No secret is stored"_s));
    useClientCredentials(dialog);
    QVERIFY(dialog.keychainLabel()->text().contains(u"No system keychain is available"_s));
    QVERIFY(dialog.keychainLabel()->text().contains(u"no D-Bus session bus"_s));
    QVERIFY(dialog.keychainLabel()->text().contains(u"this session only"_s));
}

void TestConnectionDialog::connectNeedsCredentials() {
    QSettings settings(m_dir.filePath(u"b.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    QVERIFY(!dialog.connectButton()->isEnabled());
    useClientCredentials(dialog);
    QVERIFY(!dialog.testButton()->isEnabled());
    QTest::keyClicks(dialog.clientIdField(), u"client"_s);
    QVERIFY(!dialog.connectButton()->isEnabled());
    QTest::keyClicks(dialog.secretField(), u"secret"_s);
    QVERIFY(dialog.connectButton()->isEnabled());
    QVERIFY(!dialog.saveButton()->isEnabled()); // a profile needs a name
    QCOMPARE(dialog.secretField()->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::profilesKeepTheirSecretOutOfTheSettings() {
    const QString file = m_dir.filePath(u"c.ini"_s);
    InMemorySecretStore secrets;
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore profiles(settings);
        ConnectionDialog dialog(&profiles, &secrets, &m_network);
        QTest::keyClicks(dialog.nameField(), u"Production EU"_s);
        dialog.regionBox()->setCurrentIndex(dialog.regionBox()->findData(u"mypurecloud.de"_s));
        useClientCredentials(dialog);
        QTest::keyClicks(dialog.clientIdField(), u"client-123"_s);
        QTest::keyClicks(dialog.secretField(), u"very-secret-value"_s);
        QSignalSpy saved(&dialog, &ConnectionDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(2000));
        QCOMPARE(dialog.profileList()->count(), 1);
    }
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains("client-123"));
    QVERIFY(stored.contains("mypurecloud.de"));
    QVERIFY(!stored.contains("very-secret-value"));
    QVERIFY(secrets.contains(u"Production EU"_s));
    // Reopened, the profile comes back with its secret from the store.
    QSettings settings(file, QSettings::IniFormat);
    ProfileStore profiles(settings);
    ConnectionDialog again(&profiles, &secrets, &m_network);
    again.selectProfile(u"Production EU"_s);
    QCOMPARE(again.clientIdField()->text(), u"client-123"_s);
    QCOMPARE(again.regionBox()->currentData().toString(), u"mypurecloud.de"_s);
    QTRY_COMPARE(again.secretField()->text(), u"very-secret-value"_s);
    QCOMPARE(again.profile(),
             (ConnectionProfile{u"Production EU"_s, u"mypurecloud.de"_s, u"client-123"_s,
                                ConnectionProfile::Auth::ClientCredentials}));
}

void TestConnectionDialog::testConnectionAgainstTheSandbox() {
    QSettings settings(m_dir.filePath(u"d.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    fillSandbox(dialog, m_sandbox->homeOrganization().clientSecret);
    QVERIFY(dialog.testButton()->isEnabled());
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(dialog.resultLabel()->text(), u"Connection works: %1, 8 product(s) enabled."_s.arg(
                                               m_sandbox->homeOrganization().name));
}

void TestConnectionDialog::aCommandLineConnectionIsSavedAsAProfile() {
    // What --base-url started with: the dialog opens filled in, only the name is to be given.
    QSettings settings(m_dir.filePath(u"g.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    const QString base = m_sandbox->baseUrl().toString();
    dialog.prefill({QString(), base, m_sandbox->homeOrganization().clientId,
                    ConnectionProfile::Auth::ClientCredentials},
                   m_sandbox->homeOrganization().clientSecret);
    QCOMPARE(dialog.baseUrlField()->text(), base);
    QCOMPARE(dialog.secretField()->text(), m_sandbox->homeOrganization().clientSecret);
    QVERIFY(!dialog.saveButton()->isEnabled()); // a name first
    QTest::keyClicks(dialog.nameField(), u"Gateway"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    QSignalSpy saved(&dialog, &ConnectionDialog::saved);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(2000));
    QCOMPARE(profiles.profile(u"Gateway"_s),
             (ConnectionProfile{u"Gateway"_s, base, m_sandbox->homeOrganization().clientId,
                                ConnectionProfile::Auth::ClientCredentials}));
    QVERIFY(secrets.contains(u"Gateway"_s));
}

void TestConnectionDialog::placeholdersFitTheirFields() {
    QSettings settings(m_dir.filePath(u"h.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    dialog.regionBox()->setCurrentIndex(dialog.regionBox()->count() - 1); // the base URL too
    useClientCredentials(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(1, 1); // as small as its layout lets it be: the hints must still fit
    QApplication::processEvents();
    for (QLineEdit* field : {dialog.nameField(), dialog.baseUrlField(), dialog.clientIdField(),
                             dialog.secretField()}) {
        QVERIFY(field->isVisible());
        const int text = field->fontMetrics().horizontalAdvance(field->placeholderText());
        QVERIFY2(field->width() > text + 20, qPrintable(field->placeholderText()));
    }
}

void TestConnectionDialog::testConnectionReportsRefusedCredentials() {
    QSettings settings(m_dir.filePath(u"e.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    fillSandbox(dialog, u"not-the-secret"_s);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(dialog.resultLabel()->text().contains(u"refused"_s),
             qPrintable(dialog.resultLabel()->text()));
}

void TestConnectionDialog::plainHttpOnlyForThisComputer() {
    QSettings settings(m_dir.filePath(u"f.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    dialog.regionBox()->setCurrentIndex(dialog.regionBox()->count() - 1);
    QTest::keyClicks(dialog.baseUrlField(), u"http://gateway.example.com"_s);
    useClientCredentials(dialog);
    QTest::keyClicks(dialog.clientIdField(), u"c"_s);
    QTest::keyClicks(dialog.secretField(), u"s"_s);
    QVERIFY(!dialog.connectButton()->isEnabled());
    dialog.baseUrlField()->setText(u"https://gateway.example.com"_s);
    QVERIFY(dialog.connectButton()->isEnabled());
}

void TestConnectionDialog::sandboxIsOneClick() {
    QSettings settings(m_dir.filePath(u"g.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(settings);
    InMemorySecretStore secrets;
    ConnectionDialog dialog(&profiles, &secrets, &m_network);
    dialog.show();
    QTest::mouseClick(dialog.sandboxButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), ConnectionDialog::Choice::Sandbox);
}

void TestConnectionDialog::aSignInProfileHasNoSecret() {
    const QString file = m_dir.filePath(u"signin.ini"_s);
    InMemorySecretStore secrets;
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore profiles(settings);
        ConnectionDialog dialog(&profiles, &secrets, &m_network);
        dialog.show();
        // Signing in with one's own account is the default: no secret is asked for.
        QCOMPARE(dialog.profile().auth, ConnectionProfile::Auth::SignIn);
        QVERIFY(!dialog.secretField()->isVisible());
        QVERIFY(!dialog.testButton()->isVisible());
        QTest::keyClicks(dialog.nameField(), u"Me in the EU"_s);
        dialog.regionBox()->setCurrentIndex(dialog.regionBox()->findData(u"mypurecloud.de"_s));
        QVERIFY(!dialog.connectButton()->isEnabled()); // still needs the client id
        QTest::keyClicks(dialog.clientIdField(), u"public-client"_s);
        QVERIFY(dialog.connectButton()->isEnabled());
        QSignalSpy saved(&dialog, &ConnectionDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        useClientCredentials(dialog);
        QVERIFY(dialog.secretField()->isVisible());
        QVERIFY(!dialog.connectButton()->isEnabled()); // now a secret is needed
    }
    QVERIFY(!secrets.contains(u"Me in the EU"_s));
    QSettings settings(file, QSettings::IniFormat);
    ProfileStore profiles(settings);
    const auto p = profiles.profile(u"Me in the EU"_s);
    QVERIFY(p.has_value());
    QCOMPARE(p->auth, ConnectionProfile::Auth::SignIn);
    QCOMPARE(p->clientId, u"public-client"_s);
    ConnectionDialog again(&profiles, &secrets, &m_network);
    again.selectProfile(u"Me in the EU"_s);
    QCOMPARE(again.profile().auth, ConnectionProfile::Auth::SignIn);
}

void TestConnectionDialog::profilesFromBeforeSignInAreClientCredentials() {
    const QString file = m_dir.filePath(u"old.ini"_s);
    {
        QSettings old(file, QSettings::IniFormat);
        old.beginWriteArray(u"profiles"_s, 1);
        old.setArrayIndex(0);
        old.setValue(u"name"_s, u"Old"_s);
        old.setValue(u"environment"_s, u"mypurecloud.com"_s);
        old.setValue(u"clientId"_s, u"c"_s);
        old.endArray();
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(ProfileStore(settings).profile(u"Old"_s)->auth,
             ConnectionProfile::Auth::ClientCredentials);
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connection_dialog.moc"
