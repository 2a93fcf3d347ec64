#pragma once

#include "org/Operation.h"

#include <QSet>

//! Asks the server which roles grant a permission (A5 `permission`), every page.
class RolePermissionSearch : public Operation {
    Q_OBJECT
public:
    RolePermissionSearch(OrgSession* session, QString permission, QObject* parent = nullptr);

    QString permission() const { return m_permission; }
    const QSet<QString>& roleIds() const { return m_roleIds; }

protected:
    void run() override;

private:
    QString m_permission;
    QSet<QString> m_roleIds;
};
