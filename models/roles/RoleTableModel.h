#pragma once

#include "RoleTypes.h"

#include <QAbstractTableModel>

//! The organization's roles as a table: name, description, default (yes, or which default a
//! role is based on), users, permissions and the needs-update flag. Sorts on raw values.
class RoleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Name, Description, Default, Users, Permissions, NeedsUpdate, Count };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the role id
        SortRole,                  //!< the raw value of the cell, for sorting
        IsDefaultRole,             //!< a copy of a default role
        NeedsUpdateRole,
        SearchTextRole, //!< name and description, for the text filter
    };

    explicit RoleTableModel(QObject* parent = nullptr);

    void setRoles(const QList<DomainOrganizationRole>& roles);
    const DomainOrganizationRole* role(int row) const;
    //! The row of a role id, or -1.
    int rowOf(const QString& roleId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString defaultText(const DomainOrganizationRole& role) const;

    QList<DomainOrganizationRole> m_roles;
    QHash<QString, QString> m_defaultNames; //!< defaultRoleId -> name of the org's default copy
};
