#pragma once

#include "diff/RoleDiff.h"
#include "snapshot/OrgData.h"

#include <QJsonObject>

//! Two snapshots of an organization compared role by role (matched by id): roles only in the
//! later one, only in the earlier one, and those whose name, description or concrete
//! permissions (with conditions) changed. What `roledesk --diff` prints.
namespace OrgDiff {

struct RoleRef {
    QString id;
    QString name;
};

struct ChangedRole {
    QString id;
    QString name;          //!< as in the later snapshot
    RoleDiff::Result diff; //!< role = later, reference = earlier: "added" is new in the later
};

struct Result {
    QList<RoleRef> added;   //!< in the later snapshot only, by name
    QList<RoleRef> removed; //!< in the earlier snapshot only, by name
    QList<ChangedRole> changed;
    int unchanged = 0;

    bool isSame() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    //! {"roles": {"added": [{"id","name"}], "removed": [...], "changed": [{"id","name","fields":
    //! {"name": [old, new]}, "permissionsAdded": [...], "permissionsRemoved": [...],
    //! "conditionsChanged": [...]}]}}, permissions sorted.
    QJsonObject toJson() const;
    QString toText() const;
};

//! Each side's wildcards expand through its own snapshot's catalog.
Result compare(const OrgData& earlier, const OrgData& later);

} // namespace OrgDiff
