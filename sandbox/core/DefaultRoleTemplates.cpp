#include "core/DefaultRoleTemplates.h"

#include "core/JsonStrings.h"
#include "core/SandboxIds.h"
#include "roles/RolePolicies.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

std::optional<DefaultRoleTemplates> DefaultRoleTemplates::fromJson(const QByteArray& json,
                                                                   const PermissionCatalog& catalog,
                                                                   QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"default roles: %1"_s.arg(parseError.errorString());
        return std::nullopt;
    }
    DefaultRoleTemplates out;
    for (const QJsonValue& v : doc.object().value("roles"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        DefaultRoleTemplate t;
        t.key = r.value("key"_L1).toString();
        t.id = SandboxIds::stable(u"default-role/"_s + t.key);
        t.name = r.value("name"_L1).toString();
        t.description = r.value("description"_L1).toString();
        t.policies = RolePolicies::expandGrants(jsonStrings(r.value("grants"_L1)), catalog);
        if (t.key.isEmpty() || t.name.isEmpty() || t.policies.isEmpty()) {
            *error = u"default role \"%1\" has no key, name or permissions"_s.arg(t.name);
            return std::nullopt;
        }
        out.m_templates.append(t);
    }
    return out;
}

const DefaultRoleTemplate* DefaultRoleTemplates::byId(const QString& id) const {
    for (const DefaultRoleTemplate& t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

const DefaultRoleTemplate* DefaultRoleTemplates::byName(const QString& name) const {
    for (const DefaultRoleTemplate& t : m_templates)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}
