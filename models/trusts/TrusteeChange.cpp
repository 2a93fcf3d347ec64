#include "trusts/TrusteeChange.h"

#include "client/PlatformClient.h"
#include "trusts/TrustStore.h"

#include <QCoreApplication>

QString expiryProblem(const std::optional<QDateTime>& expiry) {
    if (expiry && expiry->isValid() && *expiry <= QDateTime::currentDateTimeUtc())
        return QCoreApplication::translate("TrusteeUpdate",
                                           "The expiry must be in the future; clear it for a trust"
                                           " that does not expire.");
    return {};
}

TrusteeUpdate::TrusteeUpdate(OrgSession* session, QString trusteeOrgId, bool enabled,
                             std::optional<QDateTime> expiry, QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trusteeOrgId))
    , m_enabled(enabled)
    , m_expiry(std::move(expiry)) {}

void TrusteeUpdate::run() {
    if (const QString problem = expiryProblem(m_expiry); !problem.isEmpty())
        return fail(OperationFailure::refused(problem));
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

TrusteeRefresh::TrusteeRefresh(OrgSession* session, QString trusteeOrgId, QString userId,
                               QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trusteeOrgId))
    , m_userId(std::move(userId)) {}

void TrusteeRefresh::run() {
    if (!m_userId.isEmpty())
        return readOneUser();
    auto* job = client()->getTrustee(m_orgId);
    watch(
        job, [this, job] { readUsers(job->result()); },
        [this](const ApiStatus& status) {
            if (status.httpStatus == 404)
                session()->trusts()->removeTrustee(m_orgId);
            fail(OperationFailure::from(status));
        });
}

void TrusteeRefresh::readUsers(const Trustee& trustee) {
    reportProgress(1);
    auto* users = client()->fetchAllTrusteeUsers(m_orgId);
    track(users, [this, trustee, users] {
        reportProgress(2);
        auto entry = std::make_shared<TrusteeEntry>();
        entry->trustee = trustee;
        for (const TrustUser& u : users->result())
            entry->members.append({u, {}});
        if (entry->members.isEmpty()) {
            session()->trusts()->upsertTrustee(*entry);
            return succeed();
        }
        expectAnswers(int(entry->members.size()));
        for (qsizetype i = 0; i < entry->members.size(); ++i) {
            auto* roles = client()->getTrusteeUserRoles(
                m_orgId, entry->members[i].user.id.value_or(QString()));
            watch(
                roles,
                [this, entry, i, roles] {
                    entry->members[i].roles = roles->result();
                    if (answered()) {
                        session()->trusts()->upsertTrustee(*entry);
                        succeed();
                    }
                },
                [this](const ApiStatus& status) { fail(OperationFailure::from(status)); });
        }
    });
}

void TrusteeRefresh::readOneUser() {
    auto* user = client()->getTrusteeUser(m_orgId, m_userId);
    auto* roles = client()->getTrusteeUserRoles(m_orgId, m_userId);
    auto gone = [this](const ApiStatus& status) {
        if (status.httpStatus == 404) {
            if (const TrusteeEntry* known = session()->trusts()->trustee(m_orgId)) {
                TrusteeEntry entry = *known;
                entry.members.removeIf(
                    [this](const TrusteeMember& m) { return m.user.id == m_userId; });
                session()->trusts()->upsertTrustee(entry);
            }
        }
        fail(OperationFailure::from(status));
    };
    expectAnswers(2);
    // Each job is gone once it has answered: what it said is kept here.
    auto fresh = std::make_shared<TrusteeMember>();
    const auto bothIn = [this, fresh] {
        if (!answered())
            return;
        const TrusteeEntry* known = session()->trusts()->trustee(m_orgId);
        if (!known)
            return succeed();
        TrusteeEntry entry = *known;
        bool found = false;
        for (TrusteeMember& m : entry.members)
            if (m.user.id == m_userId) {
                m = *fresh;
                found = true;
            }
        if (!found)
            entry.members.append(*fresh);
        session()->trusts()->upsertTrustee(entry);
        succeed();
    };
    watch(
        user,
        [user, fresh, bothIn] {
            fresh->user = user->result();
            bothIn();
        },
        gone);
    watch(
        roles,
        [roles, fresh, bothIn] {
            fresh->roles = roles->result();
            bothIn();
        },
        gone);
}

TrusteeCreation::TrusteeCreation(OrgSession* session, QString pairingId, QList<TrusteeGrant> grants,
                                 bool enabled, std::optional<QDateTime> expiry, QObject* parent)
    : Operation(session, parent)
    , m_pairingId(std::move(pairingId))
    , m_grants(std::move(grants))
    , m_enabled(enabled)
    , m_expiry(std::move(expiry)) {}

void TrusteeCreation::run() {
    if (m_pairingId.trimmed().isEmpty())
        return fail(
            OperationFailure::refused(tr("Paste the pairing id the other organization sent.")));
    if (m_grants.isEmpty())
        return fail(OperationFailure::refused(tr("Choose at least one user to let in.")));
    if (m_grants.size() > TrusteeEntry::kMaxUsers)
        return fail(
            OperationFailure::refused(tr("A trust can hold at most %1 users; %2 are chosen.")
                                          .arg(TrusteeEntry::kMaxUsers)
                                          .arg(m_grants.size())));
    if (const QString problem = expiryProblem(m_expiry); !problem.isEmpty())
        return fail(OperationFailure::refused(problem));
    TrustCreate body;
    body.pairingId = m_pairingId.trimmed();
    body.enabled = m_enabled;
    if (m_expiry && m_expiry->isValid())
        body.dateExpired = WireDateTime(*m_expiry);
    QList<TrustMemberCreate> users;
    for (const TrusteeGrant& g : std::as_const(m_grants)) {
        TrustMemberCreate member;
        member.id = g.userId;
        member.roleIds = g.roleIds;
        users.append(member);
    }
    body.users = users;
    auto* job = client()->createTrustee(body);
    watch(
        job,
        [this, job] {
            m_result = job->result();
            TrusteeEntry entry;
            entry.trustee = m_result;
            session()->trusts()->upsertTrustee(entry); // its users follow
            succeedAfter(new TrusteeRefresh(session(), entry.id()),
                         tr("Reading the new trust's users"));
        },
        [this](const ApiStatus& status) {
            OperationFailure failure = OperationFailure::from(status);
            if (status.errorBody.code == u"pairing.used")
                failure.status.message =
                    tr("This pairing was already used to create a trust; ask the other"
                       " organization for a new one. (%1)")
                        .arg(status.message);
            else if (status.httpStatus == 404 && status.errorBody.entityId == m_pairingId.trimmed())
                failure.status.message =
                    tr("No pairing has the id %1: check the id the other organization sent.")
                        .arg(m_pairingId.trimmed());
            fail(failure);
        });
}

TrusteeUserAddition::TrusteeUserAddition(OrgSession* session, QString trusteeOrgId,
                                         TrusteeGrant grant, QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trusteeOrgId))
    , m_grant(std::move(grant)) {}

void TrusteeUserAddition::run() {
    m_grant.userId = m_grant.userId.trimmed();
    if (m_grant.userId.isEmpty())
        return fail(OperationFailure::refused(tr("Choose the user to add, or paste their id.")));
    if (const TrusteeEntry* known = session()->trusts()->trustee(m_orgId)) {
        if (known->member(m_grant.userId))
            return fail(OperationFailure::refused(
                tr("%1 is already a user of this trust: change their roles instead.")
                    .arg(known->member(m_grant.userId)->user.name.value_or(m_grant.userId))));
        if (known->members.size() >= TrusteeEntry::kMaxUsers)
            return fail(OperationFailure::refused(
                tr("%1 already has %2 of %2 users, the most a trust can hold: remove one first.")
                    .arg(known->name())
                    .arg(TrusteeEntry::kMaxUsers)));
    }
    TrustMemberCreate body;
    body.id = m_grant.userId;
    body.roleIds = m_grant.roleIds;
    auto* job = client()->addTrusteeUser(m_orgId, body);
    track(job, [this] {
        succeedAfter(new TrusteeRefresh(session(), m_orgId, m_grant.userId),
                     tr("Reading the new trustee user"));
    });
}
