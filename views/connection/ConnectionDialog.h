#pragma once

#include "connection/ConnectionProfile.h"

#include <QDialog>
#include <QPointer>

class ConnectionTest;
class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;

//! Named connection profiles (region, client id, and how to sign in: with the admin's own account
//! in the browser, or with an OAuth client's secret, which goes to the SecretStore, never to the
//! settings), "Test connection", and one click to open the sandbox instead.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Profile, Sandbox };

    ConnectionDialog(ProfileStore* profiles, SecretStore* secrets, QNetworkAccessManager* network,
                     QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    ConnectionProfile profile() const;
    QString secret() const;
    //! The sandbox is opened by signing in as one of its people, not with its OAuth client.
    bool sandboxSignIn() const;
    void selectProfile(const QString& name);
    //! Fills the fields with a connection that is not saved yet (one made with --base-url or
    //! --region), ready for a name and Save.
    void prefill(const ConnectionProfile& profile, const QString& secret);

    // For tests.
    QLineEdit* nameField() const { return m_name; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* authBox() const { return m_auth; }
    QCheckBox* sandboxSignInBox() const { return m_sandboxSignIn; }
    QLineEdit* baseUrlField() const { return m_baseUrl; }
    QLineEdit* clientIdField() const { return m_clientId; }
    QLineEdit* secretField() const { return m_secret; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* sandboxButton() const { return m_sandbox; }
    QPushButton* connectButton() const { return m_connect; }
    QLabel* resultLabel() const { return m_result; }
    QLabel* keychainLabel() const { return m_keychain; }
    QListWidget* profileList() const { return m_list; }

Q_SIGNALS:
    void testFinished(bool ok, const QString& message);
    void saved(const QString& profileName);

private:
    void reloadList();
    void showProfile(const QString& name);
    //! Name, region or base URL, client id and sign-in kind of a profile, into the fields.
    void showFields(const ConnectionProfile& profile);
    void saveProfile();
    void deleteProfile();
    void testConnection();
    void updateButtons();
    QString validationProblem() const;
    //! The region host, or the custom base URL when "Other" is chosen.
    QString environment() const;
    ConnectionProfile::Auth auth() const;
    void showAuth();

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    ConnectionTest* m_tester;
    Choice m_choice = Choice::None;
    QListWidget* m_list;
    QLineEdit* m_name;
    QComboBox* m_region;
    QComboBox* m_auth;
    QCheckBox* m_sandboxSignIn;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_baseUrl;
    QLineEdit* m_clientId;
    QLineEdit* m_secret;
    QLabel* m_keychain;
    QLabel* m_result;
    QPushButton* m_test;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_sandbox;
    QPushButton* m_connect;
};
