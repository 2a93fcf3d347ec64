#pragma once

#include "org/Operation.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class OrgSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class RoleFilterProxy;
class RoleTableModel;

//! The list side of the Roles workspace: every role of the organization, sortable, filtered as
//! you type, by kind, and by "grants permission P" (locally at once; a complete permission is
//! also asked of the server), with a summary line.
class RoleListPanel : public QWidget {
    Q_OBJECT
public:
    explicit RoleListPanel(QWidget* parent = nullptr);

    //! Wide enough for the name and every count: the width the page starts the list with
    //! (narrower, it scrolls; wider, the description takes the rest).
    QSize sizeHint() const override;

    void setSession(OrgSession* session);
    QString currentRoleId() const;
    //! Makes the role current without currentRoleChanged() (an invalid id clears the current).
    void setCurrentQuietly(const QString& roleId);
    //! Clears the filters, makes the role current (currentRoleChanged follows) and shows it.
    void select(const QString& roleId);

    RoleTableModel* model() const { return m_model; }
    RoleFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* permissionField() const { return m_permission; }
    QLabel* summaryLabel() const { return m_summary; }

Q_SIGNALS:
    //! The admin made another role current (not emitted for setCurrentQuietly()).
    void currentRoleChanged(const QString& roleId);
    void errorOccurred(const QString& operation, const ApiStatus& status);

private:
    void queryPermission();
    void updateSummary();
    void updateCompleter();

    QPointer<OrgSession> m_session;
    RoleTableModel* m_model;
    RoleFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLineEdit* m_permission;
    QTableView* m_table;
    QLabel* m_summary;
    bool m_quiet = false;
    QTimer m_permissionTimer;
    QPointer<Operation> m_permissionSearch;
    QString m_serverPermission; //!< the permission the server answered for, if any
    int m_serverMatches = -1;
};
