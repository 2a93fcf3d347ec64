#pragma once

#include "org/Operation.h"

#include <QStringList>

//! Sets the roles of one user to exactly a list (A17), or removes all of them (A2). On success
//! the roles that gained or lost the user are read again into the store (their user counts).
class UserRolesChange : public Operation {
    Q_OBJECT
public:
    //! `held` is what the user holds now, so the roles whose count changes are known.
    static UserRolesChange* set(OrgSession* session, const QString& userId, const QStringList& held,
                                const QStringList& wanted, QObject* parent = nullptr);
    static UserRolesChange* removeAll(OrgSession* session, const QString& userId,
                                      const QStringList& held, QObject* parent = nullptr);

    //! The role ids the user holds after the change, sorted.
    const QStringList& roleIds() const { return m_roleIds; }
    //! Roles that gained or lost the user.
    const QStringList& changedRoleIds() const { return m_changed; }

protected:
    void run() override;
    int steps() const override { return 2; } // the write, then the counts read again

private:
    UserRolesChange(OrgSession* session, QString userId, std::optional<QStringList> wanted,
                    QStringList changed, QObject* parent);

    QString m_userId;
    std::optional<QStringList> m_wanted; //!< nullopt: remove all
    QStringList m_changed;
    QStringList m_roleIds;
};
