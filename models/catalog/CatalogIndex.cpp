#include "catalog/CatalogIndex.h"

CatalogIndex::CatalogIndex(const QList<DomainPermissionCollection>& catalog) {
    for (const DomainPermissionCollection& d : catalog) {
        auto& entities = m_domains[d.domain.value_or(d.id.value_or(QString()))];
        const auto map = d.permissionMap.value_or(QMap<QString, QList<DomainPermission>>());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            entities[it.key()] += it.value();
    }
}

QStringList CatalogIndex::domains() const {
    QStringList out = m_domains.keys();
    out.sort();
    return out;
}

QStringList CatalogIndex::permissions() const {
    QStringList out;
    for (const QString& d : domains())
        for (const QString& e : entities(d))
            for (const QString& a : actions(d, e))
                out.append(d + u':' + e + u':' + a);
    return out;
}

QStringList CatalogIndex::entities(const QString& domain) const {
    return m_domains.value(domain).keys();
}

QStringList CatalogIndex::actions(const QString& domain, const QString& entity) const {
    QStringList out;
    const auto d = m_domains.constFind(domain);
    if (d == m_domains.cend())
        return out;
    for (const DomainPermission& p : d->value(entity))
        out.append(p.action.value_or(QString()));
    return out;
}

const DomainPermission* CatalogIndex::find(const QString& domain, const QString& entity,
                                           const QString& action) const {
    const auto d = m_domains.constFind(domain);
    if (d == m_domains.cend())
        return nullptr;
    const auto e = d->constFind(entity);
    if (e == d->cend())
        return nullptr;
    for (const DomainPermission& p : *e)
        if (p.action == action)
            return &p;
    return nullptr;
}

CatalogIndex::Lookup CatalogIndex::lookup(const QString& permission) const {
    const QStringList parts = permission.split(u':');
    if (parts.size() != 3 || parts.contains(QString()))
        return Lookup::Partial;
    return isEmpty() || find(parts[0], parts[1], parts[2]) ? Lookup::Known : Lookup::Unknown;
}
