#include "core/SandboxStore.h"

#include "core/SandboxLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, third_party TEXT,"
    " domain TEXT, client_id TEXT UNIQUE NOT NULL, client_secret TEXT NOT NULL,"
    " is_home INTEGER NOT NULL, admin_user_id TEXT, position INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS roles (id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
    " name TEXT NOT NULL COLLATE NOCASE, name_key TEXT, doc TEXT NOT NULL,"
    " position INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS roles_name ON roles(org_id, name)",
    "CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT,"
    " email TEXT, title TEXT, department TEXT, state TEXT NOT NULL, version INTEGER NOT NULL,"
    " position INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS users_org ON users(org_id)",
    "CREATE TABLE IF NOT EXISTS user_roles (user_id TEXT NOT NULL, role_id TEXT NOT NULL,"
    " PRIMARY KEY (user_id, role_id))",
    "CREATE INDEX IF NOT EXISTS user_roles_role ON user_roles(role_id)",
    "CREATE TABLE IF NOT EXISTS trusts (trustor TEXT NOT NULL, trustee TEXT NOT NULL,"
    " enabled INTEGER NOT NULL, uses_default_role INTEGER NOT NULL, has_full_access INTEGER NOT"
    " NULL, is_trusted_user INTEGER NOT NULL, date_created TEXT NOT NULL, date_expired TEXT,"
    " created_by TEXT, PRIMARY KEY (trustor, trustee))",
    "CREATE TABLE IF NOT EXISTS trust_users (trustor TEXT NOT NULL, trustee TEXT NOT NULL,"
    " user_id TEXT NOT NULL, date_created TEXT NOT NULL, created_by TEXT,"
    " position INTEGER NOT NULL, PRIMARY KEY (trustor, trustee, user_id))",
    "CREATE TABLE IF NOT EXISTS trust_user_roles (trustor TEXT NOT NULL, trustee TEXT NOT NULL,"
    " user_id TEXT NOT NULL, role_id TEXT NOT NULL,"
    " PRIMARY KEY (trustor, trustee, user_id, role_id))",
    "CREATE TABLE IF NOT EXISTS pairings (id TEXT PRIMARY KEY, trustee TEXT NOT NULL,"
    " created_by TEXT, date_created TEXT NOT NULL, user_ids TEXT NOT NULL,"
    " used INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS audits (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL,"
    " trustor TEXT NOT NULL, trustee TEXT NOT NULL, trustee_user TEXT, actor_org TEXT,"
    " timestamp TEXT NOT NULL, action TEXT NOT NULL, entity_type TEXT, entity_id TEXT,"
    " entity_name TEXT, message TEXT)",
    "CREATE INDEX IF NOT EXISTS audits_trustor ON audits(trustor, trustee)",
    // The roles of an OAuth client: what its client-credentials tokens may do.
    "CREATE TABLE IF NOT EXISTS client_roles (client_id TEXT NOT NULL, role_id TEXT NOT NULL,"
    " PRIMARY KEY (client_id, role_id))",
};

QString toText(const QJsonObject& doc) {
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant nullable(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

StoredRole roleFrom(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toString(), fromText(q.value(2).toString())};
}

StoredUser userFrom(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toInt()};
}

StoredOrg orgFrom(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toBool(),   q.value(7).toString()};
}

StoredTrust trustFrom(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
            q.value(3).toBool(),   q.value(4).toBool(),   q.value(5).toBool(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
}

const QString kOrgColumns =
    u"id, name, third_party, domain, client_id, client_secret, is_home, admin_user_id"_s;
const QString kUserColumns = u"id, org_id, name, email, title, department, state, version"_s;
const QString kTrustColumns = u"trustor, trustee, enabled, uses_default_role, has_full_access,"
                              " is_trusted_user, date_created, date_expired, created_by"_s;

} // namespace

SandboxStore::SandboxStore()
    : m_connection(u"roledesk-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

SandboxStore::~SandboxStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SandboxStore::open(const QString& file, QString* error, int busyTimeoutMs) {
    // The file holds every organization's client secret: owner-only whatever the umask, and
    // before SQLite writes a byte (its WAL and shared-memory files take the same mode).
    if (!file.isEmpty() && !makePrivate(file, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(file.isEmpty() ? u":memory:"_s : file);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // WAL keeps a file database consistent if the process dies mid-write; foreign keys are
    // enforced in code because ids cross organizations (trusts) in ways FKs cannot express.
    // A cache of 64 MiB holds an org at --scale 100 whole: seeding it in one transaction
    // no longer reads its own pages back from the file (10 s against 3 s in memory).
    const QStringList pragmas = {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                 u"PRAGMA cache_size=-65536"_s,
                                 u"PRAGMA busy_timeout=%1"_s.arg(busyTimeoutMs)};
    for (const QString& p : pragmas)
        exec(p);
    for (const char* statement : kSchema) {
        if (!execOk(QString::fromLatin1(statement))) {
            if (error)
                *error = m_lastError;
            return false;
        }
    }
    if (!addNameKeys()) {
        if (error)
            *error = m_lastError;
        return false;
    }
    return true;
}

bool SandboxStore::makePrivate(const QString& file, QString* error) {
    constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const QFileInfo info(file);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder)
            || !QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            if (error)
                *error = u"cannot create the folder %1"_s.arg(folder);
            return false;
        }
    }
    QFile db(file);
    if (!db.open(QIODevice::ReadWrite) || !db.setPermissions(kOwnerOnly)) {
        if (error)
            *error = u"cannot open %1 as owner-only: %2"_s.arg(file, db.errorString());
        return false;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (QFile::exists(file + QLatin1String(suffix)))
            QFile::setPermissions(file + QLatin1String(suffix), kOwnerOnly);
    return true;
}

bool SandboxStore::addNameKeys() {
    // Files written before names were folded in full have no name_key: add and fill it.
    bool present = false;
    QSqlQuery columns = exec(u"PRAGMA table_info(roles)"_s);
    while (columns.next())
        present = present || columns.value(1).toString() == "name_key"_L1;
    if (!present) {
        if (!execOk(u"ALTER TABLE roles ADD COLUMN name_key TEXT"_s))
            return false;
        QList<std::pair<QString, QString>> names;
        QSqlQuery all = exec(u"SELECT id, name FROM roles"_s);
        while (all.next())
            names.append({all.value(0).toString(), all.value(1).toString()});
        for (const auto& [id, name] : names)
            if (!execOk(u"UPDATE roles SET name_key = ? WHERE id = ?"_s, {nameKey(name), id}))
                return false;
    }
    return execOk(u"CREATE UNIQUE INDEX IF NOT EXISTS roles_name_key ON roles(org_id, name_key)"_s);
}

QSqlQuery SandboxStore::exec(const QString& sql, const QVariantList& binds) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        qCWarning(lcSandbox) << "SQL prepare failed:" << m_lastError << sql;
        noteFailure(q.lastError());
        return q;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCDebug(lcSandbox) << "SQL failed:" << m_lastError << sql;
        noteFailure(q.lastError());
    } else if (!sql.startsWith("SELECT"_L1)) {
        ++m_writes;
    }
    return q;
}

bool SandboxStore::execOk(const QString& sql, const QVariantList& binds) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        noteFailure(q.lastError());
        return false;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        noteFailure(q.lastError());
        return false;
    }
    ++m_writes;
    return true;
}

bool SandboxStore::isSeeded() {
    QSqlQuery q = exec(u"SELECT value FROM meta WHERE key = 'seeded'"_s);
    return q.next();
}

void SandboxStore::markSeeded() {
    exec(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', '1')"_s);
}

bool SandboxStore::begin() {
    // Nested: the server wraps every write request in one, and routes may open their own.
    if (m_depth++ > 0)
        return true;
    m_rollbackOnly = false;
    const bool ok = QSqlDatabase::database(m_connection, false).transaction();
    if (!ok)
        noteFailure(QSqlDatabase::database(m_connection, false).lastError());
    return ok;
}

bool SandboxStore::commit() {
    if (m_depth == 0)
        return false;
    if (--m_depth > 0)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_rollbackOnly) {
        db.rollback();
        return false;
    }
    if (db.commit())
        return true;
    noteFailure(db.lastError());
    db.rollback();
    return false;
}

void SandboxStore::rollback() {
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true; // the outermost transaction is rolled back when it ends
        return;
    }
    QSqlDatabase::database(m_connection, false).rollback();
}

void SandboxStore::noteFailure(const QSqlError& error) {
    // A constraint a route relies on (a name taken) is an answer, not a failure of the store.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    constexpr int kConstraint = 19;
    if (error.type() == QSqlError::NoError || primary == kConstraint)
        return;
    ++m_storageFailures;
    m_storageBusy = primary == 5 || primary == 6; // SQLITE_BUSY, SQLITE_LOCKED
    m_lastStorageError = error.text();
    qCWarning(lcSandbox) << "storage failed:" << m_lastStorageError;
}

// ---- organizations

bool SandboxStore::insertOrg(const StoredOrg& org) {
    return execOk(u"INSERT INTO orgs (id, name, third_party, domain, client_id, client_secret,"
                  " is_home, admin_user_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                  " (SELECT COUNT(*) FROM orgs))"_s,
                  {org.id, org.name, org.thirdPartyOrgName, org.domain, org.clientId,
                   org.clientSecret, org.isHome, org.adminUserId});
}

QList<StoredOrg> SandboxStore::orgs() {
    QList<StoredOrg> out;
    QSqlQuery q = exec(u"SELECT %1 FROM orgs ORDER BY position"_s.arg(kOrgColumns));
    while (q.next())
        out.append(orgFrom(q));
    return out;
}

std::optional<StoredOrg> SandboxStore::org(const QString& id) {
    QSqlQuery q = exec(u"SELECT %1 FROM orgs WHERE id = ?"_s.arg(kOrgColumns), {id});
    if (!q.next())
        return std::nullopt;
    return orgFrom(q);
}

std::optional<StoredOrg> SandboxStore::orgByClientId(const QString& clientId) {
    QSqlQuery q = exec(u"SELECT %1 FROM orgs WHERE client_id = ?"_s.arg(kOrgColumns), {clientId});
    if (!q.next())
        return std::nullopt;
    return orgFrom(q);
}

// ---- roles

QString SandboxStore::nameKey(const QString& name) {
    // Unicode case folding, as RoleDesk folds names (SQLite's NOCASE folds ASCII only, so
    // "Émile" and "émile" were two roles).
    return name.trimmed().toCaseFolded();
}

bool SandboxStore::insertRole(const StoredRole& role) {
    const QString name = role.doc.value("name"_L1).toString();
    return execOk(u"INSERT INTO roles (id, org_id, name, name_key, doc, position) VALUES (?, ?, ?,"
                  " ?, ?, (SELECT IFNULL(MAX(position), 0) + 1 FROM roles))"_s,
                  {role.id, role.orgId, name, nameKey(name), toText(role.doc)});
}

bool SandboxStore::updateRole(const StoredRole& role) {
    const QString name = role.doc.value("name"_L1).toString();
    return execOk(u"UPDATE roles SET name = ?, name_key = ?, doc = ? WHERE id = ?"_s,
                  {name, nameKey(name), toText(role.doc), role.id});
}

void SandboxStore::deleteRole(const QString& roleId) {
    exec(u"DELETE FROM user_roles WHERE role_id = ?"_s, {roleId});
    exec(u"DELETE FROM trust_user_roles WHERE role_id = ?"_s, {roleId});
    exec(u"DELETE FROM roles WHERE id = ?"_s, {roleId});
}

QList<StoredRole> SandboxStore::roles(const QString& orgId) {
    QList<StoredRole> out;
    QSqlQuery q =
        exec(u"SELECT id, org_id, doc FROM roles WHERE org_id = ? ORDER BY position"_s, {orgId});
    while (q.next())
        out.append(roleFrom(q));
    return out;
}

QList<StoredRole> SandboxStore::rolesByName(const QString& orgId) {
    QList<StoredRole> out;
    QSqlQuery q =
        exec(u"SELECT id, org_id, doc FROM roles WHERE org_id = ? ORDER BY name_key, position"_s,
             {orgId});
    while (q.next())
        out.append(roleFrom(q));
    return out;
}

QStringList SandboxStore::roleIdsByName(const QString& orgId, qsizetype offset, qsizetype limit) {
    QStringList out;
    QSqlQuery q = exec(u"SELECT id FROM roles WHERE org_id = ?"
                       " ORDER BY name_key, position LIMIT ? OFFSET ?"_s,
                       {orgId, limit, offset});
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QHash<QString, QString> SandboxStore::roleTexts(const QStringList& roleIds) {
    QHash<QString, QString> out;
    if (roleIds.isEmpty())
        return out;
    const QStringList marks(roleIds.size(), u"?"_s);
    QSqlQuery q = exec(u"SELECT id, doc FROM roles WHERE id IN (%1)"_s.arg(marks.join(u',')),
                       QVariantList(roleIds.cbegin(), roleIds.cend()));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

int SandboxStore::roleCount(const QString& orgId) {
    QSqlQuery q = exec(u"SELECT COUNT(*) FROM roles WHERE org_id = ?"_s, {orgId});
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<StoredRole> SandboxStore::role(const QString& orgId, const QString& roleId) {
    QSqlQuery q =
        exec(u"SELECT id, org_id, doc FROM roles WHERE org_id = ? AND id = ?"_s, {orgId, roleId});
    if (!q.next())
        return std::nullopt;
    return roleFrom(q);
}

QString SandboxStore::roleIdByName(const QString& orgId, const QString& name) {
    QSqlQuery q =
        exec(u"SELECT id FROM roles WHERE org_id = ? AND name_key = ?"_s, {orgId, nameKey(name)});
    return q.next() ? q.value(0).toString() : QString();
}

QHash<QString, int> SandboxStore::userCounts(const QString& orgId) {
    QHash<QString, int> out;
    QSqlQuery q = exec(u"SELECT ur.role_id, COUNT(*) FROM user_roles ur JOIN roles r ON r.id ="
                       " ur.role_id WHERE r.org_id = ? GROUP BY ur.role_id"_s,
                       {orgId});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

QHash<QString, int> SandboxStore::userCounts(const QStringList& roleIds) {
    QHash<QString, int> out;
    if (roleIds.isEmpty())
        return out;
    QStringList marks(roleIds.size(), u"?"_s);
    QVariantList binds;
    for (const QString& id : roleIds)
        binds.append(id);
    QSqlQuery q = exec(u"SELECT role_id, COUNT(*) FROM user_roles WHERE role_id IN (%1)"
                       " GROUP BY role_id"_s.arg(marks.join(u',')),
                       binds);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

int SandboxStore::userCount(const QString& roleId) {
    QSqlQuery q = exec(u"SELECT COUNT(*) FROM user_roles WHERE role_id = ?"_s, {roleId});
    return q.next() ? q.value(0).toInt() : 0;
}

// ---- users

bool SandboxStore::insertUser(const StoredUser& user) {
    return execOk(u"INSERT INTO users (id, org_id, name, email, title, department, state, version,"
                  " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                  " (SELECT IFNULL(MAX(position), 0) + 1 FROM users))"_s,
                  {user.id, user.orgId, user.name, user.email, user.title, user.department,
                   user.state, user.version});
}

QList<StoredUser> SandboxStore::users(const QString& orgId) {
    QList<StoredUser> out;
    QSqlQuery q = exec(
        u"SELECT %1 FROM users WHERE org_id = ? ORDER BY position"_s.arg(kUserColumns), {orgId});
    while (q.next())
        out.append(userFrom(q));
    return out;
}

std::optional<StoredUser> SandboxStore::user(const QString& orgId, const QString& userId) {
    QSqlQuery q = exec(u"SELECT %1 FROM users WHERE org_id = ? AND id = ?"_s.arg(kUserColumns),
                       {orgId, userId});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QStringList SandboxStore::userRoleIds(const QString& userId) {
    QStringList out;
    QSqlQuery q = exec(u"SELECT ur.role_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id"
                       " WHERE ur.user_id = ? ORDER BY r.position"_s,
                       {userId});
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList SandboxStore::roleUserIds(const QString& roleId) {
    QStringList out;
    QSqlQuery q = exec(u"SELECT ur.user_id FROM user_roles ur JOIN users u ON u.id = ur.user_id"
                       " WHERE ur.role_id = ? ORDER BY u.position"_s,
                       {roleId});
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void SandboxStore::grantRole(const QString& userId, const QString& roleId) {
    exec(u"INSERT OR IGNORE INTO user_roles (user_id, role_id) VALUES (?, ?)"_s, {userId, roleId});
}

void SandboxStore::revokeRole(const QString& userId, const QString& roleId) {
    exec(u"DELETE FROM user_roles WHERE user_id = ? AND role_id = ?"_s, {userId, roleId});
}

void SandboxStore::revokeAllRoles(const QString& userId) {
    exec(u"DELETE FROM user_roles WHERE user_id = ?"_s, {userId});
}

std::optional<StoredUser> SandboxStore::userByEmail(const QString& orgId, const QString& email) {
    QSqlQuery q = exec(
        u"SELECT %1 FROM users WHERE org_id = ? AND lower(email) = lower(?)"_s.arg(kUserColumns),
        {orgId, email.trimmed()});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QStringList SandboxStore::clientRoleIds(const QString& clientId) {
    QStringList out;
    QSqlQuery q = exec(u"SELECT role_id FROM client_roles WHERE client_id = ? ORDER BY role_id"_s,
                       {clientId});
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void SandboxStore::grantClientRole(const QString& clientId, const QString& roleId) {
    exec(u"INSERT OR IGNORE INTO client_roles (client_id, role_id) VALUES (?, ?)"_s,
         {clientId, roleId});
}

bool SandboxStore::hasClientRoles() {
    QSqlQuery q = exec(u"SELECT 1 FROM client_roles LIMIT 1"_s);
    return q.next();
}

// ---- trusts

bool SandboxStore::insertTrust(const StoredTrust& t) {
    return execOk(
        u"INSERT INTO trusts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kTrustColumns),
        {t.trustorOrgId, t.trusteeOrgId, t.enabled, t.usesDefaultRole, t.hasFullAccess,
         t.isTrustedUser, t.dateCreated, nullable(t.dateExpired), t.createdBy});
}

bool SandboxStore::updateTrust(const StoredTrust& t) {
    return execOk(u"UPDATE trusts SET enabled = ?, uses_default_role = ?, has_full_access = ?,"
                  " is_trusted_user = ?, date_expired = ? WHERE trustor = ? AND trustee = ?"_s,
                  {t.enabled, t.usesDefaultRole, t.hasFullAccess, t.isTrustedUser,
                   nullable(t.dateExpired), t.trustorOrgId, t.trusteeOrgId});
}

void SandboxStore::deleteTrust(const QString& trustorOrgId, const QString& trusteeOrgId) {
    const QVariantList key = {trustorOrgId, trusteeOrgId};
    exec(u"DELETE FROM trust_user_roles WHERE trustor = ? AND trustee = ?"_s, key);
    exec(u"DELETE FROM trust_users WHERE trustor = ? AND trustee = ?"_s, key);
    exec(u"DELETE FROM trusts WHERE trustor = ? AND trustee = ?"_s, key);
}

std::optional<StoredTrust> SandboxStore::trust(const QString& trustorOrgId,
                                               const QString& trusteeOrgId) {
    QSqlQuery q =
        exec(u"SELECT %1 FROM trusts WHERE trustor = ? AND trustee = ?"_s.arg(kTrustColumns),
             {trustorOrgId, trusteeOrgId});
    if (!q.next())
        return std::nullopt;
    return trustFrom(q);
}

QList<StoredTrust> SandboxStore::trustsAsTrustor(const QString& trustorOrgId) {
    QList<StoredTrust> out;
    QSqlQuery q =
        exec(u"SELECT %1 FROM trusts WHERE trustor = ? ORDER BY date_created, trustee"_s.arg(
                 kTrustColumns),
             {trustorOrgId});
    while (q.next())
        out.append(trustFrom(q));
    return out;
}

QList<StoredTrust> SandboxStore::trustsAsTrustee(const QString& trusteeOrgId) {
    QList<StoredTrust> out;
    QSqlQuery q =
        exec(u"SELECT %1 FROM trusts WHERE trustee = ? ORDER BY date_created, trustor"_s.arg(
                 kTrustColumns),
             {trusteeOrgId});
    while (q.next())
        out.append(trustFrom(q));
    return out;
}

bool SandboxStore::insertTrustUser(const QString& trustorOrgId, const QString& trusteeOrgId,
                                   const StoredTrustUser& user) {
    return execOk(u"INSERT INTO trust_users (trustor, trustee, user_id, date_created, created_by,"
                  " position) VALUES (?, ?, ?, ?, ?,"
                  " (SELECT IFNULL(MAX(position), 0) + 1 FROM trust_users))"_s,
                  {trustorOrgId, trusteeOrgId, user.userId, user.dateCreated, user.createdBy});
}

void SandboxStore::deleteTrustUser(const QString& trustorOrgId, const QString& trusteeOrgId,
                                   const QString& userId) {
    const QVariantList key = {trustorOrgId, trusteeOrgId, userId};
    exec(u"DELETE FROM trust_user_roles WHERE trustor = ? AND trustee = ? AND user_id = ?"_s, key);
    exec(u"DELETE FROM trust_users WHERE trustor = ? AND trustee = ? AND user_id = ?"_s, key);
}

QList<StoredTrustUser> SandboxStore::trustUsers(const QString& trustorOrgId,
                                                const QString& trusteeOrgId) {
    QList<StoredTrustUser> out;
    QSqlQuery q = exec(u"SELECT user_id, date_created, created_by FROM trust_users"
                       " WHERE trustor = ? AND trustee = ? ORDER BY position"_s,
                       {trustorOrgId, trusteeOrgId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<StoredTrustUser> SandboxStore::trustUser(const QString& trustorOrgId,
                                                       const QString& trusteeOrgId,
                                                       const QString& userId) {
    QSqlQuery q = exec(u"SELECT user_id, date_created, created_by FROM trust_users"
                       " WHERE trustor = ? AND trustee = ? AND user_id = ?"_s,
                       {trustorOrgId, trusteeOrgId, userId});
    if (!q.next())
        return std::nullopt;
    return StoredTrustUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QStringList SandboxStore::trustUserRoleIds(const QString& trustorOrgId, const QString& trusteeOrgId,
                                           const QString& userId) {
    QStringList out;
    QSqlQuery q = exec(u"SELECT t.role_id FROM trust_user_roles t JOIN roles r ON r.id = t.role_id"
                       " WHERE t.trustor = ? AND t.trustee = ? AND t.user_id = ?"
                       " ORDER BY r.position"_s,
                       {trustorOrgId, trusteeOrgId, userId});
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void SandboxStore::setTrustUserRoles(const QString& trustorOrgId, const QString& trusteeOrgId,
                                     const QString& userId, const QStringList& roleIds) {
    exec(u"DELETE FROM trust_user_roles WHERE trustor = ? AND trustee = ? AND user_id = ?"_s,
         {trustorOrgId, trusteeOrgId, userId});
    for (const QString& roleId : roleIds)
        exec(u"INSERT OR IGNORE INTO trust_user_roles (trustor, trustee, user_id, role_id)"
             " VALUES (?, ?, ?, ?)"_s,
             {trustorOrgId, trusteeOrgId, userId, roleId});
}

// ---- pairings

bool SandboxStore::insertPairing(const StoredPairing& p) {
    return execOk(
        u"INSERT INTO pairings (id, trustee, created_by, date_created, user_ids, used)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s,
        {p.id, p.trusteeOrgId, p.createdBy, p.dateCreated,
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(p.userIds)).toJson(QJsonDocument::Compact)),
         p.used});
}

std::optional<StoredPairing> SandboxStore::pairing(const QString& id) {
    QSqlQuery q = exec(u"SELECT id, trustee, created_by, date_created, user_ids, used"
                       " FROM pairings WHERE id = ?"_s,
                       {id});
    if (!q.next())
        return std::nullopt;
    QStringList userIds;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        userIds.append(v.toString());
    return StoredPairing{q.value(0).toString(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         userIds,
                         q.value(5).toBool()};
}

void SandboxStore::markPairingUsed(const QString& id) {
    exec(u"UPDATE pairings SET used = 1 WHERE id = ?"_s, {id});
}

// ---- audits

bool SandboxStore::insertAudit(const AuditRecord& r) {
    return execOk(u"INSERT INTO audits (id, trustor, trustee, trustee_user, actor_org, timestamp,"
                  " action, entity_type, entity_id, entity_name, message)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {r.id, r.trustorOrgId, r.trusteeOrgId, nullable(r.trusteeUserId), r.actorOrgId,
                   r.timestamp, r.action, r.entityType, r.entityId, r.entityName, r.message});
}

QList<AuditRecord> SandboxStore::audits(const QString& trustorOrgId,
                                        const QStringList& trusteeOrgIds) {
    QList<AuditRecord> out;
    QSqlQuery q = exec(u"SELECT id, trustor, trustee, trustee_user, actor_org, timestamp, action,"
                       " entity_type, entity_id, entity_name, message FROM audits"
                       " WHERE trustor = ? ORDER BY seq"_s,
                       {trustorOrgId});
    while (q.next()) {
        AuditRecord r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                      q.value(9).toString(), q.value(10).toString()};
        if (trusteeOrgIds.isEmpty() || trusteeOrgIds.contains(r.trusteeOrgId))
            out.append(r);
    }
    return out;
}
