#pragma once

#include "client/ApiJob.h"
#include "client/ClientCredentials.h"
#include "client/PagedJob.h"
#include "client/RequestDispatcher.h"
#include "client/ResultJob.h"
#include "wire/CatalogTypes.h"
#include "wire/EntityListing.h"
#include "wire/RoleTypes.h"
#include "wire/TrustTypes.h"
#include "wire/UserTypes.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

//! Paging of a list call: pageSize (default 25) and pageNumber (1-based); unset = server default.
struct PageQuery {
    std::optional<int> pageSize;
    std::optional<int> pageNumber;
};

//! Query of GET /api/v2/authorization/roles (A5).
struct RoleQuery : PageQuery {
    std::optional<QString> sortBy;
    QStringList expand;
    std::optional<QString> nextPage;
    std::optional<QString> previousPage;
    std::optional<QString> name;
    QStringList permission;
    QStringList defaultRoleId;
    std::optional<bool> userCount;
    QStringList id;
};

//! Query of GET /api/v2/authorization/permissions (A3).
struct PermissionQuery : PageQuery {
    std::optional<QString> queryType; //!< domain or permission
    QStringList query;
};

//! Query of GET /api/v2/users (S1).
struct UserQuery : PageQuery {
    QStringList id;
    std::optional<QString> sortOrder; //!< ASC or DESC
    QStringList expand;
    std::optional<QString> state; //!< active inactive deleted any
};

//! Paging and sort of the audit queries (O19, O20).
struct AuditQuery : PageQuery {
    std::optional<QString> sortBy;    //!< timestamp
    std::optional<QString> sortOrder; //!< ascending or descending
};

using RoleListing = EntityListing<DomainOrganizationRole>;

//! The typed Platform API client: one call per operation, each returning a job (see ApiJob).
//! Owns the dispatcher that logs in, queues, retries and honours rate limits for all of them.
class PlatformClient : public QObject {
    Q_OBJECT
public:
    explicit PlatformClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    //! A region by key or host (Environment::find); false with *error for an unknown one.
    bool setEnvironment(const QString& environment, QString* error = nullptr);
    //! An explicit base for both the API (/api/v2) and the login (/oauth/token), as the SDK's
    //! gateway setting; plain http only for loopback hosts.
    bool setBaseUrl(const QUrl& base, QString* error = nullptr);
    void setCredentials(const QString& clientId, const QString& clientSecret);
    //! Connects as a person: tokens come from a browser sign-in through this public client
    //! (see BrowserSignIn), given with dispatcher()->setAccessToken().
    void useSignIn(const QString& clientId);
    bool usesSignIn() const { return m_dispatcher.usesSignIn(); }
    QString signInClientId() const { return m_signInClientId; }
    QUrl loginBase() const { return m_dispatcher.loginBase(); }
    //! Credentials and environment together (e.g. from ClientCredentials::fromEnvironment()).
    bool configure(const ClientCredentials& credentials, QString* error = nullptr);
    QUrl apiBase() const { return m_apiBase; }

    //! Pages of one listing in flight at once in the fetchAll helpers; 0 (the default) puts
    //! every page in the queue as soon as the first says how many there are, and the queue's
    //! own cap decides.
    void setListParallelism(int pages) { m_parallelism = qMax(0, pages); }
    int listParallelism() const { return m_parallelism; }
    //! The page size the fetchAll helpers start with when none is asked for (default 500):
    //! fewer requests is what counts under a rate limit. A size the server refuses is lowered
    //! (see smallerPageSize) and the size it took is kept for that listing from then on.
    void setPreferredPageSize(int size) { m_pageSizes.setPreferred(size); }
    int preferredPageSize() const { return m_pageSizes.preferred(); }
    //! The size the next fetchAll of this listing (its path, ids left out) starts with.
    int pageSizeFor(const QString& listing) const { return m_pageSizes.sizeFor(listing); }
    RequestDispatcher* dispatcher() { return &m_dispatcher; }
    QNetworkAccessManager* network() const { return m_network; }

    // ---- AuthorizationApi
    RequestJob* deleteRole(const QString& roleId);      // A1
    RequestJob* deleteUserRoles(const QString& userId); // A2
    ResultJob<EntityListing<DomainPermissionCollection>>*
    getPermissions(const PermissionQuery& q = {});                      // A3
    ResultJob<EntityListing<DomainOrganizationProduct>>* getProducts(); // A4
    ResultJob<RoleListing>* getRoles(const RoleQuery& q = {});          // A5
    ResultJob<DomainOrgRoleDifference>* compareDefault(const QString& leftRoleId,
                                                       const QString& rightRoleId); // A6
    ResultJob<DomainOrganizationRole>* getRole(const QString& roleId,
                                               std::optional<bool> userCount = {},
                                               const QStringList& expand = {}); // A7
    ResultJob<UserAuthorization>* getUserRoles(const QString& subjectId);       // A8
    ResultJob<DomainOrganizationRole>* patchRole(const QString& roleId,
                                                 const DomainOrganizationRole& body);        // A9
    ResultJob<DomainOrganizationRole>* createRole(const DomainOrganizationRoleCreate& body); // A10
    ResultJob<RoleListing>* restoreAllDefaultRoles(std::optional<bool> force = {});          // A11
    ResultJob<DomainOrgRoleDifference>*
    compareDefaultDraft(const QString& leftRoleId, const QString& rightRoleId,
                        const DomainOrganizationRole& body);                                 // A12
    ResultJob<RoleListing>* restoreDefaultRoles(const QList<DomainOrganizationRole>& roles); // A13
    ResultJob<DomainOrganizationRole>* updateRole(const QString& roleId,
                                                  const DomainOrganizationRoleUpdate& body); // A14
    ResultJob<QStringList>* addRoleUsers(const QString& roleId, const QStringList& userIds); // A15
    ResultJob<QStringList>* removeRoleUsers(const QString& roleId,
                                            const QStringList& userIds); // A16
    ResultJob<UserAuthorization>* setUserRoles(const QString& subjectId,
                                               const QStringList& roleIds); // A17

    // ---- OrganizationAuthorizationApi
    RequestJob* deleteTrustee(const QString& trusteeOrgId);                                   // O1
    RequestJob* deleteTrusteeUser(const QString& trusteeOrgId, const QString& userId);        // O2
    RequestJob* deleteTrusteeUserRoles(const QString& trusteeOrgId, const QString& userId);   // O3
    RequestJob* deleteTrustor(const QString& trustorOrgId);                                   // O4
    RequestJob* deleteTrustorUser(const QString& trustorOrgId, const QString& userId);        // O5
    ResultJob<TrustRequest>* getPairing(const QString& pairingId);                            // O6
    ResultJob<Trustee>* getTrustee(const QString& trusteeOrgId);                              // O7
    ResultJob<TrustUser>* getTrusteeUser(const QString& trusteeOrgId, const QString& userId); // O8
    ResultJob<UserAuthorization>* getTrusteeUserRoles(const QString& trusteeOrgId,
                                                      const QString& userId); // O9
    ResultJob<EntityListing<TrustUser>>* getTrusteeUsers(const QString& trusteeOrgId,
                                                         const PageQuery& q = {});            // O10
    ResultJob<EntityListing<Trustee>>* getTrustees(const PageQuery& q = {});                  // O11
    ResultJob<Trustor>* getTrustor(const QString& trustorOrgId);                              // O12
    ResultJob<TrustUser>* getTrustorUser(const QString& trustorOrgId, const QString& userId); // O13
    ResultJob<EntityListing<TrustUser>>* getTrustorUsers(const QString& trustorOrgId,
                                                         const PageQuery& q = {}); // O14
    ResultJob<EntityListing<Trustor>>* getTrustors(const PageQuery& q = {});       // O15
    ResultJob<TrustRequest>* createPairing(const TrustRequestCreate& body);        // O16
    ResultJob<TrustUser>* addTrusteeUser(const QString& trusteeOrgId,
                                         const TrustMemberCreate& body); // O17
    ResultJob<Trustee>* createTrustee(const TrustCreate& body);          // O18
    ResultJob<AuditQueryResponse>* queryTrusteeAudits(const TrusteeAuditQueryRequest& body,
                                                      const AuditQuery& q = {}); // O19
    ResultJob<AuditQueryResponse>* queryTrustorAudits(const TrustorAuditQueryRequest& body,
                                                      const AuditQuery& q = {});             // O20
    ResultJob<Trustee>* updateTrustee(const QString& trusteeOrgId, const TrustUpdate& body); // O21
    ResultJob<UserAuthorization>* setTrusteeUserRoles(const QString& trusteeOrgId,
                                                      const QString& userId,
                                                      const QStringList& roleIds);            // O22
    ResultJob<TrustUser>* addTrustorUser(const QString& trustorOrgId, const QString& userId); // O23

    // ---- supporting operations
    ResultJob<EntityListing<User>>* getUsers(const UserQuery& q = {}); // S1
    ResultJob<EntityListing<UserReference>>* getRoleUsers(const QString& roleId,
                                                          const PageQuery& q = {}); // S2

    //! GET /api/v2/users/me (S3): the person the token belongs to (a 4xx for client
    //! credentials); `expand` may add "organization" and "authorization".
    ResultJob<UserMe>* getUsersMe(const QStringList& expand = {});
    //! GET /api/v2/organizations/me: the name and details of the connected organization.
    ResultJob<Organization>* getOrganizationMe();

    // ---- every page of a listing (see PagedJob)
    //! `page` builds one page's request for a page number and a page size (0: the server's
    //! default); `pageSize` is the size to start with.
    template <typename T>
    PagedJob<T>* fetchAll(const QString& listing, typename PagedJob<T>::PageFactory page,
                          int pageSize) {
        auto* job = new PagedJob<T>(std::move(page), m_parallelism, pageSize, this);
        if (pageSize <= 0)
            job->remember(&m_pageSizes, listing);
        return job;
    }
    PagedJob<DomainOrganizationRole>* fetchAllRoles(RoleQuery q = {});
    PagedJob<DomainPermissionCollection>* fetchAllPermissions(PermissionQuery q = {});
    //! `pageSize` 0: the preferred size (see setPreferredPageSize).
    PagedJob<Trustee>* fetchAllTrustees(int pageSize = 0);
    PagedJob<Trustor>* fetchAllTrustors(int pageSize = 0);
    PagedJob<User>* fetchAllUsers(UserQuery q = {});
    //! Who holds a role (S2), every page.
    PagedJob<UserReference>* fetchAllRoleUsers(const QString& roleId, int pageSize = 0);
    PagedJob<TrustUser>* fetchAllTrusteeUsers(const QString& trusteeOrgId, int pageSize = 0);
    PagedJob<TrustUser>* fetchAllTrustorUsers(const QString& trustorOrgId, int pageSize = 0);

private:
    template <typename Job>
    Job* send(const QByteArray& method, const QString& path, const QUrlQuery& query = {},
              std::optional<QByteArray> body = std::nullopt);
    //! A job that fails with InvalidRequest without sending, as the SDK refuses a call whose
    //! required argument is missing.
    template <typename Job>
    Job* refuse(const QString& message);

    QNetworkAccessManager* m_network;
    RequestDispatcher m_dispatcher;
    QUrl m_apiBase;
    QString m_signInClientId;
    int m_parallelism = 0;
    PageSizeMemory m_pageSizes;
};
