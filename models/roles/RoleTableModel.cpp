#include "roles/RoleTableModel.h"

#include "roles/RoleStore.h"

#include <QFont>

RoleTableModel::RoleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RoleTableModel::setStore(RoleStore* store) {
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_modified.clear();
    if (store) {
        connect(store, &RoleStore::rolesReset, this, &RoleTableModel::storeReset);
        connect(store, &RoleStore::roleAdded, this, &RoleTableModel::roleAdded);
        connect(store, &RoleStore::roleChanged, this, &RoleTableModel::roleChanged);
        connect(store, &RoleStore::roleRemoved, this, &RoleTableModel::roleRemoved);
        // A store that goes leaves an empty table, not rows that point nowhere.
        connect(store, &QObject::destroyed, this, &RoleTableModel::storeReset);
    }
    storeReset();
}

void RoleTableModel::storeReset() {
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    if (m_store)
        for (const DomainOrganizationRole& r : m_store->roles()) {
            m_rows.insert(r.id.value_or(QString()), int(m_ids.size()));
            m_ids.append(r.id.value_or(QString()));
        }
    endResetModel();
}

void RoleTableModel::roleAdded(const QString& roleId) {
    if (m_rows.contains(roleId))
        return roleChanged(roleId);
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(roleId);
    m_rows.insert(roleId, row);
    endInsertRows();
    // A new default copy renames what other rows say they are based on.
    if (const DomainOrganizationRole* r = m_store->find(roleId); r && r->isDefault.value_or(false))
        Q_EMIT dataChanged(index(0, int(Column::Default)),
                           index(int(m_ids.size()) - 1, int(Column::Default)));
}

void RoleTableModel::roleChanged(const QString& roleId) {
    const int row = rowOf(roleId);
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

void RoleTableModel::roleRemoved(const QString& roleId) {
    const int row = rowOf(roleId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rows.remove(roleId);
    for (int i = row; i < m_ids.size(); ++i)
        m_rows[m_ids[i]] = i;
    m_modified.remove(roleId);
    endRemoveRows();
}

void RoleTableModel::setModified(const QString& roleId, bool modified) {
    if (m_modified.contains(roleId) == modified)
        return;
    if (modified)
        m_modified.insert(roleId);
    else
        m_modified.remove(roleId);
    const int row = rowOf(roleId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

const DomainOrganizationRole* RoleTableModel::role(int row) const {
    return m_store && row >= 0 && row < m_ids.size() ? m_store->find(m_ids.at(row)) : nullptr;
}

int RoleTableModel::rowOf(const QString& roleId) const {
    return m_rows.value(roleId, -1);
}

int RoleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RoleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QString RoleTableModel::defaultText(const DomainOrganizationRole& r) const {
    if (r.isDefault.value_or(false))
        return tr("Yes");
    if (r.defaultRoleId && !r.defaultRoleId->isEmpty())
        return tr("Based on %1")
            .arg(m_store->defaultCopyName(*r.defaultRoleId).isEmpty()
                     ? *r.defaultRoleId
                     : m_store->defaultCopyName(*r.defaultRoleId));
    return {};
}

QVariant RoleTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainOrganizationRole* found = this->role(index.row());
    if (!found)
        return {};
    const DomainOrganizationRole& r = *found;
    const auto column = Column(index.column());
    const int permissions = int(r.permissions.value_or(QStringList()).size());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return m_modified.contains(r.id.value_or(QString()))
                       ? tr("%1 (unsaved)").arg(r.name.value_or(QString()))
                       : r.name.value_or(QString());
        case Column::Description:
            return r.description.value_or(QString());
        case Column::Default:
            return defaultText(r);
        case Column::Users:
            return r.userCount ? QVariant(*r.userCount) : QVariant();
        case Column::Permissions:
            return permissions;
        case Column::NeedsUpdate:
            return r.roleNeedsUpdate.value_or(false) ? tr("Needs update") : QString();
        case Column::Count:
            break;
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::Users:
            return r.userCount.value_or(-1);
        case Column::Permissions:
            return permissions;
        case Column::NeedsUpdate:
            return r.roleNeedsUpdate.value_or(false) ? 1 : 0;
        case Column::Name:
            return r.name.value_or(QString()).toCaseFolded();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::FontRole:
        if (column == Column::Name && m_modified.contains(r.id.value_or(QString()))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ModifiedRole:
        return m_modified.contains(r.id.value_or(QString()));
    case Qt::ToolTipRole:
        if (column == Column::Name && m_modified.contains(r.id.value_or(QString())))
            return tr("This role has unsaved changes in the editor.");
        if (column == Column::NeedsUpdate && r.roleNeedsUpdate.value_or(false))
            return tr("The default this role comes from has changed since it was last restored.");
        return column == Column::Description ? r.description.value_or(QString()) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Users || column == Column::Permissions
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole:
        return r.id.value_or(QString());
    case IsDefaultRole:
        return r.isDefault.value_or(false);
    case NeedsUpdateRole:
        return r.roleNeedsUpdate.value_or(false);
    case SearchTextRole:
        return r.name.value_or(QString()) + u' ' + r.description.value_or(QString());
    default:
        return {};
    }
}

QVariant RoleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole
        && Column(section) == Column::Permissions)
        // What the count counts, against the editor's "Grants N of M" (concrete permissions).
        return tr("Permission strings the role lists: a wildcard such as routing:*:* counts"
                  " once. The editor counts the concrete permissions they grant.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Description:
        return tr("Description");
    case Column::Default:
        return tr("Default role");
    case Column::Users:
        return tr("Users");
    case Column::Permissions:
        return tr("Permission strings");
    case Column::NeedsUpdate:
        return tr("Update");
    case Column::Count:
        break;
    }
    return {};
}
