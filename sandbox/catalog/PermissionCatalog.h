#pragma once

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

struct CatalogPermission {
    QString domain;
    QString entityType;
    QString action;
    QString label;
    bool allowsConditions = false;
    bool divisionAware = false;
};

// The permission catalog served by GET /api/v2/authorization/permissions and used to validate every
// policy the sandbox accepts. Built from the one-permission-a-line list in resources/.
class PermissionCatalog {
public:
    static std::optional<PermissionCatalog> fromLines(const QByteArray& text, QString* error);

    QStringList domains() const { return m_domains.keys(); }
    bool hasDomain(const QString& domain) const { return m_domains.contains(domain); }
    bool hasEntity(const QString& domain, const QString& entity) const;
    const CatalogPermission* find(const QString& domain, const QString& entity,
                                  const QString& action) const;
    //! Entities of a domain, sorted.
    QStringList entities(const QString& domain) const;
    //! Actions of one entity, sorted.
    QStringList actions(const QString& domain, const QString& entity) const;
    //! Every permission of a domain, in (entity, action) order.
    QList<CatalogPermission> permissions(const QString& domain) const;
    qsizetype permissionCount() const { return m_count; }

    //! A readable name for a domain ("speechAndTextAnalytics" -> "Speech And Text Analytics").
    static QString domainLabel(const QString& domain);
    QJsonObject collectionJson(const QString& domain, const QString& entityFilter = {}) const;

private:
    using EntityMap = QMap<QString, QMap<QString, CatalogPermission>>;
    QMap<QString, EntityMap> m_domains;
    qsizetype m_count = 0;
};
