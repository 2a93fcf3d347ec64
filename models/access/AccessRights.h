#pragma once

#include <QCoreApplication>
#include <QStringList>

//! What the signed-in person may do: their effective permissions (A8), wildcards included
//! ("authorization:*:*", "*:*:*"). Unknown rights (a client-credentials connection, or
//! permissions that could not be read) allow everything and leave the answer to the server.
class AccessRights {
    Q_DECLARE_TR_FUNCTIONS(AccessRights)
public:
    AccessRights() = default;
    static AccessRights of(const QStringList& permissions);

    bool isKnown() const { return m_known; }
    QStringList permissions() const { return m_permissions; }
    bool allows(const QString& permission) const;
    //! The permissions of `anyOf` that are missing when none of them is granted; empty when one
    //! is (or when the rights are unknown).
    QStringList missing(const QStringList& anyOf) const;
    //! "You need authorization:role:edit." (or "… one of a, b."): the tooltip of an action the
    //! person may not take; empty when it is allowed.
    QString whyNot(const QStringList& anyOf) const;
    //! As whyNot(), for an operation that needs every one of `allOf` (O18, O23).
    QString whyNotAll(const QStringList& allOf) const;

    bool operator==(const AccessRights&) const = default;

private:
    bool m_known = false;
    QStringList m_permissions;
};
