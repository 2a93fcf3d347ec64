#include "catalog/PermissionCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString splitCamel(const QString& word) {
    // A space only where a lower-case letter meets an upper-case one: "agentUI" -> "Agent ui"
    // would be wrong, so runs of capitals (acronyms) stay together and keep their case.
    QString out;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        const bool boundary = i > 0 && c.isUpper() && word[i - 1].isLower();
        if (boundary)
            out += u' ';
        const bool acronym =
            c.isUpper()
            && ((i > 0 && word[i - 1].isUpper()) || (i + 1 < word.size() && word[i + 1].isUpper()));
        out += i == 0 ? c.toUpper() : (acronym ? c : c.toLower());
    }
    return out;
}

// Conditions are allowed on a plausible minority, as in the real catalog: evaluations, recordings,
// queues and conversation details, where an admin scopes access to "their" queues or agents.
bool allowsConditions(const QString& domain, const QString& entity) {
    return domain == "recording"_L1 || (domain == "quality"_L1 && entity == "evaluation"_L1)
           || (domain == "routing"_L1 && entity == "queue"_L1)
           || (domain == "analytics"_L1 && entity == "conversationDetail"_L1);
}

bool divisionAware(const QString& domain, const QString& entity, const QString& action) {
    static const QSet<QString> domains = {u"routing"_s,  u"architect"_s,       u"outbound"_s,
                                          u"scripter"_s, u"workitems"_s,       u"recording"_s,
                                          u"quality"_s,  u"externalContacts"_s};
    static const QSet<QString> entities = {u"user"_s, u"queue"_s,    u"team"_s,       u"group"_s,
                                           u"flow"_s, u"campaign"_s, u"contactList"_s};
    static const QSet<QString> actions = {u"view"_s, u"add"_s, u"edit"_s, u"delete"_s};
    return actions.contains(action) && (domains.contains(domain) || entities.contains(entity));
}

} // namespace

std::optional<PermissionCatalog> PermissionCatalog::fromLines(const QByteArray& text,
                                                              QString* error) {
    PermissionCatalog catalog;
    int lineNumber = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u':');
        if (parts.size() != 3 || parts.contains(QString()) || line.contains(u'*')) {
            if (error)
                *error =
                    u"permission list line %1 is not domain:entity:action: %2"_s.arg(lineNumber)
                        .arg(line);
            return std::nullopt;
        }
        CatalogPermission p{parts[0], parts[1], parts[2], {}, false, false};
        p.label = u"%1 %2"_s.arg(splitCamel(p.action), splitCamel(p.entityType).toLower());
        p.allowsConditions = allowsConditions(p.domain, p.entityType);
        p.divisionAware = divisionAware(p.domain, p.entityType, p.action);
        auto& actions = catalog.m_domains[p.domain][p.entityType];
        if (!actions.contains(p.action))
            ++catalog.m_count;
        actions.insert(p.action, p);
    }
    if (catalog.m_count == 0) {
        if (error)
            *error = u"the permission list is empty"_s;
        return std::nullopt;
    }
    return catalog;
}

bool PermissionCatalog::hasEntity(const QString& domain, const QString& entity) const {
    const auto d = m_domains.constFind(domain);
    return d != m_domains.cend() && d->contains(entity);
}

const CatalogPermission* PermissionCatalog::find(const QString& domain, const QString& entity,
                                                 const QString& action) const {
    const auto d = m_domains.constFind(domain);
    if (d == m_domains.cend())
        return nullptr;
    const auto e = d->constFind(entity);
    if (e == d->cend())
        return nullptr;
    const auto a = e->constFind(action);
    return a == e->cend() ? nullptr : &*a;
}

QStringList PermissionCatalog::entities(const QString& domain) const {
    return m_domains.value(domain).keys();
}

QStringList PermissionCatalog::actions(const QString& domain, const QString& entity) const {
    return m_domains.value(domain).value(entity).keys();
}

QList<CatalogPermission> PermissionCatalog::permissions(const QString& domain) const {
    QList<CatalogPermission> out;
    const auto d = m_domains.constFind(domain);
    if (d == m_domains.cend())
        return out;
    for (const auto& actions : *d)
        for (const auto& p : actions)
            out.append(p);
    return out;
}

QString PermissionCatalog::domainLabel(const QString& domain) {
    QString label = splitCamel(domain);
    // splitCamel lower-cases every word after the first; a domain label is title case.
    QStringList words = label.split(u' ');
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(u' ');
}

QJsonObject PermissionCatalog::collectionJson(const QString& domain,
                                              const QString& entityFilter) const {
    QJsonObject map;
    const auto d = m_domains.constFind(domain);
    if (d != m_domains.cend()) {
        for (auto e = d->cbegin(); e != d->cend(); ++e) {
            QJsonArray perms;
            for (const CatalogPermission& p : *e) {
                if (!entityFilter.isEmpty()
                    && !u"%1:%2:%3"_s.arg(p.domain, p.entityType, p.action)
                            .contains(entityFilter, Qt::CaseInsensitive)
                    && !p.label.contains(entityFilter, Qt::CaseInsensitive))
                    continue;
                perms.append(QJsonObject{{u"domain"_s, p.domain},
                                         {u"entityType"_s, p.entityType},
                                         {u"action"_s, p.action},
                                         {u"label"_s, p.label},
                                         {u"allowsConditions"_s, p.allowsConditions},
                                         {u"divisionAware"_s, p.divisionAware}});
            }
            if (!perms.isEmpty())
                map.insert(e.key(), perms);
        }
    }
    return QJsonObject{{u"id"_s, domain},
                       {u"name"_s, domainLabel(domain)},
                       {u"domain"_s, domain},
                       {u"permissionMap"_s, map},
                       {u"selfUri"_s, u"/api/v2/authorization/permissions/%1"_s.arg(domain)}};
}
