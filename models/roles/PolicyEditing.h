#pragma once

#include "catalog/CatalogIndex.h"
#include "wire/RoleTypes.h"

//! Pure edits of a role's permission policies, as the role editor makes them.
namespace PolicyEditing {

//! Grants or revokes each permission "domain:entity:action". A grant joins an existing
//! unconditioned policy of the same entity, or adds one; a permission that is already granted
//! (explicitly, by a wildcard or under a condition) is left alone. A revoke removes the action
//! from every policy that grants it; a wildcard that grants it is first expanded through the
//! catalog into what it stands for, so everything else it granted stays granted.
QList<DomainPermissionPolicy> setGranted(QList<DomainPermissionPolicy> policies,
                                         const QStringList& permissions, bool granted,
                                         const CatalogIndex& catalog);

//! Whether a policy's domain, entity or action set holds a "*".
bool isWildcard(const DomainPermissionPolicy& policy);

//! Every grant of the policies as "domain:entity:action", wildcards as written, followed by
//! " if <condition>" for a conditioned policy. Sorted; what a before/after comparison lists.
QStringList grantLines(const QList<DomainPermissionPolicy>& policies);

} // namespace PolicyEditing
