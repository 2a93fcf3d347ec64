#include "diff/RoleMatrixModel.h"

#include <QSet>

using namespace Qt::StringLiterals;

RoleMatrixModel::RoleMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RoleMatrixModel::setRoles(const QList<RoleDiff::Side>& roles, const QStringList& labels) {
    beginResetModel();
    m_labels = labels.mid(0, qMin(kMaxRoles, int(roles.size())));
    m_rows.clear();
    QList<QHash<QString, QStringList>> atoms;
    // Condition texts by key, for the cells: the key is canonical, the text is what admins read.
    QHash<QString, QString> conditionText;
    QSet<QString> all;
    for (int i = 0; i < m_labels.size(); ++i) {
        const auto policies =
            roles[i].role.permissionPolicies.value_or(QList<DomainPermissionPolicy>());
        atoms.append(RoleDiff::atomsOf(policies, roles[i].catalog, &conditionText));
        for (auto it = atoms.last().cbegin(); it != atoms.last().cend(); ++it)
            all.insert(it.key());
    }
    QStringList permissions(all.cbegin(), all.cend());
    permissions.sort();
    m_rows.reserve(permissions.size());
    m_differenceCount = 0;
    for (const QString& permission : std::as_const(permissions)) {
        Row row;
        row.permission = permission;
        for (const auto& side : std::as_const(atoms)) {
            const QStringList keys = side.value(permission);
            row.cells.append(keys);
            QStringList shown;
            for (const QString& k : keys)
                shown.append(k.isEmpty() ? u"\u2713"_s
                                         : u"\u2713 "_s + tr("if %1").arg(conditionText.value(k)));
            row.shown.append(shown.join(u"; "_s));
            row.differs = row.differs || keys != row.cells.first();
        }
        m_differenceCount += row.differs ? 1 : 0;
        m_rows.append(row);
    }
    rebuildVisible();
    endResetModel();
}

void RoleMatrixModel::setDifferencesOnly(bool only) {
    if (m_differencesOnly == only)
        return;
    beginResetModel();
    m_differencesOnly = only;
    rebuildVisible();
    endResetModel();
}

void RoleMatrixModel::rebuildVisible() {
    m_visible.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_differencesOnly || m_rows[i].differs)
            m_visible.append(i);
}

int RoleMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RoleMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_labels.size()) + 1;
}

QVariant RoleMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Row& row = m_rows[m_visible[index.row()]];
    if (role == PermissionRole)
        return row.permission;
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.permission)
                                                                  : QVariant();
    const int r = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        return row.shown.value(r);
    case Qt::ToolTipRole:
        return row.cells.value(r).isEmpty()
                   ? tr("%1 does not grant %2").arg(m_labels.value(r), row.permission)
                   : tr("%1 grants %2 %3")
                         .arg(m_labels.value(r), row.permission, row.shown.value(r));
    case GrantedRole:
        return !row.cells.value(r).isEmpty();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RoleMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Permission");
    return m_labels.value(section - 1);
}
