#pragma once

#include "RoleTypes.h"

#include <QAbstractTableModel>
#include <QSet>

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
        ModifiedRole,   //!< the role has unsaved changes in the editor
    };

    explicit RoleTableModel(QObject* parent = nullptr);

    void setRoles(const QList<DomainOrganizationRole>& roles);
    //! Replaces the role with the same id, or appends it.
    void upsertRole(const DomainOrganizationRole& role);
    void removeRole(const QString& roleId);
    //! Marks a role's row as having unsaved changes.
    void setModified(const QString& roleId, bool modified);
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

    void indexDefaults();

    QList<DomainOrganizationRole> m_roles;
    QSet<QString> m_modified;
    QHash<QString, QString> m_defaultNames; //!< defaultRoleId -> name of the org's default copy
};
