#pragma once

#include "snapshot/OrgData.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

//! The snapshot file: OrgData as one JSON document, versioned (see README, "Snapshots").
//! Written atomically and owner-only (0600): a reader never sees half a snapshot, and a failed
//! write leaves any previous file untouched.
namespace SnapshotFile {

inline constexpr int kFormatVersion = 1;
//! Larger files are refused before they are read (an organization at 100 times the sandbox's
//! scale is a few MB).
inline constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

QByteArray encode(const OrgData& data);

//! The same encoding, section by section, as a load brings the sections in: a section prepared
//! while the rest is still on its way costs nothing when the file is written. The bytes are
//! those of encode(), which is an Encoder with nothing prepared.
class Encoder {
public:
    enum class Section { Organization, Roles, Catalog, Products, Trusts };

    //! Starts encoding this section of `data` on another thread (QtConcurrent), so the thread
    //! that reads the network is not held up. Prepare a section only once it is complete: the
    //! prepared bytes are what encode() writes for it, whatever `data` says later.
    void prepare(const OrgData& data, Section section);
    //! The whole snapshot; waits for the sections still being prepared.
    QByteArray encode(const OrgData& data) const;

private:
    //! Root keys with their values, as written one level deep.
    using Members = QList<std::pair<QLatin1StringView, QByteArray>>;
    static Members encodeSection(const OrgData& data, Section section);

    QHash<Section, QFuture<Members>> m_prepared;
};
std::optional<OrgData> decode(const QByteArray& json, QString* error);

bool write(const OrgData& data, const QString& path, QString* error);
//! The same with the sections `encoder` has prepared.
bool write(const Encoder& encoder, const OrgData& data, const QString& path, QString* error);
std::optional<OrgData> read(const QString& path, QString* error);

} // namespace SnapshotFile
