#include "diff/DefaultComparison.h"

#include "catalog/CatalogStore.h"
#include "client/PlatformClient.h"
#include "roles/RoleStore.h"

using namespace Qt::StringLiterals;

DefaultComparison::DefaultComparison(OrgSession* session, QStringList roleIds, QObject* parent)
    : Operation(session, parent) {
    roleIds.removeDuplicates();
    for (const QString& id : std::as_const(roleIds)) {
        DefaultComparisonResult r;
        r.roleId = id;
        m_results.append(r);
    }
}

DefaultComparison::DefaultComparison(OrgSession* session, const DomainOrganizationRole& draft,
                                     QObject* parent)
    : Operation(session, parent)
    , m_draft(draft) {
    DefaultComparisonResult r;
    r.roleId = draft.id.value_or(QString());
    r.roleName = draft.name.value_or(QString());
    m_results.append(r);
}

void DefaultComparison::run() {
    if (m_results.isEmpty())
        return succeed();
    expectAnswers(int(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        DefaultComparisonResult& r = m_results[i];
        const DomainOrganizationRole* stored = session()->roles()->find(r.roleId);
        if (r.roleName.isEmpty() && stored)
            r.roleName = stored->name.value_or(QString());
        const QString defaultId =
            m_draft ? m_draft->defaultRoleId.value_or(QString())
                    : (stored ? stored->defaultRoleId.value_or(QString()) : QString());
        if (r.roleId.isEmpty() || defaultId.isEmpty()) {
            refuse(i, OperationFailure::refused(
                          tr("\"%1\" is not based on a default role: there is nothing to"
                             " compare it with.")
                              .arg(r.roleName.isEmpty() ? r.roleId : r.roleName)));
            continue;
        }
        auto* job = m_draft ? client()->compareDefaultDraft(r.roleId, defaultId, *m_draft)
                            : client()->compareDefault(r.roleId, defaultId);
        watch(
            job, [this, i, job] { answer(i, job->result()); },
            [this, i](const ApiStatus& status) { refuse(i, OperationFailure::from(status)); });
    }
}

void DefaultComparison::answer(int index, const DomainOrgRoleDifference& diff) {
    DefaultComparisonResult& r = m_results[index];
    r.server = diff;
    // The engine compares what was asked: the draft as it is, or the saved role the server read.
    r.role = m_draft ? *m_draft : diff.userOrgRole.value_or(DomainOrganizationRole());
    if (!r.role.id)
        r.role.id = r.roleId;
    r.defaultRole = diff.roleFromDefault.value_or(DomainOrganizationRole());
    if (r.roleName.isEmpty())
        r.roleName = r.role.name.value_or(QString());
    const CatalogIndex& catalog = session()->catalog()->index();
    r.engine = RoleDiff::compare(r.role, r.defaultRole, catalog);
    r.disagreements = RoleDiff::disagreements(r.engine, diff, catalog);
    settle();
}

void DefaultComparison::refuse(int index, const OperationFailure& failure) {
    m_results[index].failure = failure;
    settle();
}

void DefaultComparison::settle() {
    if (!answered())
        return;
    // One role: its failure is the operation's. Several: each result says how it went.
    if (m_results.size() == 1 && m_results.first().failure)
        return fail(*m_results.first().failure);
    succeed();
}
