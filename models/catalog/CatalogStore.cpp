#include "catalog/CatalogStore.h"

CatalogStore::CatalogStore(QObject* parent)
    : QObject(parent) {}

void CatalogStore::setPermissions(const QList<DomainPermissionCollection>& permissions) {
    m_permissions = permissions;
    m_index = CatalogIndex(m_permissions);
    Q_EMIT permissionsChanged();
}

void CatalogStore::setProducts(const QList<DomainOrganizationProduct>& products) {
    m_products = products;
    Q_EMIT productsChanged();
}
