#include "roles/RoleDeletion.h"

#include "client/PlatformClient.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"

RoleDeletion::RoleDeletion(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void RoleDeletion::run() {
    track(client()->deleteRole(m_roleId), [this] {
        session()->roles()->remove(m_roleId);
        succeed();
    });
}
