#pragma once

#include "wire/CatalogTypes.h"

#include <QHash>
#include <QMap>

//! Fast look-ups over the permission catalog: the entities of a domain, the actions of an entity,
//! one permission's catalog entry. What editing needs to expand wildcards and check conditions.
class CatalogIndex {
public:
    CatalogIndex() = default;
    explicit CatalogIndex(const QList<DomainPermissionCollection>& catalog);

    bool isEmpty() const { return m_domains.isEmpty(); }
    QStringList domains() const;
    //! Every permission "domain:entity:action", sorted: what a permission field completes from.
    QStringList permissions() const;
    QStringList entities(const QString& domain) const;
    QStringList actions(const QString& domain, const QString& entity) const;
    const DomainPermission* find(const QString& domain, const QString& entity,
                                 const QString& action) const;

    //! What a typed permission text is: not yet three non-empty parts "domain:entity:action",
    //! three parts the (loaded) catalog does not have, or a permission it has. Without a
    //! catalog every whole text counts as known.
    enum class Lookup { Partial, Unknown, Known };
    Lookup lookup(const QString& permission) const;

private:
    QHash<QString, QMap<QString, QList<DomainPermission>>> m_domains;
};
