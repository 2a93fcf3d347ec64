#pragma once

#include "wire/RoleTypes.h"

#include <QDateTime>
#include <QString>

//! An unsaved role draft as kept on disk: the server copy it started from and the edited role.
struct StoredDraft {
    QString organizationId;
    QString key; //!< the role id, or "new-…" for a role not yet created
    DomainOrganizationRole base;
    DomainOrganizationRole draft;
    QDateTime savedAt;
};

//! Unsaved drafts on disk, one owner-only JSON file each (named collision-free), written atomically
//! as the admin edits so that a crash loses nothing; offered back on the next start and removed
//! once saved or discarded.
class DraftStore {
public:
    explicit DraftStore(QString directory);

    QString directory() const { return m_directory; }
    //! One draft file's bytes, and back; decode() is nullopt for anything that is not one.
    static QByteArray encode(const StoredDraft& draft);
    static std::optional<StoredDraft> decode(const QByteArray& bytes);
    bool write(const StoredDraft& draft, QString* error = nullptr);
    void remove(const QString& organizationId, const QString& key);
    //! The drafts of one organization, newest first. Unreadable files are skipped (and kept).
    //! Files named the way earlier versions named them are read too.
    QList<StoredDraft> drafts(const QString& organizationId) const;

private:
    QString pathOf(const QString& organizationId, const QString& key) const;
    QString legacyPathOf(const QString& organizationId, const QString& key) const;
    void removeLegacy(const QString& organizationId, const QString& key);

    QString m_directory;
};
