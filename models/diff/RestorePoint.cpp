#include "diff/RestorePoint.h"

#include "org/PrivateFile.h"
#include "wire/JsonCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormat = 1;
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024; // a whole org's roles are a few MB

QString tr(const char* text) {
    return QCoreApplication::translate("RestorePoint", text);
}

} // namespace

QString RestorePoint::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/restore-points"_s;
}

bool RestorePoint::write(const QString& directory, QString* error) {
    if (!PrivateFile::ensureFolder(directory, error))
        return false;
    QJsonArray roleArray;
    for (const DomainOrganizationRole& r : std::as_const(roles))
        roleArray.append(toJson(r));
    const QJsonObject doc{{u"format"_s, kFormat},
                          {u"organizationId"_s, organizationId},
                          {u"organizationName"_s, organizationName},
                          {u"takenAt"_s, takenAt.toUTC().toString(Qt::ISODateWithMs)},
                          {u"reason"_s, reason},
                          {u"roles"_s, roleArray}};
    const QString name = takenAt.toUTC().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
                         + QUuid::createUuid().toString(QUuid::Id128).left(8) + u".json"_s;
    const QString target = QDir(directory).filePath(name);
    if (!PrivateFile::write(target, QJsonDocument(doc).toJson(QJsonDocument::Compact),
                            tr("the restore point"), error))
        return false;
    path = target;
    return true;
}

std::optional<RestorePoint> RestorePoint::read(const QString& path, QString* error) {
    const auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return std::optional<RestorePoint>();
    };
    const auto bytes = PrivateFile::read(path, kMaxFileSize, tr("a restore point"), error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject doc = json.object();
    if (parseError.error != QJsonParseError::NoError || doc.value("format"_L1).toInt() != kFormat)
        return failWith(
            tr("%1 is not a restore point RoleDesk can read.").arg(QDir::toNativeSeparators(path)));
    RestorePoint point;
    point.path = path;
    point.organizationId = doc.value("organizationId"_L1).toString();
    point.organizationName = doc.value("organizationName"_L1).toString();
    point.takenAt = QDateTime::fromString(doc.value("takenAt"_L1).toString(), Qt::ISODateWithMs);
    point.reason = doc.value("reason"_L1).toString();
    for (const QJsonValue& v : doc.value("roles"_L1).toArray()) {
        auto role = fromJson<DomainOrganizationRole>(v);
        if (!role || !role->id || role->id->isEmpty())
            return failWith(
                tr("%1 holds a role RoleDesk cannot read.").arg(QDir::toNativeSeparators(path)));
        point.roles.append(*role);
    }
    return point;
}

QList<RestorePoint> RestorePoint::list(const QString& directory, const QString& organizationId) {
    QList<RestorePoint> out;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto point = read(dir.filePath(name), nullptr);
        if (point && point->organizationId == organizationId)
            out.append(*point);
    }
    std::sort(out.begin(), out.end(),
              [](const RestorePoint& a, const RestorePoint& b) { return a.takenAt > b.takenAt; });
    return out;
}
