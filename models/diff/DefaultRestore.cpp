#include "diff/DefaultRestore.h"

#include "client/PlatformClient.h"
#include "roles/RoleStore.h"

using namespace Qt::StringLiterals;

DefaultRestore::DefaultRestore(OrgSession* session, Mode mode, QStringList roleIds, QObject* parent)
    : Operation(session, parent)
    , m_mode(mode)
    , m_roleIds(std::move(roleIds))
    , m_directory(RestorePoint::defaultDirectory()) {
    m_roleIds.removeDuplicates();
}

int DefaultRestore::steps() const {
    return m_mode == Mode::Missing ? 1 : int(m_roleIds.size()) + 1;
}

void DefaultRestore::run() {
    if (m_mode == Mode::Missing)
        return restore();
    if (m_mode == Mode::All) {
        m_roleIds.clear();
        for (const DomainOrganizationRole& r : session()->roles()->roles())
            if (r.defaultRoleId && !r.defaultRoleId->isEmpty())
                m_roleIds.append(r.id.value_or(QString()));
    }
    // Nothing to read or keep: force adds every default, an empty list is the client's to refuse.
    if (m_roleIds.isEmpty())
        return restore();
    // The restore point holds what the server has now, not what this window last saw.
    m_before.resize(m_roleIds.size());
    expectAnswers(int(m_roleIds.size()));
    for (int i = 0; i < m_roleIds.size(); ++i) {
        auto* job = client()->getRole(m_roleIds[i]);
        track(job, [this, i, job] {
            m_before[i] = job->result();
            if (answered())
                readDone();
        });
    }
}

void DefaultRestore::readDone() {
    for (const DomainOrganizationRole& r : std::as_const(m_before)) {
        if (!r.defaultRoleId || r.defaultRoleId->isEmpty())
            return fail(OperationFailure::refused(
                tr("\"%1\" is a custom role; only default roles can be restored.")
                    .arg(r.name.value_or(r.id.value_or(QString())))));
    }
    m_point.organizationId = session()->organizationId();
    m_point.organizationName = session()->organizationName();
    m_point.takenAt = QDateTime::currentDateTimeUtc();
    m_point.reason = m_mode == Mode::All
                         ? tr("Reset every default role")
                         : tr("Restore %n default role(s)", nullptr, int(m_before.size()));
    m_point.roles = m_before;
    QString error;
    if (!m_point.write(m_directory, &error))
        return fail(OperationFailure::refused(
            tr("Nothing was restored: the roles could not be saved first. %1").arg(error)));
    restore();
}

void DefaultRestore::restore() {
    ResultJob<RoleListing>* job = m_mode == Mode::Listed
                                      ? client()->restoreDefaultRoles(m_before)
                                      : client()->restoreAllDefaultRoles(m_mode == Mode::All);
    track(job, [this, job] {
        m_result = job->result().entities.value_or(QList<DomainOrganizationRole>());
        for (const DomainOrganizationRole& r : std::as_const(m_result))
            session()->roles()->upsert(r);
        succeed();
    });
}

RestoreUndo::RestoreUndo(OrgSession* session, RestorePoint point, QObject* parent)
    : Operation(session, parent)
    , m_point(std::move(point)) {
    for (const DomainOrganizationRole& r : std::as_const(m_point.roles))
        m_outcomes.append({r.id.value_or(QString()), r.name.value_or(QString()), std::nullopt});
}

void RestoreUndo::run() {
    if (m_point.organizationId != session()->organizationId())
        return fail(OperationFailure::refused(
            tr("This restore point belongs to %1, not to the organization you are connected to.")
                .arg(m_point.organizationName)));
    if (m_point.roles.isEmpty())
        return succeed();
    expectAnswers(int(m_point.roles.size()));
    for (int i = 0; i < m_point.roles.size(); ++i) {
        const DomainOrganizationRole& role = m_point.roles[i];
        auto* job = client()->updateRole(m_outcomes[i].roleId,
                                         DomainOrganizationRoleUpdate::fromRole(role));
        watch(
            job,
            [this, job] {
                session()->roles()->upsert(job->result());
                settle();
            },
            [this, i](const ApiStatus& status) {
                m_outcomes[i].failure = OperationFailure::from(status);
                settle();
            });
    }
}

void RestoreUndo::settle() {
    if (answered())
        succeed();
}

NeedsUpdateMark::NeedsUpdateMark(OrgSession* session, QString roleId, QObject* parent)
    : Operation(session, parent)
    , m_roleId(std::move(roleId)) {}

void NeedsUpdateMark::run() {
    DomainOrganizationRole body;
    body.roleNeedsUpdate = false;
    auto* job = client()->patchRole(m_roleId, body);
    track(job, [this, job] {
        DomainOrganizationRole updated = job->result();
        // A PATCH answer may leave out the count; keep the one the store has.
        if (const DomainOrganizationRole* old = session()->roles()->find(m_roleId);
            old && !updated.userCount)
            updated.userCount = old->userCount;
        session()->roles()->upsert(updated);
        succeed();
    });
}
