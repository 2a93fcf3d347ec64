#include "RolesPage.h"

#include "RoleFilterProxy.h"
#include "RoleTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

RolesPage::RolesPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RoleTableModel(this))
    , m_proxy(new RoleFilterProxy(this))
    , m_search(new QLineEdit)
    , m_kind(new QComboBox)
    , m_permission(new QLineEdit)
    , m_table(new QTableView)
    , m_summary(new QLabel) {
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Filter roles by name or description"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter roles"));
    m_kind->addItem(tr("All roles"), int(RoleFilterProxy::Kind::All));
    m_kind->addItem(tr("Custom roles"), int(RoleFilterProxy::Kind::Custom));
    m_kind->addItem(tr("Default roles"), int(RoleFilterProxy::Kind::Default));
    m_kind->addItem(tr("Needing an update"), int(RoleFilterProxy::Kind::NeedsUpdate));
    m_kind->setAccessibleName(tr("Show"));
    m_permission->setPlaceholderText(tr("Grants permission… e.g. routing:queue:edit"));
    m_permission->setClearButtonEnabled(true);
    m_permission->setAccessibleName(tr("Roles that grant a permission"));
    m_permission->setToolTip(
        tr("Only roles whose policies grant this permission, wildcards included"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(RoleTableModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(int(RoleTableModel::Column::Description),
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Roles"));

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RoleFilterProxy::setSearchText);
    connect(m_permission, &QLineEdit::textChanged, m_proxy, &RoleFilterProxy::setPermission);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(RoleFilterProxy::Kind(m_kind->currentData().toInt())); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RolesPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RolesPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RolesPage::updateSummary);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_permission, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);
    updateSummary();
}

void RolesPage::updateSummary() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_summary->setText(shown == all ? tr("%n role(s)", nullptr, all)
                                    : tr("%1 of %n role(s)", nullptr, all).arg(shown));
}

void RolesPage::select(const QString& roleId) {
    m_search->clear();
    m_permission->clear();
    m_kind->setCurrentIndex(0);
    const int row = m_model->rowOf(roleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}
