#include "snapshot/SnapshotFile.h"

#include "org/PrivateFile.h"
#include "wire/JsonCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SnapshotFile {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SnapshotFile", text);
}

template <typename T>
bool decodeList(const QJsonValue& value, const QString& key, QList<T>* out, QString* error) {
    DecodeError e;
    auto list = fromJson<QList<T>>(value, &e);
    if (!list) {
        *error = tr("The snapshot is damaged at %1%2: %3").arg(key, e.path, e.message);
        return false;
    }
    *out = std::move(*list);
    return true;
}

} // namespace

namespace {

//! A value as QJsonDocument::Indented writes it for a member of the root object.
QByteArray memberValue(const QJsonValue& value) {
    if (!value.isObject() && !value.isArray()) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return wrapped.sliced(1, wrapped.size() - 2);
    }
    QByteArray bytes = value.isObject() ? QJsonDocument(value.toObject()).toJson()
                                        : QJsonDocument(value.toArray()).toJson();
    bytes.chop(1); // the document's last newline
    // One level deeper: every line after the first. JSON strings escape their newlines, so
    // each raw newline is one between two lines.
    return bytes.replace("\n", "\n    ");
}

} // namespace

Encoder::Members Encoder::encodeSection(const OrgData& data, Section section) {
    switch (section) {
    case Section::Organization:
        return {{"organization"_L1, memberValue(toJson(data.organization))}};
    case Section::Roles:
        return {{"roles"_L1, memberValue(toJson(data.roles))}};
    case Section::Catalog:
        return {{"permissions"_L1, memberValue(toJson(data.catalog))}};
    case Section::Products:
        return {{"products"_L1, memberValue(toJson(data.products))}};
    case Section::Trusts: {
        QJsonArray trustees;
        for (const TrusteeEntry& t : data.trustees) {
            QJsonArray members;
            for (const TrusteeMember& m : t.members)
                members.append(
                    QJsonObject{{u"user"_s, toJson(m.user)}, {u"roles"_s, toJson(m.roles)}});
            trustees.append(
                QJsonObject{{u"trustee"_s, toJson(t.trustee)}, {u"members"_s, members}});
        }
        QJsonArray trustors;
        for (const TrustorEntry& t : data.trustors)
            trustors.append(
                QJsonObject{{u"trustor"_s, toJson(t.trustor)}, {u"members"_s, toJson(t.members)}});
        return {{"trustees"_L1, memberValue(trustees)}, {"trustors"_L1, memberValue(trustors)}};
    }
    }
    Q_UNREACHABLE();
    return {};
}

void Encoder::prepare(const OrgData& data, Section section) {
    // The copy shares the lists with `data` (implicit sharing is thread-safe): a later change
    // to them detaches and is not seen here.
    m_prepared.insert(section, QtConcurrent::run(&Encoder::encodeSection, data, section));
}

QByteArray Encoder::encode(const OrgData& data) const {
    Members members{{"format"_L1, memberValue(u"roledesk-snapshot"_s)},
                    {"version"_L1, memberValue(kFormatVersion)},
                    {"takenAt"_L1, memberValue(data.takenAt.toUTC().toString(Qt::ISODateWithMs))},
                    {"environment"_L1, memberValue(data.environment)}};
    for (const Section section : {Section::Organization, Section::Roles, Section::Catalog,
                                  Section::Products, Section::Trusts})
        members += m_prepared.contains(section) ? m_prepared.value(section).result()
                                                : encodeSection(data, section);
    // In the order of QJsonObject's keys, as one QJsonDocument would write the whole.
    std::sort(members.begin(), members.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    qsizetype size = 4;
    for (const auto& [key, value] : members)
        size += key.size() + value.size() + 10;
    QByteArray out;
    out.reserve(size);
    out += "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += "    \"";
        out += members[i].first;
        out += "\": ";
        out += members[i].second;
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += "}\n";
    return out;
}

QByteArray encode(const OrgData& data) {
    return Encoder().encode(data);
}

std::optional<OrgData> decode(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("This is not a RoleDesk snapshot: it is not a JSON object (%1).")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "roledesk-snapshot"_L1) {
        *error = tr("This is not a RoleDesk snapshot.");
        return std::nullopt;
    }
    const int version = root.value("version"_L1).toInt();
    if (version < 1 || version > kFormatVersion) {
        *error = tr("This snapshot has format version %1; this RoleDesk reads version %2.")
                     .arg(version)
                     .arg(kFormatVersion);
        return std::nullopt;
    }
    OrgData data;
    data.environment = root.value("environment"_L1).toString();
    data.takenAt = QDateTime::fromString(root.value("takenAt"_L1).toString(), Qt::ISODateWithMs);
    DecodeError e;
    auto org = fromJson<Organization>(root.value("organization"_L1), &e);
    if (!org) {
        *error = tr("The snapshot's organization is damaged: %1").arg(e.toString());
        return std::nullopt;
    }
    data.organization = *org;
    if (!decodeList(root.value("roles"_L1), u"roles"_s, &data.roles, error)
        || !decodeList(root.value("permissions"_L1), u"permissions"_s, &data.catalog, error)
        || !decodeList(root.value("products"_L1), u"products"_s, &data.products, error))
        return std::nullopt;
    for (const QJsonValue& t : root.value("trustees"_L1).toArray()) {
        TrusteeEntry entry;
        auto trustee = fromJson<Trustee>(t[u"trustee"_s], &e);
        if (!trustee) {
            *error = tr("A trustee in the snapshot is damaged: %1").arg(e.toString());
            return std::nullopt;
        }
        entry.trustee = *trustee;
        for (const QJsonValue& m : t[u"members"_s].toArray()) {
            auto user = fromJson<TrustUser>(m[u"user"_s], &e);
            auto roles = fromJson<UserAuthorization>(m[u"roles"_s], &e);
            if (!user || !roles) {
                *error = tr("A trustee user in the snapshot is damaged: %1").arg(e.toString());
                return std::nullopt;
            }
            entry.members.append({*user, *roles});
        }
        data.trustees.append(entry);
    }
    for (const QJsonValue& t : root.value("trustors"_L1).toArray()) {
        TrustorEntry entry;
        auto trustor = fromJson<Trustor>(t[u"trustor"_s], &e);
        if (!trustor
            || !decodeList(t[u"members"_s], u"trustors.members"_s, &entry.members, error)) {
            if (!trustor)
                *error = tr("A trustor in the snapshot is damaged: %1").arg(e.toString());
            return std::nullopt;
        }
        entry.trustor = *trustor;
        data.trustors.append(entry);
    }
    return data;
}

bool write(const OrgData& data, const QString& path, QString* error) {
    return write(Encoder(), data, path, error);
}

bool write(const Encoder& encoder, const OrgData& data, const QString& path, QString* error) {
    // A snapshot holds the organization's people: owner-only, whatever the umask.
    return PrivateFile::write(path, encoder.encode(data), tr("the snapshot"), error);
}

std::optional<OrgData> read(const QString& path, QString* error) {
    const auto bytes = PrivateFile::read(path, kMaxFileBytes, tr("a snapshot"), error);
    if (!bytes)
        return std::nullopt;
    return decode(*bytes, error);
}

} // namespace SnapshotFile
