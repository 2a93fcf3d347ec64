// Sandbox throughput and latency, against the roledesk-sandbox executable on loopback.
// Prints one JSON object on stdout. Usage: bench_sandbox [path/to/roledesk-sandbox] [seconds]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QByteArray waitFor(QNetworkReply* reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

[[noreturn]] void die(const QString& message) {
    QTextStream(stderr) << "bench_sandbox: " << message << '\n';
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString sandboxPath = app.arguments().value(1, QStringLiteral(ROLEDESK_SANDBOX_EXE));
    const int seconds = app.arguments().value(2, u"5"_s).toInt();
    const QString scale = app.arguments().value(3, u"1"_s);

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    sandbox.start(sandboxPath,
                  {u"--print-credentials"_s, u"--rate-limit"_s, u"0"_s, u"--scale"_s, scale});
    QString port, clientId, secret;
    QElapsedTimer startup;
    startup.start();
    while ((port.isEmpty() || clientId.isEmpty()) && startup.elapsed() < 20000) {
        if (!sandbox.canReadLine() && !sandbox.waitForReadyRead(20000))
            die(u"the sandbox printed nothing: "_s
                + QString::fromUtf8(sandbox.readAllStandardError()));
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            const auto listening =
                QRegularExpression(u"^listening on http://127.0.0.1:(\\d+)$"_s).match(line);
            if (listening.hasMatch())
                port = listening.captured(1);
            const auto creds =
                QRegularExpression(u"^credentials: .* client_id=(\\S+) client_secret=(\\S+)$"_s)
                    .match(line);
            if (creds.hasMatch() && clientId.isEmpty()) {
                clientId = creds.captured(1);
                secret = creds.captured(2);
            }
        }
    }
    const QUrl base(u"http://127.0.0.1:"_s + port);
    QNetworkAccessManager network;
    QNetworkRequest login(base.resolved(QUrl(u"/oauth/token"_s)));
    login.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    login.setRawHeader("Authorization", "Basic " + (clientId + u':' + secret).toUtf8().toBase64());
    const QByteArray token =
        QJsonDocument::fromJson(waitFor(network.post(login, "grant_type=client_credentials"_ba)))
            .object()
            .value("access_token"_L1)
            .toString()
            .toLatin1();
    if (token.isEmpty())
        die(u"login failed"_s);
    auto request = [&](const QString& path) {
        QNetworkRequest r(base.resolved(QUrl(path)));
        r.setRawHeader("Authorization", "Bearer " + token);
        r.setRawHeader("Accept", "application/json");
        return r;
    };

    // 1. GET /roles?pageSize=100: median of 20 sequential requests after 3 warm-ups.
    QStringList roleIds;
    for (int i = 0; i < 3; ++i) {
        const QJsonArray roles =
            QJsonDocument::fromJson(
                waitFor(network.get(request(u"/api/v2/authorization/roles?pageSize=100"_s))))
                .object()
                .value("entities"_L1)
                .toArray();
        roleIds.clear();
        for (const QJsonValue& r : roles)
            roleIds.append(r.toObject().value("id"_L1).toString());
    }
    // Every page of the listing in turn: a later page must not cost more than the first.
    const int pageCount =
        QJsonDocument::fromJson(
            waitFor(network.get(request(u"/api/v2/authorization/roles?pageSize=100"_s))))
            .object()
            .value("pageCount"_L1)
            .toInt(1);
    std::vector<double> times;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        waitFor(network.get(request(u"/api/v2/authorization/roles?pageSize=100&pageNumber=%1"_s.arg(
            2 + i % qMax(1, pageCount - 1)))));
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double median = (times[9] + times[10]) / 2;

    // 2. GET /roles/{id}: 8 clients, each with one request in flight, for `seconds`.
    constexpr int kClients = 8;
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    qint64 done = 0, errors = 0;
    QElapsedTimer clock;
    bool running = true;
    int active = kClients;
    std::function<void(int, int)> fireLoop = [&](int client, int n) {
        QNetworkReply* reply = clients[client]->get(
            request(u"/api/v2/authorization/roles/"_s + roleIds[n % roleIds.size()]));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, client, n] {
            reply->deleteLater();
            (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? done
                                                                                       : errors)++;
            if (clock.elapsed() < seconds * 1000)
                fireLoop(client, n + kClients);
            else if (--active == 0)
                running = false;
        });
    };
    for (int c = 0; c < kClients; ++c)
        clients.push_back(std::make_unique<QNetworkAccessManager>());
    clock.start();
    for (int c = 0; c < kClients; ++c)
        fireLoop(c, c);
    while (running)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double elapsed = clock.nsecsElapsed() / 1e9;

    // 3. POST /oauth/token 40,000 times (8 at once): the time per 5,000 must not grow with the
    // number of tokens already issued.
    constexpr int kTokens = 40000, kBatch = 5000, kAtOnce = 8;
    QJsonArray batchMs;
    qint64 tokenErrors = 0;
    for (int batch = 0; batch < kTokens / kBatch; ++batch) {
        QElapsedTimer t;
        t.start();
        int started = 0, finished = 0;
        std::function<void()> next = [&] {
            if (started == kBatch)
                return;
            ++started;
            QNetworkReply* reply = network.post(login, "grant_type=client_credentials"_ba);
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                reply->deleteLater();
                tokenErrors +=
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200;
                ++finished;
                next();
            });
        };
        for (int i = 0; i < kAtOnce; ++i)
            next();
        while (finished < kBatch)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        batchMs.append(t.nsecsElapsed() / 1e6);
    }

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    const QJsonObject result{
        {u"benchmark"_s, u"sandbox"_s},
        {u"scale"_s, scale.toInt()},
        {u"rolesPageSize100"_s, QJsonObject{{u"samples"_s, 20},
                                            {u"medianMs"_s, median},
                                            {u"minMs"_s, times.front()},
                                            {u"maxMs"_s, times.back()},
                                            {u"roles"_s, roleIds.size()},
                                            {u"pagesOfTheList"_s, pageCount}}},
        {u"roleByIdConcurrent"_s, QJsonObject{{u"clients"_s, kClients},
                                              {u"seconds"_s, elapsed},
                                              {u"requests"_s, done},
                                              {u"errors"_s, errors},
                                              {u"requestsPerSecond"_s, done / elapsed}}},
        {u"tokens"_s, QJsonObject{{u"issued"_s, kTokens},
                                  {u"msPerBatchOf5000"_s, batchMs},
                                  {u"errors"_s, tokenErrors}}}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return errors == 0 && tokenErrors == 0 ? 0 : 1;
}
