#include "roles/RoleEditSession.h"

#include "org/OrgSession.h"
#include "roles/RoleDraft.h"
#include "roles/RoleSaver.h"
#include "roles/RoleStore.h"
#include "roles/RoleValidation.h"

#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

RoleEditSession::RoleEditSession(QObject* parent)
    : QObject(parent)
    , m_drafts(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s) {}

RoleEditSession::~RoleEditSession() {
    delete m_saver;
    if (m_draft)
        m_draft->disconnect(this);
    delete m_draft;
}

void RoleEditSession::setSession(OrgSession* session) {
    if (m_session == session)
        return;
    setDraft(nullptr);
    if (m_session)
        m_session->roles()->disconnect(this);
    m_session = session;
    if (!session)
        return;
    RoleStore* roles = session->roles();
    connect(roles, &RoleStore::rolesReset, this, &RoleEditSession::rolesReset);
    connect(roles, &RoleStore::roleChanged, this, &RoleEditSession::roleChanged);
    connect(roles, &RoleStore::roleRemoved, this, &RoleEditSession::roleRemoved);
}

void RoleEditSession::setDraftDirectory(const QString& directory) {
    m_drafts = DraftStore(directory);
}

bool RoleEditSession::isModified() const {
    return m_draft && m_draft->isModified();
}

bool RoleEditSession::isReadOnly() const {
    return !m_session || m_session->isReadOnly();
}

bool RoleEditSession::isSaving() const {
    return m_saver && m_saver->isBusy();
}

void RoleEditSession::dropSaver() {
    if (!m_saver)
        return;
    // It may be the one emitting right now (a conflict answered with "load theirs"): it goes
    // later, and nothing it still says reaches this session.
    m_saver->disconnect(this);
    m_saver->deleteLater();
    m_saver = nullptr;
}

void RoleEditSession::setDraft(RoleDraft* draft) {
    if (m_draft == draft)
        return;
    dropSaver();
    if (m_draft) {
        if (!m_draft->isNew())
            Q_EMIT roleModified(m_draft->roleId(), false);
        m_draft->disconnect(this);
        // The editor may still point at it: it learns of the new draft first.
        m_draft->deleteLater();
    }
    m_draft = draft;
    if (draft) {
        draft->setParent(this);
        connect(draft, &RoleDraft::contentChanged, this, &RoleEditSession::persist);
        connect(draft, &RoleDraft::modifiedChanged, this, [this](bool modified) {
            if (m_draft && !m_draft->isNew())
                Q_EMIT roleModified(m_draft->roleId(), modified);
            persist();
            Q_EMIT modifiedChanged(modified);
        });
        if (!draft->isNew())
            Q_EMIT roleModified(draft->roleId(), draft->isModified());
    }
    Q_EMIT draftChanged(draft);
    Q_EMIT modifiedChanged(isModified());
}

bool RoleEditSession::open(const QString& roleId) {
    const DomainOrganizationRole* role = m_session ? m_session->roles()->find(roleId) : nullptr;
    if (!role)
        return false;
    setDraft(new RoleDraft(*role));
    return true;
}

void RoleEditSession::openNew() {
    DomainOrganizationRole role;
    role.name = QString();
    setDraft(new RoleDraft(role));
}

void RoleEditSession::openCopy(const DomainOrganizationRole& source) {
    DomainOrganizationRole copy;
    copy.name = tr("Copy of %1").arg(source.name.value_or(QString()));
    copy.description = source.description;
    copy.permissionPolicies = source.permissionPolicies;
    setDraft(new RoleDraft(copy));
}

void RoleEditSession::discard() {
    if (!m_draft)
        return;
    forget(m_draft->key());
    if (m_draft->isNew())
        return setDraft(nullptr);
    setDraft(new RoleDraft(m_draft->base()));
}

void RoleEditSession::drop() {
    if (m_draft)
        forget(m_draft->key());
    setDraft(nullptr);
}

void RoleEditSession::forget(const QString& key) {
    if (m_session && !m_session->organizationId().isEmpty())
        m_drafts.remove(m_session->organizationId(), key);
}

void RoleEditSession::persist() {
    if (!m_draft || !m_session || m_session->organizationId().isEmpty())
        return;
    const bool worthKeeping =
        m_draft->isNew() ? m_draft->undoStack()->count() > 0 : !m_draft->undoStack()->isClean();
    if (!worthKeeping)
        return forget(m_draft->key());
    QString error;
    if (!m_drafts.write({m_session->organizationId(), m_draft->key(), m_draft->base(),
                         m_draft->role(), QDateTime::currentDateTimeUtc()},
                        &error))
        Q_EMIT message(tr("The draft could not be kept on disk: %1").arg(error));
}

QList<StoredDraft> RoleEditSession::recoverableDrafts() const {
    if (isReadOnly() || m_session->organizationId().isEmpty())
        return {};
    QList<StoredDraft> out;
    for (const StoredDraft& stored : m_drafts.drafts(m_session->organizationId()))
        if (!(m_draft && m_draft->key() == stored.key) && !m_putOff.contains(stored.key))
            out.append(stored);
    return out;
}

void RoleEditSession::recover(const StoredDraft& stored) {
    DomainOrganizationRole base = stored.base;
    const bool existing = base.id && !base.id->isEmpty();
    if (existing && !m_session->roles()->find(*base.id)) {
        // Deleted on the server meanwhile: offer it as a new role rather than lose it.
        base = DomainOrganizationRole();
        base.name = QString();
        Q_EMIT message(tr("The role “%1” no longer exists; its recovered draft opens as a new"
                          " role.")
                           .arg(stored.base.name.value_or(QString())));
        forget(stored.key);
    }
    auto* draft = new RoleDraft(base);
    if (!existing || base.id)
        draft->setKey(stored.key); // the same file goes on holding it
    draft->setContent(RoleContent::of(stored.draft), tr("Recovered unsaved changes"));
    setDraft(draft);
    persist();
}

QString RoleEditSession::validationProblem() const {
    if (!m_draft)
        return {};
    return RoleValidation::nameProblem(m_draft->content(), m_draft->roleId(),
                                       m_session ? m_session->roles() : nullptr);
}

bool RoleEditSession::save() {
    if (!m_draft || isReadOnly() || isSaving())
        return false;
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        Q_EMIT message(tr("Not saved: %1").arg(problem));
        return false;
    }
    dropSaver();
    m_saver = new RoleSaver(m_session, m_draft, this);
    const QString oldKey = m_draft->key();
    const bool wasNew = m_draft->isNew();
    connect(m_saver, &RoleSaver::saved, this,
            [this, oldKey, wasNew](const DomainOrganizationRole& role) {
                forget(oldKey);
                Q_EMIT savingChanged(false);
                Q_EMIT modifiedChanged(isModified());
                Q_EMIT message(tr("Saved the role “%1”.").arg(role.name.value_or(QString())));
                Q_EMIT saved(role, wasNew);
            });
    connect(m_saver, &RoleSaver::failed, this, [this](const OperationFailure& failure) {
        Q_EMIT savingChanged(false);
        Q_EMIT saveFailed(failure);
    });
    connect(
        m_saver, &RoleSaver::changedAfterSave, this,
        [this](const DomainOrganizationRole& ours, const DomainOrganizationRole& now) {
            // The editor shows the role as it is now, unless the admin is editing it again.
            if (m_draft && m_draft->roleId() == now.id.value_or(QString())
                && !m_draft->isModified())
                setDraft(new RoleDraft(now));
            Q_EMIT changedAfterSave(ours, now);
        },
        Qt::QueuedConnection);
    // Queued: whoever asks the admin must not do so inside the network reply's signal.
    connect(
        m_saver, &RoleSaver::conflict, this,
        [this, saver = QPointer<RoleSaver>(m_saver)](const DomainOrganizationRole& theirs) {
            if (!saver || saver != m_saver || !m_draft)
                return; // the draft was closed meanwhile
            Q_EMIT savingChanged(false);
            Q_EMIT conflict(theirs);
        },
        Qt::QueuedConnection);
    m_saver->save();
    Q_EMIT savingChanged(true);
    return true;
}

void RoleEditSession::keepMine(const DomainOrganizationRole& theirs) {
    if (!m_saver || !m_draft)
        return;
    m_saver->overwrite(theirs);
    Q_EMIT savingChanged(isSaving());
}

void RoleEditSession::applyOnTop(const DomainOrganizationRole& theirs, const RoleContent& merged) {
    if (!m_saver || !m_draft)
        return;
    m_draft->rebase(theirs);
    m_draft->setContent(merged, tr("Apply mine on top of theirs"));
    m_saver->overwrite(theirs);
    Q_EMIT savingChanged(isSaving());
}

void RoleEditSession::takeTheirs(const DomainOrganizationRole& theirs) {
    if (!m_draft || !m_session)
        return;
    forget(m_draft->key());
    m_session->roles()->upsert(theirs);
    setDraft(new RoleDraft(theirs));
    Q_EMIT message(tr("Loaded the server's version of “%1”.").arg(theirs.name.value_or(QString())));
}

void RoleEditSession::rolesReset() {
    // A reload: an unsaved draft stays (still marked); an unchanged one reopens fresh.
    if (!m_draft)
        return;
    if (isModified()) {
        if (!m_draft->isNew())
            Q_EMIT roleModified(m_draft->roleId(), true);
        return;
    }
    const QString open = m_draft->roleId();
    if (!this->open(open))
        setDraft(nullptr);
}

void RoleEditSession::roleChanged(const QString& roleId) {
    const DomainOrganizationRole* role = m_session->roles()->find(roleId);
    if (!role || !m_draft || m_draft->roleId() != roleId || m_draft->isModified())
        return; // an edited draft keeps its edits; Save's re-read finds the change
    if (RoleContent::of(*role) == m_draft->content()) {
        m_draft->rebase(*role); // only the server-owned counts or flags changed
        return;
    }
    // The role itself changed (a restore, an undo of one): show it as it is now.
    const QString id = roleId;
    drop();
    open(id);
}

void RoleEditSession::roleRemoved(const QString& roleId) {
    if (m_draft && !m_draft->isNew() && m_draft->roleId() == roleId)
        drop();
    else
        forget(roleId);
}
