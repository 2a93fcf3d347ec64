#include "roles/PermissionTreeModel.h"

#include "roles/ConditionText.h"
#include "roles/RoleDraft.h"

#include <QFont>

using namespace Qt::StringLiterals;

PermissionTreeModel::PermissionTreeModel(QObject* parent)
    : PermissionCatalogModel(parent) {}

void PermissionTreeModel::setCatalog(const QList<DomainPermissionCollection>& catalog) {
    m_index = CatalogIndex(catalog);
    PermissionCatalogModel::setCatalog(catalog);
}

void PermissionTreeModel::catalogRebuilt() {
    m_nodes.clear();
    for (int d = 0; d < rowCount(); ++d) {
        Node* domain = nodeFor(index(d, 0));
        m_nodes.insert(domain->name, domain);
        for (const auto& entity : domain->children)
            m_nodes.insert(entity->permission, entity.get());
    }
    refresh(false);
}

void PermissionTreeModel::setDraft(RoleDraft* draft) {
    if (m_draft)
        disconnect(m_draft, nullptr, this, nullptr);
    m_draft = draft;
    if (draft)
        connect(draft, &RoleDraft::contentChanged, this, [this] { refresh(); });
    refresh();
}

void PermissionTreeModel::setEditable(bool editable) {
    if (editable == m_editable)
        return;
    m_editable = editable;
    // The flags changed everywhere; views ask for them again after a layout change.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

void PermissionTreeModel::refresh(bool notify) {
    std::vector<LeafState> next(leaves().size());
    const QList<DomainPermissionPolicy> policies =
        m_draft ? m_draft->content().policies : QList<DomainPermissionPolicy>();
    for (int i = 0; i < policies.size(); ++i) {
        const DomainPermissionPolicy& p = policies[i];
        const QString domain = p.domain.value_or(QString());
        const QString entity = p.entityName.value_or(QString());
        const QStringList actions = p.actionSet.value_or(QStringList());
        const bool anyAction = actions.contains(u"*"_s);
        const bool wildcard = domain == "*"_L1 || entity == "*"_L1 || anyAction;
        const QString condition =
            p.resourceConditionNode ? ConditionText::format(*p.resourceConditionNode) : QString();
        QList<const Node*> entities;
        const QList<const Node*> domains = domain == "*"_L1
                                               ? [this] {
                                                     QList<const Node*> all;
                                                     for (int d = 0; d < rowCount(); ++d)
                                                         all.append(nodeFor(index(d, 0)));
                                                     return all;
                                                 }()
                                               : QList<const Node*>{m_nodes.value(domain)};
        for (const Node* d : domains) {
            if (!d)
                continue;
            if (entity == "*"_L1) {
                for (const auto& e : d->children)
                    entities.append(e.get());
            } else if (const Node* e = m_nodes.value(d->name + u':' + entity)) {
                entities.append(e);
            }
        }
        const QString via =
            domain + u':' + entity + u':' + (anyAction ? u"*"_s : actions.join(u','));
        for (const Node* e : entities) {
            for (const auto& a : e->children) {
                if (!anyAction && !actions.contains(a->name))
                    continue;
                LeafState& s = next[size_t(a->firstLeaf)];
                // An unconditioned grant wins over a conditioned one; explicit over wildcard.
                const Grant g = !condition.isEmpty() ? Grant::Conditional
                                : wildcard           ? Grant::Wildcard
                                                     : Grant::Explicit;
                const auto rank = [](Grant x) {
                    return x == Grant::Explicit      ? 3
                           : x == Grant::Wildcard    ? 2
                           : x == Grant::Conditional ? 1
                                                     : 0;
                };
                if (rank(g) <= rank(s.grant))
                    continue;
                s.grant = g;
                s.policy = i;
                s.via = wildcard ? via : QString();
                s.condition = condition;
            }
        }
    }
    std::vector<int> before(next.size() + 1, 0);
    for (size_t i = 0; i < next.size(); ++i)
        before[i + 1] = before[i] + (next[i].grant != Grant::None ? 1 : 0);

    // Tell the views about what changed only: the actions, and the entities and domains above.
    QList<const Node*> changed;
    QSet<const Node*> parents;
    for (size_t i = 0; notify && i < next.size() && i < m_states.size(); ++i) {
        if (next[i] == m_states[i])
            continue;
        const Node* leaf = leaves()[i];
        changed.append(leaf);
        parents.insert(leaf->parent);
        parents.insert(leaf->parent->parent);
    }
    m_states = std::move(next);
    m_grantedBefore = std::move(before);
    for (const Node* n : std::as_const(changed))
        Q_EMIT dataChanged(indexOf(n), indexOf(n, GrantedByColumn));
    for (const Node* n : std::as_const(parents))
        Q_EMIT dataChanged(indexOf(n), indexOf(n, GrantedByColumn));
}

Qt::CheckState PermissionTreeModel::checkState(const Node* n) const {
    const int granted = m_grantedBefore[size_t(n->firstLeaf + n->leafCount)]
                        - m_grantedBefore[size_t(n->firstLeaf)];
    return granted == 0              ? Qt::Unchecked
           : granted == n->leafCount ? Qt::Checked
                                     : Qt::PartiallyChecked;
}

int PermissionTreeModel::grantedCount() const {
    return m_grantedBefore.empty() ? 0 : m_grantedBefore.back();
}

QStringList PermissionTreeModel::permissionsUnder(const QModelIndex& index) const {
    QStringList out;
    const Node* n = nodeFor(index);
    for (int i = n->firstLeaf; i < n->firstLeaf + n->leafCount; ++i)
        out.append(leaves()[size_t(i)]->permission);
    return out;
}

int PermissionTreeModel::columnCount(const QModelIndex&) const {
    return GrantedByColumn + 1;
}

QVariant PermissionTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeFor(index);
    const bool leaf = n->kind == Kind::Action;
    const LeafState* s = leaf ? &m_states[size_t(n->firstLeaf)] : nullptr;
    switch (role) {
    case Qt::CheckStateRole:
        return index.column() == 0 ? QVariant(checkState(n)) : QVariant();
    case GrantRole:
        return s ? int(s->grant) : QVariant();
    case PolicyRole:
        return s ? s->policy : QVariant();
    case Qt::FontRole:
        if (s && s->grant == Grant::Wildcard) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (s && s->grant == Grant::Wildcard)
            return tr("Granted by the wildcard policy %1").arg(s->via);
        if (s && s->grant == Grant::Conditional)
            return tr("Granted only when %1").arg(s->condition);
        break;
    case Qt::DisplayRole:
        if (index.column() == GrantedByColumn) {
            if (!s)
                return {};
            switch (s->grant) {
            case Grant::Explicit:
                return tr("This role");
            case Grant::Wildcard:
                return tr("Wildcard %1").arg(s->via);
            case Grant::Conditional:
                return tr("This role, with a condition");
            case Grant::None:
                return {};
            }
        }
        if (index.column() == int(Column::Conditions) && s && !s->condition.isEmpty())
            return s->condition;
        break;
    default:
        break;
    }
    return index.column() == GrantedByColumn ? QVariant()
                                             : PermissionCatalogModel::data(index, role);
}

bool PermissionTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || index.column() != 0 || !m_draft || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    // A click on a partly checked box grants everything below it.
    const bool grant = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    m_draft->setGranted(permissionsUnder(index), grant, m_index);
    return true;
}

Qt::ItemFlags PermissionTreeModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = PermissionCatalogModel::flags(index);
    if (index.isValid() && index.column() == 0 && m_draft && m_editable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant PermissionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == GrantedByColumn && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Granted by");
    return PermissionCatalogModel::headerData(section, orientation, role);
}
