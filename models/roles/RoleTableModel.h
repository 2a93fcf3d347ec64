#pragma once

#include "roles/RoleStore.h"
#include "wire/RoleTypes.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

//! The organization's roles as a table: name, description, default (yes, or which default a
//! role is based on), users, permissions and the needs-update flag. Sorts on raw values. A thin
//! adapter over a RoleStore: it follows the store's signals, row by row.
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

    //! The store shown; nullptr for none. Not owned.
    void setStore(RoleStore* store);
    RoleStore* store() const { return m_store; }
    //! Marks a role's row as having unsaved changes (kept across a reload of the store).
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
    void storeReset();
    void roleAdded(const QString& roleId);
    void roleChanged(const QString& roleId);
    void roleRemoved(const QString& roleId);

    QPointer<RoleStore> m_store;
    QStringList m_ids; //!< row order: the store's order, and new roles at the end
    QHash<QString, int> m_rows;
    QSet<QString> m_modified;
};
