#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

//! Files that hold an organization's people or changes (restore points, remembered pairings):
//! readable by their owner only, whatever the umask, and read back with a size cap.
namespace PrivateFile {

//! Creates the folder if needed and makes it 0700.
bool ensureFolder(const QString& directory, QString* error);
//! Writes `bytes` atomically to `path`, 0600 before the first byte; `what` names the file in
//! the error ("the restore point").
bool write(const QString& path, const QByteArray& bytes, const QString& what, QString* error);
//! The file's bytes, or nullopt (and *error) when it cannot be read or exceeds `maxSize`.
std::optional<QByteArray> read(const QString& path, qint64 maxSize, const QString& what,
                               QString* error);

} // namespace PrivateFile
