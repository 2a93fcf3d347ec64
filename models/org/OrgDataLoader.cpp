#include "org/OrgDataLoader.h"

#include "client/PlatformClient.h"

OrgDataLoader::OrgDataLoader(PlatformClient* client, QString environment, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    m_data.environment = std::move(environment);
}

template <typename Job, typename Done>
void OrgDataLoader::track(Job* job, Done done) {
    track(job, false, std::move(done));
}

template <typename Job, typename Done>
void OrgDataLoader::trackTrust(Job* job, Done done) {
    // A window's load puts the trusts behind what its first screen needs. A load of everything
    // (a snapshot) has no first screen, and the trusts are its longest chain (trustees, their
    // users, each user's roles): they go first, so the last round trips are not still walking it.
    if (!m_trusteeUserRoles)
        job->setPriority(ApiJob::Priority::Background);
    track(job, true, std::move(done));
}

template <typename Job, typename Done>
void OrgDataLoader::track(Job* job, bool trust, Done done) {
    m_jobs.append(job);
    ++m_pending;
    m_trustPending += trust;
    ++m_total;
    // The counts go down before `done` runs, so what it starts counts up before the check.
    connect(job, &ApiJob::succeeded, this, [this, job, done, trust] {
        --m_pending;
        m_trustPending -= trust;
        done(job->result());
    });
    connect(job, &ApiJob::failed, this, [this, trust](const ApiStatus& s) {
        if (s.code != ApiStatus::Code::PermissionDenied)
            return fail(s);
        // What the person may not read stays empty; the rest of the organization still loads.
        --m_pending;
        m_trustPending -= trust;
        const bool seen = std::any_of(m_denied.cbegin(), m_denied.cend(),
                                      [&s](const ApiStatus& d) { return d.message == s.message; });
        if (!seen)
            m_denied.append(s);
        stepDone(tr("Not permitted"));
    });
}

void OrgDataLoader::start() {
    m_running = true;
    m_parts.clear();
    m_denied.clear();
    m_done = 0;
    m_total = 0;
    m_pending = 0;
    m_trustPending = 0;
    m_data = OrgData{{}, m_data.environment, QDateTime::currentDateTimeUtc(), {}, {}, {}, {}, {}};
    Q_EMIT progress(0, 1, tr("Connecting…"));
    // The trusts do not wait for the rest: their lists and then their users go out at once. A
    // window's load asks for what its first screen needs first (a token it already has sends
    // each request as it is made); a load of everything leads with the trusts (see trackTrust).
    const auto trusts = [this] {
        trackTrust(m_client->fetchAllTrustees(), [this](const QList<Trustee>& trustees) {
            for (const Trustee& t : trustees)
                m_data.trustees.append({t, {}});
            loadTrusteeUsers();
            stepDone(tr("Trustees"));
        });
        trackTrust(m_client->fetchAllTrustors(), [this](const QList<Trustor>& trustors) {
            for (const Trustor& t : trustors)
                m_data.trustors.append({t, {}});
            loadTrustorUsers();
            stepDone(tr("Trustors"));
        });
    };
    if (m_trusteeUserRoles)
        trusts();
    track(m_client->getOrganizationMe(), [this](const Organization& org) {
        m_data.organization = org;
        partDone(Part::Organization, tr("Organization"));
    });
    track(m_client->fetchAllRoles(), [this](const QList<DomainOrganizationRole>& roles) {
        m_data.roles = roles;
        partDone(Part::Roles, tr("Roles"));
    });
    track(m_client->fetchAllPermissions(), [this](const QList<DomainPermissionCollection>& c) {
        m_data.catalog = c;
        partDone(Part::Catalog, tr("Permission catalog"));
    });
    track(m_client->getProducts(), [this](const EntityListing<DomainOrganizationProduct>& p) {
        m_data.products = p.entities.value_or(QList<DomainOrganizationProduct>());
        partDone(Part::Products, tr("Products"));
    });
    if (!m_trusteeUserRoles)
        trusts();
}

void OrgDataLoader::partDone(Part part, const QString& stage) {
    if (!m_running)
        return;
    m_parts.insert(part);
    Q_EMIT partLoaded(part);
    stepDone(stage);
}

void OrgDataLoader::stepDone(const QString& stage) {
    if (!m_running)
        return;
    ++m_done;
    Q_EMIT progress(m_done, m_total, stage);
    if (m_trustPending == 0 && !m_parts.contains(Part::Trusts)) {
        m_parts.insert(Part::Trusts);
        Q_EMIT partLoaded(Part::Trusts);
    }
    if (m_pending > 0)
        return;
    m_running = false;
    Q_EMIT finished();
}

void OrgDataLoader::loadTrusteeUsers() {
    // One step per trust and per trustee user, so progress stays honest on big orgs.
    for (int i = 0; i < m_data.trustees.size(); ++i) {
        const QString id = m_data.trustees[i].trustee.id.value_or(QString());
        trackTrust(m_client->fetchAllTrusteeUsers(id),
                   [this, i, id](const QList<TrustUser>& users) {
                       for (const TrustUser& u : users) {
                           const int member = int(m_data.trustees[i].members.size());
                           m_data.trustees[i].members.append({u, {}, false});
                           if (!m_trusteeUserRoles)
                               continue;
                           trackTrust(m_client->getTrusteeUserRoles(id, u.id.value_or(QString())),
                                      [this, i, member](const UserAuthorization& roles) {
                                          TrusteeMember& m = m_data.trustees[i].members[member];
                                          m.roles = roles;
                                          m.rolesLoaded = true;
                                          stepDone(tr("Trustee users"));
                                      });
                       }
                       stepDone(tr("Trustee users"));
                   });
    }
}

void OrgDataLoader::loadTrustorUsers() {
    for (int i = 0; i < m_data.trustors.size(); ++i) {
        const QString id = m_data.trustors[i].trustor.id.value_or(QString());
        trackTrust(m_client->fetchAllTrustorUsers(id), [this, i](const QList<TrustUser>& users) {
            m_data.trustors[i].members = users;
            stepDone(tr("Trustor users"));
        });
    }
}

bool OrgDataLoader::stop() {
    if (!m_running)
        return false;
    m_running = false;
    for (const QPointer<ApiJob>& job : std::as_const(m_jobs))
        if (job)
            job->abort();
    m_jobs.clear();
    return true;
}

void OrgDataLoader::fail(const ApiStatus& status) {
    if (stop())
        Q_EMIT failed(status);
}

void OrgDataLoader::cancel() {
    if (stop())
        Q_EMIT cancelled();
}
