#pragma once

#include "catalog/PermissionCatalog.h"

#include <QJsonArray>
#include <QList>
#include <QString>

struct DefaultRoleTemplate {
    QString key;
    QString id; //!< stable across runs: the value of defaultRoleId and of comparedefault's right id
    QString name;
    QString description;
    QJsonArray policies;
};

// The shipped default roles: what POST/PUT /roles/default restore and comparedefault compares to.
class DefaultRoleTemplates {
public:
    static std::optional<DefaultRoleTemplates>
    fromJson(const QByteArray& json, const PermissionCatalog& catalog, QString* error);
    const QList<DefaultRoleTemplate>& all() const { return m_templates; }
    const DefaultRoleTemplate* byId(const QString& id) const;
    const DefaultRoleTemplate* byName(const QString& name) const;

private:
    QList<DefaultRoleTemplate> m_templates;
};
