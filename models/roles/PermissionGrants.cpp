#include "roles/PermissionGrants.h"

using namespace Qt::StringLiterals;

bool policyGrants(const DomainPermissionPolicy& p, const QString& domain, const QString& entity,
                  const QString& action) {
    const QString pd = p.domain.value_or(QString());
    const QString pe = p.entityName.value_or(QString());
    if ((pd != domain && pd != "*"_L1) || (pe != entity && pe != "*"_L1))
        return false;
    const QStringList actions = p.actionSet.value_or(QStringList());
    return actions.contains(action) || actions.contains(u"*"_s);
}

bool grantsPermission(const QList<DomainPermissionPolicy>& policies, const QString& permission) {
    const QStringList parts = permission.split(u':');
    if (parts.size() != 3)
        return false;
    return std::any_of(policies.cbegin(), policies.cend(), [&](const DomainPermissionPolicy& p) {
        return policyGrants(p, parts[0], parts[1], parts[2]);
    });
}
