#pragma once

#include "wire/RoleTypes.h"

#include <QHash>
#include <QList>
#include <QObject>

//! The organization's roles, as the server last gave them: one per id, in the order they were
//! loaded (new ones at the end). Says what changed, role by role, so the item models over it
//! (the role list, the Ctrl+K index) follow saves, creates, deletes and refreshed counts without
//! being rebuilt.
class RoleStore : public QObject {
    Q_OBJECT
public:
    explicit RoleStore(QObject* parent = nullptr);

    //! Replaces every role (a load or a reload): rolesReset().
    void reset(QList<DomainOrganizationRole> roles);
    //! Replaces the role with the same id (roleChanged) or adds it (roleAdded). Ignored without id.
    void upsert(const DomainOrganizationRole& role);
    //! roleAboutToBeRemoved() and roleRemoved() when it was there.
    void remove(const QString& roleId);

    const QList<DomainOrganizationRole>& roles() const { return m_roles; }
    qsizetype count() const { return m_roles.size(); }
    const DomainOrganizationRole* find(const QString& roleId) const;
    //! The role with this name (trimmed, case-insensitive), or nullptr.
    const DomainOrganizationRole* findByName(const QString& name) const;
    //! The name of the org's copy of a default role (by defaultRoleId), or empty.
    QString defaultCopyName(const QString& defaultRoleId) const;
    //! Roles in the order a person looks for them: by name (or id), as the locale sorts.
    static QList<DomainOrganizationRole> sortedByName(QList<DomainOrganizationRole> roles);

Q_SIGNALS:
    void rolesReset();
    void roleAdded(const QString& roleId);
    void roleChanged(const QString& roleId);
    //! Still in the store; roleRemoved() follows once it is not.
    void roleAboutToBeRemoved(const QString& roleId);
    void roleRemoved(const QString& roleId);

private:
    void reindex();

    QList<DomainOrganizationRole> m_roles;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byName;         //!< case-folded trimmed name -> index
    QHash<QString, QString> m_defaultCopyNames; //!< defaultRoleId -> name of the org's copy
};
