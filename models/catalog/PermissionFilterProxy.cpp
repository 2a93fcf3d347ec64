#include "catalog/PermissionFilterProxy.h"

#include "catalog/PermissionCatalogModel.h"

PermissionFilterProxy::PermissionFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PermissionFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void PermissionFilterProxy::setCheckedOnly(bool checkedOnly) {
    if (checkedOnly == m_checkedOnly)
        return;
    m_checkedOnly = checkedOnly;
    invalidateRowsFilter();
}

bool PermissionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_checkedOnly) {
        // Only actions decide; a domain or an entity shows when one of its actions does.
        if (index.data(PermissionCatalogModel::KindRole).toInt()
                != int(PermissionCatalogModel::Kind::Action)
            || index.data(Qt::CheckStateRole).toInt() == Qt::Unchecked)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(PermissionCatalogModel::SearchTextRole).toString();
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}
