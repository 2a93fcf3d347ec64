#include "PermissionGrants.h"

using namespace Qt::StringLiterals;

bool grantsPermission(const QList<DomainPermissionPolicy>& policies, const QString& permission) {
    const QStringList parts = permission.split(u':');
    if (parts.size() != 3)
        return false;
    for (const DomainPermissionPolicy& p : policies) {
        const QString domain = p.domain.value_or(QString());
        const QString entity = p.entityName.value_or(QString());
        if ((domain != parts[0] && domain != "*"_L1) || (entity != parts[1] && entity != "*"_L1))
            continue;
        const QStringList actions = p.actionSet.value_or(QStringList());
        if (actions.contains(parts[2]) || actions.contains(u"*"_s))
            return true;
    }
    return false;
}
