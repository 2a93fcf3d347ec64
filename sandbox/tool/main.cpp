// roledesk-sandbox: a local Genesys Cloud authorization API for development, tests and benchmarks.

#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
bool number(const QCommandLineParser& parser, const QString& name, T min, T max, T* out) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < double(min) || value > double(max)) {
        QTextStream(stderr) << "roledesk-sandbox: --" << name << " must be a number from " << min
                            << " to " << max << ", not \"" << parser.value(name) << "\"\n";
        return false;
    }
    *out = T(value);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"roledesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local emulation of the Genesys Cloud authorization and organization-authorization"
        " APIs (POST /oauth/token and the /api/v2 operations RoleDesk uses), with a SQLite store,"
        " seeded organizations and knobs for latency, faults and rate limits."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"port"_s, u"TCP port on 127.0.0.1; 0 picks a free one (default 0)."_s, u"N"_s, u"0"_s},
        {u"data"_s, u"SQLite file that keeps the state across restarts (default: in memory)."_s,
         u"FILE"_s},
        {u"scale"_s, u"Multiply custom roles, users and trusts, for benchmarks (default 1)."_s,
         u"N"_s, u"1"_s},
        {u"latency-ms"_s, u"Delay every /api/v2 response by N milliseconds (default 0)."_s, u"N"_s,
         u"0"_s},
        {u"fault-rate"_s,
         u"Share of /api/v2 requests, 0 to 1, that fail with a 503, a 500, a dropped connection"
         " or a truncated body (default 0)."_s,
         u"F"_s, u"0"_s},
        {u"fault-kinds"_s,
         u"Comma-separated faults to mix: 503, 500, drop, truncate, malformed (200 with a body"
         " that is not JSON), html (502 with an HTML page), empty500 (default"
         " 503,500,drop,truncate)."_s,
         u"LIST"_s},
        {u"fault-methods"_s,
         u"Comma-separated methods the faults strike, e.g. PUT,DELETE (default: all)."_s,
         u"LIST"_s},
        {u"rate-limit"_s,
         u"Requests per minute per OAuth client (and as many logins) before 429 with"
         " Retry-After; 0 turns it off (default 300)."_s,
         u"N"_s, u"300"_s},
        {u"token-ttl"_s, u"Lifetime of an access token in seconds (default 86400)."_s, u"S"_s,
         u"86400"_s},
        {u"max-page-size"_s, u"Largest pageSize accepted; larger gets 400 (default 500)."_s, u"N"_s,
         u"500"_s},
        {u"max-body-bytes"_s,
         u"Largest request body accepted; larger gets 413 (default 1048576)."_s, u"N"_s,
         u"1048576"_s},
        {u"print-credentials"_s,
         u"After the listening line, print one line per organization, home org first:"
         " credentials: org=<id> name=\"<name>\" client_id=<id> client_secret=<secret>; then"
         " one line per organization's sign-in client: signin: org=<id> client_id=<id>"
         " redirect_uri=<uri>; then one per person to sign in as: person: org=<id>"
         " email=<email> password=<password> title=\"<title>\" name=\"<name>\"."_s},
        {u"user-password"_s,
         u"The password every person signs in with on the sign-in page (default: sandbox)."_s,
         u"password"_s},
    });
    parser.process(app);

    SandboxOptions options;
    const bool ok =
        number(parser, u"port"_s, quint16(0), quint16(65535), &options.port)
        && number(parser, u"scale"_s, 1, 1000, &options.scale)
        && number(parser, u"latency-ms"_s, 0, 600000, &options.latencyMs)
        && number(parser, u"fault-rate"_s, 0.0, 1.0, &options.faultRate)
        && number(parser, u"rate-limit"_s, 0, 1000000, &options.rateLimitPerMinute)
        && number(parser, u"token-ttl"_s, 1, 31536000, &options.tokenTtlSeconds)
        && number(parser, u"max-page-size"_s, 1, 100000, &options.maxPageSize)
        && number(parser, u"max-body-bytes"_s, qint64(1), qint64(1) << 32, &options.maxBodyBytes);
    if (!ok)
        return 2;
    options.dataFile = parser.value(u"data"_s);
    if (parser.isSet(u"user-password"_s))
        options.userPassword = parser.value(u"user-password"_s);
    if (parser.isSet(u"fault-kinds"_s))
        options.faultKinds = parser.value(u"fault-kinds"_s).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(u"fault-methods"_s))
        options.faultMethods =
            parser.value(u"fault-methods"_s).toUpper().split(u',', Qt::SkipEmptyParts);

    Sandbox sandbox(options);
    QString error;
    const quint16 port = sandbox.start(&error);
    if (!port) {
        QTextStream(stderr) << "roledesk-sandbox: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on http://127.0.0.1:" << port << Qt::endl;
    if (parser.isSet(u"print-credentials"_s)) {
        for (const SandboxOrganization& org : sandbox.organizations())
            out << "credentials: org=" << org.id << " name=\"" << org.name
                << "\" client_id=" << org.clientId << " client_secret=" << org.clientSecret
                << Qt::endl;
        // Own lines, so scripts that read the credentials lines keep working.
        for (const SandboxOrganization& org : sandbox.organizations())
            out << "signin: org=" << org.id << " client_id=" << org.signInClientId
                << " redirect_uri=" << Sandbox::registeredRedirect() << Qt::endl;
        for (const SandboxPerson& p : sandbox.people())
            out << "person: org=" << p.orgId << " email=" << p.email
                << " password=" << sandbox.userPassword() << " title=\"" << p.title << "\" name=\""
                << p.name << '"' << Qt::endl;
    }
    // Stop cleanly on SIGINT/SIGTERM so a --data file is closed properly.
    for (int sig : {SIGINT, SIGTERM})
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
