#include "AppController.h"

#include "access/SessionAccess.h"
#include "client/PlatformClient.h"
#include "common/MainWindow.h"
#include "common/MessageBox.h"
#include "compare/ComparePage.h"
#include "connection/ConnectionDialog.h"
#include "connection/SecretStore.h"
#include "org/OrgSession.h"
#include "snapshot/SnapshotFile.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeRolesRead.h"

#include <QDesktopServices>
#include <QDir>
#include <QInputDialog>
#include <QSettings>

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
    , m_network(network)
    , m_resolver(network, secrets, settings) {
    connect(window, &MainWindow::connectRequested, this, [this] { showConnectionDialog(); });
    connect(window, &MainWindow::sandboxOrganizationRequested, this,
            [this](const QString& name) { openSandbox(name); });
    connect(window, &MainWindow::reloadRequested, this, &AppController::reload);
    connect(window, &MainWindow::cancelRequested, this, [this] {
        if (m_session)
            m_session->cancelLoad();
    });
    connect(window, &MainWindow::openSnapshotRequested, this, &AppController::openSnapshot);
    connect(window, &MainWindow::signInRequested, this, [this] {
        if (m_session)
            m_session->access()->signIn();
    });
    connect(window, &MainWindow::signOutRequested, this, [this] {
        if (m_session)
            m_session->access()->signOut();
    });
    connect(window, &MainWindow::saveSnapshotRequested, this, &AppController::saveSnapshot);
    connect(window, &MainWindow::saveConnectionRequested, this,
            &AppController::saveConnectionAsProfile);
    connect(window->comparePage(), &ComparePage::otherOrganizationRequested, this,
            &AppController::addComparisonOrganization);
}

AppController::~AppController() {
    m_window->setSession(nullptr);
    delete m_session;
    for (const QPointer<OrgSession>& s : std::as_const(m_comparisons))
        delete s.data();
}

void AppController::addComparisonOrganization() {
    // The sandbox's partners are one click away; anything else goes through the dialog.
    const QStringList partners = m_resolver.sandboxPartners();
    const QString other = tr("Another connection…");
    QString choice = other;
    if (!partners.isEmpty()) {
        QInputDialog dialog(m_window);
        dialog.setWindowTitle(tr("Compare with another organization"));
        dialog.setLabelText(tr("Organization:"));
        dialog.setComboBoxItems(partners + QStringList{other});
        dialog.setOption(QInputDialog::UseListViewForComboBoxItems);
        if (MessageBox::exec(dialog) != QDialog::Accepted)
            return;
        choice = dialog.textValue();
    }
    if (choice != other)
        return addComparison(m_resolver.sandbox(choice));
    QString remember; // a comparison is not what the next start reopens
    if (auto resolved = askForConnection({}, &remember))
        addComparison(std::move(*resolved));
}

void AppController::addComparison(ResolvedConnection resolved) {
    if (!resolved.client)
        return fail(resolved.operation, resolved.error);
    auto* session = new OrgSession(resolved.client.get(), resolved.environment, this);
    resolved.client.release()->setParent(session);
    m_comparisons.append(session);
    wireSignIn(session);
    connect(session, &OrgSession::loadFailed, this, [this, session](const ApiStatus& status) {
        m_window->reportError(tr("Loading an organization to compare with"), status);
        session->deleteLater();
    });
    connect(session, &OrgSession::loaded, this, [this, session] {
        m_window->showMessage(tr("%1 is ready to compare with: pick it on the right side.")
                                  .arg(session->organizationName()));
    });
    m_window->comparePage()->addOrganization(session);
    session->load();
}

void AppController::fail(const QString& operation, const QString& message) {
    m_window->reportError(operation, ApiStatus::invalidRequest(message));
}

void AppController::replaceSession(OrgSession* session) {
    OrgSession* old = m_session;
    m_window->setSession(session);
    m_session = session;
    delete old; // its client, and whatever it still had in flight, go with it
}

void AppController::connectTo(ResolvedConnection resolved, const QString& remember) {
    if (!resolved.client) {
        fail(resolved.operation, resolved.error);
        if (resolved.problem == ResolvedConnection::Problem::SecretMissing)
            showConnectionDialog(resolved.profile.name); // the secret must be entered again
        return;
    }
    // The client waits for the admin's answer; nothing is sent before it.
    auto pending = std::make_shared<ResolvedConnection>(std::move(resolved));
    m_window->whenLeaving([this, pending, remember] {
        auto* session = new OrgSession(pending->client.get(), pending->environment, this);
        pending->client.release()->setParent(session);
        if (!remember.isEmpty()) {
            m_settings->setValue(kLastConnection, remember);
            m_unsaved.reset(); // a saved connection, or the sandbox: nothing to save
            m_unsavedSecret.clear();
            m_window->setSaveConnectionEnabled(false);
        }
        replaceSession(session);
        wireSignIn(session);
        session->load();
    });
}

void AppController::wireSignIn(OrgSession* session) {
    SessionAccess* access = session->access();
    connect(access, &SessionAccess::browserRequested, this, [this](const QUrl& url) {
        if (!QDesktopServices::openUrl(url))
            m_window->reportError(tr("Signing in"),
                                  ApiStatus::invalidRequest(
                                      tr("No browser could be opened. Open this address in one to"
                                         " sign in: %1")
                                          .arg(url.toString())));
    });
    // A sign-in connection starts with one: the browser opens at once.
    if (access->usesSignIn())
        access->signIn();
}

void AppController::openSandbox(const QString& organization, bool signIn) {
    ResolvedConnection resolved = m_resolver.sandbox(organization, signIn);
    const QStringList organizations = m_resolver.sandboxOrganizations();
    m_window->setSandboxOrganizations(organizations);
    const bool home = organization.isEmpty() || organizations.value(0) == organization;
    connectTo(std::move(resolved), home ? kSandbox : kSandbox + u'/' + organization);
}

void AppController::openProfile(const ConnectionProfile& profile, const QString& secret) {
    connectTo(m_resolver.profile(profile, secret), profile.name);
}

void AppController::openSavedProfile(const QString& name) {
    QPointer<AppController> self(this);
    m_resolver.savedProfile(name, [self, name](ResolvedConnection resolved) {
        if (!self)
            return;
        if (resolved.problem == ResolvedConnection::Problem::Usage) {
            self->fail(resolved.operation, resolved.error);
            return self->showConnectionDialog();
        }
        self->connectTo(std::move(resolved), name);
    });
}

void AppController::openBaseUrl(const QUrl& base, const ClientCredentials& credentials) {
    ResolvedConnection resolved = m_resolver.baseUrl(base, credentials);
    rememberUnsaved(resolved, credentials.clientSecret);
    connectTo(std::move(resolved), {});
}

void AppController::openRegion(const QString& region, const ClientCredentials& credentials) {
    ResolvedConnection resolved = m_resolver.region(region, credentials);
    rememberUnsaved(resolved, credentials.clientSecret);
    connectTo(std::move(resolved), {});
}

void AppController::rememberUnsaved(const ResolvedConnection& resolved, const QString& secret) {
    m_unsaved.reset();
    m_unsavedSecret.clear();
    if (resolved.client && resolved.profile.name.isEmpty()
        && !resolved.profile.clientId.isEmpty()) {
        m_unsaved = resolved.profile;
        m_unsavedSecret = secret;
    }
    m_window->setSaveConnectionEnabled(m_unsaved.has_value());
}

void AppController::saveConnectionAsProfile() {
    if (!m_unsaved)
        return;
    ProfileStore profiles(*m_settings);
    ConnectionDialog dialog(&profiles, m_secrets, m_network, m_window);
    dialog.prefill(*m_unsaved, m_unsavedSecret);
    QString saved;
    connect(&dialog, &ConnectionDialog::saved, this,
            [&saved](const QString& name) { saved = name; });
    MessageBox::exec(dialog);
    if (!saved.isEmpty()) {
        m_settings->setValue(kLastConnection, saved); // the next start opens it
        m_window->showMessage(tr("Saved the connection as the profile “%1”.").arg(saved));
    }
}

void AppController::reload() {
    if (!m_session || m_session->isReadOnly())
        return;
    m_window->whenLeaving([this] {
        if (m_session)
            m_session->load();
    });
}

bool AppController::openSnapshot(const QString& path) {
    QString error;
    const auto data = SnapshotFile::read(path, &error);
    if (!data) {
        fail(tr("Opening snapshot %1").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    m_window->whenLeaving(
        [this, snapshot = *data] { replaceSession(new OrgSession(snapshot, this)); });
    return true;
}

void AppController::saveSnapshot(const QString& path) {
    if (!m_session)
        return;
    if (!m_session->isReadOnly() && m_session->trusts()->membersWithoutRoles() > 0) {
        // A snapshot holds everything: the trustee users' roles the window has not needed yet
        // are read first.
        auto* read = new TrusteeRolesRead(m_session);
        QPointer<OrgSession> session = m_session;
        m_window->showMessage(tr("Reading the roles of %n trustee user(s) for the snapshot…",
                                 nullptr, m_session->trusts()->membersWithoutRoles()));
        connect(read, &Operation::succeeded, this, [this, session, path] {
            if (session == m_session)
                writeSnapshot(path);
        });
        connect(read, &Operation::failed, this, [this](const OperationFailure& failure) {
            m_window->reportError(tr("Saving snapshot"), failure.status);
        });
        read->start();
        return;
    }
    writeSnapshot(path);
}

void AppController::writeSnapshot(const QString& path) {
    QString error;
    if (!SnapshotFile::write(m_session->toOrgData(), path, &error))
        return fail(tr("Saving snapshot"), error);
    m_window->showMessage(tr("Snapshot saved to %1").arg(QDir::toNativeSeparators(path)));
}

std::optional<ResolvedConnection> AppController::askForConnection(const QString& preselect,
                                                                  QString* remember) {
    ProfileStore profiles(*m_settings);
    ConnectionDialog dialog(&profiles, m_secrets, m_network, m_window);
    if (!preselect.isEmpty())
        dialog.selectProfile(preselect);
    if (MessageBox::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    if (dialog.choice() == ConnectionDialog::Choice::Sandbox) {
        *remember = kSandbox;
        auto resolved = m_resolver.sandbox({}, dialog.sandboxSignIn());
        m_window->setSandboxOrganizations(m_resolver.sandboxOrganizations());
        return resolved;
    }
    if (dialog.choice() == ConnectionDialog::Choice::Profile) {
        *remember = dialog.profile().name;
        return m_resolver.profile(dialog.profile(), dialog.secret());
    }
    return std::nullopt;
}

void AppController::showConnectionDialog(const QString& preselect) {
    QString remember;
    if (auto resolved = askForConnection(preselect, &remember))
        connectTo(std::move(*resolved), remember);
}

void AppController::openLastConnection() {
    const QString last = m_settings->value(kLastConnection).toString();
    if (last == kSandbox)
        openSandbox();
    else if (last.startsWith(kSandbox + u'/'))
        openSandbox(last.mid(kSandbox.size() + 1));
    else if (!last.isEmpty())
        openSavedProfile(last);
    else
        showConnectionDialog();
}
