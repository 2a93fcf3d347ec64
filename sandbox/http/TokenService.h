#pragma once

#include "core/SandboxStore.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QDateTime>
#include <QHash>

#include <deque>
#include <utility>

// POST /oauth/token (client credentials with HTTP Basic auth), bearer-token checks, and the
// per-client rate limit. Tokens live in memory: a restarted sandbox asks clients to log in again,
// as a real one would after a revocation.
class TokenService {
public:
    TokenService(SandboxStore& store, int ttlSeconds, int ratePerMinute);

    ApiResponse issue(const ApiRequest& request);
    //! The caller's org id, or nullopt with *error set to a 401 ErrorBody.
    std::optional<QString> authenticate(const ApiRequest& request, ApiResponse* error);
    //! Token bucket of `ratePerMinute` per OAuth client (whichever token it uses); nullopt when
    //! allowed, else a 429.
    std::optional<ApiResponse> throttle(const ApiRequest& request);

private:
    struct Token {
        QString orgId;
        QString clientId;
        QDateTime expires;
    };
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    static QByteArray bearer(const ApiRequest& request);

    SandboxStore& m_store;
    int m_ttlSeconds;
    int m_ratePerMinute;
    QHash<QByteArray, Token> m_tokens;
    std::deque<std::pair<QByteArray, QDateTime>> m_issued; //!< oldest first
    QHash<QString, Bucket> m_buckets;                      //!< API requests, per client id
    QHash<QString, Bucket> m_loginBuckets;                 //!< /oauth/token, per client id

    //! Takes one request from the client's budget ("" = unknown clients, sharing one).
    std::optional<ApiResponse> spend(QHash<QString, Bucket>& buckets, const QString& clientId);
};
