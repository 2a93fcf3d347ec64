#pragma once

#include "ApiStatus.h"
#include "RoleTypes.h"

#include <QDialog>
#include <QPointer>

class ApiJob;
class PlatformClient;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

//! One user's roles (A8) as check boxes over all roles of the organization: Save sets the list
//! (A17), "Remove all roles" clears it (A2); both confirm first, naming the roles that go.
class UserRolesDialog : public QDialog {
    Q_OBJECT
public:
    UserRolesDialog(PlatformClient* client, const QString& userId, const QString& userName,
                    const QList<DomainOrganizationRole>& roles, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
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
    QString namesOf(const QStringList& ids) const;
    bool confirmRemoval(const QStringList& ids);
    void track(ApiJob* job);
    void setHeld(const QList<DomainRole>& roles);

    QPointer<PlatformClient> m_client;
    QString m_userId;
    QString m_userName;
    QPointer<ApiJob> m_job;
    QStringList m_held;
    QStringList m_changed;
    QLineEdit* m_filter;
    QListWidget* m_list;
    QLabel* m_status;
    QPushButton* m_removeAll;
    QDialogButtonBox* m_buttons;
};
