#pragma once

#include "org/Operation.h"

#include <QStringList>

//! Gives a role to users (A15) or takes it from them (A16); on success the role is read again
//! into the store, so its user count is the server's.
class RoleUsersChange : public Operation {
    Q_OBJECT
public:
    enum class Change { Add, Remove };

    RoleUsersChange(OrgSession* session, QString roleId, QStringList userIds, Change change,
                    QObject* parent = nullptr);

    QString roleId() const { return m_roleId; }
    const QStringList& userIds() const { return m_userIds; }

protected:
    void run() override;
    int steps() const override { return 2; } // the write, then the counts read again

private:
    QString m_roleId;
    QStringList m_userIds;
    Change m_change;
};
