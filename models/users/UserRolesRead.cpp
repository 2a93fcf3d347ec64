#include "users/UserRolesRead.h"

#include "client/PlatformClient.h"

namespace {

QStringList sortedIds(const UserAuthorization& authorization) {
    QStringList ids;
    for (const DomainRole& r : authorization.roles.value_or(QList<DomainRole>()))
        ids.append(r.id.value_or(QString()));
    ids.sort();
    return ids;
}

} // namespace

UserRolesRead::UserRolesRead(OrgSession* session, QString userId, QObject* parent)
    : Operation(session, parent)
    , m_userId(std::move(userId)) {}

void UserRolesRead::run() {
    auto* job = client()->getUserRoles(m_userId);
    track(job, [this, job] {
        m_roleIds = sortedIds(job->result());
        succeed();
    });
}
