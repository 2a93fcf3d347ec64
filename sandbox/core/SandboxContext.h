#pragma once

#include "SandboxOptions.h"
#include "catalog/PermissionCatalog.h"
#include "core/DefaultRoleTemplates.h"
#include "core/Paging.h"
#include "core/SandboxStore.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// What every handler shares: the store, the catalog, the templates, the options, and the
// renderers that turn stored rows into the wire models of MODELS.md.
class SandboxContext {
public:
    SandboxContext(SandboxStore& store, const PermissionCatalog& catalog,
                   const DefaultRoleTemplates& templates, const SandboxOptions& options,
                   QStringList products);

    SandboxStore& store;
    const PermissionCatalog& catalog;
    const DefaultRoleTemplates& templates;
    const SandboxOptions& options;
    const QStringList products;

    static QString now();
    static QString isoUtc(const QDateTime& time);

    //! Parses the body as JSON of the expected kind; on failure sets *error to a clear 400.
    std::optional<QJsonObject> bodyObject(const ApiRequest& request, ApiResponse* error) const;
    std::optional<QJsonArray> bodyArray(const ApiRequest& request, ApiResponse* error) const;
    //! A JSON array of non-empty strings (the id lists of A15-A17, O22).
    std::optional<QStringList> bodyIdList(const ApiRequest& request, ApiResponse* error) const;
    std::optional<Paging> paging(const ApiRequest& request, ApiResponse* error) const;
    //! An optional boolean query parameter; a value other than true/false is a 400.
    std::optional<bool> boolQuery(const ApiRequest& request, const QString& key, bool fallback,
                                  ApiResponse* error) const;

    // wire renderers
    QJsonObject roleJson(const StoredRole& role, std::optional<int> userCount) const;
    //! roleJson without userCount as compact JSON, for each of these roles (unknown ids are
    //! left out). Made once and kept until the store next writes anything, so a page of roles
    //! read again costs its bytes, not parsing and serializing each role.
    QList<QByteArray> roleBytes(const QStringList& roleIds) const;
    //! Appends one of roleBytes to `out` with the userCount added.
    static void appendWithUserCount(QByteArray& out, const QByteArray& role, int userCount);
    QJsonObject organizationJson(const QString& orgId) const;
    QJsonObject orgUserJson(const QString& userId) const;
    QJsonObject userJson(const StoredUser& user) const;
    QJsonObject divisionJson(const QString& orgId) const;
    //! UserAuthorization for a list of role ids of one org.
    QJsonObject userAuthorizationJson(const QString& orgId, const QStringList& roleIds) const;

    //! The user anywhere in the sandbox (users of partner orgs appear in trusts).
    std::optional<StoredUser> anyUser(const QString& userId) const;
    void audit(AuditRecord record) const;

private:
    mutable QHash<QString, QByteArray> m_renderedRoles;
    mutable quint64 m_renderedAt = 0; //!< the store's writeCount the rendered roles are of
};
