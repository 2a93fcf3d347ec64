#include "users/UserRoutes.h"

#include "core/SandboxContext.h"
#include "http/Router.h"

using namespace Qt::StringLiterals;

namespace {

ApiResponse listUsers(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const QString sortOrder =
        req.hasQuery(u"sortOrder"_s) ? req.queryValue(u"sortOrder"_s).toUpper() : u"ASC"_s;
    if (sortOrder != "ASC"_L1 && sortOrder != "DESC"_L1)
        return ApiResponse::badRequest(u"sortOrder must be ASC or DESC."_s, u"sortOrder"_s,
                                       u"invalid.value"_s);
    const QString state = req.hasQuery(u"state"_s) ? req.queryValue(u"state"_s) : u"active"_s;
    static const QStringList states = {u"active"_s, u"inactive"_s, u"deleted"_s, u"any"_s};
    if (!states.contains(state))
        return ApiResponse::badRequest(u"state must be active, inactive, deleted or any."_s,
                                       u"state"_s, u"invalid.value"_s);
    const QStringList ids = req.queryList(u"id"_s);
    const bool withAuthorization = req.queryList(u"expand"_s).contains(u"authorization"_s);

    QList<StoredUser> users = ctx.store.users(req.orgId);
    std::stable_sort(users.begin(), users.end(), [&](const StoredUser& a, const StoredUser& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return sortOrder == "ASC"_L1 ? c < 0 : c > 0;
    });
    const auto excluded = [&](const StoredUser& u) {
        return (!ids.isEmpty() && !ids.contains(u.id)) || (state != "any"_L1 && u.state != state);
    };
    users.erase(std::remove_if(users.begin(), users.end(), excluded), users.end());
    // Only the page's users are turned into JSON (with their roles, when expanded).
    const auto userAt = [&](qsizetype i) {
        const StoredUser& u = users.at(i);
        QJsonObject json = ctx.userJson(u);
        if (withAuthorization)
            json.insert("authorization"_L1,
                        ctx.userAuthorizationJson(req.orgId, ctx.store.userRoleIds(u.id)));
        return QJsonValue(json);
    };
    return ApiResponse::json(paging->envelope(req, users.size(), userAt, true));
}

ApiResponse userRoles(SandboxContext& ctx, ApiRequest& req) {
    const auto user = ctx.store.user(req.orgId, req.pathArgs[0]);
    if (!user)
        return ApiResponse::notFound(u"user"_s, req.pathArgs[0]);
    return ApiResponse::json(ctx.userAuthorizationJson(req.orgId, ctx.store.userRoleIds(user->id)));
}

ApiResponse setUserRoles(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto user = ctx.store.user(req.orgId, req.pathArgs[0]);
    if (!user)
        return ApiResponse::notFound(u"user"_s, req.pathArgs[0]);
    const auto roleIds = ctx.bodyIdList(req, &error);
    if (!roleIds)
        return error;
    for (const QString& id : *roleIds)
        if (!ctx.store.role(req.orgId, id))
            return ApiResponse::notFound(u"role"_s, id);
    ctx.store.begin();
    ctx.store.revokeAllRoles(user->id);
    for (const QString& id : *roleIds)
        ctx.store.grantRole(user->id, id);
    ctx.store.commit();
    return ApiResponse::json(ctx.userAuthorizationJson(req.orgId, ctx.store.userRoleIds(user->id)));
}

ApiResponse removeAllRoles(SandboxContext& ctx, ApiRequest& req) {
    const auto user = ctx.store.user(req.orgId, req.pathArgs[0]);
    if (!user)
        return ApiResponse::notFound(u"user"_s, req.pathArgs[0]);
    ctx.store.revokeAllRoles(user->id);
    return ApiResponse::noContent();
}

// S3: the person the token belongs to. A client-credentials token has none; the real service
// refuses the call with a 4xx (the status is not documented; this is the one it is seen with).
ApiResponse usersMe(SandboxContext& ctx, ApiRequest& req) {
    const auto user = req.userId.isEmpty() ? std::nullopt : ctx.store.user(req.orgId, req.userId);
    if (!user)
        return ApiResponse::error(400, u"bad.request"_s,
                                  u"This request requires a token with a user context; a"
                                  " client-credentials token has no user behind it."_s);
    QJsonObject json = ctx.userJson(*user);
    const QStringList expand = req.queryList(u"expand"_s);
    if (expand.contains(u"organization"_s))
        json.insert("organization"_L1, ctx.organizationJson(req.orgId));
    if (expand.contains(u"authorization"_s))
        json.insert("authorization"_L1,
                    ctx.userAuthorizationJson(req.orgId, ctx.store.userRoleIds(user->id)));
    return ApiResponse::json(json);
}

ApiResponse organizationMe(SandboxContext& ctx, ApiRequest& req) {
    return ApiResponse::json(ctx.organizationJson(req.orgId));
}

} // namespace

void addUserRoutes(Router& router, SandboxContext& ctx) {
    auto bind = [&ctx](auto fn) { return [&ctx, fn](ApiRequest& r) { return fn(ctx, r); }; };
    router.add("GET", u"/api/v2/users"_s, Requires::token(), bind(listUsers));
    router.add("GET", u"/api/v2/users/me"_s, Requires::token(), bind(usersMe));
    router.add("GET", u"/api/v2/organizations/me"_s, Requires::token(), bind(organizationMe));
    router.add("GET", u"/api/v2/users/{subjectId}/roles"_s,
               Requires::any({u"authorization:grant:view"_s}), bind(userRoles));
    router.add("PUT", u"/api/v2/users/{subjectId}/roles"_s,
               Requires::any({u"authorization:grant:add"_s}), bind(setUserRoles));
    router.add("DELETE", u"/api/v2/users/{subjectId}/roles"_s,
               Requires::any({u"authorization:grant:delete"_s}), bind(removeAllRoles));
}
