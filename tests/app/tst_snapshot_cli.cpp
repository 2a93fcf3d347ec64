// `roledesk --snapshot FILE`: headless, progress on stderr, exit 0 with a readable file, or a
// clear message, a non-zero exit and no file.

#include "snapshot/SnapshotFile.h"

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
    QCOMPARE(data->roles.size(), 26);
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

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshot_cli.moc"
