#include "roles/PolicyEditing.h"

#include "roles/ConditionText.h"
#include "roles/PermissionGrants.h"

using namespace Qt::StringLiterals;

namespace PolicyEditing {
namespace {

const QString kAny = u"*"_s;

struct Permission {
    QString domain, entity, action;
};

std::optional<Permission> parse(const QString& permission) {
    const QStringList parts = permission.split(u':');
    if (parts.size() != 3 || parts.contains(QString()))
        return std::nullopt;
    return Permission{parts[0], parts[1], parts[2]};
}

bool covers(const DomainPermissionPolicy& p, const Permission& q) {
    return policyGrants(p, q.domain, q.entity, q.action);
}

//! The policy for one concrete domain/entity, with only the actions that exist there.
std::optional<DomainPermissionPolicy> narrowed(DomainPermissionPolicy p, const QString& domain,
                                               const QString& entity, const CatalogIndex& catalog) {
    const QStringList existing = catalog.actions(domain, entity);
    QStringList actions;
    for (const QString& a : p.actionSet.value_or(QStringList()))
        if (a == kAny || existing.contains(a))
            actions.append(a);
    if (actions.isEmpty())
        return std::nullopt;
    p.domain = domain;
    p.entityName = entity;
    p.actionSet = actions;
    p.policyName.reset(); // named after the wildcard it came from; the server names it anew
    return p;
}

void revoke(QList<DomainPermissionPolicy>& policies, const Permission& q,
            const CatalogIndex& catalog) {
    for (qsizetype i = 0; i < policies.size();) {
        DomainPermissionPolicy p = policies[i];
        if (!covers(p, q)) {
            ++i;
            continue;
        }
        QList<DomainPermissionPolicy> expanded;
        if (p.domain == kAny || p.entityName == kAny) {
            // One policy per concrete entity the wildcard reaches; then look at them again.
            const QStringList domains =
                p.domain == kAny ? catalog.domains() : QStringList{q.domain};
            for (const QString& d : domains) {
                const QStringList entities =
                    p.entityName == kAny ? catalog.entities(d) : QStringList{*p.entityName};
                for (const QString& e : entities)
                    if (auto n = narrowed(p, d, e, catalog))
                        expanded.append(*n);
            }
            policies.remove(i);
            for (qsizetype k = 0; k < expanded.size(); ++k)
                policies.insert(i + k, expanded[k]);
            continue; // re-examine position i, now concrete
        }
        QStringList actions = p.actionSet.value_or(QStringList());
        if (actions.contains(kAny)) {
            actions.removeAll(kAny);
            for (const QString& a : catalog.actions(q.domain, q.entity))
                if (!actions.contains(a))
                    actions.append(a);
        }
        actions.removeAll(q.action);
        if (actions.isEmpty()) {
            policies.remove(i);
            continue;
        }
        p.actionSet = actions;
        policies[i] = p;
        ++i;
    }
}

void grant(QList<DomainPermissionPolicy>& policies, const Permission& q) {
    for (const DomainPermissionPolicy& p : policies)
        if (covers(p, q))
            return;
    for (DomainPermissionPolicy& p : policies) {
        if (p.domain == q.domain && p.entityName == q.entity && !p.resourceConditionNode) {
            QStringList actions = p.actionSet.value_or(QStringList());
            actions.append(q.action);
            p.actionSet = actions;
            return;
        }
    }
    DomainPermissionPolicy p;
    p.domain = q.domain;
    p.entityName = q.entity;
    p.actionSet = QStringList{q.action};
    policies.append(p);
}

} // namespace

QList<DomainPermissionPolicy> setGranted(QList<DomainPermissionPolicy> policies,
                                         const QStringList& permissions, bool granted,
                                         const CatalogIndex& catalog) {
    for (const QString& permission : permissions) {
        const auto q = parse(permission);
        if (!q)
            continue;
        if (granted)
            grant(policies, *q);
        else
            revoke(policies, *q, catalog);
    }
    return policies;
}

bool isWildcard(const DomainPermissionPolicy& p) {
    return p.domain == kAny || p.entityName == kAny
           || p.actionSet.value_or(QStringList()).contains(kAny);
}

QStringList grantLines(const QList<DomainPermissionPolicy>& policies) {
    QStringList out;
    for (const DomainPermissionPolicy& p : policies) {
        const QString prefix =
            p.domain.value_or(QString()) + u':' + p.entityName.value_or(QString()) + u':';
        const QString suffix = p.resourceConditionNode
                                   ? u" if "_s + ConditionText::format(*p.resourceConditionNode)
                                   : QString();
        for (const QString& a : p.actionSet.value_or(QStringList()))
            out.append(prefix + a + suffix);
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace PolicyEditing
