#include "access/AccessAnswers.h"

#include "org/Csv.h"
#include "roles/ConditionText.h"
#include "roles/PermissionGrants.h"

using namespace Qt::StringLiterals;

namespace AccessAnswers {
namespace {

QString conditionOf(const DomainPermissionPolicy& policy) {
    return policy.resourceConditionNode ? ConditionText::format(*policy.resourceConditionNode)
                                        : QString();
}

Grant grant(const DomainOrganizationRole& role, const DomainPermissionPolicy& policy,
            const QString& action) {
    const QString domain = policy.domain.value_or(QString());
    const QString entity = policy.entityName.value_or(QString());
    const bool anyAction = policy.actionSet.value_or(QStringList()).contains(u"*"_s);
    const QString written = anyAction ? u"*"_s : action;
    return {role.id.value_or(QString()), role.name.value_or(QString()),
            domain + u':' + entity + u':' + written,
            domain == "*"_L1 || entity == "*"_L1 || anyAction, conditionOf(policy)};
}

} // namespace

QList<Grant> grantsOf(const DomainOrganizationRole& role, const QString& permission) {
    const QStringList parts = permission.trimmed().split(u':');
    QList<Grant> grants;
    if (parts.size() != 3)
        return grants;
    for (const DomainPermissionPolicy& p :
         role.permissionPolicies.value_or(QList<DomainPermissionPolicy>()))
        if (policyGrants(p, parts[0], parts[1], parts[2]))
            grants.append(grant(role, p, parts[2]));
    return grants;
}

QList<Grant> rolesGranting(const QList<DomainOrganizationRole>& roles, const QString& permission) {
    QList<Grant> grants;
    for (const DomainOrganizationRole& role : roles)
        grants.append(grantsOf(role, permission));
    std::stable_sort(grants.begin(), grants.end(), [](const Grant& a, const Grant& b) {
        const int byName = a.roleName.localeAwareCompare(b.roleName);
        return byName != 0 ? byName < 0 : a.policy < b.policy;
    });
    return grants;
}

QMap<QString, QList<Grant>> effectivePermissions(const QList<DomainOrganizationRole>& roles,
                                                 const CatalogIndex& catalog) {
    QMap<QString, QList<Grant>> out;
    for (const DomainOrganizationRole& role : roles) {
        for (const DomainPermissionPolicy& p :
             role.permissionPolicies.value_or(QList<DomainPermissionPolicy>())) {
            const QString pd = p.domain.value_or(QString());
            const QString pe = p.entityName.value_or(QString());
            bool matched = false;
            const QStringList domains = pd == "*"_L1 ? catalog.domains() : QStringList{pd};
            for (const QString& d : domains) {
                const QStringList entities = pe == "*"_L1 ? catalog.entities(d) : QStringList{pe};
                for (const QString& e : entities) {
                    for (const QString& a : catalog.actions(d, e)) {
                        if (!policyGrants(p, d, e, a))
                            continue;
                        matched = true;
                        out[d + u':' + e + u':' + a].append(grant(role, p, a));
                    }
                }
            }
            if (matched)
                continue;
            // Not in the catalog (or no catalog): each action as written.
            for (const QString& a : p.actionSet.value_or(QStringList()))
                out[pd + u':' + pe + u':' + a].append(grant(role, p, a));
        }
    }
    return out;
}

QString toCsv(const QString& permission, const QList<Grant>& grants, const QList<Holder>& holders) {
    QString csv =
        Csv::line({u"permission"_s, u"role"_s, u"policy"_s, u"wildcard"_s, u"condition"_s});
    for (const Grant& g : grants)
        csv += Csv::line(
            {permission, g.roleName, g.policy, g.wildcard ? u"yes"_s : u"no"_s, g.condition});
    csv += u"\r\n"_s;
    csv += Csv::line({u"person"_s, u"email"_s, u"state"_s, u"organization"_s, u"roles"_s});
    for (const Holder& h : holders)
        csv += Csv::line({h.name, h.email, h.state, h.organization, h.roleNames.join(u"; "_s)});
    return csv;
}

} // namespace AccessAnswers
