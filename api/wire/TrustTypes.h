#pragma once

#include "wire/CommonTypes.h"
#include "wire/RoleTypes.h"
#include "wire/UserTypes.h"

//! Trustee (O7, O11, O18, O21): an organization this org has granted access to.
struct Trustee {
    using Self = Trustee;
    std::optional<QString> id;
    std::optional<bool> enabled;
    std::optional<bool> usesDefaultRole;
    std::optional<bool> hasFullAccess;
    std::optional<bool> isTrustedUser;
    std::optional<WireDateTime> dateCreated;
    std::optional<WireDateTime> dateExpired;
    std::optional<OrgUser> createdBy;
    std::optional<Organization> organization;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(enabled), WIRE_FIELD(usesDefaultRole),
                               WIRE_FIELD(hasFullAccess), WIRE_FIELD(isTrustedUser),
                               WIRE_FIELD(dateCreated), WIRE_FIELD(dateExpired),
                               WIRE_FIELD(createdBy), WIRE_FIELD(organization),
                               WIRE_FIELD(selfUri));
    }
};

struct TrusteeAuthorization {
    using Self = TrusteeAuthorization;
    std::optional<QStringList> permissions;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(permissions)); }
};

//! Trustor (O12, O15): an organization that has granted this org access.
struct Trustor {
    using Self = Trustor;
    std::optional<QString> id;
    std::optional<bool> enabled;
    std::optional<WireDateTime> dateCreated;
    std::optional<OrgUser> createdBy;
    std::optional<Organization> organization;
    std::optional<TrusteeAuthorization> authorization;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(enabled), WIRE_FIELD(dateCreated),
                               WIRE_FIELD(createdBy), WIRE_FIELD(organization),
                               WIRE_FIELD(authorization), WIRE_FIELD(selfUri));
    }
};

struct TrustUserDetails {
    using Self = TrustUserDetails;
    std::optional<WireDateTime> dateCreated;
    std::optional<OrgUser> createdBy;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(dateCreated), WIRE_FIELD(createdBy));
    }
};

//! TrustUser (O8, O10, O13, O14, O17, O23): a user's profile plus trustUserDetails; no selfUri.
struct TrustUser : UserProfile {
    using Self = TrustUser;
    std::optional<UserAuthorization> authorization;
    std::optional<TrustUserDetails> trustUserDetails;

    static constexpr auto fields() {
        return std::tuple_cat(UserProfile::fields(), std::make_tuple(WIRE_FIELD(authorization),
                                                                     WIRE_FIELD(trustUserDetails)));
    }
};

struct TrustGroup {
    using Self = TrustGroup;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<WireDateTime> dateModified;
    std::optional<int> memberCount;
    std::optional<QString> state;
    std::optional<int> version;
    std::optional<QString> type;
    std::optional<bool> rulesVisible;
    std::optional<QString> visibility;
    std::optional<bool> rolesEnabled;
    std::optional<bool> includeOwners;
    std::optional<bool> callsEnabled;
    std::optional<QString> email;
    std::optional<WireDateTime> dateCreated;
    std::optional<OrgUser> createdBy;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(description),
                               WIRE_FIELD(dateModified), WIRE_FIELD(memberCount), WIRE_FIELD(state),
                               WIRE_FIELD(version), WIRE_FIELD(type), WIRE_FIELD(rulesVisible),
                               WIRE_FIELD(visibility), WIRE_FIELD(rolesEnabled),
                               WIRE_FIELD(includeOwners), WIRE_FIELD(callsEnabled),
                               WIRE_FIELD(email), WIRE_FIELD(dateCreated), WIRE_FIELD(createdBy));
    }
};

//! TrustRequest (O6, O16): a pairing; its id goes to the trustor as TrustCreate.pairingId.
struct TrustRequest {
    using Self = TrustRequest;
    std::optional<QString> id;
    std::optional<OrgUser> createdBy;
    std::optional<WireDateTime> dateCreated;
    std::optional<Organization> trustee;
    std::optional<QList<OrgUser>> users;
    std::optional<QList<TrustGroup>> groups;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(createdBy), WIRE_FIELD(dateCreated),
                               WIRE_FIELD(trustee), WIRE_FIELD(users), WIRE_FIELD(groups),
                               WIRE_FIELD(selfUri));
    }
};

struct TrustRequestCreate {
    using Self = TrustRequestCreate;
    std::optional<QStringList> userIds;
    std::optional<QStringList> groupIds;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(userIds), WIRE_FIELD(groupIds));
    }
};

struct RoleDivisionPair {
    using Self = RoleDivisionPair;
    std::optional<QString> roleId;
    std::optional<QString> divisionId;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(roleId), WIRE_FIELD(divisionId));
    }
};

struct RoleDivisionGrants {
    using Self = RoleDivisionGrants;
    std::optional<QList<RoleDivisionPair>> grants;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(grants)); }
};

//! TrustMemberCreate (O17 body; element of TrustCreate.users/groups).
struct TrustMemberCreate {
    using Self = TrustMemberCreate;
    std::optional<QString> id;
    std::optional<QStringList> roleIds;
    std::optional<RoleDivisionGrants> roleDivisions;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(roleIds), WIRE_FIELD(roleDivisions));
    }
};

//! TrustCreate (O18 body).
struct TrustCreate {
    using Self = TrustCreate;
    std::optional<QString> pairingId;
    std::optional<bool> enabled;
    std::optional<QList<TrustMemberCreate>> users;
    std::optional<QList<TrustMemberCreate>> groups;
    std::optional<WireDateTime> dateExpired;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(pairingId), WIRE_FIELD(enabled), WIRE_FIELD(users),
                               WIRE_FIELD(groups), WIRE_FIELD(dateExpired));
    }
};

//! TrustUpdate (O21 body).
struct TrustUpdate {
    using Self = TrustUpdate;
    std::optional<bool> enabled;
    std::optional<WireDateTime> dateExpired;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(enabled), WIRE_FIELD(dateExpired));
    }
};

struct AuditFacet {
    using Self = AuditFacet;
    std::optional<QString> name;
    std::optional<QString> type;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(name), WIRE_FIELD(type)); }
};

struct AuditFilter {
    using Self = AuditFilter;
    std::optional<QString> name;
    std::optional<QString> type;
    std::optional<QString> filterOperator; //!< "operator" on the wire
    std::optional<QStringList> values;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(name), WIRE_FIELD(type),
                               Wire::field(QLatin1StringView("operator"), &Self::filterOperator),
                               WIRE_FIELD(values));
    }
};

//! What the two audit queries share: the time window, a phrase, facets and filters.
struct AuditQueryWindow {
    using Self = AuditQueryWindow;
    std::optional<WireDateTime> startDate;
    std::optional<WireDateTime> endDate;
    std::optional<QString> queryPhrase;
    std::optional<QList<AuditFacet>> facets;
    std::optional<QList<AuditFilter>> filters;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(startDate), WIRE_FIELD(endDate), WIRE_FIELD(queryPhrase),
                               WIRE_FIELD(facets), WIRE_FIELD(filters));
    }
};

//! TrusteeAuditQueryRequest (O19 body).
struct TrusteeAuditQueryRequest : AuditQueryWindow {
    using Self = TrusteeAuditQueryRequest;
    std::optional<QStringList> trusteeOrganizationIds;
    std::optional<QStringList> trusteeUserIds;

    static constexpr auto fields() {
        return std::tuple_cat(
            std::make_tuple(WIRE_FIELD(trusteeOrganizationIds), WIRE_FIELD(trusteeUserIds)),
            AuditQueryWindow::fields());
    }
};

//! TrustorAuditQueryRequest (O20 body): one trustor organization, not a list.
struct TrustorAuditQueryRequest : AuditQueryWindow {
    using Self = TrustorAuditQueryRequest;
    std::optional<QString> trustorOrganizationId;
    std::optional<QStringList> trusteeUserIds;

    static constexpr auto fields() {
        return std::tuple_cat(
            std::make_tuple(WIRE_FIELD(trustorOrganizationId), WIRE_FIELD(trusteeUserIds)),
            AuditQueryWindow::fields());
    }
};

//! The audit queries' response: the SDK types it as a plain object (AuditQueryResponse has no
//! fields), so it stays opaque JSON; the envelope fields are read where present.
struct AuditQueryResponse {
    using Self = AuditQueryResponse;
    std::optional<QList<QJsonObject>> entities;
    std::optional<int> pageSize;
    std::optional<int> pageNumber;
    std::optional<qint64> total;
    std::optional<int> pageCount;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(entities), WIRE_FIELD(pageSize), WIRE_FIELD(pageNumber),
                               WIRE_FIELD(total), WIRE_FIELD(pageCount));
    }
};
