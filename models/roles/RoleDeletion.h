#pragma once

#include "org/Operation.h"

//! Deletes a role (A1); on success it leaves the role store.
class RoleDeletion : public Operation {
    Q_OBJECT
public:
    RoleDeletion(OrgSession* session, QString roleId, QObject* parent = nullptr);

protected:
    void run() override;

private:
    QString m_roleId;
};
