#pragma once

#include "org/Operation.h"
#include "wire/UserTypes.h"

#include <QHash>

//! Reads the roles this org gave trustee users (O9) whose roles a load left unread, into the
//! store: for the trustees named, or every trustee. Each trustee's users arrive at once
//! (TrustStore::setMemberRoles). In the background, what a screen waits for goes first.
class TrusteeRolesRead : public Operation {
    Q_OBJECT
public:
    TrusteeRolesRead(OrgSession* session, QStringList trusteeOrgIds = {},
                     QObject* parent = nullptr);
    //! Behind every other request (the default is ahead of background work).
    void setInBackground(bool background) { m_background = background; }
    //! The trustees it reads for (all that had unread roles when it started).
    QStringList trusteeOrgIds() const { return m_orgIds; }

protected:
    void run() override;

private:
    QStringList m_orgIds;
    bool m_background = false;
    QHash<QString, QHash<QString, UserAuthorization>> m_read; //!< per trustee, per user
    QHash<QString, int> m_left;                               //!< answers still to come
};
