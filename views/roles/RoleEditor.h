#pragma once

#include "wire/ApiStatus.h"
#include "wire/CatalogTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class CatalogStore;
class PermissionFilterProxy;
class PermissionTreeModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class RoleDraft;
class RoleStore;
class RoleUsersPanel;

//! Edits one role draft: name and description (checked before saving), the permission tree with
//! tri-state check boxes, a filter and "assigned only", the condition of the selected policy,
//! the role's users, and the JSON that Save will send. Every change goes through the draft's
//! undo stack.
class RoleEditor : public QWidget {
    Q_OBJECT
public:
    explicit RoleEditor(QWidget* parent = nullptr);

    //! The catalog the tree shows and the roles names are checked against; nullptr for none.
    void setStores(CatalogStore* catalog, RoleStore* roles);
    //! The draft to edit, or nullptr for the empty state. Not owned.
    void setDraft(RoleDraft* draft);
    RoleDraft* draft() const { return m_draft; }
    void setReadOnly(bool readOnly);
    //! What is wrong with the draft before it may be saved; empty when nothing.
    QString validate();
    //! Shows a failed save next to the field or policy the server named.
    void showSaveError(const ApiStatus& status);
    void clearSaveErrors();

    // For tests and the screenshot script.
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* descriptionField() const { return m_description; }
    QLabel* nameProblem() const { return m_nameProblem; }
    QLabel* policyProblem() const { return m_policyProblem; }
    QLabel* generalProblem() const { return m_generalProblem; }
    QLineEdit* filterField() const { return m_filter; }
    QCheckBox* assignedOnlyBox() const { return m_assignedOnly; }
    QTreeView* tree() const { return m_tree; }
    PermissionTreeModel* treeModel() const { return m_model; }
    PermissionFilterProxy* treeProxy() const { return m_proxy; }
    QLabel* conditionLabel() const { return m_condition; }
    QPushButton* editConditionButton() const { return m_editCondition; }
    QPlainTextEdit* jsonView() const { return m_json; }
    QTabWidget* tabs() const { return m_tabs; }
    RoleUsersPanel* usersPanel() const { return m_users; }
    //! Opens the condition editor for the policy of the current tree row.
    void editCondition();

private:
    void syncFromDraft();
    void updatePolicyPanel();
    void updateSummary();
    void applyFilter();
    //! The policy index of the current row's action, or -1.
    int currentPolicy() const;

    QPointer<RoleDraft> m_draft;
    bool m_readOnly = false;
    QPointer<RoleStore> m_roles;
    QStackedWidget* m_stack;
    QLabel* m_title;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QLineEdit* m_description;
    QLabel* m_generalProblem;
    QTabWidget* m_tabs;
    QLineEdit* m_filter;
    QCheckBox* m_assignedOnly;
    QTreeView* m_tree;
    PermissionTreeModel* m_model;
    PermissionFilterProxy* m_proxy;
    QLabel* m_summary;
    QLabel* m_policyProblem;
    QLabel* m_condition;
    QPushButton* m_editCondition;
    QPlainTextEdit* m_json;
    RoleUsersPanel* m_users;
};
