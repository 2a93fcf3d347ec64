#pragma once

#include "org/Operation.h"

#include <QStringList>

//! The roles one user holds (A8), as sorted role ids.
class UserRolesRead : public Operation {
    Q_OBJECT
public:
    UserRolesRead(OrgSession* session, QString userId, QObject* parent = nullptr);

    const QStringList& roleIds() const { return m_roleIds; }

protected:
    void run() override;

private:
    QString m_userId;
    QStringList m_roleIds;
};
