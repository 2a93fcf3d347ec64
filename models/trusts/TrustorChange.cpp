#include "trusts/TrustorChange.h"

#include "client/PlatformClient.h"
#include "trusts/TrustStore.h"

namespace {

//! The store's trustor with `change` applied to its users; nothing when it is not there.
void changeMembers(TrustStore* store, const QString& orgId,
                   const std::function<void(QList<TrustUser>&)>& change) {
    const TrustorEntry* known = store->trustor(orgId);
    if (!known)
        return;
    TrustorEntry entry = *known;
    change(entry.members);
    store->upsertTrustor(entry);
}

void removeMember(QList<TrustUser>& members, const QString& userId) {
    members.removeIf([&userId](const TrustUser& u) { return u.id == userId; });
}

} // namespace

TrustorRefresh::TrustorRefresh(OrgSession* session, QString trustorOrgId, QString userId,
                               QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trustorOrgId))
    , m_userId(std::move(userId)) {}

void TrustorRefresh::run() {
    TrustStore* store = session()->trusts();
    if (!m_userId.isEmpty()) {
        auto* job = client()->getTrustorUser(m_orgId, m_userId);
        return watch(
            job,
            [this, store, job] {
                changeMembers(store, m_orgId, [this, job](QList<TrustUser>& members) {
                    removeMember(members, m_userId);
                    members.append(job->result());
                });
                succeed();
            },
            [this, store](const ApiStatus& status) {
                if (status.httpStatus == 404)
                    changeMembers(store, m_orgId, [this](QList<TrustUser>& members) {
                        removeMember(members, m_userId);
                    });
                fail(OperationFailure::from(status));
            });
    }
    auto* trustor = client()->getTrustor(m_orgId);
    watch(
        trustor,
        [this, store, trustor] {
            reportProgress(1);
            // The job is gone once it has answered: its result is kept here.
            auto* users = client()->fetchAllTrustorUsers(m_orgId);
            track(users, [this, store, found = trustor->result(), users] {
                store->upsertTrustor({found, users->result()});
                succeed();
            });
        },
        [this, store](const ApiStatus& status) {
            if (status.httpStatus == 404)
                store->removeTrustor(m_orgId);
            fail(OperationFailure::from(status));
        });
}

TrustorUserChange::TrustorUserChange(OrgSession* session, bool adding, QString orgId,
                                     QString userId, QObject* parent)
    : Operation(session, parent)
    , m_adding(adding)
    , m_orgId(std::move(orgId))
    , m_userId(std::move(userId)) {}

TrustorUserChange* TrustorUserChange::add(OrgSession* session, const QString& trustorOrgId,
                                          const QString& userId, QObject* parent) {
    return new TrustorUserChange(session, true, trustorOrgId, userId, parent);
}

TrustorUserChange* TrustorUserChange::remove(OrgSession* session, const QString& trustorOrgId,
                                             const QString& userId, QObject* parent) {
    return new TrustorUserChange(session, false, trustorOrgId, userId, parent);
}

void TrustorUserChange::run() {
    TrustStore* store = session()->trusts();
    if (m_userId.trimmed().isEmpty())
        return fail(OperationFailure::refused(tr("Choose one of this organization's users.")));
    if (!m_adding) {
        auto* job = client()->deleteTrustorUser(m_orgId, m_userId);
        return track(job, [this, store] {
            changeMembers(store, m_orgId,
                          [this](QList<TrustUser>& members) { removeMember(members, m_userId); });
            succeed();
        });
    }
    if (const TrustorEntry* known = store->trustor(m_orgId))
        for (const TrustUser& u : known->members)
            if (u.id == m_userId)
                return fail(
                    OperationFailure::refused(tr("%1 is already a user in %2.")
                                                  .arg(u.name.value_or(m_userId), known->name())));
    auto* job = client()->addTrustorUser(m_orgId, m_userId);
    track(job, [this, store, job] {
        changeMembers(store, m_orgId, [this, job](QList<TrustUser>& members) {
            removeMember(members, m_userId);
            members.append(job->result());
        });
        succeed();
    });
}

TrustorDeletion::TrustorDeletion(OrgSession* session, QString trustorOrgId, QObject* parent)
    : Operation(session, parent)
    , m_orgId(std::move(trustorOrgId)) {}

void TrustorDeletion::run() {
    auto* job = client()->deleteTrustor(m_orgId);
    track(job, [this] {
        session()->trusts()->removeTrustor(m_orgId);
        succeed();
    });
}
