#include "RoleSaver.h"

#include "PlatformClient.h"
#include "RoleDraft.h"

RoleSaver::RoleSaver(PlatformClient* client, RoleDraft* draft, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_draft(draft) {}

RoleSaver::~RoleSaver() {
    if (ApiJob::isRunning(m_job))
        m_job->abort();
}

void RoleSaver::track(ApiJob* job) {
    m_job = job;
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& status) {
        m_job.clear(); // not busy any more when the listeners hear of it
        Q_EMIT failed(status);
    });
}

void RoleSaver::save() {
    if (!m_draft || isBusy())
        return;
    if (m_draft->isNew()) {
        auto* job = m_client->createRole(m_draft->createBody());
        track(job);
        connect(job, &ApiJob::succeeded, this, [this, job] {
            if (m_draft)
                m_draft->acceptSaved(job->result());
            Q_EMIT saved(job->result());
        });
        return;
    }
    auto* read = m_client->getRole(m_draft->roleId());
    track(read);
    connect(read, &ApiJob::succeeded, this, [this, read] {
        if (!m_draft)
            return;
        const DomainOrganizationRole& theirs = read->result();
        if (!(RoleContent::of(theirs) == RoleContent::of(m_draft->base()))) {
            m_job.clear();
            Q_EMIT conflict(theirs);
            return;
        }
        put();
    });
}

void RoleSaver::overwrite(const DomainOrganizationRole& theirs) {
    if (!m_draft || isBusy())
        return;
    m_draft->rebase(theirs);
    put();
}

void RoleSaver::put() {
    auto* job = m_client->updateRole(m_draft->roleId(), m_draft->updateBody());
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        m_job.clear();
        if (m_draft)
            m_draft->acceptSaved(job->result());
        Q_EMIT saved(job->result());
    });
}
