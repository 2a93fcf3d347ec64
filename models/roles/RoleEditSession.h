#pragma once

#include "org/Operation.h"
#include "org/OrgSession.h"
#include "roles/DraftStore.h"
#include "wire/RoleTypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class RoleDraft;
struct RoleContent;
class RoleSaver;

//! The life of the one role being edited: which draft is open (an existing role, a new one, a
//! copy, a recovered one), keeping it on disk while it has unsaved changes, saving it through
//! RoleSaver, and following the role store (a reload keeps an unsaved draft and reopens an
//! unchanged one; a refresh of counts rebases it). Asking the admin is the view's part: this
//! class is told what they chose.
class RoleEditSession : public QObject {
    Q_OBJECT
public:
    explicit RoleEditSession(QObject* parent = nullptr);
    ~RoleEditSession() override;

    //! The organization edits go to; nullptr for none. Drops the open draft (ask first).
    void setSession(OrgSession* session);
    OrgSession* session() const { return m_session; }
    //! Where unsaved drafts are kept (default: the app data directory's "drafts").
    void setDraftDirectory(const QString& directory);
    DraftStore* draftStore() { return &m_drafts; }

    RoleDraft* draft() const { return m_draft; }
    bool isModified() const;
    //! No session, or a snapshot: nothing can be saved.
    bool isReadOnly() const;
    bool isSaving() const;

    //! Opens a role of the store (dropping the open draft); false when there is no such role.
    bool open(const QString& roleId);
    //! An empty new role.
    void openNew();
    //! A new role named "Copy of …" with all policies of `source`.
    void openCopy(const DomainOrganizationRole& source);
    //! Back to the server copy (an existing role), or closed (a new one); forgets the file.
    void discard();
    //! Closes the draft and forgets its file: the admin chose to discard it.
    void drop();

    //! Drafts on disk from an earlier session that are not open and were not put off.
    QList<StoredDraft> recoverableDrafts() const;
    //! Not offered again in this session.
    void putOff(const QString& key) { m_putOff.insert(key); }
    void forget(const QString& key);
    //! Opens a draft from disk as one undoable step over its base (or as a new role when the
    //! role was deleted meanwhile).
    void recover(const StoredDraft& stored);

    //! What stops the draft from being saved (see RoleValidation); empty when nothing.
    QString validationProblem() const;
    //! Starts saving: saved(), saveFailed() or conflict() follow. False when nothing was sent
    //! (nothing open, read-only, already saving, or validationProblem()).
    bool save();
    //! After conflict(): write mine over theirs.
    void keepMine(const DomainOrganizationRole& theirs);
    //! After conflict(): theirs becomes the base, `merged` (theirs with my changes, see
    //! RoleMerge) the content as one undoable step, and that is saved.
    void applyOnTop(const DomainOrganizationRole& theirs, const RoleContent& merged);
    //! After conflict(): drop mine and open theirs.
    void takeTheirs(const DomainOrganizationRole& theirs);

Q_SIGNALS:
    //! A different draft is open (or none).
    void draftChanged(RoleDraft* draft);
    void modifiedChanged(bool modified);
    //! A role's row gains or loses "(unsaved)".
    void roleModified(const QString& roleId, bool modified);
    void savingChanged(bool saving);
    void saved(const DomainOrganizationRole& role, bool wasNew);
    void saveFailed(const OperationFailure& failure);
    void conflict(const DomainOrganizationRole& theirs);
    //! A save went through, and the role read back right after is not what was saved: someone
    //! changed it meanwhile. The draft now shows `now` unless the admin was editing again.
    void changedAfterSave(const DomainOrganizationRole& ours, const DomainOrganizationRole& now);
    void message(const QString& text);

private:
    void setDraft(RoleDraft* draft);
    void dropSaver();
    void persist();
    void rolesReset();
    void roleChanged(const QString& roleId);
    void roleRemoved(const QString& roleId);

    QPointer<OrgSession> m_session;
    DraftStore m_drafts;
    RoleDraft* m_draft = nullptr;
    RoleSaver* m_saver = nullptr;
    QSet<QString> m_putOff;
};
