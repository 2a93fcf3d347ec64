#pragma once

class QSqlError;

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

struct StoredOrg {
    QString id;
    QString name;
    QString thirdPartyOrgName;
    QString domain;
    QString clientId;
    QString clientSecret;
    bool isHome = false;
    QString adminUserId;
};

struct StoredRole {
    QString id;
    QString orgId;
    QJsonObject doc; //!< the role's JSON without id, userCount, permissions and selfUri
};

struct StoredUser {
    QString id;
    QString orgId;
    QString name;
    QString email;
    QString title;
    QString department;
    QString state;
    int version = 1;
};

struct StoredTrust {
    QString trustorOrgId;
    QString trusteeOrgId;
    bool enabled = true;
    bool usesDefaultRole = false;
    bool hasFullAccess = false;
    bool isTrustedUser = false;
    QString dateCreated;
    QString dateExpired; //!< empty: never expires
    QString createdBy;   //!< user id in the trustor org
};

struct StoredTrustUser {
    QString userId;
    QString dateCreated;
    QString createdBy;
};

struct StoredPairing {
    QString id;
    QString trusteeOrgId;
    QString createdBy;
    QString dateCreated;
    QStringList userIds;
    bool used = false;
};

struct AuditRecord {
    QString id;
    QString trustorOrgId;
    QString trusteeOrgId;
    QString trusteeUserId;
    QString actorOrgId;
    QString timestamp;
    QString action;
    QString entityType;
    QString entityId;
    QString entityName;
    QString message;
};

// All sandbox state, in one SQLite database (a file, or in memory). Used from the sandbox's own
// thread only; the server handles one request at a time, and multi-statement changes run in a
// transaction, so concurrent clients never see or leave half a change.
class SandboxStore {
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore&) = delete;
    SandboxStore& operator=(const SandboxStore&) = delete;

    //! `busyTimeoutMs`: how long a write waits for another process's lock before it fails.
    bool open(const QString& file, QString* error, int busyTimeoutMs = 5000);
    bool isSeeded();
    void markSeeded();

    //! Transactions nest: only the outermost begins and ends one; a rollback inside makes the
    //! outermost end in a rollback too. commit() is false when nothing was kept.
    bool begin();
    bool commit();
    void rollback();
    bool rollbackOnly() const { return m_rollbackOnly; }
    //! Statements the store could not carry out (busy, locked, disk full, I/O), counted so a
    //! request that met one is answered 5xx and rolled back, never 200. Constraint violations
    //! are not counted: routes answer those themselves.
    int storageFailures() const { return m_storageFailures; }
    bool lastStorageFailureWasBusy() const { return m_storageBusy; }
    QString lastStorageError() const { return m_lastStorageError; }
    //! Grows with every change statement carried out (execOk), kept or rolled back: what was
    //! derived from the store at one count may be stale at another.
    quint64 writeCount() const { return m_writes; }

    // organizations
    bool insertOrg(const StoredOrg& org);
    QList<StoredOrg> orgs();
    std::optional<StoredOrg> org(const QString& id);
    std::optional<StoredOrg> orgByClientId(const QString& clientId);

    // roles
    bool insertRole(const StoredRole& role);
    bool updateRole(const StoredRole& role);
    void deleteRole(const QString& roleId);
    QList<StoredRole> roles(const QString& orgId);
    //! The org's roles ordered by name (folded, as roleIdByName compares).
    QList<StoredRole> rolesByName(const QString& orgId);
    //! The ids of `limit` of them from `offset`, in that order: a page of roles without
    //! reading the others.
    QStringList roleIdsByName(const QString& orgId, qsizetype offset, qsizetype limit);
    //! Each role's doc as the JSON text stored, by id (any org; unknown ids are left out).
    QHash<QString, QString> roleTexts(const QStringList& roleIds);
    int roleCount(const QString& orgId);
    std::optional<StoredRole> role(const QString& orgId, const QString& roleId);
    //! The id of another role of the org with this name (case-insensitive), if any.
    QString roleIdByName(const QString& orgId, const QString& name);
    QHash<QString, int> userCounts(const QString& orgId);
    int userCount(const QString& roleId);
    //! Users per role, for these roles only (roles without users are absent).
    QHash<QString, int> userCounts(const QStringList& roleIds);

    // users and their roles in their own org
    bool insertUser(const StoredUser& user);
    QList<StoredUser> users(const QString& orgId);
    std::optional<StoredUser> user(const QString& orgId, const QString& userId);
    QStringList userRoleIds(const QString& userId);
    QStringList roleUserIds(const QString& roleId);
    void grantRole(const QString& userId, const QString& roleId);
    void revokeRole(const QString& userId, const QString& roleId);
    void revokeAllRoles(const QString& userId);
    //! The person of the org with this email (case-insensitive): whom the sign-in page signs in.
    std::optional<StoredUser> userByEmail(const QString& orgId, const QString& email);

    // the roles of OAuth clients (what their client-credentials tokens carry)
    QStringList clientRoleIds(const QString& clientId);
    void grantClientRole(const QString& clientId, const QString& roleId);
    //! False for a file written before clients had roles (prepare() then gives them Master Admin).
    bool hasClientRoles();

    // trusts: trustor org grants trustee org's users roles in the trustor org
    bool insertTrust(const StoredTrust& trust);
    bool updateTrust(const StoredTrust& trust);
    void deleteTrust(const QString& trustorOrgId, const QString& trusteeOrgId);
    std::optional<StoredTrust> trust(const QString& trustorOrgId, const QString& trusteeOrgId);
    QList<StoredTrust> trustsAsTrustor(const QString& trustorOrgId);
    QList<StoredTrust> trustsAsTrustee(const QString& trusteeOrgId);
    bool insertTrustUser(const QString& trustorOrgId, const QString& trusteeOrgId,
                         const StoredTrustUser& user);
    void deleteTrustUser(const QString& trustorOrgId, const QString& trusteeOrgId,
                         const QString& userId);
    QList<StoredTrustUser> trustUsers(const QString& trustorOrgId, const QString& trusteeOrgId);
    std::optional<StoredTrustUser> trustUser(const QString& trustorOrgId,
                                             const QString& trusteeOrgId, const QString& userId);
    QStringList trustUserRoleIds(const QString& trustorOrgId, const QString& trusteeOrgId,
                                 const QString& userId);
    void setTrustUserRoles(const QString& trustorOrgId, const QString& trusteeOrgId,
                           const QString& userId, const QStringList& roleIds);

    // pairings
    bool insertPairing(const StoredPairing& pairing);
    std::optional<StoredPairing> pairing(const QString& id);
    void markPairingUsed(const QString& id);

    // audits
    bool insertAudit(const AuditRecord& record);
    QList<AuditRecord> audits(const QString& trustorOrgId, const QStringList& trusteeOrgIds);

    QString lastError() const { return m_lastError; }

private:
    //! Creates `file` (and a missing folder) owner-only, or makes an existing one so.
    static bool makePrivate(const QString& file, QString* error);
    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    bool execOk(const QString& sql, const QVariantList& binds = {});

    void noteFailure(const QSqlError& error);
    bool addNameKeys();
    //! What two role names must not share in one organization: the name, trimmed and folded.
    static QString nameKey(const QString& name);

    QString m_connection;
    QString m_lastError;
    int m_depth = 0;
    quint64 m_writes = 0;
    bool m_rollbackOnly = false;
    int m_storageFailures = 0;
    bool m_storageBusy = false;
    QString m_lastStorageError;
};
