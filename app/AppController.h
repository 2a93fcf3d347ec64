#pragma once

#include "ClientCredentials.h"
#include "ConnectionProfile.h"
#include "OrgData.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class MainWindow;
class OrgDataLoader;
class PlatformClient;
class QNetworkAccessManager;
class QSettings;
class Sandbox;
class SecretStore;

//! Connects the window to an organization: the sandbox, a saved profile, a base URL with
//! credentials from the environment, or a snapshot file; loads it, shows progress and errors.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(MainWindow* window, QSettings* settings, SecretStore* secrets,
                  QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AppController() override;

    void setSandboxDataFile(const QString& path) { m_sandboxData = path; }
    bool openSandbox();
    void openProfile(const ConnectionProfile& profile, const QString& secret);
    //! Reads the profile's secret from the store, then connects.
    void openSavedProfile(const QString& name);
    bool openBaseUrl(const QUrl& base, const ClientCredentials& credentials);
    bool openSnapshot(const QString& path);
    void saveSnapshot(const QString& path);
    void showConnectionDialog(const QString& preselect = {});
    void reload();
    //! What the last run connected to, reopened: the sandbox or a saved profile.
    void openLastConnection();

private:
    void useClient(PlatformClient* client, const QString& environmentLabel);
    void fail(const QString& operation, const QString& message);

    MainWindow* m_window;
    QSettings* m_settings;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    std::unique_ptr<Sandbox> m_sandbox;
    QString m_sandboxData;
    QPointer<PlatformClient> m_client;
    QPointer<OrgDataLoader> m_loader;
    QString m_environment;
};
