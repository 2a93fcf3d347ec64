#pragma once

#include "org/OrgSession.h"
#include "wire/ApiStatus.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>

class AccessPage;
class CatalogPage;
class ComparePage;
class ErrorPanel;
class GlobalSearchDialog;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;
class QToolButton;
class RolesPage;
class SearchIndexModel;
class SignInBanner;
class TrustsPage;

//! The frame every workspace lives in: a sidebar of workspaces, the status bar (organization,
//! region, network activity, rate limits, progress), the error panel, menus and the Ctrl+K search.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Workspace { Roles, Compare, Permissions, Products, Trusts, Access };

    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    //! The organization every workspace shows (a snapshot session is offline, read-only);
    //! nullptr for none. Not owned; the window lets go of the one it had.
    void setSession(OrgSession* session);
    OrgSession* session() const { return m_session; }
    void setConnectionLabels(const QString& organization, const QString& environment, bool offline);
    //! Asks about unsaved edits before the organization is replaced or the window closes, then
    //! runs `proceed` when it is fine to go on (see RolesPage::whenLeaving).
    void whenLeaving(std::function<void()> proceed);
    void showProgress(int done, int total, const QString& stage);
    void hideProgress();
    void reportError(const QString& operation, const ApiStatus& status);
    void showMessage(const QString& message);
    //! The organizations File ▸ Open sandbox organization offers (none: start the sandbox).
    void setSandboxOrganizations(const QStringList& names);
    QMenu* sandboxMenu() const { return m_sandboxMenu; }
    //! File ▸ Save connection as profile: for a connection made with --base-url or --region.
    void setSaveConnectionEnabled(bool enabled);
    //! What File ▸ Save snapshot offers: "<organization> <yyyy-mm-dd>.json".
    QString defaultSnapshotName() const;
    QAction* saveConnectionAction() const { return m_saveConnection; }

    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    void openSearch();

    // For tests and the screenshot script.
    CatalogPage* catalogPage() const { return m_catalog; }
    RolesPage* rolesPage() const { return m_roles; }
    ComparePage* comparePage() const { return m_compare; }
    TrustsPage* trustsPage() const { return m_trusts; }
    AccessPage* accessPage() const { return m_access; }
    ErrorPanel* errorPanel() const { return m_errors; }
    QDockWidget* historyDock() const { return m_historyDock; }
    GlobalSearchDialog* searchDialog() const { return m_search; }
    QLabel* activityLabel() const { return m_activity; }
    //! Shown after a load failed; clicking it asks for a reload.
    QPushButton* retryButton() const { return m_retry; }
    QLabel* organizationLabel() const { return m_organization; }
    QLabel* environmentLabel() const { return m_environment; }
    //! Who the session acts as: the signed-in person, or the OAuth client.
    QLabel* identityLabel() const { return m_identity; }
    SignInBanner* signInBanner() const { return m_banner; }
    QAction* signInAction() const { return m_signInAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QListWidget* productsList() const { return m_products; }

Q_SIGNALS:
    void connectRequested();
    //! One of the sandbox's organizations (empty: its home organization).
    void sandboxOrganizationRequested(const QString& name);
    void reloadRequested();
    void cancelRequested();
    void openSnapshotRequested(const QString& path);
    void saveSnapshotRequested(const QString& path);
    void signInRequested();
    void signOutRequested();
    void saveConnectionRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout();
    void jumpTo(int kind, const QString& key);
    void updateActivity();
    void markStale(bool stale);
    //! The session's stores are filled: say what was loaded.
    void sessionLoaded();
    void showProducts();
    //! Under the list: how many products, or that they are being read or were not loaded.
    void showProductsSummary();
    void showIdentity();

    QSettings* m_settings;
    QPointer<OrgSession> m_session;
    bool m_leaving = false; //!< closing after whenLeaving() said yes
    QListWidget* m_sidebar;
    QMenu* m_sandboxMenu = nullptr;
    QStackedWidget* m_pages;
    RolesPage* m_roles;
    ComparePage* m_compare;
    CatalogPage* m_catalog;
    QListWidget* m_products;
    QLabel* m_productsSummary;
    TrustsPage* m_trusts;
    AccessPage* m_access;
    ErrorPanel* m_errors;
    QDockWidget* m_errorDock;
    QDockWidget* m_historyDock;
    SearchIndexModel* m_searchIndex;
    GlobalSearchDialog* m_search;
    QLabel* m_organization;
    QLabel* m_environment;
    QLabel* m_activity;
    QLabel* m_identity;
    SignInBanner* m_banner;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_saveConnection = nullptr;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    QPushButton* m_retry;
    QTimer m_countdown;
    QDateTime m_offlineSince;   //!< invalid while the server answers
    QString m_organizationName; //!< what the organization label says, "(stale)" aside
    int m_inFlight = 0;
    int m_queued = 0;
};
