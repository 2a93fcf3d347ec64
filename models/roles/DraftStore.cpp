#include "roles/DraftStore.h"

#include "org/PrivateFile.h"
#include "wire/JsonCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const int kFormat = 1;
//! A draft is one role: far below this, which only stops a stray huge file from being read.
constexpr qint64 kMaxDraftBytes = 16 * 1024 * 1024;

// One part of a file name, collision-free: percent-encoding is one-to-one and never yields '+'
// or '=', so "<org>+<key>.json" cannot be read two ways. A part too long for a file name is
// its SHA-256 instead, marked by '='.
QString part(const QString& text, qsizetype maxLength) {
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(text));
    if (encoded.size() <= maxLength)
        return encoded;
    return u'='
           + QString::fromLatin1(
               QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString orgPart(const QString& organizationId) {
    return part(organizationId, 80);
}

// Names before drafts were collision-free ("<org>--<key>.json" with every other character
// replaced by '_'): still read, so an update never hides a draft, and removed with it.
QString legacyPart(const QString& text) {
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    return QString(text).replace(unsafe, u"_"_s);
}

std::optional<StoredDraft> readDraft(const QString& path) {
    QString ignored;
    const auto bytes = PrivateFile::read(
        path, kMaxDraftBytes, QCoreApplication::translate("DraftStore", "a draft"), &ignored);
    return bytes ? DraftStore::decode(*bytes) : std::nullopt;
}

} // namespace

QByteArray DraftStore::encode(const StoredDraft& draft) {
    const QJsonObject doc{{u"format"_s, kFormat},
                          {u"organizationId"_s, draft.organizationId},
                          {u"key"_s, draft.key},
                          {u"savedAt"_s, draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                          {u"base"_s, toJson(draft.base)},
                          {u"draft"_s, toJson(draft.draft)}};
    return QJsonDocument(doc).toJson();
}

std::optional<StoredDraft> DraftStore::decode(const QByteArray& bytes) {
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    if (doc.value("format"_L1).toInt() != kFormat)
        return std::nullopt;
    auto base = fromJson<DomainOrganizationRole>(doc.value("base"_L1));
    auto draft = fromJson<DomainOrganizationRole>(doc.value("draft"_L1));
    if (!base || !draft)
        return std::nullopt;
    return StoredDraft{
        doc.value("organizationId"_L1).toString(), doc.value("key"_L1).toString(), *base, *draft,
        QDateTime::fromString(doc.value("savedAt"_L1).toString(), Qt::ISODateWithMs)};
}

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory)) {}

QString DraftStore::pathOf(const QString& organizationId, const QString& key) const {
    return m_directory + u'/' + orgPart(organizationId) + u'+' + part(key, 150) + u".json"_s;
}

QString DraftStore::legacyPathOf(const QString& organizationId, const QString& key) const {
    return m_directory + u'/' + legacyPart(organizationId) + u"--"_s + legacyPart(key) + u".json"_s;
}

bool DraftStore::write(const StoredDraft& draft, QString* error) {
    // Drafts are an organization's unsaved changes: folder 0700, files 0600.
    if (!PrivateFile::ensureFolder(m_directory, error))
        return false;
    if (!PrivateFile::write(pathOf(draft.organizationId, draft.key), encode(draft),
                            QCoreApplication::translate("DraftStore", "the draft"), error))
        return false;
    removeLegacy(draft.organizationId, draft.key);
    return true;
}

void DraftStore::remove(const QString& organizationId, const QString& key) {
    QFile::remove(pathOf(organizationId, key));
    removeLegacy(organizationId, key);
}

void DraftStore::removeLegacy(const QString& organizationId, const QString& key) {
    // Only if it is this draft: under the old names two keys could share one file.
    const QString legacy = legacyPathOf(organizationId, key);
    const auto stored = QFile::exists(legacy) ? readDraft(legacy) : std::nullopt;
    if (stored && stored->organizationId == organizationId && stored->key == key)
        QFile::remove(legacy);
}

QList<StoredDraft> DraftStore::drafts(const QString& organizationId) const {
    QList<StoredDraft> out;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList(
        {orgPart(organizationId) + u"+*.json"_s, legacyPart(organizationId) + u"--*.json"_s},
        QDir::Files, QDir::Name);
    QStringList keys;
    for (const QString& name : files) {
        auto draft = readDraft(dir.filePath(name));
        // A legacy file of a key that also has a current one is the older of the two.
        if (!draft || draft->organizationId != organizationId || keys.contains(draft->key))
            continue;
        keys.append(draft->key);
        out.append(std::move(*draft));
    }
    std::sort(out.begin(), out.end(),
              [](const StoredDraft& a, const StoredDraft& b) { return a.savedAt > b.savedAt; });
    return out;
}
