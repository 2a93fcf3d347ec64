#include "roles/RoleUsersChange.h"

#include "client/PlatformClient.h"

RoleUsersChange::RoleUsersChange(OrgSession* session, QString roleId, QStringList userIds,
                                 Change change, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId))
    , m_userIds(std::move(userIds))
    , m_change(change) {}

void RoleUsersChange::run() {
    auto* job = m_change == Change::Add ? client()->addRoleUsers(m_roleId, m_userIds)
                                        : client()->removeRoleUsers(m_roleId, m_userIds);
    track(job, [this] { succeedAfterRefreshing({m_roleId}); });
}
