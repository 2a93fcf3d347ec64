#include "roles/RoleStore.h"

namespace {

QString nameKey(const QString& name) {
    return name.trimmed().toCaseFolded();
}

} // namespace

RoleStore::RoleStore(QObject* parent)
    : QObject(parent) {}

void RoleStore::reset(QList<DomainOrganizationRole> roles) {
    // By value: the roles may be this store's own (a reload of what it holds).
    m_roles.clear();
    m_byId.clear();
    for (const DomainOrganizationRole& r : std::as_const(roles)) {
        const QString id = r.id.value_or(QString());
        if (id.isEmpty())
            continue;
        if (const auto it = m_byId.constFind(id); it != m_byId.cend()) {
            m_roles[*it] = r; // a role listed twice (pages shifting while read): the later copy
            continue;
        }
        m_byId.insert(id, m_roles.size());
        m_roles.append(r);
    }
    reindex();
    Q_EMIT rolesReset();
}

void RoleStore::reindex() {
    m_byId.clear();
    m_byName.clear();
    m_defaultCopyNames.clear();
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        const DomainOrganizationRole& r = m_roles.at(i);
        m_byId.insert(r.id.value_or(QString()), i);
        m_byName.insert(nameKey(r.name.value_or(QString())), i);
        if (r.isDefault.value_or(false) && r.defaultRoleId)
            m_defaultCopyNames.insert(*r.defaultRoleId, r.name.value_or(QString()));
    }
}

void RoleStore::upsert(const DomainOrganizationRole& role) {
    const QString id = role.id.value_or(QString());
    if (id.isEmpty())
        return;
    if (const auto it = m_byId.constFind(id); it != m_byId.cend()) {
        m_roles[*it] = role;
        reindex();
        Q_EMIT roleChanged(id);
        return;
    }
    m_roles.append(role);
    reindex();
    Q_EMIT roleAdded(id);
}

void RoleStore::remove(const QString& roleId) {
    const auto it = m_byId.constFind(roleId);
    if (it == m_byId.cend())
        return;
    Q_EMIT roleAboutToBeRemoved(roleId);
    m_roles.removeAt(m_byId.value(roleId));
    reindex();
    Q_EMIT roleRemoved(roleId);
}

const DomainOrganizationRole* RoleStore::find(const QString& roleId) const {
    const auto it = m_byId.constFind(roleId);
    return it == m_byId.cend() ? nullptr : &m_roles.at(*it);
}

const DomainOrganizationRole* RoleStore::findByName(const QString& name) const {
    const auto it = m_byName.constFind(nameKey(name));
    return it == m_byName.cend() ? nullptr : &m_roles.at(*it);
}

QString RoleStore::defaultCopyName(const QString& defaultRoleId) const {
    return m_defaultCopyNames.value(defaultRoleId);
}

QList<DomainOrganizationRole> RoleStore::sortedByName(QList<DomainOrganizationRole> roles) {
    const auto nameOf = [](const DomainOrganizationRole& r) {
        return r.name.value_or(r.id.value_or(QString()));
    };
    std::sort(roles.begin(), roles.end(), [&](const auto& a, const auto& b) {
        return nameOf(a).localeAwareCompare(nameOf(b)) < 0;
    });
    return roles;
}
