#include "access/AccessRights.h"

using namespace Qt::StringLiterals;

namespace {

bool matches(const QString& granted, const QString& permission) {
    const QStringList g = granted.split(u':');
    const QStringList p = permission.split(u':');
    if (g.size() != 3 || p.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i)
        if (g[i] != "*"_L1 && g[i] != p[i])
            return false;
    return true;
}

} // namespace

AccessRights AccessRights::of(const QStringList& permissions) {
    AccessRights rights;
    rights.m_known = true;
    rights.m_permissions = permissions;
    return rights;
}

bool AccessRights::allows(const QString& permission) const {
    if (!m_known)
        return true;
    for (const QString& granted : m_permissions)
        if (matches(granted, permission))
            return true;
    return false;
}

QStringList AccessRights::missing(const QStringList& anyOf) const {
    for (const QString& p : anyOf)
        if (allows(p))
            return {};
    return anyOf;
}

QString AccessRights::whyNot(const QStringList& anyOf) const {
    const QStringList lacking = missing(anyOf);
    if (lacking.isEmpty())
        return {};
    return lacking.size() == 1 ? tr("You need %1.").arg(lacking.first())
                               : tr("You need one of %1.").arg(lacking.join(u", "_s));
}

QString AccessRights::whyNotAll(const QStringList& allOf) const {
    QStringList lacking;
    for (const QString& p : allOf)
        if (!allows(p))
            lacking.append(p);
    if (lacking.isEmpty())
        return {};
    return tr("You need %1.").arg(lacking.join(u", "_s));
}
