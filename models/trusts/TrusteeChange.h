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

//! Reads one trustee again (O7), with its users (O10) and the roles this org gave each (O9), or
//! only one of its users (O8 + O9), into the store. A trust or user that is gone leaves the
//! store and fails with NotFound.
class TrusteeRefresh : public Operation {
    Q_OBJECT
public:
    TrusteeRefresh(OrgSession* session, QString trusteeOrgId, QString userId = {},
                   QObject* parent = nullptr);

protected:
    void run() override;
    int steps() const override { return 3; }

private:
    void readUsers(const Trustee& trustee);
    void readOneUser();

    QString m_orgId;
    QString m_userId;
};

//! One requested user of a pairing and the roles this org gives them.
struct TrusteeGrant {
    QString userId;
    QStringList roleIds;
};

//! Accepts a pairing (O18): the trustee organization's users get the chosen roles here. Refuses
//! before sending when no user is chosen, more than the cap are, or the expiry is past; then
//! reads the new trust into the store.
class TrusteeCreation : public Operation {
    Q_OBJECT
public:
    TrusteeCreation(OrgSession* session, QString pairingId, QList<TrusteeGrant> grants,
                    bool enabled, std::optional<QDateTime> expiry, QObject* parent = nullptr);

    //! The trust as the server created it (after succeeded()).
    const Trustee& result() const { return m_result; }

protected:
    void run() override;
    int steps() const override { return 2; }

private:
    QString m_pairingId;
    QList<TrusteeGrant> m_grants;
    bool m_enabled;
    std::optional<QDateTime> m_expiry;
    Trustee m_result;
};

//! Adds one user of the trustee organization to the trust with roles here (O17). The 25-user
//! cap is checked against the store first; the server's own refusal still comes through.
class TrusteeUserAddition : public Operation {
    Q_OBJECT
public:
    TrusteeUserAddition(OrgSession* session, QString trusteeOrgId, TrusteeGrant grant,
                        QObject* parent = nullptr);

protected:
    void run() override;
    int steps() const override { return 2; }

private:
    QString m_orgId;
    TrusteeGrant m_grant;
};

//! Why a change of one expiry is refused before sending, or empty when it is fine.
QString expiryProblem(const std::optional<QDateTime>& expiry);
