#pragma once

#include "ConnectionResolver.h"
#include "org/OrgSession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class MainWindow;
class QNetworkAccessManager;
class QSettings;
class SecretStore;

//! Connects the window to an organization: the sandbox, a saved profile, a base URL with
//! credentials from the environment, or a snapshot file. Each connection is an OrgSession that
//! owns its client; the window shows it, and the previous one goes once it is replaced.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(MainWindow* window, QSettings* settings, SecretStore* secrets,
                  QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AppController() override;

    void setSandboxDataFile(const QString& path) { m_resolver.setSandboxDataFile(path); }
    //! The sandbox as its home organization, or as the one named.
    //! `signIn`: as one of its people, through its sign-in page in the browser.
    void openSandbox(const QString& organization = {}, bool signIn = false);
    void openProfile(const ConnectionProfile& profile, const QString& secret);
    //! Reads the profile's secret from the store, then connects.
    void openSavedProfile(const QString& name);
    void openBaseUrl(const QUrl& base, const ClientCredentials& credentials);
    //! A Genesys Cloud region (host or key), with credentials from the environment.
    void openRegion(const QString& region, const ClientCredentials& credentials);
    //! The connection dialog filled with the connection in use (--base-url, --region), to be
    //! named and saved as a profile.
    void saveConnectionAsProfile();
    bool openSnapshot(const QString& path);
    void saveSnapshot(const QString& path);
    void showConnectionDialog(const QString& preselect = {});
    void reload();
    //! What the last run connected to, reopened: the sandbox or a saved profile.
    void openLastConnection();
    OrgSession* session() const { return m_session; }
    //! Connects a second organization whose roles the Compare workspace can pick (a partner of
    //! the sandbox, or any connection); it stays until the window closes.
    void addComparisonOrganization();
    void addComparison(ResolvedConnection resolved);

private:
    //! Writes the session as it is; saveSnapshot first reads what a snapshot needs.
    void writeSnapshot(const QString& path);
    //! The connection dialog: the connection chosen (and in *remember its name for the next
    //! start), or nullopt when cancelled.
    std::optional<ResolvedConnection> askForConnection(const QString& preselect, QString* remember);
    //! Asks about unsaved edits, then shows the connection (or its error).
    void connectTo(ResolvedConnection resolved, const QString& remember);
    void replaceSession(OrgSession* session);
    //! The browser for a sign-in, and the sign-in itself when the connection needs one.
    void wireSignIn(OrgSession* session);
    void fail(const QString& operation, const QString& message);
    //! A connection made from the command line, not saved as a profile: remembered (the secret
    //! in memory only) so that it can be saved.
    void rememberUnsaved(const ResolvedConnection& resolved, const QString& secret);

    MainWindow* m_window;
    QSettings* m_settings;
    SecretStore* m_secrets;
    std::optional<ConnectionProfile> m_unsaved;
    QString m_unsavedSecret;
    QNetworkAccessManager* m_network;
    ConnectionResolver m_resolver;
    QPointer<OrgSession> m_session;
    QList<QPointer<OrgSession>> m_comparisons;
};
