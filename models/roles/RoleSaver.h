#pragma once

#include "org/Operation.h"
#include "wire/RoleTypes.h"

#include <QObject>
#include <QPointer>

class ApiJob;
class OrgSession;
class RoleDraft;
struct RoleContent;

//! Saves a draft the safe way: re-reads the role first, and if someone changed it since it was
//! loaded reports conflict() instead of writing; otherwise PUT (A14) once (a lost answer is
//! settled by reading the role, not by sending it again), or POST (A10) for a new role. After
//! the PUT the role is read back: a change someone made right after is reported by
//! changedAfterSave(). On success the draft's base becomes the server's answer and the role store
//! has it; on failure the draft is kept exactly as it was. Unlike other operations it can pause (at
//! a conflict) and go on (overwrite), so its owner deletes it.
class RoleSaver : public QObject {
    Q_OBJECT
public:
    RoleSaver(OrgSession* session, RoleDraft* draft, QObject* parent = nullptr);
    ~RoleSaver() override;

    void save();
    //! After a conflict, when the admin chose to keep their version: write it over theirs.
    void overwrite(const DomainOrganizationRole& theirs);
    bool isBusy() const;

Q_SIGNALS:
    void conflict(const DomainOrganizationRole& theirs);
    void saved(const DomainOrganizationRole& role);
    void failed(const OperationFailure& failure);
    //! After saved(): the role read back is not what was saved (`ours`), someone changed it.
    void changedAfterSave(const DomainOrganizationRole& ours, const DomainOrganizationRole& now);

private:
    void put();
    //! The PUT's answer was lost: read the role and decide whether it was applied.
    void settle(const RoleContent& sent, const OperationFailure& lost);
    void checkAfterPut(const DomainOrganizationRole& answer);
    void accept(const DomainOrganizationRole& role);
    //! A create or an update: on success the answer becomes the draft's base.
    void write(ApiJob* job, std::function<DomainOrganizationRole()> result);
    void track(ApiJob* job);

    QPointer<OrgSession> m_session;
    QPointer<RoleDraft> m_draft;
    QPointer<ApiJob> m_job;
};
