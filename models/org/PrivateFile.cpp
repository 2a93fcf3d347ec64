#include "org/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("PrivateFile", text);
}

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

} // namespace

bool PrivateFile::ensureFolder(const QString& directory, QString* error) {
    if (!QDir().mkpath(directory)) {
        setError(error,
                 tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    if (!QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        setError(error,
                 tr("Cannot make the folder %1 private.").arg(QDir::toNativeSeparators(directory)));
        return false;
    }
    return true;
}

bool PrivateFile::write(const QString& path, const QByteArray& bytes, const QString& what,
                        QString* error) {
    QSaveFile file(path);
    // Owner-only before a byte is written: the open temporary file is chmod-ed, not the name.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(bytes) < 0
        || !file.commit()) {
        setError(error, tr("Cannot write %1 (%2): %3")
                            .arg(what, QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

std::optional<QByteArray> PrivateFile::read(const QString& path, qint64 maxSize,
                                            const QString& what, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read %1 (%2): %3")
                            .arg(what, QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > maxSize) {
        const QLocale locale;
        setError(error, tr("%1 is too large to be %2: it holds %3, and at most %4 are read.")
                            .arg(QDir::toNativeSeparators(path), what,
                                 locale.formattedDataSize(file.size()),
                                 locale.formattedDataSize(maxSize)));
        return std::nullopt;
    }
    return file.readAll();
}
