#pragma once

#include "CatalogTypes.h"
#include "CommonTypes.h"
#include "RoleTypes.h"
#include "TrustTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

//! A trustee user of this org, with the roles this org gave them.
struct TrusteeMember {
    TrustUser user;
    UserAuthorization roles;
};

struct TrusteeEntry {
    Trustee trustee;
    QList<TrusteeMember> members;
};

struct TrustorEntry {
    Trustor trustor;
    QList<TrustUser> members; //!< this org's users in the trustor org's trust
};

//! Everything the console shows of one organization: what a live connection loads and what a
//! snapshot file holds.
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
