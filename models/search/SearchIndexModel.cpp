#include "search/SearchIndexModel.h"

#include "catalog/CatalogStore.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "trusts/TrustStore.h"
#include "users/UserDirectory.h"

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
    case Kind::Person:
        return tr("Person");
    }
    return {};
}

void SearchIndexModel::setSession(OrgSession* session) {
    if (m_session) {
        m_session->roles()->disconnect(this);
        m_session->catalog()->disconnect(this);
        m_session->trusts()->disconnect(this);
        m_session->users()->disconnect(this);
    }
    m_session = session;
    if (session) {
        RoleStore* roles = session->roles();
        connect(roles, &RoleStore::rolesReset, this,
                [this] { replaceSection(m_roles, 0, roleEntries()); });
        connect(roles, &RoleStore::roleAdded, this, &SearchIndexModel::roleAdded);
        connect(roles, &RoleStore::roleChanged, this, &SearchIndexModel::roleChanged);
        connect(roles, &RoleStore::roleRemoved, this, &SearchIndexModel::roleRemoved);
        connect(session->catalog(), &CatalogStore::permissionsChanged, this, [this] {
            replaceSection(m_permissions, int(m_roles.size()), permissionEntries());
        });
        const auto trustsChanged = [this] {
            replaceSection(m_trusts, int(m_roles.size() + m_permissions.size()), trustEntries());
        };
        connect(session->trusts(), &TrustStore::sideReset, this, trustsChanged);
        for (auto signal : {&TrustStore::added, &TrustStore::changed, &TrustStore::removed})
            connect(session->trusts(), signal, this, trustsChanged);
        connect(session->users(), &UserDirectory::loaded, this, [this] {
            replaceSection(m_people, int(m_roles.size() + m_permissions.size() + m_trusts.size()),
                           personEntries());
        });
        connect(session, &QObject::destroyed, this, &SearchIndexModel::rebuild);
    }
    rebuild();
}

SearchIndexModel::Entry SearchIndexModel::roleEntry(const QString& roleId) const {
    const DomainOrganizationRole* r = m_session->roles()->find(roleId);
    return {Kind::Role, r ? r->name.value_or(QString()) : QString(),
            r ? r->description.value_or(QString()) : QString(), roleId};
}

QList<SearchIndexModel::Entry> SearchIndexModel::roleEntries() const {
    QList<Entry> out;
    if (m_session)
        for (const DomainOrganizationRole& r : m_session->roles()->roles())
            out.append(roleEntry(r.id.value_or(QString())));
    return out;
}

QList<SearchIndexModel::Entry> SearchIndexModel::permissionEntries() const {
    QList<Entry> out;
    if (!m_session)
        return out;
    for (const DomainPermissionCollection& d : m_session->catalog()->permissions()) {
        const auto map = d.permissionMap.value_or(QMap<QString, QList<DomainPermission>>());
        for (auto e = map.cbegin(); e != map.cend(); ++e)
            for (const DomainPermission& p : e.value()) {
                const QString permission = u"%1:%2:%3"_s.arg(d.domain.value_or(QString()), e.key(),
                                                             p.action.value_or(QString()));
                out.append({Kind::Permission, permission, p.label.value_or(QString()), permission});
            }
    }
    return out;
}

QList<SearchIndexModel::Entry> SearchIndexModel::trustEntries() const {
    QList<Entry> out;
    if (!m_session)
        return out;
    for (const TrusteeEntry& t : m_session->trusts()->trustees())
        out.append({Kind::Trustee,
                    t.trustee.organization.value_or(Organization{}).name.value_or(QString()),
                    tr("%n trustee user(s)", nullptr, int(t.members.size())), t.id()});
    for (const TrustorEntry& t : m_session->trusts()->trustors())
        out.append({Kind::Trustor,
                    t.trustor.organization.value_or(Organization{}).name.value_or(QString()),
                    tr("%n of our users", nullptr, int(t.members.size())), t.id()});
    return out;
}

QList<SearchIndexModel::Entry> SearchIndexModel::personEntries() const {
    QList<Entry> out;
    if (!m_session || !m_session->users()->isLoaded())
        return out;
    const UserDirectory* users = m_session->users();
    for (const User& u : users->users()) {
        const QString id = u.id.value_or(QString());
        out.append({Kind::Person, users->displayName(id), u.email.value_or(QString()), id});
    }
    return out;
}

void SearchIndexModel::rebuild() {
    beginResetModel();
    m_roles = roleEntries();
    m_permissions = permissionEntries();
    m_trusts = trustEntries();
    m_people = personEntries();
    endResetModel();
}

void SearchIndexModel::replaceSection(QList<Entry>& section, int firstRow, QList<Entry> entries) {
    if (!section.isEmpty()) {
        beginRemoveRows({}, firstRow, firstRow + int(section.size()) - 1);
        section.clear();
        endRemoveRows();
    }
    if (entries.isEmpty())
        return;
    beginInsertRows({}, firstRow, firstRow + int(entries.size()) - 1);
    section = std::move(entries);
    endInsertRows();
}

const SearchIndexModel::Entry& SearchIndexModel::entry(int row) const {
    if (row < m_roles.size())
        return m_roles.at(row);
    row -= int(m_roles.size());
    if (row < m_permissions.size())
        return m_permissions.at(row);
    row -= int(m_permissions.size());
    if (row < m_trusts.size())
        return m_trusts.at(row);
    return m_people.at(row - m_trusts.size());
}

void SearchIndexModel::roleAdded(const QString& roleId) {
    // New roles go at the end of the roles' section, before the permissions.
    const int row = int(m_roles.size());
    beginInsertRows({}, row, row);
    m_roles.append(roleEntry(roleId));
    endInsertRows();
}

void SearchIndexModel::roleChanged(const QString& roleId) {
    for (int row = 0; row < m_roles.size(); ++row)
        if (m_roles[row].key == roleId) {
            m_roles[row] = roleEntry(roleId);
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
}

void SearchIndexModel::roleRemoved(const QString& roleId) {
    for (int row = 0; row < m_roles.size(); ++row)
        if (m_roles[row].key == roleId) {
            beginRemoveRows({}, row, row);
            m_roles.removeAt(row);
            endRemoveRows();
            return;
        }
}

int SearchIndexModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid()
               ? 0
               : int(m_roles.size() + m_permissions.size() + m_trusts.size() + m_people.size());
}

QVariant SearchIndexModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // The kind first, so a role and a permission of the same name are told apart.
        const QString text = e.detail.isEmpty() ? e.title : tr("%1 — %2").arg(e.title, e.detail);
        return tr("%1 · %2", "kind · name").arg(kindName(e.kind), text);
    }
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
