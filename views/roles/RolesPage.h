#pragma once

#include "ApiStatus.h"
#include "DraftStore.h"
#include "OrgData.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class ApiJob;
class PlatformClient;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;
class QUndoGroup;
class QUndoView;
class RoleDraft;
class RoleEditor;
class RoleFilterProxy;
class RoleSaver;
class RoleTableModel;
class UserDirectory;

//! The Roles workspace: the organization's roles (sortable, filter as you type, quick filters,
//! "grants permission P" both locally and through the API) beside the editor of the selected
//! role, with New / Copy / Delete, Save / Discard, undo and redo with a history list, unsaved
//! drafts kept on disk, and the role's users.
class RolesPage : public QWidget {
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);
    ~RolesPage() override;

    //! The client edits go through; nullptr = offline (read-only).
    void setClient(PlatformClient* client);
    void setOrgData(const OrgData& org, bool offline);
    //! Where unsaved drafts are kept (default: the app data directory's "drafts").
    void setDraftDirectory(const QString& directory);
    DraftStore* draftStore() { return &m_drafts; }

    //! Asks to save, discard or cancel when the open role has unsaved changes. True when it is
    //! fine to move on (saved, discarded, or nothing to lose).
    bool confirmLeave();
    bool isModified() const;

    void openRole(const QString& roleId);
    void newRole();
    //! A new role named "Copy of …" with all policies of the selected role.
    void copyRole();
    void deleteRole();
    //! Starts saving; the result arrives as saved()/errorOccurred() (or a conflict prompt).
    void save();
    void discard();
    //! Offers the drafts on disk from an earlier session, one by one.
    void offerRecoveredDrafts();
    bool recoverDraft(const StoredDraft& stored);
    //! Opens the role list of one user.
    void editUserRoles(const QString& userId);
    //! Asks which user (any user of the organization), then opens their role list.
    void chooseUserRoles();

    RoleTableModel* model() const { return m_model; }
    RoleFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* permissionField() const { return m_permission; }
    QLabel* summaryLabel() const { return m_summary; }
    RoleEditor* editor() const { return m_editor; }
    RoleDraft* draft() const { return m_draft; }
    QUndoView* historyView() const { return m_history; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* saveAction() const { return m_save; }
    QAction* discardAction() const { return m_discard; }
    QAction* newAction() const { return m_new; }
    QAction* copyAction() const { return m_copy; }
    QAction* deleteAction() const { return m_delete; }
    QAction* historyAction() const { return m_historyToggle; }
    QAction* filterPermissionsAction() const { return m_filterPermissions; }
    QAction* userRolesAction() const { return m_userRoles; }
    void select(const QString& roleId);

Q_SIGNALS:
    //! The role list changed (saved, created, deleted, user counts).
    void rolesChanged(const QList<DomainOrganizationRole>& roles);
    void modifiedChanged(bool modified);
    void saved(const DomainOrganizationRole& role);
    void errorOccurred(const QString& operation, const ApiStatus& status);
    void message(const QString& text);

private:
    void setDraft(RoleDraft* draft);
    void dropSaver();
    //! Asks (naming the role and how many users hold it now), then deletes.
    void confirmDelete(const DomainOrganizationRole& role);
    void persistDraft();
    void updateActions();
    void updateSummary();
    void currentRowChanged();
    void queryPermission();
    //! Reads these roles again (user counts after assignments).
    void refreshRoles(const QStringList& ids);
    void announceRoles();
    QString selectedRoleId() const;
    void selectQuietly(const QString& roleId);
    bool saveAndWait();

    QPointer<PlatformClient> m_client;
    UserDirectory* m_directory;
    DraftStore m_drafts;
    QString m_organizationId;
    bool m_offline = true;
    RoleDraft* m_draft = nullptr;
    RoleSaver* m_saver = nullptr;
    bool m_selecting = false;
    QTimer m_permissionTimer;
    QPointer<ApiJob> m_permissionJob;

    RoleTableModel* m_model;
    RoleFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLineEdit* m_permission;
    QTableView* m_table;
    QLabel* m_summary;
    RoleEditor* m_editor;
    QUndoGroup* m_undoGroup;
    QUndoView* m_history;
    QToolBar* m_toolbar;
    QAction* m_new;
    QAction* m_copy;
    QAction* m_delete;
    QAction* m_save;
    QAction* m_discard;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_historyToggle;
    QAction* m_filterPermissions;
    QAction* m_userRoles;
    QSet<QString> m_offeredLater; //!< drafts the admin put off in this session
    QString m_serverPermission;   //!< the permission the server answered for, if any
    int m_serverMatches = -1;
};
