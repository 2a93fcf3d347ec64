// `roledesk --snapshot FILE`: headless, progress on stderr, exit 0 with a readable file, or a
// clear message, a non-zero exit and no file.

#include "snapshot/SnapshotFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSnapshotCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sandboxSnapshot();
    void failureWritesNothing();
    void needsAConnection();
    void regionComesFromTheOptionOrTheEnvironment();
    void aServerThatNeverAnswersMeetsTheDeadline();
    void theCommandLineIsReadWithoutADisplay_data();
    void theCommandLineIsReadWithoutADisplay();

private:
    int run(const QStringList& args, QByteArray* err,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
};

int TestSnapshotCli::run(const QStringList& args, QByteArray* err, const QProcessEnvironment& env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROLEDESK_EXE), args);
    if (!process.waitForFinished(60000))
        return -1;
    *err = process.readAllStandardError();
    return process.exitCode();
}

void TestSnapshotCli::sandboxSnapshot() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snap.json"_s);
    QByteArray err;
    QCOMPARE(run({u"--sandbox"_s, u"--sandbox-data"_s, dir.filePath(u"sb.sqlite"_s),
                  u"--snapshot"_s, path},
                 &err),
             0);
    QVERIFY2(err.contains("snapshot: [1/"), err.constData());
    QVERIFY2(err.contains("snapshot: wrote"), err.constData());
    QString error;
    const auto data = SnapshotFile::read(path, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->roles.size(), 29);
    QCOMPARE(data->environment, u"Sandbox"_s);
}

void TestSnapshotCli::failureWritesNothing() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snap.json"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PURECLOUD_CLIENT_ID"_s, u"id"_s);
    env.insert(u"PURECLOUD_SECRET"_s, u"secret-that-must-not-be-printed"_s);
    QByteArray err;
    const int code = run(
        {u"--base-url"_s, u"http://127.0.0.1:%1"_s.arg(port), u"--snapshot"_s, path}, &err, env);
    QCOMPARE(code, 1);
    QVERIFY2(err.contains("nothing was written"), err.constData());
    QVERIFY(!err.contains("secret-that-must-not-be-printed"));
    QVERIFY(!QFile::exists(path));
}

void TestSnapshotCli::needsAConnection() {
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(run({u"--snapshot"_s, dir.filePath(u"x.json"_s)}, &err), 2);
    QVERIFY(err.contains("--sandbox"));
}

void TestSnapshotCli::aServerThatNeverAnswersMeetsTheDeadline() {
    // It accepts every connection and never says a word, so each request waits its full
    // transfer timeout: without a deadline the snapshot would take minutes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snap.json"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PURECLOUD_CLIENT_ID"_s, u"id"_s);
    env.insert(u"PURECLOUD_SECRET"_s, u"secret"_s);
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    const int code = run({u"--base-url"_s, u"http://127.0.0.1:%1"_s.arg(silent.serverPort()),
                          u"--snapshot"_s, path, u"--timeout"_s, u"2"_s},
                         &err, env);
    QCOMPARE(code, 1);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(err.contains("did not finish within 2 second"), err.constData());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(run({u"--sandbox"_s, u"--snapshot"_s, path, u"--timeout"_s, u"soon"_s}, &err), 2);
    QVERIFY2(err.contains("--timeout needs a number"), err.constData());
}

void TestSnapshotCli::regionComesFromTheOptionOrTheEnvironment() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"never.json"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
         {u"PURECLOUD_CLIENT_ID"_s, u"PURECLOUD_SECRET"_s, u"PURECLOUD_ENVIRONMENT"_s})
        env.remove(name);
    QByteArray err;
    // --region needs the credentials, and names what it needs.
    QCOMPARE(run({u"--region"_s, u"mypurecloud.de"_s, u"--snapshot"_s, path}, &err, env), 2);
    QVERIFY2(err.contains("PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --region"),
             err.constData());
    env.insert(u"PURECLOUD_CLIENT_ID"_s, u"id"_s);
    env.insert(u"PURECLOUD_SECRET"_s, u"secret"_s);
    QCOMPARE(run({u"--region"_s, u"moon.example"_s, u"--snapshot"_s, path}, &err, env), 2);
    QVERIFY2(err.contains("\"moon.example\" is not a Genesys Cloud region"), err.constData());
    // Without --region, PURECLOUD_ENVIRONMENT is the region, as for the SDK's examples.
    env.insert(u"PURECLOUD_ENVIRONMENT"_s, u"mars.example"_s);
    QCOMPARE(run({u"--snapshot"_s, path}, &err, env), 2);
    QVERIFY2(err.contains("\"mars.example\" is not a Genesys Cloud region"), err.constData());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!err.contains("secret"));
}

void TestSnapshotCli::theCommandLineIsReadWithoutADisplay_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << "--snapshot <FILE>"_ba;
    QTest::newRow("-h") << QStringList{u"-h"_s} << 0 << "--timeout <SECONDS>"_ba;
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                               << QByteArray("RoleDesk " ROLEDESK_VERSION);
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << 1 << "Unknown option 'frobnicate'"_ba;
    QTest::newRow("missing value")
        << QStringList{u"--profile"_s} << 1 << "Missing value after '--profile'"_ba;
}

void TestSnapshotCli::theCommandLineIsReadWithoutADisplay() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROLEDESK_EXE), args);
    QVERIFY(process.waitForFinished(30000));
    const QByteArray all = process.readAllStandardOutput() + process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(all.contains(output), all.constData());
}

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshot_cli.moc"
