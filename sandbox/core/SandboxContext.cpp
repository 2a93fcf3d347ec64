#include "core/SandboxContext.h"

#include "core/JsonStrings.h"
#include "core/SandboxIds.h"
#include "roles/RolePolicies.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SandboxContext::SandboxContext(SandboxStore& s, const PermissionCatalog& c,
                               const DefaultRoleTemplates& t, const SandboxOptions& o,
                               QStringList p)
    : store(s)
    , catalog(c)
    , templates(t)
    , options(o)
    , products(std::move(p)) {}

QString SandboxContext::isoUtc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString SandboxContext::now() {
    return isoUtc(QDateTime::currentDateTimeUtc());
}

namespace {

std::optional<QJsonDocument> parseBody(const ApiRequest& request, ApiResponse* error) {
    if (request.body.trimmed().isEmpty()) {
        *error = ApiResponse::badRequest(u"The request body is required."_s, u"body"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiResponse::badRequest(
            u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                .arg(parseError.offset),
            u"body"_s, u"invalid.json"_s);
        return std::nullopt;
    }
    return doc;
}

} // namespace

std::optional<QJsonObject> SandboxContext::bodyObject(const ApiRequest& request,
                                                      ApiResponse* error) const {
    const auto doc = parseBody(request, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *error = ApiResponse::badRequest(u"The request body must be a JSON object."_s, u"body"_s);
        return std::nullopt;
    }
    return doc->object();
}

std::optional<QJsonArray> SandboxContext::bodyArray(const ApiRequest& request,
                                                    ApiResponse* error) const {
    const auto doc = parseBody(request, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        *error = ApiResponse::badRequest(u"The request body must be a JSON array."_s, u"body"_s);
        return std::nullopt;
    }
    return doc->array();
}

std::optional<QStringList> SandboxContext::bodyIdList(const ApiRequest& request,
                                                      ApiResponse* error) const {
    const auto array = bodyArray(request, error);
    if (!array)
        return std::nullopt;
    QStringList ids;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        if (!v.isString() || v.toString().isEmpty()) {
            *error = ApiResponse::badRequest(
                u"Element %1 of the body must be a non-empty id string."_s.arg(i),
                u"body[%1]"_s.arg(i));
            return std::nullopt;
        }
        if (!ids.contains(v.toString()))
            ids.append(v.toString());
    }
    return ids;
}

std::optional<Paging> SandboxContext::paging(const ApiRequest& request, ApiResponse* error) const {
    return Paging::parse(request, options.maxPageSize, error);
}

std::optional<bool> SandboxContext::boolQuery(const ApiRequest& request, const QString& key,
                                              bool fallback, ApiResponse* error) const {
    if (!request.hasQuery(key))
        return fallback;
    const QString value = request.queryValue(key).toLower();
    if (value == "true"_L1)
        return true;
    if (value == "false"_L1)
        return false;
    *error = ApiResponse::badRequest(u"%1 must be true or false, not \"%2\"."_s.arg(key, value),
                                     key, u"invalid.value"_s);
    return std::nullopt;
}

QJsonObject SandboxContext::roleJson(const StoredRole& role, std::optional<int> userCount) const {
    QJsonObject json = role.doc;
    json.insert("id"_L1, role.id);
    const QJsonArray policies = json.value("permissionPolicies"_L1).toArray();
    json.insert("permissions"_L1,
                QJsonArray::fromStringList(RolePolicies::permissionStrings(policies)));
    if (userCount)
        json.insert("userCount"_L1, *userCount);
    json.insert("selfUri"_L1, u"/api/v2/authorization/roles/%1"_s.arg(role.id));
    return json;
}

QList<QByteArray> SandboxContext::roleBytes(const QStringList& roleIds) const {
    if (m_renderedAt != store.writeCount()) {
        m_renderedRoles.clear();
        m_renderedAt = store.writeCount();
    }
    QStringList missing;
    for (const QString& id : roleIds)
        if (!m_renderedRoles.contains(id))
            missing.append(id);
    const QHash<QString, QString> texts = store.roleTexts(missing);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const StoredRole role{it.key(), {}, QJsonDocument::fromJson(it.value().toUtf8()).object()};
        m_renderedRoles.insert(
            role.id, QJsonDocument(roleJson(role, std::nullopt)).toJson(QJsonDocument::Compact));
    }
    QList<QByteArray> out;
    for (const QString& id : roleIds)
        if (auto it = m_renderedRoles.constFind(id); it != m_renderedRoles.cend())
            out.append(*it);
    return out;
}

void SandboxContext::appendWithUserCount(QByteArray& out, const QByteArray& role, int userCount) {
    // A role always holds id and selfUri, so the count follows them after a comma.
    out.append(role.constData(), role.size() - 1);
    out += ",\"userCount\":";
    out += QByteArray::number(userCount);
    out += '}';
}

QJsonObject SandboxContext::organizationJson(const QString& orgId) const {
    const auto org = store.org(orgId);
    if (!org)
        return QJsonObject{{u"id"_s, orgId}, {u"version"_s, 1}};
    return QJsonObject{{u"id"_s, org->id},
                       {u"name"_s, org->name},
                       {u"defaultLanguage"_s, u"en"_s},
                       {u"defaultCountryCode"_s, u"US"_s},
                       {u"thirdPartyOrgName"_s, org->thirdPartyOrgName},
                       {u"domain"_s, org->domain},
                       {u"version"_s, 1},
                       {u"state"_s, u"active"_s},
                       {u"productPlatform"_s, u"GenesysCloud"_s},
                       {u"selfUri"_s, u"/api/v2/organizations/%1"_s.arg(org->id)}};
}

QJsonObject SandboxContext::divisionJson(const QString& orgId) const {
    const QString id = SandboxIds::stable(u"division/home/"_s + orgId);
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, u"Home"_s},
                       {u"selfUri"_s, u"/api/v2/authorization/divisions/%1"_s.arg(id)}};
}

std::optional<StoredUser> SandboxContext::anyUser(const QString& userId) const {
    for (const StoredOrg& org : store.orgs())
        if (auto user = store.user(org.id, userId))
            return user;
    return std::nullopt;
}

QJsonObject SandboxContext::orgUserJson(const QString& userId) const {
    const auto user = anyUser(userId);
    if (!user)
        return QJsonObject{{u"id"_s, userId}, {u"version"_s, 1}};
    QJsonObject json = userJson(*user);
    json.remove("selfUri"_L1); // OrgUser has no selfUri
    json.insert("organization"_L1, organizationJson(user->orgId));
    return json;
}

QJsonObject SandboxContext::userJson(const StoredUser& user) const {
    return QJsonObject{{u"id"_s, user.id},
                       {u"name"_s, user.name},
                       {u"email"_s, user.email},
                       {u"username"_s, user.email},
                       {u"state"_s, user.state},
                       {u"title"_s, user.title},
                       {u"department"_s, user.department},
                       {u"division"_s, divisionJson(user.orgId)},
                       {u"version"_s, user.version},
                       {u"selfUri"_s, u"/api/v2/users/%1"_s.arg(user.id)}};
}

QJsonObject SandboxContext::userAuthorizationJson(const QString& orgId,
                                                  const QStringList& roleIds) const {
    QJsonArray roles;
    QJsonArray resourcePolicies;
    QStringList permissions;
    for (const QString& roleId : roleIds) {
        const auto role = store.role(orgId, roleId);
        if (!role)
            continue;
        roles.append(
            QJsonObject{{u"id"_s, role->id}, {u"name"_s, role->doc.value("name"_L1).toString()}});
        const QJsonArray policies = role->doc.value("permissionPolicies"_L1).toArray();
        permissions += RolePolicies::permissionStrings(policies);
        for (qsizetype i = 0; i < policies.size(); ++i) {
            const QJsonObject p = policies[i].toObject();
            QStringList actions = jsonStrings(p.value("actionSet"_L1));
            actions.sort();
            QJsonObject rp{{u"id"_s, SandboxIds::stable(u"policy/%1/%2"_s.arg(role->id).arg(i))},
                           {u"domain"_s, p.value("domain"_L1)},
                           {u"entityName"_s, p.value("entityName"_L1)},
                           {u"policyName"_s, p.value("policyName"_L1)},
                           {u"actionSetKey"_s, actions.join(u',')},
                           {u"actionSet"_s, QJsonArray::fromStringList(actions)},
                           {u"allowConditions"_s, p.value("allowConditions"_L1).toBool()},
                           {u"namedResources"_s, p.value("namedResources"_L1).toArray()}};
            if (p.value("resourceConditionNode"_L1).isObject()) {
                const QJsonObject node = p.value("resourceConditionNode"_L1).toObject();
                rp.insert("resourceConditionNode"_L1, node);
                rp.insert("resourceCondition"_L1,
                          QString::fromUtf8(QJsonDocument(node).toJson(QJsonDocument::Compact)));
            }
            resourcePolicies.append(rp);
        }
    }
    permissions.removeDuplicates();
    permissions.sort();
    return QJsonObject{{u"roles"_s, roles},
                       {u"unusedRoles"_s, QJsonArray()},
                       {u"permissions"_s, QJsonArray::fromStringList(permissions)},
                       {u"permissionPolicies"_s, resourcePolicies}};
}

void SandboxContext::audit(AuditRecord record) const {
    record.id = SandboxIds::fresh();
    record.timestamp = now();
    store.insertAudit(record);
}
