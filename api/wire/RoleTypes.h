#pragma once

#include "wire/CommonTypes.h"

//! DomainResourceConditionValue: one operand of a condition leaf.
struct DomainResourceConditionValue {
    using Self = DomainResourceConditionValue;
    std::optional<EntityReference> user;
    std::optional<EntityReference> queue;
    std::optional<EntityReference> team;
    std::optional<QString> value;
    std::optional<QString> type; //!< SCALAR VARIABLE USER TEAM QUEUE
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(user), WIRE_FIELD(queue), WIRE_FIELD(team),
                               WIRE_FIELD(value), WIRE_FIELD(type));
    }
};

//! DomainResourceConditionNode: a leaf (variableName, operator, operands) or a branch
//! (conjunction, terms).
struct DomainResourceConditionNode {
    using Self = DomainResourceConditionNode;
    std::optional<QString> variableName;
    std::optional<QString> conditionOperator; //!< "operator" on the wire: EQ IN GE GT LE LT
    std::optional<QList<DomainResourceConditionValue>> operands;
    std::optional<QString> conjunction; //!< AND OR
    std::optional<std::vector<DomainResourceConditionNode>> terms;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(variableName),
                               Wire::field(QLatin1StringView("operator"), &Self::conditionOperator),
                               WIRE_FIELD(operands), WIRE_FIELD(conjunction), WIRE_FIELD(terms));
    }
};

struct DomainPermissionPolicy {
    using Self = DomainPermissionPolicy;
    std::optional<QString> domain;
    std::optional<QString> entityName;
    std::optional<QString> policyName;
    std::optional<QString> policyDescription;
    std::optional<QStringList> actionSet;
    std::optional<QStringList> namedResources;
    std::optional<bool> allowConditions;
    std::optional<DomainResourceConditionNode> resourceConditionNode;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(domain), WIRE_FIELD(entityName), WIRE_FIELD(policyName),
                               WIRE_FIELD(policyDescription), WIRE_FIELD(actionSet),
                               WIRE_FIELD(namedResources), WIRE_FIELD(allowConditions),
                               WIRE_FIELD(resourceConditionNode));
    }
};

//! DomainOrganizationRole; also the body of A9, A10 (DomainOrganizationRoleCreate has the same
//! fields), A12 and A13.
struct DomainOrganizationRole {
    using Self = DomainOrganizationRole;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> defaultRoleId;
    std::optional<QStringList> permissions;
    std::optional<QStringList> unusedPermissions;
    std::optional<QList<DomainPermissionPolicy>> permissionPolicies;
    std::optional<int> userCount;
    std::optional<bool> roleNeedsUpdate;
    std::optional<QString> baseLicense;
    std::optional<QStringList> addonLicenses;
    std::optional<WireDateTime> dateLicenseLastUpdated;
    std::optional<bool> isDefault; //!< "default" on the wire
    std::optional<bool> base;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(
            WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(description), WIRE_FIELD(defaultRoleId),
            WIRE_FIELD(permissions), WIRE_FIELD(unusedPermissions), WIRE_FIELD(permissionPolicies),
            WIRE_FIELD(userCount), WIRE_FIELD(roleNeedsUpdate), WIRE_FIELD(baseLicense),
            WIRE_FIELD(addonLicenses), WIRE_FIELD(dateLicenseLastUpdated),
            Wire::field(QLatin1StringView("default"), &Self::isDefault), WIRE_FIELD(base),
            WIRE_FIELD(selfUri));
    }
};

using DomainOrganizationRoleCreate = DomainOrganizationRole;

//! DomainOrganizationRoleUpdate, the body of A14: six fields. fromRole() carries the role's
//! unknown fields along, so a GET -> edit -> PUT loses nothing the server sent.
struct DomainOrganizationRoleUpdate {
    using Self = DomainOrganizationRoleUpdate;
    std::optional<QString> id;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QStringList> permissions;
    std::optional<QList<DomainPermissionPolicy>> permissionPolicies;
    std::optional<QString> selfUri;
    QJsonObject unknownFields;

    static DomainOrganizationRoleUpdate fromRole(const DomainOrganizationRole& role) {
        return {role.id,
                role.name,
                role.description,
                std::nullopt,
                role.permissionPolicies,
                role.selfUri,
                role.unknownFields};
    }

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name), WIRE_FIELD(description),
                               WIRE_FIELD(permissions), WIRE_FIELD(permissionPolicies),
                               WIRE_FIELD(selfUri));
    }
};

//! DomainOrgRoleDifference (A6, A12): left = the org role, right = the default role.
struct DomainOrgRoleDifference {
    using Self = DomainOrgRoleDifference;
    std::optional<QList<DomainPermissionPolicy>> removedPermissionPolicies;
    std::optional<QList<DomainPermissionPolicy>> addedPermissionPolicies;
    std::optional<QList<DomainPermissionPolicy>> samePermissionPolicies;
    std::optional<DomainOrganizationRole> userOrgRole;
    std::optional<DomainOrganizationRole> roleFromDefault;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(removedPermissionPolicies),
                               WIRE_FIELD(addedPermissionPolicies),
                               WIRE_FIELD(samePermissionPolicies), WIRE_FIELD(userOrgRole),
                               WIRE_FIELD(roleFromDefault));
    }
};

struct DomainRole {
    using Self = DomainRole;
    std::optional<QString> id;
    std::optional<QString> name;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(name)); }
};

struct ResourceConditionValue {
    using Self = ResourceConditionValue;
    std::optional<QString> type;
    std::optional<QString> value;
    QJsonObject unknownFields;

    static constexpr auto fields() { return std::make_tuple(WIRE_FIELD(type), WIRE_FIELD(value)); }
};

struct ResourceConditionNode {
    using Self = ResourceConditionNode;
    std::optional<QString> variableName;
    std::optional<QString> conjunction;
    std::optional<QString> conditionOperator; //!< "operator" on the wire
    std::optional<QList<ResourceConditionValue>> operands;
    std::optional<std::vector<ResourceConditionNode>> terms;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(variableName), WIRE_FIELD(conjunction),
                               Wire::field(QLatin1StringView("operator"), &Self::conditionOperator),
                               WIRE_FIELD(operands), WIRE_FIELD(terms));
    }
};

struct ResourcePermissionPolicy {
    using Self = ResourcePermissionPolicy;
    std::optional<QString> id;
    std::optional<QString> domain;
    std::optional<QString> entityName;
    std::optional<QString> policyName;
    std::optional<QString> policyDescription;
    std::optional<QString> actionSetKey;
    std::optional<bool> allowConditions;
    std::optional<ResourceConditionNode> resourceConditionNode;
    std::optional<QStringList> namedResources;
    std::optional<QString> resourceCondition;
    std::optional<QStringList> actionSet;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(id), WIRE_FIELD(domain), WIRE_FIELD(entityName),
                               WIRE_FIELD(policyName), WIRE_FIELD(policyDescription),
                               WIRE_FIELD(actionSetKey), WIRE_FIELD(allowConditions),
                               WIRE_FIELD(resourceConditionNode), WIRE_FIELD(namedResources),
                               WIRE_FIELD(resourceCondition), WIRE_FIELD(actionSet));
    }
};

//! UserAuthorization (A8, A17, O9, O22).
struct UserAuthorization {
    using Self = UserAuthorization;
    std::optional<QList<DomainRole>> roles;
    std::optional<QList<DomainRole>> unusedRoles;
    std::optional<QStringList> permissions;
    std::optional<QList<ResourcePermissionPolicy>> permissionPolicies;
    QJsonObject unknownFields;

    static constexpr auto fields() {
        return std::make_tuple(WIRE_FIELD(roles), WIRE_FIELD(unusedRoles), WIRE_FIELD(permissions),
                               WIRE_FIELD(permissionPolicies));
    }
};
