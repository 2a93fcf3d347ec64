#include "trusts/TrustsPage.h"

#include "org/OrgSession.h"
#include "trusts/TrustTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QWidget* titled(const QString& title, QWidget* content) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}

} // namespace

TrustsPage::TrustsPage(QWidget* parent)
    : QWidget(parent)
    , m_trusteeModel(new TrustTreeModel(TrustStore::Side::Trustees, this))
    , m_trustorModel(new TrustTreeModel(TrustStore::Side::Trustors, this))
    , m_trustees(makeTree(m_trusteeModel, tr("Trustees")))
    , m_trustors(makeTree(m_trustorModel, tr("Trustors"))) {
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"trustsSplitter"_s);
    splitter->addWidget(
        titled(tr("Trustees — organizations with access to ours"),
               withEmptyState(m_trustees, tr("No organization has access to this one."))));
    splitter->addWidget(
        titled(tr("Trustors — organizations that give us access"),
               withEmptyState(m_trustors, tr("No organization gives this one access."))));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

QTreeView* TrustsPage::makeTree(TrustTreeModel* model, const QString& name) {
    auto* tree = new QTreeView;
    tree->setModel(model);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(name);
    tree->setUniformRowHeights(true);
    QHeaderView* header = tree->header();
    header->setStretchLastSection(false);
    for (auto column : {TrustTreeModel::Column::Name, TrustTreeModel::Column::Email,
                        TrustTreeModel::Column::Status, TrustTreeModel::Column::Since})
        header->setSectionResizeMode(int(column), QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(TrustTreeModel::Column::Access), QHeaderView::Stretch);
    // Every organization shows its users, as they come.
    connect(model, &QAbstractItemModel::modelReset, tree, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, tree, &QTreeView::expandAll);
    return tree;
}

QWidget* TrustsPage::withEmptyState(QTreeView* tree, const QString& empty) {
    auto* stack = new QStackedWidget;
    auto* label = new QLabel(empty);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setContentsMargins(6, 6, 6, 6);
    stack->addWidget(tree);
    stack->addWidget(label);
    QAbstractItemModel* model = tree->model();
    const auto update = [stack, model] { stack->setCurrentIndex(model->rowCount() == 0 ? 1 : 0); };
    connect(model, &QAbstractItemModel::modelReset, stack, update);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, stack, update);
    update();
    return stack;
}

void TrustsPage::setSession(OrgSession* session) {
    m_trusteeModel->setStore(session ? session->trusts() : nullptr);
    m_trustorModel->setStore(session ? session->trusts() : nullptr);
}

void TrustsPage::select(const QString& orgId) {
    for (QTreeView* tree : {m_trustees, m_trustors}) {
        const QModelIndex index = static_cast<TrustTreeModel*>(tree->model())->indexOf(orgId);
        if (index.isValid()) {
            tree->setCurrentIndex(index);
            tree->scrollTo(index);
            tree->setFocus();
            return;
        }
    }
}
