#include "roles/RoleListPanel.h"

#include "catalog/CatalogStore.h"
#include "common/Completion.h"
#include "common/LoadState.h"
#include "org/OrgSession.h"
#include "roles/RoleFilterProxy.h"
#include "roles/RolePermissionSearch.h"
#include "roles/RoleTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RoleListPanel::RoleListPanel(QWidget* parent)
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
    attachCompleter(m_permission);
    m_permission->setAccessibleName(tr("Roles that grant a permission"));
    m_permission->setToolTip(
        tr("Only roles whose policies grant this permission, wildcards included. A complete"
           " domain:entity:action is also asked of the server."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(RoleTableModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // The counts next to the name, where a narrow list still shows them; the text last.
    header->moveSection(int(RoleTableModel::Column::Description),
                        int(RoleTableModel::Column::Count) - 1);
    header->moveSection(header->visualIndex(int(RoleTableModel::Column::Default)),
                        header->visualIndex(int(RoleTableModel::Column::Permissions)));
    header->resizeSection(int(RoleTableModel::Column::Name), 190);
    // The name fits the longest name (up to a limit) whenever the roles are loaded again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int name = int(RoleTableModel::Column::Name);
        m_table->resizeColumnToContents(name);
        QHeaderView* h = m_table->horizontalHeader();
        h->resizeSection(name, qBound(140, h->sectionSize(name), 260));
        updateGeometry();
    });
    // Short columns fit their header and values in any language.
    for (auto column : {RoleTableModel::Column::Users, RoleTableModel::Column::Permissions,
                        RoleTableModel::Column::Default, RoleTableModel::Column::NeedsUpdate})
        header->setSectionResizeMode(int(column), QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Roles"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RoleFilterProxy::setSearchText);
    connect(m_permission, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setPermission(text);
        m_proxy->setAllowedIds(std::nullopt);
        m_serverPermission.clear();
        m_serverMatches = -1;
        m_permissionTimer.start();
        updateSummary();
    });
    m_permissionTimer.setSingleShot(true);
    m_permissionTimer.setInterval(350);
    connect(&m_permissionTimer, &QTimer::timeout, this, &RoleListPanel::queryPermission);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(RoleFilterProxy::Kind(m_kind->currentData().toInt())); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RoleListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RoleListPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RoleListPanel::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT currentRoleChanged(currentRoleId());
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_kind, 2);
    auto* listLayout = new QVBoxLayout(this);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_permission);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_summary);

    updateSummary();
}

QSize RoleListPanel::sizeHint() const {
    const QHeaderView* header = m_table->horizontalHeader();
    int width = 0;
    for (int column = 0; column < header->count(); ++column)
        if (column != int(RoleTableModel::Column::Description) && !header->isSectionHidden(column))
            width += header->sectionSize(column);
    width += m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth();
    return {width, QWidget::sizeHint().height()};
}

void RoleListPanel::setSession(OrgSession* session) {
    if (m_session) {
        disconnect(m_session->catalog(), nullptr, this, nullptr);
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_model->setStore(session ? session->roles() : nullptr);
    if (session)
        connect(session->catalog(), &CatalogStore::permissionsChanged, this,
                &RoleListPanel::updateCompleter);
    followLoad(session, this, [this] { updateSummary(); });
    updateCompleter();
    updateSummary();
}

void RoleListPanel::updateCompleter() {
    const QStringList permissions =
        m_session ? m_session->catalog()->index().permissions() : QStringList();
    setCompletions(m_permission, permissions);
}

QString RoleListPanel::currentRoleId() const {
    return m_table->currentIndex().siblingAtColumn(0).data(RoleTableModel::IdRole).toString();
}

void RoleListPanel::setCurrentQuietly(const QString& roleId) {
    m_quiet = true;
    const int row = m_model->rowOf(roleId);
    if (row < 0)
        m_table->setCurrentIndex({});
    else
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_quiet = false;
}

void RoleListPanel::queryPermission() {
    const QString permission = m_permission->text().trimmed();
    if (!m_session || m_session->isReadOnly()
        || m_session->catalog()->index().lookup(permission) == CatalogIndex::Lookup::Partial)
        return;
    if (Operation::isRunning(m_permissionSearch))
        m_permissionSearch->abort();
    auto* search = new RolePermissionSearch(m_session, permission, this);
    m_permissionSearch = search;
    connect(search, &Operation::succeeded, this, [this, search] {
        if (m_permission->text().trimmed() != search->permission())
            return;
        m_serverPermission = search->permission();
        m_serverMatches = int(search->roleIds().size());
        m_proxy->setAllowedIds(search->roleIds());
        updateSummary();
    });
    connect(search, &Operation::failed, this, [this, permission](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Asking the server for roles that grant %1").arg(permission),
                             f.status);
    });
    search->start();
}

void RoleListPanel::updateSummary() {
    if (const QString notLoaded = notLoadedText(m_session, OrgDataLoader::Part::Roles);
        !notLoaded.isEmpty())
        return m_summary->setText(notLoaded);
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n role(s)", nullptr, all)
                                : tr("%1 of %n role(s)", nullptr, all).arg(shown);
    // A partial or misspelt permission matches nothing, or only through a wildcard: say so.
    const QString permission = m_permission->text().trimmed();
    const auto lookup = m_session && !permission.isEmpty()
                            ? m_session->catalog()->index().lookup(permission)
                            : CatalogIndex::Lookup::Known;
    if (lookup == CatalogIndex::Lookup::Partial)
        text +=
            u" — "_s + tr("type a whole permission, domain:entity:action; the field completes it");
    else if (lookup == CatalogIndex::Lookup::Unknown)
        text +=
            u" — "_s + tr("%1 is not in the catalog: only a wildcard grants it").arg(permission);
    if (m_serverMatches >= 0)
        text += u" — "_s
                + tr("the server lists %n role(s) granting %1", nullptr, m_serverMatches)
                      .arg(m_serverPermission);
    m_summary->setText(text);
}

void RoleListPanel::select(const QString& roleId) {
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
