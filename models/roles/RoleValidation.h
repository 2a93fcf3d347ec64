#pragma once

#include "wire/RoleTypes.h"

#include <QCoreApplication>

class CatalogIndex;
class RoleStore;
struct RoleContent;

//! The checks a role passes before it may be saved, and what its policies may be given.
class RoleValidation {
    Q_DECLARE_TR_FUNCTIONS(RoleValidation)
public:
    //! What is wrong with the name of the role `roleId` (empty for a new one) given the other
    //! roles the store holds; empty when nothing. A name is required and unique, ignoring case
    //! and surrounding spaces.
    static QString nameProblem(const RoleContent& content, const QString& roleId,
                               const RoleStore* roles);

    enum class Condition { Allowed, Wildcard, ActionWithoutConditions };
    //! Whether a policy may carry a condition: only a policy without wildcards whose every
    //! action allows conditions in the catalog (what the API accepts too).
    static Condition conditionEligibility(const DomainPermissionPolicy& policy,
                                          const CatalogIndex& catalog);
};
