// The control for views_include_client.cpp: the same target settings, including what views/
// may include (models and wire), build as part of the normal build.
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "wire/RoleTypes.h"

int boundaryViewsIncludeModels() {
    return sizeof(DomainOrganizationRole) > 0 ? 1 : 0;
}
