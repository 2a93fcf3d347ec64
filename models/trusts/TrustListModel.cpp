#include "trusts/TrustListModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString localDate(const std::optional<WireDateTime>& d) {
    return d ? QLocale().toString(d->dateTime().toLocalTime().date(), QLocale::ShortFormat)
             : QString();
}

QVariant sortable(const std::optional<WireDateTime>& d) {
    return d ? QVariant(d->dateTime()) : QVariant(QDateTime());
}

QString yesNo(const std::optional<bool>& flag) {
    return flag.value_or(false) ? TrustListModel::tr("Yes") : TrustListModel::tr("No");
}

QString roleNameList(const UserAuthorization& roles) {
    QStringList names;
    for (const DomainRole& r : roles.roles.value_or(QList<DomainRole>()))
        names.append(r.name.value_or(r.id.value_or(QString())));
    names.sort(Qt::CaseInsensitive);
    return names.join(u", "_s);
}

} // namespace

QString trustUserState(const std::optional<QString>& state) {
    if (state == u"active"_s)
        return TrustMemberModel::tr("Active");
    if (state == u"inactive"_s)
        return TrustMemberModel::tr("Inactive");
    if (state == u"deleted"_s)
        return TrustMemberModel::tr("Deleted");
    return state.value_or(QString());
}

TrustListModel::TrustListModel(TrustStore::Side side, QObject* parent)
    : QAbstractTableModel(parent)
    , m_side(side) {}

void TrustListModel::setStore(TrustStore* store) {
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store) {
        connect(store, &TrustStore::sideReset, this, &TrustListModel::storeReset);
        connect(store, &TrustStore::added, this, [this](TrustStore::Side side, const QString& id) {
            if (side != m_side)
                return;
            beginInsertRows({}, int(m_ids.size()), int(m_ids.size()));
            m_ids.append(id);
            endInsertRows();
        });
        connect(store, &TrustStore::changed, this,
                [this](TrustStore::Side side, const QString& id) {
                    const int row = int(m_ids.indexOf(id));
                    if (side == m_side && row >= 0)
                        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
                });
        connect(store, &TrustStore::removed, this,
                [this](TrustStore::Side side, const QString& id) {
                    const int row = int(m_ids.indexOf(id));
                    if (side != m_side || row < 0)
                        return;
                    beginRemoveRows({}, row, row);
                    m_ids.removeAt(row);
                    endRemoveRows();
                });
        connect(store, &QObject::destroyed, this, [this] { storeReset(m_side); });
    }
    storeReset(m_side);
}

void TrustListModel::storeReset(TrustStore::Side side) {
    if (side != m_side)
        return;
    beginResetModel();
    m_ids = m_store ? m_store->ids(m_side) : QStringList();
    endResetModel();
}

QModelIndex TrustListModel::indexOf(const QString& orgId) const {
    const int row = int(m_ids.indexOf(orgId));
    return row < 0 ? QModelIndex() : index(row, 0);
}

QString TrustListModel::expiryText(const std::optional<QDateTime>& expiry, const QDateTime& now) {
    if (!expiry || !expiry->isValid())
        return tr("never");
    const qint64 seconds = now.secsTo(*expiry);
    if (seconds <= 0)
        return tr("expired");
    if (seconds < 24 * 3600) {
        const int hours = int(seconds / 3600);
        return hours < 1 ? tr("within the hour") : tr("in %n hour(s)", nullptr, hours);
    }
    return tr("in %n day(s)", nullptr, int(seconds / (24 * 3600)));
}

int TrustListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TrustListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TrustListModel::data(const QModelIndex& index, int role) const {
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString id = m_ids.value(index.row());
    if (role == IdRole)
        return id;
    const auto column = Column(index.column());
    if (m_side == TrustStore::Side::Trustees) {
        const TrusteeEntry* t = m_store->trustee(id);
        return t ? trusteeData(*t, column, role) : QVariant();
    }
    const TrustorEntry* t = m_store->trustor(id);
    return t ? trustorData(*t, column, role) : QVariant();
}

QVariant TrustListModel::trusteeData(const TrusteeEntry& t, Column column, int role) const {
    const Trustee& trust = t.trustee;
    const std::optional<QDateTime> expiry =
        trust.dateExpired ? std::optional<QDateTime>(trust.dateExpired->dateTime()) : std::nullopt;
    if (role == SortRole) {
        switch (column) {
        case Column::Expires:
            return expiry ? QVariant(*expiry) : QVariant(QDateTime());
        case Column::Users:
            return int(t.members.size());
        case Column::Created:
            return sortable(trust.dateCreated);
        default:
            return data(index(int(m_ids.indexOf(t.id())), int(column)), Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Enabled:
            return trust.enabled.value_or(false)
                       ? tr("Its users can work in this organization with the roles given here.")
                       : tr("Disabled: its users keep their roles here but cannot use them until"
                            " the trust is enabled again.");
        case Column::Expires:
            return expiry ? QLocale().toString(expiry->toLocalTime(), QLocale::LongFormat)
                          : tr("This trust does not expire.");
        case Column::Users:
            return tr("Trustee users, of at most %1 per trust.").arg(TrusteeEntry::kMaxUsers);
        case Column::UsesDefaultRole:
            return tr("The trust gives its users this organization's default role.");
        case Column::HasFullAccess:
            return tr("The trust gives its users full access to this organization.");
        case Column::IsTrustedUser:
            return tr("The trust's users are trusted users here.");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && column == Column::Expires && expiry
        && *expiry <= now().addDays(7))
        return QColor(0xD5, 0x5E, 0x00); // Okabe-Ito vermillion: soon or already expired
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Name:
        return t.name();
    case Column::Enabled:
        return trust.enabled.value_or(false) ? tr("Enabled") : tr("Disabled");
    case Column::Expires:
        if (!expiry)
            return tr("never");
        return tr("%1 (%2)").arg(
            QLocale().toString(expiry->toLocalTime().date(), QLocale::ShortFormat),
            expiryText(expiry, now()));
    case Column::Users:
        return u"%1 / %2"_s.arg(t.members.size()).arg(TrusteeEntry::kMaxUsers);
    case Column::UsesDefaultRole:
        return yesNo(trust.usesDefaultRole);
    case Column::HasFullAccess:
        return yesNo(trust.hasFullAccess);
    case Column::IsTrustedUser:
        return yesNo(trust.isTrustedUser);
    case Column::CreatedBy:
        return trust.createdBy.value_or(OrgUser{}).name.value_or(QString());
    case Column::Created:
        return localDate(trust.dateCreated);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TrustListModel::trustorData(const TrustorEntry& t, Column column, int role) const {
    const Trustor& trust = t.trustor;
    const QStringList permissions =
        trust.authorization.value_or(TrusteeAuthorization{}).permissions.value_or(QStringList());
    if (role == SortRole) {
        switch (column) {
        case Column::Expires:
            return int(permissions.size());
        case Column::Users:
            return int(t.members.size());
        case Column::Created:
            return sortable(trust.dateCreated);
        default:
            return data(index(int(m_ids.indexOf(t.id())), int(column)), Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Expires && !permissions.isEmpty())
        return permissions.mid(0, 40).join(u'\n')
               + (permissions.size() > 40 ? u"\n…"_s : QString());
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Name:
        return t.name();
    case Column::Enabled:
        return trust.enabled.value_or(false) ? tr("Enabled") : tr("Disabled");
    case Column::Expires:
        return tr("%n permission(s)", nullptr, int(permissions.size()));
    case Column::Users:
        return QString::number(t.members.size());
    case Column::CreatedBy:
        return trust.createdBy.value_or(OrgUser{}).name.value_or(QString());
    case Column::Created:
        return localDate(trust.dateCreated);
    default:
        return QString();
    }
}

QVariant TrustListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool trustees = m_side == TrustStore::Side::Trustees;
    switch (Column(section)) {
    case Column::Name:
        return tr("Organization");
    case Column::Enabled:
        return tr("State");
    case Column::Expires:
        return trustees ? tr("Expires") : tr("Access there");
    case Column::Users:
        return trustees ? tr("Users") : tr("Our users");
    case Column::UsesDefaultRole:
        return trustees ? tr("Default role") : QString();
    case Column::HasFullAccess:
        return trustees ? tr("Full access") : QString();
    case Column::IsTrustedUser:
        return trustees ? tr("Trusted user") : QString();
    case Column::CreatedBy:
        return tr("Created by");
    case Column::Created:
        return tr("Created");
    case Column::Count:
        break;
    }
    return {};
}

TrustMemberModel::TrustMemberModel(TrustStore::Side side, QObject* parent)
    : QAbstractTableModel(parent)
    , m_side(side) {}

void TrustMemberModel::setStore(TrustStore* store) {
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store) {
        connect(store, &TrustStore::sideReset, this, [this](TrustStore::Side side) {
            if (side == m_side)
                refill();
        });
        for (auto signal : {&TrustStore::added, &TrustStore::changed, &TrustStore::removed})
            connect(store, signal, this, [this](TrustStore::Side side, const QString& id) {
                if (side == m_side && id == m_orgId)
                    refill();
            });
        connect(store, &QObject::destroyed, this, &TrustMemberModel::refill);
    }
    refill();
}

void TrustMemberModel::setOrganization(const QString& orgId) {
    m_orgId = orgId;
    refill();
}

void TrustMemberModel::refill() {
    beginResetModel();
    m_rows = 0;
    if (m_store && m_side == TrustStore::Side::Trustees) {
        if (const TrusteeEntry* t = m_store->trustee(m_orgId))
            m_rows = int(t->members.size());
    } else if (m_store) {
        if (const TrustorEntry* t = m_store->trustor(m_orgId))
            m_rows = int(t->members.size());
    }
    endResetModel();
}

const TrustUser* TrustMemberModel::user(int row) const {
    if (!m_store)
        return nullptr;
    if (m_side == TrustStore::Side::Trustees) {
        const TrusteeEntry* t = m_store->trustee(m_orgId);
        return t && row < t->members.size() ? &t->members.at(row).user : nullptr;
    }
    const TrustorEntry* t = m_store->trustor(m_orgId);
    return t && row < t->members.size() ? &t->members.at(row) : nullptr;
}

QModelIndex TrustMemberModel::indexOf(const QString& userId) const {
    for (int row = 0; row < m_rows; ++row)
        if (const TrustUser* u = user(row); u && u->id == userId)
            return index(row, 0);
    return {};
}

int TrustMemberModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int TrustMemberModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TrustMemberModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrustUser* u = user(index.row());
    if (!u)
        return {};
    const TrusteeMember* member = nullptr;
    if (m_side == TrustStore::Side::Trustees)
        member = &m_store->trustee(m_orgId)->members.at(index.row());
    if (role == IdRole)
        return u->id.value_or(QString());
    if (role == RoleIdsRole) {
        QStringList ids;
        if (member)
            for (const DomainRole& r : member->roles.roles.value_or(QList<DomainRole>()))
                ids.append(r.id.value_or(QString()));
        return ids;
    }
    const auto column = Column(index.column());
    const TrustUserDetails details = u->trustUserDetails.value_or(TrustUserDetails{});
    if (role == Qt::ToolTipRole && column == Column::Added && details.createdBy)
        return tr("Added by %1").arg(details.createdBy->name.value_or(QString()));
    if (role == Qt::ToolTipRole && column == Column::Roles && member)
        return roleNameList(member->roles).replace(u", "_s, u"\n"_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Name:
        return u->name.value_or(u->id.value_or(QString()));
    case Column::Email:
        return u->email.value_or(QString());
    case Column::State:
        return trustUserState(u->state);
    case Column::Roles:
        if (!member && !u->authorization)
            return tr("given by their admin there");
        if (member && !member->rolesLoaded)
            return tr("reading…");
        if (const QString names = roleNameList(member ? member->roles : *u->authorization);
            !names.isEmpty())
            return names;
        return tr("no roles");
    case Column::Added:
        return localDate(details.dateCreated);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TrustMemberModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("User");
    case Column::Email:
        return tr("Email");
    case Column::State:
        return tr("State");
    case Column::Roles:
        return m_side == TrustStore::Side::Trustees ? tr("Roles here") : tr("Roles there");
    case Column::Added:
        return tr("Added");
    case Column::Count:
        break;
    }
    return {};
}
