#include "client/RequestDispatcher.h"

#include "client/ApiLog.h"
#include "client/OneShotBody.h"
#include "client/OperationText.h"
#include "wire/ErrorBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QtMath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "roledesk.api")

namespace {

QByteArray correlationId(QNetworkReply* reply) {
    return reply->rawHeader("ININ-Correlation-Id");
}

bool neverReachedServer(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::ConnectionRefusedError
           || error == QNetworkReply::HostNotFoundError;
}

bool isTlsError(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::SslHandshakeFailedError;
}

// Error bodies are read defensively: they may be HTML from a gateway, or empty.
ErrorBody errorBodyFrom(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? ErrorBody::fromJson(doc.object()) : ErrorBody();
}

// Whole seconds of Retry-After beyond this are read as this (about 31 years): "forever" must
// neither overflow into a negative wait nor be mistaken for a short one.
constexpr qint64 kMaxRetryAfterSeconds = 1'000'000'000;

bool isRead(const RequestJob::Request& r) {
    return r.method == "GET";
}

QString sample(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(160)).simplified();
    return body.size() > 160 ? text + u"…"_s : text;
}

} // namespace

RequestDispatcher::RequestDispatcher(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {
    m_managers.append(network);
    m_monotonic.start();
    // For measuring the cap (tests/bench/bench_snapshot.py --in-flight N); not a setting.
    if (const int cap = qEnvironmentVariableIntValue("ROLEDESK_MAX_IN_FLIGHT"); cap > 0)
        m_maxInFlight = cap;
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &RequestDispatcher::pump);
    m_pauseTimer.setSingleShot(true);
    connect(&m_pauseTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcApi) << "rate-limit pause over; resuming" << m_queue.size() << "queued";
        Q_EMIT resumed();
        pump();
    });
}

RequestDispatcher::~RequestDispatcher() {
    if (m_tokenReply)
        m_tokenReply->abort();
}

void RequestDispatcher::setEndpoints(const QUrl& apiBase, const QUrl& loginBase) {
    m_apiBase = apiBase;
    m_loginBase = loginBase;
    invalidateToken();
}

void RequestDispatcher::setCredentials(const QString& clientId, const QString& clientSecret) {
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    invalidateToken();
}

void RequestDispatcher::useSignIn() {
    m_signIn = true;
    m_clientSecret.clear();
    invalidateToken();
}

void RequestDispatcher::setAccessToken(const QByteArray& token, qint64 expiresInSeconds) {
    m_token = token;
    m_tokenLifetimeSecs = qMax<qint64>(1, expiresInSeconds);
    m_tokenExpiry = now().addSecs(m_tokenLifetimeSecs);
    m_awaitingSignIn = false;
    m_hadToken = true;
    Q_EMIT tokenRefreshed();
    pump();
}

void RequestDispatcher::signOut() {
    invalidateToken();
    m_hadToken = false;
    m_awaitingSignIn = false;
    failWaiting({ApiStatus::Code::AuthenticationFailed,
                 0,
                 tr("Signed out: sign in again to continue."),
                 {},
                 {}});
}

void RequestDispatcher::invalidateToken() {
    m_token.clear();
    m_tokenExpiry = {};
}

bool RequestDispatcher::tokenUsable() const {
    // Renew a little before expiry (a tenth of the lifetime, at most a minute) so a token never
    // runs out between the check and the server reading it.
    const qint64 margin = qMin<qint64>(60, m_tokenLifetimeSecs / 10);
    return !m_token.isEmpty() && now().addSecs(margin) < m_tokenExpiry;
}

void RequestDispatcher::enqueue(RequestJob* job) {
    job->onAbort = [this](RequestJob* aborted) { forget(aborted); };
    m_queue.append(job);
    notifyActivity();
    // From the event loop, so the caller can connect to the job first.
    QTimer::singleShot(0, this, &RequestDispatcher::pump);
}

void RequestDispatcher::forget(RequestJob* job) {
    m_queue.removeAll(job);
    if (job->reply) {
        job->reply = nullptr;
        m_unanswered.remove(job->sequence);
    }
    notifyActivity();
    QTimer::singleShot(0, this, &RequestDispatcher::pump);
}

void RequestDispatcher::notifyActivity() {
    m_queue.removeAll(nullptr);
    Q_EMIT activityChanged(inFlight(), int(m_queue.size()));
}

void RequestDispatcher::pump() {
    m_queue.removeAll(nullptr);
    if (m_pauseTimer.isActive() || m_queue.isEmpty())
        return;
    if (!tokenUsable()) {
        requestToken();
        return;
    }
    while (inFlight() < m_maxInFlight && !m_queue.isEmpty()) {
        if (m_pace && m_budgetAllowed > 0) {
            // Spend the server's budget evenly instead of running into its 429s: wait until
            // the estimate has a request to spare beyond the reserve. A wait longer than a
            // Retry-After RoleDesk would accept is not made: the request goes, and the
            // server's answer decides (see maxRetryAfterMs).
            const double lacking = 1.0 + m_budgetReserve - budgetLeft();
            const qint64 waitMs = qCeil(lacking / (m_budgetAllowed / 60.0) * 1000);
            if (lacking > 0 && waitMs <= m_policy.maxRetryAfterMs) {
                setPacing(true);
                if (!m_paceTimer.isActive())
                    m_paceTimer.start(int(qMax<qint64>(1, waitMs)));
                break;
            }
        }
        QPointer<RequestJob> job = takeNext();
        if (job && !job->isFinished())
            send(job);
    }
    if (m_queue.isEmpty())
        setPacing(false);
    notifyActivity();
}

QPointer<RequestJob> RequestDispatcher::takeNext() {
    // First come, first served, except that background work waits for the rest.
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        if (m_queue[i] && m_queue[i]->priority() == ApiJob::Priority::Normal)
            return m_queue.takeAt(i);
    return m_queue.takeFirst();
}

void RequestDispatcher::setPacing(bool pacing) {
    if (m_pacing == pacing)
        return;
    m_pacing = pacing;
    if (pacing)
        qCInfo(lcApi).noquote() << u"pacing to the server's budget: %1 requests/s, %2 queued"_s
                                       .arg(m_budgetAllowed / 60.0, 0, 'g', 3)
                                       .arg(m_queue.size());
    Q_EMIT pacingChanged(pacing);
}

double RequestDispatcher::budgetLeft() const {
    const double refilled =
        m_budgetLeft + (m_monotonic.elapsed() - m_budgetAtMs) * (m_budgetAllowed / 60000.0);
    return qMin(refilled, double(m_budgetAllowed));
}

RequestDispatcher::Budget RequestDispatcher::budget() const {
    Budget b;
    b.allowed = m_budgetAllowed;
    if (m_budgetAllowed <= 0)
        return b;
    b.left = budgetLeft();
    const qint64 sinceSecs = (m_monotonic.elapsed() - m_budgetAtMs) / 1000;
    b.resetSeconds = int(qMax<qint64>(0, m_budgetResetSecs - sinceSecs));
    b.pacing = m_pacing;
    return b;
}

void RequestDispatcher::noteBudget(QNetworkReply* reply, const RequestJob* job) {
    bool okAllowed = false, okCount = false, okReset = false;
    const int allowed = reply->rawHeader("inin-ratelimit-allowed").trimmed().toInt(&okAllowed);
    const int count = reply->rawHeader("inin-ratelimit-count").trimmed().toInt(&okCount);
    const int reset = reply->rawHeader("inin-ratelimit-reset").trimmed().toInt(&okReset);
    if (!okAllowed || !okCount || allowed <= 0 || count < 0)
        return;
    // The count was taken when the server read this request. What went out after it may not
    // be in it, nor what was still on its way when it went out: over several connections the
    // server may read those after it, even if their answers came first. All of them are taken
    // off the estimate (some may be counted twice: the estimate errs low, never high).
    const double unseen = double(m_sent - qMin(m_sent, job->sequence)) + job->aheadAtSend;
    m_budgetAllowed = allowed;
    m_budgetLeft = double(allowed - count) - unseen;
    m_budgetAtMs = m_monotonic.elapsed();
    m_budgetResetSecs = okReset ? qMax(0, reset) : 60;
}

void RequestDispatcher::send(RequestJob* job) {
    const RequestJob::Request& r = job->request();
    QUrl url = m_apiBase;
    url.setPath(url.path() + r.path);
    if (!r.query.isEmpty())
        url.setQuery(r.query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(m_timeoutMs);
    // Never follow a redirect: it would carry the bearer token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    ++job->attempts;
    job->sequence = ++m_sent;
    job->aheadAtSend = inFlight();
    const int manager = leastBusyManager();
    m_unanswered.insert(job->sequence, manager);
    QNetworkAccessManager* network = m_managers[manager];
    if (m_budgetAllowed > 0)
        m_budgetLeft -= 1;
    QNetworkReply* reply = nullptr;
    if (!job->isIdempotent() || r.method == "DELETE") {
        // See OneShotBody: Qt must not be able to send a POST or PATCH a second time. Nor a
        // DELETE: every try of it must be one of ours, counted, so that a 404 after a retry can
        // be read as "an earlier try was applied" (Qt resends silently on a dropped connection).
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        // Without this, Qt copies a sequential body into a rewindable buffer first.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotBody(r.body);
        reply = network->sendCustomRequest(request, r.method, body);
        body->setParent(reply);
    } else if (r.hasBody || r.method == "PUT") {
        reply = network->sendCustomRequest(request, r.method, r.body);
    } else {
        reply = network->sendCustomRequest(request, r.method);
    }
    job->reply = reply;
    // A job destroyed while its request is in flight (its client went away) takes the request
    // with it, instead of leaving the reply to finish into nothing and never be freed.
    QPointer<RequestDispatcher> self(this);
    connect(job, &QObject::destroyed, reply, [reply, self, sequence = job->sequence] {
        if (!reply->isFinished()) {
            reply->disconnect();
            reply->abort();
            if (self) {
                self->m_unanswered.remove(sequence);
                self->pump();
            }
        }
        reply->deleteLater();
    });
    QElapsedTimer timer;
    timer.start();
    const QByteArray usedToken = m_token;
    connect(reply, &QNetworkReply::finished, job, [this, job, reply, timer, usedToken] {
        // A 401 for a token that was already replaced must not throw the new one away.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401
            && usedToken == m_token)
            invalidateToken();
        onReply(job, reply, timer.elapsed());
    });
    Q_EMIT requestStarted(r.method, r.path);
}

int RequestDispatcher::leastBusyManager() {
    const int wanted = (m_maxInFlight + ConnectionsPerManager - 1) / ConnectionsPerManager;
    while (m_managers.size() < wanted) {
        auto* extra = new QNetworkAccessManager(this);
        extra->setProxy(m_network->proxy());
        extra->setRedirectPolicy(m_network->redirectPolicy());
        extra->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
        m_managers.append(extra);
    }
    QList<int> load(m_managers.size(), 0);
    for (const int m : std::as_const(m_unanswered))
        ++load[m];
    int best = 0;
    for (int i = 1; i < wanted; ++i)
        if (load[i] < load[best])
            best = i;
    return best;
}

void RequestDispatcher::onReply(RequestJob* job, QNetworkReply* reply, qint64 elapsedMs) {
    reply->deleteLater();
    job->reply = nullptr;
    m_unanswered.remove(job->sequence);
    notifyActivity();
    const RequestJob::Request& r = job->request();
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->readAll();
    noteBudget(reply, job);
    ApiStatus status;
    status.httpStatus = http;
    status.correlationId = QString::fromLatin1(correlationId(reply));
    qCInfo(lcApi).noquote() << QString::fromLatin1(r.method) << r.path
                            << (http ? QString::number(http) : u"no response"_s)
                            << u"%1 ms"_s.arg(elapsedMs)
                            << (status.correlationId.isEmpty() ? QString()
                                                               : u"corr="_s + status.correlationId);
    Q_EMIT requestFinished(r.method, r.path, http, elapsedMs);
    // Any answer proves the server is there; a transfer that never reached it, that it is not.
    if (http != 0)
        setReachable(true);
    else if (error != QNetworkReply::OperationCanceledError)
        setReachable(false);

    auto finish = [&](const ApiStatus& s) {
        job->finish(s);
        pump();
    };

    // A transfer cut short: no status, or a status with the connection lost mid-body.
    const bool transportFailed =
        http == 0
        || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied);
    if (transportFailed) {
        if (isTlsError(error)) {
            status.code = ApiStatus::Code::TlsError;
            status.message = tr("The secure connection to %1 failed: %2. Check the region and"
                                " the system's certificates.")
                                 .arg(reply->url().host(), reply->errorString());
            return finish(status);
        }
        const bool timedOut =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        // A read that reached the server and was cut off is tried as often as a flaky network
        // needs; a server that cannot be reached or does not answer gets the short count.
        const int limit = job->maxAttempts > 0 ? job->maxAttempts
                          : isRead(r) && !timedOut && !neverReachedServer(error)
                              ? m_policy.maxReadAttempts
                              : m_policy.maxAttempts;
        if ((job->isIdempotent() || neverReachedServer(error)) && job->attempts < limit)
            return retryLater(job, timedOut ? tr("timed out") : reply->errorString());
        if (neverReachedServer(error)) {
            status.code = ApiStatus::Code::ConnectionFailed;
            status.message =
                tr("Could not connect to %1: %2.").arg(reply->url().host(), reply->errorString());
        } else if (!job->isIdempotent()) {
            status.code = ApiStatus::Code::OutcomeUnknown;
            status.message = tr("The connection was lost after the change was sent, so it may or"
                                " may not have been applied. Reload before trying again.");
        } else if (timedOut) {
            status.code = ApiStatus::Code::Timeout;
            status.message = tr("The server did not answer within %1 seconds (tried %2 times).")
                                 .arg(m_timeoutMs / 1000.0)
                                 .arg(job->attempts);
        } else {
            status.code = ApiStatus::Code::ConnectionLost;
            status.message = tr("The connection to the server was lost (tried %1 times): %2")
                                 .arg(job->attempts)
                                 .arg(reply->errorString());
        }
        return finish(status);
    }

    if (http >= 200 && http < 300) {
        QString decodeError;
        if (job->decode(body, &decodeError))
            return finish(ApiStatus::success(http));
        qCWarning(lcApi).noquote() << "undecodable answer to" << r.path << ":" << decodeError
                                   << "body starts" << sample(body);
        if (job->isIdempotent() && job->attempts < attemptLimit(job))
            return retryLater(job, tr("unreadable answer"));
        status.code = ApiStatus::Code::MalformedResponse;
        status.message = job->isIdempotent()
                             ? tr("The server's answer could not be read (%1).").arg(decodeError)
                             : tr("The change was applied, but the server's answer could not be"
                                  " read (%1). Reload to see the result.")
                                   .arg(decodeError);
        return finish(status);
    }

    if (http == 404 && r.method == "DELETE" && job->attempts > 1) {
        // An earlier try was applied and its answer lost (the connection dropped after the
        // server deleted it): the 404 of the retry means the delete is done, not that it failed.
        qCInfo(lcApi).noquote() << "DELETE" << r.path << "answered 404 on try" << job->attempts
                                << "- an earlier try was applied; treating the delete as done";
        QString ignored;
        job->decode({}, &ignored);
        return finish(ApiStatus::success(204));
    }
    status.errorBody = errorBodyFrom(body);
    if (http == 401 && (!job->reauthenticated || m_signIn)) {
        // The token expired or was revoked: log in again and send this request once more (with
        // a sign-in, as often as the person signs in again: each time is their decision).
        job->reauthenticated = true;
        --job->attempts;
        m_queue.prepend(job);
        return pump();
    }
    // 429 means "not processed, come back later" for every method. A 503 that says when to come
    // back pauses the queue the same way, but only requests that may be repeated wait for it.
    const std::optional<qint64> retryAfter = retryAfterMs(reply->rawHeader("Retry-After"), now());
    const bool pause = http == 429 || (http == 503 && retryAfter && job->isIdempotent());
    if (pause && retryAfter && *retryAfter > m_policy.maxRetryAfterMs) {
        // Waiting that long would freeze every request behind this one: fail it now, say how
        // long the server wants, and leave trying again to the admin (or the script).
        qCInfo(lcApi).noquote() << QString::fromLatin1(r.method) << r.path << "- the server asks"
                                << "to wait" << *retryAfter << "ms, more than the"
                                << m_policy.maxRetryAfterMs << "ms RoleDesk waits";
        status.code = ApiStatus::Code::RateLimited;
        status.message =
            tr("The server is busy and asks to wait %1 before the next request; RoleDesk does"
               " not wait longer than %2. Try again later.")
                .arg(waitText(*retryAfter), waitText(m_policy.maxRetryAfterMs));
        return finish(status);
    }
    if (pause && job->rateLimitPauses++ < m_policy.maxRateLimitPauses) {
        pauseQueue(retryAfter.value_or(m_policy.defaultPauseMs));
        --job->attempts;
        m_queue.prepend(job);
        return notifyActivity();
    }
    if (!pause && http >= 500 && job->isIdempotent() && job->attempts < attemptLimit(job))
        return retryLater(job, tr("server error %1").arg(http));

    status.code = http == 429 ? ApiStatus::Code::RateLimited : ApiStatus::Code::HttpError;
    if (http == 403) {
        status.code = ApiStatus::Code::PermissionDenied;
        status.message = permissionMessage(r.method, r.path, status.errorBody);
        return finish(status);
    }
    const QString serverMessage = status.errorBody.resolvedMessage();
    if (!serverMessage.isEmpty())
        status.message = serverMessage;
    else if (body.trimmed().isEmpty())
        status.message = tr("The server answered %1 with no details.").arg(http);
    else
        status.message = tr("The server answered %1 with something other than an API error: %2")
                             .arg(http)
                             .arg(sample(body));
    if (http >= 500 && !job->isIdempotent())
        status.message +=
            u' ' + tr("The change may not have been applied; reload before trying again.");
    finish(status);
}

QString RequestDispatcher::permissionMessage(const QByteArray& method, const QString& path,
                                             const ErrorBody& body) {
    // The real service names what is missing in messageParams.permissions: "[a, b]".
    QString listed = body.messageParams.value(u"permissions"_s).trimmed();
    if (listed.startsWith(u'[') && listed.endsWith(u']'))
        listed = listed.mid(1, listed.size() - 2);
    const QStringList permissions = listed.split(u',', Qt::SkipEmptyParts);
    QStringList names;
    for (const QString& p : permissions)
        names.append(p.trimmed());
    const QString action = operationAction(method, path);
    const QString serverMessage = body.resolvedMessage();
    if (names.isEmpty())
        return action.isEmpty() ? tr("You are not allowed to do this: %1").arg(serverMessage)
                                : tr("You are not allowed to %1: %2").arg(action, serverMessage);
    const QString needed =
        names.size() == 1 ? names.first()
        : body.code == "missing.permissions"_L1
            ? tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last())
            : tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
    return action.isEmpty() ? tr("You need %1 for this.").arg(needed)
                            : tr("You need %1 to %2.").arg(needed, action);
}

void RequestDispatcher::retryLater(RequestJob* job, const QString& reason) {
    const int delay = qMax(0, m_policy.backoffMs(job->attempts));
    qCInfo(lcApi).noquote() << "retrying" << QString::fromLatin1(job->request().method)
                            << job->request().path << "in" << delay << "ms:" << reason;
    Q_EMIT retryScheduled(job->request().method, job->request().path, delay, reason);
    QPointer<RequestJob> guarded(job);
    QTimer::singleShot(delay, this, [this, guarded] {
        if (!guarded || guarded->isFinished())
            return;
        m_queue.prepend(guarded);
        pump();
    });
    notifyActivity();
}

std::optional<qint64> RequestDispatcher::retryAfterMs(const QByteArray& value,
                                                      const QDateTime& now) {
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(qMin(seconds, kMaxRetryAfterSeconds) * 1000)
                            : std::nullopt;
    // An HTTP date ("Tue, 24 Nov 2026 10:00:30 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT"_s))
        text = text.chopped(3) + u"+0000"_s;
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(at));
}

int RequestDispatcher::attemptLimit(const RequestJob* job) const {
    if (job->maxAttempts > 0)
        return job->maxAttempts;
    return isRead(job->request()) ? m_policy.maxReadAttempts : m_policy.maxAttempts;
}

QString RequestDispatcher::waitText(qint64 ms) {
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s)", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(qMin<qint64>(seconds / 86400, 999'999)));
}

void RequestDispatcher::pauseQueue(qint64 ms) {
    const QDateTime until = now().addMSecs(ms);
    if (m_pauseTimer.isActive() && until <= m_pausedUntil)
        return;
    m_pausedUntil = until;
    m_pauseTimer.start(int(qMin<qint64>(ms, 10 * 60 * 1000)));
    qCInfo(lcApi) << "rate limited: queue paused for" << ms << "ms";
    Q_EMIT rateLimited(until);
}

void RequestDispatcher::requestToken() {
    if (m_signIn) {
        // Only the person can get a new token: the queue waits for it, nothing fails.
        if (!m_awaitingSignIn) {
            m_awaitingSignIn = true;
            qCInfo(lcApi) << "waiting for a sign-in;" << m_queue.size() << "requests queued";
            Q_EMIT signInRequired(m_hadToken);
        }
        return;
    }
    if (m_tokenReply)
        return;
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        failWaiting({ApiStatus::Code::AuthenticationFailed,
                     0,
                     tr("No client credentials are set for this connection."),
                     {},
                     {}});
        return;
    }
    QUrl url = m_loginBase;
    url.setPath(url.path() + u"/oauth/token"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Authorization",
                         "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    ++m_tokenAttempts;
    m_tokenReply = m_network->post(request, "grant_type=client_credentials"_ba);
    QNetworkReply* reply = m_tokenReply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void RequestDispatcher::onTokenReply(QNetworkReply* reply) {
    reply->deleteLater();
    m_tokenReply = nullptr;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    qCInfo(lcApi).noquote() << "POST /oauth/token"
                            << (http ? QString::number(http) : u"no response"_s);
    if (http != 0)
        setReachable(true);
    else if (reply->error() != QNetworkReply::OperationCanceledError)
        setReachable(false);
    const QString token = json.value("access_token"_L1).toString();
    if (http == 200 && !token.isEmpty()) {
        m_tokenAttempts = 0;
        m_token = token.toLatin1();
        m_tokenLifetimeSecs = json.value("expires_in"_L1).toInteger(3600);
        m_tokenExpiry = now().addSecs(m_tokenLifetimeSecs);
        Q_EMIT tokenRefreshed();
        pump();
        return;
    }
    const bool transient = http == 0 || http >= 500 || http == 429;
    if (transient && m_tokenAttempts < m_policy.maxAttempts) {
        const int delay = m_policy.backoffMs(m_tokenAttempts);
        Q_EMIT retryScheduled("POST", u"/oauth/token"_s, delay, reply->errorString());
        QTimer::singleShot(delay, this, &RequestDispatcher::pump);
        return;
    }
    m_tokenAttempts = 0;
    ApiStatus status;
    status.httpStatus = http;
    status.code =
        transient ? ApiStatus::Code::ConnectionFailed : ApiStatus::Code::AuthenticationFailed;
    const QString detail = json.value("error_description"_L1).toString();
    status.message =
        transient ? tr("The login service could not be reached: %1").arg(reply->errorString())
                  : tr("Login was refused (HTTP %1): %2")
                        .arg(http)
                        .arg(detail.isEmpty() ? tr("check the client id and secret") : detail);
    failWaiting(status);
}

void RequestDispatcher::failWaiting(const ApiStatus& status) {
    const QList<QPointer<RequestJob>> waiting = std::exchange(m_queue, {});
    for (const QPointer<RequestJob>& job : waiting)
        if (job)
            job->finishLater(status);
    notifyActivity();
}

void RequestDispatcher::setReachable(bool reachable) {
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
}
