// The client under a flaky network, rate limits and expiring tokens, against the real sandbox.

#include "RunJob.h"
#include "Sandbox.h"
#include "client/PlatformClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

RetryPolicy fastPolicy(int attempts = 10) {
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.maxReadAttempts = attempts;
    p.backoffMs = [](int attempt) { return attempt; }; // milliseconds, not seconds: tests stay fast
    p.defaultPauseMs = 20;
    return p;
}

struct Snapshot {
    QByteArray roles, catalog, trustees, trustors, trusteeUsers;
    bool operator==(const Snapshot&) const = default;
};

} // namespace

class TestClientResilience : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retryAfterParsing_data();
    void retryAfterParsing();
    void faultsDoNotChangeWhatIsFetched();
    void noPostIsAppliedTwice_data();
    void noPostIsAppliedTwice();
    void rateLimitedBurstCompletes();
    void aPacedBurstMeetsNo429();
    void aRefusedPageSizeIsRemembered();
    void listingsOfAKindShareWhatWasRefused();
    void tokensRenewAcrossShortLifetimes();
    void a401LogsInAgainAndResendsOnce();
    void theClockDecidesWhenToRenew();
    void eachFailureHasItsOwnError_data();
    void eachFailureHasItsOwnError();
    void connectionRefused();
    void timeout();
    void backoffScheduleIsInjectable();
    void pagingInParallelKeepsOrder();
    void logsNeverShowSecrets();
    void everyRequestInFlightHasAConnection();
    void deletingAClientCancelsItsRequests();
    void aLongRetryAfterFailsAtOnce();
    void readsOutlastHalfTheRequestsFailing();
    void aDeleteAppliedBeforeItsAnswerWasLostIsDone();
    void aRefusedPageSizeIsAskedAgainSmaller();
    void smallerPageSizeReadsTheLimit_data();
    void smallerPageSizeReadsTheLimit();

private:
    PlatformClient* client(const Sandbox& sandbox, int orgIndex = 0);
    Snapshot snapshot(PlatformClient* client);
    //! A snapshot of a sandbox on `options` without faults: what a faulty one must equal.
    Snapshot cleanSnapshot(const SandboxOptions& options);
    QNetworkAccessManager m_network;
};

PlatformClient* TestClientResilience::client(const Sandbox& sandbox, int orgIndex) {
    auto* c = new PlatformClient(&m_network, this);
    c->setBaseUrl(sandbox.baseUrl());
    const SandboxOrganization org = sandbox.organizations().at(orgIndex);
    c->setCredentials(org.clientId, org.clientSecret);
    c->dispatcher()->setRetryPolicy(fastPolicy());
    return c;
}

Snapshot TestClientResilience::snapshot(PlatformClient* c) {
    Snapshot s;
    RoleQuery rq;
    rq.pageSize = 2;
    ApiStatus status;
    const auto roles = runJob(c->fetchAllRoles(rq), &status);
    if (!roles)
        qWarning("roles: %s", qPrintable(status.message));
    PermissionQuery pq;
    pq.pageSize = 3;
    const auto catalog = runJob(c->fetchAllPermissions(pq));
    const auto trustees = runJob(c->fetchAllTrustees(1));
    const auto trustors = runJob(c->fetchAllTrustors(1));
    if (!roles || !catalog || !trustees || !trustors) {
        qWarning("snapshot incomplete: roles=%d catalog=%d trustees=%d trustors=%d", bool(roles),
                 bool(catalog), bool(trustees), bool(trustors));
        return s;
    }
    s.roles = toJsonBytes(*roles);
    s.catalog = toJsonBytes(*catalog);
    s.trustees = toJsonBytes(*trustees);
    s.trustors = toJsonBytes(*trustors);
    for (const Trustee& t : *trustees) {
        const auto users = runJob(c->fetchAllTrusteeUsers(t.id.value(), 1));
        if (!users)
            return {};
        s.trusteeUsers += toJsonBytes(*users);
    }
    return s;
}

void TestClientResilience::retryAfterParsing_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << "12"_ba << qint64(12000);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("http date") << "Tue, 24 Nov 2026 10:00:30 GMT"_ba << qint64(30000);
    QTest::newRow("date in the past") << "Tue, 24 Nov 2026 09:00:00 GMT"_ba << qint64(0);
    QTest::newRow("garbage") << "soon"_ba << qint64(-1);
    // "Forever" must stay a long wait, not overflow into a negative one (the queue never woke).
    QTest::newRow("int64 max") << "9223372036854775807"_ba << qint64(1'000'000'000'000);
    QTest::newRow("far future date")
        << "Tue, 24 Nov 2099 10:00:00 GMT"_ba
        << QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC)
               .msecsTo(QDateTime(QDate(2099, 11, 24), QTime(10, 0), Qt::UTC));
    QTest::newRow("absent") << ""_ba << qint64(-1);
}

void TestClientResilience::retryAfterParsing() {
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    QCOMPARE(RequestDispatcher::retryAfterMs(value, now).value_or(-1), expectedMs);
}

Snapshot TestClientResilience::cleanSnapshot(const SandboxOptions& options) {
    Sandbox sandbox(options);
    if (!sandbox.start())
        return {};
    return snapshot(client(sandbox));
}

void TestClientResilience::faultsDoNotChangeWhatIsFetched() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"org.sqlite"_s);
    options.rateLimitPerMinute = 0;
    const Snapshot clean = cleanSnapshot(options);
    QVERIFY(!clean.roles.isEmpty() && !clean.trusteeUsers.isEmpty());
    options.faultRate = 0.3;
    options.randomSeed = 7;
    Sandbox flaky(options);
    QVERIFY(flaky.start());
    PlatformClient* c = client(flaky);
    QSignalSpy retries(c->dispatcher(), &RequestDispatcher::retryScheduled);
    const Snapshot faulty = snapshot(c);
    QVERIFY2(retries.count() >= 3, qPrintable(QString::number(retries.count())));
    QCOMPARE(faulty.roles, clean.roles);
    QCOMPARE(faulty.catalog, clean.catalog);
    QCOMPARE(faulty.trustees, clean.trustees);
    QCOMPARE(faulty.trustors, clean.trustors);
    QCOMPARE(faulty.trusteeUsers, clean.trusteeUsers);
}

void TestClientResilience::noPostIsAppliedTwice_data() {
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {11u, 23u, 37u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestClientResilience::noPostIsAppliedTwice() {
    QFETCH(quint32, seed);
    SandboxOptions options;
    options.faultRate = 0.3;
    options.randomSeed = seed;
    options.rateLimitPerMinute = 0;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QSignalSpy retries(c->dispatcher(), &RequestDispatcher::retryScheduled);
    constexpr int kPosts = 60;
    int succeeded = 0, unknown = 0, refused = 0, done = 0;
    QStringList problems;
    for (int i = 0; i < kPosts; ++i) {
        DomainOrganizationRole role;
        role.name = u"Posted %1"_s.arg(i);
        auto* job = c->createRole(role);
        connect(job, &ApiJob::succeeded, this, [&] { ++succeeded; });
        connect(job, &ApiJob::failed, this, [&](const ApiStatus& s) {
            if (s.errorBody.code == "role.name.exists"_L1)
                problems.append(u"resent: "_s + s.message);
            else if (s.code == ApiStatus::Code::OutcomeUnknown
                     || s.code == ApiStatus::Code::MalformedResponse)
                ++unknown;
            else if (s.code == ApiStatus::Code::HttpError && s.httpStatus >= 500)
                ++refused;
            else
                problems.append(s.message);
        });
        connect(job, &ApiJob::finished, this, [&] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, kPosts, 30000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(succeeded + unknown + refused, kPosts);
    QVERIFY2(unknown > 0 && refused > 0, "the fault mix should have hit some POSTs");
    for (const QList<QVariant>& r : std::as_const(retries))
        QVERIFY2(r.at(0).toByteArray() != "POST" || r.at(1).toString() == u"/oauth/token"_s,
                 qPrintable(r.at(1).toString()));
    RoleQuery posted;
    posted.name = u"Posted *"_s;
    posted.pageSize = 100;
    const auto roles = runJob(c->fetchAllRoles(posted));
    QVERIFY(roles);
    // Every success exists once (names are unique); of the unknown outcomes, some applied.
    QVERIFY(roles->size() >= succeeded);
    QVERIFY(roles->size() <= succeeded + unknown);
}

void TestClientResilience::rateLimitedBurstCompletes() {
    SandboxOptions options;
    options.rateLimitPerMinute = 600; // 10 a second after a burst of 600
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    // As against a server that sends no budget: only the 429s slow the queue down.
    c->dispatcher()->setPacesToBudget(false);
    QSignalSpy limited(c->dispatcher(), &RequestDispatcher::rateLimited);
    QSignalSpy resumed(c->dispatcher(), &RequestDispatcher::resumed);
    constexpr int kRequests = 625;
    int ok = 0, done = 0;
    QStringList failures;
    for (int i = 0; i < kRequests; ++i) {
        auto* job = c->getProducts();
        connect(job, &ApiJob::succeeded, this, [&] { ++ok; });
        connect(job, &ApiJob::failed, this,
                [&](const ApiStatus& s) { failures.append(s.message); });
        connect(job, &ApiJob::finished, this, [&] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, kRequests, 30000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0)));
    QCOMPARE(ok, kRequests);
    QVERIFY(limited.count() >= 1);
    QVERIFY(resumed.count() >= 1);
    const QDateTime until = limited.first().first().toDateTime();
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(-30));
}

void TestClientResilience::aPacedBurstMeetsNo429() {
    SandboxOptions options;
    options.rateLimitPerMinute = 600; // a budget of 600, then 10 a second
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QSignalSpy limited(c->dispatcher(), &RequestDispatcher::rateLimited);
    QSignalSpy pacing(c->dispatcher(), &RequestDispatcher::pacingChanged);
    QSignalSpy finished(c->dispatcher(), &RequestDispatcher::requestFinished);
    constexpr int kRequests = 625;
    int ok = 0, done = 0;
    bool pacedWhileBusy = false;
    for (int i = 0; i < kRequests; ++i) {
        auto* job = c->getProducts();
        connect(job, &ApiJob::succeeded, this, [&] { ++ok; });
        connect(job, &ApiJob::finished, this, [&] {
            ++done;
            pacedWhileBusy = pacedWhileBusy || c->dispatcher()->budget().pacing;
        });
    }
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(done, kRequests, 30000);
    QCOMPARE(ok, kRequests);
    // The budget is read from the answers and spent evenly: not one 429.
    QCOMPARE(limited.count(), 0);
    for (const QList<QVariant>& f : std::as_const(finished))
        QCOMPARE(f.at(2).toInt(), 200);
    QVERIFY(pacedWhileBusy);
    QVERIFY(pacing.count() >= 2); // held back, then let go when the queue was empty
    QCOMPARE(pacing.last().first().toBool(), false);
    const RequestDispatcher::Budget budget = c->dispatcher()->budget();
    QCOMPARE(budget.allowed, 600);
    QCOMPARE(budget.perSecond(), 10.0);
    // Spent to the end, not reset to a full budget: what is left is about what the estimate
    // held back for requests whose place in the server's count it could not know (at most one
    // per request in flight when the budget ran short).
    QVERIFY2(budget.left < 2 * c->dispatcher()->maxInFlight(),
             qPrintable(QString::number(budget.left)));
    // 25 past the budget at 10 a second: about 2.5 s beyond the burst, not a 429's pause.
    QVERIFY2(timer.elapsed() >= 1500, qPrintable(QString::number(timer.elapsed())));
}

void TestClientResilience::aRefusedPageSizeIsRemembered() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.maxPageSize = 40; // --max-page-size 40: RoleDesk's 500 is refused
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QCOMPARE(c->pageSizeFor(u"roles"_s), 500);
    QSignalSpy finished(c->dispatcher(), &RequestDispatcher::requestFinished);
    const auto first = runJob(c->fetchAllRoles());
    QVERIFY(first);
    QCOMPARE(first->size(), 29); // every role, in pages of the size the server named
    int refused = 0;
    for (const QList<QVariant>& f : std::as_const(finished))
        refused += f.at(2).toInt() == 400;
    QCOMPARE(refused, 1);
    QCOMPARE(c->pageSizeFor(u"roles"_s), 40);
    QCOMPARE(c->pageSizeFor(u"permissions"_s), 500); // another listing learns for itself
    finished.clear();
    const auto second = runJob(c->fetchAllRoles());
    QVERIFY(second);
    QCOMPARE(second->size(), 29);
    for (const QList<QVariant>& f : std::as_const(finished))
        QCOMPARE(f.at(2).toInt(), 200); // no second refusal
    QCOMPARE(finished.size(), 1);       // 29 roles, one page of 40
}

void TestClientResilience::listingsOfAKindShareWhatWasRefused() {
    // Who holds each role: one listing per role, all started together. A server that takes
    // RoleDesk's size has them all go at once; one that has refused a size before gets one
    // probe per kind of listing, and the others follow in the size it took.
    for (const int maxPageSize : {500, 40}) {
        SandboxOptions options;
        options.rateLimitPerMinute = 0;
        options.maxPageSize = maxPageSize;
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        PlatformClient* c = client(sandbox);
        const auto roles = runJob(c->fetchAllRoles());
        QVERIFY(roles);
        QCOMPARE(roles->size(), 29);
        QSignalSpy finished(c->dispatcher(), &RequestDispatcher::requestFinished);
        int mostWaiting = 0;
        connect(c->dispatcher(), &RequestDispatcher::activityChanged, this,
                [&mostWaiting](int inFlight, int queued) {
                    mostWaiting = qMax(mostWaiting, inFlight + queued);
                });
        // Jobs delete themselves once done: what they ended with is kept as they end.
        QStringList failures;
        int done = 0;
        for (const DomainOrganizationRole& r : std::as_const(*roles)) {
            PagedJob<UserReference>* job = c->fetchAllRoleUsers(r.id.value());
            connect(job, &ApiJob::finished, this, [job, &done, &failures] {
                ++done;
                if (!job->status().ok())
                    failures.append(job->status().message);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, int(roles->size()), 20000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        int refused = 0;
        for (const QList<QVariant>& f : std::as_const(finished))
            refused += f.at(2).toInt() == 400;
        if (maxPageSize == 500) {
            QCOMPARE(refused, 0);
            QCOMPARE(mostWaiting, int(roles->size())); // nobody held back
        } else {
            QCOMPARE(refused, 1); // the probe; without it, one per role
            QCOMPARE(finished.size(), int(roles->size()) + 1);
            QCOMPARE(c->pageSizeFor(u"roleUsers"_s), 40);
        }
    }
}

void TestClientResilience::tokensRenewAcrossShortLifetimes() {
    SandboxOptions options;
    options.tokenTtlSeconds = 2;
    options.latencyMs = 150;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QSignalSpy refreshed(c->dispatcher(), &RequestDispatcher::tokenRefreshed);
    QElapsedTimer session;
    session.start();
    int requests = 0;
    while (session.elapsed() < 5000) { // several token lifetimes, one request after another
        ApiStatus status;
        QVERIFY2(runJob(c->getProducts(), &status), qPrintable(status.message));
        ++requests;
    }
    QVERIFY(requests >= 20);
    QVERIFY2(refreshed.count() >= 3, qPrintable(QString::number(refreshed.count())));
}

void TestClientResilience::a401LogsInAgainAndResendsOnce() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"org.sqlite"_s);
    auto first = std::make_unique<Sandbox>(options);
    QVERIFY(first->start());
    PlatformClient* c = client(*first);
    QSignalSpy refreshed(c->dispatcher(), &RequestDispatcher::tokenRefreshed);
    QVERIFY(runJob(c->getProducts()));
    QCOMPARE(refreshed.count(), 1);
    // A restarted sandbox has forgotten every token: the client's still-valid token gets a 401.
    options.port = first->port();
    first.reset();
    Sandbox second(options);
    QVERIFY(second.start());
    QSignalSpy finished(c->dispatcher(), &RequestDispatcher::requestFinished);
    ApiStatus status;
    QVERIFY2(runJob(c->getRoles(), &status), qPrintable(status.message));
    QCOMPARE(refreshed.count(), 2);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.at(0).at(2).toInt(), 401);
    QCOMPARE(finished.at(1).at(2).toInt(), 200);
}

void TestClientResilience::theClockDecidesWhenToRenew() {
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QDateTime now = QDateTime::currentDateTimeUtc();
    c->dispatcher()->setClock([&now] { return now; });
    QSignalSpy refreshed(c->dispatcher(), &RequestDispatcher::tokenRefreshed);
    QSignalSpy finished(c->dispatcher(), &RequestDispatcher::requestFinished);
    QVERIFY(runJob(c->getProducts()));
    QVERIFY(runJob(c->getProducts()));
    QCOMPARE(refreshed.count(), 1);
    // A day later by the injected clock the 24 h token is due: renewed before sending, no 401.
    now = now.addSecs(86400 - 30);
    QVERIFY(runJob(c->getProducts()));
    QCOMPARE(refreshed.count(), 2);
    for (const QList<QVariant>& f : std::as_const(finished))
        QCOMPARE(f.at(2).toInt(), 200);
}

void TestClientResilience::eachFailureHasItsOwnError_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("post");
    QTest::addColumn<ApiStatus::Code>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("messagePart");
    using C = ApiStatus::Code;
    QTest::newRow("GET, malformed body")
        << u"malformed"_s << false << C::MalformedResponse << 200 << u"could not be read"_s;
    QTest::newRow("GET, truncated body")
        << u"truncate"_s << false << C::ConnectionLost << 200 << u"lost"_s;
    QTest::newRow("GET, dropped") << u"drop"_s << false << C::ConnectionLost << 0 << u"lost"_s;
    QTest::newRow("GET, HTML error page")
        << u"html"_s << false << C::HttpError << 502 << u"502 Bad Gateway"_s;
    QTest::newRow("GET, empty 500")
        << u"empty500"_s << false << C::HttpError << 500 << u"no details"_s;
    QTest::newRow("GET, 503") << u"503"_s << false << C::HttpError << 503
                              << u"temporarily unavailable"_s;
    QTest::newRow("POST, truncated after applying")
        << u"truncate"_s << true << C::OutcomeUnknown << 200 << u"may or may not"_s;
    QTest::newRow("POST, dropped")
        << u"drop"_s << true << C::OutcomeUnknown << 0 << u"may or may not"_s;
    QTest::newRow("POST, 500") << u"500"_s << true << C::HttpError << 500
                               << u"may not have been applied"_s;
    QTest::newRow("POST, malformed")
        << u"malformed"_s << true << C::MalformedResponse << 200 << u"was applied"_s;
}

void TestClientResilience::eachFailureHasItsOwnError() {
    QFETCH(QString, fault);
    QFETCH(bool, post);
    QFETCH(ApiStatus::Code, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, messagePart);
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {fault};
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    c->dispatcher()->setRetryPolicy(fastPolicy(3));
    QSignalSpy started(c->dispatcher(), &RequestDispatcher::requestStarted);
    ApiStatus status;
    if (post) {
        DomainOrganizationRole role;
        role.name = u"Once"_s;
        QVERIFY(!runJob(c->createRole(role), &status));
        QCOMPARE(started.count(), 1); // never sent twice
    } else {
        QVERIFY(!runJob(c->getRoles(), &status));
        QCOMPARE(started.count(), 3); // retried up to the policy's limit
    }
    QCOMPARE(status.code, code);
    QCOMPARE(status.httpStatus, httpStatus);
    QVERIFY2(status.message.contains(messagePart), qPrintable(status.message));
}

void TestClientResilience::connectionRefused() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    PlatformClient c(&m_network);
    QVERIFY(c.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    c.setCredentials(u"id"_s, u"secret"_s);
    c.dispatcher()->setRetryPolicy(fastPolicy(2));
    ApiStatus status;
    QVERIFY(!runJob(c.getRoles(), &status));
    QCOMPARE(status.code, ApiStatus::Code::ConnectionFailed);
    QCOMPARE(status.httpStatus, 0);
    QVERIFY2(status.message.contains(u"could not be reached"_s), qPrintable(status.message));
}

void TestClientResilience::timeout() {
    SandboxOptions options;
    options.latencyMs = 600;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    c->dispatcher()->setRetryPolicy(fastPolicy(2));
    c->dispatcher()->setTransferTimeout(150);
    ApiStatus status;
    QVERIFY(!runJob(c->getProducts(), &status));
    QCOMPARE(status.code, ApiStatus::Code::Timeout);
    QVERIFY2(status.message.contains(u"did not answer"_s), qPrintable(status.message));
}

void TestClientResilience::backoffScheduleIsInjectable() {
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {u"500"_s};
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    RetryPolicy policy = fastPolicy(4);
    policy.backoffMs = [](int attempt) { return attempt * 7; };
    c->dispatcher()->setRetryPolicy(policy);
    QSignalSpy retries(c->dispatcher(), &RequestDispatcher::retryScheduled);
    QVERIFY(!runJob(c->getProducts()));
    QCOMPARE(retries.count(), 3);
    QCOMPARE(retries.at(0).at(2).toInt(), 7);
    QCOMPARE(retries.at(1).at(2).toInt(), 14);
    QCOMPARE(retries.at(2).at(2).toInt(), 21);
    // The default schedule grows, is capped, and jitters within +-25 %.
    QVERIFY(RetryPolicy::defaultBackoffMs(1) >= 187 && RetryPolicy::defaultBackoffMs(1) <= 313);
    QVERIFY(RetryPolicy::defaultBackoffMs(3) >= 750 && RetryPolicy::defaultBackoffMs(3) <= 1250);
    QVERIFY(RetryPolicy::defaultBackoffMs(30) <= 10000);
}

void TestClientResilience::pagingInParallelKeepsOrder() {
    SandboxOptions options;
    options.scale = 4;
    options.latencyMs = 20;
    options.rateLimitPerMinute = 0;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    RoleQuery q;
    q.pageSize = 5;
    c->setListParallelism(1);
    const auto sequential = runJob(c->fetchAllRoles(q));
    c->setListParallelism(4);
    int inFlight = 0, maxInFlight = 0;
    connect(c->dispatcher(), &RequestDispatcher::requestStarted, this,
            [&] { maxInFlight = qMax(maxInFlight, ++inFlight); });
    connect(c->dispatcher(), &RequestDispatcher::requestFinished, this, [&] { --inFlight; });
    auto* job = c->fetchAllRoles(q);
    QSignalSpy progress(job, &ApiJob::progress);
    const auto parallel = runJob(job);
    QVERIFY(sequential && parallel);
    QCOMPARE(parallel->size(), 18 + 11 * 4); // defaults + seed.json customRoles × scale
    QCOMPARE(toJsonBytes(*parallel), toJsonBytes(*sequential));
    QCOMPARE(maxInFlight, 4);
    QCOMPARE(progress.count(), 13); // one per page: 62 roles in pages of 5
    QCOMPARE(progress.last().at(0).toLongLong(), 13);
    QCOMPARE(progress.last().at(1).toLongLong(), 13);
}

namespace {
QStringList* g_log = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message) {
    g_log->append(QString::fromLatin1(context.category) + u": "_s + message);
}

// Every roledesk.* category on, whatever QT_LOGGING_RULES says; others as before.
void enableRoleDesk(QLoggingCategory* category) {
    if (qstrncmp(category->categoryName(), "roledesk.", 9) == 0) {
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, true);
    } else if (g_previousFilter) {
        g_previousFilter(category);
    }
}

//! Every roledesk.* line ("category: message") from its making until stop() or its end.
//! QT_LOGGING_RULES (set for every test) outranks setFilterRules; a filter outranks both.
class LogCapture {
public:
    LogCapture() {
        g_log = &lines;
        g_previousFilter = QLoggingCategory::installFilter(enableRoleDesk);
        m_previous = qInstallMessageHandler(capture);
    }
    ~LogCapture() { stop(); }
    void stop() {
        if (g_log != &lines)
            return;
        qInstallMessageHandler(m_previous);
        QLoggingCategory::installFilter(g_previousFilter);
        g_log = nullptr;
    }
    QStringList lines;

private:
    QtMessageHandler m_previous = nullptr;
};
} // namespace

void TestClientResilience::everyRequestInFlightHasAConnection() {
    // Qt opens six HTTP/1.1 connections to a host per QNetworkAccessManager; a cap past six
    // must not leave the rest waiting inside Qt. The sandbox logs a request when it reads it
    // and holds every answer back 2 s: all of the cap must reach it before any answer does.
    SandboxOptions options;
    options.latencyMs = 2000;
    options.rateLimitPerMinute = 0;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QVERIFY(runJob(c->getProducts())); // logged in: what follows are the reads alone
    const int cap = c->dispatcher()->maxInFlight();
    QCOMPARE_GT(cap, RequestDispatcher::ConnectionsPerManager);

    LogCapture log;
    const auto arrived = [&log] {
        return std::count_if(log.lines.cbegin(), log.lines.cend(), [](const QString& line) {
            return line.startsWith(u"roledesk.sandbox: GET /api/v2/authorization/products"_s);
        });
    };
    QSignalSpy answered(c->dispatcher(), &RequestDispatcher::requestFinished);
    for (int i = 0; i < cap + 2; ++i)
        c->getProducts(); // each job deletes itself once it has finished
    // Until all have come, or 1.5 s (well before the first answer): the count tells which.
    [[maybe_unused]] const bool all = QTest::qWaitFor([&] { return arrived() >= cap; }, 1500);
    const auto beforeAnyAnswer = arrived();
    const auto answers = answered.count();
    log.stop();
    QCOMPARE(answers, 0);
    QCOMPARE(beforeAnyAnswer, cap); // all of the cap; the last two wait for an answer
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), cap + 2, 10000);
}

void TestClientResilience::logsNeverShowSecrets() {
    Sandbox sandbox;
    QVERIFY(sandbox.start());
    LogCapture capturing;
    const QStringList& log = capturing.lines;
    PlatformClient* c = client(sandbox);
    QSignalSpy loggedIn(c->dispatcher(), &RequestDispatcher::tokenRefreshed);
    QVERIFY(runJob(c->getRoles()));
    QVERIFY(runJob(c->getTrustees()));
    QVERIFY(!runJob(c->getRole(u"missing"_s)));
    capturing.stop();
    QCOMPARE(loggedIn.count(), 1);
    QVERIFY2(log.size() >= 4, qPrintable(log.join(u'\n')));
    const QString all = log.join(u'\n');
    QVERIFY(all.contains(u"/api/v2/authorization/roles"_s));
    QVERIFY(!all.contains(sandbox.homeOrganization().clientSecret));
    QVERIFY(!all.contains(u"Bearer"_s, Qt::CaseInsensitive));
    QVERIFY(all.contains(u"roledesk.sandbox"_s) || all.contains(u"GET /api/v2/users"_s)
            || all.contains(u"/oauth/token"_s));
    QVERIFY(!all.contains(u"Authorization:"_s, Qt::CaseInsensitive));
    QVERIFY(!all.contains(u"Basic "_s));
    QVERIFY(!all.contains(u"access_token"_s));
}

void TestClientResilience::deletingAClientCancelsItsRequests() {
    SandboxOptions options;
    options.latencyMs = 300;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    QVERIFY(runJob(c->getProducts())); // logged in; the next requests go straight out
    const int requests = c->dispatcher()->maxInFlight();
    for (int i = 0; i < requests; ++i)
        c->getRoles();
    QTRY_COMPARE(c->dispatcher()->inFlight(), requests);
    // Past six, the requests go through managers of the dispatcher's own: find them all.
    QList<QPointer<QNetworkReply>> replies;
    for (QNetworkReply* reply : m_network.findChildren<QNetworkReply*>())
        replies.append(reply);
    for (QNetworkReply* reply : c->dispatcher()->findChildren<QNetworkReply*>())
        replies.append(reply);
    QVERIFY(replies.size() >= requests);
    delete c; // e.g. the admin connects to another org while this one loads
    // Every reply of the deleted client is aborted and freed, not left to finish into nothing.
    QTRY_VERIFY(std::none_of(replies.cbegin(), replies.cend(),
                             [](const QPointer<QNetworkReply>& r) { return !r.isNull(); }));
}

void TestClientResilience::aLongRetryAfterFailsAtOnce() {
    SandboxOptions options;
    options.rateLimitPerMinute = 1; // the second request is told to come back in 60 s
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    PlatformClient* c = client(sandbox);
    RetryPolicy policy = fastPolicy();
    policy.maxRetryAfterMs = 30'000;
    c->dispatcher()->setRetryPolicy(policy);
    QVERIFY(runJob(c->getProducts()));
    QSignalSpy limited(c->dispatcher(), &RequestDispatcher::rateLimited);
    QElapsedTimer timer;
    timer.start();
    ApiStatus status;
    QVERIFY(!runJob(c->getProducts(), &status));
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(status.code, ApiStatus::Code::RateLimited);
    QCOMPARE(status.httpStatus, 429);
    QVERIFY2(status.message.contains(u"60 second"_s), qPrintable(status.message));
    QVERIFY2(status.message.contains(u"30 second"_s), qPrintable(status.message));
    QCOMPARE(limited.count(), 0); // the queue was never frozen for it
    QVERIFY(!c->dispatcher()->isPaused());
    QVERIFY(RequestDispatcher::waitText(600'000).startsWith(u"10 minute"_s));
    QVERIFY(RequestDispatcher::waitText(1'000'000'000'000).startsWith(u"11574 day"_s));
}

void TestClientResilience::readsOutlastHalfTheRequestsFailing() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"org.sqlite"_s);
    options.rateLimitPerMinute = 0;
    const Snapshot clean = cleanSnapshot(options);
    QVERIFY(!clean.roles.isEmpty());
    options.faultRate = 0.5;
    options.faultKinds = {u"503"_s, u"500"_s, u"drop"_s, u"truncate"_s, u"malformed"_s};
    // The default counts, with the schedule shortened: at 4 tries most of these failed.
    RetryPolicy policy;
    policy.backoffMs = [](int attempt) { return attempt; };
    policy.defaultPauseMs = 5;
    for (quint32 seed : {3u, 5u, 8u, 13u, 21u}) {
        options.randomSeed = seed;
        Sandbox flaky(options);
        QVERIFY(flaky.start());
        PlatformClient* c = client(flaky);
        c->dispatcher()->setRetryPolicy(policy);
        const Snapshot faulty = snapshot(c);
        QVERIFY2(faulty == clean, qPrintable(u"seed %1"_s.arg(seed)));
        delete c;
    }
}

void TestClientResilience::aDeleteAppliedBeforeItsAnswerWasLostIsDone() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"org.sqlite"_s);
    options.rateLimitPerMinute = 0;
    constexpr int kRoles = 24;
    QStringList ids;
    {
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        PlatformClient* c = client(sandbox);
        for (int i = 0; i < kRoles; ++i) {
            DomainOrganizationRole role;
            role.name = u"Doomed %1"_s.arg(i);
            const auto created = runJob(c->createRole(role));
            QVERIFY(created);
            ids.append(created->id.value());
        }
        delete c;
    }
    // The same organization behind a server that drops half its answers, before or after
    // applying the request.
    options.faultRate = 0.5;
    options.faultKinds = {u"drop"_s};
    options.randomSeed = 17;
    std::optional<Sandbox> flaky(std::in_place, options);
    QVERIFY(flaky->start());
    PlatformClient* c = client(*flaky);
    QSignalSpy finished(c->dispatcher(), &RequestDispatcher::requestFinished);
    int failures = 0;
    for (const QString& id : std::as_const(ids)) {
        const ApiStatus status = runVoidJob(c->deleteRole(id));
        if (!status.ok()) {
            ++failures;
            qWarning("%s", qPrintable(status.message));
        }
    }
    QCOMPARE(failures, 0);
    int lateNotFound = 0;
    for (const QList<QVariant>& f : std::as_const(finished))
        lateNotFound += f.at(0).toByteArray() == "DELETE" && f.at(2).toInt() == 404;
    QVERIFY2(lateNotFound > 0, "no delete was applied and then lost: pick another seed");
    delete c;
    flaky.reset();
    options.faultRate = 0;
    Sandbox steady(options);
    QVERIFY(steady.start());
    RoleQuery doomed;
    doomed.name = u"Doomed*"_s;
    const auto left = runJob(client(steady)->fetchAllRoles(doomed));
    QVERIFY(left);
    QCOMPARE(left->size(), 0);
}

void TestClientResilience::aRefusedPageSizeIsAskedAgainSmaller() {
    Sandbox roomy;
    QVERIFY(roomy.start());
    PlatformClient* c = client(roomy);
    RoleQuery big;
    big.pageSize = 100;
    const auto expectedRoles = runJob(c->fetchAllRoles(big));
    const auto expectedCatalog = runJob(c->fetchAllPermissions());
    const auto expectedTrustees = runJob(c->fetchAllTrustees());
    QVERIFY(expectedRoles && expectedCatalog && expectedTrustees);
    QVERIFY(expectedRoles->size() > 10);

    SandboxOptions options;
    options.maxPageSize = 10; // below both RoleDesk's 100 and the API's default of 25
    Sandbox strict(options);
    QVERIFY(strict.start());
    c = client(strict);
    auto* roles = c->fetchAllRoles(big);
    int usedPageSize = -1;
    connect(roles, &ApiJob::succeeded, this, [&] { usedPageSize = roles->pageSize(); });
    ApiStatus status;
    const auto gotRoles = runJob(roles, &status);
    QVERIFY2(gotRoles, qPrintable(status.message));
    QCOMPARE(usedPageSize, 10); // the limit the server named, not a guess
    QCOMPARE(toJsonBytes(*gotRoles), toJsonBytes(*expectedRoles));
    const auto gotCatalog = runJob(c->fetchAllPermissions(), &status); // the server's default
    QVERIFY2(gotCatalog, qPrintable(status.message));
    QCOMPARE(toJsonBytes(*gotCatalog), toJsonBytes(*expectedCatalog));
    const auto gotTrustees = runJob(c->fetchAllTrustees(), &status);
    QVERIFY2(gotTrustees, qPrintable(status.message));
    // Two sandboxes seed their trusts at their own moment: compare who, not when.
    const auto organizations = [](const QList<Trustee>& trustees) {
        QStringList ids;
        for (const Trustee& t : trustees)
            ids.append(t.id.value_or(QString()));
        return ids;
    };
    QCOMPARE(organizations(*gotTrustees), organizations(*expectedTrustees));
}

void TestClientResilience::smallerPageSizeReadsTheLimit_data() {
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expected"); // -1: not a page-size refusal
    QTest::newRow("sandbox") << 400 << u"pageSize must be at most 10, not 25."_s << 25 << 10;
    QTest::newRow("less than or equal")
        << 400 << u"Page size must be less than or equal to 100"_s << 500 << 100;
    QTest::newRow("no number: half") << 400 << u"Invalid pageSize"_s << 100 << 50;
    QTest::newRow("default asked") << 400 << u"Invalid page size"_s << 0 << 12;
    QTest::newRow("named limit above what was asked")
        << 400 << u"pageSize must be at most 500"_s << 100 << 50;
    QTest::newRow("one was refused") << 400 << u"pageSize must be at most 0"_s << 1 << -1;
    QTest::newRow("other 400") << 400 << u"name is required"_s << 100 << -1;
    QTest::newRow("not a 400") << 500 << u"pageSize broke the server"_s << 100 << -1;
}

void TestClientResilience::smallerPageSizeReadsTheLimit() {
    QFETCH(int, http);
    QFETCH(QString, message);
    QFETCH(int, asked);
    QFETCH(int, expected);
    ApiStatus status;
    status.code = ApiStatus::Code::HttpError;
    status.httpStatus = http;
    status.errorBody.message = message;
    QCOMPARE(smallerPageSize(status, asked).value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestClientResilience)
#include "tst_client_resilience.moc"
