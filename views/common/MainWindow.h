#pragma once

#include "ApiStatus.h"
#include "OrgData.h"

#include <QMainWindow>
#include <QTimer>

class CatalogPage;
class ErrorPanel;
class GlobalSearchDialog;
class PlatformClient;
class QDockWidget;
class QLabel;
class QListWidget;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QToolButton;
class RequestDispatcher;
class RolesPage;
class SearchIndexModel;
class TrustsPage;

//! The frame every workspace lives in: a sidebar of workspaces, the status bar (organization,
//! region, network activity, rate limits, progress), the error panel, menus and the Ctrl+K search.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Workspace { Roles, Compare, Permissions, Products, Trusts };

    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    //! Shows an organization's data; offline = from a snapshot, read-only.
    void setOrgData(const OrgData& org, bool offline);
    void setConnectionLabels(const QString& organization, const QString& environment, bool offline);
    //! The client the workspaces edit through; nullptr when offline.
    void setClient(PlatformClient* client);
    //! Asks about unsaved edits before the organization is replaced or the window closes.
    bool confirmLeave();
    //! Shows what the client is doing: requests in flight, rate-limit pauses.
    void attachDispatcher(RequestDispatcher* dispatcher);
    void showProgress(int done, int total, const QString& stage);
    void hideProgress();
    void reportError(const QString& operation, const ApiStatus& status);
    void showMessage(const QString& message);

    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    void openSearch();
    const OrgData& orgData() const { return m_data; }

    // For tests and the screenshot script.
    CatalogPage* catalogPage() const { return m_catalog; }
    RolesPage* rolesPage() const { return m_roles; }
    TrustsPage* trustsPage() const { return m_trusts; }
    ErrorPanel* errorPanel() const { return m_errors; }
    GlobalSearchDialog* searchDialog() const { return m_search; }
    QLabel* activityLabel() const { return m_activity; }
    QLabel* organizationLabel() const { return m_organization; }
    QLabel* environmentLabel() const { return m_environment; }
    QListWidget* productsList() const { return m_products; }

Q_SIGNALS:
    void connectRequested();
    void reloadRequested();
    void cancelRequested();
    void openSnapshotRequested(const QString& path);
    void saveSnapshotRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout();
    void jumpTo(int kind, const QString& key);
    void updateActivity();

    QSettings* m_settings;
    OrgData m_data;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    RolesPage* m_roles;
    CatalogPage* m_catalog;
    QListWidget* m_products;
    TrustsPage* m_trusts;
    ErrorPanel* m_errors;
    QDockWidget* m_errorDock;
    SearchIndexModel* m_searchIndex;
    GlobalSearchDialog* m_search;
    QLabel* m_organization;
    QLabel* m_environment;
    QLabel* m_activity;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    RequestDispatcher* m_dispatcher = nullptr;
    QTimer m_countdown;
    int m_inFlight = 0;
    int m_queued = 0;
};
