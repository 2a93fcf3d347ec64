#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class RoleListModel;

//! The organization's roles, filterable by name. (Editing arrives with the roles workspace.)
class RolesPage : public QWidget {
    Q_OBJECT
public:
    explicit RolesPage(QWidget* parent = nullptr);

    RoleListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    void select(const QString& roleId);

private:
    RoleListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_list;
};
