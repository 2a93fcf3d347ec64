#pragma once

#include "RoleTypes.h"

//! Whether policies grant a concrete permission "domain:entity:action", honouring "*" in the
//! entity and the action. Pure; used to find "roles that grant P" without asking the server.
bool grantsPermission(const QList<DomainPermissionPolicy>& policies, const QString& permission);
