#include "http/SandboxServer.h"

#include "core/JsonStrings.h"
#include "core/SandboxLog.h"
#include "core/Seeder.h"
#include "http/ConnectionGuard.h"
#include "roles/RoleRoutes.h"
#include "trusts/TrustRoutes.h"
#include "users/UserRoutes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "roledesk.sandbox")

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray readResource(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_random(options.randomSeed ? options.randomSeed : QRandomGenerator::system()->generate()) {}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(QString* error) {
    if (!prepare(error))
        return 0;
    // Every connection is watched before QHttpServer reads it: oversize bodies, slow or idle
    // connections and too many of them are turned away (see ConnectionGuard).
    ConnectionLimits limits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.requestTimeoutMs = m_options.requestTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.maxConnections = m_options.maxConnections;
    auto* server = new GuardedTcpServer(limits, this, this);
    if (!server->listen(m_options.address, m_options.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SandboxServer::prepare(QString* error) {
    Q_INIT_RESOURCE(sandbox);
    QString problem;
    for (const QString& kind : m_options.faultKinds) {
        if (!faultNamed(kind)) {
            *error = u"unknown fault kind \"%1\" (use 503, 500, drop, truncate, malformed, html,"
                     " empty500)"_s.arg(kind);
            return false;
        }
    }
    const QByteArray permissions = readResource(u":/sandbox/permissions.txt"_s, &problem);
    const QByteArray defaults = readResource(u":/sandbox/default-roles.json"_s, &problem);
    const QByteArray seedText = readResource(u":/sandbox/seed.json"_s, &problem);
    if (problem.isEmpty())
        m_catalog = PermissionCatalog::fromLines(permissions, &problem);
    if (m_catalog)
        m_templates = DefaultRoleTemplates::fromJson(defaults, *m_catalog, &problem);
    if (!m_templates || !m_store.open(m_options.dataFile, &problem, m_options.busyTimeoutMs)) {
        *error = problem;
        return false;
    }
    const QJsonObject seed = QJsonDocument::fromJson(seedText).object();
    const QStringList products = jsonStrings(seed.value("products"_L1));
    m_context =
        std::make_unique<SandboxContext>(m_store, *m_catalog, *m_templates, m_options, products);
    if (!m_store.isSeeded()) {
        Seeder seeder(*m_context, seed);
        if (!seeder.run(qMax(1, m_options.scale), &problem)) {
            *error = u"seeding failed: "_s + problem;
            return false;
        }
    }
    if (!m_store.hasClientRoles()) {
        // A file from before OAuth clients had roles: each client becomes a full admin, as
        // they were in effect.
        m_store.begin();
        for (const StoredOrg& org : m_store.orgs())
            m_store.grantClientRole(org.clientId, m_store.roleIdByName(org.id, u"Master Admin"_s));
        m_store.commit();
    }
    QStringList personTitles;
    for (const QJsonValue& title : seed.value("people"_L1).toObject().value("titles"_L1).toObject())
        personTitles.append(title.toString());
    m_personTitles = personTitles;
    m_tokens = std::make_unique<TokenService>(m_store, m_options, personTitles);
    addRoleRoutes(m_router, *m_context);
    addUserRoutes(m_router, *m_context);
    addTrustRoutes(m_router, *m_context);
    return true;
}

QList<StoredOrg> SandboxServer::organizations() {
    return m_store.orgs();
}

QList<SandboxPerson> SandboxServer::people() {
    QList<SandboxPerson> out;
    for (const StoredOrg& org : m_store.orgs()) {
        if (!org.isHome)
            continue;
        for (const QString& title : std::as_const(m_personTitles))
            for (const StoredUser& u : m_store.users(org.id))
                if (u.title == title && u.state == "active"_L1) {
                    out.append({org.id, u.name, u.email, u.title});
                    break;
                }
    }
    return out;
}

std::optional<SandboxServer::Fault> SandboxServer::faultNamed(const QString& name) {
    static const QHash<QString, Fault> faults = {{u"503"_s, Fault::ServiceUnavailable},
                                                 {u"500"_s, Fault::InternalError},
                                                 {u"drop"_s, Fault::DropBefore},
                                                 {u"truncate"_s, Fault::Truncate},
                                                 {u"malformed"_s, Fault::Malformed},
                                                 {u"html"_s, Fault::HtmlPage},
                                                 {u"empty500"_s, Fault::EmptyInternalError}};
    const auto it = faults.constFind(name);
    return it == faults.cend() ? std::nullopt : std::optional<Fault>(*it);
}

SandboxServer::Fault SandboxServer::pickFault() {
    if (m_options.faultRate <= 0 || m_options.faultKinds.isEmpty()
        || m_random.generateDouble() >= m_options.faultRate)
        return Fault::None;
    const QString kind =
        m_options.faultKinds.at(m_random.bounded(int(m_options.faultKinds.size())));
    const Fault fault = faultNamed(kind).value_or(Fault::None);
    // A dropped connection comes before or after the change is applied, at random: the client
    // cannot tell which, and must not resend a POST either way.
    if (fault == Fault::DropBefore && m_random.bounded(2) == 1)
        return Fault::DropAfter;
    return fault;
}

std::optional<ApiResponse> SandboxServer::oversize(const ApiRequest& request) const {
    if (request.body.size() <= m_options.maxBodyBytes)
        return std::nullopt;
    ErrorBody e;
    e.status = 413;
    e.code = u"request.entity.too.large"_s;
    e.message = u"The request body is %1 bytes; the limit is %2 bytes."_s.arg(request.body.size())
                    .arg(m_options.maxBodyBytes);
    e.limit = ErrorLimit{u"request.bytes.max"_s, u"platform.api"_s, m_options.maxBodyBytes};
    return ApiResponse::error(e);
}

ApiResponse SandboxServer::process(ApiRequest& request, Fault& fault) {
    if (auto tooLarge = oversize(request))
        return *tooLarge;
    if (request.path == "/oauth/token"_L1)
        return m_tokens->issue(request);
    if (request.path == "/oauth/authorize"_L1)
        return m_tokens->authorize(request);
    if (!request.path.startsWith("/api/v2/"_L1))
        return ApiResponse::error(404, u"not.found"_s,
                                  u"No API operation matches %1."_s.arg(request.path));
    ApiResponse error;
    const auto caller = m_tokens->authenticate(request, &error);
    if (!caller)
        return error;
    request.orgId = caller->orgId;
    request.userId = caller->userId;
    request.callerPolicies = policiesOf(*caller);
    // Every answer to a request that counted says how much of the client's budget is left.
    ApiResponse response = processApi(request, fault);
    response.headers += m_tokens->budgetHeaders(caller->clientId);
    return response;
}

ApiResponse SandboxServer::processApi(ApiRequest& request, Fault& fault) {
    if (auto limited = m_tokens->throttle(request))
        return *limited;
    // Faults strike only authenticated API calls, after the rate limit, like a flaky gateway.
    if (m_options.faultMethods.isEmpty()
        || m_options.faultMethods.contains(QString::fromLatin1(request.method)))
        fault = pickFault();
    if (fault == Fault::ServiceUnavailable)
        return ApiResponse::error(503, u"service.unavailable"_s,
                                  u"The service is temporarily unavailable."_s);
    if (fault == Fault::InternalError)
        return ApiResponse::error(500, u"internal.server.error"_s,
                                  u"The server encountered an unexpected error."_s);
    if (fault == Fault::DropBefore)
        return {};
    if (fault == Fault::HtmlPage)
        return {502,
                "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
                "</body></html>",
                "text/html",
                {}};
    if (fault == Fault::EmptyInternalError)
        return {500, {}, "application/json", {}};
    ApiResponse response = dispatchInTransaction(request);
    if (fault == Fault::Malformed && !response.body.isEmpty())
        response.body = "{\"entities\": [" + response.body.left(response.body.size() / 3) + ",,}";
    return response;
}

QJsonArray SandboxServer::policiesOf(const Caller& caller) {
    // Read once per caller and kept until the store changes (a role edited, a role granted):
    // every request is judged by the roles as they are at that moment.
    const QString key = caller.orgId + u'/' + caller.clientId + u'/' + caller.userId;
    if (m_policyCacheStamp != m_store.writeCount()) {
        m_policyCache.clear();
        m_policyCacheStamp = m_store.writeCount();
    }
    if (const auto it = m_policyCache.constFind(key); it != m_policyCache.cend())
        return *it;
    // A person has the roles assigned to them; an OAuth client those it was given.
    const QStringList roleIds = caller.userId.isEmpty() ? m_store.clientRoleIds(caller.clientId)
                                                        : m_store.userRoleIds(caller.userId);
    QJsonArray policies;
    for (const QString& id : roleIds)
        if (const auto role = m_store.role(caller.orgId, id))
            for (const QJsonValue& p : role->doc.value("permissionPolicies"_L1).toArray())
                policies.append(p);
    m_policyCache.insert(key, policies);
    return policies;
}

ApiRequest SandboxServer::requestFrom(const QByteArray& method, const QUrl& url,
                                      const QList<QPair<QByteArray, QByteArray>>& headers,
                                      const QByteArray& body) {
    ApiRequest request;
    request.method = method;
    request.path = url.path(QUrl::FullyEncoded);
    // Form-style '+' means a space in query strings (the SDK sends name=Ad+min*).
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded).replace(u'+', u"%20"_s));
    request.headers = headers;
    request.body = body;
    return request;
}

ApiResponse SandboxServer::answerAs(const QString& orgId, ApiRequest& request) {
    request.orgId = orgId;
    if (auto tooLarge = oversize(request))
        return *tooLarge;
    return dispatchInTransaction(request);
}

ApiResponse SandboxServer::dispatchInTransaction(ApiRequest& request) {
    if (request.method == "GET")
        return m_router.dispatch(request);
    // A write is all or nothing: if the store could not carry out any part of it (another
    // process holds the database, the disk is full), nothing of it stays and the answer is a
    // 5xx ErrorBody, never a 200 for a change that was not kept.
    const int failuresBefore = m_store.storageFailures();
    m_store.begin();
    ApiResponse response = m_router.dispatch(request);
    const bool failed = m_store.storageFailures() != failuresBefore;
    if (failed || m_store.rollbackOnly()) {
        m_store.rollback();
    } else if (!m_store.commit()) {
        return storageFailure();
    }
    return failed ? storageFailure() : response;
}

ApiResponse SandboxServer::storageFailure() const {
    if (m_store.lastStorageFailureWasBusy())
        return ApiResponse::error(
            503, u"service.unavailable"_s,
            u"The change could not be stored, nothing was changed: the database is busy (%1)."
            " Try again."_s.arg(m_store.lastStorageError()));
    return ApiResponse::error(500, u"internal.server.error"_s,
                              u"The change could not be stored, nothing was changed: %1"_s.arg(
                                  m_store.lastStorageError()));
}

bool SandboxServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket) {
    QElapsedTimer timer;
    timer.start();
    if (ConnectionGuard* guard = ConnectionGuard::of(socket))
        guard->requestComplete();
    const QUrl url = httpRequest.url();
    ApiRequest request = requestFrom(methodName(httpRequest.method()), url, httpRequest.headers(),
                                     httpRequest.body());
    const bool closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

    Fault fault = Fault::None;
    const ApiResponse response = process(request, fault);
    const QString query = url.hasQuery() ? u"?"_s + url.query() : QString();
    qCInfo(lcSandbox).noquote() << QString::fromLatin1(request.method) << request.path + query
                                << (fault == Fault::DropBefore || fault == Fault::DropAfter
                                        ? u"dropped"_s
                                        : QString::number(response.status))
                                << u"%1 ms"_s.arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2);

    const bool delayed = m_options.latencyMs > 0 && request.path.startsWith("/api/v2/"_L1);
    if (!delayed) {
        deliver(socket, response, fault, closeAfter);
        return true;
    }
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(m_options.latencyMs, this, [this, guarded, response, fault, closeAfter] {
        if (guarded)
            deliver(guarded, response, fault, closeAfter);
    });
    return true;
}

void SandboxServer::deliver(QTcpSocket* socket, const ApiResponse& response, Fault fault,
                            bool closeAfter) {
    if (fault == Fault::DropBefore || fault == Fault::DropAfter) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    out += "ININ-Correlation-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    for (const auto& [key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    if (closeAfter || fault == Fault::Truncate)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (fault == Fault::Truncate && response.body.size() > 1) {
        // Promise the whole body, send half, hang up: the client sees a cut-off transfer.
        socket->write(out + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(out + response.body);
    if (ConnectionGuard* guard = ConnectionGuard::of(socket))
        guard->responded();
    if (closeAfter)
        socket->disconnectFromHost();
}

void SandboxServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket) {
    deliver(socket, ApiResponse::error(404, u"not.found"_s, u"Not found."_s), Fault::None, false);
}
