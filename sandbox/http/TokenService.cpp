#include "http/TokenService.h"

#include "core/SandboxIds.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>
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

// A form body (application/x-www-form-urlencoded): '+' is a space, %2B a plus.
QUrlQuery formOf(const ApiRequest& request) {
    QString body = QString::fromUtf8(request.body);
    body.replace(u'+', u' ');
    return QUrlQuery(body);
}

QString field(const QUrlQuery& form, const QString& key) {
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

// RFC 7636 §4.1: 43 to 128 characters of [A-Za-z0-9-._~].
bool isVerifier(const QString& verifier) {
    static const QRegularExpression shape(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    return shape.match(verifier).hasMatch();
}

QString challengeOf(const QString& verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopback(const QString& host) {
    return host == "127.0.0.1"_L1 || host == "localhost"_L1 || host == "::1"_L1;
}

ApiResponse redirectTo(QUrl target, const QList<QPair<QString, QString>>& items) {
    QUrlQuery query(target);
    for (const auto& [key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query);
    ApiResponse response{302, {}, "text/html", {}};
    response.headers.append({QByteArray("Location"), target.toEncoded()});
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    return response;
}

ApiResponse errorRedirect(const QUrl& redirect, const QString& state, const QString& error,
                          const QString& description) {
    QList<QPair<QString, QString>> items{{u"error"_s, error},
                                         {u"error_description"_s, description}};
    if (!state.isEmpty())
        items.append({u"state"_s, state});
    return redirectTo(redirect, items);
}

QByteArray page(const QString& title, const QString& content) {
    return uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%1</title>
<style>body{font-family:sans-serif;max-width:28em;margin:3em auto;line-height:1.4}
label{display:block;margin-top:.8em}input[type=email],input[type=password]{width:100%}
.problem{color:#a00}button{margin-top:1em}</style></head>
<body><h1>%1</h1>
%2
</body></html>
)"_s.arg(title.toHtmlEscaped(), content)
        .toUtf8();
}

// An authorization request that cannot be answered with a redirect (unknown client, a redirect
// that is not registered): RFC 6749 §4.1.2.1 says to tell the person, never to redirect.
ApiResponse errorPage(int status, const QString& error, const QString& description) {
    return {
        status,
        page(u"Sign-in failed"_s, u"<p class=\"problem\">%1</p><p><code>error=%2</code></p>"_s.arg(
                                      description.toHtmlEscaped(), error.toHtmlEscaped())),
        "text/html; charset=utf-8",
        {}};
}

} // namespace

TokenService::TokenService(SandboxStore& store, const SandboxOptions& options,
                           QStringList personTitles)
    : m_store(store)
    , m_options(options)
    , m_personTitles(std::move(personTitles)) {}

QString TokenService::signInClientId(const QString& orgId) {
    return SandboxIds::stable(u"signin/"_s + orgId);
}

std::optional<StoredOrg> TokenService::orgBySignInClient(const QString& clientId) {
    if (clientId.isEmpty())
        return std::nullopt;
    for (const StoredOrg& org : m_store.orgs())
        if (signInClientId(org.id) == clientId)
            return org;
    return std::nullopt;
}

ApiResponse TokenService::issue(const ApiRequest& request) {
    if (request.method != "POST")
        return oauthError(405, u"invalid_request"_s, u"Use POST for /oauth/token."_s);
    const QUrlQuery form = formOf(request);
    const QString grant = field(form, u"grant_type"_s);
    if (grant == "client_credentials"_L1)
        return clientCredentials(request, form);
    if (grant == "authorization_code"_L1)
        return authorizationCode(form);
    return oauthError(400, u"unsupported_grant_type"_s,
                      u"grant_type must be client_credentials or authorization_code."_s);
}

ApiResponse TokenService::clientCredentials(const ApiRequest& request, const QUrlQuery&) {
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
    const auto org = m_store.orgByClientId(clientId);
    // The login service has a budget of its own, per client (unknown ids share one budget, so
    // made-up ids neither escape the limit nor grow the table), and before the secret is
    // checked, so guessing it costs time.
    if (auto limited = spend(m_loginBuckets, org ? org->clientId : QString()))
        return *limited;
    if (!org || !sameSecret(org->clientSecret, secret))
        return oauthError(401, u"invalid_client"_s, u"Invalid client credentials."_s);
    const QByteArray token = newToken({org->id, org->clientId, {}});
    return ApiResponse::json(QJsonObject{{u"access_token"_s, QString::fromLatin1(token)},
                                         {u"token_type"_s, u"bearer"_s},
                                         {u"expires_in"_s, m_options.tokenTtlSeconds}});
}

ApiResponse TokenService::authorizationCode(const QUrlQuery& form) {
    const QString clientId = field(form, u"client_id"_s);
    const auto org = orgBySignInClient(clientId);
    if (auto limited = spend(m_loginBuckets, org ? clientId : QString()))
        return *limited;
    if (!org)
        return oauthError(401, u"invalid_client"_s, u"Unknown client_id."_s);
    const QString verifier = field(form, u"code_verifier"_s);
    if (!isVerifier(verifier))
        return oauthError(400, u"invalid_request"_s,
                          u"code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~"_s);
    prune();
    const auto it = m_codes.find(field(form, u"code"_s));
    if (it == m_codes.end())
        return oauthError(400, u"invalid_grant"_s, u"The authorization code is not valid."_s);
    if (it->used) {
        // A code used twice was stolen or replayed: what it gave is taken back (RFC 6749 §4.1.2).
        m_tokens.remove(it->token);
        return oauthError(400, u"invalid_grant"_s,
                          u"The authorization code was already used; the token it gave is"
                          " revoked."_s);
    }
    if (it->expires <= QDateTime::currentDateTimeUtc())
        return oauthError(400, u"invalid_grant"_s, u"The authorization code has expired."_s);
    if (it->clientId != clientId)
        return oauthError(400, u"invalid_grant"_s,
                          u"The authorization code was issued to another client."_s);
    if (it->redirectUri != field(form, u"redirect_uri"_s))
        return oauthError(400, u"invalid_grant"_s,
                          u"redirect_uri differs from the one the code was issued for."_s);
    // The code is spent by any exchange that got this far, right or wrong: a guessed verifier
    // gets one try.
    it->used = true;
    if (!sameSecret(challengeOf(verifier), it->challenge))
        return oauthError(400, u"invalid_grant"_s,
                          u"code_verifier does not match the code_challenge."_s);
    it->token = newToken({it->orgId, it->clientId, it->userId});
    return ApiResponse::json(QJsonObject{{u"access_token"_s, QString::fromLatin1(it->token)},
                                         {u"token_type"_s, u"bearer"_s},
                                         {u"expires_in"_s, m_options.tokenTtlSeconds}});
}

TokenService::Authorization TokenService::readAuthorization(const QUrlQuery& params) {
    Authorization a;
    a.clientId = field(params, u"client_id"_s);
    a.state = field(params, u"state"_s);
    a.challenge = field(params, u"code_challenge"_s);
    a.org = orgBySignInClient(a.clientId);
    if (!a.org) {
        a.problem = errorPage(400, u"invalid_client"_s,
                              u"There is no sign-in client with this client_id."_s);
        return a;
    }
    a.redirect = QUrl(field(params, u"redirect_uri"_s), QUrl::StrictMode);
    const QUrl registered(registeredRedirect());
    // Any port on the loopback, as for native apps (RFC 8252 §7.3); the rest as registered.
    if (!a.redirect.isValid() || a.redirect.scheme() != registered.scheme()
        || !isLoopback(a.redirect.host()) || a.redirect.path() != registered.path()
        || !a.redirect.userInfo().isEmpty() || a.redirect.hasFragment()) {
        a.problem =
            errorPage(400, u"invalid_request"_s,
                      u"redirect_uri is not registered for this client (register %1;"
                      " any port on the loopback is accepted)."_s.arg(registeredRedirect()));
        return a;
    }
    if (field(params, u"response_type"_s) != "code"_L1)
        a.problem = errorRedirect(a.redirect, a.state, u"unsupported_response_type"_s,
                                  u"response_type must be code."_s);
    else if (a.challenge.isEmpty() || field(params, u"code_challenge_method"_s) != "S256"_L1)
        a.problem = errorRedirect(a.redirect, a.state, u"invalid_request"_s,
                                  u"PKCE is required: send code_challenge with"
                                  " code_challenge_method=S256."_s);
    return a;
}

ApiResponse TokenService::authorize(const ApiRequest& request) {
    if (request.method != "GET" && request.method != "POST")
        return errorPage(405, u"invalid_request"_s, u"Use GET or POST for /oauth/authorize."_s);
    const bool submitted = request.method == "POST";
    const QUrlQuery params = submitted ? formOf(request) : request.query;
    const Authorization a = readAuthorization(params);
    if (a.problem)
        return *a.problem;
    if (!submitted)
        return signInPage(a, {}, {}, 200);
    // Sign-ins spend the login budget of the client, so guessing passwords costs time.
    if (auto limited = spend(m_loginBuckets, a.clientId))
        return errorPage(429, u"temporarily_unavailable"_s,
                         u"Too many sign-in attempts; wait a minute and try again."_s);
    const QString email = field(params, u"email"_s).trimmed();
    const auto user = m_store.userByEmail(a.org->id, email);
    if (!user || !sameSecret(field(params, u"password"_s), m_options.userPassword))
        return signInPage(a, email, u"The email address or the password is not right."_s, 401);
    if (user->state != "active"_L1)
        return signInPage(a, email, u"This person's account is not active."_s, 403);
    prune();
    const QString code = SandboxIds::secret();
    m_codes.insert(code,
                   {a.org->id,
                    a.clientId,
                    user->id,
                    a.redirect.toString(),
                    a.challenge,
                    QDateTime::currentDateTimeUtc().addSecs(m_options.authorizationCodeTtlSeconds),
                    false,
                    {}});
    QList<QPair<QString, QString>> items{{u"code"_s, code}};
    if (!a.state.isEmpty())
        items.append({u"state"_s, a.state});
    return redirectTo(a.redirect, items);
}

ApiResponse TokenService::signInPage(const Authorization& a, const QString& email,
                                     const QString& problem, int status) const {
    QString hidden;
    for (const auto& [key, value] :
         QList<QPair<QString, QString>>{{u"response_type"_s, u"code"_s},
                                        {u"client_id"_s, a.clientId},
                                        {u"redirect_uri"_s, a.redirect.toString()},
                                        {u"state"_s, a.state},
                                        {u"code_challenge"_s, a.challenge},
                                        {u"code_challenge_method"_s, u"S256"_s}})
        hidden +=
            u"<input type=\"hidden\" name=\"%1\" value=\"%2\">\n"_s.arg(key, value.toHtmlEscaped());
    QString people;
    for (const StoredUser& u : m_store.users(a.org->id))
        if (m_personTitles.contains(u.title))
            people += u"<li>%1 (%2): <code>%3</code></li>\n"_s.arg(
                u.name.toHtmlEscaped(), u.title.toHtmlEscaped(), u.email.toHtmlEscaped());
    const QString content =
        u"<p>Sign in to <b>%1</b> (RoleDesk sandbox).</p>\n%2"
        "<form method=\"post\" action=\"/oauth/authorize\">\n%3"
        "<label>Email <input type=\"email\" name=\"email\" value=\"%4\" autofocus></label>\n"
        "<label>Password <input type=\"password\" name=\"password\"></label>\n"
        "<button type=\"submit\">Sign in</button>\n</form>\n"
        "<p>People to try (every person's password is the sandbox's one password):</p>\n"
        "<ul>\n%5</ul>\n"_s.arg(
            a.org->name.toHtmlEscaped(),
            problem.isEmpty() ? QString()
                              : u"<p class=\"problem\">%1</p>\n"_s.arg(problem.toHtmlEscaped()),
            hidden, email.toHtmlEscaped(), people);
    ApiResponse response{status, page(u"Sign in"_s, content), "text/html; charset=utf-8", {}};
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    return response;
}

QByteArray TokenService::newToken(const Caller& caller) {
    prune();
    const QByteArray token = SandboxIds::secret().toLatin1();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_options.tokenTtlSeconds);
    m_tokens.insert(token, {caller, expires});
    m_issued.emplace_back(token, expires);
    return token;
}

void TokenService::prune() {
    // Expired tokens are kept for one more lifetime so a late caller hears "expired", not
    // "not valid"; older ones are dropped here so the table stays bounded. Tokens expire in the
    // order they were issued (one lifetime for all), so only the oldest need looking at.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_issued.empty() && m_issued.front().second.addSecs(m_options.tokenTtlSeconds) < now) {
        m_tokens.remove(m_issued.front().first);
        m_issued.pop_front();
    }
    // Codes, used or not, are forgotten a lifetime after they expired.
    for (auto it = m_codes.begin(); it != m_codes.end();)
        it = it->expires.addSecs(m_options.authorizationCodeTtlSeconds) < now ? m_codes.erase(it)
                                                                              : std::next(it);
}

QByteArray TokenService::bearer(const ApiRequest& request) {
    const QByteArray auth = request.header("Authorization");
    if (auth.size() < 8 || auth.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return auth.mid(7).trimmed();
}

std::optional<Caller> TokenService::authenticate(const ApiRequest& request, ApiResponse* error) {
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
    return it->caller;
}

std::optional<ApiResponse> TokenService::throttle(const ApiRequest& request) {
    // Per client credential, as the real service counts: a new token is no new budget.
    const auto it = m_tokens.constFind(bearer(request));
    return spend(m_buckets, it == m_tokens.cend() ? QString() : it->caller.clientId);
}

QList<QPair<QByteArray, QByteArray>> TokenService::budgetHeaders(const QString& clientId) const {
    if (m_options.rateLimitPerMinute <= 0)
        return {};
    const double allowed = m_options.rateLimitPerMinute;
    const double perSecond = allowed / 60.0;
    const auto it = m_buckets.constFind(clientId);
    const double tokens =
        it == m_buckets.cend()
            ? allowed
            : qMin(allowed,
                   it->tokens
                       + (QDateTime::currentMSecsSinceEpoch() - it->lastMs) * perSecond / 1000.0);
    // Whole requests, rounded so that a client spending what is left never hits the limit.
    const int count = int(allowed) - qFloor(tokens);
    const int reset = qCeil((allowed - tokens) / perSecond);
    return {{"inin-ratelimit-allowed", QByteArray::number(int(allowed))},
            {"inin-ratelimit-count", QByteArray::number(count)},
            {"inin-ratelimit-reset", QByteArray::number(reset)}};
}

std::optional<ApiResponse> TokenService::spend(QHash<QString, Bucket>& buckets,
                                               const QString& clientId) {
    if (m_options.rateLimitPerMinute <= 0)
        return std::nullopt;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const double perMs = m_options.rateLimitPerMinute / 60000.0;
    auto it = buckets.find(clientId);
    if (it == buckets.end())
        it = buckets.insert(clientId, {double(m_options.rateLimitPerMinute), nowMs});
    it->tokens =
        qMin(double(m_options.rateLimitPerMinute), it->tokens + (nowMs - it->lastMs) * perMs);
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
    e.limit = ErrorLimit{u"requests.per.minute"_s, u"platform.api"_s, m_options.rateLimitPerMinute};
    ApiResponse response = ApiResponse::error(e);
    response.headers.append({"Retry-After", QByteArray::number(retryAfter)});
    return response;
}
