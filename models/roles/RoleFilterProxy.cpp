#include "roles/RoleFilterProxy.h"

#include "roles/PermissionGrants.h"
#include "roles/RoleTableModel.h"

RoleFilterProxy::RoleFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RoleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RoleFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void RoleFilterProxy::setKind(Kind kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void RoleFilterProxy::setPermission(const QString& permission) {
    const QString trimmed = permission.trimmed();
    if (trimmed == m_permission)
        return;
    m_permission = trimmed;
    invalidateRowsFilter();
}

void RoleFilterProxy::setAllowedIds(std::optional<QSet<QString>> ids) {
    m_allowed = std::move(ids);
    invalidateRowsFilter();
}

bool RoleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_kind) {
    case Kind::All:
        break;
    case Kind::Custom:
        if (index.data(RoleTableModel::IsDefaultRole).toBool())
            return false;
        break;
    case Kind::Default:
        if (!index.data(RoleTableModel::IsDefaultRole).toBool())
            return false;
        break;
    case Kind::NeedsUpdate:
        if (!index.data(RoleTableModel::NeedsUpdateRole).toBool())
            return false;
        break;
    }
    if (m_allowed && !m_allowed->contains(index.data(RoleTableModel::IdRole).toString()))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(RoleTableModel::SearchTextRole).toString();
        for (const QString& word : m_words)
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
    }
    if (!m_permission.isEmpty()) {
        const auto* model = qobject_cast<const RoleTableModel*>(sourceModel());
        const DomainOrganizationRole* role = model ? model->role(sourceRow) : nullptr;
        if (!role
            || !grantsPermission(role->permissionPolicies.value_or(QList<DomainPermissionPolicy>()),
                                 m_permission))
            return false;
    }
    return true;
}
