#pragma once

#include "org/Operation.h"

//! Deletes a role (A1); on success it leaves the role store.
class RoleDeletion : public Operation {
    Q_OBJECT
public:
    RoleDeletion(OrgSession* session, QString roleId, QObject* parent = nullptr);

    //! Why the service will refuse to delete this role, before asking it; empty when it may.
    //! Master Admin, the default role every organization keeps so that someone can always
    //! administer it, is known by its name (the API has no flag for it).
    static QString whyNotDeletable(const DomainOrganizationRole& role);

protected:
    void run() override;

private:
    QString m_roleId;
};
