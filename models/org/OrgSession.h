#pragma once

#include "org/OrgDataLoader.h"
#include "snapshot/OrgData.h"
#include "wire/ApiStatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

class CatalogStore;
class SessionAccess;
class PlatformClient;
class RoleStore;
class TrustStore;
class UserDirectory;

//! One connection to one organization, live or from a snapshot: the stores that hold what is
//! known of it (roles, catalog and products, users, trusts), its loading, and the client every
//! operation on it goes through. Views see the stores and start operations (models/*/...); they
//! never see the client. A snapshot session has no client and is read-only.
class OrgSession : public QObject {
    Q_OBJECT
public:
    //! A live session; `client` is not owned and must outlive the session's operations.
    OrgSession(PlatformClient* client, QString environment, QObject* parent = nullptr);
    //! A read-only session over a snapshot.
    explicit OrgSession(const OrgData& snapshot, QObject* parent = nullptr);
    ~OrgSession() override;

    bool isReadOnly() const { return !m_client; }
    //! For operations and stores in models/; nullptr for a snapshot.
    PlatformClient* client() const { return m_client; }
    //! The host requests go to ("api.mypurecloud.de", "127.0.0.1"); empty without a client.
    QString serverHost() const;

    RoleStore* roles() const { return m_roles; }
    CatalogStore* catalog() const { return m_catalog; }
    UserDirectory* users() const { return m_users; }
    TrustStore* trusts() const { return m_trusts; }
    //! Who the session acts as, what they may do, and the sign-in.
    SessionAccess* access() const { return m_access; }

    const Organization& organization() const { return m_organization; }
    QString organizationId() const { return m_organization.id.value_or(QString()); }
    QString organizationName() const { return m_organization.name.value_or(QString()); }
    //! A region host, "Sandbox", or the environment the snapshot was taken in.
    QString environment() const { return m_environment; }
    //! When the stores were last filled (UTC); a snapshot's time of taking.
    QDateTime loadedAt() const { return m_loadedAt; }
    bool hasLoaded() const { return m_loadedAt.isValid(); }

    //! (Re)loads everything (live only); progress(), partLoaded() as each store is filled,
    //! then loaded() or loadFailed() or loadCancelled().
    void load();
    //! Whether a load reads every trustee user's roles up front (for a snapshot), or leaves
    //! them for when a trustee is opened (a window's default; see TrusteeRolesRead).
    void setLoadsEverything(bool everything) { m_loadsEverything = everything; }
    void cancelLoad();
    bool isLoading() const;
    //! Whether a part's store has been filled (by a load, or a snapshot); partLoaded() says when.
    bool hasPart(OrgDataLoader::Part part) const { return m_parts.contains(part); }
    //! What a workspace showing `part` says of it while it is not in: it is being read (true),
    //! or the load that would bring it failed or was cancelled (false).
    bool isReading(OrgDataLoader::Part part) const { return !hasPart(part) && isLoading(); }
    //! Fills every store at once, as a load does.
    void setData(const OrgData& data);
    //! What a snapshot file holds, from the stores as they are now.
    OrgData toOrgData() const;

    //! The client's queue: requests in flight and waiting, and a rate-limit pause.
    bool isPaused() const;
    QDateTime pausedUntil() const;
    //! Requests held back to the server's rate-limit budget (its inin-ratelimit-* headers).
    struct Pacing {
        bool active = false;
        double perSecond = 0; //!< the pace: the budget per minute / 60
        int resetSeconds = 0; //!< until all of the budget is back
        int allowedPerMinute = 0;
    };
    Pacing pacing() const;

Q_SIGNALS:
    //! A load began: until partLoaded(), each part is being read (see isReading()).
    void loadStarted();
    void loadProgress(int done, int total, const QString& stage);
    //! A store was filled by the load under way (roles, catalog, ...); loaded() comes last.
    void partLoaded(OrgDataLoader::Part part);
    void loaded();
    void loadFailed(const ApiStatus& status);
    void loadCancelled();
    void activityChanged(int inFlight, int queued);
    //! The server stopped answering, or answers again: what is loaded may be stale meanwhile.
    void reachableChanged(bool reachable);
    void rateLimited(const QDateTime& until);
    void resumed();
    //! Pacing to the budget began or ended (see pacing()).
    void pacingChanged(bool active);
    //! A read the session did on its own (the users, a refresh after a write) failed.
    void errorOccurred(const QString& operation, const ApiStatus& status);

private:
    void createStores();
    //! Puts one part of a load into its store; partLoaded().
    void fill(OrgDataLoader::Part part, const OrgData& data);

    PlatformClient* m_client = nullptr; //!< not owned; the app parents it to the session
    QString m_environment;
    Organization m_organization;
    QDateTime m_loadedAt;
    RoleStore* m_roles = nullptr;
    CatalogStore* m_catalog = nullptr;
    UserDirectory* m_users = nullptr;
    TrustStore* m_trusts = nullptr;
    SessionAccess* m_access = nullptr;
    QPointer<OrgDataLoader> m_loader;
    QSet<OrgDataLoader::Part> m_parts; //!< filled at least once
    bool m_loadsEverything = false;
};
