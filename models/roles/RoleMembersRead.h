#pragma once

#include "org/Operation.h"

#include <QStringList>

//! The ids of the users who hold a role (S2, every page).
class RoleMembersRead : public Operation {
    Q_OBJECT
public:
    RoleMembersRead(OrgSession* session, QString roleId, QObject* parent = nullptr);

    QString roleId() const { return m_roleId; }
    const QStringList& userIds() const { return m_userIds; }

protected:
    void run() override;

private:
    QString m_roleId;
    QStringList m_userIds;
};
