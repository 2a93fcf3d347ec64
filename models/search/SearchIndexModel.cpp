#include "SearchIndexModel.h"

using namespace Qt::StringLiterals;

SearchIndexModel::SearchIndexModel(QObject* parent)
    : QAbstractListModel(parent) {}

QString SearchIndexModel::kindName(Kind kind) {
    switch (kind) {
    case Kind::Role:
        return tr("Role");
    case Kind::Permission:
        return tr("Permission");
    case Kind::Trustee:
        return tr("Trustee");
    case Kind::Trustor:
        return tr("Trustor");
    }
    return {};
}

void SearchIndexModel::setData(const OrgData& data) {
    beginResetModel();
    m_entries.clear();
    for (const DomainOrganizationRole& r : data.roles)
        m_entries.append({Kind::Role, r.name.value_or(QString()), r.description.value_or(QString()),
                          r.id.value_or(QString())});
    for (const DomainPermissionCollection& d : data.catalog) {
        const auto map = d.permissionMap.value_or(QMap<QString, QList<DomainPermission>>());
        for (auto e = map.cbegin(); e != map.cend(); ++e)
            for (const DomainPermission& p : e.value()) {
                const QString permission = u"%1:%2:%3"_s.arg(d.domain.value_or(QString()), e.key(),
                                                             p.action.value_or(QString()));
                m_entries.append(
                    {Kind::Permission, permission, p.label.value_or(QString()), permission});
            }
    }
    for (const TrusteeEntry& t : data.trustees)
        m_entries.append({Kind::Trustee,
                          t.trustee.organization.value_or(Organization{}).name.value_or(QString()),
                          tr("%n trustee user(s)", nullptr, int(t.members.size())),
                          t.trustee.id.value_or(QString())});
    for (const TrustorEntry& t : data.trustors)
        m_entries.append({Kind::Trustor,
                          t.trustor.organization.value_or(Organization{}).name.value_or(QString()),
                          tr("%n of our users", nullptr, int(t.members.size())),
                          t.trustor.id.value_or(QString())});
    endResetModel();
}

int SearchIndexModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SearchIndexModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.detail.isEmpty() ? e.title : tr("%1 — %2").arg(e.title, e.detail);
    case Qt::ToolTipRole:
        return kindName(e.kind);
    case KindRole:
        return int(e.kind);
    case KeyRole:
        return e.key;
    case SearchTextRole:
        return e.title + u' ' + e.detail;
    default:
        return {};
    }
}

SearchFilterProxy::SearchFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void SearchFilterProxy::setSearchText(const QString& text) {
    m_text = text.simplified();
    m_words = m_text.split(u' ', Qt::SkipEmptyParts);
    invalidate();
    sort(0);
}

bool SearchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty())
        return false; // nothing typed, nothing listed
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(SearchIndexModel::SearchTextRole)
                             .toString();
    for (const QString& word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool SearchFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QString l = left.data(SearchIndexModel::SearchTextRole).toString();
    const QString r = right.data(SearchIndexModel::SearchTextRole).toString();
    const bool lp = l.startsWith(m_text, Qt::CaseInsensitive);
    const bool rp = r.startsWith(m_text, Qt::CaseInsensitive);
    if (lp != rp)
        return lp;
    const int lk = left.data(SearchIndexModel::KindRole).toInt();
    const int rk = right.data(SearchIndexModel::KindRole).toInt();
    if (lk != rk)
        return lk < rk;
    return l.compare(r, Qt::CaseInsensitive) < 0;
}
