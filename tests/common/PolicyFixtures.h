#pragma once

// Small, hand-made catalogs, policies and roles for the pure tests of models/ (the diff engine,
// access answers): what each test expects can be worked out by hand.

#include "catalog/CatalogIndex.h"
#include "roles/ConditionText.h"
#include "wire/RoleTypes.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

inline CatalogIndex catalog() {
    // routing: queue (view, edit, add, delete), wrapupCode (view); chat: room (view, edit)
    const auto entity = [](const QString& d, const QString& e, const QStringList& actions) {
        QList<DomainPermission> out;
        for (const QString& a : actions) {
            DomainPermission p;
            p.domain = d;
            p.entityType = e;
            p.action = a;
            p.allowsConditions = e == "queue"_L1;
            out.append(p);
        }
        return out;
    };
    DomainPermissionCollection routing;
    routing.domain = u"routing"_s;
    routing.permissionMap = QMap<QString, QList<DomainPermission>>{
        {u"queue"_s,
         entity(u"routing"_s, u"queue"_s, {u"view"_s, u"edit"_s, u"add"_s, u"delete"_s})},
        {u"wrapupCode"_s, entity(u"routing"_s, u"wrapupCode"_s, {u"view"_s})}};
    DomainPermissionCollection chat;
    chat.domain = u"chat"_s;
    chat.permissionMap = QMap<QString, QList<DomainPermission>>{
        {u"room"_s, entity(u"chat"_s, u"room"_s, {u"view"_s, u"edit"_s})}};
    return CatalogIndex({routing, chat});
}

inline DomainPermissionPolicy policy(const QString& d, const QString& e, const QStringList& actions,
                                     const QString& condition = {}) {
    DomainPermissionPolicy p;
    p.domain = d;
    p.entityName = e;
    p.actionSet = actions;
    if (!condition.isEmpty()) {
        const auto parsed = ConditionText::parse(condition);
        if (!parsed.node)
            qFatal("bad test condition %s: %s", qPrintable(condition), qPrintable(parsed.error));
        p.resourceConditionNode = *parsed.node;
        p.allowConditions = true;
    }
    return p;
}

inline DomainOrganizationRole role(const QString& name,
                                   const QList<DomainPermissionPolicy>& policies) {
    DomainOrganizationRole r;
    r.id = name.toLower();
    r.name = name;
    r.permissionPolicies = policies;
    return r;
}
