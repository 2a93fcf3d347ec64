#include "org/OrgDataLoader.h"

#include "client/PlatformClient.h"

OrgDataLoader::OrgDataLoader(PlatformClient* client, QString environment, QObject* parent)
    : QObject(parent)
    , m_client(client) {
    m_data.environment = std::move(environment);
}

template <typename Job, typename Done>
void OrgDataLoader::track(Job* job, Done done) {
    m_jobs.append(job);
    ++m_pending;
    connect(job, &ApiJob::succeeded, this, [this, job, done] {
        --m_pending;
        done(job->result());
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& s) {
        if (s.code != ApiStatus::Code::PermissionDenied)
            return fail(s);
        // What the person may not read stays empty; the rest of the organization still loads.
        --m_pending;
        const bool seen = std::any_of(m_denied.cbegin(), m_denied.cend(),
                                      [&s](const ApiStatus& d) { return d.message == s.message; });
        if (!seen)
            m_denied.append(s);
        stepDone(tr("Not permitted"));
    });
}

void OrgDataLoader::start() {
    m_running = true;
    m_trustsStarted = false;
    m_denied.clear();
    m_done = 0;
    m_total = 7; // organization, roles, catalog, products, trustees, trustors, members
    m_data = OrgData{{}, m_data.environment, QDateTime::currentDateTimeUtc(), {}, {}, {}, {}, {}};
    Q_EMIT progress(0, m_total, tr("Connecting…"));
    track(m_client->getOrganizationMe(), [this](const Organization& org) {
        m_data.organization = org;
        stepDone(tr("Organization"));
    });
    track(m_client->fetchAllRoles(), [this](const QList<DomainOrganizationRole>& roles) {
        m_data.roles = roles;
        stepDone(tr("Roles"));
    });
    track(m_client->fetchAllPermissions(), [this](const QList<DomainPermissionCollection>& c) {
        m_data.catalog = c;
        stepDone(tr("Permission catalog"));
    });
    track(m_client->getProducts(), [this](const EntityListing<DomainOrganizationProduct>& p) {
        m_data.products = p.entities.value_or(QList<DomainOrganizationProduct>());
        stepDone(tr("Products"));
    });
    track(m_client->fetchAllTrustees(), [this](const QList<Trustee>& trustees) {
        for (const Trustee& t : trustees)
            m_data.trustees.append({t, {}});
        stepDone(tr("Trustees"));
    });
    track(m_client->fetchAllTrustors(), [this](const QList<Trustor>& trustors) {
        for (const Trustor& t : trustors)
            m_data.trustors.append({t, {}});
        stepDone(tr("Trustors"));
    });
}

void OrgDataLoader::stepDone(const QString& stage) {
    if (!m_running)
        return;
    ++m_done;
    Q_EMIT progress(m_done, m_total, stage);
    if (m_pending > 0)
        return;
    if (!m_trustsStarted) {
        loadTrusts();
        return;
    }
    m_running = false;
    Q_EMIT finished();
}

void OrgDataLoader::loadTrusts() {
    m_trustsStarted = true;
    // One step per trust and per trustee user, so progress stays honest on big orgs.
    m_total = m_done + 1;
    for (int i = 0; i < m_data.trustees.size(); ++i) {
        const QString id = m_data.trustees[i].trustee.id.value_or(QString());
        ++m_total;
        track(m_client->fetchAllTrusteeUsers(id), [this, i, id](const QList<TrustUser>& users) {
            for (const TrustUser& u : users) {
                const int member = int(m_data.trustees[i].members.size());
                m_data.trustees[i].members.append({u, {}});
                ++m_total;
                track(m_client->getTrusteeUserRoles(id, u.id.value_or(QString())),
                      [this, i, member](const UserAuthorization& roles) {
                          m_data.trustees[i].members[member].roles = roles;
                          stepDone(tr("Trustee users"));
                      });
            }
            stepDone(tr("Trustee users"));
        });
    }
    for (int i = 0; i < m_data.trustors.size(); ++i) {
        const QString id = m_data.trustors[i].trustor.id.value_or(QString());
        ++m_total;
        track(m_client->fetchAllTrustorUsers(id), [this, i](const QList<TrustUser>& users) {
            m_data.trustors[i].members = users;
            stepDone(tr("Trustor users"));
        });
    }
    stepDone(tr("Trusts"));
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
