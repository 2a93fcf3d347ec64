#pragma once

#include "catalog/CatalogIndex.h"
#include "roles/RoleDraft.h"

#include <QCoreApplication>

//! "Apply mine on top of theirs": a three-way merge of a role edited here (mine) with the
//! version someone saved meanwhile (theirs), from the version both started from (base). Pure.
namespace RoleMerge {

struct Result {
    std::optional<RoleContent> merged; //!< theirs with my changes applied; nullopt: not offered
    QString whyNot;                    //!< why it is not offered, for the admin
};

//! Offered when the two edits do not overlap: each permission (wildcards expanded through the
//! catalog) and the name and description changed on one side at most, or the same way on both;
//! my permission changes are grants and revokes without conditions. The result is checked:
//! every permission ends as the side that changed it left it.
Result merge(const RoleContent& base, const RoleContent& theirs, const RoleContent& mine,
             const CatalogIndex& catalog);

} // namespace RoleMerge
