#pragma once

#include "access/AccessAnswers.h"
#include "wire/ApiStatus.h"

#include <QPointer>
#include <QWidget>

class OrgSession;
class PermissionHoldersRead;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class UserRolesRead;

//! Access answers: "Who can do this?" (the roles that grant a permission and the people who hold
//! them, trustee users included, exportable as CSV) and "Why can this person do that?" (a user's
//! roles, their effective permissions as a searchable tree, and for each the role and policy
//! that grants it).
class AccessPage : public QWidget {
    Q_OBJECT
public:
    explicit AccessPage(QWidget* parent = nullptr);

    void setSession(OrgSession* session);
    //! Shows who can do `permission` ("domain:entity:action").
    void showWhoCan(const QString& permission);
    //! Shows what the user can do, and through which roles.
    void showWhyCan(const QString& userId);

    // For tests and the screenshot script.
    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* permissionField() const { return m_permission; }
    QLabel* permissionHint() const { return m_hint; }
    QLabel* whoSummary() const { return m_whoSummary; }
    QTreeWidget* grantsTree() const { return m_grants; }
    QTreeWidget* holdersTree() const { return m_holders; }
    QPushButton* exportButton() const { return m_export; }
    QLineEdit* userField() const { return m_user; }
    QListWidget* userRolesList() const { return m_userRoles; }
    QLineEdit* effectiveFilter() const { return m_effectiveFilter; }
    QTreeWidget* effectiveTree() const { return m_effective; }
    QLabel* grantDetail() const { return m_detail; }
    //! What "Export CSV…" writes for the permission shown.
    QString csv() const;

Q_SIGNALS:
    void errorOccurred(const QString& operation, const ApiStatus& status);
    void roleRequested(const QString& roleId);

private:
    QWidget* buildWhoCan();
    QWidget* buildWhyCan();
    void askWhoCan();
    void askWhyCan();
    void showEffective(const QStringList& roleIds);
    void filterEffective(const QString& text);
    void showGrantDetail();
    void exportCsv();
    void updateCompleters();

    QPointer<OrgSession> m_session;
    QTabWidget* m_tabs;
    QLineEdit* m_permission;
    QLabel* m_hint;
    QTreeWidget* m_grants;
    QTreeWidget* m_holders;
    QLabel* m_whoSummary;
    QPushButton* m_export;
    QLineEdit* m_user;
    QLabel* m_userSummary;
    QListWidget* m_userRoles;
    QLineEdit* m_effectiveFilter;
    QTreeWidget* m_effective;
    QLabel* m_detail;
    QPointer<PermissionHoldersRead> m_holdersRead;
    QPointer<UserRolesRead> m_rolesRead;
    QString m_shownPermission;
    QList<AccessAnswers::Grant> m_shownGrants;
    QList<AccessAnswers::Holder> m_shownHolders;
    QMap<QString, QList<AccessAnswers::Grant>> m_shownEffective;
};
