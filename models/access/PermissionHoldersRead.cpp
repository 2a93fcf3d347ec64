#include "access/PermissionHoldersRead.h"

#include "access/SessionAccess.h"
#include "client/PlatformClient.h"
#include "roles/RoleStore.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeRolesRead.h"
#include "users/UserDirectory.h"

using namespace Qt::StringLiterals;

PermissionHoldersRead::PermissionHoldersRead(OrgSession* session, QString permission,
                                             QObject* parent)
    : Operation(session, parent)
    , m_permission(permission.trimmed()) {}

void PermissionHoldersRead::run() {
    m_grants = AccessAnswers::rolesGranting(session()->roles()->roles(), m_permission);
    for (const AccessAnswers::Grant& g : std::as_const(m_grants))
        if (!m_roleIds.contains(g.roleId))
            m_roleIds.append(g.roleId);
    if (m_roleIds.isEmpty())
        return succeed();

    // One part per role's members, one for the directory, one for trustee users' roles.
    m_steps = int(m_roleIds.size()) + 2;
    m_left = m_steps;
    reportProgress(0);
    for (const QString& roleId : std::as_const(m_roleIds)) {
        auto* job = client()->fetchAllRoleUsers(roleId);
        watch(
            job,
            [this, job, roleId] {
                QStringList& ids = m_usersOf[roleId];
                for (const UserReference& u : job->result())
                    ids.append(u.id.value_or(QString()));
                partDone();
            },
            [this](const ApiStatus& status) { fail(OperationFailure::from(status)); });
    }

    UserDirectory* users = session()->users();
    if (users->isLoaded()) {
        partDone();
    } else {
        connect(users, &UserDirectory::loaded, this, &PermissionHoldersRead::partDone,
                Qt::SingleShotConnection);
        connect(users, &UserDirectory::failed, this,
                [this](const ApiStatus& status) { fail(OperationFailure::from(status)); });
        users->load();
    }

    // Trustee users the person may not read (O8, O9) are not in the store: say so.
    if (!session()->trusts()->isLoaded()
        || !session()->access()->rights().allows(u"authorization:orgTrusteeUser:view"_s)) {
        m_partnersUnread = true;
        return partDone();
    }
    auto* trustees = new TrusteeRolesRead(session(), {}, this);
    connect(trustees, &Operation::succeeded, this, &PermissionHoldersRead::partDone);
    connect(trustees, &Operation::failed, this, [this] {
        m_partnersUnread = true;
        partDone();
    });
    trustees->start();
}

void PermissionHoldersRead::partDone() {
    if (!isRunning())
        return;
    reportProgress(m_steps - --m_left);
    if (m_left == 0)
        collect();
}

void PermissionHoldersRead::collect() {
    QHash<QString, QString> roleNames;
    for (const AccessAnswers::Grant& g : std::as_const(m_grants))
        roleNames.insert(g.roleId, g.roleName);

    // This org's users, with the granting roles each holds.
    QMap<QString, QStringList> rolesOfUser;
    for (auto it = m_usersOf.cbegin(); it != m_usersOf.cend(); ++it)
        for (const QString& userId : it.value())
            rolesOfUser[userId].append(roleNames.value(it.key()));
    const UserDirectory* users = session()->users();
    for (auto it = rolesOfUser.cbegin(); it != rolesOfUser.cend(); ++it) {
        AccessAnswers::Holder h;
        h.userId = it.key();
        h.roleNames = it.value();
        h.roleNames.sort(Qt::CaseInsensitive);
        if (const User* u = users->find(h.userId)) {
            h.name = u->name.value_or(QString());
            h.email = u->email.value_or(QString());
            h.state = u->state.value_or(QString());
        }
        m_holders.append(h);
    }
    std::sort(m_holders.begin(), m_holders.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });

    // Trustee users: the roles this org gave them.
    QList<AccessAnswers::Holder> partners;
    for (const TrusteeEntry& trustee : session()->trusts()->trustees()) {
        for (const TrusteeMember& m : trustee.members) {
            AccessAnswers::Holder h;
            for (const DomainRole& r : m.roles.roles.value_or(QList<DomainRole>()))
                if (roleNames.contains(r.id.value_or(QString())))
                    h.roleNames.append(roleNames.value(r.id.value_or(QString())));
            if (h.roleNames.isEmpty())
                continue;
            h.roleNames.sort(Qt::CaseInsensitive);
            h.userId = m.user.id.value_or(QString());
            h.name = m.user.name.value_or(QString());
            h.email = m.user.email.value_or(QString());
            h.state = m.user.state.value_or(QString());
            h.organization = trustee.name();
            partners.append(h);
        }
    }
    std::sort(partners.begin(), partners.end(), [](const auto& a, const auto& b) {
        const int byOrg = a.organization.localeAwareCompare(b.organization);
        return byOrg != 0 ? byOrg < 0 : a.name.localeAwareCompare(b.name) < 0;
    });
    m_holders.append(partners);
    succeed();
}
