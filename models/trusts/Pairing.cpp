#include "trusts/Pairing.h"

#include "client/PlatformClient.h"
#include "org/PrivateFile.h"
#include "wire/JsonCodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int kFormat = 1;
constexpr qint64 kMaxBookSize = 4 * 1024 * 1024;
} // namespace

PairingLookup::PairingLookup(OrgSession* session, QString pairingId, bool own, QObject* parent)
    : Operation(session, parent)
    , m_pairingId(std::move(pairingId).trimmed())
    , m_own(own) {}

void PairingLookup::run() {
    if (m_pairingId.isEmpty())
        return fail(
            OperationFailure::refused(tr("Paste the pairing id the other organization sent.")));
    auto* job = client()->getPairing(m_pairingId);
    watch(
        job,
        [this, job] {
            m_result = job->result();
            const QString asker = m_result.trustee.value_or(Organization{}).id.value_or(QString());
            if (!m_own && asker == session()->organizationId())
                return fail(OperationFailure::refused(
                    tr("This pairing was made by this organization: accept it while connected to"
                       " the organization it asks access to.")));
            succeed();
        },
        [this](const ApiStatus& status) {
            OperationFailure failure = OperationFailure::from(status);
            if (status.httpStatus == 404)
                failure.status.message =
                    tr("No pairing has the id %1: check the id the other organization sent.")
                        .arg(m_pairingId);
            else if (status.errorBody.code == u"pairing.expired")
                failure.status.message =
                    tr("The pairing %1 has expired: ask the other organization for a new one. (%2)")
                        .arg(m_pairingId, status.message);
            fail(failure);
        });
}

PairingRequest::PairingRequest(OrgSession* session, QStringList userIds, QString bookDirectory,
                               QObject* parent)
    : Operation(session, parent)
    , m_userIds(std::move(userIds))
    , m_bookDirectory(std::move(bookDirectory)) {}

void PairingRequest::run() {
    m_userIds.removeDuplicates();
    m_userIds.removeAll(QString());
    if (m_userIds.isEmpty())
        return fail(OperationFailure::refused(
            tr("Choose at least one of this organization's users for the pairing.")));
    TrustRequestCreate body;
    body.userIds = m_userIds;
    auto* job = client()->createPairing(body);
    track(job, [this, job] {
        m_result = job->result();
        QString error;
        if (!PairingBook(m_bookDirectory).remember(session()->organizationId(), m_result, &error))
            Q_EMIT session()->errorOccurred(tr("Remembering the pairing"),
                                            ApiStatus::invalidRequest(error));
        succeed();
    });
}

PairingBook::PairingBook(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            + u"/pairings"_s
                      : std::move(directory)) {}

QString PairingBook::fileOf(const QString& organizationId) const {
    // Any id gives a safe, distinct file name.
    const QByteArray hash =
        QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash.left(32)) + u".json"_s);
}

QList<TrustRequest> PairingBook::pairings(const QString& organizationId, QString* error) const {
    const QString path = fileOf(organizationId);
    if (!QFile::exists(path))
        return {};
    const auto bytes = PrivateFile::read(path, kMaxBookSize, tr("the remembered pairings"), error);
    if (!bytes)
        return {};
    const QJsonObject doc = QJsonDocument::fromJson(*bytes).object();
    if (doc.value("format"_L1).toInt() != kFormat
        || doc.value("organizationId"_L1).toString() != organizationId) {
        if (error)
            *error = tr("%1 does not hold pairings RoleDesk can read.")
                         .arg(QDir::toNativeSeparators(path));
        return {};
    }
    QList<TrustRequest> out;
    for (const QJsonValue& v : doc.value("pairings"_L1).toArray())
        if (auto p = fromJson<TrustRequest>(v); p && p->id && !p->id->isEmpty())
            out.append(*p);
    return out;
}

bool PairingBook::save(const QString& organizationId, const QList<TrustRequest>& pairings,
                       QString* error) {
    if (!PrivateFile::ensureFolder(m_directory, error))
        return false;
    QJsonArray list;
    for (const TrustRequest& p : pairings)
        list.append(toJson(p));
    const QJsonObject doc{
        {u"format"_s, kFormat}, {u"organizationId"_s, organizationId}, {u"pairings"_s, list}};
    return PrivateFile::write(fileOf(organizationId),
                              QJsonDocument(doc).toJson(QJsonDocument::Compact),
                              tr("the remembered pairings"), error);
}

bool PairingBook::remember(const QString& organizationId, const TrustRequest& pairing,
                           QString* error) {
    QList<TrustRequest> all = pairings(organizationId, error);
    all.removeIf([&pairing](const TrustRequest& p) { return p.id == pairing.id; });
    all.prepend(pairing);
    return save(organizationId, all, error);
}

bool PairingBook::forget(const QString& organizationId, const QString& pairingId, QString* error) {
    QList<TrustRequest> all = pairings(organizationId, error);
    all.removeIf([&pairingId](const TrustRequest& p) { return p.id == pairingId; });
    return save(organizationId, all, error);
}
