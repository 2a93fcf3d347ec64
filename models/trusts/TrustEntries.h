#pragma once

#include "wire/TrustTypes.h"

#include <QList>

//! A trustee user of this org, with the roles this org gave them.
struct TrusteeMember {
    TrustUser user;
    UserAuthorization roles;
    //! False while the roles have not been read (a window's load reads them when the trustee
    //! is opened; see TrusteeRolesRead).
    bool rolesLoaded = true;
};

//! An organization this org lets in (a trustee), with its users here.
struct TrusteeEntry {
    //! The most users one trust can hold (the service refuses more).
    static constexpr int kMaxUsers = 25;

    Trustee trustee;
    QList<TrusteeMember> members;

    QString id() const { return trustee.id.value_or(QString()); }
    QString name() const;
    const TrusteeMember* member(const QString& userId) const;
    //! Users whose roles have not been read yet.
    int membersWithoutRoles() const;
};

//! An organization that lets this org in (a trustor), with this org's users there.
struct TrustorEntry {
    Trustor trustor;
    QList<TrustUser> members;

    QString id() const { return trustor.id.value_or(QString()); }
    QString name() const;
};
