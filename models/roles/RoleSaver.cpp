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
    // The API has no version or If-Match for roles: the window in which a colleague's change is
    // overwritten unseen is the time between the read above and this PUT. It is sent once: a
    // retry after a lost answer could land on top of a change made meanwhile, so a lost answer
    // is settled by reading the role (see settle()).
    auto* job = m_session->client()->updateRole(m_draft->roleId(), m_draft->updateBody());
    job->setMaxAttempts(1);
    const RoleContent sent = m_draft->content();
    m_job = job;
    connect(job, &ApiJob::failed, this, [this, sent](const ApiStatus& status) {
        const OperationFailure failure = OperationFailure::from(status);
        if (failure.kind == OperationFailure::Kind::Network && m_draft && m_session
            && m_session->client())
            return settle(sent, failure);
        Q_EMIT failed(failure);
    });
    connect(job, &ApiJob::succeeded, this, [this, job] { checkAfterPut(job->result()); });
}

void RoleSaver::settle(const RoleContent& sent, const OperationFailure& lost) {
    auto* read = m_session->client()->getRole(m_draft->roleId());
    track(read);
    connect(read, &ApiJob::succeeded, this, [this, read, sent, lost] {
        if (!m_draft)
            return;
        const DomainOrganizationRole& now = read->result();
        if (RoleContent::of(now) == sent)
            return accept(now); // it was applied; only its answer was lost
        if (RoleContent::of(now) == RoleContent::of(m_draft->base()))
            return Q_EMIT failed(lost); // never applied: the draft is kept to save again
        Q_EMIT conflict(now);           // changed by someone else meanwhile: the admin decides
    });
}

void RoleSaver::checkAfterPut(const DomainOrganizationRole& answer) {
    accept(answer);
    if (!m_session || !m_session->client() || !answer.id)
        return;
    // Read it back once: a change that landed right after the PUT (or between the read and the
    // PUT, from a client that does not check) is shown, not left for the next save to find.
    auto* read = m_session->client()->getRole(*answer.id);
    m_job = read;
    connect(read, &ApiJob::succeeded, this, [this, read, answer] {
        const DomainOrganizationRole& now = read->result();
        if (RoleContent::of(now) == RoleContent::of(answer))
            return;
        if (m_session)
            m_session->roles()->upsert(now);
        Q_EMIT changedAfterSave(answer, now);
    });
    // A failed read-back changes nothing about the save, which is done.
}

void RoleSaver::accept(const DomainOrganizationRole& role) {
    if (m_draft)
        m_draft->acceptSaved(role);
    if (m_session)
        m_session->roles()->upsert(role);
    Q_EMIT saved(role);
}

void RoleSaver::write(ApiJob* job, std::function<DomainOrganizationRole()> result) {
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, result] { accept(result()); });
}
