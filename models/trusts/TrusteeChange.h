#pragma once

#include "org/Operation.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

//! Enables or disables a trust and sets or clears its expiry (O21). An expiry in the past is
//! refused before anything is sent. Disabling keeps the users' roles: re-enabling gives them
//! their access back. The trust store holds the server's answer before succeeded().
class TrusteeUpdate : public Operation {
    Q_OBJECT
public:
    //! `expiry`: nullopt clears it.
    TrusteeUpdate(OrgSession* session, QString trusteeOrgId, bool enabled,
                  std::optional<QDateTime> expiry, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QString m_orgId;
    bool m_enabled;
    std::optional<QDateTime> m_expiry;
};

//! Deletes the trust (O1): every user of the trustee organization loses access here.
class TrusteeDeletion : public Operation {
    Q_OBJECT
public:
    TrusteeDeletion(OrgSession* session, QString trusteeOrgId, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QString m_orgId;
};

//! Changes what one trustee user may do here: sets their roles to exactly a list (O22), removes
//! all their roles (O3, they stay a trustee user), or removes the user from the trust (O2).
class TrusteeUserChange : public Operation {
    Q_OBJECT
public:
    static TrusteeUserChange* setRoles(OrgSession* session, const QString& trusteeOrgId,
                                       const QString& userId, const QStringList& roleIds,
                                       QObject* parent = nullptr);
    static TrusteeUserChange* removeRoles(OrgSession* session, const QString& trusteeOrgId,
                                          const QString& userId, QObject* parent = nullptr);
    static TrusteeUserChange* removeUser(OrgSession* session, const QString& trusteeOrgId,
                                         const QString& userId, QObject* parent = nullptr);

protected:
    void run() override;

private:
    enum class Kind { SetRoles, RemoveRoles, RemoveUser };
    TrusteeUserChange(OrgSession* session, Kind kind, QString orgId, QString userId,
                      QStringList roleIds, QObject* parent);
    //! The store's entry with the user's roles replaced (or the user gone).
    void updateStore(const std::optional<UserAuthorization>& roles);

    Kind m_kind;
    QString m_orgId;
    QString m_userId;
    QStringList m_roleIds;
};
