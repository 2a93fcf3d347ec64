#pragma once

#include "org/Operation.h"
#include "wire/RoleTypes.h"

#include <QObject>
#include <QPointer>

class ApiJob;
class OrgSession;
class RoleDraft;

//! Saves a draft the safe way: re-reads the role first, and if someone changed it since it was
//! loaded reports conflict() instead of writing; otherwise PUT (A14), or POST (A10) for a new
//! role. On success the draft's base becomes the server's answer and the role store has it; on
//! failure the draft is kept exactly as it was. Unlike other operations it can pause (at a
//! conflict) and go on (overwrite), so its owner deletes it.
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

private:
    void put();
    //! A create or an update: on success the answer becomes the draft's base.
    void write(ApiJob* job, std::function<DomainOrganizationRole()> result);
    void track(ApiJob* job);

    QPointer<OrgSession> m_session;
    QPointer<RoleDraft> m_draft;
    QPointer<ApiJob> m_job;
};
