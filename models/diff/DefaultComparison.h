#pragma once

#include "diff/RoleDiff.h"
#include "org/Operation.h"

#include <optional>

//! A role compared with its default by the server (A6 for a saved role, A12 for an unsaved
//! draft) and by the engine, with where the two disagree. The engine compares the role against
//! the server's `roleFromDefault`; neither answer is preferred silently.
struct DefaultComparisonResult {
    QString roleId;
    QString roleName;
    DomainOrganizationRole role;        //!< the left side as compared
    DomainOrganizationRole defaultRole; //!< the server's roleFromDefault
    DomainOrgRoleDifference server;
    RoleDiff::Result engine;
    QStringList disagreements; //!< permissions the engine and the server classify differently
    std::optional<OperationFailure> failure;

    bool ok() const { return !failure; }
};

//! Compares roles with their defaults, all at once through the client's queue: one saved role,
//! several (a restore's preview, a drift check), or the editor's draft as it is now.
class DefaultComparison : public Operation {
    Q_OBJECT
public:
    //! Saved roles, by id (each must be based on a default).
    DefaultComparison(OrgSession* session, QStringList roleIds, QObject* parent = nullptr);
    //! An unsaved draft of a saved, default-based role (A12).
    DefaultComparison(OrgSession* session, const DomainOrganizationRole& draft,
                      QObject* parent = nullptr);

    //! In the order asked. Complete after finished(); a role that failed has its failure.
    const QList<DefaultComparisonResult>& results() const { return m_results; }

protected:
    void run() override;
    int steps() const override { return int(m_results.size()); }

private:
    void answer(int index, const DomainOrgRoleDifference& diff);
    void refuse(int index, const OperationFailure& failure);
    void settle();

    std::optional<DomainOrganizationRole> m_draft;
    QList<DefaultComparisonResult> m_results;
};
