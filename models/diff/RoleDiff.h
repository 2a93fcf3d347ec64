#pragma once

#include "catalog/CatalogIndex.h"
#include "wire/RoleTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

//! The difference between two roles, as sets of concrete permissions ("atoms"
//! domain:entity:action, wildcards expanded through the catalog) each with its conditions, plus
//! the name, the description and the legacy `permissions` list. Pure, no Qt Widgets.
//!
//! Direction follows the Platform API's comparedefault: `role` is the left side (the org role),
//! `reference` the right (its default). "Added" is granted by `role` and not by `reference`,
//! "removed" the other way round. Order of policies, actions, terms and operands never counts.
namespace RoleDiff {

//! One side of a comparison: a role (saved, a draft, from a snapshot or another org) and the
//! catalog its wildcards expand through. Without a catalog, a wildcard stays one literal atom.
struct Side {
    DomainOrganizationRole role;
    CatalogIndex catalog;
};

//! A condition in a canonical form: equal conditions (terms and operands in any order, nested
//! conjunctions flattened, names of referenced users/queues/teams ignored) give equal keys. The
//! empty key means "no condition".
QString canonicalCondition(const std::optional<DomainResourceConditionNode>& node);

enum class Change { Unchanged, Added, Removed, ConditionChanged };
//! "+", "-", "~" or " " (unchanged): what a text report marks a line with.
QString glyph(Change change);

//! One concrete permission and how the two sides grant it.
struct AtomDiff {
    QString domain;
    QString entity;
    QString action;
    Change change = Change::Unchanged;
    //! How each side grants it: one entry per distinct condition, "" for unconditioned,
    //! otherwise the condition as ConditionText writes it. Empty: that side does not grant it.
    QStringList roleConditions;
    QStringList referenceConditions;
    //! For ConditionChanged: the variables whose tests differ ("Queue.id"), or "condition"
    //! when one side grants it without a condition.
    QStringList changedProperties;

    QString permission() const { return domain + u':' + entity + u':' + action; }
};

struct FieldDiff {
    QString field; //!< "name" or "description"
    QString reference;
    QString role;
};

struct Result {
    QList<AtomDiff> atoms; //!< every atom of either side, sorted by permission
    QList<FieldDiff> fields;
    //! The legacy `permissions` strings, as sets.
    QStringList permissionsAdded;
    QStringList permissionsRemoved;

    int count(Change change) const;
    //! Permissions ("d:e:a", sorted) with that change.
    QStringList permissions(Change change) const;
    bool isIdentical() const;
    //! A readable report, one line per difference: what "Copy as text" puts on the clipboard.
    QString toText(const QString& roleLabel, const QString& referenceLabel) const;
};

Result compare(const Side& role, const Side& reference);
//! Both sides in one org: one catalog.
Result compare(const DomainOrganizationRole& role, const DomainOrganizationRole& reference,
               const CatalogIndex& catalog);

//! The concrete atoms policies grant, each with its canonical conditions ("" = unconditioned).
//! Key "domain:entity:action". `conditionText`, when given, gets each canonical key's condition
//! as ConditionText writes it.
QHash<QString, QStringList> atomsOf(const QList<DomainPermissionPolicy>& policies,
                                    const CatalogIndex& catalog,
                                    QHash<QString, QString>* conditionText = nullptr);

//! The server's comparedefault answer checked against the engine: the role the server's lists
//! imply (same + added) against the default they imply (same + removed), compared by the engine,
//! should give what the engine gives for the two roles. Permissions where they disagree, sorted.
QStringList disagreements(const Result& engine, const DomainOrgRoleDifference& server,
                          const CatalogIndex& catalog);

//! Takes back chosen differences in a role's policies, towards the reference: an added atom is
//! revoked, a removed one granted with the reference's condition, a changed condition reset to
//! the reference's. Everything else the role grants stays as it is.
QList<DomainPermissionPolicy> takeBack(const QList<DomainPermissionPolicy>& rolePolicies,
                                       const QList<DomainPermissionPolicy>& referencePolicies,
                                       const QStringList& permissions, const CatalogIndex& catalog);

} // namespace RoleDiff
