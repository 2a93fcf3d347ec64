#pragma once

#include "snapshot/OrgData.h"
#include "wire/ApiStatus.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiJob;
class PlatformClient;

//! Loads everything of OrgData through the client, all of it from the start: the organization,
//! roles, catalog and products, and the trusts, whose users are asked for as soon as the list
//! of trustees (or trustors) is in. In a window's load the trusts go in the background
//! (ApiJob::Priority), so the parts a screen waits for come first; a load of everything sends
//! them first, as the longest chain. Each part is announced when it is in (partLoaded).
//! Reports determinate progress in steps; cancel() stops every request in flight.
class OrgDataLoader : public QObject {
    Q_OBJECT
public:
    enum class Part { Organization, Roles, Catalog, Products, Trusts };
    Q_ENUM(Part)

    OrgDataLoader(PlatformClient* client, QString environment, QObject* parent = nullptr);

    //! Whether each trustee user's roles are read (one request per user: the default, as a
    //! snapshot holds everything). Without them, TrusteeMember::rolesLoaded stays false and
    //! the roles are read when they are needed (see TrusteeRolesRead); that is a window's load,
    //! and its trusts go in the background.
    void setTrusteeUserRoles(bool load) { m_trusteeUserRoles = load; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const OrgData& data() const { return m_data; }
    bool has(Part part) const { return m_parts.contains(part); }

    //! The parts the person was not allowed to read (403), one status each; the load finished
    //! without them.
    QList<ApiStatus> denied() const { return m_denied; }

Q_SIGNALS:
    void progress(int done, int total, const QString& stage);
    //! One part of data() is complete (Trusts: both sides, with their users).
    void partLoaded(OrgDataLoader::Part part);
    void finished();
    void failed(const ApiStatus& status);
    void cancelled();

private:
    template <typename Job, typename Done>
    void track(Job* job, Done done);
    //! The same for the trusts' requests: counted apart (Part::Trusts) and, in a window's
    //! load, in the background.
    template <typename Job, typename Done>
    void trackTrust(Job* job, Done done);
    template <typename Job, typename Done>
    void track(Job* job, bool trust, Done done);
    void stepDone(const QString& stage);
    void partDone(Part part, const QString& stage);
    void loadTrusteeUsers();
    void loadTrustorUsers();
    void fail(const ApiStatus& status);
    //! Aborts every job still running; false when the loader was not running.
    bool stop();

    PlatformClient* m_client;
    OrgData m_data;
    QList<QPointer<ApiJob>> m_jobs;
    QSet<Part> m_parts;
    int m_done = 0;
    int m_total = 0;
    int m_pending = 0;      //!< requests (listings) not yet answered
    int m_trustPending = 0; //!< of those, the trusts' (lists, users, roles)
    QList<ApiStatus> m_denied;
    bool m_running = false;
    bool m_trusteeUserRoles = true;
};
