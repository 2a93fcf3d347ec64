#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class RoleFilterProxy;
class RoleTableModel;

//! The organization's roles: a sortable table, a filter as you type, quick filters (custom,
//! default, needs update) and "roles that grant permission P". (Editing arrives with the role
//! editor.)
class RolesPage : public QWidget {
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);

    RoleTableModel* model() const { return m_model; }
    RoleFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* permissionField() const { return m_permission; }
    void select(const QString& roleId);

private:
    void updateSummary();

    RoleTableModel* m_model;
    RoleFilterProxy* m_proxy;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QLineEdit* m_permission;
    QTableView* m_table;
    QLabel* m_summary;
};
