#include "roles/RoleMembersRead.h"

#include "client/PlatformClient.h"

using namespace Qt::StringLiterals;

RoleMembersRead::RoleMembersRead(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void RoleMembersRead::run() {
    auto* job = client()->fetchAllRoleUsers(m_roleId);
    track(job, [this, job] {
        for (const UserReference& u : job->result())
            m_userIds.append(u.id.value_or(QString()));
        succeed();
    });
}
