#include "diff/DiffTreeModel.h"

#include <QColor>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

DiffTreeModel::DiffTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {}

QString DiffTreeModel::glyph(Change change) {
    // The typographic minus reads better in a tree than the text report's hyphen.
    return change == Change::Removed     ? u"\u2212"_s
           : change == Change::Unchanged ? QString()
                                         : RoleDiff::glyph(change);
}

QColor DiffTreeModel::colour(Change change) {
    // Okabe-Ito: blue, vermillion and reddish purple stay apart in every common colour blindness;
    // the glyph carries the meaning without colour.
    switch (change) {
    case Change::Added:
        return QColor(0x00, 0x72, 0xB2);
    case Change::Removed:
        return QColor(0xD5, 0x5E, 0x00);
    case Change::ConditionChanged:
        return QColor(0xA8, 0x4E, 0x8C);
    case Change::Unchanged:
        break;
    }
    return QColor();
}

void DiffTreeModel::clear() {
    setResult({}, QString(), QString());
}

void DiffTreeModel::setResult(const RoleDiff::Result& result, const QString& roleLabel,
                              const QString& referenceLabel) {
    beginResetModel();
    m_result = result;
    m_roleLabel = roleLabel;
    m_referenceLabel = referenceLabel;
    m_nodes.clear();
    m_domains.clear();
    m_byPermission.clear();
    m_nodes.reserve(size_t(result.atoms.size()) * 5 / 4 + 16);
    // Atoms are sorted by permission, so each domain and entity is one run.
    int domain = -1, entity = -1;
    for (int i = 0; i < m_result.atoms.size(); ++i) {
        const RoleDiff::AtomDiff& a = m_result.atoms[i];
        if (domain < 0 || m_nodes[size_t(domain)].name != a.domain) {
            Node d;
            d.name = a.domain;
            d.row = int(m_domains.size());
            domain = int(m_nodes.size());
            m_nodes.push_back(d);
            m_domains.append(domain);
            entity = -1;
        }
        if (entity < 0 || m_nodes[size_t(entity)].name != a.entity) {
            Node e;
            e.name = a.entity;
            e.parent = domain;
            e.row = int(m_nodes[size_t(domain)].children.size());
            entity = int(m_nodes.size());
            m_nodes.push_back(e);
            m_nodes[size_t(domain)].children.append(entity);
        }
        Node n;
        n.name = a.action;
        n.parent = entity;
        n.atom = i;
        n.row = int(m_nodes[size_t(entity)].children.size());
        const int at = int(m_nodes.size());
        m_nodes.push_back(n);
        m_nodes[size_t(entity)].children.append(at);
        ++m_nodes[size_t(entity)].counts[int(a.change)];
        ++m_nodes[size_t(domain)].counts[int(a.change)];
        m_byPermission.insert(a.permission(), at);
    }
    endResetModel();
}

void DiffTreeModel::setCheckable(bool checkable) {
    if (m_checkable == checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    for (Node& n : m_nodes)
        n.checked = false;
    endResetModel();
    Q_EMIT checkedChanged();
}

QStringList DiffTreeModel::checkedPermissions() const {
    QStringList out;
    for (const Node& n : m_nodes)
        if (n.atom >= 0 && n.checked)
            out.append(m_result.atoms[n.atom].permission());
    return out;
}

void DiffTreeModel::setAllChecked(bool checked) {
    for (int d : std::as_const(m_domains)) {
        setChecked(d, checked);
        emitCheckChanged(d);
    }
    Q_EMIT checkedChanged();
}

QModelIndex DiffTreeModel::indexOf(const QString& permission) const {
    const auto it = m_byPermission.constFind(permission);
    if (it == m_byPermission.cend())
        return {};
    return createIndex(m_nodes[size_t(*it)].row, 0, quintptr(*it));
}

const DiffTreeModel::Node* DiffTreeModel::node(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= int(Column::Count))
        return {};
    if (!parent.isValid())
        return row < m_domains.size() ? createIndex(row, column, quintptr(m_domains[row]))
                                      : QModelIndex();
    const Node* p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex DiffTreeModel::parent(const QModelIndex& child) const {
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int DiffTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_domains.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int DiffTreeModel::columnCount(const QModelIndex&) const {
    return int(Column::Count);
}

Qt::CheckState DiffTreeModel::checkState(const Node& n) const {
    if (n.atom >= 0)
        return n.checked ? Qt::Checked : Qt::Unchecked;
    int checked = 0, checkable = 0;
    std::function<void(const Node&)> walk = [&](const Node& x) {
        for (int c : x.children) {
            const Node& cn = m_nodes[size_t(c)];
            if (cn.atom >= 0) {
                if (m_result.atoms[cn.atom].change == Change::Unchanged)
                    continue;
                ++checkable;
                checked += cn.checked ? 1 : 0;
            } else {
                walk(cn);
            }
        }
    };
    walk(n);
    return checked == 0 ? Qt::Unchecked : checked == checkable ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant DiffTreeModel::data(const QModelIndex& index, int role) const {
    const Node* n = node(index);
    if (!n)
        return {};
    const auto column = Column(index.column());
    return n->atom >= 0 ? actionData(*n, column, role) : groupData(*n, column, role);
}

QVariant DiffTreeModel::actionData(const Node& n, Column column, int role) const {
    const RoleDiff::AtomDiff& a = m_result.atoms[n.atom];
    switch (role) {
    case ChangeRole:
        return int(a.change);
    case PermissionRole:
        return a.permission();
    case DifferenceCountRole:
        return a.change == Change::Unchanged ? 0 : 1;
    case IsActionRole:
        return true;
    case Qt::ForegroundRole:
        if (a.change != Change::Unchanged && column != Column::ReferenceCondition)
            return colour(a.change);
        return {};
    case Qt::CheckStateRole:
        if (m_checkable && column == Column::Permission && a.change != Change::Unchanged)
            return n.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const auto conditions = [](const QStringList& list, bool grants) {
        if (!grants)
            return tr("not granted");
        QStringList shown;
        for (const QString& c : list)
            shown.append(c.isEmpty() ? tr("granted") : tr("if %1").arg(c));
        return shown.join(u"; "_s);
    };
    switch (column) {
    case Column::Permission: {
        const QString g = glyph(a.change);
        if (role == Qt::ToolTipRole)
            return a.permission();
        return g.isEmpty() ? u"   "_s + a.action : g + u"  "_s + a.action;
    }
    case Column::Difference:
        switch (a.change) {
        case Change::Added:
            return tr("only in %1").arg(m_roleLabel);
        case Change::Removed:
            return tr("only in %1").arg(m_referenceLabel);
        case Change::ConditionChanged:
            return tr("condition differs: %1").arg(a.changedProperties.join(u", "_s));
        case Change::Unchanged:
            return tr("same");
        }
        return {};
    case Column::RoleCondition:
        return conditions(a.roleConditions, !a.roleConditions.isEmpty());
    case Column::ReferenceCondition:
        return conditions(a.referenceConditions, !a.referenceConditions.isEmpty());
    case Column::Count:
        break;
    }
    return {};
}

QVariant DiffTreeModel::groupData(const Node& n, Column column, int role) const {
    const int added = n.counts[int(Change::Added)];
    const int removed = n.counts[int(Change::Removed)];
    const int changed = n.counts[int(Change::ConditionChanged)];
    const int same = n.counts[int(Change::Unchanged)];
    switch (role) {
    case PermissionRole:
        return n.parent < 0 ? n.name : m_nodes[size_t(n.parent)].name + u':' + n.name;
    case DifferenceCountRole:
        return added + removed + changed;
    case IsActionRole:
        return false;
    case Qt::CheckStateRole:
        if (m_checkable && column == Column::Permission && added + removed + changed > 0)
            return checkState(n);
        return {};
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (column == Column::Difference)
            return tr("%1 only in %2, %3 only in %4, %5 with a different condition, %6 the same")
                .arg(added)
                .arg(m_roleLabel)
                .arg(removed)
                .arg(m_referenceLabel)
                .arg(changed)
                .arg(same);
        return {};
    default:
        return {};
    }
    if (column == Column::Permission)
        return n.name;
    if (column != Column::Difference)
        return {};
    QStringList parts;
    if (added)
        parts.append(u"+%1"_s.arg(added));
    if (removed)
        parts.append(u"\u2212%1"_s.arg(removed));
    if (changed)
        parts.append(u"~%1"_s.arg(changed));
    if (parts.isEmpty())
        return tr("same (%n)", nullptr, same);
    return parts.join(u"  "_s);
}

bool DiffTreeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !m_checkable || index.column() != 0)
        return false;
    const Node* n = node(index);
    if (!n)
        return false;
    const bool checked = Qt::CheckState(value.toInt()) != Qt::Unchecked;
    setChecked(int(index.internalId()), checked);
    emitCheckChanged(int(index.internalId()));
    Q_EMIT checkedChanged();
    return true;
}

void DiffTreeModel::setChecked(int nodeIndex, bool checked) {
    Node& n = m_nodes[size_t(nodeIndex)];
    if (n.atom >= 0) {
        if (m_result.atoms[n.atom].change != Change::Unchanged)
            n.checked = checked;
        return;
    }
    for (int c : n.children)
        setChecked(c, checked);
}

void DiffTreeModel::emitCheckChanged(int nodeIndex) {
    // The row, everything below it and every ancestor show a new check state.
    const Node& n = m_nodes[size_t(nodeIndex)];
    const QModelIndex self = createIndex(n.row, 0, quintptr(nodeIndex));
    Q_EMIT dataChanged(self, self, {Qt::CheckStateRole});
    std::function<void(int)> down = [&](int i) {
        const Node& x = m_nodes[size_t(i)];
        if (x.children.isEmpty())
            return;
        Q_EMIT dataChanged(createIndex(0, 0, quintptr(x.children.first())),
                           createIndex(int(x.children.size()) - 1, 0, quintptr(x.children.last())),
                           {Qt::CheckStateRole});
        for (int c : x.children)
            down(c);
    };
    down(nodeIndex);
    for (int p = n.parent; p >= 0; p = m_nodes[size_t(p)].parent) {
        const QModelIndex pi = createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
        Q_EMIT dataChanged(pi, pi, {Qt::CheckStateRole});
    }
}

Qt::ItemFlags DiffTreeModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (m_checkable && index.column() == 0 && data(index, DifferenceCountRole).toInt() > 0)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Permission:
        return tr("Permission");
    case Column::Difference:
        return tr("Difference");
    case Column::RoleCondition:
        return m_roleLabel.isEmpty() ? tr("Left") : m_roleLabel;
    case Column::ReferenceCondition:
        return m_referenceLabel.isEmpty() ? tr("Right") : m_referenceLabel;
    case Column::Count:
        break;
    }
    return {};
}

DiffFilterProxy::DiffFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
}

void DiffFilterProxy::setDifferencesOnly(bool only) {
    if (m_differencesOnly == only)
        return;
    m_differencesOnly = only;
    invalidateRowsFilter();
}

void DiffFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool DiffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!index.data(DiffTreeModel::IsActionRole).toBool())
        return false; // a domain or entity shows when something below it does (recursive)
    if (m_differencesOnly && index.data(DiffTreeModel::DifferenceCountRole).toInt() == 0)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(DiffTreeModel::PermissionRole).toString() + u' '
                             + sourceModel()->index(sourceRow, 2, sourceParent).data().toString()
                             + u' '
                             + sourceModel()->index(sourceRow, 3, sourceParent).data().toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString& w) { return haystack.contains(w, Qt::CaseInsensitive); });
}
