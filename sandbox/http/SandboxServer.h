#pragma once

#include "Sandbox.h"
#include "SandboxOptions.h"
#include "catalog/PermissionCatalog.h"
#include "core/DefaultRoleTemplates.h"
#include "core/SandboxContext.h"
#include "core/SandboxStore.h"
#include "http/Router.h"
#include "http/TokenService.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

#include <memory>

// The HTTP face of the sandbox. Subclasses QAbstractHttpServer rather than using QHttpServer's
// routes: fault injection needs the socket (to drop it or cut a body short), latency needs to
// answer later, and wrong methods must get 405, none of which 6.4's router allows.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    //! Opens the store (seeding it when new) and listens; returns the port, 0 on failure.
    quint16 start(QString* error);
    //! start() without listening: the store opened (and seeded), the routes in place.
    bool prepare(QString* error);
    //! A request as its handlers see it, decoded from the URL and body as they arrived.
    static ApiRequest requestFrom(const QByteArray& method, const QUrl& url,
                                  const QList<QPair<QByteArray, QByteArray>>& headers,
                                  const QByteArray& body);
    //! The answer to `request` as for an authenticated caller of `orgId`, without a socket,
    //! a token, faults or the rate limit: what the fuzz target drives.
    ApiResponse answerAs(const QString& orgId, ApiRequest& request);
    QList<StoredOrg> organizations();
    //! The seeded people to sign in as (their titles are in seed.json "people").
    QList<SandboxPerson> people();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    enum class Fault {
        None,
        ServiceUnavailable,
        InternalError,
        DropBefore,
        DropAfter,
        Truncate,
        Malformed,
        HtmlPage,
        EmptyInternalError
    };

    ApiResponse process(ApiRequest& request, Fault& fault);
    //! An authenticated API request: its budget, any fault, then the route.
    ApiResponse processApi(ApiRequest& request, Fault& fault);
    //! The route's answer; for a write, inside one transaction that a storage failure undoes.
    ApiResponse dispatchInTransaction(ApiRequest& request);
    ApiResponse storageFailure() const;
    //! The permission policies of every role the caller holds, for the routes' checks.
    QJsonArray policiesOf(const Caller& caller);
    //! The 413 for a body over the limit, or nothing.
    std::optional<ApiResponse> oversize(const ApiRequest& request) const;
    Fault pickFault();
    //! The fault kinds SandboxOptions::faultKinds names; unknown names are reported by start().
    static std::optional<Fault> faultNamed(const QString& name);
    void deliver(QTcpSocket* socket, const ApiResponse& response, Fault fault, bool closeAfter);

    SandboxOptions m_options;
    SandboxStore m_store;
    std::optional<PermissionCatalog> m_catalog;
    std::optional<DefaultRoleTemplates> m_templates;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<TokenService> m_tokens;
    Router m_router;
    QStringList m_personTitles;
    QHash<QString, QJsonArray> m_policyCache; //!< policiesOf, per caller
    quint64 m_policyCacheStamp = 0;           //!< the store's writeCount() it was read at
    QRandomGenerator m_random;
};
