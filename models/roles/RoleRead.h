#pragma once

#include "org/Operation.h"
#include "wire/RoleTypes.h"

//! Reads one role as the server has it now (A7, with its user count), without touching the
//! store: what a question about the role ("delete it? 13 users hold it") must be based on.
class RoleRead : public Operation {
    Q_OBJECT
public:
    RoleRead(OrgSession* session, QString roleId, QObject* parent = nullptr);

    const DomainOrganizationRole& role() const { return m_role; }

protected:
    void run() override;

private:
    QString m_roleId;
    DomainOrganizationRole m_role;
};
