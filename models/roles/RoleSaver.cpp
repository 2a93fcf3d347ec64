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
    connect(job, &ApiJob::failed, this, &RoleSaver::failed);
}

void RoleSaver::save() {
    if (!m_draft || isBusy())
        return;
    if (m_draft->isNew()) {
        write(m_client->createRole(m_draft->createBody()));
        return;
    }
    auto* read = m_client->getRole(m_draft->roleId());
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
    if (!m_draft || isBusy())
        return;
    m_draft->rebase(theirs);
    put();
}

void RoleSaver::put() {
    write(m_client->updateRole(m_draft->roleId(), m_draft->updateBody()));
}

void RoleSaver::write(ResultJob<DomainOrganizationRole>* job) {
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        if (m_draft)
            m_draft->acceptSaved(job->result());
        Q_EMIT saved(job->result());
    });
}
