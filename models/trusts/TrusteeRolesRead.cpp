#include "trusts/TrusteeRolesRead.h"

#include "client/PlatformClient.h"
#include "trusts/TrustStore.h"

TrusteeRolesRead::TrusteeRolesRead(OrgSession* session, QStringList trusteeOrgIds, QObject* parent)
    : Operation(session, parent)
    , m_orgIds(std::move(trusteeOrgIds)) {}

void TrusteeRolesRead::run() {
    TrustStore* trusts = session()->trusts();
    const QStringList asked =
        m_orgIds.isEmpty() ? trusts->ids(TrustStore::Side::Trustees) : m_orgIds;
    m_orgIds.clear();
    int total = 0;
    for (const QString& orgId : asked) {
        const TrusteeEntry* entry = trusts->trustee(orgId);
        if (!entry || entry->membersWithoutRoles() == 0)
            continue;
        m_orgIds.append(orgId);
        m_left.insert(orgId, entry->membersWithoutRoles());
        total += entry->membersWithoutRoles();
    }
    if (total == 0)
        return succeed();
    expectAnswers(total);
    for (const QString& orgId : std::as_const(m_orgIds)) {
        for (const TrusteeMember& m : trusts->trustee(orgId)->members) {
            if (m.rolesLoaded)
                continue;
            const QString userId = m.user.id.value_or(QString());
            auto* job = client()->getTrusteeUserRoles(orgId, userId);
            if (m_background)
                job->setPriority(ApiJob::Priority::Background);
            watch(
                job,
                [this, job, orgId, userId] {
                    m_read[orgId].insert(userId, job->result());
                    if (--m_left[orgId] == 0)
                        session()->trusts()->setMemberRoles(orgId, m_read.take(orgId));
                    if (answered())
                        succeed();
                },
                [this](const ApiStatus& status) { fail(OperationFailure::from(status)); });
        }
    }
}
