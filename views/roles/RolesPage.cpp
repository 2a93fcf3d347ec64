#include "RolesPage.h"

#include "RoleListModel.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

RolesPage::RolesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RoleListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_list(new QListView) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(0);
    m_filter->setPlaceholderText(tr("Filter roles by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter roles"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Roles"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
}

void RolesPage::select(const QString& roleId) {
    m_filter->clear();
    const QModelIndexList hits =
        m_model->match(m_model->index(0), RoleListModel::IdRole, roleId, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return;
    const QModelIndex index = m_proxy->mapFromSource(hits.first());
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_list->setFocus();
}
