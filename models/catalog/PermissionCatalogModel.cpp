#include "catalog/PermissionCatalogModel.h"

using namespace Qt::StringLiterals;

namespace {

//! The catalog names entities, it does not label them: "queueMember" reads "Queue member".
QString entityLabel(const QString& name) {
    QString words;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'_' || c == u'-') {
            words += u' ';
        } else if (c.isUpper() && i > 0 && name.at(i - 1).isLower()) {
            words += u' ';
            words += c.toLower();
        } else {
            words += c;
        }
    }
    words = words.simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace

PermissionCatalogModel::PermissionCatalogModel(QObject* parent)
    : QAbstractItemModel(parent) {}

PermissionCatalogModel::~PermissionCatalogModel() = default;

void PermissionCatalogModel::setStore(CatalogStore* store) {
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    const auto show = [this] {
        setCatalog(m_store ? m_store->permissions() : QList<DomainPermissionCollection>());
    };
    if (store) {
        connect(store, &CatalogStore::permissionsChanged, this, show);
        connect(store, &QObject::destroyed, this, show);
    }
    show();
}

void PermissionCatalogModel::setCatalog(const QList<DomainPermissionCollection>& domains) {
    beginResetModel();
    m_root.children.clear();
    m_leaves.clear();
    m_permissionCount = 0;
    QList<DomainPermissionCollection> sorted = domains;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.domain.value_or(QString()) < b.domain.value_or(QString());
    });
    for (const DomainPermissionCollection& d : sorted) {
        auto domain = std::make_unique<Node>();
        domain->kind = Kind::Domain;
        domain->name = d.domain.value_or(d.id.value_or(QString()));
        domain->label = d.name.value_or(QString());
        domain->permission = domain->name;
        domain->parent = &m_root;
        domain->row = int(m_root.children.size());
        domain->firstLeaf = int(m_leaves.size());
        const auto map = d.permissionMap.value_or(QMap<QString, QList<DomainPermission>>());
        for (auto e = map.cbegin(); e != map.cend(); ++e) {
            auto entity = std::make_unique<Node>();
            entity->kind = Kind::Entity;
            entity->name = e.key();
            entity->label = entityLabel(e.key());
            entity->permission = domain->name + u':' + e.key();
            entity->parent = domain.get();
            entity->row = int(domain->children.size());
            entity->firstLeaf = int(m_leaves.size());
            for (const DomainPermission& p : e.value()) {
                auto action = std::make_unique<Node>();
                action->kind = Kind::Action;
                action->name = p.action.value_or(QString());
                action->label = p.label.value_or(QString());
                action->permission = entity->permission + u':' + action->name;
                action->allowsConditions = p.allowsConditions.value_or(false);
                action->divisionAware = p.divisionAware.value_or(false);
                action->parent = entity.get();
                action->row = int(entity->children.size());
                action->firstLeaf = int(m_leaves.size());
                action->leafCount = 1;
                m_leaves.push_back(action.get());
                entity->allowsConditions = entity->allowsConditions || action->allowsConditions;
                entity->divisionAware = entity->divisionAware || action->divisionAware;
                entity->children.push_back(std::move(action));
                ++m_permissionCount;
            }
            entity->leafCount = int(m_leaves.size()) - entity->firstLeaf;
            domain->children.push_back(std::move(entity));
        }
        domain->leafCount = int(m_leaves.size()) - domain->firstLeaf;
        m_root.children.push_back(std::move(domain));
    }
    catalogRebuilt();
    endResetModel();
}

PermissionCatalogModel::Node* PermissionCatalogModel::nodeFor(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer())
                           : const_cast<Node*>(&m_root);
}

QModelIndex PermissionCatalogModel::indexOf(const Node* node, int column) const {
    return node == &m_root ? QModelIndex()
                           : createIndex(node->row, column, const_cast<Node*>(node));
}

QModelIndex PermissionCatalogModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = nodeFor(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex PermissionCatalogModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* p = nodeFor(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, p);
}

int PermissionCatalogModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int PermissionCatalogModel::columnCount(const QModelIndex&) const {
    return int(Column::Count);
}

QModelIndex PermissionCatalogModel::indexOf(const QString& permission) const {
    const QStringList parts = permission.split(u':');
    const Node* node = &m_root;
    for (const QString& part : parts) {
        const Node* next = nullptr;
        for (const auto& c : node->children)
            if (c->name == part)
                next = c.get();
        if (!next)
            return {};
        node = next;
    }
    return indexOf(node);
}

QVariant PermissionCatalogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeFor(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return n->name;
        case Column::Label:
            return n->label;
        case Column::Conditions:
            return n->kind == Kind::Action && n->allowsConditions ? tr("Yes") : QString();
        case Column::DivisionAware:
            return n->kind == Kind::Action && n->divisionAware ? tr("Yes") : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return n->kind == Kind::Action ? tr("%1 — %2").arg(n->permission, n->label) : n->permission;
    case PermissionRole:
        return n->permission;
    case KindRole:
        return int(n->kind);
    case SearchTextRole:
        return n->permission + u' ' + n->label;
    default:
        return {};
    }
}

QVariant PermissionCatalogModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Permission");
    case Column::Label:
        return tr("Label");
    case Column::Conditions:
        return tr("Conditions");
    case Column::DivisionAware:
        return tr("Division aware");
    case Column::Count:
        break;
    }
    return {};
}

QString PermissionCatalogModel::actionPermission(const QModelIndex& index) {
    const QModelIndex first = index.siblingAtColumn(0);
    return first.data(KindRole).toInt() == int(Kind::Action) ? first.data(PermissionRole).toString()
                                                             : QString();
}
