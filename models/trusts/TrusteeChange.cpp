#include "trusts/TrusteeChange.h"

#include "client/PlatformClient.h"
#include "trusts/TrustStore.h"

TrusteeUpdate::TrusteeUpdate(OrgSession* session, QString trusteeOrgId, bool enabled,
                             std::optional<QDateTime> expiry, QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trusteeOrgId))
    , m_enabled(enabled)
    , m_expiry(std::move(expiry)) {}

void TrusteeUpdate::run() {
    if (m_expiry && m_expiry->isValid() && *m_expiry <= QDateTime::currentDateTimeUtc())
        return fail(OperationFailure::refused(
            tr("The expiry must be in the future; clear it for a trust that"
               " does not expire.")));
    TrustUpdate body;
    body.enabled = m_enabled;
    if (m_expiry && m_expiry->isValid())
        body.dateExpired = WireDateTime(*m_expiry);
    auto* job = client()->updateTrustee(m_orgId, body);
    track(job, [this, job] {
        TrusteeEntry entry;
        if (const TrusteeEntry* known = session()->trusts()->trustee(m_orgId))
            entry = *known; // the users and their roles stay
        entry.trustee = job->result();
        session()->trusts()->upsertTrustee(entry);
        succeed();
    });
}

TrusteeDeletion::TrusteeDeletion(OrgSession* session, QString trusteeOrgId, QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trusteeOrgId)) {}

void TrusteeDeletion::run() {
    auto* job = client()->deleteTrustee(m_orgId);
    track(job, [this] {
        session()->trusts()->removeTrustee(m_orgId);
        succeed();
    });
}

TrusteeUserChange::TrusteeUserChange(OrgSession* session, Kind kind, QString orgId, QString userId,
                                     QStringList roleIds, QObject* parent)
    : Operation(session, parent)
    , m_kind(kind)
    , m_orgId(std::move(orgId))
    , m_userId(std::move(userId))
    , m_roleIds(std::move(roleIds)) {}

TrusteeUserChange* TrusteeUserChange::setRoles(OrgSession* session, const QString& trusteeOrgId,
                                               const QString& userId, const QStringList& roleIds,
                                               QObject* parent) {
    return new TrusteeUserChange(session, Kind::SetRoles, trusteeOrgId, userId, roleIds, parent);
}

TrusteeUserChange* TrusteeUserChange::removeRoles(OrgSession* session, const QString& trusteeOrgId,
                                                  const QString& userId, QObject* parent) {
    return new TrusteeUserChange(session, Kind::RemoveRoles, trusteeOrgId, userId, {}, parent);
}

TrusteeUserChange* TrusteeUserChange::removeUser(OrgSession* session, const QString& trusteeOrgId,
                                                 const QString& userId, QObject* parent) {
    return new TrusteeUserChange(session, Kind::RemoveUser, trusteeOrgId, userId, {}, parent);
}

void TrusteeUserChange::run() {
    switch (m_kind) {
    case Kind::SetRoles: {
        if (m_roleIds.isEmpty())
            return fail(OperationFailure::refused(
                tr("Choose at least one role, or remove all roles instead.")));
        auto* job = client()->setTrusteeUserRoles(m_orgId, m_userId, m_roleIds);
        return track(job, [this, job] { updateStore(job->result()); });
    }
    case Kind::RemoveRoles: {
        auto* job = client()->deleteTrusteeUserRoles(m_orgId, m_userId);
        return track(job, [this] { updateStore(UserAuthorization{}); });
    }
    case Kind::RemoveUser: {
        auto* job = client()->deleteTrusteeUser(m_orgId, m_userId);
        return track(job, [this] { updateStore(std::nullopt); });
    }
    }
}

void TrusteeUserChange::updateStore(const std::optional<UserAuthorization>& roles) {
    if (const TrusteeEntry* known = session()->trusts()->trustee(m_orgId)) {
        TrusteeEntry entry = *known;
        for (qsizetype i = 0; i < entry.members.size(); ++i) {
            if (entry.members[i].user.id != m_userId)
                continue;
            if (roles)
                entry.members[i].roles = *roles;
            else
                entry.members.remove(i);
            break;
        }
        session()->trusts()->upsertTrustee(entry);
    }
    succeed();
}
