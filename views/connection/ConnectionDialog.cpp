#include "connection/ConnectionDialog.h"

#include "common/FieldHint.h"
#include "connection/ConnectionTest.h"
#include "connection/SecretStore.h"
#include "wire/Environment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(ProfileStore* profiles, SecretStore* secrets,
                                   QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(new ConnectionTest(network, this))
    , m_list(new QListWidget)
    , m_name(new QLineEdit)
    , m_region(new QComboBox)
    , m_auth(new QComboBox)
    , m_sandboxSignIn(new QCheckBox(tr("as one of its &people")))
    , m_baseUrl(new QLineEdit)
    , m_clientId(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_keychain(new QLabel)
    , m_result(new QLabel)
    , m_test(new QPushButton(tr("&Test connection")))
    , m_save(new QPushButton(tr("&Save profile")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_sandbox(
          new QPushButton(QIcon(QStringLiteral(":/icons/products.svg")), tr("Open the &sandbox")))
    , m_connect(new QPushButton(QIcon(QStringLiteral(":/icons/connect.svg")), tr("&Connect"))) {
    setWindowTitle(tr("Connect to Genesys Cloud"));
    for (const Environment& e : Environment::all())
        m_region->addItem(tr("%1 — %2").arg(e.friendlyName, e.host), e.host);
    // A gateway in front of the API (the SDK's setGateway), or a local sandbox.
    m_region->addItem(tr("Other — a base URL of my own"), QString());
    m_baseUrl->setPlaceholderText(QStringLiteral("https://gateway.example.com"));
    m_baseUrl->setToolTip(tr("https anywhere; plain http only for this computer (127.0.0.1,"
                             " localhost), such as a local sandbox"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_name->setPlaceholderText(tr("e.g. Production (EU)"));
    m_auth->addItem(tr("Sign in with my account"),
                    QVariant::fromValue(int(ConnectionProfile::Auth::SignIn)));
    m_auth->addItem(tr("OAuth client (client credentials)"),
                    QVariant::fromValue(int(ConnectionProfile::Auth::ClientCredentials)));
    m_auth->setToolTip(tr("Sign in with your own account in the browser (changes are made as you,"
                          " with your permissions), or connect as an OAuth client with its"
                          " secret (as a script does)."));
    m_sandboxSignIn->setToolTip(tr("Sign in on the sandbox's sign-in page as a person with"
                                   " fewer rights (a role editor, an auditor, a trust"
                                   " manager) instead of connecting as its OAuth client."));
    m_clientId->setPlaceholderText(tr("OAuth client id"));
    m_secret->setPlaceholderText(tr("OAuth client secret"));
    m_list->setAccessibleName(tr("Saved profiles"));
    // Every hint fits its field, in any language.
    for (QLineEdit* field : {m_name, m_baseUrl, m_clientId, m_secret})
        fitPlaceholder(field);
    m_keychain->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sandbox->setToolTip(tr("Open a local sandbox organization with realistic data; nothing leaves"
                             " this computer."));
    m_test->setToolTip(tr("Log in and read the organization's products, without connecting"));
    m_connect->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    auto showBaseUrl = [this, form] {
        const bool custom = m_region->currentData().toString().isEmpty();
        form->setRowVisible(m_baseUrl, custom);
        updateButtons();
    };
    connect(m_region, &QComboBox::currentIndexChanged, this, showBaseUrl);
    form->addRow(tr("Sign &in:"), m_auth);
    form->addRow(tr("Client &id:"), m_clientId);
    form->addRow(tr("Client s&ecret:"), m_secret);
    form->addRow(QString(), m_keychain);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_test);
    profileButtons->addStretch();
    profileButtons->addWidget(m_delete);
    profileButtons->addWidget(m_save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(profileButtons);
    right->addWidget(m_result);
    right->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Saved profiles:")));
    left->addWidget(m_list);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(right, 2);
    auto* bottom = new QDialogButtonBox;
    bottom->addButton(m_sandbox, QDialogButtonBox::ActionRole);
    bottom->addButton(m_sandboxSignIn, QDialogButtonBox::ActionRole);
    bottom->addButton(m_connect, QDialogButtonBox::AcceptRole);
    bottom->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(bottom);

    connect(m_list, &QListWidget::currentTextChanged, this, &ConnectionDialog::showProfile);
    connect(m_save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_tester, &ConnectionTest::succeeded, this,
            [this](const QString& organization, int products) {
                const QString message =
                    organization.isEmpty()
                        ? tr("Connection works: logged in, %n product(s) enabled.", nullptr,
                             products)
                        : tr("Connection works: %1, %n product(s) enabled.", nullptr, products)
                              .arg(organization);
                m_result->setText(message);
                Q_EMIT testFinished(true, message);
            });
    connect(m_tester, &ConnectionTest::failed, this, [this](const ApiStatus& status) {
        const QString message = tr("Connection failed: %1").arg(status.message);
        m_result->setText(message);
        Q_EMIT testFinished(false, message);
    });
    connect(m_tester, &ConnectionTest::finished, this, &ConnectionDialog::updateButtons);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        accept();
    });
    connect(bottom, &QDialogButtonBox::accepted, this, [this] {
        if (const QString problem = validationProblem(); !problem.isEmpty()) {
            m_result->setText(problem);
            return;
        }
        m_choice = Choice::Profile;
        accept();
    });
    connect(bottom, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_name, m_clientId, m_secret, m_baseUrl})
        connect(field, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    form->setRowVisible(m_baseUrl, false);
    m_form = form;
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::showAuth);
    showAuth();
    reloadList();
    updateButtons();
    resize(780, 420);
}

ConnectionProfile ConnectionDialog::profile() const {
    return {m_name->text().trimmed(), environment(), m_clientId->text().trimmed(), auth()};
}

ConnectionProfile::Auth ConnectionDialog::auth() const {
    return ConnectionProfile::Auth(m_auth->currentData().toInt());
}

bool ConnectionDialog::sandboxSignIn() const {
    return m_sandboxSignIn->isChecked();
}

void ConnectionDialog::showAuth() {
    // A sign-in profile has no secret: the person signs in in the browser when connecting.
    const bool secret = auth() == ConnectionProfile::Auth::ClientCredentials;
    m_form->setRowVisible(m_secret, secret);
    m_test->setVisible(secret);
    m_keychain->setStyleSheet(QString());
    if (!secret) {
        m_keychain->setText(tr("When you connect, you sign in with your own account in the"
                               " browser. No secret is stored."));
    } else if (m_secrets->isPersistent()) {
        m_keychain->setText(
            tr("The secret is kept in the system keychain, never in RoleDesk's settings."));
    } else {
        m_keychain->setText(tr("<b>No system keychain is available</b> (%1). The secret is kept"
                               " for this session only and must be entered again next time.")
                                .arg(m_secrets->unavailableReason().toHtmlEscaped()));
        m_keychain->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    }
    updateButtons();
}

QString ConnectionDialog::environment() const {
    const QString host = m_region->currentData().toString();
    return host.isEmpty() ? m_baseUrl->text().trimmed() : host;
}

QString ConnectionDialog::secret() const {
    return m_secret->text();
}

QString ConnectionDialog::validationProblem() const {
    if (m_region->currentData().toString().isEmpty()) {
        QString why;
        if (!isAcceptableBaseUrl(QUrl(m_baseUrl->text().trimmed()), &why))
            return why;
    }
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Enter the OAuth client id.");
    if (auth() == ConnectionProfile::Auth::ClientCredentials && m_secret->text().isEmpty())
        return tr("Enter the client secret.");
    return {};
}

void ConnectionDialog::updateButtons() {
    const bool complete = validationProblem().isEmpty();
    m_test->setEnabled(complete);
    m_connect->setEnabled(complete);
    m_save->setEnabled(complete && !m_name->text().trimmed().isEmpty());
    m_delete->setEnabled(m_profiles->profile(m_name->text().trimmed()).has_value());
}

void ConnectionDialog::reloadList() {
    const QString current = m_name->text();
    m_list->clear();
    for (const ConnectionProfile& p : m_profiles->profiles())
        m_list->addItem(p.name);
    if (!current.isEmpty())
        selectProfile(current);
}

void ConnectionDialog::selectProfile(const QString& name) {
    const QList<QListWidgetItem*> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

void ConnectionDialog::showProfile(const QString& name) {
    const auto p = m_profiles->profile(name);
    if (!p)
        return;
    showFields(*p);
    m_secret->clear();
    m_result->clear();
    if (!p->needsSecret())
        return;
    QPointer<ConnectionDialog> self(this);
    m_secrets->read(p->name, [self, name](bool ok, const QString& secret, const QString&) {
        if (self && ok && self->m_name->text() == name)
            self->m_secret->setText(secret);
    });
}

void ConnectionDialog::showFields(const ConnectionProfile& p) {
    m_name->setText(p.name);
    // A region of the list, or else "Other" with the base URL.
    const int region = m_region->findData(p.environment);
    m_region->setCurrentIndex(region >= 0 ? region : m_region->count() - 1);
    m_baseUrl->setText(region >= 0 ? QString() : p.environment);
    m_clientId->setText(p.clientId);
    m_auth->setCurrentIndex(m_auth->findData(int(p.auth)));
}

void ConnectionDialog::prefill(const ConnectionProfile& p, const QString& secret) {
    m_list->clearSelection();
    showFields(p);
    m_secret->setText(secret);
    m_result->setText(tr("The connection in use: give it a name and save it."));
    m_name->setFocus();
    m_name->selectAll();
    updateButtons();
}

void ConnectionDialog::saveProfile() {
    const ConnectionProfile p = profile();
    m_profiles->save(p);
    QPointer<ConnectionDialog> self(this);
    if (!p.needsSecret()) {
        // Nothing secret about a sign-in profile; a secret it had before is not kept.
        m_secrets->remove(p.name, [](bool, const QString&) {});
        m_result->setText(tr("Profile \"%1\" saved.").arg(p.name));
        Q_EMIT saved(p.name);
        reloadList();
        return;
    }
    m_secrets->write(p.name, m_secret->text(), [self, p](bool ok, const QString& error) {
        if (!self)
            return;
        self->m_result->setText(
            ok ? tr("Profile \"%1\" saved.").arg(p.name)
               : tr("Profile saved, but the secret could not be stored: %1").arg(error));
        Q_EMIT self->saved(p.name);
    });
    reloadList();
}

void ConnectionDialog::deleteProfile() {
    const QString name = m_name->text().trimmed();
    m_profiles->remove(name);
    m_secrets->remove(name, [](bool, const QString&) {});
    m_name->clear();
    m_clientId->clear();
    m_secret->clear();
    m_result->setText(tr("Profile \"%1\" deleted.").arg(name));
    reloadList();
    updateButtons();
}

void ConnectionDialog::testConnection() {
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_tester->start(environment(), m_clientId->text().trimmed(), m_secret->text());
}
