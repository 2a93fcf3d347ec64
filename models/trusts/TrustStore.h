#pragma once

#include "trusts/TrustEntries.h"

#include <QHash>
#include <QObject>

//! Both directions of the organization's trusts, as last loaded: the trustees (organizations
//! with access to this one, their users and the roles this org gave them) and the trustors
//! (organizations that give this one access, with this org's users there). Says what changed,
//! organization by organization.
class TrustStore : public QObject {
    Q_OBJECT
public:
    enum class Side { Trustees, Trustors };
    Q_ENUM(Side)

    explicit TrustStore(QObject* parent = nullptr);

    //! Replaces everything (a load): sideReset(Trustees) and sideReset(Trustors).
    void reset(const QList<TrusteeEntry>& trustees, const QList<TrustorEntry>& trustors);
    //! Replaces the trustee with the same organization id (changed) or adds it (added).
    void upsertTrustee(const TrusteeEntry& trustee);
    void upsertTrustor(const TrustorEntry& trustor);
    //! The roles of some users of one trustee, now read: changed(Trustees, orgId) once.
    void setMemberRoles(const QString& orgId, const QHash<QString, UserAuthorization>& rolesByUser);
    //! Trustee users, over every trustee, whose roles have not been read yet.
    int membersWithoutRoles() const;
    //! removed() when it was there.
    void removeTrustee(const QString& orgId);
    void removeTrustor(const QString& orgId);

    //! Whether the trusts have been read at all (a first load fills them last).
    bool isLoaded() const { return m_loaded; }
    const QList<TrusteeEntry>& trustees() const { return m_trustees; }
    const QList<TrustorEntry>& trustors() const { return m_trustors; }
    const TrusteeEntry* trustee(const QString& orgId) const;
    const TrustorEntry* trustor(const QString& orgId) const;
    //! The organization ids of one side, in order.
    QStringList ids(Side side) const;

Q_SIGNALS:
    void sideReset(TrustStore::Side side);
    void added(TrustStore::Side side, const QString& orgId);
    void changed(TrustStore::Side side, const QString& orgId);
    void removed(TrustStore::Side side, const QString& orgId);

private:
    QList<TrusteeEntry> m_trustees;
    QList<TrustorEntry> m_trustors;
    bool m_loaded = false;
};
