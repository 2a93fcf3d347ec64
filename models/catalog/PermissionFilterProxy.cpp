#include "catalog/PermissionFilterProxy.h"

#include "catalog/PermissionCatalogModel.h"

#include <QFont>

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
    m_kept.clear();
    invalidateRowsFilter();
}

void PermissionFilterProxy::reapply() {
    m_kept.clear();
    invalidateRowsFilter();
}

void PermissionFilterProxy::setSourceModel(QAbstractItemModel* source) {
    disconnect(m_watch);
    m_kept.clear();
    // Connected before the base class connects its own: this sees a change while the row is
    // still in the proxy.
    if (source)
        m_watch = connect(source, &QAbstractItemModel::dataChanged, this,
                          &PermissionFilterProxy::keepUnchecked);
    QSortFilterProxyModel::setSourceModel(source);
}

void PermissionFilterProxy::keepUnchecked(const QModelIndex& topLeft,
                                          const QModelIndex& bottomRight) {
    if (!m_checkedOnly)
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex index = topLeft.siblingAtRow(row).siblingAtColumn(0);
        if (index.data(PermissionCatalogModel::KindRole).toInt()
                == int(PermissionCatalogModel::Kind::Action)
            && index.data(Qt::CheckStateRole).toInt() == Qt::Unchecked
            && mapFromSource(index).isValid())
            m_kept.insert(index.data(PermissionCatalogModel::PermissionRole).toString());
    }
}

QVariant PermissionFilterProxy::data(const QModelIndex& index, int role) const {
    if (role != Qt::FontRole || m_kept.isEmpty())
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex first = index.siblingAtColumn(0);
    if (!m_kept.contains(first.data(PermissionCatalogModel::PermissionRole).toString())
        || first.data(Qt::CheckStateRole).toInt() != Qt::Unchecked)
        return QSortFilterProxyModel::data(index, role);
    QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
    font.setStrikeOut(true);
    return font;
}

void PermissionFilterProxy::setCheckedOnly(bool checkedOnly) {
    if (checkedOnly == m_checkedOnly)
        return;
    m_checkedOnly = checkedOnly;
    m_kept.clear();
    invalidateRowsFilter();
}

bool PermissionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_checkedOnly) {
        // Only actions decide; a domain or an entity shows when one of its actions does.
        if (index.data(PermissionCatalogModel::KindRole).toInt()
                != int(PermissionCatalogModel::Kind::Action)
            || (index.data(Qt::CheckStateRole).toInt() == Qt::Unchecked
                && !m_kept.contains(index.data(PermissionCatalogModel::PermissionRole).toString())))
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
