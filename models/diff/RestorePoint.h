#pragma once

#include "wire/RoleTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

//! The roles a restore is about to overwrite, as they were, in a local file: what "Undo
//! restore" puts back. One JSON file per restore in a folder only the owner can read (the roles
//! name the org's people in conditions); files 0600, the folder 0700, whatever the umask.
struct RestorePoint {
    QString path; //!< where it was read from or written to
    QString organizationId;
    QString organizationName;
    QDateTime takenAt;
    QString reason; //!< what restore it precedes, for the list
    QList<DomainOrganizationRole> roles;

    //! The folder restore points live in (the app data folder's "restore-points").
    static QString defaultDirectory();
    //! Writes it as a new file in `directory`; sets `path`.
    bool write(const QString& directory, QString* error);
    static std::optional<RestorePoint> read(const QString& path, QString* error);
    //! This org's restore points in `directory`, newest first.
    static QList<RestorePoint> list(const QString& directory, const QString& organizationId);
};
