#include "roles/RoleDeletion.h"

#include "client/PlatformClient.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"

using namespace Qt::StringLiterals;

RoleDeletion::RoleDeletion(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void RoleDeletion::run() {
    track(client()->deleteRole(m_roleId), [this] {
        session()->roles()->remove(m_roleId);
        succeed();
    });
}

QString RoleDeletion::whyNotDeletable(const DomainOrganizationRole& role) {
    const bool fromDefault = !role.defaultRoleId.value_or(QString()).isEmpty();
    if (fromDefault
        && role.name.value_or(QString()).trimmed().compare(u"Master Admin"_s, Qt::CaseInsensitive)
               == 0)
        return tr("Master Admin cannot be deleted: every organization keeps it, so that someone"
                  " can always administer the organization.");
    return {};
}
