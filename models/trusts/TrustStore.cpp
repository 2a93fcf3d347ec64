#include "trusts/TrustStore.h"

namespace {

template <typename Entry>
qsizetype indexOf(const QList<Entry>& entries, const QString& id) {
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries[i].id() == id)
            return i;
    return -1;
}

} // namespace

QString TrusteeEntry::name() const {
    return trustee.organization.value_or(Organization{}).name.value_or(id());
}

const TrusteeMember* TrusteeEntry::member(const QString& userId) const {
    for (const TrusteeMember& m : members)
        if (m.user.id == userId)
            return &m;
    return nullptr;
}

int TrusteeEntry::membersWithoutRoles() const {
    return int(std::count_if(members.cbegin(), members.cend(),
                             [](const TrusteeMember& m) { return !m.rolesLoaded; }));
}

QString TrustorEntry::name() const {
    return trustor.organization.value_or(Organization{}).name.value_or(id());
}

TrustStore::TrustStore(QObject* parent)
    : QObject(parent) {}

void TrustStore::reset(const QList<TrusteeEntry>& trustees, const QList<TrustorEntry>& trustors) {
    m_trustees = trustees;
    m_trustors = trustors;
    m_loaded = true;
    Q_EMIT sideReset(Side::Trustees);
    Q_EMIT sideReset(Side::Trustors);
}

void TrustStore::upsertTrustee(const TrusteeEntry& trustee) {
    if (trustee.id().isEmpty())
        return;
    if (const qsizetype i = indexOf(m_trustees, trustee.id()); i >= 0) {
        m_trustees[i] = trustee;
        Q_EMIT changed(Side::Trustees, trustee.id());
        return;
    }
    m_trustees.append(trustee);
    Q_EMIT added(Side::Trustees, trustee.id());
}

void TrustStore::setMemberRoles(const QString& orgId,
                                const QHash<QString, UserAuthorization>& rolesByUser) {
    const qsizetype i = indexOf(m_trustees, orgId);
    if (i < 0)
        return;
    bool any = false;
    for (TrusteeMember& m : m_trustees[i].members) {
        const auto it = rolesByUser.constFind(m.user.id.value_or(QString()));
        if (it == rolesByUser.cend())
            continue;
        m.roles = *it;
        m.rolesLoaded = true;
        any = true;
    }
    if (any)
        Q_EMIT changed(Side::Trustees, orgId);
}

int TrustStore::membersWithoutRoles() const {
    int count = 0;
    for (const TrusteeEntry& t : m_trustees)
        count += t.membersWithoutRoles();
    return count;
}

void TrustStore::upsertTrustor(const TrustorEntry& trustor) {
    if (trustor.id().isEmpty())
        return;
    if (const qsizetype i = indexOf(m_trustors, trustor.id()); i >= 0) {
        m_trustors[i] = trustor;
        Q_EMIT changed(Side::Trustors, trustor.id());
        return;
    }
    m_trustors.append(trustor);
    Q_EMIT added(Side::Trustors, trustor.id());
}

void TrustStore::removeTrustee(const QString& orgId) {
    const qsizetype i = indexOf(m_trustees, orgId);
    if (i < 0)
        return;
    m_trustees.removeAt(i);
    Q_EMIT removed(Side::Trustees, orgId);
}

void TrustStore::removeTrustor(const QString& orgId) {
    const qsizetype i = indexOf(m_trustors, orgId);
    if (i < 0)
        return;
    m_trustors.removeAt(i);
    Q_EMIT removed(Side::Trustors, orgId);
}

const TrusteeEntry* TrustStore::trustee(const QString& orgId) const {
    const qsizetype i = indexOf(m_trustees, orgId);
    return i < 0 ? nullptr : &m_trustees.at(i);
}

const TrustorEntry* TrustStore::trustor(const QString& orgId) const {
    const qsizetype i = indexOf(m_trustors, orgId);
    return i < 0 ? nullptr : &m_trustors.at(i);
}

QStringList TrustStore::ids(Side side) const {
    QStringList out;
    if (side == Side::Trustees)
        for (const TrusteeEntry& t : m_trustees)
            out.append(t.id());
    else
        for (const TrustorEntry& t : m_trustors)
            out.append(t.id());
    return out;
}
