// Snapshots: everything of an org loaded from the sandbox, written, read back identical; the same
// under network faults; damaged files refused with a clear message.

#include "FileMode.h"
#include "Sandbox.h"
#include "client/PlatformClient.h"
#include "org/OrgDataLoader.h"
#include "snapshot/SnapshotFile.h"
#include "wire/JsonCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void preparedSectionsWriteTheSameBytes();
    void aWholeLoadLeadsWithTheTrusts();
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

// What the snapshot is: one JSON document as QJsonDocument writes it, indented. The encoder
// writes it a section at a time; its bytes must be the document's, whichever sections it had
// prepared.
void TestSnapshot::preparedSectionsWriteTheSameBytes() {
    const auto document = [](const OrgData& data) {
        QJsonArray trustees, trustors;
        for (const TrusteeEntry& t : data.trustees) {
            QJsonArray members;
            for (const TrusteeMember& m : t.members)
                members.append(
                    QJsonObject{{u"user"_s, toJson(m.user)}, {u"roles"_s, toJson(m.roles)}});
            trustees.append(
                QJsonObject{{u"trustee"_s, toJson(t.trustee)}, {u"members"_s, members}});
        }
        for (const TrustorEntry& t : data.trustors)
            trustors.append(
                QJsonObject{{u"trustor"_s, toJson(t.trustor)}, {u"members"_s, toJson(t.members)}});
        return QJsonDocument(
                   QJsonObject{{u"format"_s, u"roledesk-snapshot"_s},
                               {u"version"_s, SnapshotFile::kFormatVersion},
                               {u"takenAt"_s, data.takenAt.toUTC().toString(Qt::ISODateWithMs)},
                               {u"environment"_s, data.environment},
                               {u"organization"_s, toJson(data.organization)},
                               {u"roles"_s, toJson(data.roles)},
                               {u"permissions"_s, toJson(data.catalog)},
                               {u"products"_s, toJson(data.products)},
                               {u"trustees"_s, trustees},
                               {u"trustors"_s, trustors}})
            .toJson(QJsonDocument::Indented);
    };
    using Section = SnapshotFile::Encoder::Section;
    const QList<Section> all{Section::Organization, Section::Roles, Section::Catalog,
                             Section::Products, Section::Trusts};

    Sandbox sandbox;
    QVERIFY(sandbox.start());
    auto data = load(sandbox);
    QVERIFY(data);
    data->environment = u"Sandbox \"quoted\"\n"_s; // escaped, as a string value must be
    const QByteArray expected = document(*data);
    QCOMPARE(SnapshotFile::encode(*data), expected);
    for (int mask = 1; mask < (1 << all.size()); mask += 3) {
        SnapshotFile::Encoder encoder;
        for (int i = 0; i < all.size(); ++i)
            if (mask & (1 << i))
                encoder.prepare(*data, all[i]);
        QCOMPARE(encoder.encode(*data), expected);
    }
    // What is prepared is written as it was then.
    SnapshotFile::Encoder encoder;
    encoder.prepare(*data, Section::Roles);
    OrgData later = *data;
    later.roles.clear();
    QCOMPARE(encoder.encode(later), expected);
    // Empty lists and an empty organization are written as the document writes them.
    QCOMPARE(SnapshotFile::encode(OrgData{}), document(OrgData{}));
}

// A snapshot's longest chain is trustees, their users, each user's roles: it goes out first. A
// window's load sends what its first screen needs first, and the trusts behind.
void TestSnapshot::aWholeLoadLeadsWithTheTrusts() {
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    for (const bool whole : {true, false}) {
        PlatformClient client(&m_network);
        client.setBaseUrl(sandbox.baseUrl());
        client.setCredentials(sandbox.homeOrganization().clientId,
                              sandbox.homeOrganization().clientSecret);
        QStringList started;
        connect(client.dispatcher(), &RequestDispatcher::requestStarted, this,
                [&started](const QByteArray&, const QString& path) { started.append(path); });
        OrgDataLoader loader(&client, u"Sandbox"_s);
        loader.setTrusteeUserRoles(whole);
        // The first load waits for a token and sends from the queue; a reload has the token.
        for (const char* load : {"first load", "reload"}) {
            started.clear();
            QSignalSpy finished(&loader, &OrgDataLoader::finished);
            loader.start();
            QVERIFY(finished.wait(30000));
            started.removeAll(u"/oauth/token"_s);
            const QString what = u"%1, %2: %3"_s.arg(whole ? u"whole"_s : u"window"_s,
                                                     QLatin1StringView(load), started.join(u' '));
            // The lists that lead to more requests, against the two big listings.
            const qsizetype trustees = started.indexOf(u"/api/v2/orgauthorization/trustees"_s);
            const qsizetype trustors = started.indexOf(u"/api/v2/orgauthorization/trustors"_s);
            const qsizetype roles = started.indexOf(u"/api/v2/authorization/roles"_s);
            const qsizetype catalog = started.indexOf(u"/api/v2/authorization/permissions"_s);
            QVERIFY2(trustees >= 0 && trustors >= 0 && roles >= 0 && catalog >= 0,
                     qPrintable(what));
            const bool trustsFirst = qMax(trustees, trustors) < qMin(roles, catalog);
            const bool trustsLast = qMin(trustees, trustors) > qMax(roles, catalog);
            // A window's reload sends each job's first request as the job starts, and the
            // paged role and catalog listings start theirs after the trust lists; only the first
            // load (from the queue) is ordered for the window.
            if (whole)
                QVERIFY2(trustsFirst, qPrintable(what));
            else if (qstrcmp(load, "first load") == 0)
                QVERIFY2(trustsLast, qPrintable(what));
        }
    }
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
