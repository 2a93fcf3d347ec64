#pragma once

#include "org/Operation.h"

//! Reads one trustor again (O12) with this org's users there (O14), or one of those users
//! (O13), into the store. A trust that is gone leaves the store and fails with NotFound.
class TrustorRefresh : public Operation {
    Q_OBJECT
public:
    TrustorRefresh(OrgSession* session, QString trustorOrgId, QString userId = {},
                   QObject* parent = nullptr);

protected:
    void run() override;
    int steps() const override { return 2; }

private:
    QString m_orgId;
    QString m_userId;
};

//! This org's users in an organization that trusts it: adds one (O23; the trustor's admin
//! still decides their roles there) or removes one (O5).
class TrustorUserChange : public Operation {
    Q_OBJECT
public:
    static TrustorUserChange* add(OrgSession* session, const QString& trustorOrgId,
                                  const QString& userId, QObject* parent = nullptr);
    static TrustorUserChange* remove(OrgSession* session, const QString& trustorOrgId,
                                     const QString& userId, QObject* parent = nullptr);

protected:
    void run() override;

private:
    TrustorUserChange(OrgSession* session, bool adding, QString orgId, QString userId,
                      QObject* parent);

    bool m_adding;
    QString m_orgId;
    QString m_userId;
};

//! Leaves a trust (O4): this org's users lose their access to the trustor organization.
class TrustorDeletion : public Operation {
    Q_OBJECT
public:
    TrustorDeletion(OrgSession* session, QString trustorOrgId, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QString m_orgId;
};
