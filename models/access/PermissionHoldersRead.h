#pragma once

#include "access/AccessAnswers.h"
#include "org/Operation.h"

#include <QHash>

//! Who can do one permission: the roles that grant it (from the loaded policies, wildcards and
//! conditions included), then the people who hold those roles: this org's users (S2 per role,
//! named through S1, inactive ones too) and trustee users of partner orgs (their roles here, O9,
//! read for whom a load left them unread).
class PermissionHoldersRead : public Operation {
    Q_OBJECT
public:
    PermissionHoldersRead(OrgSession* session, QString permission, QObject* parent = nullptr);

    const QString& permission() const { return m_permission; }
    const QList<AccessAnswers::Grant>& grants() const { return m_grants; }
    //! The roles of grants(), each once.
    const QStringList& roleIds() const { return m_roleIds; }
    //! This org's users first, by name; then trustee users, by organization and name.
    const QList<AccessAnswers::Holder>& holders() const { return m_holders; }
    //! The trustee users' roles could not be read (no permission to, most likely): the holders
    //! are this org's users only. The rest of the answer still stands.
    bool partnersUnread() const { return m_partnersUnread; }

protected:
    void run() override;
    int steps() const override { return m_steps; }

private:
    void partDone();
    void collect();

    QString m_permission;
    QList<AccessAnswers::Grant> m_grants;
    QStringList m_roleIds;
    QList<AccessAnswers::Holder> m_holders;
    QHash<QString, QStringList> m_usersOf; //!< role id -> user ids (S2)
    int m_steps = 1;
    bool m_partnersUnread = false;
    int m_left = 0;
};
