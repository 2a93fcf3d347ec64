// The real keychain: a profile's secret goes through qtkeychain to a Secret Service (a throw-away
// GNOME keyring on a private D-Bus session, see tests/keychain/with-secret-service.sh), a new
// RoleDesk process reads it back to connect, and it goes with the profile. Without a keychain
// the same profile fails with a message that says so.

#include "KeychainSecretStore.h"
#include "Sandbox.h"
#include "connection/ConnectionDialog.h"
#include "connection/ConnectionProfile.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kProfile = u"Keychain test"_s;

struct Run {
    int exitCode = -1;
    QByteArray output;
};

// roledesk itself, as an admin's script would start it: a new process, a new keychain client.
Run roledesk(const QStringList& args, const QProcessEnvironment& env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(ROLEDESK_EXE), args);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAll()};
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aProfileSecretLivesInTheKeychainOnly();

private:
    QString settingsFile() const;
    std::optional<QString> readSecret(const QString& key);

    Sandbox m_sandbox;
    QNetworkAccessManager m_network;
};

void TestKeychain::initTestCase() {
    QCoreApplication::setOrganizationName(u"RoleDesk"_s);
    QCoreApplication::setApplicationName(u"RoleDesk"_s);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/keychain/with-secret-service.sh");
    QVERIFY(m_sandbox.start());
}

QString TestKeychain::settingsFile() const {
    return QSettings().fileName(); // RoleDesk.conf, where roledesk looks too
}

std::optional<QString> TestKeychain::readSecret(const QString& key) {
    KeychainSecretStore store;
    bool probed = false;
    store.probe([&] { probed = true; });
    if (!QTest::qWaitFor([&] { return probed; }, 20000) || !store.isPersistent())
        return std::nullopt;
    std::optional<QString> out;
    bool done = false;
    store.read(key, [&](bool ok, const QString& secret, const QString&) {
        if (ok)
            out = secret;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return out;
}

void TestKeychain::aProfileSecretLivesInTheKeychainOnly() {
    const SandboxOrganization home = m_sandbox.homeOrganization();
    {
        KeychainSecretStore secrets;
        bool probed = false;
        secrets.probe([&] { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 20000);
        QVERIFY2(secrets.isPersistent(), qPrintable(secrets.unavailableReason()));
        QSettings settings;
        ProfileStore profiles(settings);
        ConnectionDialog dialog(&profiles, &secrets, &m_network);
        QTest::keyClicks(dialog.nameField(), kProfile);
        dialog.regionBox()->setCurrentIndex(dialog.regionBox()->count() - 1); // a base URL
        QTest::keyClicks(dialog.baseUrlField(), m_sandbox.baseUrl().toString());
        dialog.authBox()->setCurrentIndex(
            dialog.authBox()->findData(int(ConnectionProfile::Auth::ClientCredentials)));
        QTest::keyClicks(dialog.clientIdField(), home.clientId);
        QTest::keyClicks(dialog.secretField(), home.clientSecret);
        QSignalSpy saved(&dialog, &ConnectionDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
    }
    // In the keychain, and nowhere in the settings.
    QCOMPARE(readSecret(kProfile).value_or(QString()), home.clientSecret);
    QFile conf(settingsFile());
    QVERIFY2(conf.open(QIODevice::ReadOnly), qPrintable(settingsFile()));
    const QByteArray stored = conf.readAll();
    conf.close();
    QVERIFY(stored.contains(home.clientId.toUtf8()));
    QVERIFY(!stored.contains(home.clientSecret.toUtf8()));

    // A new RoleDesk process connects with it: the secret came back from the keychain.
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(u"through-the-keychain.json"_s);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const Run connected = roledesk({u"--profile"_s, kProfile, u"--snapshot"_s, snapshot}, env);
    QVERIFY2(connected.exitCode == 0, connected.output.constData());
    QVERIFY(QFile::exists(snapshot));
    QVERIFY(!connected.output.contains(home.clientSecret.toUtf8()));

    // Without a keychain (no D-Bus session) the same profile says so, and writes nothing.
    QProcessEnvironment noBus = env;
    noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    const QString unwritten = dir.filePath(u"no-keychain.json"_s);
    const Run refused = roledesk({u"--profile"_s, kProfile, u"--snapshot"_s, unwritten}, noBus);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.output.contains("No keychain is available"), refused.output.constData());
    QVERIFY(!QFile::exists(unwritten));

    // Deleting the profile takes its secret out of the keychain too.
    {
        KeychainSecretStore secrets;
        bool probed = false;
        secrets.probe([&] { probed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 20000);
        QSettings settings;
        ProfileStore profiles(settings);
        ConnectionDialog dialog(&profiles, &secrets, &m_network);
        dialog.selectProfile(kProfile);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.secretField()->text(), home.clientSecret, 20000);
        QTest::mouseClick(dialog.deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!readSecret(kProfile), 20000);
    }
    const Run gone = roledesk({u"--profile"_s, kProfile, u"--snapshot"_s, snapshot}, env);
    QCOMPARE(gone.exitCode, 2);
    QVERIFY2(gone.output.contains("no saved profile"), gone.output.constData());
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
