#include "users/UserRolesChange.h"

#include "client/PlatformClient.h"

UserRolesChange* UserRolesChange::set(OrgSession* session, const QString& userId,
                                      const QStringList& held, const QStringList& wanted,
                                      QObject* parent) {
    QStringList changed;
    for (const QString& id : held)
        if (!wanted.contains(id))
            changed.append(id);
    for (const QString& id : wanted)
        if (!held.contains(id))
            changed.append(id);
    return new UserRolesChange(session, userId, wanted, changed, parent);
}

UserRolesChange* UserRolesChange::removeAll(OrgSession* session, const QString& userId,
                                            const QStringList& held, QObject* parent) {
    return new UserRolesChange(session, userId, std::nullopt, held, parent);
}

UserRolesChange::UserRolesChange(OrgSession* session, QString userId,
                                 std::optional<QStringList> wanted, QStringList changed,
                                 QObject* parent)
    : Operation(session, parent)
    , m_userId(std::move(userId))
    , m_wanted(std::move(wanted))
    , m_changed(std::move(changed)) {}

void UserRolesChange::run() {
    if (!m_wanted) {
        track(client()->deleteUserRoles(m_userId), [this] { succeedAfterRefreshing(m_changed); });
        return;
    }
    auto* job = client()->setUserRoles(m_userId, *m_wanted);
    track(job, [this, job] {
        for (const DomainRole& r : job->result().roles.value_or(QList<DomainRole>()))
            m_roleIds.append(r.id.value_or(QString()));
        m_roleIds.sort();
        succeedAfterRefreshing(m_changed);
    });
}
