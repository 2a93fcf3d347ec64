#pragma once

#include "common/CheckList.h"
#include "org/Operation.h"
#include "wire/TrustTypes.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

//! A dialog that runs one operation when accepted: OK stays disabled while it runs, a failure
//! is shown in the dialog (nothing typed is lost), success closes it.
class OperationDialog : public QDialog {
    Q_OBJECT
public:
    explicit OperationDialog(OrgSession* session, QWidget* parent = nullptr);

    QPushButton* okButton() const;
    QLabel* errorLabel() const { return m_error; }
    bool isBusy() const { return Operation::isRunning(m_running); }
    //! Closing while a change is on its way lets it finish: the store still learns the
    //! outcome, and a failure still reaches the errors panel.
    void reject() override;

protected:
    //! Builds the operation for OK, or nullptr after showing why not.
    virtual Operation* makeOperation() = 0;
    //! After it succeeded: true closes the dialog (accepted).
    virtual bool succeeded(Operation*) { return true; }
    void showError(const QString& text);
    //! The content goes above the error line and the buttons.
    void setContent(QLayout* layout, const QString& okText);

    QPointer<OrgSession> m_session;
    QPointer<Operation> m_running;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_error = nullptr;
};

//! Accepts another organization's pairing: the id is looked up (O6), the admin sees who asks
//! and chooses the roles each requested user gets here, enabled, an optional expiry; OK
//! creates the trust (O18).
class AcceptPairingDialog : public OperationDialog {
    Q_OBJECT
public:
    explicit AcceptPairingDialog(OrgSession* session, QWidget* parent = nullptr);

    QLineEdit* pairingEdit() const { return m_pairing; }
    QPushButton* lookUpButton() const { return m_lookUp; }
    QLabel* askerLabel() const { return m_asker; }
    QListWidget* usersList() const { return m_users; }
    RoleChecklist* roles() const { return m_roles; }
    QCheckBox* enabledBox() const { return m_enabled; }
    QCheckBox* expiresBox() const { return m_expires; }
    QDateTimeEdit* expiryEdit() const { return m_expiry; }
    //! The pairing as looked up (its users are offered later for "Add user").
    const TrustRequest& pairing() const { return m_request; }
    //! The trust created (after acceptance).
    QString createdOrgId() const { return m_created; }

    void lookUp();

protected:
    Operation* makeOperation() override;
    bool succeeded(Operation* op) override;

private:
    void showUser(QListWidgetItem* item);
    void updateOk();

    QLineEdit* m_pairing;
    QPushButton* m_lookUp;
    QLabel* m_asker;
    QListWidget* m_users;
    RoleChecklist* m_roles;
    QPushButton* m_sameForAll;
    QCheckBox* m_enabled;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiry;
    TrustRequest m_request;
    QHash<QString, QStringList> m_rolesByUser;
    QString m_shownUser;
    QString m_created;
};

//! Enables or disables a trust and sets or clears its expiry (O21).
class TrusteeSettingsDialog : public OperationDialog {
    Q_OBJECT
public:
    TrusteeSettingsDialog(OrgSession* session, const QString& trusteeOrgId,
                          QWidget* parent = nullptr);

    QCheckBox* enabledBox() const { return m_enabled; }
    QCheckBox* expiresBox() const { return m_expires; }
    QDateTimeEdit* expiryEdit() const { return m_expiry; }

protected:
    Operation* makeOperation() override;

private:
    QString m_orgId;
    QCheckBox* m_enabled;
    QLabel* m_disabledNote;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiry;
};

//! Adds a trustee user with roles (O17; the users of the trust's pairing are offered, or an id
//! is pasted), or changes one user's roles (O22), with the same checklist.
class TrusteeUserDialog : public OperationDialog {
    Q_OBJECT
public:
    //! `userId` empty: a new user, chosen from `offered` or pasted.
    TrusteeUserDialog(OrgSession* session, const QString& trusteeOrgId, const QString& userId,
                      const QList<OrgUser>& offered, QWidget* parent = nullptr);

    QComboBox* userBox() const { return m_user; }
    RoleChecklist* roles() const { return m_roles; }

protected:
    Operation* makeOperation() override;

private:
    QString m_orgId;
    QString m_userId;
    QComboBox* m_user = nullptr;
    RoleChecklist* m_roles;
};

//! Chooses some of this org's users (a searchable check list, or one for a single pick).
class UserChecklist : public QWidget {
    Q_OBJECT
public:
    UserChecklist(OrgSession* session, bool single, QWidget* parent = nullptr);
    QStringList checkedUserIds() const;
    QListWidget* list() const { return m_list; }
    bool check(const QString& userName);

Q_SIGNALS:
    void changed();

private:
    void fill();

    QPointer<OrgSession> m_session;
    bool m_single;
    QLineEdit* m_filter;
    QListWidget* m_list;
};

//! Asks another organization for access (O16): choose this org's users; the pairing id then
//! shows, copyable in one click, with the users it names and when it was made.
class RequestPairingDialog : public OperationDialog {
    Q_OBJECT
public:
    RequestPairingDialog(OrgSession* session, QString bookDirectory, QWidget* parent = nullptr);

    UserChecklist* users() const { return m_users; }
    QLineEdit* pairingIdEdit() const { return m_id; }
    QPushButton* copyButton() const { return m_copy; }
    const TrustRequest& result() const { return m_result; }

protected:
    Operation* makeOperation() override;
    bool succeeded(Operation* op) override;

private:
    QString m_bookDirectory;
    UserChecklist* m_users;
    QWidget* m_done;
    QLineEdit* m_id;
    QPushButton* m_copy;
    QLabel* m_summary;
    TrustRequest m_result;
};

//! Adds one of this org's users to an organization that trusts it (O23).
class TrustorUserDialog : public OperationDialog {
    Q_OBJECT
public:
    TrustorUserDialog(OrgSession* session, const QString& trustorOrgId, QWidget* parent = nullptr);
    UserChecklist* users() const { return m_users; }

protected:
    Operation* makeOperation() override;

private:
    QString m_orgId;
    UserChecklist* m_users;
};

//! The pairing as a sentence block: its id, when it was made and the users it names.
QString describePairing(const TrustRequest& pairing);
