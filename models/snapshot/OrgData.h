#pragma once

#include "trusts/TrustEntries.h"
#include "wire/CatalogTypes.h"
#include "wire/CommonTypes.h"
#include "wire/RoleTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

//! Everything a snapshot file holds of one organization (its serialisation; a live
//! organization lives in an OrgSession's stores).
struct OrgData {
    Organization organization;
    QString environment; //!< a region host, or "Sandbox"
    QDateTime takenAt;   //!< when it was fetched (UTC)
    QList<DomainOrganizationRole> roles;
    QList<DomainPermissionCollection> catalog;
    QList<DomainOrganizationProduct> products;
    QList<TrusteeEntry> trustees;
    QList<TrustorEntry> trustors;

    QString organizationName() const { return organization.name.value_or(QString()); }
};
