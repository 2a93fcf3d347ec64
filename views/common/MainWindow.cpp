#include "common/MainWindow.h"

#include "access/AccessPage.h"
#include "access/SessionAccess.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogStore.h"
#include "catalog/PermissionCatalogModel.h"
#include "common/ErrorPanel.h"
#include "common/KeyboardShortcutsDialog.h"
#include "common/LoadState.h"
#include "common/MessageBox.h"
#include "common/SignInBanner.h"
#include "common/WindowShortcuts.h"
#include "compare/ComparePage.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "roles/RoleTableModel.h"
#include "roles/RolesPage.h"
#include "search/GlobalSearchDialog.h"
#include "search/SearchIndexModel.h"
#include "trusts/TrustsPage.h"
#include "users/UserDirectory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_roles(new RolesPage)
    , m_compare(new ComparePage)
    , m_catalog(new CatalogPage)
    , m_products(new QListWidget)
    , m_productsSummary(new QLabel)
    , m_trusts(new TrustsPage)
    , m_access(new AccessPage)
    , m_errors(new ErrorPanel)
    , m_errorDock(new QDockWidget(tr("Errors")))
    , m_historyDock(new QDockWidget(tr("Edit history")))
    , m_searchIndex(new SearchIndexModel(this))
    , m_search(new GlobalSearchDialog(m_searchIndex, this))
    , m_organization(new QLabel)
    , m_environment(new QLabel)
    , m_activity(new QLabel)
    , m_identity(new QLabel)
    , m_banner(new SignInBanner)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton)
    , m_retry(new QPushButton(tr("Retry loading"))) {
    setWindowTitle(tr("RoleDesk[*]"));
    setWindowIcon(QIcon(u":/icons/app.svg"_s));

    struct Entry {
        const char* icon;
        QString text;
        QString tip;
    };
    const Entry entries[] = {
        {"roles", tr("Roles"), tr("Roles of the organization (Ctrl+1)")},
        {"compare", tr("Compare"), tr("Compare a role with its default or another role (Ctrl+2)")},
        {"permissions", tr("Permissions"), tr("The permission catalog (Ctrl+3)")},
        {"products", tr("Products"), tr("Products enabled for the organization (Ctrl+4)")},
        {"trusts", tr("Trusts"), tr("Trustees and trustors (Ctrl+5)")},
        {"access", tr("Access"), tr("Who can do something, and why a person can (Ctrl+6)")},
    };
    for (const Entry& e : entries) {
        auto* item =
            new QListWidgetItem(QIcon(u":/icons/%1.svg"_s.arg(QLatin1StringView(e.icon))), e.text);
        item->setToolTip(e.tip);
        m_sidebar->addItem(item);
    }
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setMaximumWidth(220);
    m_sidebar->setAccessibleName(tr("Workspaces"));
    m_products->setAccessibleName(tr("Products"));
    m_products->setAlternatingRowColors(true);

    auto* productsPage = new QWidget;
    auto* productsLayout = new QVBoxLayout(productsPage);
    productsLayout->addWidget(new QLabel(tr("Products enabled for this organization:")));
    productsLayout->addWidget(m_products);
    productsLayout->addWidget(m_productsSummary);

    m_pages->addWidget(m_roles);
    m_pages->addWidget(m_compare);
    m_pages->addWidget(m_catalog);
    m_pages->addWidget(productsPage);
    m_pages->addWidget(m_trusts);
    m_pages->addWidget(m_access);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1000});
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_banner, &SignInBanner::signInRequested, this, &MainWindow::signInRequested);

    // The edit history of the open role: a dock, shown with the Roles workspace only.
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_roles->historyView());
    m_historyDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    const auto placeHistory = [this] {
        const QSignalBlocker quiet(m_historyDock);
        m_historyDock->setVisible(m_roles->historyAction()->isChecked()
                                  && currentWorkspace() == Workspace::Roles);
    };
    connect(m_roles->historyAction(), &QAction::toggled, this, placeHistory);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, placeHistory);
    // Closed with its own button: the action follows.
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && currentWorkspace() == Workspace::Roles)
            m_roles->historyAction()->setChecked(false);
    });

    m_errorDock->setObjectName(u"errorDock"_s);
    m_errorDock->setWidget(m_errors);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    m_errorDock->hide();
    connect(m_errors, &ErrorPanel::errorAdded, this, [this](const QString& message) {
        if (!m_errorDock->isVisible()) {
            m_errorDock->show();
            // A readable height, not the sliver a dock gets by default.
            resizeDocks({m_errorDock}, {m_errors->sizeHint().height()}, Qt::Vertical);
        }
        statusBar()->showMessage(tr("Error: %1").arg(message), 8000);
    });

    for (QLabel* label : {m_organization, m_environment, m_activity, m_identity}) {
        label->setContentsMargins(8, 0, 8, 0);
        label->setFrameShape(QFrame::StyledPanel);
    }
    QFont orgFont = m_organization->font();
    orgFont.setBold(true);
    m_organization->setFont(orgFont);
    m_organization->setToolTip(tr("Connected organization"));
    m_environment->setToolTip(tr("Region"));
    m_identity->setAccessibleName(tr("Signed in as"));
    m_identity->hide();
    m_activity->setToolTip(tr("Network activity"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setIcon(QIcon(u":/icons/cancel.svg"_s));
    m_cancel->setToolTip(tr("Cancel loading"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelRequested);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    // After a load that failed (the server asked to wait too long, or could not be reached):
    // one click tries again, without digging for File ▸ Reload.
    m_retry->setToolTip(tr("Load the organization again (File ▸ Reload)"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        Q_EMIT reloadRequested();
    });
    statusBar()->addPermanentWidget(m_retry);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_environment);
    statusBar()->addPermanentWidget(m_organization);
    statusBar()->addPermanentWidget(m_identity);
    hideProgress();
    m_activity->setText(tr("Idle"));
    m_organizationName = tr("Not connected");
    m_organization->setText(m_organizationName);
    m_environment->hide();

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MainWindow::updateActivity);
    connect(m_search, &GlobalSearchDialog::chosen, this,
            [this](SearchIndexModel::Kind kind, const QString& key) { jumpTo(int(kind), key); });

    connect(m_roles, &RolesPage::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_roles, &RolesPage::errorOccurred, this, &MainWindow::reportError);
    connect(m_roles, &RolesPage::message, this, &MainWindow::showMessage);
    connect(m_roles, &RolesPage::compareWithDefaultRequested, this,
            [this](const DomainOrganizationRole& role, bool isDraft) {
                showWorkspace(Workspace::Compare);
                m_compare->compareWithDefault(role, isDraft);
            });
    connect(m_compare, &ComparePage::takeBackRequested, m_roles, &RolesPage::takeBack);
    connect(m_compare, &ComparePage::errorOccurred, this, &MainWindow::reportError);
    connect(m_trusts, &TrustsPage::errorOccurred, this, &MainWindow::reportError);
    connect(m_access, &AccessPage::errorOccurred, this, &MainWindow::reportError);
    connect(m_access, &AccessPage::roleRequested, this,
            [this](const QString& roleId) { jumpTo(int(SearchIndexModel::Kind::Role), roleId); });
    const auto whoCan = [this](const QString& permission) {
        showWorkspace(Workspace::Access);
        m_access->showWhoCan(permission);
    };
    connect(m_catalog, &CatalogPage::whoCanRequested, this, whoCan);
    connect(m_roles, &RolesPage::whoCanRequested, this, whoCan);
    connect(m_trusts, &TrustsPage::message, this, &MainWindow::showMessage);
    connect(m_compare, &ComparePage::message, this, &MainWindow::showMessage);

    buildMenus();
    restoreLayout();
}

MainWindow::~MainWindow() {
    // Children going away hide the docks and change the sidebar: nothing of this half-destroyed
    // window may answer them.
    disconnect(m_historyDock, nullptr, this, nullptr);
    disconnect(m_sidebar, nullptr, this, nullptr);
    disconnect(m_roles->historyAction(), nullptr, this, nullptr);
}

QString MainWindow::defaultSnapshotName() const {
    // "<org> <date>.json": a folder of snapshots sorts by organization, then by day.
    QString org = m_session ? m_session->organizationName() : QString();
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s);
    org.replace(unsafe, u"-"_s);
    org = org.simplified();
    if (org.isEmpty())
        org = tr("Organization");
    return u"%1 %2.json"_s.arg(org, QDate::currentDate().toString(Qt::ISODate));
}

void MainWindow::setSaveConnectionEnabled(bool enabled) {
    m_saveConnection->setVisible(enabled);
    m_saveConnection->setEnabled(enabled);
}

void MainWindow::setSandboxOrganizations(const QStringList& names) {
    m_sandboxMenu->clear();
    if (names.isEmpty()) {
        m_sandboxMenu->addAction(tr("Start the sandbox"), this,
                                 [this] { Q_EMIT sandboxOrganizationRequested({}); });
        return;
    }
    for (const QString& name : names)
        m_sandboxMenu->addAction(name, this,
                                 [this, name] { Q_EMIT sandboxOrganizationRequested(name); });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(QIcon(u":/icons/connect.svg"_s), tr("&Connect…"), this,
                                             &MainWindow::connectRequested);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    // Each of the sandbox's organizations, so one can ask for a pairing and another accept it.
    m_sandboxMenu = file->addMenu(tr("Open sandbo&x organization"));
    m_sandboxMenu->setObjectName(u"sandboxMenu"_s);
    setSandboxOrganizations({});
    QAction* reload = file->addAction(QIcon(u":/icons/reload.svg"_s), tr("&Reload"), this,
                                      &MainWindow::reloadRequested);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* open =
        file->addAction(QIcon(u":/icons/snapshot.svg"_s), tr("&Open snapshot…"), this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Open snapshot"), QString(),
                                                              tr("RoleDesk snapshots (*.json)"));
            if (!path.isEmpty())
                Q_EMIT openSnapshotRequested(path);
        });
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save snapshot…"), this, [this] {
        QFileDialog dialog(this, tr("Save snapshot"), QDir::homePath(),
                           tr("RoleDesk snapshots (*.json)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(u"json"_s);
        dialog.selectFile(defaultSnapshotName());
        if (MessageBox::exec(dialog) == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            Q_EMIT saveSnapshotRequested(dialog.selectedFiles().constFirst());
    });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    m_saveConnection = file->addAction(tr("Save connection as &profile…"), this,
                                       &MainWindow::saveConnectionRequested);
    m_saveConnection->setToolTip(tr("Name the connection in use (from --base-url or --region) and"
                                    " keep it with the other profiles"));
    m_saveConnection->setVisible(false);
    m_signInAction = file->addAction(tr("Sign &in…"), this, &MainWindow::signInRequested);
    m_signInAction->setToolTip(tr("Sign in with your account in the browser"));
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    m_signOutAction->setToolTip(tr("Forget the sign-in of this connection"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_roles->undoAction());
    edit->addAction(m_roles->redoAction());
    edit->addSeparator();
    QAction* find = edit->addAction(QIcon(u":/icons/search.svg"_s), tr("&Go to…"), this,
                                    &MainWindow::openSearch);
    find->setShortcut(QKeySequence(tr("Ctrl+K")));
    find->setToolTip(tr("Jump to any role, permission, trustee, trustor or person"));
    // Ctrl+K, Ctrl+U and Ctrl+D edit text on X11: in this window's fields they are ours.
    auto* shortcuts = new WindowShortcuts(this);
    for (QAction* a : {find, m_roles->userRolesAction(), m_roles->compareDefaultAction()})
        shortcuts->add(a);
    QAction* filter = edit->addAction(tr("&Filter this workspace"), this, [this] {
        if (currentWorkspace() == Workspace::Permissions)
            m_catalog->searchField()->setFocus();
        else if (currentWorkspace() == Workspace::Roles)
            m_roles->searchField()->setFocus();
        else if (currentWorkspace() == Workspace::Access)
            (m_access->tabs()->currentIndex() == 0 ? m_access->permissionField()
                                                   : m_access->effectiveFilter())
                ->setFocus();
    });
    filter->setShortcut(QKeySequence::Find);
    edit->addAction(m_roles->filterPermissionsAction());

    // Everything the Roles toolbar offers, and what it leaves out, with its shortcut.
    QMenu* role = menuBar()->addMenu(tr("&Role"));
    role->addAction(m_roles->newAction());
    role->addAction(m_roles->copyAction());
    role->addAction(m_roles->deleteAction());
    role->addSeparator();
    role->addAction(m_roles->saveAction());
    role->addAction(m_roles->discardAction());
    role->addSeparator();
    role->addAction(m_roles->userRolesAction());
    role->addAction(m_roles->compareDefaultAction());
    role->addAction(m_roles->historyAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction* a = view->addAction(m_sidebar->item(i)->icon(), m_sidebar->item(i)->text(), this,
                                     [this, i] { showWorkspace(Workspace(i)); });
        a->setShortcut(QKeySequence(tr("Ctrl+%1").arg(i + 1)));
    }
    view->addSeparator();
    QAction* errors = m_errorDock->toggleViewAction();
    errors->setText(tr("&Errors panel"));
    errors->setShortcut(QKeySequence(tr("Ctrl+E")));
    view->addAction(errors);
    view->addAction(m_roles->historyAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        KeyboardShortcutsDialog dialog(this, this);
        MessageBox::exec(dialog);
    });
    keys->setShortcut(QKeySequence(tr("F1")));
    help->addAction(tr("&User guide (README)"), this, [this] {
        const QString readme = KeyboardShortcutsDialog::readmePath();
        if (readme.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(readme)))
            showMessage(tr("The user guide is README.md, next to the program's source or in"
                           " /usr/share/doc/roledesk."));
    });
    help->addSeparator();
    help->addAction(tr("&About RoleDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About RoleDesk"),
            tr("<h3>RoleDesk %1</h3><p>A console for Genesys Cloud authorization:"
               " roles, permissions, default roles, assignments and organization"
               " trusts.</p><p>Built with Qt %2.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::setSession(OrgSession* session) {
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_inFlight = m_queued = 0;
    if (m_offlineSince.isValid()) {
        m_offlineSince = {};
        markStale(false);
    }
    m_countdown.stop();
    m_roles->setSession(session);
    m_compare->setSession(session);
    m_catalog->setSession(session);
    m_trusts->setSession(session);
    m_access->setSession(session);
    m_searchIndex->setSession(session);
    showProducts();
    if (session) {
        connect(session->catalog(), &CatalogStore::productsChanged, this,
                &MainWindow::showProducts);
        followLoad(session, this, [this] { showProductsSummary(); });
        connect(session, &OrgSession::activityChanged, this, [this](int inFlight, int queued) {
            m_inFlight = inFlight;
            m_queued = queued;
            updateActivity();
        });
        connect(session, &OrgSession::reachableChanged, this, [this](bool reachable) {
            m_offlineSince = reachable ? QDateTime() : QDateTime::currentDateTime();
            markStale(!reachable);
            updateActivity();
        });
        connect(session, &OrgSession::rateLimited, this, [this] {
            m_countdown.start();
            updateActivity();
        });
        connect(session, &OrgSession::resumed, this, [this, session] {
            if (!session->pacing().active)
                m_countdown.stop();
            updateActivity();
        });
        connect(session, &OrgSession::pacingChanged, this, [this, session](bool active) {
            if (active)
                m_countdown.start();
            else if (!session->isPaused())
                m_countdown.stop();
            updateActivity();
        });
        connect(session, &OrgSession::loadProgress, this, &MainWindow::showProgress);
        connect(session, &OrgSession::loaded, this, &MainWindow::sessionLoaded);
        // The organization is known before the rest of it is in: say whose roles are shown.
        connect(session, &OrgSession::partLoaded, this, [this, session](OrgDataLoader::Part part) {
            if (part == OrgDataLoader::Part::Organization && !session->hasLoaded())
                setConnectionLabels(session->organizationName(), session->environment(), false);
        });
        connect(session, &OrgSession::loadFailed, this, [this, session](const ApiStatus& status) {
            hideProgress();
            reportError(tr("Loading the organization"), status);
            // "Connecting…" would stay forever: a first load that failed left no connection.
            if (!session->hasLoaded())
                setConnectionLabels({}, session->environment(), false);
            m_retry->show();
        });
        connect(session, &OrgSession::loadCancelled, this, [this] {
            hideProgress();
            showMessage(tr("Loading cancelled."));
        });
        connect(session, &OrgSession::errorOccurred, this, &MainWindow::reportError);
        SessionAccess* access = session->access();
        connect(access, &SessionAccess::changed, this, &MainWindow::showIdentity);
        connect(access, &SessionAccess::signInRequired, this, [this, access](bool expired) {
            // A sign-in already under way in the browser is what the requests wait for.
            if (access->isSigningIn())
                return m_banner->show(SignInBanner::State::InBrowser);
            m_banner->show(expired ? SignInBanner::State::Expired : SignInBanner::State::Needed);
        });
        connect(access, &SessionAccess::signInStarted, this,
                [this] { m_banner->show(SignInBanner::State::InBrowser); });
        connect(access, &SessionAccess::signedIn, this, [this] {
            m_banner->show(SignInBanner::State::Hidden);
            showMessage(tr("Signed in."));
        });
        connect(access, &SessionAccess::signInFailed, this, [this](const QString& message) {
            m_banner->show(SignInBanner::State::Failed, message);
            reportError(tr("Signing in"), ApiStatus::invalidRequest(message));
        });
        connect(access, &SessionAccess::signedOut, this,
                [this] { m_banner->show(SignInBanner::State::SignedOut); });
        if (access->isAwaitingSignIn())
            m_banner->show(SignInBanner::State::Needed);
        else
            m_banner->show(SignInBanner::State::Hidden);
        if (session->hasLoaded())
            sessionLoaded();
        else
            setConnectionLabels(tr("Connecting…"), session->environment(), false);
    } else {
        setConnectionLabels({}, {}, false);
        m_banner->show(SignInBanner::State::Hidden);
    }
    showIdentity();
    updateActivity();
}

void MainWindow::showIdentity() {
    SessionAccess* access = m_session && !m_session->isReadOnly() ? m_session->access() : nullptr;
    const bool signIn = access && access->usesSignIn();
    if (m_signInAction) {
        m_signInAction->setEnabled(signIn);
        m_signOutAction->setEnabled(signIn && access->person());
    }
    if (!access) {
        m_identity->hide();
        return;
    }
    if (!signIn) {
        m_identity->setText(tr("OAuth client"));
        m_identity->setToolTip(tr("Connected with an OAuth client's credentials: changes are made"
                                  " by the client, and the server decides what it may do."));
    } else if (const auto& person = access->person()) {
        m_identity->setText(tr("Signed in as %1")
                                .arg(u"%1 (%2)"_s.arg(person->name.value_or(QString()),
                                                      person->email.value_or(QString()))));
        QString tip =
            tr("%1 <%2>, %3")
                .arg(person->name.value_or(QString()), person->email.value_or(QString()),
                     person->organization
                         ? person->organization->name.value_or(m_session->organizationName())
                         : m_session->organizationName());
        if (!access->rightsProblem().isEmpty())
            tip += u'\n'
                   + tr("Your permissions could not be read (%1); every action stays"
                        " enabled and the server decides.")
                         .arg(access->rightsProblem());
        else if (access->rights().isKnown())
            tip += u'\n'
                   + tr("%n permission(s) granted by your roles.", nullptr,
                        int(access->rights().permissions().size()));
        m_identity->setToolTip(tip);
    } else {
        m_identity->setText(tr("Not signed in"));
        m_identity->setToolTip(tr("Sign in with your account (File ▸ Sign in…)."));
    }
    m_identity->show();
}

void MainWindow::showProducts() {
    m_products->clear();
    if (m_session)
        for (const DomainOrganizationProduct& p : m_session->catalog()->products())
            m_products->addItem(p.id.value_or(QString()));
    showProductsSummary();
}

void MainWindow::showProductsSummary() {
    const QString notLoaded = notLoadedText(m_session, OrgDataLoader::Part::Products);
    m_productsSummary->setText(notLoaded.isEmpty()
                                   ? tr("%n product(s) enabled", nullptr, m_products->count())
                                   : notLoaded);
}

void MainWindow::sessionLoaded() {
    hideProgress();
    const bool offline = m_session->isReadOnly();
    if (!offline) // after the window has shown the organization
        QTimer::singleShot(0, m_roles, &RolesPage::offerRecoveredDrafts);
    setConnectionLabels(m_session->organizationName(), m_session->environment(), offline);
    showMessage(offline ? tr("Snapshot of %1 taken %2 — offline, read-only")
                              .arg(m_session->organizationName(),
                                   QLocale().toString(m_session->loadedAt().toLocalTime(),
                                                      QLocale::ShortFormat))
                        : tr("Loaded %n role(s)", nullptr, int(m_session->roles()->count())));
}

void MainWindow::setConnectionLabels(const QString& organization, const QString& environment,
                                     bool offline) {
    m_organizationName = organization.isEmpty() ? tr("Not connected") : organization;
    markStale(m_offlineSince.isValid());
    m_environment->setText(offline ? tr("Offline snapshot (%1)").arg(environment) : environment);
    m_environment->setVisible(!environment.isEmpty());
    // "[*]" is where Qt marks unsaved changes (setWindowModified).
    setWindowTitle(organization.isEmpty() ? tr("RoleDesk[*]")
                   : offline ? tr("%1 — offline snapshot — RoleDesk[*]").arg(organization)
                             : tr("%1[*] — %2 — RoleDesk").arg(organization, environment));
}

void MainWindow::whenLeaving(std::function<void()> proceed) {
    if (m_roles->isModified())
        showWorkspace(Workspace::Roles);
    m_roles->whenLeaving(std::move(proceed));
}

void MainWindow::updateActivity() {
    if (m_session && m_offlineSince.isValid()) {
        m_activity->setText(tr("Offline — cannot reach %1").arg(m_session->serverHost()));
        m_activity->setToolTip(
            tr("No answer since %1. What is shown was loaded before and may be"
               " stale; RoleDesk carries on when the server answers again.")
                .arg(QLocale().toString(m_offlineSince.time(), QLocale::ShortFormat)));
        return;
    }
    if (m_session && m_session->isPaused()) {
        const qint64 seconds = qMax<qint64>(
            1, (QDateTime::currentDateTimeUtc().msecsTo(m_session->pausedUntil()) + 999) / 1000);
        m_activity->setText(tr("Paused %1 s — rate limited").arg(seconds));
        m_activity->setToolTip({});
        return;
    }
    if (const OrgSession::Pacing pace = m_session ? m_session->pacing() : OrgSession::Pacing();
        pace.active) {
        m_activity->setText(tr("Paced: %1 requests/s, budget resets in %2 s")
                                .arg(QLocale().toString(pace.perSecond, 'g', 3))
                                .arg(pace.resetSeconds));
        m_activity->setToolTip(
            tr("The server allows %n request(s) a minute. RoleDesk spreads the rest out so that"
               " none is refused; %1 in flight, %2 queued.",
               nullptr, pace.allowedPerMinute)
                .arg(m_inFlight)
                .arg(m_queued));
        return;
    }
    m_activity->setToolTip({});
    if (m_inFlight + m_queued == 0)
        m_activity->setText(tr("Idle"));
    else if (m_queued == 0)
        m_activity->setText(tr("%n request(s) in flight", nullptr, m_inFlight));
    else
        m_activity->setText(tr("%1 in flight, %2 queued").arg(m_inFlight).arg(m_queued));
}

void MainWindow::markStale(bool stale) {
    // The organization's name says the data may be stale, in the status bar and the title.
    m_organization->setText(stale ? tr("%1 (stale)").arg(m_organizationName) : m_organizationName);
    m_organization->setToolTip(stale ? tr("Loaded before the connection was lost; reload (F5)"
                                          " once the server answers again")
                                     : tr("Connected organization"));
    m_organization->setStyleSheet(stale ? u"color: #B00020;"_s : QString());
}

void MainWindow::showProgress(int done, int total, const QString& stage) {
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 — %p%").arg(stage));
    m_progress->show();
    m_cancel->show();
    m_retry->hide();
}

void MainWindow::hideProgress() {
    m_progress->hide();
    m_cancel->hide();
}

void MainWindow::reportError(const QString& operation, const ApiStatus& status) {
    m_errors->addError(operation, status);
}

void MainWindow::showMessage(const QString& message) {
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showWorkspace(Workspace workspace) {
    m_sidebar->setCurrentRow(int(workspace));
}

MainWindow::Workspace MainWindow::currentWorkspace() const {
    return Workspace(qMax(0, m_sidebar->currentRow()));
}

void MainWindow::openSearch() {
    if (m_session)
        m_session->users()->load(); // people are found too, once the directory is in
    m_search->searchField()->clear();
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->searchField()->setFocus();
}

void MainWindow::jumpTo(int kind, const QString& key) {
    switch (SearchIndexModel::Kind(kind)) {
    case SearchIndexModel::Kind::Role:
        showWorkspace(Workspace::Roles);
        m_roles->select(key);
        break;
    case SearchIndexModel::Kind::Permission:
        showWorkspace(Workspace::Permissions);
        m_catalog->select(key);
        break;
    case SearchIndexModel::Kind::Trustee:
    case SearchIndexModel::Kind::Trustor:
        showWorkspace(Workspace::Trusts);
        m_trusts->select(key);
        break;
    case SearchIndexModel::Kind::Person:
        showWorkspace(Workspace::Access);
        m_access->showWhyCan(key);
        break;
    }
}

void MainWindow::restoreLayout() {
    if (!m_settings)
        return showWorkspace(Workspace::Roles);
    if (!restoreGeometry(m_settings->value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings->value(u"window/state"_s).toByteArray());
    for (QSplitter* splitter : findChildren<QSplitter*>())
        if (splitter->restoreState(
                m_settings->value(u"window/splitter/"_s + splitter->objectName()).toByteArray()))
            splitter->setProperty("restored", true); // the pages keep what the person chose
    // The first start fills most of the screen.
    if (m_settings->value(u"window/geometry"_s).isNull())
        if (const QScreen* screen = this->screen())
            resize(screen->availableSize() * 9 / 10);
    showWorkspace(Workspace(
        qBound(0, m_settings->value(u"window/workspace"_s, 0).toInt(), int(Workspace::Access))));
    // The edit history comes back as it was left, once the workspace is known (it shows with
    // Roles only).
    m_roles->historyAction()->setChecked(m_settings->value(u"window/history"_s, false).toBool());
}

void MainWindow::saveLayout() {
    if (!m_settings)
        return;
    m_settings->setValue(u"window/geometry"_s, saveGeometry());
    m_settings->setValue(u"window/state"_s, saveState());
    for (QSplitter* splitter : findChildren<QSplitter*>())
        m_settings->setValue(u"window/splitter/"_s + splitter->objectName(), splitter->saveState());
    m_settings->setValue(u"window/workspace"_s, int(currentWorkspace()));
    m_settings->setValue(u"window/history"_s, m_roles->historyAction()->isChecked());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_leaving) {
        // Closes now when nothing is lost; after the save, when the admin chose to save.
        auto now = std::make_shared<bool>(true);
        bool confirmed = false;
        whenLeaving([this, now, &confirmed] {
            if (*now)
                confirmed = true;
            else
                QTimer::singleShot(0, this, [this] {
                    m_leaving = true;
                    close();
                    m_leaving = false;
                });
        });
        *now = false;
        if (!confirmed) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}
