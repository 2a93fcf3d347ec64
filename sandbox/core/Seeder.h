#pragma once

#include "core/SandboxContext.h"

#include <QJsonObject>

// Fills an empty store from resources/sandbox/seed.json: organizations with credentials, people,
// each org's copies of the default roles, custom roles, edits away from the defaults, assignments
// and trusts. Deterministic except for client secrets, so ids are stable across runs.
class Seeder {
public:
    Seeder(SandboxContext& context, QJsonObject seed);
    bool run(int scale, QString* error);

private:
    bool seedOrg(const QJsonObject& org, int userCount, bool isHome, int position, QString* error);
    bool seedCustomRoles(const QString& orgId, int scale, QString* error);
    bool applyEdits(const QString& orgId, QString* error);
    void assign(const QString& orgId);
    bool seedTrust(const QString& trustorKey, const QString& trusteeKey, int users,
                   const QStringList& roleNames, QString* error);

    SandboxContext& m_ctx;
    QJsonObject m_seed;
    QHash<QString, QString> m_orgIds; //!< seed key -> org id
    //! The users of an org, read once: every partner's trust reads the home org's.
    const QList<StoredUser>& usersOf(const QString& orgId);
    QHash<QString, QList<StoredUser>> m_users;
};
