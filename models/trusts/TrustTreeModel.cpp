#include "trusts/TrustTreeModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString userState(const std::optional<QString>& state) {
    if (state == u"active"_s)
        return TrustTreeModel::tr("Active");
    if (state == u"inactive"_s)
        return TrustTreeModel::tr("Inactive");
    if (state == u"deleted"_s)
        return TrustTreeModel::tr("Deleted");
    return state.value_or(QString());
}

QString localDate(const std::optional<WireDateTime>& d) {
    return d ? QLocale().toString(d->dateTime().toLocalTime().date(), QLocale::ShortFormat)
             : QString();
}

QString sinceOf(const TrustUser& u) {
    return localDate(u.trustUserDetails.value_or(TrustUserDetails{}).dateCreated);
}

// Top-level rows have internal id 0; a user row carries its organization's row + 1.
constexpr quintptr kTopLevel = 0;

} // namespace

TrustTreeModel::TrustTreeModel(TrustStore::Side side, QObject* parent)
    : QAbstractItemModel(parent)
    , m_side(side) {}

void TrustTreeModel::setStore(TrustStore* store) {
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store) {
        connect(store, &TrustStore::sideReset, this, &TrustTreeModel::storeReset);
        connect(store, &TrustStore::added, this, &TrustTreeModel::added);
        connect(store, &TrustStore::changed, this, &TrustTreeModel::changed);
        connect(store, &TrustStore::removed, this, &TrustTreeModel::removed);
        connect(store, &QObject::destroyed, this, [this] { storeReset(m_side); });
    }
    storeReset(m_side);
}

int TrustTreeModel::memberCount(int row) const {
    if (!m_store)
        return 0;
    if (m_side == TrustStore::Side::Trustees) {
        const TrusteeEntry* t = m_store->trustee(m_ids.value(row));
        return t ? int(t->members.size()) : 0;
    }
    const TrustorEntry* t = m_store->trustor(m_ids.value(row));
    return t ? int(t->members.size()) : 0;
}

void TrustTreeModel::storeReset(TrustStore::Side side) {
    if (side != m_side)
        return;
    beginResetModel();
    m_ids = m_store ? m_store->ids(m_side) : QStringList();
    m_memberCounts.clear();
    for (int row = 0; row < m_ids.size(); ++row)
        m_memberCounts.append(memberCount(row));
    endResetModel();
}

void TrustTreeModel::added(TrustStore::Side side, const QString& orgId) {
    if (side != m_side)
        return;
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(orgId);
    m_memberCounts.append(memberCount(row));
    endInsertRows();
}

void TrustTreeModel::changed(TrustStore::Side side, const QString& orgId) {
    const int row = int(m_ids.indexOf(orgId));
    if (side != m_side || row < 0)
        return;
    const QModelIndex top = index(row, 0);
    const int before = m_memberCounts[row];
    const int after = memberCount(row);
    // The users below may be others now: they go, and the current ones come.
    if (before > 0) {
        beginRemoveRows(top, 0, before - 1);
        m_memberCounts[row] = 0;
        endRemoveRows();
    }
    if (after > 0) {
        beginInsertRows(top, 0, after - 1);
        m_memberCounts[row] = after;
        endInsertRows();
    }
    Q_EMIT dataChanged(top, index(row, int(Column::Count) - 1));
}

void TrustTreeModel::removed(TrustStore::Side side, const QString& orgId) {
    const int row = int(m_ids.indexOf(orgId));
    if (side != m_side || row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_memberCounts.removeAt(row);
    endRemoveRows();
}

QModelIndex TrustTreeModel::indexOf(const QString& orgId) const {
    const int row = int(m_ids.indexOf(orgId));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex TrustTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TrustTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int TrustTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_ids.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return m_memberCounts.value(parent.row());
}

int TrustTreeModel::columnCount(const QModelIndex&) const {
    return int(Column::Count);
}

QVariant TrustTreeModel::data(const QModelIndex& index, int role) const {
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto column = Column(index.column());
    if (index.internalId() == kTopLevel)
        return organizationData(index.row(), column, role);
    return memberData(int(index.internalId() - 1), index.row(), column, role);
}

QVariant TrustTreeModel::organizationData(int row, Column column, int role) const {
    const QString id = m_ids.value(row);
    const bool trustees = m_side == TrustStore::Side::Trustees;
    const TrusteeEntry* trustee = trustees ? m_store->trustee(id) : nullptr;
    const TrustorEntry* trustor = trustees ? nullptr : m_store->trustor(id);
    if (!trustee && !trustor)
        return {};
    if (role == IdRole)
        return id;
    if (role == Qt::ToolTipRole && column == Column::Email && trustee
        && trustee->trustee.dateExpired)
        return tr("Expires %1").arg(localDate(trustee->trustee.dateExpired));
    if (role != Qt::DisplayRole)
        return {};
    const bool enabled = trustee ? trustee->trustee.enabled.value_or(false)
                                 : trustor->trustor.enabled.value_or(false);
    switch (column) {
    case Column::Name:
        return trustee ? trustee->name() : trustor->name();
    case Column::Status:
        return enabled ? tr("Enabled") : tr("Disabled");
    case Column::Access:
        if (trustee)
            return tr("%n user(s)", nullptr, int(trustee->members.size()));
        return tr("%n permission(s)", nullptr,
                  int(trustor->trustor.authorization.value_or(TrusteeAuthorization{})
                          .permissions.value_or(QStringList())
                          .size()));
    case Column::Since:
        return localDate(trustee ? trustee->trustee.dateCreated : trustor->trustor.dateCreated);
    case Column::Email:
    case Column::Count:
        break;
    }
    return {};
}

QVariant TrustTreeModel::memberData(int row, int member, Column column, int role) const {
    const QString id = m_ids.value(row);
    const TrusteeMember* trusteeUser = nullptr;
    const TrustUser* user = nullptr;
    if (m_side == TrustStore::Side::Trustees) {
        if (const TrusteeEntry* t = m_store->trustee(id); t && member < t->members.size()) {
            trusteeUser = &t->members.at(member);
            user = &trusteeUser->user;
        }
    } else if (const TrustorEntry* t = m_store->trustor(id); t && member < t->members.size()) {
        user = &t->members.at(member);
    }
    if (!user)
        return {};
    if (role == IdRole)
        return user->id.value_or(QString());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Name:
        return user->name.value_or(user->id.value_or(QString()));
    case Column::Email:
        return user->email.value_or(QString());
    case Column::Status:
        return userState(user->state);
    case Column::Access: {
        if (!trusteeUser)
            return QString();
        QStringList roles;
        for (const DomainRole& r : trusteeUser->roles.roles.value_or(QList<DomainRole>()))
            roles.append(r.name.value_or(QString()));
        return roles.isEmpty() ? tr("no roles") : roles.join(u", "_s);
    }
    case Column::Since:
        return sinceOf(*user);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TrustTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool trustees = m_side == TrustStore::Side::Trustees;
    switch (Column(section)) {
    case Column::Name:
        return trustees ? tr("Organization / user") : tr("Organization / our user");
    case Column::Email:
        return tr("Email");
    case Column::Status:
        return tr("Status");
    case Column::Access:
        return trustees ? tr("Roles here") : tr("Permissions there");
    case Column::Since:
        return tr("Since");
    case Column::Count:
        break;
    }
    return {};
}
