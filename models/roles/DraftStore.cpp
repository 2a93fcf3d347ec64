#include "roles/DraftStore.h"

#include "wire/JsonCodec.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
const int kFormat = 1;

QString safe(const QString& part) {
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    return QString(part).replace(unsafe, u"_"_s);
}
} // namespace

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory)) {}

QString DraftStore::pathOf(const QString& organizationId, const QString& key) const {
    return m_directory + u'/' + safe(organizationId) + u"--"_s + safe(key) + u".json"_s;
}

bool DraftStore::write(const StoredDraft& draft, QString* error) {
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = u"cannot create %1"_s.arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QJsonObject doc{{u"format"_s, kFormat},
                          {u"organizationId"_s, draft.organizationId},
                          {u"key"_s, draft.key},
                          {u"savedAt"_s, draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                          {u"base"_s, toJson(draft.base)},
                          {u"draft"_s, toJson(draft.draft)}};
    QSaveFile file(pathOf(draft.organizationId, draft.key));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(doc).toJson()) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DraftStore::remove(const QString& organizationId, const QString& key) {
    QFile::remove(pathOf(organizationId, key));
}

QList<StoredDraft> DraftStore::drafts(const QString& organizationId) const {
    QList<StoredDraft> out;
    const QDir dir(m_directory);
    const QStringList files =
        dir.entryList({safe(organizationId) + u"--*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        if (doc.value("format"_L1).toInt() != kFormat
            || doc.value("organizationId"_L1).toString() != organizationId)
            continue;
        auto base = fromJson<DomainOrganizationRole>(doc.value("base"_L1));
        auto draft = fromJson<DomainOrganizationRole>(doc.value("draft"_L1));
        if (!base || !draft)
            continue;
        out.append({organizationId, doc.value("key"_L1).toString(), *base, *draft,
                    QDateTime::fromString(doc.value("savedAt"_L1).toString(), Qt::ISODateWithMs)});
    }
    std::sort(out.begin(), out.end(),
              [](const StoredDraft& a, const StoredDraft& b) { return a.savedAt > b.savedAt; });
    return out;
}
