#include "roles/RoleRoutes.h"

#include "core/JsonStrings.h"
#include "core/SandboxContext.h"
#include "core/SandboxIds.h"
#include "http/Router.h"
#include "roles/RolePolicies.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Fields a client may not set: the server owns them.
const QStringList kServerOwned = {u"id"_s,          u"userCount"_s,         u"selfUri"_s,
                                  u"permissions"_s, u"unusedPermissions"_s, u"default"_s,
                                  u"base"_s,        u"defaultRoleId"_s,     u"roleNeedsUpdate"_s};

// A name or description must be text: no NUL or other control character, no half of a
// surrogate pair (JSON can carry both; stored, they break every client that shows them).
std::optional<ApiResponse> notText(const QString& value, const QString& field, bool lines = false) {
    if (!QStringView(value).isValidUtf16())
        return ApiResponse::badRequest(
            u"The %1 contains half of a surrogate pair, which is not text."_s.arg(field), field,
            u"invalid.value"_s);
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control && !(lines && (c == u'\n' || c == u'\t')))
            return ApiResponse::badRequest(
                u"The %1 contains the control character U+%2."_s.arg(field).arg(uint(c.unicode()),
                                                                                4, 16, QChar(u'0')),
                field, u"invalid.value"_s);
    return std::nullopt;
}

// Validates a create/update body and merges it into `doc`, keeping fields the sandbox does not
// know so that a GET -> edit -> PUT round trip loses nothing.
std::optional<ApiResponse> applyRoleBody(SandboxContext& ctx, const QString& orgId,
                                         const QString& selfId, const QJsonObject& body,
                                         QJsonObject& doc) {
    const QJsonValue nameValue = body.value("name"_L1);
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
        return ApiResponse::badRequest(u"The role name is required."_s, u"name"_s,
                                       u"required.field.missing"_s);
    const QString name = nameValue.toString().trimmed();
    if (auto problem = notText(name, u"name"_s))
        return problem;
    if (body.value("description"_L1).isString())
        if (auto problem = notText(body.value("description"_L1).toString(), u"description"_s, true))
            return problem;
    if (name.size() > 200)
        return ApiResponse::badRequest(u"The role name must be at most 200 characters."_s,
                                       u"name"_s);
    const QString clash = ctx.store.roleIdByName(orgId, name);
    if (!clash.isEmpty() && clash != selfId) {
        ErrorBody e;
        e.status = 400;
        e.code = u"role.name.exists"_s;
        e.message = u"A role named \"%1\" already exists."_s.arg(name);
        e.messageWithParams = u"A role named \"{name}\" already exists."_s;
        e.messageParams.insert(u"name"_s, name);
        e.entityId = clash;
        e.details.append({e.code, u"name"_s, clash, name});
        return ApiResponse::error(e);
    }
    if (body.contains("description"_L1) && !body.value("description"_L1).isString()
        && !body.value("description"_L1).isNull())
        return ApiResponse::badRequest(u"description must be a string."_s, u"description"_s);

    QJsonArray policies;
    const QJsonValue policyValue = body.value("permissionPolicies"_L1);
    if (!policyValue.isUndefined() && !policyValue.isNull() && !policyValue.isArray())
        return ApiResponse::badRequest(u"permissionPolicies must be an array."_s,
                                       u"permissionPolicies"_s);
    policies = policyValue.toArray();
    if (auto problem = RolePolicies::validate(policies, ctx.catalog))
        return ApiResponse::badRequest(problem->message, problem->fieldName, problem->code);

    // "permissions" is derived from the policies; a GET -> edit -> PUT body carries the stale
    // list next to edited policies, so it counts only when a client sends no policies at all.
    const QJsonValue permValue = body.value("permissions"_L1);
    if (policyValue.isUndefined() && !permValue.isUndefined() && !permValue.isNull()) {
        if (!permValue.isArray())
            return ApiResponse::badRequest(u"permissions must be an array of strings."_s,
                                           u"permissions"_s);
        std::optional<RolePolicies::Problem> problem;
        policies =
            RolePolicies::fromPermissionStrings(jsonStrings(permValue), ctx.catalog, &problem);
        if (problem)
            return ApiResponse::badRequest(problem->message, problem->fieldName, problem->code);
    }

    for (auto it = body.begin(); it != body.end(); ++it)
        if (!kServerOwned.contains(it.key()))
            doc.insert(it.key(), it.value());
    doc.insert("name"_L1, name);
    if (!body.contains("description"_L1) && !doc.contains("description"_L1))
        doc.insert("description"_L1, QString());
    doc.insert("permissionPolicies"_L1, policies);
    return std::nullopt;
}

QJsonObject templateDoc(const DefaultRoleTemplate& t) {
    return QJsonObject{{u"name"_s, t.name},
                       {u"description"_s, t.description},
                       {u"defaultRoleId"_s, t.id},
                       {u"permissionPolicies"_s, t.policies},
                       {u"roleNeedsUpdate"_s, false},
                       {u"default"_s, true},
                       {u"base"_s, false}};
}

// The name filter of A5. With a '*' it is a wildcard over the whole name ("Ad*" = starts with
// "Ad"); without, a substring. Case-insensitive either way. Compiled once per request, and
// bounded: runs of '*' are one, and a filter longer than any name, or with more than a few
// wildcards (each multiplies the matching work), is refused.
class NameFilter {
public:
    static constexpr qsizetype kMaxLength = 200;
    static constexpr qsizetype kMaxWildcards = 8;

    static std::optional<NameFilter> parse(const QString& text, ApiResponse* error) {
        NameFilter f;
        f.m_text = text;
        static const QRegularExpression stars(u"\\*{2,}"_s);
        f.m_text.replace(stars, u"*"_s);
        if (f.m_text.size() > kMaxLength || f.m_text.count(u'*') > kMaxWildcards) {
            *error = ApiResponse::badRequest(
                u"The name filter may be at most %1 characters with at most %2 '*'."_s
                    .arg(kMaxLength)
                    .arg(kMaxWildcards),
                u"name"_s, u"invalid.value"_s);
            return std::nullopt;
        }
        if (f.m_text.contains(u'*'))
            f.m_wildcard =
                QRegularExpression(QRegularExpression::wildcardToRegularExpression(f.m_text),
                                   QRegularExpression::CaseInsensitiveOption);
        return f;
    }

    bool isEmpty() const { return m_text.isEmpty(); }

    bool matches(const QString& name) const {
        if (m_text.isEmpty())
            return true;
        return m_wildcard ? m_wildcard->match(name).hasMatch()
                          : name.contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_text;
    std::optional<QRegularExpression> m_wildcard;
};

QJsonObject listingOf(const QList<QJsonObject>& roles) {
    QJsonArray entities;
    for (const QJsonObject& r : roles)
        entities.append(r);
    return QJsonObject{{u"entities"_s, entities},
                       {u"pageSize"_s, qMax<qsizetype>(1, roles.size())},
                       {u"pageNumber"_s, 1},
                       {u"total"_s, roles.size()},
                       {u"pageCount"_s, 1},
                       {u"firstUri"_s, u"/api/v2/authorization/roles?pageNumber=1"_s},
                       {u"selfUri"_s, u"/api/v2/authorization/roles?pageNumber=1"_s},
                       {u"lastUri"_s, u"/api/v2/authorization/roles?pageNumber=1"_s}};
}

// Restores one org role to its template; the role keeps its id and its members.
std::optional<ApiResponse> restore(SandboxContext& ctx, StoredRole& role,
                                   const DefaultRoleTemplate& t) {
    const QString clash = ctx.store.roleIdByName(role.orgId, t.name);
    if (!clash.isEmpty() && clash != role.id)
        return ApiResponse::badRequest(
            u"The default role \"%1\" cannot be restored: another role has that name."_s.arg(
                t.name),
            u"name"_s, u"role.name.exists"_s);
    role.doc = templateDoc(t);
    ctx.store.updateRole(role);
    return std::nullopt;
}

ApiResponse listRoles(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const auto withCount = ctx.boolQuery(req, u"userCount"_s, true, &error);
    if (!withCount)
        return error;
    const QString sortBy = req.queryValue(u"sortBy"_s);
    static const QStringList sortable = {u"name"_s, u"description"_s, u"userCount"_s,
                                         u"defaultRoleId"_s, u"id"_s};
    if (!sortBy.isEmpty() && !sortable.contains(sortBy))
        return ApiResponse::badRequest(
            u"sortBy must be one of %1, not \"%2\"."_s.arg(sortable.join(u", "_s), sortBy),
            u"sortBy"_s, u"invalid.value"_s);
    ApiResponse filterError;
    const auto nameFilter = NameFilter::parse(req.queryValue(u"name"_s), &filterError);
    if (!nameFilter)
        return filterError;
    const QStringList ids = req.queryList(u"id"_s);
    const QStringList permissions = req.queryList(u"permission"_s);
    const QStringList defaultIds = req.queryList(u"defaultRoleId"_s);

    const auto json = [&](const StoredRole& role, const QHash<QString, int>& counts) {
        return QJsonValue(ctx.roleJson(role, *withCount ? std::optional<int>(counts.value(role.id))
                                                        : std::nullopt));
    };
    const bool filtered =
        !nameFilter->isEmpty() || !ids.isEmpty() || !defaultIds.isEmpty() || !permissions.isEmpty();
    if (!filtered && (sortBy.isEmpty() || sortBy == "name"_L1)) {
        // What every loader asks for: a page costs its own roles, not the organization's.
        // Its roles are rendered once and then sent as they were, until the store changes.
        const QStringList pageIds =
            ctx.store.roleIdsByName(req.orgId, paging->offset(), paging->pageSize());
        const QList<QByteArray> page = ctx.roleBytes(pageIds);
        const QHash<QString, int> counts =
            *withCount ? ctx.store.userCounts(pageIds) : QHash<QString, int>();
        return ApiResponse::json(paging->envelopeBytes(
            req, ctx.store.roleCount(req.orgId),
            [&](qsizetype i, QByteArray& out) {
                const qsizetype at = i - paging->offset();
                if (*withCount)
                    SandboxContext::appendWithUserCount(out, page.at(at),
                                                        counts.value(pageIds.at(at)));
                else
                    out += page.at(at);
            },
            true));
    }
    const QHash<QString, int> counts = ctx.store.userCounts(req.orgId);
    QList<StoredRole> rows;
    for (const StoredRole& role : ctx.store.rolesByName(req.orgId)) {
        const QString name = role.doc.value("name"_L1).toString();
        if (!nameFilter->matches(name))
            continue;
        if (!ids.isEmpty() && !ids.contains(role.id))
            continue;
        if (!defaultIds.isEmpty()
            && !defaultIds.contains(role.doc.value("defaultRoleId"_L1).toString()))
            continue;
        const QJsonArray policies = role.doc.value("permissionPolicies"_L1).toArray();
        const bool grantsAll =
            std::all_of(permissions.cbegin(), permissions.cend(),
                        [&](const QString& p) { return RolePolicies::grants(policies, p); });
        if (grantsAll)
            rows.append(role);
    }
    // Already in name order; any other key is sorted stably on top of it.
    if (!sortBy.isEmpty() && sortBy != "name"_L1) {
        std::stable_sort(rows.begin(), rows.end(), [&](const StoredRole& a, const StoredRole& b) {
            if (sortBy == "userCount"_L1)
                return counts.value(a.id) < counts.value(b.id);
            if (sortBy == "id"_L1)
                return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
            return a.doc.value(sortBy).toString().compare(b.doc.value(sortBy).toString(),
                                                          Qt::CaseInsensitive)
                   < 0;
        });
    }
    return ApiResponse::json(paging->envelope(
        req, rows.size(), [&](qsizetype i) { return json(rows.at(i), counts); }, true));
}

ApiResponse getRole(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto withCount = ctx.boolQuery(req, u"userCount"_s, true, &error);
    if (!withCount)
        return error;
    const QStringList expand = req.queryList(u"expand"_s);
    for (const QString& e : expand)
        if (e != "unusedPermissions"_L1)
            return ApiResponse::badRequest(
                u"expand supports only unusedPermissions, not \"%1\"."_s.arg(e), u"expand"_s,
                u"invalid.value"_s);
    const auto role = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!role)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    QJsonObject json = ctx.roleJson(
        *role, *withCount ? std::optional<int>(ctx.store.userCount(role->id)) : std::nullopt);
    // The sandbox records no usage, so no granted permission counts as unused.
    if (expand.contains(u"unusedPermissions"_s))
        json.insert("unusedPermissions"_L1, QJsonArray());
    return ApiResponse::json(json);
}

ApiResponse createRole(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    StoredRole role{
        SandboxIds::fresh(), req.orgId,
        QJsonObject{{u"default"_s, false}, {u"base"_s, false}, {u"roleNeedsUpdate"_s, false}}};
    if (auto problem = applyRoleBody(ctx, req.orgId, QString(), *body, role.doc))
        return *problem;
    if (!ctx.store.insertRole(role))
        return ApiResponse::error(500, u"internal.server.error"_s, ctx.store.lastError());
    return ApiResponse::json(ctx.roleJson(role, 0));
}

ApiResponse updateRole(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    auto role = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!role)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    QJsonObject doc = role->doc;
    doc.remove("permissionPolicies"_L1);
    if (auto problem = applyRoleBody(ctx, req.orgId, role->id, *body, doc))
        return *problem;
    role->doc = doc;
    ctx.store.updateRole(*role);
    return ApiResponse::json(ctx.roleJson(*role, ctx.store.userCount(role->id)));
}

ApiResponse patchRole(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    auto role = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!role)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    const QJsonValue flag = body->value("roleNeedsUpdate"_L1);
    if (!flag.isBool())
        return ApiResponse::badRequest(u"roleNeedsUpdate (true or false) is required."_s,
                                       u"roleNeedsUpdate"_s, u"required.field.missing"_s);
    role->doc.insert("roleNeedsUpdate"_L1, flag.toBool());
    ctx.store.updateRole(*role);
    return ApiResponse::json(ctx.roleJson(*role, ctx.store.userCount(role->id)));
}

ApiResponse deleteRole(SandboxContext& ctx, ApiRequest& req) {
    const auto role = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!role)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    const DefaultRoleTemplate* master = ctx.templates.byName(u"Master Admin"_s);
    if (master && role->doc.value("defaultRoleId"_L1).toString() == master->id)
        return ApiResponse::badRequest(u"The Master Admin role cannot be deleted."_s, u"roleId"_s,
                                       u"role.delete.forbidden"_s);
    ctx.store.begin();
    ctx.store.deleteRole(role->id);
    ctx.store.commit();
    return ApiResponse::noContent();
}

ApiResponse compareDefault(SandboxContext& ctx, ApiRequest& req, bool withBody) {
    ApiResponse error;
    const auto left = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!left)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    const DefaultRoleTemplate* right = ctx.templates.byId(req.pathArgs[1]);
    if (!right)
        return ApiResponse::notFound(u"default role"_s, req.pathArgs[1]);
    QJsonObject leftJson = ctx.roleJson(*left, ctx.store.userCount(left->id));
    if (withBody) {
        const auto body = ctx.bodyObject(req, &error);
        if (!body)
            return error;
        QJsonObject draft = left->doc;
        draft.remove("permissionPolicies"_L1);
        QJsonObject merged = *body;
        if (!merged.contains("name"_L1))
            merged.insert("name"_L1, left->doc.value("name"_L1));
        if (auto problem = applyRoleBody(ctx, req.orgId, left->id, merged, draft))
            return *problem;
        leftJson = ctx.roleJson(StoredRole{left->id, left->orgId, draft}, std::nullopt);
    }
    const StoredRole rightRole{right->id, req.orgId, templateDoc(*right)};
    const RolePolicies::Difference diff = RolePolicies::difference(
        leftJson.value("permissionPolicies"_L1).toArray(), right->policies);
    return ApiResponse::json(
        QJsonObject{{u"addedPermissionPolicies"_s, diff.added},
                    {u"removedPermissionPolicies"_s, diff.removed},
                    {u"samePermissionPolicies"_s, diff.same},
                    {u"userOrgRole"_s, leftJson},
                    {u"roleFromDefault"_s, ctx.roleJson(rightRole, std::nullopt)}});
}

ApiResponse restoreAllDefaults(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto force = ctx.boolQuery(req, u"force"_s, false, &error);
    if (!force)
        return error;
    QHash<QString, StoredRole> existing;
    for (const StoredRole& r : ctx.store.roles(req.orgId)) {
        const QString defaultId = r.doc.value("defaultRoleId"_L1).toString();
        if (!defaultId.isEmpty())
            existing.insert(defaultId, r);
    }
    QList<QJsonObject> affected;
    ctx.store.begin();
    for (const DefaultRoleTemplate& t : ctx.templates.all()) {
        if (existing.contains(t.id)) {
            if (!*force)
                continue;
            StoredRole role = existing.value(t.id);
            if (auto problem = restore(ctx, role, t)) {
                ctx.store.rollback();
                return *problem;
            }
            affected.append(ctx.roleJson(role, ctx.store.userCount(role.id)));
        } else {
            const StoredRole role{SandboxIds::fresh(), req.orgId, templateDoc(t)};
            if (!ctx.store.insertRole(role)) {
                ctx.store.rollback();
                return ApiResponse::badRequest(
                    u"The default role \"%1\" cannot be added: another role has that name."_s.arg(
                        t.name),
                    u"name"_s, u"role.name.exists"_s);
            }
            affected.append(ctx.roleJson(role, 0));
        }
    }
    ctx.store.commit();
    return ApiResponse::json(listingOf(affected));
}

ApiResponse restoreDefaults(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto body = ctx.bodyArray(req, &error);
    if (!body)
        return error;
    if (body->isEmpty())
        return ApiResponse::badRequest(u"List at least one default role to restore."_s, u"body"_s);
    QList<StoredRole> roles;
    for (qsizetype i = 0; i < body->size(); ++i) {
        const QString id = body->at(i).toObject().value("id"_L1).toString();
        if (id.isEmpty())
            return ApiResponse::badRequest(u"Element %1 of the body has no role id."_s.arg(i),
                                           u"body[%1].id"_s.arg(i), u"required.field.missing"_s);
        const auto role = ctx.store.role(req.orgId, id);
        if (!role)
            return ApiResponse::notFound(u"role"_s, id);
        if (!ctx.templates.byId(role->doc.value("defaultRoleId"_L1).toString()))
            return ApiResponse::badRequest(
                u"\"%1\" is a custom role; only default roles can be restored."_s.arg(
                    role->doc.value("name"_L1).toString()),
                u"body[%1].id"_s.arg(i), u"role.not.default"_s);
        roles.append(*role);
    }
    QList<QJsonObject> restored;
    ctx.store.begin();
    for (StoredRole& role : roles) {
        if (auto problem = restore(
                ctx, role, *ctx.templates.byId(role.doc.value("defaultRoleId"_L1).toString()))) {
            ctx.store.rollback();
            return *problem;
        }
        restored.append(ctx.roleJson(role, ctx.store.userCount(role.id)));
    }
    ctx.store.commit();
    return ApiResponse::json(listingOf(restored));
}

ApiResponse changeMembers(SandboxContext& ctx, ApiRequest& req, bool add) {
    ApiResponse error;
    const auto role = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!role)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    const auto ids = ctx.bodyIdList(req, &error);
    if (!ids)
        return error;
    for (const QString& id : *ids)
        if (!ctx.store.user(req.orgId, id))
            return ApiResponse::notFound(u"user"_s, id);
    ctx.store.begin();
    for (const QString& id : *ids)
        add ? ctx.store.grantRole(id, role->id) : ctx.store.revokeRole(id, role->id);
    ctx.store.commit();
    return ApiResponse::json(QJsonArray::fromStringList(*ids));
}

ApiResponse roleUsers(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const auto role = ctx.store.role(req.orgId, req.pathArgs[0]);
    if (!role)
        return ApiResponse::notFound(u"role"_s, req.pathArgs[0]);
    QJsonArray all;
    for (const QString& id : ctx.store.roleUserIds(role->id))
        all.append(QJsonObject{{u"id"_s, id}, {u"selfUri"_s, u"/api/v2/users/%1"_s.arg(id)}});
    return ApiResponse::json(paging->envelope(req, all, false));
}

ApiResponse listPermissions(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const QString queryType = req.queryValue(u"queryType"_s);
    const QStringList terms = req.queryList(u"query"_s);
    if (!queryType.isEmpty() && queryType != "domain"_L1 && queryType != "permission"_L1)
        return ApiResponse::badRequest(
            u"queryType must be domain or permission, not \"%1\"."_s.arg(queryType), u"queryType"_s,
            u"invalid.value"_s);
    if (!terms.isEmpty() && queryType.isEmpty())
        return ApiResponse::badRequest(u"query needs a queryType (domain or permission)."_s,
                                       u"queryType"_s, u"required.field.missing"_s);
    QJsonArray all;
    for (const QString& domain : ctx.catalog.domains()) {
        if (queryType == "domain"_L1 && !terms.isEmpty()
            && !std::any_of(terms.cbegin(), terms.cend(), [&](const QString& t) {
                   return domain.compare(t, Qt::CaseInsensitive) == 0;
               }))
            continue;
        if (queryType == "permission"_L1 && !terms.isEmpty()) {
            // Each term matches permission strings and labels by substring; the collection keeps
            // only the matching permissions of each entity.
            QJsonObject merged;
            for (const QString& term : terms) {
                const QJsonObject c = ctx.catalog.collectionJson(domain, term);
                const QJsonObject map = c.value("permissionMap"_L1).toObject();
                QJsonObject acc = merged.value("permissionMap"_L1).toObject();
                for (auto it = map.begin(); it != map.end(); ++it) {
                    QJsonArray list = acc.value(it.key()).toArray();
                    for (const QJsonValue& p : it->toArray())
                        if (!list.contains(p))
                            list.append(p);
                    acc.insert(it.key(), list);
                }
                merged = c;
                merged.insert("permissionMap"_L1, acc);
            }
            if (!merged.value("permissionMap"_L1).toObject().isEmpty())
                all.append(merged);
            continue;
        }
        all.append(ctx.catalog.collectionJson(domain));
    }
    return ApiResponse::json(paging->envelope(req, all, true));
}

ApiResponse listProducts(SandboxContext& ctx, ApiRequest&) {
    QJsonArray entities;
    for (const QString& p : ctx.products)
        entities.append(QJsonObject{{u"id"_s, p}});
    return ApiResponse::json(QJsonObject{{u"entities"_s, entities},
                                         {u"pageSize"_s, entities.size()},
                                         {u"pageNumber"_s, 1},
                                         {u"total"_s, entities.size()},
                                         {u"pageCount"_s, 1}});
}

} // namespace

void addRoleRoutes(Router& router, SandboxContext& ctx) {
    const QString roles = u"/api/v2/authorization/roles"_s;
    auto bind = [&ctx](auto fn) { return [&ctx, fn](ApiRequest& r) { return fn(ctx, r); }; };
    router.add("GET", u"/api/v2/authorization/permissions"_s, Requires::token(),
               bind(listPermissions));
    router.add("GET", u"/api/v2/authorization/products"_s, Requires::token(), bind(listProducts));
    // Literal paths first: /roles/default must not be read as a role id.
    router.add("POST", roles + u"/default"_s, Requires::any({u"authorization:role:edit"_s}),
               bind(restoreAllDefaults));
    router.add("PUT", roles + u"/default"_s, Requires::any({u"authorization:role:edit"_s}),
               bind(restoreDefaults));
    router.add("GET", roles, Requires::any({u"authorization:role:view"_s}), bind(listRoles));
    router.add("POST", roles, Requires::any({u"authorization:role:add"_s}), bind(createRole));
    router.add("GET", roles + u"/{left}/comparedefault/{right}"_s,
               Requires::any({u"authorization:role:view"_s}),
               [&ctx](ApiRequest& r) { return compareDefault(ctx, r, false); });
    router.add("POST", roles + u"/{left}/comparedefault/{right}"_s,
               Requires::any({u"authorization:role:view"_s}),
               [&ctx](ApiRequest& r) { return compareDefault(ctx, r, true); });
    router.add("PUT", roles + u"/{roleId}/users/add"_s,
               Requires::any({u"authorization:grant:add"_s}),
               [&ctx](ApiRequest& r) { return changeMembers(ctx, r, true); });
    router.add("PUT", roles + u"/{roleId}/users/remove"_s,
               Requires::any({u"authorization:grant:delete"_s}),
               [&ctx](ApiRequest& r) { return changeMembers(ctx, r, false); });
    router.add("GET", roles + u"/{roleId}/users"_s, Requires::any({u"authorization:role:view"_s}),
               bind(roleUsers));
    router.add("GET", roles + u"/{roleId}"_s, Requires::any({u"authorization:role:view"_s}),
               bind(getRole));
    router.add("PUT", roles + u"/{roleId}"_s, Requires::any({u"authorization:role:edit"_s}),
               bind(updateRole));
    router.add("PATCH", roles + u"/{roleId}"_s, Requires::any({u"authorization:role:edit"_s}),
               bind(patchRole));
    router.add("DELETE", roles + u"/{roleId}"_s, Requires::any({u"authorization:role:delete"_s}),
               bind(deleteRole));
}
