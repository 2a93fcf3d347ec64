#pragma once

#include "catalog/CatalogIndex.h"
#include "wire/RoleTypes.h"

#include <QList>
#include <QMap>
#include <QString>

//! Answers to the two questions admins ask most: who can do this (the roles whose policies
//! grant a permission, and the people who hold them), and why can this person do that (the
//! permissions a user's roles grant, each with the role and policy it comes from). Pure.
namespace AccessAnswers {

//! One policy of one role that grants a concrete permission.
struct Grant {
    QString roleId;
    QString roleName;
    //! The policy as it is written, narrowed to the action that matches:
    //! "routing:queue:view", "routing:*:*", "*:*:*".
    QString policy;
    bool wildcard = false; //!< the policy grants it through "*"
    QString condition;     //!< ConditionText of the policy's condition; empty for none

    bool operator==(const Grant&) const = default;
};

//! How `role` grants the concrete permission "domain:entity:action": one entry per policy.
QList<Grant> grantsOf(const DomainOrganizationRole& role, const QString& permission);
//! Every role of `roles` that grants the permission, by role name then policy.
QList<Grant> rolesGranting(const QList<DomainOrganizationRole>& roles, const QString& permission);
//! What a set of roles grants: concrete "domain:entity:action" -> how. Wildcards expand through
//! the catalog; a policy the catalog knows nothing of stays as written (e.g. "newdomain:*:*").
QMap<QString, QList<Grant>> effectivePermissions(const QList<DomainOrganizationRole>& roles,
                                                 const CatalogIndex& catalog);

//! A person who holds at least one of the granting roles.
struct Holder {
    QString userId;
    QString name;
    QString email;
    QString state;        //!< active, inactive, deleted; empty when unknown
    QString organization; //!< a trustee user's own organization; empty for this org's users
    QStringList roleNames;
};

//! "role,policy,wildcard,condition" then "person,email,state,organization,roles": what "Export
//! CSV" writes, RFC 4180 quoting, one header line per table.
QString toCsv(const QString& permission, const QList<Grant>& grants, const QList<Holder>& holders);

} // namespace AccessAnswers
