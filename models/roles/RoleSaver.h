#pragma once

#include "ApiJob.h"
#include "ResultJob.h"
#include "RoleTypes.h"

#include <QObject>
#include <QPointer>

class ApiJob;
class PlatformClient;
class RoleDraft;

//! Saves a draft the safe way: re-reads the role first, and if someone changed it since it was
//! loaded reports conflict() instead of writing; otherwise PUT (A14), or POST (A10) for a new
//! role. On success the draft's base becomes the server's answer; on failure the draft is kept
//! exactly as it was.
class RoleSaver : public QObject {
    Q_OBJECT
public:
    RoleSaver(PlatformClient* client, RoleDraft* draft, QObject* parent = nullptr);
    ~RoleSaver() override;

    void save();
    //! After a conflict, when the admin chose to keep their version: write it over theirs.
    void overwrite(const DomainOrganizationRole& theirs);
    bool isBusy() const { return ApiJob::isRunning(m_job); }

Q_SIGNALS:
    void conflict(const DomainOrganizationRole& theirs);
    void saved(const DomainOrganizationRole& role);
    void failed(const ApiStatus& status);

private:
    void put();
    //! A create or an update: on success the answer becomes the draft's base.
    void write(ResultJob<DomainOrganizationRole>* job);
    void track(ApiJob* job);

    PlatformClient* m_client;
    QPointer<RoleDraft> m_draft;
    QPointer<ApiJob> m_job;
};
