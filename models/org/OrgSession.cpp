#include "org/OrgSession.h"

#include "access/SessionAccess.h"
#include "catalog/CatalogStore.h"
#include "client/PlatformClient.h"
#include "org/OrgDataLoader.h"
#include "roles/RoleStore.h"
#include "trusts/TrustStore.h"
#include "users/UserDirectory.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaEnum>

Q_LOGGING_CATEGORY(lcLoad, "roledesk.load")

OrgSession::OrgSession(PlatformClient* client, QString environment, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_environment(std::move(environment)) {
    createStores();
    RequestDispatcher* dispatcher = client->dispatcher();
    connect(dispatcher, &RequestDispatcher::activityChanged, this, &OrgSession::activityChanged);
    connect(dispatcher, &RequestDispatcher::reachableChanged, this, &OrgSession::reachableChanged);
    connect(dispatcher, &RequestDispatcher::rateLimited, this, &OrgSession::rateLimited);
    connect(dispatcher, &RequestDispatcher::resumed, this, &OrgSession::resumed);
    connect(dispatcher, &RequestDispatcher::pacingChanged, this, &OrgSession::pacingChanged);
}

OrgSession::OrgSession(const OrgData& snapshot, QObject* parent)
    : QObject(parent)
    , m_environment(snapshot.environment) {
    createStores();
    setData(snapshot);
}

OrgSession::~OrgSession() {
    delete m_loader;
}

void OrgSession::createStores() {
    m_roles = new RoleStore(this);
    m_catalog = new CatalogStore(this);
    m_users = new UserDirectory(this);
    m_trusts = new TrustStore(this);
    m_access = new SessionAccess(m_client, this);
    connect(m_access, &SessionAccess::readFailed, this, &OrgSession::errorOccurred);
    m_users->setClient(m_client);
    connect(m_users, &UserDirectory::failed, this, [this](const ApiStatus& status) {
        Q_EMIT errorOccurred(tr("Loading the users of the organization"), status);
    });
}

void OrgSession::load() {
    if (!m_client)
        return;
    delete m_loader;
    // Who is signed in and what they may do, first: the window's actions follow it.
    m_access->read();
    m_loader = new OrgDataLoader(m_client, m_environment, this);
    OrgDataLoader* loader = m_loader;
    loader->setTrusteeUserRoles(m_loadsEverything);
    connect(loader, &OrgDataLoader::progress, this, &OrgSession::loadProgress);
    // Each part fills its store as soon as it is in: the role list does not wait for the
    // trusts of a large organization.
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // Benchmarks read these lines (tests/bench/bench_snapshot.py).
    connect(loader, &OrgDataLoader::partLoaded, this,
            [this, loader, timer](OrgDataLoader::Part part) {
                fill(part, loader->data());
                qCInfo(lcLoad).noquote()
                    << QMetaEnum::fromType<OrgDataLoader::Part>().valueToKey(int(part))
                    << "in after" << timer->elapsed() << "ms";
            });
    connect(loader, &OrgDataLoader::finished, this, [this, loader, timer] {
        qCInfo(lcLoad).noquote() << "load finished after" << timer->elapsed() << "ms";
        // A part that was not permitted is empty now, as it is on the server for this person.
        for (const auto part : {OrgDataLoader::Part::Organization, OrgDataLoader::Part::Roles,
                                OrgDataLoader::Part::Catalog, OrgDataLoader::Part::Products,
                                OrgDataLoader::Part::Trusts})
            if (!loader->has(part))
                fill(part, loader->data());
        m_loadedAt = loader->data().takenAt;
        loader->deleteLater();
        Q_EMIT loaded();
        for (const ApiStatus& denied : loader->denied())
            Q_EMIT errorOccurred(tr("Loading the organization"), denied);
    });
    connect(loader, &OrgDataLoader::failed, this, [this, loader](const ApiStatus& status) {
        loader->deleteLater();
        Q_EMIT loadFailed(status);
    });
    connect(loader, &OrgDataLoader::cancelled, this, [this, loader] {
        loader->deleteLater();
        Q_EMIT loadCancelled();
    });
    loader->start();
    Q_EMIT loadStarted();
}

void OrgSession::fill(OrgDataLoader::Part part, const OrgData& data) {
    m_parts.insert(part); // before the store says it changed: its views ask
    switch (part) {
    case OrgDataLoader::Part::Organization:
        m_organization = data.organization;
        break;
    case OrgDataLoader::Part::Roles:
        m_roles->reset(data.roles);
        break;
    case OrgDataLoader::Part::Catalog:
        m_catalog->setPermissions(data.catalog);
        break;
    case OrgDataLoader::Part::Products:
        m_catalog->setProducts(data.products);
        break;
    case OrgDataLoader::Part::Trusts:
        m_trusts->reset(data.trustees, data.trustors);
        break;
    }
    Q_EMIT partLoaded(part);
}

void OrgSession::cancelLoad() {
    if (m_loader)
        m_loader->cancel();
}

bool OrgSession::isLoading() const {
    return m_loader && m_loader->isRunning();
}

void OrgSession::setData(const OrgData& data) {
    m_organization = data.organization;
    if (!data.environment.isEmpty())
        m_environment = data.environment;
    m_loadedAt = data.takenAt.isValid() ? data.takenAt : QDateTime::currentDateTimeUtc();
    m_parts = {OrgDataLoader::Part::Organization, OrgDataLoader::Part::Roles,
               OrgDataLoader::Part::Catalog, OrgDataLoader::Part::Products,
               OrgDataLoader::Part::Trusts}; // before the stores say they changed: views ask
    m_catalog->setPermissions(data.catalog);
    m_catalog->setProducts(data.products);
    m_trusts->reset(data.trustees, data.trustors);
    m_roles->reset(data.roles);
}

OrgData OrgSession::toOrgData() const {
    return {m_organization,
            m_environment,
            m_loadedAt,
            m_roles->roles(),
            m_catalog->permissions(),
            m_catalog->products(),
            m_trusts->trustees(),
            m_trusts->trustors()};
}

bool OrgSession::isPaused() const {
    return m_client && m_client->dispatcher()->isPaused();
}

QDateTime OrgSession::pausedUntil() const {
    return m_client ? m_client->dispatcher()->pausedUntil() : QDateTime();
}

OrgSession::Pacing OrgSession::pacing() const {
    if (!m_client)
        return {};
    const RequestDispatcher::Budget b = m_client->dispatcher()->budget();
    return {b.pacing, b.perSecond(), b.resetSeconds, b.allowed};
}

QString OrgSession::serverHost() const {
    return m_client ? m_client->apiBase().host() : QString();
}
