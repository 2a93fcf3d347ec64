#pragma once

#include "client/ClientCredentials.h"
#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class PlatformClient;
class QNetworkAccessManager;
class QSettings;
class Sandbox;
class SecretStore;

//! A client ready to connect, or why there is none.
struct ResolvedConnection {
    enum class Problem {
        None,
        Usage,         //!< what was asked for cannot work (unknown profile, bad URL): fix the call
        Unavailable,   //!< it could work but does not now (the sandbox, the keychain)
        SecretMissing, //!< the profile is fine, but its secret must be entered again
    };

    std::unique_ptr<PlatformClient> client;
    QString environment; //!< for the status bar and the snapshot file: a region, or "Sandbox"
    Problem problem = Problem::None;
    QString operation;         //!< what was tried, for an error panel
    QString error;             //!< why it failed, for the user
    ConnectionProfile profile; //!< the saved profile, when one was named
};

//! Turns what the user asked for (the embedded sandbox, a saved profile, a base URL with
//! credentials from the environment) into a configured PlatformClient. The one place both
//! `roledesk --snapshot` and the window connect through. The sandbox starts on first use and
//! stays for the resolver's lifetime.
class ConnectionResolver {
    Q_DECLARE_TR_FUNCTIONS(ConnectionResolver)
public:
    using Done = std::function<void(ResolvedConnection)>;

    ConnectionResolver(QNetworkAccessManager* network, SecretStore* secrets, QSettings* settings);
    ~ConnectionResolver();

    //! The sandbox's SQLite file. Without one, the window keeps it in the user's data directory
    //! (edits survive restarts) and `--snapshot` in memory (a fresh seed each run).
    void setSandboxDataFile(const QString& path) { m_sandboxData = path; }
    void setSandboxInMemoryByDefault(bool inMemory) { m_sandboxInMemory = inMemory; }

    //! The sandbox's home organization, or another of its organizations by name; with `signIn`,
    //! as one of its people through its sign-in page, else with its OAuth client.
    ResolvedConnection sandbox(const QString& organizationName = {}, bool signIn = false);
    //! The names of the sandbox's organizations other than the home one (empty until it runs).
    QStringList sandboxPartners() const;
    //! Every organization of the sandbox, home first; empty before it started.
    QStringList sandboxOrganizations() const;
    ResolvedConnection baseUrl(const QUrl& base, const ClientCredentials& credentials);
    //! A Genesys Cloud region by host or key ("mypurecloud.de", "eu_central_1"): its API and its
    //! login service (login.<host>), which --base-url cannot give.
    ResolvedConnection region(const QString& region, const ClientCredentials& credentials);
    //! `secret` is used by client-credentials profiles only.
    ResolvedConnection profile(const ConnectionProfile& profile, const QString& secret = {});
    //! A profile saved in the settings, with its secret from the secret store (asynchronous).
    void savedProfile(const QString& name, Done done);

private:
    ResolvedConnection failure(ResolvedConnection::Problem problem, const QString& operation,
                               const QString& error) const;

    QNetworkAccessManager* m_network;
    SecretStore* m_secrets;
    QSettings* m_settings;
    QString m_sandboxData;
    bool m_sandboxInMemory = false;
    std::unique_ptr<Sandbox> m_sandbox;
};
