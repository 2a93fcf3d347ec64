#include "core/Seeder.h"

#include "core/JsonStrings.h"
#include "core/SandboxIds.h"
#include "roles/RolePolicies.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString ascii(const QString& name) {
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    return out;
}

} // namespace

Seeder::Seeder(SandboxContext& context, QJsonObject seed)
    : m_ctx(context)
    , m_seed(std::move(seed)) {}

bool Seeder::run(int scale, QString* error) {
    m_ctx.store.begin();
    int position = 0;
    for (const QJsonValue& v : m_seed.value("orgs"_L1).toArray()) {
        const QJsonObject org = v.toObject();
        const bool isHome = org.value("home"_L1).toBool();
        const int users = org.value("users"_L1).toInt() * (isHome ? scale : 1);
        if (!seedOrg(org, users, isHome, position++, error)) {
            m_ctx.store.rollback();
            return false;
        }
    }
    // --scale adds partner orgs, each trusted by and trusting the home org.
    for (int i = 2; i <= scale; ++i) {
        const QJsonObject org{{u"key"_s, u"partner%1"_s.arg(i)},
                              {u"name"_s, u"Partner Organization %1"_s.arg(i)},
                              {u"thirdPartyOrgName"_s, u"partner%1"_s.arg(i)},
                              {u"domain"_s, u"partner%1.example"_s.arg(i)}};
        if (!seedOrg(org, 5, false, position++, error)) {
            m_ctx.store.rollback();
            return false;
        }
    }
    const QString home = m_orgIds.value(u"home"_s);
    if (!seedCustomRoles(home, scale, error) || !applyEdits(home, error)) {
        m_ctx.store.rollback();
        return false;
    }
    assign(home);
    for (const QJsonValue& v : m_seed.value("trusts"_L1).toArray()) {
        const QJsonObject t = v.toObject();
        if (!seedTrust(t.value("trustor"_L1).toString(), t.value("trustee"_L1).toString(),
                       t.value("users"_L1).toInt(), jsonStrings(t.value("roles"_L1)), error)) {
            m_ctx.store.rollback();
            return false;
        }
    }
    for (int i = 2; i <= scale; ++i) {
        const QString partner = u"partner%1"_s.arg(i);
        if (!seedTrust(u"home"_s, partner, 2, {u"Trusted External User"_s}, error)
            || !seedTrust(partner, u"home"_s, 1, {u"Trusted External User"_s}, error)) {
            m_ctx.store.rollback();
            return false;
        }
    }
    m_ctx.store.markSeeded();
    return m_ctx.store.commit();
}

bool Seeder::seedOrg(const QJsonObject& org, int userCount, bool isHome, int position,
                     QString* error) {
    const QString key = org.value("key"_L1).toString();
    const QString orgId = SandboxIds::stable(u"org/"_s + key);
    m_orgIds.insert(key, orgId);
    const QStringList first = jsonStrings(m_seed.value("firstNames"_L1));
    const QStringList last = jsonStrings(m_seed.value("lastNames"_L1));
    const QStringList titles = jsonStrings(m_seed.value("titles"_L1));
    const QStringList departments = jsonStrings(m_seed.value("departments"_L1));
    const QString domain = org.value("domain"_L1).toString();
    // The people to sign in as have titles that say who they are (seed.json "people").
    const QJsonObject people = m_seed.value("people"_L1).toObject().value("titles"_L1).toObject();
    QString adminId;
    for (int i = 0; i < userCount; ++i) {
        // Walk the name lists at co-prime strides so names rarely repeat, and differ per org.
        const QString given = first[(i * 7 + position * 3) % first.size()];
        const QString family = last[(i * 5 + position * 11 + i / first.size()) % last.size()];
        const QString suffix =
            i >= first.size() ? QString::number(i / first.size() + 1) : QString();
        const StoredUser user{SandboxIds::stable(u"user/%1/%2"_s.arg(key).arg(i)), orgId,
                              u"%1 %2"_s.arg(given, family),
                              u"%1.%2%3@%4"_s.arg(ascii(given), ascii(family), suffix, domain),
                              isHome && people.contains(QString::number(i))
                                  ? people.value(QString::number(i)).toString()
                              : i == 0 ? u"IT Administrator"_s
                                       : titles[i % titles.size()],
                              departments[i % departments.size()],
                              // Every 13th person has left: inactive users exist, as in real orgs.
                              (i % 13 == 12) ? u"inactive"_s : u"active"_s, 1};
        if (!m_ctx.store.insertUser(user)) {
            *error = m_ctx.store.lastError();
            return false;
        }
        if (i == 0)
            adminId = user.id;
    }
    const StoredOrg stored{orgId,
                           org.value("name"_L1).toString(),
                           org.value("thirdPartyOrgName"_L1).toString(),
                           domain,
                           SandboxIds::stable(u"client/"_s + key),
                           SandboxIds::secret(),
                           isHome,
                           adminId};
    if (!m_ctx.store.insertOrg(stored)) {
        *error = m_ctx.store.lastError();
        return false;
    }
    for (const DefaultRoleTemplate& t : m_ctx.templates.all()) {
        const StoredRole role{SandboxIds::stable(u"role/%1/%2"_s.arg(key, t.key)), orgId,
                              QJsonObject{{u"name"_s, t.name},
                                          {u"description"_s, t.description},
                                          {u"defaultRoleId"_s, t.id},
                                          {u"permissionPolicies"_s, t.policies},
                                          {u"roleNeedsUpdate"_s, false},
                                          {u"default"_s, true},
                                          {u"base"_s, false}}};
        if (!m_ctx.store.insertRole(role)) {
            *error = m_ctx.store.lastError();
            return false;
        }
    }
    const DefaultRoleTemplate* master = m_ctx.templates.byName(u"Master Admin"_s);
    if (!master)
        return true;
    const QString masterId = SandboxIds::stable(u"role/%1/%2"_s.arg(key, master->key));
    // The org's OAuth client is a full admin, as the client a script connects with usually is.
    m_ctx.store.grantClientRole(stored.clientId, masterId);
    if (!adminId.isEmpty())
        m_ctx.store.grantRole(adminId, masterId);
    return true;
}

bool Seeder::seedCustomRoles(const QString& orgId, int scale, QString* error) {
    const QJsonArray roles = m_seed.value("customRoles"_L1).toArray();
    for (int copy = 1; copy <= scale; ++copy) {
        for (const QJsonValue& v : roles) {
            const QJsonObject r = v.toObject();
            QJsonArray policies =
                RolePolicies::expandGrants(jsonStrings(r.value("grants"_L1)), m_ctx.catalog);
            const QJsonObject conditions = r.value("conditions"_L1).toObject();
            for (qsizetype i = 0; i < policies.size(); ++i) {
                QJsonObject p = policies[i].toObject();
                const QString key =
                    p.value("domain"_L1).toString() + u':' + p.value("entityName"_L1).toString();
                if (conditions.contains(key)) {
                    p.insert("allowConditions"_L1, true);
                    p.insert("resourceConditionNode"_L1, conditions.value(key));
                    policies[i] = p;
                }
            }
            if (auto problem = RolePolicies::validate(policies, m_ctx.catalog)) {
                *error = u"seed role %1: %2"_s.arg(r.value("name"_L1).toString(), problem->message);
                return false;
            }
            const QString name =
                copy == 1 ? r.value("name"_L1).toString()
                          : u"%1 (Team %2)"_s.arg(r.value("name"_L1).toString()).arg(copy);
            const StoredRole role{SandboxIds::stable(u"custom-role/%1/%2"_s.arg(orgId, name)),
                                  orgId,
                                  QJsonObject{{u"name"_s, name},
                                              {u"description"_s, r.value("description"_L1)},
                                              {u"permissionPolicies"_s, policies},
                                              {u"roleNeedsUpdate"_s, false},
                                              {u"default"_s, false},
                                              {u"base"_s, false}}};
            if (!m_ctx.store.insertRole(role)) {
                *error = m_ctx.store.lastError();
                return false;
            }
        }
    }
    return true;
}

bool Seeder::applyEdits(const QString& orgId, QString* error) {
    for (const QJsonValue& v : m_seed.value("edits"_L1).toArray()) {
        const QJsonObject edit = v.toObject();
        const QString roleId = m_ctx.store.roleIdByName(orgId, edit.value("role"_L1).toString());
        auto role = m_ctx.store.role(orgId, roleId);
        if (!role) {
            *error = u"seed edit names an unknown role: %1"_s.arg(edit.value("role"_L1).toString());
            return false;
        }
        QStringList permissions =
            RolePolicies::permissionStrings(role->doc.value("permissionPolicies"_L1).toArray());
        for (const QString& p : jsonStrings(edit.value("remove"_L1))) {
            if (!permissions.removeOne(p)) {
                *error = u"seed edit removes %1, which %2 does not grant"_s.arg(
                    p, role->doc.value("name"_L1).toString());
                return false;
            }
        }
        permissions += jsonStrings(edit.value("add"_L1));
        std::optional<RolePolicies::Problem> problem;
        const QJsonArray policies =
            RolePolicies::fromPermissionStrings(permissions, m_ctx.catalog, &problem);
        if (problem) {
            *error = u"seed edit of %1: %2"_s.arg(role->doc.value("name"_L1).toString(),
                                                  problem->message);
            return false;
        }
        role->doc.insert("permissionPolicies"_L1, policies);
        if (edit.value("needsUpdate"_L1).toBool())
            role->doc.insert("roleNeedsUpdate"_L1, true);
        m_ctx.store.updateRole(*role);
    }
    return true;
}

void Seeder::assign(const QString& orgId) {
    const QList<StoredUser> users = m_ctx.store.users(orgId);
    for (const QJsonValue& v : m_seed.value("assignments"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        const QString roleId = m_ctx.store.roleIdByName(orgId, a.value("role"_L1).toString());
        if (roleId.isEmpty())
            continue;
        if (a.value("users"_L1).toString() == "all"_L1) {
            for (const StoredUser& u : users)
                m_ctx.store.grantRole(u.id, roleId);
            continue;
        }
        for (const QJsonValue& index : a.value("users"_L1).toArray())
            if (index.toInt() < users.size())
                m_ctx.store.grantRole(users[index.toInt()].id, roleId);
    }
}

bool Seeder::seedTrust(const QString& trustorKey, const QString& trusteeKey, int users,
                       const QStringList& roleNames, QString* error) {
    const QString trustor = m_orgIds.value(trustorKey);
    const QString trustee = m_orgIds.value(trusteeKey);
    if (trustor.isEmpty() || trustee.isEmpty()) {
        *error = u"seed trust names an unknown org: %1 -> %2"_s.arg(trustorKey, trusteeKey);
        return false;
    }
    const auto trustorOrg = m_ctx.store.org(trustor);
    const QString created = SandboxContext::isoUtc(QDateTime::currentDateTimeUtc().addDays(-30));
    StoredTrust trust{trustor, trustee, true,
                      false,   false,   true,
                      created, {},      trustorOrg ? trustorOrg->adminUserId : QString()};
    if (!m_ctx.store.insertTrust(trust)) {
        *error = m_ctx.store.lastError();
        return false;
    }
    QStringList roleIds;
    for (const QString& name : roleNames)
        roleIds.append(m_ctx.store.roleIdByName(trustor, name));
    roleIds.removeAll(QString());
    const QList<StoredUser>& members = usersOf(trustee);
    for (int i = 0; i < users && i < members.size(); ++i) {
        // Skip the trustee's own admin (user 0): partners send their agents, not their admin.
        const StoredUser& user = members[(i + 1) % members.size()];
        m_ctx.store.insertTrustUser(trustor, trustee, {user.id, created, trust.createdBy});
        m_ctx.store.setTrustUserRoles(trustor, trustee, user.id, roleIds);
    }
    m_ctx.audit({{},
                 trustor,
                 trustee,
                 {},
                 trustor,
                 {},
                 u"Create"_s,
                 u"Trustee"_s,
                 trustee,
                 m_ctx.organizationJson(trustee).value("name"_L1).toString(),
                 u"Trust created for %1 with %2 user(s)."_s
                     .arg(m_ctx.organizationJson(trustee).value("name"_L1).toString())
                     .arg(qMin(users, int(members.size())))});
    return true;
}

const QList<StoredUser>& Seeder::usersOf(const QString& orgId) {
    auto it = m_users.find(orgId);
    if (it == m_users.end())
        it = m_users.insert(orgId, m_ctx.store.users(orgId));
    return *it;
}
