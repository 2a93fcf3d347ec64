// Snapshots: everything of an org loaded from the sandbox, written, read back identical; the same
// under network faults; damaged files refused with a clear message.

#include "FileMode.h"
#include "Sandbox.h"
#include "client/PlatformClient.h"
#include "org/OrgDataLoader.h"
#include "snapshot/SnapshotFile.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSnapshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void snapshotReopensIdentical();
    void faultsDoNotChangeTheSnapshot();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void cancelStopsLoading();
    void anAbsurdlyLargeFileIsNotRead();

private:
    std::optional<OrgData> load(const Sandbox& sandbox);
    QNetworkAccessManager m_network;
};

std::optional<OrgData> TestSnapshot::load(const Sandbox& sandbox) {
    PlatformClient client(&m_network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId,
                          sandbox.homeOrganization().clientSecret);
    RetryPolicy fast;
    fast.maxAttempts = 10;
    fast.backoffMs = [](int attempt) { return attempt; };
    client.dispatcher()->setRetryPolicy(fast);
    OrgDataLoader loader(&client, u"Sandbox"_s);
    QSignalSpy finished(&loader, &OrgDataLoader::finished);
    QSignalSpy failed(&loader, &OrgDataLoader::failed);
    loader.start();
    if (!finished.wait(30000) || !failed.isEmpty())
        return std::nullopt;
    return loader.data();
}

void TestSnapshot::snapshotReopensIdentical() {
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    const auto data = load(sandbox);
    QVERIFY(data);
    QCOMPARE(data->roles.size(), 29);
    QCOMPARE(data->catalog.size(), 71);
    QCOMPARE(data->products.size(), 8);
    QCOMPARE(data->trustees.size(), 1);
    QCOMPARE(data->trustees.first().members.size(), 3);
    QVERIFY(!data->trustees.first().members.first().roles.roles->isEmpty());
    QCOMPARE(data->trustors.size(), 1);
    QCOMPARE(data->trustors.first().members.size(), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"org.json"_s);
    QString error;
    {
        ScopedUmask usual(022);
        QVERIFY2(SnapshotFile::write(*data, path, &error), qPrintable(error));
    }
    QCOMPARE(fileMode(path), 0600); // it names the organization's people
    const auto reread = SnapshotFile::read(path, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(SnapshotFile::encode(*reread), SnapshotFile::encode(*data));
    QCOMPARE(reread->organizationName(), u"Contoso Contact Center"_s);
    QCOMPARE(reread->takenAt, data->takenAt);
}

void TestSnapshot::faultsDoNotChangeTheSnapshot() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"org.sqlite"_s);
    options.rateLimitPerMinute = 0;
    std::optional<OrgData> clean;
    {
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        clean = load(sandbox);
    }
    options.faultRate = 0.3;
    options.randomSeed = 5;
    Sandbox flaky(options);
    QVERIFY(flaky.start());
    auto faulty = load(flaky);
    QVERIFY(clean && faulty);
    faulty->takenAt = clean->takenAt;
    QCOMPARE(SnapshotFile::encode(*faulty), SnapshotFile::encode(*clean));
}

void TestSnapshot::damagedFilesAreRefused_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << "roles: 1"_ba << u"not a RoleDesk snapshot"_s;
    QTest::newRow("other JSON") << R"({"hello": 1})"_ba << u"not a RoleDesk snapshot"_s;
    QTest::newRow("newer version")
        << R"({"format":"roledesk-snapshot","version":9})"_ba << u"format version 9"_s;
    QTest::newRow("damaged role")
        << R"({"format":"roledesk-snapshot","version":1,"organization":{},"roles":[{"name":5}],"permissions":[],"products":[]})"_ba
        << u"roles[0].name"_s;
}

void TestSnapshot::damagedFilesAreRefused() {
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!SnapshotFile::decode(content, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!SnapshotFile::read(u"/nonexistent/dir/x.json"_s, &error));
    QVERIFY(error.contains(u"/nonexistent/dir/x.json"_s));
    QVERIFY(!SnapshotFile::write(OrgData{}, u"/nonexistent/dir/x.json"_s, &error));
}

void TestSnapshot::anAbsurdlyLargeFileIsNotRead() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(SnapshotFile::kMaxFileBytes + 1)); // sparse: no disk is used
    file.close();
    QString error;
    QVERIFY(!SnapshotFile::read(path, &error));
    QVERIFY2(error.contains(u"too large to be a snapshot"_s), qPrintable(error));
    QVERIFY2(error.contains(u"256"_s), qPrintable(error));
}

void TestSnapshot::cancelStopsLoading() {
    SandboxOptions options;
    options.latencyMs = 200;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient client(&m_network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setCredentials(sandbox.homeOrganization().clientId,
                          sandbox.homeOrganization().clientSecret);
    OrgDataLoader loader(&client, u"Sandbox"_s);
    QSignalSpy cancelled(&loader, &OrgDataLoader::cancelled);
    QSignalSpy finished(&loader, &OrgDataLoader::finished);
    loader.start();
    QTest::qWait(50);
    loader.cancel();
    QCOMPARE(cancelled.count(), 1);
    QTRY_COMPARE(client.dispatcher()->inFlight(), 0);
    QTest::qWait(400);
    QCOMPARE(finished.count(), 0);
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
