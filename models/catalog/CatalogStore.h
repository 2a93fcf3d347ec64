#pragma once

#include "catalog/CatalogIndex.h"
#include "wire/CatalogTypes.h"

#include <QObject>

//! The permission catalog and the organization's enabled products, as last loaded, with the
//! catalog's look-up index built once per change.
class CatalogStore : public QObject {
    Q_OBJECT
public:
    explicit CatalogStore(QObject* parent = nullptr);

    void setPermissions(const QList<DomainPermissionCollection>& permissions);
    void setProducts(const QList<DomainOrganizationProduct>& products);

    const QList<DomainPermissionCollection>& permissions() const { return m_permissions; }
    const QList<DomainOrganizationProduct>& products() const { return m_products; }
    const CatalogIndex& index() const { return m_index; }

Q_SIGNALS:
    void permissionsChanged();
    void productsChanged();

private:
    QList<DomainPermissionCollection> m_permissions;
    QList<DomainOrganizationProduct> m_products;
    CatalogIndex m_index;
};
