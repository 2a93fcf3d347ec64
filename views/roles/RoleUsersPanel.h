#pragma once

#include "org/Operation.h"

#include <QPointer>
#include <QWidget>

class OrgSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class UserDirectory;

//! The users who hold one role (S2, names through S1): add users found by name or email (A15),
//! remove the selected ones (A16), and open a user's own role list.
class RoleUsersPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoleUsersPanel(QWidget* parent = nullptr);

    //! The organization whose users are shown and assigned; nullptr for none.
    void setSession(OrgSession* session);
    //! The role whose users are shown; empty for none (a new role).
    void setRole(const QString& roleId);
    void setReadOnly(bool readOnly);
    void reload();
    QStringList userIds() const { return m_userIds; }

    //! Adds the user chosen in the search field; false (with a message) when none matches.
    bool addChosenUser();
    void removeSelectedUsers();

    QTableWidget* table() const { return m_table; }
    QLineEdit* addField() const { return m_add; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }
    QPushButton* userRolesButton() const { return m_rolesButton; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    //! A15/A16 changed who holds the role.
    void usersChanged(const QString& roleId);
    void userRolesRequested(const QString& userId);
    void errorOccurred(const QString& operation, const ApiStatus& status);

private:
    void fill();
    void updateButtons();
    void updateCompleter();
    void busy(Operation* op);
    bool isOnline() const;

    QPointer<OrgSession> m_session;
    QPointer<UserDirectory> m_directory;
    QPointer<Operation> m_job;
    QString m_roleId;
    QStringList m_userIds;
    bool m_readOnly = false;
    bool m_membersLoaded = false;
    QLineEdit* m_add;
    QPushButton* m_addButton;
    QTableWidget* m_table;
    QPushButton* m_removeButton;
    QPushButton* m_rolesButton;
    QLabel* m_status;
};
