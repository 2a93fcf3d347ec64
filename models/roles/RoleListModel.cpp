#include "RoleListModel.h"

using namespace Qt::StringLiterals;

RoleListModel::RoleListModel(QObject* parent)
    : QAbstractListModel(parent) {}

int RoleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_roles.size());
}

QVariant RoleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& r = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.value("name"_L1).toString();
    case Qt::ToolTipRole:
    case DescriptionRole:
        return r.value("description"_L1).toString();
    case IdRole:
        return r.value("id"_L1).toString();
    case UserCountRole:
        return r.value("userCount"_L1).toInt();
    case IsDefaultRole:
        return r.value("default"_L1).toBool();
    default:
        return {};
    }
}

QHash<int, QByteArray> RoleListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DescriptionRole, "description");
    names.insert(UserCountRole, "userCount");
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

void RoleListModel::appendRoles(const QList<QJsonObject>& roles) {
    if (roles.isEmpty())
        return;
    const int first = int(m_roles.size());
    beginInsertRows({}, first, first + int(roles.size()) - 1);
    m_roles.append(roles);
    endInsertRows();
}

void RoleListModel::clear() {
    if (m_roles.isEmpty())
        return;
    beginResetModel();
    m_roles.clear();
    endResetModel();
}
