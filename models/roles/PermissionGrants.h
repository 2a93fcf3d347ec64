#pragma once

#include "wire/RoleTypes.h"

//! Whether one policy grants domain:entity:action, honouring "*" in the domain, the entity and
//! the action (conditions aside).
bool policyGrants(const DomainPermissionPolicy& policy, const QString& domain,
                  const QString& entity, const QString& action);

//! Whether policies grant a concrete permission "domain:entity:action", honouring "*" in the
//! entity and the action. Pure; used to find "roles that grant P" without asking the server.
bool grantsPermission(const QList<DomainPermissionPolicy>& policies, const QString& permission);
