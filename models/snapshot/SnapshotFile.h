#pragma once

#include "snapshot/OrgData.h"

#include <QByteArray>
#include <QString>

#include <optional>

//! The snapshot file: OrgData as one JSON document, versioned (see README, "Snapshots").
//! Written atomically and owner-only (0600): a reader never sees half a snapshot, and a failed
//! write leaves any previous file untouched.
namespace SnapshotFile {

inline constexpr int kFormatVersion = 1;
//! Larger files are refused before they are read (an organization at 100 times the sandbox's
//! scale is a few MB).
inline constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

QByteArray encode(const OrgData& data);
std::optional<OrgData> decode(const QByteArray& json, QString* error);

bool write(const OrgData& data, const QString& path, QString* error);
std::optional<OrgData> read(const QString& path, QString* error);

} // namespace SnapshotFile
