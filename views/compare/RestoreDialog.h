#pragma once

#include "diff/DefaultComparison.h"
#include "diff/RestorePoint.h"
#include "wire/ApiStatus.h"

#include <QDialog>
#include <QPointer>

class OrgSession;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

//! Restores default roles, previewed: for each role what will be removed, re-added and reset,
//! and who holds it (users here, and trustee users of partner organizations). Nothing is written
//! before the admin confirms; "All" (reset every default role) also wants the organization's
//! name typed. The roles as they were go to a restore point first.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Chosen, All };

    RestoreDialog(OrgSession* session, Mode mode, const QStringList& preselected,
                  QWidget* parent = nullptr);
    ~RestoreDialog() override;

    //! What happened, for the status bar; empty when nothing was restored.
    QString outcome() const { return m_outcome; }

    void preview();
    void restore();

    // For tests.
    QTreeWidget* roles() const { return m_roles; }
    QCheckBox* needsUpdateOnlyBox() const { return m_needsUpdateOnly; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* restoreButton() const { return m_restore; }
    QLineEdit* confirmationField() const { return m_confirmation; }
    QLabel* statusLabel() const { return m_status; }
    bool isBusy() const;
    QStringList checkedRoleIds() const;

Q_SIGNALS:
    void errorOccurred(const QString& operation, const ApiStatus& status);

private:
    void fill(const QStringList& preselected);
    //! Runs `op` with the progress bar; a failure shows `failedText` (%1: the message).
    void follow(Operation* op, const QString& failedText, const QString& operation);
    void showPreview(const QList<DefaultComparisonResult>& results);
    void updateButtons();
    //! "User (Partner org)" for each trustee user of a partner who holds this role here.
    QStringList trusteeHolders(const QString& roleId) const;
    //! Each role's holders in the users column, trustee users included.
    void showHolders();
    //! The child of a previewed role's item naming the trustee users who hold it (none: gone).
    void showTrusteeHolders(QTreeWidgetItem* item, const QStringList& trustees);
    //! Reads the trustee users' roles the load left unread, then shows the holders again.
    void readTrusteeRoles();
    QTreeWidgetItem* itemOf(const QString& roleId) const;

    QPointer<OrgSession> m_session;
    Mode m_mode;
    QPointer<Operation> m_running;
    QPointer<Operation> m_readingRoles;
    QStringList m_previewed; //!< the role ids the preview shows, sorted
    bool m_done = false;
    QString m_outcome;

    QLabel* m_intro;
    QCheckBox* m_needsUpdateOnly;
    QTreeWidget* m_roles;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLineEdit* m_confirmation;
    QPushButton* m_preview;
    QPushButton* m_restore;
    QDialogButtonBox* m_buttons;
};

//! Lists this org's restore points and puts one back (A14 per role), reporting per role.
class UndoRestoreDialog : public QDialog {
    Q_OBJECT
public:
    UndoRestoreDialog(OrgSession* session, const QString& directory, QWidget* parent = nullptr);

    QString outcome() const { return m_outcome; }
    void putBack();

    QListWidget* points() const { return m_points; }
    QPushButton* putBackButton() const { return m_putBack; }
    QLabel* statusLabel() const { return m_status; }
    bool isBusy() const { return Operation::isRunning(m_running); }

Q_SIGNALS:
    void errorOccurred(const QString& operation, const ApiStatus& status);

private:
    QPointer<OrgSession> m_session;
    QList<RestorePoint> m_list;
    QPointer<Operation> m_running;
    QString m_outcome;
    QListWidget* m_points;
    QLabel* m_status;
    QPushButton* m_putBack;
};
