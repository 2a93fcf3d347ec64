#pragma once

#include "access/AccessRights.h"
#include "org/Operation.h"
#include "roles/DraftStore.h"
#include "roles/RoleListPanel.h"
#include "wire/RoleTypes.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class OrgSession;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QSplitter;
class QToolBar;
class QUndoGroup;
class QUndoView;
class RoleDraft;
class RoleEditSession;
class RoleEditor;
class RoleFilterProxy;
class RoleTableModel;

//! The Roles workspace: the organization's roles (sortable, filter as you type, quick filters,
//! "grants permission P" both locally and through the API) beside the editor of the selected
//! role, with New / Copy / Delete, Save / Discard, undo and redo with a history list, and the
//! role's users. What is open and how it is saved is the RoleEditSession's; this page lays it
//! out and asks the admin.
class RolesPage : public QWidget {
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);
    ~RolesPage() override;

    //! The organization shown and edited; nullptr for none. Drops the open draft (ask first).
    void setSession(OrgSession* session);
    //! Where unsaved drafts are kept (default: the app data directory's "drafts").
    void setDraftDirectory(const QString& directory);
    DraftStore* draftStore();
    RoleEditSession* editSession() const { return m_edit; }

    //! Asks to save, discard or cancel when the open role has unsaved changes, then runs
    //! `proceed` once it is fine to move on: at once (nothing to lose, or discarded), after the
    //! save went through, or never (cancelled, or the save failed or met a conflict).
    void whenLeaving(std::function<void()> proceed);
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
    //! Asks for the open role to be compared with its default: the draft as it is now
    //! (unsaved edits included) or, when unmodified, the saved role.
    void compareWithDefault();
    //! Takes back chosen differences from the default in the draft of this role (opening it
    //! first, after asking about other unsaved edits), as one undoable step.
    void takeBack(const QString& roleId, const QList<DomainPermissionPolicy>& defaultPolicies,
                  const QStringList& permissions);
    //! Clears the open role's roleNeedsUpdate flag (A9).
    void markUpToDate();
    //! Opens the role list of one user.
    void editUserRoles(const QString& userId);
    //! Asks which user (any user of the organization), then opens their role list.
    void chooseUserRoles();

    RoleListPanel* list() const { return m_list; }
    RoleTableModel* model() const { return m_list->model(); }
    RoleFilterProxy* proxy() const { return m_list->proxy(); }
    QTableView* table() const { return m_list->table(); }
    QLineEdit* searchField() const { return m_list->searchField(); }
    QComboBox* kindBox() const { return m_list->kindBox(); }
    QLineEdit* permissionField() const { return m_list->permissionField(); }
    QLabel* summaryLabel() const { return m_list->summaryLabel(); }
    RoleEditor* editor() const { return m_editor; }
    RoleDraft* draft() const;
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
    QAction* compareDefaultAction() const { return m_compareDefault; }
    QWidget* needsUpdateBanner() const { return m_needsUpdate; }
    void select(const QString& roleId);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void saved(const DomainOrganizationRole& role);
    void errorOccurred(const QString& operation, const ApiStatus& status);
    void message(const QString& text);
    void compareWithDefaultRequested(const DomainOrganizationRole& role, bool isDraft);
    //! "Who can do this?" on a permission of the editor's tree.
    void whoCanRequested(const QString& permission);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void showDraft(RoleDraft* draft);
    void onSaved(const DomainOrganizationRole& role, bool wasNew);
    void onConflict(const DomainOrganizationRole& theirs);
    void onChangedAfterSave(const DomainOrganizationRole& ours, const DomainOrganizationRole& now);
    //! Asks (naming the role and how many users hold it now), then deletes.
    void confirmDelete(const DomainOrganizationRole& role);
    void updateActions();
    void updateNeedsUpdate();
    void currentRowChanged(const QString& roleId);
    bool isOnline() const;
    AccessRights rights() const;
    //! The permission saving the open role needs.
    QStringList savePermission() const;
    void applyReadOnly();

    QPointer<OrgSession> m_session;
    RoleEditSession* m_edit;
    RoleDraft* m_shown = nullptr;      //!< the draft whose undo stack is in the group
    std::function<void()> m_afterSave; //!< what whenLeaving() goes on with once saved
    bool m_deleting = false;           //!< a removed role's row goes: its neighbour must not open

    RoleListPanel* m_list;
    RoleEditor* m_editor;
    QUndoGroup* m_undoGroup;
    QUndoView* m_history;
    QSplitter* m_splitter = nullptr;
    bool m_sized = false; //!< the list's first width was set
    QToolBar* m_toolbar;
    QAction* m_new = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_save = nullptr;
    QAction* m_discard = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_historyToggle = nullptr;
    QAction* m_filterPermissions = nullptr;
    QAction* m_userRoles = nullptr;
    QAction* m_compareDefault = nullptr;
    QWidget* m_needsUpdate = nullptr;
};
