#include "roles/RoleSaver.h"

#include "client/PlatformClient.h"
#include "org/OrgSession.h"
#include "roles/RoleDraft.h"
#include "roles/RoleStore.h"

#include <QTimer>

RoleSaver::RoleSaver(OrgSession* session, RoleDraft* draft, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_draft(draft) {}

RoleSaver::~RoleSaver() {
    if (ApiJob::isRunning(m_job))
        m_job->abort();
}

bool RoleSaver::isBusy() const {
    return ApiJob::isRunning(m_job);
}

void RoleSaver::track(ApiJob* job) {
    m_job = job;
    connect(job, &ApiJob::failed, this,
            [this](const ApiStatus& status) { Q_EMIT failed(OperationFailure::from(status)); });
}

void RoleSaver::save() {
    if (!m_draft || isBusy())
        return;
    if (!m_session || !m_session->client()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(OperationFailure::readOnly()); });
        return;
    }
    if (m_draft->isNew()) {
        auto* job = m_session->client()->createRole(m_draft->createBody());
        write(job, [job] { return job->result(); });
        return;
    }
    auto* read = m_session->client()->getRole(m_draft->roleId());
    track(read);
    connect(read, &ApiJob::succeeded, this, [this, read] {
        if (!m_draft)
            return;
        const DomainOrganizationRole& theirs = read->result();
        if (!(RoleContent::of(theirs) == RoleContent::of(m_draft->base()))) {
            Q_EMIT conflict(theirs);
            return;
        }
        put();
    });
}

void RoleSaver::overwrite(const DomainOrganizationRole& theirs) {
    if (!m_draft || isBusy() || !m_session || !m_session->client())
        return;
    m_draft->rebase(theirs);
    put();
}

void RoleSaver::put() {
    auto* job = m_session->client()->updateRole(m_draft->roleId(), m_draft->updateBody());
    write(job, [job] { return job->result(); });
}

void RoleSaver::write(ApiJob* job, std::function<DomainOrganizationRole()> result) {
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, result] {
        const DomainOrganizationRole role = result();
        if (m_draft)
            m_draft->acceptSaved(role);
        if (m_session)
            m_session->roles()->upsert(role);
        Q_EMIT saved(role);
    });
}
