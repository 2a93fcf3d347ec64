// libFuzzer target over the sandbox's request decoding: the method, path and query, and body of
// a request, as they arrive, answered by the routes of every operation for the home organization
// (the in-memory seed). Whatever arrives is answered: a 2xx with JSON, or an ErrorBody whose
// status is the HTTP status, never a crash or a hang.
//
// Input: byte 0 picks the method, then the path and query up to the first newline, then the body.

#include "http/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct World {
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<SandboxServer> server;
    QString homeOrg;
};

// A fresh organization (the in-memory seed) every so many runs: what earlier inputs created
// would otherwise pile up, and every run would get slower than the last.
constexpr int kRunsPerOrganization = 500;

void seed(World& w) {
    w.server.reset();
    SandboxOptions options;
    options.rateLimitPerMinute = 0;
    w.server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!w.server->prepare(&error))
        std::abort();
    for (const StoredOrg& org : w.server->organizations())
        if (org.isHome)
            w.homeOrg = org.id;
}

World& world() {
    // Never destroyed: at exit Qt's globals go first, and a server torn down after them crashes.
    static World* w = [] {
        static int argc = 1;
        static char name[] = "fuzz_sandbox";
        static char* argv[] = {name, nullptr};
        auto* out = new World;
        out->app = std::make_unique<QCoreApplication>(argc, argv);
        return out;
    }();
    static int runs = 0;
    if (runs++ % kRunsPerOrganization == 0)
        seed(*w);
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const QByteArray methods[] = {"GET", "POST", "PUT", "PATCH", "DELETE"};
    if (size < 1)
        return 0;
    World& w = world();
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray target = newline < 0 ? rest : rest.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    // As QHttpServer hands it over: a URL parsed from the request line's target.
    const QUrl url(u"http://127.0.0.1"_s + QString::fromLatin1(target.startsWith('/') ? "" : "/")
                   + QString::fromUtf8(target));
    ApiRequest request = SandboxServer::requestFrom(methods[data[0] % 5], url, {}, body);
    const ApiResponse response = w.server->answerAs(w.homeOrg, request);
    if (response.status < 200 || response.status > 599)
        std::abort();
    if (response.status >= 400) {
        const QJsonObject error = QJsonDocument::fromJson(response.body).object();
        if (error.value("status"_L1).toInt() != response.status
            || error.value("message"_L1).toString().isEmpty())
            std::abort(); // every failure is an ErrorBody that says what is wrong
    } else if (response.status != 204 && !response.body.isEmpty()
               && QJsonDocument::fromJson(response.body).isNull()) {
        std::abort(); // every success is JSON
    }
    return 0;
}
