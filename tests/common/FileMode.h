#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

//! The permission bits of a file or folder (0600, 0700, …), or -1 when it does not exist.
inline int fileMode(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

//! Sets the process umask for one scope: 022 is the usual default, under which everything a
//! program creates is readable by others unless it says otherwise.
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask)
        : m_before(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_before); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_before;
};
