#include "roles/RolePermissionSearch.h"

#include "client/PlatformClient.h"

RolePermissionSearch::RolePermissionSearch(OrgSession* session, QString permission, QObject* parent)
    : Operation(session, parent)
    , m_permission(std::move(permission)) {}

void RolePermissionSearch::run() {
    RoleQuery query;
    query.permission = {m_permission};
    query.pageSize = 100;
    auto* job = client()->fetchAllRoles(query);
    track(job, [this, job] {
        for (const DomainOrganizationRole& r : job->result())
            m_roleIds.insert(r.id.value_or(QString()));
        succeed();
    });
}
