#include "roles/RoleValidation.h"

#include "catalog/CatalogIndex.h"
#include "roles/PolicyEditing.h"
#include "roles/RoleDraft.h"
#include "roles/RoleStore.h"

QString RoleValidation::nameProblem(const RoleContent& content, const QString& roleId,
                                    const RoleStore* roles) {
    const QString name = content.name.trimmed();
    if (name.isEmpty())
        return tr("A role needs a name.");
    const DomainOrganizationRole* clash = roles ? roles->findByName(name) : nullptr;
    if (clash && clash->id.value_or(QString()) != roleId)
        return tr("Another role is already named \"%1\".").arg(name);
    return {};
}

RoleValidation::Condition RoleValidation::conditionEligibility(const DomainPermissionPolicy& p,
                                                               const CatalogIndex& catalog) {
    if (PolicyEditing::isWildcard(p))
        return Condition::Wildcard;
    for (const QString& a : p.actionSet.value_or(QStringList())) {
        const DomainPermission* entry =
            catalog.find(p.domain.value_or(QString()), p.entityName.value_or(QString()), a);
        if (!entry || !entry->allowsConditions.value_or(false))
            return Condition::ActionWithoutConditions;
    }
    return Condition::Allowed;
}
