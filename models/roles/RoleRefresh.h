#pragma once

#include "org/Operation.h"

#include <QStringList>

//! Reads some roles again (A5 by id) into the role store: user counts after an assignment, or
//! whatever else changed on the server.
class RoleRefresh : public Operation {
    Q_OBJECT
public:
    RoleRefresh(OrgSession* session, QStringList roleIds, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QStringList m_roleIds;
};
