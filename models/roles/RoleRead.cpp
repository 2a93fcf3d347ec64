#include "roles/RoleRead.h"

#include "client/PlatformClient.h"

RoleRead::RoleRead(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void RoleRead::run() {
    auto* job = client()->getRole(m_roleId, true);
    track(job, [this, job] {
        m_role = job->result();
        succeed();
    });
}
