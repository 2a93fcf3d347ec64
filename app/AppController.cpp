#include "AppController.h"

#include "ConnectionDialog.h"
#include "Environment.h"
#include "MainWindow.h"
#include "OrgDataLoader.h"
#include "PlatformClient.h"
#include "Sandbox.h"
#include "SecretStore.h"
#include "SnapshotFile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString kLastConnection = u"connection/last"_s;
const QString kSandbox = u"sandbox"_s;
} // namespace

AppController::AppController(MainWindow* window, QSettings* settings, SecretStore* secrets,
                             QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(network) {
    connect(window, &MainWindow::connectRequested, this, [this] { showConnectionDialog(); });
    connect(window, &MainWindow::reloadRequested, this, &AppController::reload);
    connect(window, &MainWindow::cancelRequested, this, [this] {
        if (m_loader)
            m_loader->cancel();
    });
    connect(window, &MainWindow::openSnapshotRequested, this, &AppController::openSnapshot);
    connect(window, &MainWindow::saveSnapshotRequested, this, &AppController::saveSnapshot);
}

AppController::~AppController() {
    delete m_loader;
    delete m_client;
}

void AppController::fail(const QString& operation, const QString& message) {
    m_window->reportError(operation, {ApiStatus::Code::InvalidRequest, 0, message, {}, {}});
}

bool AppController::openSandbox() {
    if (!m_window->confirmLeave())
        return false;
    if (!m_sandbox) {
        SandboxOptions options;
        options.dataFile = m_sandboxData;
        if (options.dataFile.isEmpty()) {
            // Edits survive restarts: the sandbox lives in the user's data directory.
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            options.dataFile = dir + u"/sandbox.sqlite"_s;
        }
        m_sandbox = std::make_unique<Sandbox>(options);
        QString error;
        if (!m_sandbox->start(&error)) {
            m_sandbox.reset();
            fail(tr("Opening the sandbox"), tr("The sandbox did not start: %1").arg(error));
            return false;
        }
    }
    auto* client = new PlatformClient(m_network, this);
    client->setBaseUrl(m_sandbox->baseUrl());
    client->setCredentials(m_sandbox->homeOrganization().clientId,
                           m_sandbox->homeOrganization().clientSecret);
    m_settings->setValue(kLastConnection, kSandbox);
    useClient(client, tr("Sandbox"));
    return true;
}

void AppController::openProfile(const ConnectionProfile& profile, const QString& secret) {
    if (!m_window->confirmLeave())
        return;
    auto* client = new PlatformClient(m_network, this);
    QString error;
    const bool custom = profile.environment.contains(u"://"_s);
    if (!(custom ? client->setBaseUrl(QUrl(profile.environment), &error)
                 : client->setEnvironment(profile.environment, &error))) {
        delete client;
        return fail(tr("Connecting to %1").arg(profile.name), error);
    }
    client->setCredentials(profile.clientId, secret);
    if (!profile.name.isEmpty())
        m_settings->setValue(kLastConnection, profile.name);
    const Environment* env = Environment::find(profile.environment);
    useClient(client, env ? env->friendlyName : QUrl(profile.environment).host());
}

void AppController::openSavedProfile(const QString& name) {
    const auto profile = ProfileStore(*m_settings).profile(name);
    if (!profile) {
        fail(tr("Opening profile %1").arg(name),
             tr("There is no saved profile named \"%1\".").arg(name));
        return showConnectionDialog();
    }
    QPointer<AppController> self(this);
    m_secrets->read(name, [self, profile](bool ok, const QString& secret, const QString&) {
        if (!self)
            return;
        if (ok)
            self->openProfile(*profile, secret);
        else
            self->showConnectionDialog(profile->name); // the secret must be entered again
    });
}

bool AppController::openBaseUrl(const QUrl& base, const ClientCredentials& credentials) {
    if (!m_window->confirmLeave())
        return false;
    auto* client = new PlatformClient(m_network, this);
    QString error;
    if (!credentials.isComplete()) {
        delete client;
        fail(tr("Connecting to %1").arg(base.toString()),
             tr("Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url."));
        return false;
    }
    if (!client->setBaseUrl(base, &error)) {
        delete client;
        fail(tr("Connecting to %1").arg(base.toString()), error);
        return false;
    }
    client->setCredentials(credentials.clientId, credentials.clientSecret);
    useClient(client, base.host());
    return true;
}

void AppController::useClient(PlatformClient* client, const QString& environmentLabel) {
    delete m_loader;
    m_window->setClient(client);
    delete m_client;
    m_client = client;
    m_environment = environmentLabel;
    m_window->attachDispatcher(client->dispatcher());
    m_window->setConnectionLabels(tr("Connecting…"), environmentLabel, false);
    reload();
}

void AppController::reload() {
    if (!m_client || !m_window->confirmLeave())
        return;
    delete m_loader;
    m_loader = new OrgDataLoader(m_client, m_environment, this);
    OrgDataLoader* loader = m_loader;
    connect(loader, &OrgDataLoader::progress, m_window, &MainWindow::showProgress);
    connect(loader, &OrgDataLoader::finished, this, [this, loader] {
        m_window->hideProgress();
        m_window->setOrgData(loader->data(), false);
    });
    connect(loader, &OrgDataLoader::failed, this, [this](const ApiStatus& status) {
        m_window->hideProgress();
        m_window->reportError(tr("Loading the organization"), status);
    });
    connect(loader, &OrgDataLoader::cancelled, this, [this] {
        m_window->hideProgress();
        m_window->showMessage(tr("Loading cancelled."));
    });
    loader->start();
}

bool AppController::openSnapshot(const QString& path) {
    QString error;
    const auto data = SnapshotFile::read(path, &error);
    if (!data) {
        fail(tr("Opening snapshot %1").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    if (!m_window->confirmLeave())
        return false;
    delete m_loader;
    m_window->setClient(nullptr);
    delete m_client;
    m_window->attachDispatcher(nullptr);
    m_window->setOrgData(*data, true);
    return true;
}

void AppController::saveSnapshot(const QString& path) {
    QString error;
    if (!SnapshotFile::write(m_window->orgData(), path, &error))
        return fail(tr("Saving snapshot"), error);
    m_window->showMessage(tr("Snapshot saved to %1").arg(QDir::toNativeSeparators(path)));
}

void AppController::showConnectionDialog(const QString& preselect) {
    ProfileStore profiles(*m_settings);
    ConnectionDialog dialog(&profiles, m_secrets, m_network, m_window);
    if (!preselect.isEmpty())
        dialog.selectProfile(preselect);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.choice() == ConnectionDialog::Choice::Sandbox)
        openSandbox();
    else if (dialog.choice() == ConnectionDialog::Choice::Profile)
        openProfile(dialog.profile(), dialog.secret());
}

void AppController::openLastConnection() {
    const QString last = m_settings->value(kLastConnection).toString();
    if (last == kSandbox)
        openSandbox();
    else if (!last.isEmpty())
        openSavedProfile(last);
    else
        showConnectionDialog();
}
