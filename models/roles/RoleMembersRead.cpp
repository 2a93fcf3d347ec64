#include "roles/RoleMembersRead.h"

#include "client/PlatformClient.h"

using namespace Qt::StringLiterals;

RoleMembersRead::RoleMembersRead(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void RoleMembersRead::run() {
    QPointer<PlatformClient> c = client();
    const QString roleId = m_roleId;
    auto* job = c->fetchAll<UserReference>(
        u"roleUsers"_s,
        [c, roleId](int page, int size) {
            return c->getRoleUsers(roleId, {size, page});
        },
        0);
    track(job, [this, job] {
        for (const UserReference& u : job->result())
            m_userIds.append(u.id.value_or(QString()));
        succeed();
    });
}
