#include "roles/RoleRefresh.h"

#include "client/PlatformClient.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"

RoleRefresh::RoleRefresh(OrgSession* session, QStringList roleIds, QObject* parent)
    : Operation(session, parent)
    , m_roleIds(std::move(roleIds)) {
    m_roleIds.removeDuplicates();
}

void RoleRefresh::run() {
    if (m_roleIds.isEmpty())
        return succeed();
    RoleQuery query;
    query.id = m_roleIds;
    query.pageSize = 100;
    auto* job = client()->fetchAllRoles(query);
    track(job, [this, job] {
        for (const DomainOrganizationRole& r : job->result())
            session()->roles()->upsert(r);
        succeed();
    });
}
