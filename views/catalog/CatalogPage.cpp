#include "catalog/CatalogPage.h"

#include "catalog/PermissionCatalogModel.h"
#include "catalog/PermissionFilterProxy.h"
#include "common/LoadState.h"
#include "common/TreeReveal.h"
#include "org/OrgSession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CatalogPage::CatalogPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new PermissionCatalogModel(this))
    , m_proxy(new PermissionFilterProxy(this))
    , m_search(new QLineEdit)
    , m_tree(new QTreeView)
    , m_summary(new QLabel) {
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(
        tr("Filter permissions: type words of a name or label, e.g. \"queue view\""));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter permissions"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 320);
    m_tree->header()->resizeSection(1, 300);
    m_tree->setAccessibleName(tr("Permission catalog"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        revealMatches(m_tree, !text.trimmed().isEmpty(), 30);
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPage::updateSummary);

    // Not a dead end: from a permission to who can do it, or to the clipboard.
    auto* whoCan = new QAction(tr("Roles that grant this"), this);
    whoCan->setToolTip(tr("The roles that grant this permission and the people who hold them"));
    connect(whoCan, &QAction::triggered, this, [this] {
        if (!currentPermission().isEmpty())
            Q_EMIT whoCanRequested(currentPermission());
    });
    auto* copy = new QAction(tr("Copy permission"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        const QString permission = m_tree->currentIndex()
                                       .siblingAtColumn(0)
                                       .data(PermissionCatalogModel::PermissionRole)
                                       .toString();
        if (!permission.isEmpty())
            QApplication::clipboard()->setText(permission);
    });
    m_tree->addAction(whoCan);
    m_tree->addAction(copy);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, whoCan] { whoCan->setEnabled(!currentPermission().isEmpty()); });
    whoCan->setEnabled(false);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const QString p = PermissionCatalogModel::actionPermission(index); !p.isEmpty())
            Q_EMIT whoCanRequested(p);
    });
    m_tree->setToolTip(tr("Double-click a permission to see who can do it; right-click for more"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    layout->addWidget(m_summary);
}

QString CatalogPage::currentPermission() const {
    return PermissionCatalogModel::actionPermission(m_tree->currentIndex());
}

void CatalogPage::updateSummary() {
    if (const QString notLoaded = notLoadedText(m_session, OrgDataLoader::Part::Catalog);
        !notLoaded.isEmpty())
        return m_summary->setText(notLoaded);
    const int domains = m_proxy->rowCount();
    if (m_search->text().trimmed().isEmpty()) {
        m_summary->setText(tr("%n permission(s) in %1 domains", nullptr, m_model->permissionCount())
                               .arg(m_model->rowCount()));
        return;
    }
    int permissions = 0;
    for (int d = 0; d < domains; ++d) {
        const QModelIndex domain = m_proxy->index(d, 0);
        for (int e = 0; e < m_proxy->rowCount(domain); ++e)
            permissions += m_proxy->rowCount(m_proxy->index(e, 0, domain));
    }
    m_summary->setText(domains
                           ? tr("%n permission(s) match", nullptr, permissions) + u", "_s
                                 + tr("in %n domain(s)", nullptr, domains)
                           : tr("No permission matches \"%1\".").arg(m_search->text().trimmed()));
}

void CatalogPage::select(const QString& permission) {
    m_search->clear();
    const QModelIndex source = m_model->indexOf(permission);
    if (!source.isValid())
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->expand(index.parent().parent());
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_tree->setFocus();
}

void CatalogPage::setSession(OrgSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setStore(session ? session->catalog() : nullptr);
    followLoad(session, this, [this] { updateSummary(); });
    updateSummary();
}
