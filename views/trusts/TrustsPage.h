#pragma once

#include "org/Operation.h"
#include "trusts/TrustPosture.h"
#include "trusts/TrusteeRolesRead.h"

#include <QPointer>
#include <QWidget>

class AuditPane;
class QAbstractItemModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;
class TrustListModel;
class TrustMemberModel;

//! The whole trust lifecycle from both sides: access to this org (trustees: accept a pairing,
//! enable, expire, delete, their users and roles here), organizations that trust this one
//! (trustors: our users there, leave), pairings this org asked for, and the audits; with the
//! trust posture (what is wider or older than it should be) at the top.
class TrustsPage : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Trustees, Trustors, Pairings, Audits };

    explicit TrustsPage(QWidget* parent = nullptr);
    //! A trust action's button by key ("accept", "edit", "addUser", …), for tests.
    QPushButton* button(const QString& key) const { return m_buttons.value(key); }

    void setSession(OrgSession* session);
    //! Shows and selects a trustee or trustor organization.
    void select(const QString& orgId);
    void showTab(Tab tab);
    //! Where remembered pairings live (tests use a scratch folder).
    void setPairingDirectory(const QString& directory);

    // The actions, as the buttons run them (tests and the screenshot script call them too).
    void acceptPairing();
    void editTrust();
    void deleteTrust();
    void refreshTrust();
    void refreshTrustor();
    //! The chosen organization of one side read again with its users.
    void refresh(TrustStore::Side side);
    //! The chosen user of one side read again (O8 + O9, or O13).
    void readUserAgain(TrustStore::Side side);
    void addTrusteeUser();
    void changeRoles();
    void removeRoles();
    void removeTrusteeUser();
    void addTrustorUser();
    void removeTrustorUser();
    void leaveTrust();
    void requestPairing();
    void lookUpPairing();
    void forgetPairing();
    void copyPairing();
    //! Shows only the rows behind one posture finding; Count shows all again.
    void showFinding(TrustPosture::Finding finding);

    QTreeView* trustees() const { return m_trustees; }
    QTreeView* trustors() const { return m_trustors; }
    QTreeView* trusteeUsers() const { return m_trusteeUsers; }
    QTreeView* trustorUsers() const { return m_trustorUsers; }
    QTreeWidget* pairings() const { return m_pairings; }
    AuditPane* audits() const { return m_audits; }
    QToolButton* findingButton(TrustPosture::Finding f) const { return m_findings.value(f); }
    QTabWidget* tabs() const { return m_tabs; }
    QString currentTrustee() const;
    QString currentTrustor() const;
    QString currentTrusteeUser() const;
    QString currentTrustorUser() const;
    //! Operations the page started that still run.
    bool isBusy() const;

Q_SIGNALS:
    void errorOccurred(const QString& operation, const ApiStatus& status);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    //! Starts reading the trustee users' roles the load left out: of one trustee (empty: of
    //! every trustee, in the background).
    void readMissingRoles(const QString& trusteeOrgId);
    QWidget* buildTrustees();
    QWidget* buildTrustors();
    QWidget* buildPairings();
    QWidget* buildPosture();
    QTreeView* makeList(QAbstractItemModel* model, const QString& name);
    //! Right-click on a user: read again, and the buttons' actions on them.
    void addUserMenu(QTreeView* view, TrustStore::Side side);
    //! Runs an operation for a button: its failure goes to the errors panel as `what`, its
    //! success says `done`.
    void start(Operation* op, const QString& what, const QString& done);
    bool confirm(const QString& title, const QString& text, const QString& details,
                 const QString& action);
    void updateActions();
    void updatePosture();
    //! The empty lists say the trusts are being read, or were not loaded.
    void showReadState();
    //! Filters the trustee lists to a finding's rows (Count: all), without moving the view.
    void applyFinding(TrustPosture::Finding finding);
    void fillPairings();
    QString bookKey() const;

    QPointer<OrgSession> m_session;
    QList<QPointer<Operation>> m_running;
    QWidget* m_trusteesEmpty = nullptr; //!< the trustee list, or why it is empty
    QWidget* m_trustorsEmpty = nullptr;
    QPointer<TrusteeRolesRead> m_readingRoles;    //!< of the trustee opened
    QPointer<TrusteeRolesRead> m_readingAllRoles; //!< of every other, in the background
    QString m_pairingDirectory;
    TrustListModel* m_trusteeModel;
    TrustListModel* m_trustorModel;
    TrustMemberModel* m_trusteeMemberModel;
    TrustMemberModel* m_trustorMemberModel;
    QSortFilterProxyModel* m_trusteeFilter;
    QSortFilterProxyModel* m_trusteeMemberFilter;
    QTabWidget* m_tabs;
    QTreeView* m_trustees;
    QTreeView* m_trustors;
    QTreeView* m_trusteeUsers;
    QTreeView* m_trustorUsers;
    QTreeWidget* m_pairings;
    AuditPane* m_audits;
    QLabel* m_trusteeUsersTitle;
    QLabel* m_trustorUsersTitle;
    QLabel* m_findingShown;
    QHash<TrustPosture::Finding, QToolButton*> m_findings;
    QHash<QString, QPushButton*> m_buttons;
    TrustPosture m_posture;
    std::optional<TrustPosture::Finding> m_finding;
};
