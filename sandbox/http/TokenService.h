#pragma once

#include "SandboxOptions.h"
#include "core/SandboxStore.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <deque>
#include <utility>

//! Who sent a request, from its bearer token: an OAuth client on its own (client credentials) or
//! a person signed in through the sign-in page.
struct Caller {
    QString orgId;
    QString clientId; //!< the OAuth client the token was issued to; its budget is spent
    QString userId;   //!< the signed-in person; empty for a client-credentials token
};

// The sandbox's login service: POST /oauth/token (client credentials with HTTP Basic auth, and
// the authorization-code grant with PKCE for the sign-in client), the sign-in page at
// /oauth/authorize, bearer-token checks, and the per-client rate limit. Tokens and codes live in
// memory: a restarted sandbox asks clients to log in again, as a real one would after a
// revocation.
class TokenService {
public:
    //! `personTitles`: titles of the people the sign-in page suggests trying.
    TokenService(SandboxStore& store, const SandboxOptions& options, QStringList personTitles);

    ApiResponse issue(const ApiRequest& request);
    //! GET shows the sign-in page; POST (the page's form) signs in and redirects with a code.
    ApiResponse authorize(const ApiRequest& request);
    //! The caller, or nullopt with *error set to a 401 ErrorBody.
    std::optional<Caller> authenticate(const ApiRequest& request, ApiResponse* error);
    //! Token bucket of `ratePerMinute` per OAuth client (whichever token it uses); nullopt when
    //! allowed, else a 429.
    std::optional<ApiResponse> throttle(const ApiRequest& request);
    //! The client's API budget as the real service reports it on every response:
    //! inin-ratelimit-allowed (the budget), -count (spent of it) and -reset (seconds until all
    //! of it is back). None when there is no limit.
    QList<QPair<QByteArray, QByteArray>> budgetHeaders(const QString& clientId) const;

    //! The public client an org's people sign in through (no secret; PKCE instead).
    static QString signInClientId(const QString& orgId);
    //! The redirect registered for the sign-in client; any loopback port is accepted.
    static QString registeredRedirect() { return QStringLiteral("http://127.0.0.1/callback"); }

private:
    struct Token {
        Caller caller;
        QDateTime expires;
    };
    struct Code {
        QString orgId;
        QString clientId;
        QString userId;
        QString redirectUri;
        QString challenge;
        QDateTime expires;
        bool used = false;
        QByteArray token; //!< what it was exchanged for, revoked if the code is replayed
    };
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    //! The parameters of an authorization request, checked as far as they can be.
    struct Authorization {
        std::optional<StoredOrg> org;
        QString clientId;
        QUrl redirect;
        QString state;
        QString challenge;
        std::optional<ApiResponse> problem; //!< an error page or an error redirect
    };
    static QByteArray bearer(const ApiRequest& request);

    ApiResponse clientCredentials(const ApiRequest& request, const QUrlQuery& form);
    ApiResponse authorizationCode(const QUrlQuery& form);
    Authorization readAuthorization(const QUrlQuery& params);
    ApiResponse signInPage(const Authorization& a, const QString& email, const QString& problem,
                           int status) const;
    QByteArray newToken(const Caller& caller);
    std::optional<StoredOrg> orgBySignInClient(const QString& clientId);
    void prune();

    SandboxStore& m_store;
    const SandboxOptions& m_options;
    QStringList m_personTitles;
    QHash<QByteArray, Token> m_tokens;
    std::deque<std::pair<QByteArray, QDateTime>> m_issued; //!< oldest first
    QHash<QString, Code> m_codes;
    QHash<QString, Bucket> m_buckets;      //!< API requests, per client id
    QHash<QString, Bucket> m_loginBuckets; //!< /oauth/token and sign-ins, per client id

    //! Takes one request from the client's budget ("" = unknown clients, sharing one).
    std::optional<ApiResponse> spend(QHash<QString, Bucket>& buckets, const QString& clientId);
};
