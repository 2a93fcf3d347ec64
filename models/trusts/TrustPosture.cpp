#include "trusts/TrustPosture.h"

#include "roles/RoleStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

bool matches(const QString& value, const QString& wanted) {
    return value == u"*"_s || value == wanted;
}

} // namespace

bool TrustPosture::isPowerful(const DomainOrganizationRole& role) {
    for (const DomainPermissionPolicy& p :
         role.permissionPolicies.value_or(QList<DomainPermissionPolicy>())) {
        const QString domain = p.domain.value_or(QString());
        if (domain == u"*"_s)
            return true;
        if (!matches(domain, u"authorization"_s)
            || !matches(p.entityName.value_or(QString()), u"role"_s))
            continue;
        for (const QString& action : p.actionSet.value_or(QStringList()))
            if (matches(action, u"edit"_s))
                return true;
    }
    for (const QString& permission : role.permissions.value_or(QStringList())) {
        const QStringList parts = permission.split(u':');
        if (parts.value(0) == u"*"_s)
            return true;
        if (parts.size() == 3 && matches(parts[0], u"authorization"_s)
            && matches(parts[1], u"role"_s) && matches(parts[2], u"edit"_s))
            return true;
    }
    return false;
}

TrustPosture TrustPosture::assess(const TrustStore& trusts, const RoleStore& roles,
                                  const QDateTime& now) {
    TrustPosture out;
    for (int f = 0; f < int(Finding::Count); ++f) {
        out.organizations.insert(Finding(f), {});
        out.members.insert(Finding(f), {});
    }
    for (const TrusteeEntry& t : trusts.trustees()) {
        const QString org = t.id();
        if (t.trustee.dateExpired) {
            const QDateTime expiry = t.trustee.dateExpired->dateTime();
            if (expiry <= now)
                out.organizations[Finding::Expired].append(org);
            else if (expiry <= now.addDays(kSoonDays))
                out.organizations[Finding::ExpiringSoon].append(org);
        }
        if (t.members.size() >= kNearCap)
            out.organizations[Finding::NearCap].append(org);
        bool anyRoles = false;
        for (const TrusteeMember& m : t.members) {
            if (!m.rolesLoaded)
                continue; // judged once its roles are read, not as "without roles"
            const QList<DomainRole> held = m.roles.roles.value_or(QList<DomainRole>());
            const Member member{org, m.user.id.value_or(QString())};
            anyRoles = anyRoles || !held.isEmpty();
            if (held.isEmpty())
                out.members[Finding::UsersWithoutRoles].append(member);
            for (const DomainRole& r : held) {
                const DomainOrganizationRole* role = roles.find(r.id.value_or(QString()));
                if (role && isPowerful(*role)) {
                    out.members[Finding::PowerfulUsers].append(member);
                    break;
                }
            }
        }
        if (!t.trustee.enabled.value_or(false) && anyRoles)
            out.organizations[Finding::DisabledWithRoles].append(org);
    }
    return out;
}

QString TrustPosture::describe(Finding f, int count) {
    switch (f) {
    case Finding::ExpiringSoon:
        return tr("%n expiring within 7 days", nullptr, count);
    case Finding::Expired:
        return tr("%n expired", nullptr, count);
    case Finding::DisabledWithRoles:
        return tr("%n disabled, users still hold roles", nullptr, count);
    case Finding::UsersWithoutRoles:
        return tr("%n user(s) without a role here", nullptr, count);
    case Finding::PowerfulUsers:
        return tr("%n user(s) who can edit roles or hold a * domain", nullptr, count);
    case Finding::NearCap:
        return tr("%n near the 25-user cap", nullptr, count);
    case Finding::Count:
        break;
    }
    return {};
}
