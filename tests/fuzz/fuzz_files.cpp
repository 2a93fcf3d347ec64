// libFuzzer target over the two files RoleDesk reads back: a snapshot (SnapshotFile::decode) and
// an unsaved draft (DraftStore::decode). Any bytes give a value or a refusal (a snapshot's with
// a message), never a crash; whatever is read writes back to bytes that read the same.

#include "roles/DraftStore.h"
#include "snapshot/SnapshotFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    QString error;
    if (const auto snapshot = SnapshotFile::decode(bytes, &error)) {
        const QByteArray written = SnapshotFile::encode(*snapshot);
        QString again;
        const auto reread = SnapshotFile::decode(written, &again);
        if (!reread || SnapshotFile::encode(*reread) != written)
            std::abort(); // a snapshot that was read must be written back faithfully
    } else if (error.isEmpty()) {
        std::abort(); // a refusal must say why
    }

    if (const auto draft = DraftStore::decode(bytes)) {
        const QByteArray written = DraftStore::encode(*draft);
        const auto reread = DraftStore::decode(written);
        if (!reread || DraftStore::encode(*reread) != written)
            std::abort();
    }
    return 0;
}
