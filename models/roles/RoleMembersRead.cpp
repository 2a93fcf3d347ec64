#include "roles/RoleMembersRead.h"

#include "client/PlatformClient.h"

RoleMembersRead::RoleMembersRead(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void RoleMembersRead::run() {
    QPointer<PlatformClient> c = client();
    const QString roleId = m_roleId;
    auto* job = c->fetchAll<UserReference>(
        [c, roleId](int page, int size) {
            return c->getRoleUsers(roleId, {size, page});
        },
        100);
    track(job, [this, job] {
        for (const UserReference& u : job->result())
            m_userIds.append(u.id.value_or(QString()));
        succeed();
    });
}
