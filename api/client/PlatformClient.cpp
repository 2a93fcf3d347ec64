#include "client/PlatformClient.h"

#include "wire/Environment.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

const QString kRoles = u"/api/v2/authorization/roles"_s;
const QString kOrgAuth = u"/api/v2/orgauthorization"_s;

// Path parameters are percent-encoded as the SDK's encodeURIComponent does ("a b/c" -> a%20b%2Fc).
QString seg(const QString& id) {
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void addPaging(QUrlQuery& q, const PageQuery& p) {
    if (p.pageSize)
        q.addQueryItem(u"pageSize"_s, QString::number(*p.pageSize));
    if (p.pageNumber)
        q.addQueryItem(u"pageNumber"_s, QString::number(*p.pageNumber));
}

// Arrays go comma-joined in one parameter, as the SDK sends them.
void addList(QUrlQuery& q, const QString& key, const QStringList& values) {
    if (!values.isEmpty())
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(values.join(u','), ",:*")));
}

void addValue(QUrlQuery& q, const QString& key, const std::optional<QString>& value) {
    if (value)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(*value, ",:*")));
}

void addBool(QUrlQuery& q, const QString& key, const std::optional<bool>& value) {
    if (value)
        q.addQueryItem(key, *value ? u"true"_s : u"false"_s);
}

QByteArray idArray(const QStringList& ids) {
    return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_dispatcher(network) {
    setEnvironment(Environment::all().first().host);
}

bool PlatformClient::setEnvironment(const QString& environment, QString* error) {
    const Environment* env = Environment::find(environment);
    if (!env) {
        if (error)
            *error = tr("\"%1\" is not a Genesys Cloud region.").arg(environment);
        return false;
    }
    m_apiBase = env->apiBase();
    m_dispatcher.setEndpoints(env->apiBase(), env->loginBase());
    return true;
}

bool PlatformClient::setBaseUrl(const QUrl& base, QString* error) {
    if (!isAcceptableBaseUrl(base, error))
        return false;
    QUrl normalized =
        base.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_apiBase = normalized;
    m_dispatcher.setEndpoints(normalized, normalized);
    return true;
}

void PlatformClient::useSignIn(const QString& clientId) {
    m_signInClientId = clientId;
    m_dispatcher.useSignIn();
}

void PlatformClient::setCredentials(const QString& clientId, const QString& clientSecret) {
    m_dispatcher.setCredentials(clientId, clientSecret);
}

bool PlatformClient::configure(const ClientCredentials& credentials, QString* error) {
    if (!credentials.isComplete()) {
        if (error)
            *error = tr("Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client"
                        " credentials) to connect.");
        return false;
    }
    if (!credentials.environment.isEmpty() && !setEnvironment(credentials.environment, error))
        return false;
    setCredentials(credentials.clientId, credentials.clientSecret);
    return true;
}

template <typename Job>
Job* PlatformClient::send(const QByteArray& method, const QString& path, const QUrlQuery& query,
                          std::optional<QByteArray> body) {
    auto* job = new Job(
        RequestJob::Request{method, path, query, body.value_or(QByteArray()), body.has_value()},
        this);
    m_dispatcher.enqueue(job);
    return job;
}

template <typename Job>
Job* PlatformClient::refuse(const QString& message) {
    auto* job = new Job(RequestJob::Request{}, this);
    job->finishLater(ApiStatus::invalidRequest(message));
    return job;
}

#define REQUIRE(job, value, name)                                                                  \
    if ((value).isEmpty())                                                                         \
        return refuse<job>(tr("The %1 is required for this request.").arg(QStringLiteral(name)));

// ---- AuthorizationApi

RequestJob* PlatformClient::deleteRole(const QString& roleId) {
    REQUIRE(RequestJob, roleId, "role id")
    return send<RequestJob>("DELETE", kRoles + u'/' + seg(roleId));
}

RequestJob* PlatformClient::deleteUserRoles(const QString& userId) {
    REQUIRE(RequestJob, userId, "user id")
    return send<RequestJob>("DELETE", u"/api/v2/users/%1/roles"_s.arg(seg(userId)));
}

ResultJob<EntityListing<DomainPermissionCollection>>*
PlatformClient::getPermissions(const PermissionQuery& p) {
    QUrlQuery q;
    addPaging(q, p);
    addValue(q, u"queryType"_s, p.queryType);
    addList(q, u"query"_s, p.query);
    return send<ResultJob<EntityListing<DomainPermissionCollection>>>(
        "GET", u"/api/v2/authorization/permissions"_s, q);
}

ResultJob<EntityListing<DomainOrganizationProduct>>* PlatformClient::getProducts() {
    return send<ResultJob<EntityListing<DomainOrganizationProduct>>>(
        "GET", u"/api/v2/authorization/products"_s);
}

ResultJob<RoleListing>* PlatformClient::getRoles(const RoleQuery& r) {
    QUrlQuery q;
    addPaging(q, r);
    addValue(q, u"sortBy"_s, r.sortBy);
    addList(q, u"expand"_s, r.expand);
    addValue(q, u"nextPage"_s, r.nextPage);
    addValue(q, u"previousPage"_s, r.previousPage);
    addValue(q, u"name"_s, r.name);
    addList(q, u"permission"_s, r.permission);
    addList(q, u"defaultRoleId"_s, r.defaultRoleId);
    addBool(q, u"userCount"_s, r.userCount);
    addList(q, u"id"_s, r.id);
    return send<ResultJob<RoleListing>>("GET", kRoles, q);
}

ResultJob<DomainOrgRoleDifference>* PlatformClient::compareDefault(const QString& left,
                                                                   const QString& right) {
    REQUIRE(ResultJob<DomainOrgRoleDifference>, left, "role id")
    REQUIRE(ResultJob<DomainOrgRoleDifference>, right, "default role id")
    return send<ResultJob<DomainOrgRoleDifference>>(
        "GET", kRoles + u"/%1/comparedefault/%2"_s.arg(seg(left), seg(right)));
}

ResultJob<DomainOrganizationRole>* PlatformClient::getRole(const QString& roleId,
                                                           std::optional<bool> userCount,
                                                           const QStringList& expand) {
    REQUIRE(ResultJob<DomainOrganizationRole>, roleId, "role id")
    QUrlQuery q;
    addBool(q, u"userCount"_s, userCount);
    addList(q, u"expand"_s, expand);
    return send<ResultJob<DomainOrganizationRole>>("GET", kRoles + u'/' + seg(roleId), q);
}

ResultJob<UserAuthorization>* PlatformClient::getUserRoles(const QString& subjectId) {
    REQUIRE(ResultJob<UserAuthorization>, subjectId, "user id")
    return send<ResultJob<UserAuthorization>>("GET",
                                              u"/api/v2/users/%1/roles"_s.arg(seg(subjectId)));
}

ResultJob<DomainOrganizationRole>* PlatformClient::patchRole(const QString& roleId,
                                                             const DomainOrganizationRole& body) {
    REQUIRE(ResultJob<DomainOrganizationRole>, roleId, "role id")
    return send<ResultJob<DomainOrganizationRole>>("PATCH", kRoles + u'/' + seg(roleId), {},
                                                   toJsonBytes(body));
}

ResultJob<DomainOrganizationRole>*
PlatformClient::createRole(const DomainOrganizationRoleCreate& body) {
    REQUIRE(ResultJob<DomainOrganizationRole>, body.name.value_or(QString()).trimmed(), "role name")
    return send<ResultJob<DomainOrganizationRole>>("POST", kRoles, {}, toJsonBytes(body));
}

ResultJob<RoleListing>* PlatformClient::restoreAllDefaultRoles(std::optional<bool> force) {
    QUrlQuery q;
    addBool(q, u"force"_s, force);
    return send<ResultJob<RoleListing>>("POST", kRoles + u"/default"_s, q, QByteArray());
}

ResultJob<DomainOrgRoleDifference>*
PlatformClient::compareDefaultDraft(const QString& left, const QString& right,
                                    const DomainOrganizationRole& body) {
    REQUIRE(ResultJob<DomainOrgRoleDifference>, left, "role id")
    REQUIRE(ResultJob<DomainOrgRoleDifference>, right, "default role id")
    return send<ResultJob<DomainOrgRoleDifference>>(
        "POST", kRoles + u"/%1/comparedefault/%2"_s.arg(seg(left), seg(right)), {},
        toJsonBytes(body));
}

ResultJob<RoleListing>*
PlatformClient::restoreDefaultRoles(const QList<DomainOrganizationRole>& roles) {
    if (roles.isEmpty())
        return refuse<ResultJob<RoleListing>>(tr("Choose at least one default role to restore."));
    return send<ResultJob<RoleListing>>("PUT", kRoles + u"/default"_s, {}, toJsonBytes(roles));
}

ResultJob<DomainOrganizationRole>*
PlatformClient::updateRole(const QString& roleId, const DomainOrganizationRoleUpdate& body) {
    REQUIRE(ResultJob<DomainOrganizationRole>, roleId, "role id")
    REQUIRE(ResultJob<DomainOrganizationRole>, body.name.value_or(QString()).trimmed(), "role name")
    return send<ResultJob<DomainOrganizationRole>>("PUT", kRoles + u'/' + seg(roleId), {},
                                                   toJsonBytes(body));
}

ResultJob<QStringList>* PlatformClient::addRoleUsers(const QString& roleId,
                                                     const QStringList& userIds) {
    REQUIRE(ResultJob<QStringList>, roleId, "role id")
    return send<ResultJob<QStringList>>("PUT", kRoles + u"/%1/users/add"_s.arg(seg(roleId)), {},
                                        idArray(userIds));
}

ResultJob<QStringList>* PlatformClient::removeRoleUsers(const QString& roleId,
                                                        const QStringList& userIds) {
    REQUIRE(ResultJob<QStringList>, roleId, "role id")
    return send<ResultJob<QStringList>>("PUT", kRoles + u"/%1/users/remove"_s.arg(seg(roleId)), {},
                                        idArray(userIds));
}

ResultJob<UserAuthorization>* PlatformClient::setUserRoles(const QString& subjectId,
                                                           const QStringList& roleIds) {
    REQUIRE(ResultJob<UserAuthorization>, subjectId, "user id")
    return send<ResultJob<UserAuthorization>>(
        "PUT", u"/api/v2/users/%1/roles"_s.arg(seg(subjectId)), {}, idArray(roleIds));
}

// ---- OrganizationAuthorizationApi

RequestJob* PlatformClient::deleteTrustee(const QString& trusteeOrgId) {
    REQUIRE(RequestJob, trusteeOrgId, "trustee organization id")
    return send<RequestJob>("DELETE", kOrgAuth + u"/trustees/"_s + seg(trusteeOrgId));
}

RequestJob* PlatformClient::deleteTrusteeUser(const QString& trusteeOrgId, const QString& userId) {
    REQUIRE(RequestJob, trusteeOrgId, "trustee organization id")
    REQUIRE(RequestJob, userId, "trustee user id")
    return send<RequestJob>(
        "DELETE", kOrgAuth + u"/trustees/%1/users/%2"_s.arg(seg(trusteeOrgId), seg(userId)));
}

RequestJob* PlatformClient::deleteTrusteeUserRoles(const QString& trusteeOrgId,
                                                   const QString& userId) {
    REQUIRE(RequestJob, trusteeOrgId, "trustee organization id")
    REQUIRE(RequestJob, userId, "trustee user id")
    return send<RequestJob>(
        "DELETE", kOrgAuth + u"/trustees/%1/users/%2/roles"_s.arg(seg(trusteeOrgId), seg(userId)));
}

RequestJob* PlatformClient::deleteTrustor(const QString& trustorOrgId) {
    REQUIRE(RequestJob, trustorOrgId, "trustor organization id")
    return send<RequestJob>("DELETE", kOrgAuth + u"/trustors/"_s + seg(trustorOrgId));
}

RequestJob* PlatformClient::deleteTrustorUser(const QString& trustorOrgId, const QString& userId) {
    REQUIRE(RequestJob, trustorOrgId, "trustor organization id")
    REQUIRE(RequestJob, userId, "user id")
    return send<RequestJob>(
        "DELETE", kOrgAuth + u"/trustors/%1/users/%2"_s.arg(seg(trustorOrgId), seg(userId)));
}

ResultJob<TrustRequest>* PlatformClient::getPairing(const QString& pairingId) {
    REQUIRE(ResultJob<TrustRequest>, pairingId, "pairing id")
    return send<ResultJob<TrustRequest>>("GET", kOrgAuth + u"/pairings/"_s + seg(pairingId));
}

ResultJob<Trustee>* PlatformClient::getTrustee(const QString& trusteeOrgId) {
    REQUIRE(ResultJob<Trustee>, trusteeOrgId, "trustee organization id")
    return send<ResultJob<Trustee>>("GET", kOrgAuth + u"/trustees/"_s + seg(trusteeOrgId));
}

ResultJob<TrustUser>* PlatformClient::getTrusteeUser(const QString& trusteeOrgId,
                                                     const QString& userId) {
    REQUIRE(ResultJob<TrustUser>, trusteeOrgId, "trustee organization id")
    REQUIRE(ResultJob<TrustUser>, userId, "trustee user id")
    return send<ResultJob<TrustUser>>(
        "GET", kOrgAuth + u"/trustees/%1/users/%2"_s.arg(seg(trusteeOrgId), seg(userId)));
}

ResultJob<UserAuthorization>* PlatformClient::getTrusteeUserRoles(const QString& trusteeOrgId,
                                                                  const QString& userId) {
    REQUIRE(ResultJob<UserAuthorization>, trusteeOrgId, "trustee organization id")
    REQUIRE(ResultJob<UserAuthorization>, userId, "trustee user id")
    return send<ResultJob<UserAuthorization>>(
        "GET", kOrgAuth + u"/trustees/%1/users/%2/roles"_s.arg(seg(trusteeOrgId), seg(userId)));
}

ResultJob<EntityListing<TrustUser>>* PlatformClient::getTrusteeUsers(const QString& trusteeOrgId,
                                                                     const PageQuery& p) {
    REQUIRE(ResultJob<EntityListing<TrustUser>>, trusteeOrgId, "trustee organization id")
    QUrlQuery q;
    addPaging(q, p);
    return send<ResultJob<EntityListing<TrustUser>>>(
        "GET", kOrgAuth + u"/trustees/%1/users"_s.arg(seg(trusteeOrgId)), q);
}

ResultJob<EntityListing<Trustee>>* PlatformClient::getTrustees(const PageQuery& p) {
    QUrlQuery q;
    addPaging(q, p);
    return send<ResultJob<EntityListing<Trustee>>>("GET", kOrgAuth + u"/trustees"_s, q);
}

ResultJob<Trustor>* PlatformClient::getTrustor(const QString& trustorOrgId) {
    REQUIRE(ResultJob<Trustor>, trustorOrgId, "trustor organization id")
    return send<ResultJob<Trustor>>("GET", kOrgAuth + u"/trustors/"_s + seg(trustorOrgId));
}

ResultJob<TrustUser>* PlatformClient::getTrustorUser(const QString& trustorOrgId,
                                                     const QString& userId) {
    REQUIRE(ResultJob<TrustUser>, trustorOrgId, "trustor organization id")
    REQUIRE(ResultJob<TrustUser>, userId, "user id")
    return send<ResultJob<TrustUser>>(
        "GET", kOrgAuth + u"/trustors/%1/users/%2"_s.arg(seg(trustorOrgId), seg(userId)));
}

ResultJob<EntityListing<TrustUser>>* PlatformClient::getTrustorUsers(const QString& trustorOrgId,
                                                                     const PageQuery& p) {
    REQUIRE(ResultJob<EntityListing<TrustUser>>, trustorOrgId, "trustor organization id")
    QUrlQuery q;
    addPaging(q, p);
    return send<ResultJob<EntityListing<TrustUser>>>(
        "GET", kOrgAuth + u"/trustors/%1/users"_s.arg(seg(trustorOrgId)), q);
}

ResultJob<EntityListing<Trustor>>* PlatformClient::getTrustors(const PageQuery& p) {
    QUrlQuery q;
    addPaging(q, p);
    return send<ResultJob<EntityListing<Trustor>>>("GET", kOrgAuth + u"/trustors"_s, q);
}

ResultJob<TrustRequest>* PlatformClient::createPairing(const TrustRequestCreate& body) {
    return send<ResultJob<TrustRequest>>("POST", kOrgAuth + u"/pairings"_s, {}, toJsonBytes(body));
}

ResultJob<TrustUser>* PlatformClient::addTrusteeUser(const QString& trusteeOrgId,
                                                     const TrustMemberCreate& body) {
    REQUIRE(ResultJob<TrustUser>, trusteeOrgId, "trustee organization id")
    REQUIRE(ResultJob<TrustUser>, body.id.value_or(QString()), "trustee user id")
    return send<ResultJob<TrustUser>>(
        "POST", kOrgAuth + u"/trustees/%1/users"_s.arg(seg(trusteeOrgId)), {}, toJsonBytes(body));
}

ResultJob<Trustee>* PlatformClient::createTrustee(const TrustCreate& body) {
    if (!body.enabled)
        return refuse<ResultJob<Trustee>>(tr("Say whether the new trust is enabled."));
    return send<ResultJob<Trustee>>("POST", kOrgAuth + u"/trustees"_s, {}, toJsonBytes(body));
}

namespace {
QUrlQuery auditQuery(const AuditQuery& a) {
    QUrlQuery q;
    addPaging(q, a);
    addValue(q, u"sortBy"_s, a.sortBy);
    addValue(q, u"sortOrder"_s, a.sortOrder);
    return q;
}
} // namespace

ResultJob<AuditQueryResponse>*
PlatformClient::queryTrusteeAudits(const TrusteeAuditQueryRequest& body, const AuditQuery& a) {
    return send<ResultJob<AuditQueryResponse>>("POST", kOrgAuth + u"/trustees/audits"_s,
                                               auditQuery(a), toJsonBytes(body));
}

ResultJob<AuditQueryResponse>*
PlatformClient::queryTrustorAudits(const TrustorAuditQueryRequest& body, const AuditQuery& a) {
    REQUIRE(ResultJob<AuditQueryResponse>, body.trustorOrganizationId.value_or(QString()),
            "trustor organization id")
    // "trustor" is singular in this one path, in the API itself.
    return send<ResultJob<AuditQueryResponse>>("POST", kOrgAuth + u"/trustor/audits"_s,
                                               auditQuery(a), toJsonBytes(body));
}

ResultJob<Trustee>* PlatformClient::updateTrustee(const QString& trusteeOrgId,
                                                  const TrustUpdate& body) {
    REQUIRE(ResultJob<Trustee>, trusteeOrgId, "trustee organization id")
    if (!body.enabled)
        return refuse<ResultJob<Trustee>>(tr("Say whether the trust is enabled."));
    return send<ResultJob<Trustee>>("PUT", kOrgAuth + u"/trustees/"_s + seg(trusteeOrgId), {},
                                    toJsonBytes(body));
}

ResultJob<UserAuthorization>* PlatformClient::setTrusteeUserRoles(const QString& trusteeOrgId,
                                                                  const QString& userId,
                                                                  const QStringList& roleIds) {
    REQUIRE(ResultJob<UserAuthorization>, trusteeOrgId, "trustee organization id")
    REQUIRE(ResultJob<UserAuthorization>, userId, "trustee user id")
    return send<ResultJob<UserAuthorization>>(
        "PUT", kOrgAuth + u"/trustees/%1/users/%2/roles"_s.arg(seg(trusteeOrgId), seg(userId)), {},
        idArray(roleIds));
}

ResultJob<TrustUser>* PlatformClient::addTrustorUser(const QString& trustorOrgId,
                                                     const QString& userId) {
    REQUIRE(ResultJob<TrustUser>, trustorOrgId, "trustor organization id")
    REQUIRE(ResultJob<TrustUser>, userId, "user id")
    // No body: the SDK sends an empty PUT.
    return send<ResultJob<TrustUser>>(
        "PUT", kOrgAuth + u"/trustors/%1/users/%2"_s.arg(seg(trustorOrgId), seg(userId)), {},
        QByteArray());
}

// ---- supporting operations

ResultJob<EntityListing<User>>* PlatformClient::getUsers(const UserQuery& u) {
    QUrlQuery q;
    addPaging(q, u);
    addList(q, u"id"_s, u.id);
    addValue(q, u"sortOrder"_s, u.sortOrder);
    addList(q, u"expand"_s, u.expand);
    addValue(q, u"state"_s, u.state);
    return send<ResultJob<EntityListing<User>>>("GET", u"/api/v2/users"_s, q);
}

ResultJob<EntityListing<UserReference>>* PlatformClient::getRoleUsers(const QString& roleId,
                                                                      const PageQuery& p) {
    REQUIRE(ResultJob<EntityListing<UserReference>>, roleId, "role id")
    QUrlQuery q;
    addPaging(q, p);
    return send<ResultJob<EntityListing<UserReference>>>(
        "GET", kRoles + u"/%1/users"_s.arg(seg(roleId)), q);
}

ResultJob<UserMe>* PlatformClient::getUsersMe(const QStringList& expand) {
    QUrlQuery q;
    if (!expand.isEmpty())
        q.addQueryItem(u"expand"_s, expand.join(u','));
    return send<ResultJob<UserMe>>("GET", u"/api/v2/users/me"_s, q);
}

ResultJob<Organization>* PlatformClient::getOrganizationMe() {
    return send<ResultJob<Organization>>("GET", u"/api/v2/organizations/me"_s);
}

// ---- every page

namespace {

PageQuery pageOf(int pageNumber, int pageSize) {
    return {pageSize > 0 ? std::optional<int>(pageSize) : std::nullopt, pageNumber};
}

} // namespace

PagedJob<DomainOrganizationRole>* PlatformClient::fetchAllRoles(RoleQuery q) {
    return fetchAll<DomainOrganizationRole>(
        u"roles"_s,
        [this, q](int page, int size) mutable {
            q.pageNumber = page;
            q.pageSize = size > 0 ? std::optional<int>(size) : std::nullopt;
            return getRoles(q);
        },
        q.pageSize.value_or(0));
}

PagedJob<DomainPermissionCollection>* PlatformClient::fetchAllPermissions(PermissionQuery q) {
    return fetchAll<DomainPermissionCollection>(
        u"permissions"_s,
        [this, q](int page, int size) mutable {
            q.pageNumber = page;
            q.pageSize = size > 0 ? std::optional<int>(size) : std::nullopt;
            return getPermissions(q);
        },
        q.pageSize.value_or(0));
}

PagedJob<Trustee>* PlatformClient::fetchAllTrustees(int pageSize) {
    return fetchAll<Trustee>(
        u"trustees"_s, [this](int page, int size) { return getTrustees(pageOf(page, size)); },
        pageSize);
}

PagedJob<Trustor>* PlatformClient::fetchAllTrustors(int pageSize) {
    return fetchAll<Trustor>(
        u"trustors"_s, [this](int page, int size) { return getTrustors(pageOf(page, size)); },
        pageSize);
}

PagedJob<UserReference>* PlatformClient::fetchAllRoleUsers(const QString& roleId, int pageSize) {
    return fetchAll<UserReference>(
        u"roleUsers"_s,
        [this, roleId](int page, int size) { return getRoleUsers(roleId, pageOf(page, size)); },
        pageSize);
}

PagedJob<TrustUser>* PlatformClient::fetchAllTrusteeUsers(const QString& trusteeOrgId,
                                                          int pageSize) {
    return fetchAll<TrustUser>(
        u"trusteeUsers"_s,
        [this, trusteeOrgId](int page, int size) {
            return getTrusteeUsers(trusteeOrgId, pageOf(page, size));
        },
        pageSize);
}

PagedJob<TrustUser>* PlatformClient::fetchAllTrustorUsers(const QString& trustorOrgId,
                                                          int pageSize) {
    return fetchAll<TrustUser>(
        u"trustorUsers"_s,
        [this, trustorOrgId](int page, int size) {
            return getTrustorUsers(trustorOrgId, pageOf(page, size));
        },
        pageSize);
}

PagedJob<User>* PlatformClient::fetchAllUsers(UserQuery q) {
    return fetchAll<User>(
        u"users"_s,
        [this, q](int page, int size) mutable {
            q.pageNumber = page;
            q.pageSize = size > 0 ? std::optional<int>(size) : std::nullopt;
            return getUsers(q);
        },
        q.pageSize.value_or(0));
}
