// Fetching every role (with policies) and the whole permission catalog through PlatformClient,
// with list parallelism 1 and the default, against roledesk-sandbox --scale 20 --latency-ms 50.
// Prints one JSON object. Usage: bench_client [path/to/roledesk-sandbox] [repetitions]

#include "client/PlatformClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void die(const QString& message) {
    QTextStream(stderr) << "bench_client: " << message << '\n';
    std::exit(1);
}

template <typename Job>
qint64 timeJob(Job* job, qint64* items) {
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    QObject::connect(job, &ApiJob::succeeded, [job, items] { *items = job->result().size(); });
    QObject::connect(job, &ApiJob::failed, [](const ApiStatus& s) { die(s.message); });
    QObject::connect(job, &ApiJob::finished, [&done] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return timer.elapsed();
}

double median(std::vector<qint64> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? double(v[v.size() / 2]) : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString sandboxPath = app.arguments().value(1, QStringLiteral(ROLEDESK_SANDBOX_EXE));
    const int repetitions = app.arguments().value(2, u"5"_s).toInt();
    constexpr int kLatencyMs = 50;

    QProcess sandbox;
    sandbox.start(sandboxPath, {u"--print-credentials"_s, u"--rate-limit"_s, u"0"_s, u"--scale"_s,
                                u"20"_s, u"--latency-ms"_s, QString::number(kLatencyMs)});
    QString port, clientId, secret;
    while (clientId.isEmpty()) {
        if (!sandbox.canReadLine() && !sandbox.waitForReadyRead(60000))
            die(u"the sandbox did not start: "_s
                + QString::fromUtf8(sandbox.readAllStandardError()));
        while (sandbox.canReadLine()) {
            const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
            const auto l =
                QRegularExpression(u"^listening on http://127.0.0.1:(\\d+)$"_s).match(line);
            if (l.hasMatch())
                port = l.captured(1);
            const auto c =
                QRegularExpression(u"client_id=(\\S+) client_secret=(\\S+)$"_s).match(line);
            if (c.hasMatch() && clientId.isEmpty()) {
                clientId = c.captured(1);
                secret = c.captured(2);
            }
        }
    }
    sandbox.setStandardErrorFile(QProcess::nullDevice());

    QNetworkAccessManager network;
    PlatformClient client(&network);
    client.setBaseUrl(QUrl(u"http://127.0.0.1:"_s + port));
    client.setCredentials(clientId, secret);
    qint64 items = 0;
    timeJob(client.fetchAllUsers(), &items); // log in once, outside the measurements

    QJsonObject runs;
    std::vector<qint64> totals[2];
    qint64 roles = 0, domains = 0;
    int rolePages = 0, catalogPages = 0;
    for (int parallelism : {1, 4}) {
        client.setListParallelism(parallelism);
        std::vector<qint64> roleTimes, catalogTimes, totalTimes;
        for (int i = 0; i < repetitions; ++i) {
            const qint64 r = timeJob(client.fetchAllRoles(), &roles);
            const qint64 c = timeJob(client.fetchAllPermissions(), &domains);
            roleTimes.push_back(r);
            catalogTimes.push_back(c);
            totalTimes.push_back(r + c);
        }
        totals[parallelism == 1 ? 0 : 1] = totalTimes;
        runs.insert(u"parallelism%1"_s.arg(parallelism),
                    QJsonObject{{u"rolesMedianMs"_s, median(roleTimes)},
                                {u"catalogMedianMs"_s, median(catalogTimes)},
                                {u"totalMedianMs"_s, median(totalTimes)}});
    }
    rolePages = int((roles + 24) / 25);
    catalogPages = int((domains + 24) / 25);
    auto roundTrips = [](int pages, int parallelism) {
        return 1 + (pages - 1 + parallelism - 1) / parallelism;
    };
    const double ratio = median(totals[0]) / median(totals[1]);
    QJsonObject result{
        {u"benchmark"_s, u"client"_s},
        {u"sandbox"_s, u"--scale 20 --latency-ms %1"_s.arg(kLatencyMs)},
        {u"repetitions"_s, repetitions},
        {u"roles"_s, roles},
        {u"rolePages"_s, rolePages},
        {u"catalogDomains"_s, domains},
        {u"catalogPages"_s, catalogPages},
        {u"runs"_s, runs},
        {u"speedup"_s, ratio},
        {u"idealRoundTripsParallelism1"_s, rolePages + catalogPages},
        {u"idealRoundTripsParallelism4"_s, roundTrips(rolePages, 4) + roundTrips(catalogPages, 4)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
