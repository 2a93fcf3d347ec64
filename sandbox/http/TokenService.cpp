#include "http/TokenService.h"

#include "core/SandboxIds.h"

#include <QCryptographicHash>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

ApiResponse oauthError(int status, const QString& error, const QString& description) {
    // The login service answers in OAuth style, not with an ErrorBody.
    return ApiResponse::json(QJsonObject{{u"error"_s, error},
                                         {u"description"_s, description},
                                         {u"error_description"_s, description}},
                             status);
}

// Equal secrets, judged in time that does not depend on where they differ: both are hashed
// to one length first, then every byte is compared.
bool sameSecret(const QString& a, const QString& b) {
    const QByteArray x = QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray y = QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        difference |= static_cast<unsigned char>(x[i] ^ y[i]);
    return difference == 0;
}

ApiResponse unauthorized(const QString& message) {
    ErrorBody e;
    e.status = 401;
    e.code = u"authentication.required"_s;
    e.message = message;
    return ApiResponse::error(e);
}

} // namespace

TokenService::TokenService(SandboxStore& store, int ttlSeconds, int ratePerMinute)
    : m_store(store)
    , m_ttlSeconds(ttlSeconds)
    , m_ratePerMinute(ratePerMinute) {}

ApiResponse TokenService::issue(const ApiRequest& request) {
    if (request.method != "POST")
        return oauthError(405, u"invalid_request"_s, u"Use POST for /oauth/token."_s);
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("Basic "))
        return oauthError(401, u"invalid_client"_s,
                          u"Client authentication with HTTP Basic is required."_s);
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return oauthError(401, u"invalid_client"_s, u"Malformed Basic credentials."_s);
    const QString clientId = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    QString body = QString::fromUtf8(request.body);
    body.replace(u'+', u' ');
    const QUrlQuery form(body);
    if (form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded) != "client_credentials"_L1)
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"Only grant_type=client_credentials is supported."_s);
    const auto org = m_store.orgByClientId(clientId);
    // The login service has a budget of its own, per client (unknown ids share one budget, so
    // made-up ids neither escape the limit nor grow the table), and before the secret is
    // checked, so guessing it costs time.
    if (auto limited = spend(m_loginBuckets, org ? org->clientId : QString()))
        return *limited;
    if (!org || !sameSecret(org->clientSecret, secret))
        return oauthError(401, u"invalid_client"_s, u"Invalid client credentials."_s);
    // Expired tokens are kept for one more lifetime so a late caller hears "expired", not
    // "not valid"; older ones are dropped here so the table stays bounded. Tokens expire in the
    // order they were issued (one lifetime for all), so only the oldest need looking at.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_issued.empty() && m_issued.front().second.addSecs(m_ttlSeconds) < now) {
        m_tokens.remove(m_issued.front().first);
        m_issued.pop_front();
    }
    const QByteArray token = SandboxIds::secret().toLatin1();
    const QDateTime expires = now.addSecs(m_ttlSeconds);
    m_tokens.insert(token, {org->id, org->clientId, expires});
    m_issued.emplace_back(token, expires);
    return ApiResponse::json(QJsonObject{{u"access_token"_s, QString::fromLatin1(token)},
                                         {u"token_type"_s, u"bearer"_s},
                                         {u"expires_in"_s, m_ttlSeconds}});
}

QByteArray TokenService::bearer(const ApiRequest& request) {
    const QByteArray auth = request.header("Authorization");
    if (auth.size() < 8 || auth.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return auth.mid(7).trimmed();
}

std::optional<QString> TokenService::authenticate(const ApiRequest& request, ApiResponse* error) {
    const QByteArray token = bearer(request);
    if (token.isEmpty()) {
        *error = unauthorized(u"Authentication required: send an Authorization: Bearer token."_s);
        return std::nullopt;
    }
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend()) {
        *error = unauthorized(u"The access token is not valid."_s);
        return std::nullopt;
    }
    if (it->expires <= QDateTime::currentDateTimeUtc()) {
        *error = unauthorized(u"The access token has expired."_s);
        return std::nullopt;
    }
    return it->orgId;
}

std::optional<ApiResponse> TokenService::throttle(const ApiRequest& request) {
    // Per client credential, as the real service counts: a new token is no new budget.
    const auto it = m_tokens.constFind(bearer(request));
    return spend(m_buckets, it == m_tokens.cend() ? QString() : it->clientId);
}

std::optional<ApiResponse> TokenService::spend(QHash<QString, Bucket>& buckets,
                                               const QString& clientId) {
    if (m_ratePerMinute <= 0)
        return std::nullopt;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const double perMs = m_ratePerMinute / 60000.0;
    auto it = buckets.find(clientId);
    if (it == buckets.end())
        it = buckets.insert(clientId, {double(m_ratePerMinute), nowMs});
    it->tokens = qMin(double(m_ratePerMinute), it->tokens + (nowMs - it->lastMs) * perMs);
    it->lastMs = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return std::nullopt;
    }
    const int retryAfter = qMax(1, qCeil((1.0 - it->tokens) / perMs / 1000.0));
    ErrorBody e;
    e.status = 429;
    e.code = u"too.many.requests.retry.after"_s;
    e.message =
        u"Rate limit exceeded the maximum. Retry the request in [%1] seconds"_s.arg(retryAfter);
    e.messageWithParams =
        u"Rate limit exceeded the maximum. Retry the request in [{retryAfter}] seconds"_s;
    e.messageParams.insert(u"retryAfter"_s, QString::number(retryAfter));
    e.limit = ErrorLimit{u"requests.per.minute"_s, u"platform.api"_s, m_ratePerMinute};
    ApiResponse response = ApiResponse::error(e);
    response.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return response;
}
