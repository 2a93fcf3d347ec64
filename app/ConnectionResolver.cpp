#include "ConnectionResolver.h"

#include "Sandbox.h"
#include "client/PlatformClient.h"
#include "connection/SecretStore.h"
#include "wire/Environment.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ConnectionResolver::ConnectionResolver(QNetworkAccessManager* network, SecretStore* secrets,
                                       QSettings* settings)
    : m_network(network)
    , m_secrets(secrets)
    , m_settings(settings) {}

ConnectionResolver::~ConnectionResolver() = default;

ResolvedConnection ConnectionResolver::failure(ResolvedConnection::Problem problem,
                                               const QString& operation,
                                               const QString& error) const {
    ResolvedConnection out;
    out.problem = problem;
    out.operation = operation;
    out.error = error;
    return out;
}

ResolvedConnection ConnectionResolver::sandbox(const QString& organizationName, bool signIn) {
    if (!m_sandbox) {
        SandboxOptions options;
        options.dataFile = m_sandboxData;
        if (options.dataFile.isEmpty() && !m_sandboxInMemory) {
            // Edits survive restarts: the sandbox lives in the user's data directory (its store
            // creates the folder and the file owner-only).
            options.dataFile = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                               + u"/sandbox.sqlite"_s;
        }
        auto sandbox = std::make_unique<Sandbox>(options);
        QString error;
        if (!sandbox->start(&error))
            return failure(ResolvedConnection::Problem::Unavailable, tr("Opening the sandbox"),
                           tr("The sandbox did not start: %1").arg(error));
        m_sandbox = std::move(sandbox);
    }
    ResolvedConnection out;
    out.client = std::make_unique<PlatformClient>(m_network);
    out.client->setBaseUrl(m_sandbox->baseUrl());
    SandboxOrganization org = m_sandbox->homeOrganization();
    if (!organizationName.isEmpty()) {
        const QStringList names = sandboxOrganizations();
        if (!names.contains(organizationName))
            return failure(ResolvedConnection::Problem::Usage, tr("Opening the sandbox"),
                           tr("The sandbox has no organization named “%1”; it has %2.")
                               .arg(organizationName, names.join(u", "_s)));
        for (const SandboxOrganization& o : m_sandbox->organizations())
            if (o.name == organizationName)
                org = o;
    }
    if (signIn)
        out.client->useSignIn(org.signInClientId);
    else
        out.client->setCredentials(org.clientId, org.clientSecret);
    out.environment = tr("Sandbox");
    return out;
}

QStringList ConnectionResolver::sandboxOrganizations() const {
    QStringList out;
    if (m_sandbox)
        for (const SandboxOrganization& o : m_sandbox->organizations())
            o.isHome ? out.prepend(o.name) : out.append(o.name);
    return out;
}

QStringList ConnectionResolver::sandboxPartners() const {
    QStringList out;
    if (m_sandbox)
        for (const SandboxOrganization& o : m_sandbox->organizations())
            if (!o.isHome)
                out.append(o.name);
    return out;
}

ResolvedConnection ConnectionResolver::baseUrl(const QUrl& base,
                                               const ClientCredentials& credentials) {
    const QString operation = tr("Connecting to %1").arg(base.toString());
    if (!credentials.isComplete())
        return failure(ResolvedConnection::Problem::Usage, operation,
                       tr("Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url."));
    ResolvedConnection out;
    out.client = std::make_unique<PlatformClient>(m_network);
    QString error;
    if (!out.client->setBaseUrl(base, &error))
        return failure(ResolvedConnection::Problem::Usage, operation, error);
    out.client->setCredentials(credentials.clientId, credentials.clientSecret);
    out.environment = base.host();
    out.profile = {QString(), out.client->apiBase().toString(), credentials.clientId,
                   ConnectionProfile::Auth::ClientCredentials};
    return out;
}

ResolvedConnection ConnectionResolver::region(const QString& region,
                                              const ClientCredentials& credentials) {
    const QString operation = tr("Connecting to %1").arg(region);
    if (!credentials.isComplete())
        return failure(ResolvedConnection::Problem::Usage, operation,
                       tr("Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --region."));
    ResolvedConnection out;
    out.client = std::make_unique<PlatformClient>(m_network);
    QString error;
    if (!out.client->setEnvironment(region, &error))
        return failure(ResolvedConnection::Problem::Usage, operation, error);
    out.client->setCredentials(credentials.clientId, credentials.clientSecret);
    const Environment* env = Environment::find(region);
    out.environment = env->friendlyName;
    // Not saved yet: what "Save connection as profile" starts from.
    out.profile = {QString(), env->host, credentials.clientId,
                   ConnectionProfile::Auth::ClientCredentials};
    return out;
}

ResolvedConnection ConnectionResolver::profile(const ConnectionProfile& profile,
                                               const QString& secret) {
    ResolvedConnection out;
    out.profile = profile;
    out.client = std::make_unique<PlatformClient>(m_network);
    QString error;
    const bool custom = profile.environment.contains(u"://"_s);
    if (!(custom ? out.client->setBaseUrl(QUrl(profile.environment), &error)
                 : out.client->setEnvironment(profile.environment, &error))) {
        ResolvedConnection failed = failure(ResolvedConnection::Problem::Usage,
                                            tr("Connecting to %1").arg(profile.name), error);
        failed.profile = profile;
        return failed;
    }
    if (profile.needsSecret())
        out.client->setCredentials(profile.clientId, secret);
    else
        out.client->useSignIn(profile.clientId);
    const Environment* env = Environment::find(profile.environment);
    out.environment = env ? env->friendlyName : QUrl(profile.environment).host();
    return out;
}

void ConnectionResolver::savedProfile(const QString& name, Done done) {
    const auto saved = ProfileStore(*m_settings).profile(name);
    if (!saved)
        return done(failure(ResolvedConnection::Problem::Usage, tr("Opening profile %1").arg(name),
                            tr("There is no saved profile named \"%1\".").arg(name)));
    const ConnectionProfile profile = *saved;
    if (!profile.needsSecret())
        return done(this->profile(profile)); // a sign-in profile has no secret to read
    m_secrets->read(profile.name, [this, profile, done](bool ok, const QString& secret,
                                                        const QString& error) {
        if (ok)
            return done(this->profile(profile, secret));
        ResolvedConnection failed = failure(
            ResolvedConnection::Problem::SecretMissing, tr("Opening profile %1").arg(profile.name),
            m_secrets->isPersistent()
                ? tr("The secret of profile \"%1\" could not be read: %2").arg(profile.name, error)
                : tr("No keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and"
                     " PURECLOUD_SECRET instead.")
                      .arg(m_secrets->unavailableReason()));
        failed.profile = profile;
        done(std::move(failed));
    });
}
