#include "trusts/TrustRoutes.h"

#include "core/JsonStrings.h"
#include "core/SandboxContext.h"
#include "core/SandboxIds.h"
#include "http/Router.h"
#include "roles/RolePolicies.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxTrusteeUsers = 25;
const QString kBase = u"/api/v2/orgauthorization"_s;

QJsonObject trusteeJson(SandboxContext& ctx, const StoredTrust& t) {
    QJsonObject json{{u"id"_s, t.trusteeOrgId},
                     {u"enabled"_s, t.enabled},
                     {u"usesDefaultRole"_s, t.usesDefaultRole},
                     {u"hasFullAccess"_s, t.hasFullAccess},
                     {u"isTrustedUser"_s, t.isTrustedUser},
                     {u"dateCreated"_s, t.dateCreated},
                     {u"createdBy"_s, ctx.orgUserJson(t.createdBy)},
                     {u"organization"_s, ctx.organizationJson(t.trusteeOrgId)},
                     {u"selfUri"_s, kBase + u"/trustees/"_s + t.trusteeOrgId}};
    if (!t.dateExpired.isEmpty())
        json.insert("dateExpired"_L1, t.dateExpired);
    return json;
}

QJsonObject trustorJson(SandboxContext& ctx, const StoredTrust& t) {
    QStringList permissions;
    for (const StoredTrustUser& u : ctx.store.trustUsers(t.trustorOrgId, t.trusteeOrgId))
        for (const QString& roleId :
             ctx.store.trustUserRoleIds(t.trustorOrgId, t.trusteeOrgId, u.userId))
            if (const auto role = ctx.store.role(t.trustorOrgId, roleId))
                permissions += RolePolicies::permissionStrings(
                    role->doc.value("permissionPolicies"_L1).toArray());
    permissions.removeDuplicates();
    permissions.sort();
    return QJsonObject{{u"id"_s, t.trustorOrgId},
                       {u"enabled"_s, t.enabled},
                       {u"dateCreated"_s, t.dateCreated},
                       {u"createdBy"_s, ctx.orgUserJson(t.createdBy)},
                       {u"organization"_s, ctx.organizationJson(t.trustorOrgId)},
                       {u"authorization"_s,
                        QJsonObject{{u"permissions"_s, QJsonArray::fromStringList(permissions)}}},
                       {u"selfUri"_s, kBase + u"/trustors/"_s + t.trustorOrgId}};
}

QJsonObject trustUserJson(SandboxContext& ctx, const StoredTrustUser& member) {
    const auto user = ctx.anyUser(member.userId);
    QJsonObject json = user ? ctx.userJson(*user) : QJsonObject{{u"id"_s, member.userId}};
    json.remove("selfUri"_L1); // TrustUser has no selfUri
    json.insert("trustUserDetails"_L1,
                QJsonObject{{u"dateCreated"_s, member.dateCreated},
                            {u"createdBy"_s, ctx.orgUserJson(member.createdBy)}});
    return json;
}

std::optional<QString> isoDate(const QJsonValue& value, const QString& field, ApiResponse* error) {
    if (value.isUndefined() || value.isNull())
        return QString();
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid()) {
        *error = ApiResponse::badRequest(
            u"%1 must be an ISO-8601 date-time such as 2024-05-01T12:00:00.000Z."_s.arg(field),
            field, u"invalid.value"_s);
        return std::nullopt;
    }
    return SandboxContext::isoUtc(time);
}

QString adminOf(SandboxContext& ctx, const QString& orgId) {
    const auto org = ctx.store.org(orgId);
    return org ? org->adminUserId : QString();
}

QString userName(SandboxContext& ctx, const QString& userId) {
    const auto user = ctx.anyUser(userId);
    return user ? user->name : userId;
}

// Roles of the trustor org granted by a TrustMemberCreate: roleIds (all divisions) and
// roleDivisions.grants (role + division pairs).
std::optional<QStringList> memberRoles(SandboxContext& ctx, const QString& trustorOrgId,
                                       const QJsonObject& member, const QString& field,
                                       ApiResponse* error) {
    const QJsonValue ids = member.value("roleIds"_L1);
    if (!ids.isUndefined() && !ids.isArray()) {
        *error = ApiResponse::badRequest(u"%1.roleIds must be an array of role ids."_s.arg(field),
                                         field + u".roleIds"_s);
        return std::nullopt;
    }
    QStringList roleIds = jsonStrings(ids);
    const QJsonValue divisions = member.value("roleDivisions"_L1);
    if (divisions.isObject()) {
        const QJsonValue grants = divisions.toObject().value("grants"_L1);
        if (!grants.isArray()) {
            *error = ApiResponse::badRequest(u"%1.roleDivisions.grants is required."_s.arg(field),
                                             field + u".roleDivisions.grants"_s,
                                             u"required.field.missing"_s);
            return std::nullopt;
        }
        const QString homeDivision = ctx.divisionJson(trustorOrgId).value("id"_L1).toString();
        for (const QJsonValue& g : grants.toArray()) {
            const QString roleId = g.toObject().value("roleId"_L1).toString();
            const QString divisionId = g.toObject().value("divisionId"_L1).toString();
            if (roleId.isEmpty() || divisionId.isEmpty()) {
                *error = ApiResponse::badRequest(
                    u"Every role division grant needs a roleId and a divisionId."_s,
                    field + u".roleDivisions.grants"_s, u"required.field.missing"_s);
                return std::nullopt;
            }
            if (divisionId != homeDivision && divisionId != "*"_L1) {
                *error = ApiResponse::notFound(u"division"_s, divisionId);
                return std::nullopt;
            }
            roleIds.append(roleId);
        }
    }
    roleIds.removeDuplicates();
    for (const QString& id : roleIds) {
        if (id.isEmpty() || !ctx.store.role(trustorOrgId, id)) {
            *error = ApiResponse::notFound(u"role"_s, id);
            return std::nullopt;
        }
    }
    return roleIds;
}

ApiResponse tooManyUsers(const QString& trusteeOrgId) {
    ErrorBody e;
    e.status = 400;
    e.code = u"trustee.user.limit.exceeded"_s;
    e.message = u"A trust can hold at most %1 trustee users."_s.arg(kMaxTrusteeUsers);
    e.messageWithParams = u"A trust can hold at most {limit} trustee users."_s;
    e.messageParams.insert(u"limit"_s, QString::number(kMaxTrusteeUsers));
    e.entityId = trusteeOrgId;
    e.limit = ErrorLimit{u"trustee.users.max"_s, u"authorization"_s, kMaxTrusteeUsers};
    return ApiResponse::error(e);
}

// ---- pairings

QJsonObject pairingJson(SandboxContext& ctx, const StoredPairing& pairing) {
    QJsonArray users;
    for (const QString& id : pairing.userIds)
        users.append(ctx.orgUserJson(id));
    return QJsonObject{{u"id"_s, pairing.id},
                       {u"createdBy"_s, ctx.orgUserJson(pairing.createdBy)},
                       {u"dateCreated"_s, pairing.dateCreated},
                       {u"trustee"_s, ctx.organizationJson(pairing.trusteeOrgId)},
                       {u"users"_s, users},
                       {u"groups"_s, QJsonArray()},
                       {u"selfUri"_s, kBase + u"/pairings/"_s + pairing.id}};
}

ApiResponse createPairing(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    const QStringList userIds = jsonStrings(body->value("userIds"_L1));
    const QJsonArray groupIds = body->value("groupIds"_L1).toArray();
    if (userIds.isEmpty() && groupIds.isEmpty())
        return ApiResponse::badRequest(u"A pairing request needs at least one user or group."_s,
                                       u"userIds"_s, u"required.field.missing"_s);
    for (const QJsonValue& g : groupIds)
        return ApiResponse::notFound(u"group"_s, g.toString());
    for (const QString& id : userIds)
        if (!ctx.store.user(req.orgId, id))
            return ApiResponse::notFound(u"user"_s, id);
    const StoredPairing pairing{SandboxIds::fresh(),   req.orgId, adminOf(ctx, req.orgId),
                                SandboxContext::now(), userIds,   false};
    ctx.store.insertPairing(pairing);
    return ApiResponse::json(pairingJson(ctx, pairing));
}

bool expired(SandboxContext& ctx, const StoredPairing& p) {
    const QDateTime created = QDateTime::fromString(p.dateCreated, Qt::ISODateWithMs);
    return created.addSecs(ctx.options.pairingTtlSeconds) <= QDateTime::currentDateTimeUtc();
}

ApiResponse pairingExpired(SandboxContext& ctx, const QString& id) {
    ErrorBody e;
    e.status = 400;
    e.code = u"pairing.expired"_s;
    e.message =
        u"The pairing %1 has expired; pairing requests are valid for %2 hours."_s.arg(id).arg(
            ctx.options.pairingTtlSeconds / 3600.0);
    e.entityId = id;
    return ApiResponse::error(e);
}

ApiResponse getPairing(SandboxContext& ctx, ApiRequest& req) {
    const auto pairing = ctx.store.pairing(req.pathArgs[0]);
    if (!pairing)
        return ApiResponse::notFound(u"pairing"_s, req.pathArgs[0]);
    if (expired(ctx, *pairing))
        return pairingExpired(ctx, pairing->id);
    return ApiResponse::json(pairingJson(ctx, *pairing));
}

// ---- trustees (the caller is the trustor)

// Both sides of a trust: as trustor the caller lists its trustees (Trustee), as trustee its
// trustors (Trustor).
ApiResponse listTrusts(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const QList<StoredTrust> trusts =
        asTrustor ? ctx.store.trustsAsTrustor(req.orgId) : ctx.store.trustsAsTrustee(req.orgId);
    const auto trustAt = [&](qsizetype i) {
        return QJsonValue(asTrustor ? trusteeJson(ctx, trusts.at(i))
                                    : trustorJson(ctx, trusts.at(i)));
    };
    return ApiResponse::json(paging->envelope(req, trusts.size(), trustAt, true));
}

ApiResponse getTrust(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    const QString other = req.pathArgs[0];
    const auto trust =
        asTrustor ? ctx.store.trust(req.orgId, other) : ctx.store.trust(other, req.orgId);
    if (!trust)
        return ApiResponse::notFound(asTrustor ? u"trustee"_s : u"trustor"_s, other);
    return ApiResponse::json(asTrustor ? trusteeJson(ctx, *trust) : trustorJson(ctx, *trust));
}

ApiResponse createTrustee(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    if (!body->value("enabled"_L1).isBool())
        return ApiResponse::badRequest(u"enabled (true or false) is required."_s, u"enabled"_s,
                                       u"required.field.missing"_s);
    const QString pairingId = body->value("pairingId"_L1).toString();
    if (pairingId.isEmpty())
        return ApiResponse::badRequest(u"pairingId is required: ask the trustee organization for"
                                       " the id of its pairing request."_s,
                                       u"pairingId"_s, u"required.field.missing"_s);
    const auto pairing = ctx.store.pairing(pairingId);
    if (!pairing)
        return ApiResponse::notFound(u"pairing"_s, pairingId);
    if (expired(ctx, *pairing))
        return pairingExpired(ctx, pairingId);
    if (pairing->used)
        return ApiResponse::badRequest(
            u"The pairing %1 was already used to create a trust."_s.arg(pairingId), u"pairingId"_s,
            u"pairing.used"_s);
    const QString trusteeOrgId = pairing->trusteeOrgId;
    if (trusteeOrgId == req.orgId)
        return ApiResponse::badRequest(u"An organization cannot trust itself."_s, u"pairingId"_s);
    if (ctx.store.trust(req.orgId, trusteeOrgId))
        return ApiResponse::error(
            409, u"trustee.exists"_s,
            u"This organization already trusts %1."_s.arg(
                ctx.organizationJson(trusteeOrgId).value("name"_L1).toString()));
    const auto dateExpired = isoDate(body->value("dateExpired"_L1), u"dateExpired"_s, &error);
    if (!dateExpired)
        return error;
    const QJsonArray groups = body->value("groups"_L1).toArray();
    for (const QJsonValue& g : groups)
        return ApiResponse::notFound(u"group"_s, g.toObject().value("id"_L1).toString());
    const QJsonArray users = body->value("users"_L1).toArray();
    if (users.isEmpty())
        return ApiResponse::badRequest(u"A trust needs at least one user or group."_s, u"users"_s,
                                       u"required.field.missing"_s);
    if (users.size() > kMaxTrusteeUsers)
        return tooManyUsers(trusteeOrgId);
    QList<QPair<QString, QStringList>> members;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QJsonObject member = users[i].toObject();
        const QString userId = member.value("id"_L1).toString();
        const QString field = u"users[%1]"_s.arg(i);
        if (userId.isEmpty())
            return ApiResponse::badRequest(u"%1.id is required."_s.arg(field), field + u".id"_s,
                                           u"required.field.missing"_s);
        if (!ctx.store.user(trusteeOrgId, userId))
            return ApiResponse::notFound(u"trustee user"_s, userId);
        const auto roles = memberRoles(ctx, req.orgId, member, field, &error);
        if (!roles)
            return error;
        members.append({userId, *roles});
    }
    const StoredTrust trust{req.orgId,
                            trusteeOrgId,
                            body->value("enabled"_L1).toBool(),
                            false,
                            false,
                            false,
                            SandboxContext::now(),
                            *dateExpired,
                            adminOf(ctx, req.orgId)};
    ctx.store.begin();
    ctx.store.insertTrust(trust);
    ctx.store.markPairingUsed(pairingId);
    for (const auto& [userId, roles] : members) {
        ctx.store.insertTrustUser(req.orgId, trusteeOrgId,
                                  {userId, trust.dateCreated, trust.createdBy});
        ctx.store.setTrustUserRoles(req.orgId, trusteeOrgId, userId, roles);
    }
    const QString trusteeName = ctx.organizationJson(trusteeOrgId).value("name"_L1).toString();
    ctx.audit({{},
               req.orgId,
               trusteeOrgId,
               {},
               req.orgId,
               {},
               u"Create"_s,
               u"Trustee"_s,
               trusteeOrgId,
               trusteeName,
               u"Trust created for %1 with %2 user(s)."_s.arg(trusteeName).arg(members.size())});
    ctx.store.commit();
    return ApiResponse::json(trusteeJson(ctx, trust));
}

ApiResponse updateTrustee(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    auto trust = ctx.store.trust(req.orgId, req.pathArgs[0]);
    if (!trust)
        return ApiResponse::notFound(u"trustee"_s, req.pathArgs[0]);
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    if (!body->value("enabled"_L1).isBool())
        return ApiResponse::badRequest(u"enabled (true or false) is required."_s, u"enabled"_s,
                                       u"required.field.missing"_s);
    const auto dateExpired = isoDate(body->value("dateExpired"_L1), u"dateExpired"_s, &error);
    if (!dateExpired)
        return error;
    trust->enabled = body->value("enabled"_L1).toBool();
    trust->dateExpired = *dateExpired;
    ctx.store.updateTrust(*trust);
    const QString name = ctx.organizationJson(trust->trusteeOrgId).value("name"_L1).toString();
    ctx.audit({{},
               trust->trustorOrgId,
               trust->trusteeOrgId,
               {},
               req.orgId,
               {},
               u"Update"_s,
               u"Trustee"_s,
               trust->trusteeOrgId,
               name,
               u"Trust with %1 %2%3."_s.arg(name, trust->enabled ? u"enabled"_s : u"disabled"_s,
                                            trust->dateExpired.isEmpty()
                                                ? QString()
                                                : u", expires "_s + trust->dateExpired)});
    return ApiResponse::json(trusteeJson(ctx, *trust));
}

ApiResponse deleteTrust(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    const QString other = req.pathArgs[0];
    const QString trustor = asTrustor ? req.orgId : other;
    const QString trustee = asTrustor ? other : req.orgId;
    if (!ctx.store.trust(trustor, trustee))
        return ApiResponse::notFound(asTrustor ? u"trustee"_s : u"trustor"_s, other);
    const QString name = ctx.organizationJson(other).value("name"_L1).toString();
    ctx.store.begin();
    ctx.store.deleteTrust(trustor, trustee);
    ctx.audit({{},
               trustor,
               trustee,
               {},
               req.orgId,
               {},
               u"Delete"_s,
               asTrustor ? u"Trustee"_s : u"Trustor"_s,
               other,
               name,
               asTrustor ? u"Trust with %1 removed by the trustor."_s.arg(name)
                         : u"Trust from %1 removed by the trustee."_s.arg(name)});
    ctx.store.commit();
    return ApiResponse::noContent();
}

// ---- trustee users (caller is the trustor)

ApiResponse listMembers(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const QString trustor = asTrustor ? req.orgId : req.pathArgs[0];
    const QString trustee = asTrustor ? req.pathArgs[0] : req.orgId;
    if (!ctx.store.trust(trustor, trustee))
        return ApiResponse::notFound(asTrustor ? u"trustee"_s : u"trustor"_s, req.pathArgs[0]);
    const QList<StoredTrustUser> members = ctx.store.trustUsers(trustor, trustee);
    const auto memberAt = [&](qsizetype i) {
        return QJsonValue(trustUserJson(ctx, members.at(i)));
    };
    return ApiResponse::json(paging->envelope(req, members.size(), memberAt, true));
}

ApiResponse getMember(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    const QString trustor = asTrustor ? req.orgId : req.pathArgs[0];
    const QString trustee = asTrustor ? req.pathArgs[0] : req.orgId;
    if (!ctx.store.trust(trustor, trustee))
        return ApiResponse::notFound(asTrustor ? u"trustee"_s : u"trustor"_s, req.pathArgs[0]);
    const auto member = ctx.store.trustUser(trustor, trustee, req.pathArgs[1]);
    if (!member)
        return ApiResponse::notFound(u"trustee user"_s, req.pathArgs[1]);
    return ApiResponse::json(trustUserJson(ctx, *member));
}

// Adds a user of the trustee org to a trust; shared by O17 (trustor side) and O23 (trustee side).
ApiResponse addMember(SandboxContext& ctx, ApiRequest& req, const StoredTrust& trust,
                      const QString& userId, const QStringList& roles) {
    if (!ctx.store.user(trust.trusteeOrgId, userId))
        return ApiResponse::notFound(u"trustee user"_s, userId);
    if (ctx.store.trustUser(trust.trustorOrgId, trust.trusteeOrgId, userId))
        return ApiResponse::error(
            409, u"trustee.user.exists"_s,
            u"%1 is already a trustee user of this trust."_s.arg(userName(ctx, userId)));
    if (ctx.store.trustUsers(trust.trustorOrgId, trust.trusteeOrgId).size() >= kMaxTrusteeUsers)
        return tooManyUsers(trust.trusteeOrgId);
    const StoredTrustUser member{userId, SandboxContext::now(), adminOf(ctx, req.orgId)};
    ctx.store.begin();
    ctx.store.insertTrustUser(trust.trustorOrgId, trust.trusteeOrgId, member);
    ctx.store.setTrustUserRoles(trust.trustorOrgId, trust.trusteeOrgId, userId, roles);
    ctx.audit(
        {{},
         trust.trustorOrgId,
         trust.trusteeOrgId,
         userId,
         req.orgId,
         {},
         u"Create"_s,
         u"TrusteeUser"_s,
         userId,
         userName(ctx, userId),
         u"%1 added to the trust with %2 role(s)."_s.arg(userName(ctx, userId)).arg(roles.size())});
    ctx.store.commit();
    return ApiResponse::json(trustUserJson(ctx, member));
}

ApiResponse createTrusteeUser(SandboxContext& ctx, ApiRequest& req) {
    ApiResponse error;
    const auto trust = ctx.store.trust(req.orgId, req.pathArgs[0]);
    if (!trust)
        return ApiResponse::notFound(u"trustee"_s, req.pathArgs[0]);
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    const QString userId = body->value("id"_L1).toString();
    if (userId.isEmpty())
        return ApiResponse::badRequest(u"id (the trustee user's id) is required."_s, u"id"_s,
                                       u"required.field.missing"_s);
    const auto roles = memberRoles(ctx, req.orgId, *body, u"body"_s, &error);
    if (!roles)
        return error;
    return addMember(ctx, req, *trust, userId, *roles);
}

ApiResponse removeMember(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    const QString trustor = asTrustor ? req.orgId : req.pathArgs[0];
    const QString trustee = asTrustor ? req.pathArgs[0] : req.orgId;
    if (!ctx.store.trust(trustor, trustee))
        return ApiResponse::notFound(asTrustor ? u"trustee"_s : u"trustor"_s, req.pathArgs[0]);
    const QString userId = req.pathArgs[1];
    if (!ctx.store.trustUser(trustor, trustee, userId))
        return ApiResponse::notFound(u"trustee user"_s, userId);
    ctx.store.begin();
    ctx.store.deleteTrustUser(trustor, trustee, userId);
    ctx.audit({{},
               trustor,
               trustee,
               userId,
               req.orgId,
               {},
               u"Delete"_s,
               u"TrusteeUser"_s,
               userId,
               userName(ctx, userId),
               u"%1 removed from the trust."_s.arg(userName(ctx, userId))});
    ctx.store.commit();
    return ApiResponse::noContent();
}

ApiResponse memberRolesGet(SandboxContext& ctx, ApiRequest& req) {
    if (!ctx.store.trust(req.orgId, req.pathArgs[0]))
        return ApiResponse::notFound(u"trustee"_s, req.pathArgs[0]);
    if (!ctx.store.trustUser(req.orgId, req.pathArgs[0], req.pathArgs[1]))
        return ApiResponse::notFound(u"trustee user"_s, req.pathArgs[1]);
    return ApiResponse::json(ctx.userAuthorizationJson(
        req.orgId, ctx.store.trustUserRoleIds(req.orgId, req.pathArgs[0], req.pathArgs[1])));
}

ApiResponse memberRolesSet(SandboxContext& ctx, ApiRequest& req, bool clear) {
    ApiResponse error;
    const QString trustee = req.pathArgs[0];
    const QString userId = req.pathArgs[1];
    if (!ctx.store.trust(req.orgId, trustee))
        return ApiResponse::notFound(u"trustee"_s, trustee);
    if (!ctx.store.trustUser(req.orgId, trustee, userId))
        return ApiResponse::notFound(u"trustee user"_s, userId);
    QStringList roleIds;
    if (!clear) {
        const auto ids = ctx.bodyIdList(req, &error);
        if (!ids)
            return error;
        for (const QString& id : *ids)
            if (!ctx.store.role(req.orgId, id))
                return ApiResponse::notFound(u"role"_s, id);
        roleIds = *ids;
    }
    ctx.store.begin();
    ctx.store.setTrustUserRoles(req.orgId, trustee, userId, roleIds);
    ctx.audit(
        {{},
         req.orgId,
         trustee,
         userId,
         req.orgId,
         {},
         u"Update"_s,
         u"TrusteeUserRoles"_s,
         userId,
         userName(ctx, userId),
         clear
             ? u"All roles removed from %1."_s.arg(userName(ctx, userId))
             : u"Roles of %1 set to %2 role(s)."_s.arg(userName(ctx, userId)).arg(roleIds.size())});
    ctx.store.commit();
    if (clear)
        return ApiResponse::noContent();
    return ApiResponse::json(ctx.userAuthorizationJson(req.orgId, roleIds));
}

// ---- trustors (the caller is the trustee)

ApiResponse addTrustorUser(SandboxContext& ctx, ApiRequest& req) {
    const auto trust = ctx.store.trust(req.pathArgs[0], req.orgId);
    if (!trust)
        return ApiResponse::notFound(u"trustor"_s, req.pathArgs[0]);
    // The trustee cannot choose roles in the trustor org; the trust's defaults decide.
    QStringList roles;
    auto grantDefault = [&](bool wanted, const QString& templateName) {
        if (!wanted)
            return;
        if (const DefaultRoleTemplate* t = ctx.templates.byName(templateName))
            for (const StoredRole& r : ctx.store.roles(trust->trustorOrgId))
                if (r.doc.value("defaultRoleId"_L1).toString() == t->id)
                    roles.append(r.id);
    };
    grantDefault(trust->hasFullAccess, u"Master Admin"_s);
    grantDefault(trust->usesDefaultRole, u"Admin"_s);
    grantDefault(trust->isTrustedUser, u"Trusted External User"_s);
    return addMember(ctx, req, *trust, req.pathArgs[1], roles);
}

// ---- audits

ApiResponse queryAudits(SandboxContext& ctx, ApiRequest& req, bool asTrustor) {
    ApiResponse error;
    const auto paging = ctx.paging(req, &error);
    if (!paging)
        return error;
    const QString sortBy = req.hasQuery(u"sortBy"_s) ? req.queryValue(u"sortBy"_s) : u"timestamp"_s;
    if (sortBy != "timestamp"_L1)
        return ApiResponse::badRequest(u"sortBy supports only timestamp."_s, u"sortBy"_s,
                                       u"invalid.value"_s);
    const QString sortOrder =
        req.hasQuery(u"sortOrder"_s) ? req.queryValue(u"sortOrder"_s).toLower() : u"descending"_s;
    if (sortOrder != "ascending"_L1 && sortOrder != "descending"_L1)
        return ApiResponse::badRequest(u"sortOrder must be ascending or descending."_s,
                                       u"sortOrder"_s, u"invalid.value"_s);
    const auto body = ctx.bodyObject(req, &error);
    if (!body)
        return error;
    const QString orgsField = asTrustor ? u"trusteeOrganizationIds"_s : u"trustorOrganizationId"_s;
    const QJsonValue orgsValue = body->value(orgsField);
    if (asTrustor ? !orgsValue.isArray()
                  : !(orgsValue.isString() && !orgsValue.toString().isEmpty()))
        return ApiResponse::badRequest(asTrustor
                                           ? u"trusteeOrganizationIds (an array) is required."_s
                                           : u"trustorOrganizationId is required."_s,
                                       orgsField, u"required.field.missing"_s);
    if (!body->value("trusteeUserIds"_L1).isArray())
        return ApiResponse::badRequest(u"trusteeUserIds (an array, may be empty) is required."_s,
                                       u"trusteeUserIds"_s, u"required.field.missing"_s);
    const auto start = isoDate(body->value("startDate"_L1), u"startDate"_s, &error);
    if (!start)
        return error;
    const auto end = isoDate(body->value("endDate"_L1), u"endDate"_s, &error);
    if (!end)
        return error;
    const QStringList userIds = jsonStrings(body->value("trusteeUserIds"_L1));
    const QString phrase = body->value("queryPhrase"_L1).toString();

    QList<AuditRecord> records;
    if (asTrustor) {
        records = ctx.store.audits(req.orgId, jsonStrings(orgsValue));
    } else {
        records = ctx.store.audits(orgsValue.toString(), {req.orgId});
    }
    QList<AuditRecord> matching;
    for (const AuditRecord& r : records) {
        if (!userIds.isEmpty() && !userIds.contains(r.trusteeUserId))
            continue;
        if ((!start->isEmpty() && r.timestamp < *start) || (!end->isEmpty() && r.timestamp > *end))
            continue;
        if (!phrase.isEmpty() && !r.message.contains(phrase, Qt::CaseInsensitive)
            && !r.action.contains(phrase, Qt::CaseInsensitive)
            && !r.entityName.contains(phrase, Qt::CaseInsensitive))
            continue;
        matching.append(r);
    }
    if (sortOrder == "descending"_L1)
        std::reverse(matching.begin(), matching.end());
    QJsonArray all;
    for (const AuditRecord& r : matching) {
        QJsonObject entry{
            {u"id"_s, r.id},
            {u"userHomeOrgId"_s, r.actorOrgId},
            {u"serviceName"_s, u"Authorization"_s},
            {u"level"_s, u"USER"_s},
            {u"eventDate"_s, r.timestamp},
            {u"message"_s, QJsonObject{{u"message"_s, r.message}}},
            {u"action"_s, r.action},
            {u"entity"_s, QJsonObject{{u"id"_s, r.entityId}, {u"name"_s, r.entityName}}},
            {u"entityType"_s, r.entityType},
            {u"status"_s, u"SUCCESS"_s},
            {u"context"_s, QJsonObject{{u"trustorOrgId"_s, r.trustorOrgId},
                                       {u"trusteeOrgId"_s, r.trusteeOrgId}}}};
        if (!r.trusteeUserId.isEmpty())
            entry.insert("user"_L1, QJsonObject{{u"id"_s, r.trusteeUserId},
                                                {u"name"_s, userName(ctx, r.trusteeUserId)}});
        all.append(entry);
    }
    return ApiResponse::json(paging->envelope(req, all, true));
}

} // namespace

void addTrustRoutes(Router& router, SandboxContext& ctx) {
    auto bind = [&ctx](auto fn) { return [&ctx, fn](ApiRequest& r) { return fn(ctx, r); }; };
    // The flag is the handler's last parameter: asTrustor, or clear for the roles routes.
    auto side = [&ctx](auto fn, bool flag) {
        return [&ctx, fn, flag](ApiRequest& r) { return fn(ctx, r, flag); };
    };
    const QString trustees = kBase + u"/trustees"_s;
    const QString trustors = kBase + u"/trustors"_s;
    router.add("POST", kBase + u"/pairings"_s, Requires::any({u"authorization:orgTrustee:add"_s}),
               bind(createPairing));
    router.add(
        "GET", kBase + u"/pairings/{pairingId}"_s,
        Requires::any({u"authorization:orgTrustee:view"_s, u"authorization:orgTrustor:view"_s}),
        bind(getPairing));
    router.add("POST", trustees + u"/audits"_s, Requires::any({u"authorization:audit:view"_s}),
               side(queryAudits, true));
    router.add("POST", kBase + u"/trustor/audits"_s, Requires::any({u"authorization:audit:view"_s}),
               side(queryAudits, false));
    router.add("GET", trustees, Requires::any({u"authorization:orgTrustee:view"_s}),
               side(listTrusts, true));
    router.add(
        "POST", trustees,
        Requires::allOf({u"authorization:orgTrustee:add"_s, u"authorization:orgTrusteeUser:add"_s}),
        bind(createTrustee));
    router.add("GET", trustees + u"/{trusteeOrgId}"_s,
               Requires::any({u"authorization:orgTrustee:view"_s}), side(getTrust, true));
    router.add("PUT", trustees + u"/{trusteeOrgId}"_s,
               Requires::any({u"authorization:orgTrustee:edit"_s}), bind(updateTrustee));
    router.add("DELETE", trustees + u"/{trusteeOrgId}"_s,
               Requires::any({u"authorization:orgTrustee:delete"_s}), side(deleteTrust, true));
    router.add("GET", trustees + u"/{trusteeOrgId}/users"_s,
               Requires::any({u"authorization:orgTrusteeUser:view"_s}), side(listMembers, true));
    router.add("POST", trustees + u"/{trusteeOrgId}/users"_s,
               Requires::any({u"authorization:orgTrusteeUser:add"_s}), bind(createTrusteeUser));
    router.add("GET", trustees + u"/{trusteeOrgId}/users/{userId}"_s,
               Requires::any({u"authorization:orgTrusteeUser:view"_s}), side(getMember, true));
    router.add("DELETE", trustees + u"/{trusteeOrgId}/users/{userId}"_s,
               Requires::any({u"authorization:orgTrusteeUser:delete"_s}), side(removeMember, true));
    router.add("GET", trustees + u"/{trusteeOrgId}/users/{userId}/roles"_s,
               Requires::any({u"authorization:orgTrusteeUser:view"_s}), bind(memberRolesGet));
    router.add("PUT", trustees + u"/{trusteeOrgId}/users/{userId}/roles"_s,
               Requires::any({u"authorization:orgTrusteeUser:edit"_s}),
               side(memberRolesSet, false));
    router.add("DELETE", trustees + u"/{trusteeOrgId}/users/{userId}/roles"_s,
               Requires::any({u"authorization:orgTrusteeUser:delete"_s}),
               side(memberRolesSet, true));
    router.add("GET", trustors, Requires::any({u"authorization:orgTrustor:view"_s}),
               side(listTrusts, false));
    router.add("GET", trustors + u"/{trustorOrgId}"_s,
               Requires::any({u"authorization:orgTrustor:view"_s}), side(getTrust, false));
    router.add("DELETE", trustors + u"/{trustorOrgId}"_s,
               Requires::any({u"authorization:orgTrustor:delete"_s}), side(deleteTrust, false));
    router.add("GET", trustors + u"/{trustorOrgId}/users"_s,
               Requires::any({u"authorization:orgTrusteeUser:view"_s}), side(listMembers, false));
    router.add("GET", trustors + u"/{trustorOrgId}/users/{userId}"_s,
               Requires::any({u"authorization:orgTrusteeUser:view"_s}), side(getMember, false));
    router.add("PUT", trustors + u"/{trustorOrgId}/users/{userId}"_s,
               Requires::allOf({u"authorization:orgTrusteeUser:add"_s}), bind(addTrustorUser));
    router.add("DELETE", trustors + u"/{trustorOrgId}/users/{userId}"_s,
               Requires::any({u"authorization:orgTrusteeUser:delete"_s}),
               side(removeMember, false));
}
