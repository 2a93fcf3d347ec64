#pragma once

#include "org/Operation.h"

#include <QDialog>
#include <QPointer>

class OrgSession;
class RoleChecklist;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

//! One user's roles (A8) as check boxes over all roles of the organization: Save sets the list
//! (A17), "Remove all roles" clears it (A2); both confirm first, naming the roles that go.
class UserRolesDialog : public QDialog {
    Q_OBJECT
public:
    //! Every role of the session's store is offered.
    UserRolesDialog(OrgSession* session, const QString& userId, const QString& userName,
                    QWidget* parent = nullptr);

    QListWidget* list() const;
    QPushButton* saveButton() const;
    QPushButton* removeAllButton() const { return m_removeAll; }
    QLabel* statusLabel() const { return m_status; }
    //! Role ids the user holds now (after loading, or after a save).
    QStringList heldRoleIds() const { return m_held; }
    //! Roles whose users changed through this dialog (for the role list's user counts).
    QStringList changedRoleIds() const { return m_changed; }

    void save();
    void removeAll();

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString& operation, const ApiStatus& status);

private:
    QStringList checkedIds() const;
    bool confirmRemoval(const QStringList& ids);
    void track(Operation* op);
    void setHeld(const QStringList& roleIds);

    QPointer<OrgSession> m_session;
    QString m_userId;
    QString m_userName;
    QPointer<Operation> m_job;
    QStringList m_held;
    QStringList m_changed;
    RoleChecklist* m_roles;
    QLabel* m_status;
    QPushButton* m_removeAll;
    QDialogButtonBox* m_buttons;
};
