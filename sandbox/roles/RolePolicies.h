#pragma once

#include "catalog/PermissionCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Permission-policy rules the sandbox enforces, as pure functions over wire JSON.
namespace RolePolicies {

struct Problem {
    QString message;
    QString fieldName;
    QString code;
};

//! Checks every policy against the catalog: known domain, entity (or "*"), actions (or "*"),
//! no duplicates, and a well-formed condition tree only where the catalog allows conditions.
std::optional<Problem> validate(const QJsonArray& policies, const PermissionCatalog& catalog);

//! Policies for a list of "domain:entity:action" strings, grouped by domain and entity.
QJsonArray fromPermissionStrings(const QStringList& permissions, const PermissionCatalog& catalog,
                                 std::optional<Problem>* problem);

//! "domain:entity:action" for every action of every policy, wildcards kept as written.
QStringList permissionStrings(const QJsonArray& policies);

//! Whether the policies grant a concrete permission, honouring "*" in entity and action.
bool grants(const QJsonArray& policies, const QString& permission);

//! Expands grant patterns ("routing:*:view", "quality:*:*") against the catalog into policies.
//! A pattern whose entity and action are both "*" stays one wildcard policy for its domain
//! ("*:*:*" gives one per domain), as the real Master Admin role has.
QJsonArray expandGrants(const QStringList& patterns, const PermissionCatalog& catalog);

struct Difference {
    QJsonArray added;   //!< in the left (org) role only
    QJsonArray removed; //!< in the right (default) role only
    QJsonArray same;
};

//! Per (domain, entity, condition) policy, the actions only on the left, only on the right, and
//! on both, each as a policy of its own.
Difference difference(const QJsonArray& left, const QJsonArray& right);

} // namespace RolePolicies
