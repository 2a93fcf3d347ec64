// Transport-level behaviour of the sandbox over real HTTP: login, tokens, error bodies, limits,
// faults, concurrency and persistence.

#include "FileMode.h"
#include "Sandbox.h"
#include "SandboxHttp.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class TestSandboxProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginSucceedsWithClientCredentials();
    void loginFailures_data();
    void loginFailures();
    void apiRejectsBadTokens_data();
    void apiRejectsBadTokens();
    void expiredTokenGets401();
    void everyOperationNeedsAToken_data();
    void everyOperationNeedsAToken();
    void everyBodyOperationRejectsMalformedJson_data();
    void everyBodyOperationRejectsMalformedJson();
    void errorBodiesAreErrorBodies();
    void wrongMethodGets405();
    void malformedJsonGets400();
    void oversizeBodyGets413();
    void aLowMaxPageSizeIsAlsoTheDefault();
    void oversizeBodiesAreRefusedUnread();
    void slowAndIdleConnectionsAreClosed();
    void connectionsBeyondTheCapAreTurnedAway();
    void rateLimitAnswers429WithRetryAfter();
    void loginIsRateLimitedPerClient();
    void everyAnswerCarriesTheBudget();
    void faultsMixAllKinds();
    void singleFaultKinds_data();
    void singleFaultKinds();
    void unknownFaultKindIsRefused();
    void concurrentWritesAreNotLost();
    void stateSurvivesRestart();
    void aWriteTheStoreCannotKeepIs5xxAndChangesNothing();
    void anOlderFileGetsFoldedNameKeys();
    void bindsLoopbackOnly();

private:
    Sandbox* m_sandbox = nullptr;
    SandboxHttp* m_http = nullptr;
    QByteArray m_token;
};

void TestSandboxProtocol::initTestCase() {
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    options.maxBodyBytes = 4096;
    m_sandbox = new Sandbox(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error) != 0, qPrintable(error));
    m_http = new SandboxHttp(*m_sandbox);
    m_token = m_http->loginHome();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxProtocol::cleanupTestCase() {
    delete m_http;
    delete m_sandbox;
}

void TestSandboxProtocol::loginSucceedsWithClientCredentials() {
    QCOMPARE(m_sandbox->organizations().size(), 3);
    QVERIFY(m_sandbox->organizations().first().isHome);
    for (const SandboxOrganization& org : m_sandbox->organizations()) {
        const QByteArray token = m_http->login(org);
        QVERIFY2(token.size() >= 32, qPrintable(org.name));
        QCOMPARE(m_http->get(u"/api/v2/authorization/products"_s, token).status, 200);
    }
}

void TestSandboxProtocol::loginFailures_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const SandboxOrganization home = m_sandbox->homeOrganization();
    const QByteArray good =
        "Basic " + (home.clientId + u':' + home.clientSecret).toUtf8().toBase64();
    const QByteArray wrongSecret = "Basic " + (home.clientId + u":wrong"_s).toUtf8().toBase64();
    QTest::newRow("wrong secret") << wrongSecret << "grant_type=client_credentials"_ba << 401
                                  << u"invalid_client"_s;
    QTest::newRow("no basic auth")
        << QByteArray() << "grant_type=client_credentials"_ba << 401 << u"invalid_client"_s;
    QTest::newRow("other grant") << good << "grant_type=password"_ba << 400
                                 << u"unsupported_grant_type"_s;
}

void TestSandboxProtocol::loginFailures() {
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    QNetworkRequest request(m_sandbox->baseUrl().resolved(QUrl(u"/oauth/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    const HttpResult result = SandboxHttp::wait(m_http->network().post(request, body));
    QCOMPARE(result.status, status);
    QCOMPARE(result.object().value("error"_L1).toString(), error);
    QVERIFY(!result.object().contains("access_token"_L1));
}

void TestSandboxProtocol::apiRejectsBadTokens_data() {
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("path");
    QTest::newRow("missing") << QByteArray() << u"/api/v2/authorization/roles"_s;
    QTest::newRow("unknown") << "not-a-token"_ba << u"/api/v2/authorization/roles"_s;
    QTest::newRow("unknown, trust path") << "x"_ba << u"/api/v2/orgauthorization/trustees"_s;
    QTest::newRow("unknown, users") << "x"_ba << u"/api/v2/users"_s;
}

void TestSandboxProtocol::apiRejectsBadTokens() {
    QFETCH(QByteArray, token);
    QFETCH(QString, path);
    const HttpResult result = m_http->get(path, token);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), u"authentication.required"_s);
    QCOMPARE(result.object().value("status"_L1).toInt(), 401);
}

namespace {

struct Operation {
    const char* name;
    QByteArray method;
    QString path;
    bool hasBody;
};

// All 42 operations (A1-A17, O1-O23, S1, S2). {role}, {default}, {user}, {trustee}, {tuser},
// {trustor}, {ruser} are replaced by real ids of the seed, so only the body can be at fault.
QList<Operation> allOperations() {
    const QString r = u"/api/v2/authorization/roles"_s;
    const QString o = u"/api/v2/orgauthorization"_s;
    return {
        {"A1", "DELETE", r + u"/{role}"_s, false},
        {"A2", "DELETE", u"/api/v2/users/{user}/roles"_s, false},
        {"A3", "GET", u"/api/v2/authorization/permissions"_s, false},
        {"A4", "GET", u"/api/v2/authorization/products"_s, false},
        {"A5", "GET", r, false},
        {"A6", "GET", r + u"/{role}/comparedefault/{default}"_s, false},
        {"A7", "GET", r + u"/{role}"_s, false},
        {"A8", "GET", u"/api/v2/users/{user}/roles"_s, false},
        {"A9", "PATCH", r + u"/{role}"_s, true},
        {"A10", "POST", r, true},
        {"A11", "POST", r + u"/default"_s, false},
        {"A12", "POST", r + u"/{role}/comparedefault/{default}"_s, true},
        {"A13", "PUT", r + u"/default"_s, true},
        {"A14", "PUT", r + u"/{role}"_s, true},
        {"A15", "PUT", r + u"/{role}/users/add"_s, true},
        {"A16", "PUT", r + u"/{role}/users/remove"_s, true},
        {"A17", "PUT", u"/api/v2/users/{user}/roles"_s, true},
        {"O1", "DELETE", o + u"/trustees/{trustee}"_s, false},
        {"O2", "DELETE", o + u"/trustees/{trustee}/users/{tuser}"_s, false},
        {"O3", "DELETE", o + u"/trustees/{trustee}/users/{tuser}/roles"_s, false},
        {"O4", "DELETE", o + u"/trustors/{trustor}"_s, false},
        {"O5", "DELETE", o + u"/trustors/{trustor}/users/{ruser}"_s, false},
        {"O6", "GET", o + u"/pairings/some-pairing"_s, false},
        {"O7", "GET", o + u"/trustees/{trustee}"_s, false},
        {"O8", "GET", o + u"/trustees/{trustee}/users/{tuser}"_s, false},
        {"O9", "GET", o + u"/trustees/{trustee}/users/{tuser}/roles"_s, false},
        {"O10", "GET", o + u"/trustees/{trustee}/users"_s, false},
        {"O11", "GET", o + u"/trustees"_s, false},
        {"O12", "GET", o + u"/trustors/{trustor}"_s, false},
        {"O13", "GET", o + u"/trustors/{trustor}/users/{ruser}"_s, false},
        {"O14", "GET", o + u"/trustors/{trustor}/users"_s, false},
        {"O15", "GET", o + u"/trustors"_s, false},
        {"O16", "POST", o + u"/pairings"_s, true},
        {"O17", "POST", o + u"/trustees/{trustee}/users"_s, true},
        {"O18", "POST", o + u"/trustees"_s, true},
        {"O19", "POST", o + u"/trustees/audits"_s, true},
        {"O20", "POST", o + u"/trustor/audits"_s, true},
        {"O21", "PUT", o + u"/trustees/{trustee}"_s, true},
        {"O22", "PUT", o + u"/trustees/{trustee}/users/{tuser}/roles"_s, true},
        {"O23", "PUT", o + u"/trustors/{trustor}/users/{ruser}"_s, false},
        {"S1", "GET", u"/api/v2/users"_s, false},
        {"S2", "GET", r + u"/{role}/users"_s, false},
    };
}

} // namespace

void TestSandboxProtocol::everyOperationNeedsAToken_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const Operation& op : allOperations())
        QTest::newRow(op.name) << op.method << op.path;
    QCOMPARE(allOperations().size(), 42);
}

void TestSandboxProtocol::everyOperationNeedsAToken() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpResult result = m_http->call(method, path, QByteArray(), "{}");
    QCOMPARE(result.status, 401);
    QCOMPARE(result.code(), u"authentication.required"_s);
}

void TestSandboxProtocol::everyBodyOperationRejectsMalformedJson_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    // Real ids, looked up through the API itself.
    const QJsonObject supervisor =
        m_http->get(u"/api/v2/authorization/roles?name=Supervisor"_s, m_token)
            .object()
            .value("entities"_L1)
            .toArray()
            .first()
            .toObject();
    const QString user = m_http->get(u"/api/v2/users"_s, m_token).firstEntityId();
    const QJsonObject trustee = m_http->get(u"/api/v2/orgauthorization/trustees"_s, m_token)
                                    .object()
                                    .value("entities"_L1)
                                    .toArray()
                                    .first()
                                    .toObject();
    const QString tuser = m_http
                              ->get(u"/api/v2/orgauthorization/trustees/%1/users"_s.arg(
                                        trustee.value("id"_L1).toString()),
                                    m_token)
                              .firstEntityId();
    for (const Operation& op : allOperations()) {
        if (!op.hasBody)
            continue;
        QString path = op.path;
        path.replace(u"{role}"_s, supervisor.value("id"_L1).toString())
            .replace(u"{default}"_s, supervisor.value("defaultRoleId"_L1).toString())
            .replace(u"{user}"_s, user)
            .replace(u"{trustee}"_s, trustee.value("id"_L1).toString())
            .replace(u"{tuser}"_s, tuser);
        QVERIFY2(!path.contains(u'{'), qPrintable(path));
        QTest::newRow(op.name) << op.method << path;
    }
}

void TestSandboxProtocol::everyBodyOperationRejectsMalformedJson() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpResult result = m_http->call(method, path, m_token, R"({"name": "x", )");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), u"invalid.json"_s);
    QVERIFY(result.object().value("message"_L1).toString().contains(u"not valid JSON"_s));
}

void TestSandboxProtocol::expiredTokenGets401() {
    SandboxOptions options;
    options.tokenTtlSeconds = 1;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray token = http.loginHome();
    QCOMPARE(http.get(u"/api/v2/authorization/products"_s, token).status, 200);
    // The token lives one second; poll (not sleep) until the sandbox calls it expired.
    QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/v2/authorization/products"_s, token).status, 401,
                              5000);
    const HttpResult result = http.get(u"/api/v2/authorization/products"_s, token);
    QVERIFY2(result.object().value("message"_L1).toString().contains(u"expired"_s), result.body);
    QCOMPARE(http.get(u"/api/v2/authorization/products"_s, http.loginHome()).status, 200);
}

void TestSandboxProtocol::errorBodiesAreErrorBodies() {
    const HttpResult result = m_http->get(u"/api/v2/authorization/roles/no-such-role"_s, m_token);
    QCOMPARE(result.status, 404);
    const QJsonObject body = result.object();
    QCOMPARE(body.value("code"_L1).toString(), u"not.found"_s);
    QCOMPARE(body.value("status"_L1).toInt(), 404);
    QVERIFY(body.value("message"_L1).toString().contains(u"no-such-role"_s));
    QVERIFY(!body.value("contextId"_L1).toString().isEmpty());
    QVERIFY(body.value("details"_L1).isArray());
    QVERIFY(body.value("errors"_L1).isArray());
    QVERIFY(!result.header("ININ-Correlation-Id").isEmpty());
    QCOMPARE(m_http->get(u"/api/v2/nothing/here"_s, m_token).status, 404);
}

void TestSandboxProtocol::wrongMethodGets405() {
    const HttpResult result =
        m_http->call("PATCH", u"/api/v2/authorization/permissions"_s, m_token, "{}");
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), "GET"_ba);
    QCOMPARE(result.code(), u"method.not.allowed"_s);
}

void TestSandboxProtocol::malformedJsonGets400() {
    const HttpResult result =
        m_http->call("POST", u"/api/v2/authorization/roles"_s, m_token, R"({"name": "x",)");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), u"invalid.json"_s);
    const HttpResult array = m_http->call("POST", u"/api/v2/authorization/roles"_s, m_token, "[1]");
    QCOMPARE(array.status, 400);
    QVERIFY(array.object().value("message"_L1).toString().contains(u"JSON object"_s));
    const HttpResult empty = m_http->call("POST", u"/api/v2/authorization/roles"_s, m_token, "");
    QCOMPARE(empty.status, 400);
}

void TestSandboxProtocol::oversizeBodyGets413() {
    const QByteArray big = R"({"name":"big","description":")" + QByteArray(5000, 'x') + R"("})";
    const HttpResult result = m_http->call("POST", u"/api/v2/authorization/roles"_s, m_token, big);
    QCOMPARE(result.status, 413);
    QCOMPARE(result.code(), u"request.entity.too.large"_s);
    // Nothing was created.
    QCOMPARE(m_http->get(u"/api/v2/authorization/roles?name=big"_s, m_token)
                 .object()
                 .value("total"_L1)
                 .toInt(),
             0);
}

namespace {

// Raw HTTP on a socket: what a hostile or broken client sends, byte for byte.
QByteArray readUntilClosed(QTcpSocket& socket, int timeoutMs = 5000) {
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(100);
        all += socket.readAll();
    }
    return all + socket.readAll();
}

} // namespace

void TestSandboxProtocol::aLowMaxPageSizeIsAlsoTheDefault() {
    SandboxOptions options;
    options.maxPageSize = 10;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray token = http.loginHome();
    // No pageSize named: the default (25) would exceed the limit, so the limit is used.
    const HttpResult listing = http.get(u"/api/v2/authorization/roles"_s, token);
    QCOMPARE(listing.status, 200);
    QCOMPARE(listing.object().value("pageSize"_L1).toInt(), 10);
    QCOMPARE(listing.object().value("entities"_L1).toArray().size(), 10);
    const HttpResult refused = http.get(u"/api/v2/authorization/roles?pageSize=11"_s, token);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.object().value("message"_L1).toString().contains(u"at most 10"_s));
}

void TestSandboxProtocol::oversizeBodiesAreRefusedUnread() {
    // 200 MB announced, not one byte of it sent: the answer comes from the header alone.
    QTcpSocket announced;
    announced.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(announced.waitForConnected(5000));
    announced.write("POST /api/v2/authorization/roles HTTP/1.1\r\nHost: sandbox\r\n"
                    "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n");
    const QByteArray answer = readUntilClosed(announced);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("request.entity.too.large"));
    QVERIFY(answer.contains("209715200"));

    // Chunked, with no length up front: cut off once past the limit, not read to its end.
    QTcpSocket chunked;
    chunked.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(chunked.waitForConnected(5000));
    chunked.write("POST /api/v2/authorization/roles HTTP/1.1\r\nHost: sandbox\r\n"
                  "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk =
        QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
    QByteArray refused;
    for (int i = 0; i < 64 && chunked.state() == QAbstractSocket::ConnectedState; ++i) {
        chunked.write(chunk); // 4 MB in all, four times the limit
        chunked.waitForBytesWritten(1000);
        chunked.waitForReadyRead(20);
        refused += chunked.readAll();
    }
    refused += readUntilClosed(chunked);
    QVERIFY2(refused.startsWith("HTTP/1.1 413"), refused.left(200).constData());
}

void TestSandboxProtocol::slowAndIdleConnectionsAreClosed() {
    SandboxOptions options;
    options.requestTimeoutMs = 300;
    options.idleTimeoutMs = 500;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    // Half a request each, then silence: each is answered 408 and closed, none is kept.
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 50; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, sandbox.port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write("GET /api/v2/authorization/roles HTTP/1.1\r\nHost: sand");
        QVERIFY(socket->waitForBytesWritten(1000));
        slow.push_back(std::move(socket));
    }
    for (auto& socket : slow) {
        const QByteArray answer = readUntilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    }
    // A connection that never sends anything is closed once idle.
    QTcpSocket idle;
    idle.connectToHost(QHostAddress::LocalHost, sandbox.port());
    QVERIFY(idle.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    readUntilClosed(idle);
    QCOMPARE(idle.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    // Requests that arrive whole are unaffected, and so is a response held back longer than
    // the idle timeout (it is not idleness).
    SandboxHttp http(sandbox);
    QCOMPARE(http.get(u"/api/v2/authorization/products"_s, http.loginHome()).status, 200);
    options.latencyMs = 900;
    Sandbox held(options);
    QVERIFY(held.start());
    SandboxHttp slowHttp(held);
    QCOMPARE(slowHttp.get(u"/api/v2/authorization/products"_s, slowHttp.loginHome()).status, 200);
}

void TestSandboxProtocol::connectionsBeyondTheCapAreTurnedAway() {
    SandboxOptions options;
    options.maxConnections = 3;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 3; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, sandbox.port());
        QVERIFY(held.back()->waitForConnected(5000));
    }
    QTest::qWait(100); // the server has accepted all three
    QTcpSocket fourth;
    fourth.connectToHost(QHostAddress::LocalHost, sandbox.port());
    QVERIFY(fourth.waitForConnected(5000));
    const QByteArray answer = readUntilClosed(fourth);
    QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
    QVERIFY(answer.contains("connections open"));
    // Once one is closed there is room again.
    held.front()->disconnectFromHost();
    held.erase(held.begin());
    QTest::qWait(100);
    SandboxHttp http(sandbox);
    QCOMPARE(http.get(u"/api/v2/authorization/products"_s, http.loginHome()).status, 200);
}

void TestSandboxProtocol::rateLimitAnswers429WithRetryAfter() {
    SandboxOptions options;
    options.rateLimitPerMinute = 3;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray token = http.loginHome();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.get(u"/api/v2/authorization/products"_s, token).status, 200);
    const HttpResult limited = http.get(u"/api/v2/authorization/products"_s, token);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), u"too.many.requests.retry.after"_s);
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter >= 1 && retryAfter <= 20, limited.header("Retry-After"));
    QCOMPARE(
        limited.object().value("messageParams"_L1).toObject().value("retryAfter"_L1).toString(),
        QString::number(retryAfter));
    // The limit is per OAuth client: another org's client is not throttled, and a new token of
    // the same client is no new budget.
    QCOMPARE(http.get(u"/api/v2/authorization/products"_s, http.login(http.org(1))).status, 200);
    QCOMPARE(http.get(u"/api/v2/authorization/products"_s, http.loginHome()).status, 429);
}

void TestSandboxProtocol::everyAnswerCarriesTheBudget() {
    SandboxOptions options;
    options.rateLimitPerMinute = 3;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray token = http.loginHome();
    // Spent one by one, as the real service counts; the 429 says the same, and so do a 404
    // and another client's answers, each from its own bucket.
    for (int i = 1; i <= 4; ++i) {
        const HttpResult r = http.get(u"/api/v2/authorization/products"_s, token);
        QCOMPARE(r.status, i <= 3 ? 200 : 429);
        QCOMPARE(r.header("inin-ratelimit-allowed"), "3"_ba);
        QCOMPARE(r.header("inin-ratelimit-count").toInt(), qMin(i, 3));
        const int reset = r.header("inin-ratelimit-reset").toInt();
        QVERIFY2(reset >= 1 && reset <= 60, r.header("inin-ratelimit-reset"));
    }
    const QByteArray other = http.login(http.org(1));
    const HttpResult missing = http.get(u"/api/v2/authorization/roles/nope"_s, other);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("inin-ratelimit-count"), "1"_ba);
    // No limit, no budget to report.
    SandboxOptions unlimited;
    unlimited.rateLimitPerMinute = 0;
    Sandbox free(unlimited);
    QVERIFY(free.start());
    SandboxHttp freeHttp(free);
    const HttpResult r = freeHttp.get(u"/api/v2/authorization/products"_s, freeHttp.loginHome());
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("inin-ratelimit-allowed").isEmpty());
}

void TestSandboxProtocol::loginIsRateLimitedPerClient() {
    SandboxOptions options;
    options.rateLimitPerMinute = 3;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!http.loginHome().isEmpty());
    const HttpResult limited = http.token(sandbox.homeOrganization().clientId, u"wrong"_s);
    QCOMPARE(limited.status, 429); // guessing the secret is throttled before it is checked
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QVERIFY(!http.login(http.org(1)).isEmpty());
    // Made-up client ids share one budget: they neither escape the limit nor grow a table.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.token(u"nobody-%1"_s.arg(i), u"x"_s).status, 401);
    QCOMPARE(http.token(u"nobody-4"_s, u"x"_s).status, 429);
}

void TestSandboxProtocol::faultsMixAllKinds() {
    SandboxOptions options;
    options.faultRate = 1.0;
    options.randomSeed = 42;
    options.rateLimitPerMinute = 0;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray token = http.loginHome(); // login is never faulted
    QVERIFY(!token.isEmpty());
    int unavailable = 0, internal = 0, dropped = 0, truncated = 0, ok = 0;
    for (int i = 0; i < 60; ++i) {
        QNetworkReply* reply =
            http.send("GET", u"/api/v2/authorization/roles?pageSize=100"_s, token);
        const HttpResult r = SandboxHttp::wait(reply);
        if (r.status == 503)
            ++unavailable;
        else if (r.status == 500)
            ++internal;
        else if (r.status == 200 && r.error != QNetworkReply::NoError)
            ++truncated;
        else if (r.status == 0)
            ++dropped;
        else if (r.status == 200)
            ++ok;
    }
    QVERIFY2(unavailable > 0 && internal > 0 && dropped > 0 && truncated > 0,
             qPrintable(u"503=%1 500=%2 dropped=%3 truncated=%4 ok=%5"_s.arg(unavailable)
                            .arg(internal)
                            .arg(dropped)
                            .arg(truncated)
                            .arg(ok)));
    QCOMPARE(ok, 0);
}

void TestSandboxProtocol::singleFaultKinds_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("jsonBody");
    QTest::newRow("malformed") << u"malformed"_s << 200 << "application/json"_ba << false;
    QTest::newRow("html") << u"html"_s << 502 << "text/html"_ba << false;
    QTest::newRow("empty500") << u"empty500"_s << 500 << "application/json"_ba << false;
    QTest::newRow("503") << u"503"_s << 503 << "application/json"_ba << true;
}

void TestSandboxProtocol::singleFaultKinds() {
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, jsonBody);
    SandboxOptions options;
    options.faultRate = 1.0;
    options.faultKinds = {kind};
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const HttpResult r = http.get(u"/api/v2/authorization/roles"_s, http.loginHome());
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), contentType);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error == QJsonParseError::NoError, jsonBody);
}

void TestSandboxProtocol::unknownFaultKindIsRefused() {
    SandboxOptions options;
    options.faultKinds = {u"gremlins"_s};
    Sandbox sandbox(options);
    QString error;
    QCOMPARE(sandbox.start(&error), quint16(0));
    QVERIFY2(error.contains(u"gremlins"_s), qPrintable(error));
}

void TestSandboxProtocol::concurrentWritesAreNotLost() {
    // 200 requests in flight at once: 100 role creations and 100 membership changes.
    const QString roleId =
        m_http->get(u"/api/v2/authorization/roles?name=Tier%201%20Agent"_s, m_token)
            .firstEntityId();
    const QJsonArray users = m_http->get(u"/api/v2/users?pageSize=100&state=any"_s, m_token)
                                 .object()
                                 .value("entities"_L1)
                                 .toArray();
    QVERIFY(users.size() >= 40);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 100; ++i)
        replies.append(m_http->send(
            "POST", u"/api/v2/authorization/roles"_s, m_token,
            QJsonDocument(QJsonObject{{u"name"_s, u"Concurrent %1"_s.arg(i)}}).toJson()));
    for (int i = 0; i < 100; ++i) {
        const QString userId = users[i % users.size()].toObject().value("id"_L1).toString();
        replies.append(m_http->send("PUT",
                                    u"/api/v2/authorization/roles/%1/users/add"_s.arg(roleId),
                                    m_token, QJsonDocument(QJsonArray{userId}).toJson()));
    }
    for (QNetworkReply* reply : replies)
        QCOMPARE(SandboxHttp::wait(reply).status, 200);
    QCOMPARE(m_http->get(u"/api/v2/authorization/roles?name=Concurrent*&pageSize=1"_s, m_token)
                 .object()
                 .value("total"_L1)
                 .toInt(),
             100);
    QCOMPARE(m_http->get(u"/api/v2/authorization/roles/%1"_s.arg(roleId), m_token)
                 .object()
                 .value("userCount"_L1)
                 .toInt(),
             int(users.size()));
}

void TestSandboxProtocol::stateSurvivesRestart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    // In a folder that does not exist yet: both are created owner-only, as the file holds every
    // organization's client secret.
    options.dataFile = dir.filePath(u"sandbox/state.sqlite"_s);
    QString roleId;
    QString clientSecret;
    {
        ScopedUmask usual(022);
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        QCOMPARE(fileMode(options.dataFile), 0600);
        QCOMPARE(fileMode(dir.filePath(u"sandbox"_s)), 0700);
        SandboxHttp http(sandbox);
        const QByteArray token = http.loginHome();
        const HttpResult created =
            http.callJson("POST", u"/api/v2/authorization/roles"_s, token,
                          QJsonObject{{u"name"_s, u"Survivor"_s},
                                      {u"permissions"_s, QJsonArray{u"directory:user:view"_s}}});
        QCOMPARE(created.status, 200);
        roleId = created.object().value("id"_L1).toString();
        clientSecret = sandbox.homeOrganization().clientSecret;
    }
    // One made readable by others (by an older version, or by hand) is made private again.
    QVERIFY(QFile::setPermissions(options.dataFile, QFile::ReadOwner | QFile::WriteOwner
                                                        | QFile::ReadGroup | QFile::ReadOther));
    Sandbox again(options);
    QVERIFY(again.start());
    QCOMPARE(fileMode(options.dataFile), 0600);
    for (const char* suffix : {"-wal", "-shm"})
        QVERIFY(fileMode(options.dataFile + QLatin1String(suffix)) <= 0600);
    QCOMPARE(again.homeOrganization().clientSecret, clientSecret);
    SandboxHttp http(again);
    const QJsonObject role =
        http.get(u"/api/v2/authorization/roles/"_s + roleId, http.loginHome()).object();
    QCOMPARE(role.value("name"_L1).toString(), u"Survivor"_s);
    QCOMPARE(role.value("permissions"_L1).toArray(), QJsonArray{u"directory:user:view"_s});
}

void TestSandboxProtocol::aWriteTheStoreCannotKeepIs5xxAndChangesNothing() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"state.sqlite"_s);
    options.busyTimeoutMs = 100;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const QByteArray token = http.loginHome();
    const QJsonObject role{{u"name"_s, u"Blocked"_s},
                           {u"permissions"_s, QJsonArray{u"directory:user:view"_s}}};
    {
        // A second process (here: a second connection) holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-process"_s);
        other.setDatabaseName(options.dataFile);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
        const HttpResult created =
            http.callJson("POST", u"/api/v2/authorization/roles"_s, token, role);
        QCOMPARE(created.status, 503);
        QCOMPARE(created.code(), u"service.unavailable"_s);
        QVERIFY2(created.object().value("message"_L1).toString().contains(u"nothing was changed"_s),
                 created.body.constData());
        // A write of several statements (all roles of a user) is undone as a whole.
        const QString userId = http.get(u"/api/v2/users?pageSize=1"_s, token)
                                   .object()
                                   .value("entities"_L1)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("id"_L1)
                                   .toString();
        const QJsonObject rolesBefore =
            http.get(u"/api/v2/users/%1/roles"_s.arg(userId), token).object();
        QVERIFY(!rolesBefore.value("roles"_L1).toArray().isEmpty());
        QCOMPARE(http.call("PUT", u"/api/v2/users/%1/roles"_s.arg(userId), token, "[]").status,
                 503);
        QCOMPARE(http.get(u"/api/v2/users/%1/roles"_s.arg(userId), token).object(), rolesBefore);
        lock.exec(u"ROLLBACK"_s);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-process"_s);
    QCOMPARE(http.get(u"/api/v2/authorization/roles?name=Blocked"_s, token)
                 .object()
                 .value("total"_L1)
                 .toInt(),
             0);
    // Once the lock is gone the same request goes through.
    QCOMPARE(http.callJson("POST", u"/api/v2/authorization/roles"_s, token, role).status, 200);
}

void TestSandboxProtocol::anOlderFileGetsFoldedNameKeys() {
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataFile = dir.filePath(u"old.sqlite"_s);
    {
        Sandbox sandbox(options);
        QVERIFY(sandbox.start());
        SandboxHttp http(sandbox);
        QCOMPARE(http.call("POST", u"/api/v2/authorization/roles"_s, http.loginHome(),
                           R"({"name":"Émile"})"_ba)
                     .status,
                 200);
    }
    {
        // As a file from before names were folded in full: no name_key column.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(options.dataFile);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"DROP INDEX roles_name_key"_s), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"ALTER TABLE roles DROP COLUMN name_key"_s),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    Sandbox sandbox(options);
    QVERIFY(sandbox.start());
    SandboxHttp http(sandbox);
    const HttpResult twin = http.call("POST", u"/api/v2/authorization/roles"_s, http.loginHome(),
                                      R"({"name":"émile"})"_ba);
    QCOMPARE(twin.status, 400);
    QCOMPARE(twin.code(), u"role.name.exists"_s);
}

void TestSandboxProtocol::bindsLoopbackOnly() {
    QCOMPARE(m_sandbox->baseUrl().host(), u"127.0.0.1"_s);
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
