#include "roles/RolesPage.h"

#include "access/SessionAccess.h"
#include "catalog/CatalogStore.h"
#include "catalog/PermissionCatalogModel.h"
#include "common/AccessGate.h"
#include "common/MessageBox.h"
#include "diff/DefaultRestore.h"
#include "diff/RoleDiff.h"
#include "org/OrgSession.h"
#include "roles/ConflictDialog.h"
#include "roles/DraftRecoveryPrompt.h"
#include "roles/RoleDeletion.h"
#include "roles/RoleDraft.h"
#include "roles/RoleEditSession.h"
#include "roles/RoleEditor.h"
#include "roles/RoleListPanel.h"
#include "roles/RoleRead.h"
#include "roles/RoleStore.h"
#include "roles/RoleTableModel.h"
#include "roles/RoleUsersPanel.h"
#include "roles/UserRolesDialog.h"
#include "users/UserDirectory.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RolesPage::RolesPage(QWidget* parent)
    : QWidget(parent)
    , m_edit(new RoleEditSession(this))
    , m_list(new RoleListPanel)
    , m_editor(new RoleEditor)
    , m_undoGroup(new QUndoGroup(this))
    , m_history(new QUndoView(m_undoGroup))
    , m_toolbar(new QToolBar) {
    m_history->setEmptyLabel(tr("Opened"));
    m_history->setAccessibleName(tr("Edit history"));
    m_history->setMinimumWidth(220);
    createActions();

    connect(m_list, &RoleListPanel::currentRoleChanged, this, &RolesPage::currentRowChanged);
    connect(m_list, &RoleListPanel::errorOccurred, this, &RolesPage::errorOccurred);
    connect(m_edit, &RoleEditSession::draftChanged, this, &RolesPage::showDraft);
    // A reload resets the list: the open role stays the current row.
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        m_list->setCurrentQuietly(draft() && !draft()->isNew() ? draft()->roleId() : QString());
    });
    connect(m_edit, &RoleEditSession::roleModified, model(), &RoleTableModel::setModified);
    connect(m_edit, &RoleEditSession::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    connect(m_edit, &RoleEditSession::savingChanged, this, [this] {
        applyReadOnly();
        updateActions();
    });
    connect(m_edit, &RoleEditSession::saved, this, &RolesPage::onSaved);
    connect(m_edit, &RoleEditSession::saveFailed, this, [this](const OperationFailure& f) {
        m_afterSave = nullptr;
        m_editor->showSaveError(f.status);
        Q_EMIT errorOccurred(
            tr("Saving the role “%1”").arg(draft() ? draft()->content().name : QString()),
            f.status);
    });
    connect(m_edit, &RoleEditSession::conflict, this, &RolesPage::onConflict);
    connect(m_edit, &RoleEditSession::changedAfterSave, this, &RolesPage::onChangedAfterSave);
    connect(m_edit, &RoleEditSession::message, this, &RolesPage::message);

    // From a permission in the editor to everyone who can do it (the Access workspace).
    auto* whoCan = new QAction(tr("Who can do this?"), this);
    whoCan->setToolTip(tr("The roles that grant this permission and the people who hold them"));
    connect(whoCan, &QAction::triggered, this, [this] {
        const QString p =
            PermissionCatalogModel::actionPermission(m_editor->tree()->currentIndex());
        if (!p.isEmpty())
            Q_EMIT whoCanRequested(p);
    });
    m_editor->tree()->addAction(whoCan);
    m_editor->tree()->setContextMenuPolicy(Qt::ActionsContextMenu);

    RoleUsersPanel* users = m_editor->usersPanel();
    connect(users, &RoleUsersPanel::userRolesRequested, this, &RolesPage::editUserRoles);
    connect(users, &RoleUsersPanel::errorOccurred, this, &RolesPage::errorOccurred);

    // The list grows with the window too (its description column takes the space), and gives
    // up less than the editor when the window or a dock takes room. The edit history is a dock of
    // the main window (historyView()).
    auto* splitter = new QSplitter;
    splitter->setObjectName(u"rolesSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setCollapsible(0, false);
    m_list->setMinimumWidth(280); // the names stay readable whatever else wants the room
    splitter->setCollapsible(1, false);
    m_splitter = splitter;

    // A default role with an update from Genesys: say so where it is edited.
    m_needsUpdate = new QFrame;
    m_needsUpdate->setObjectName(u"needsUpdateBanner"_s);
    m_needsUpdate->setStyleSheet(
        u"#needsUpdateBanner { background: palette(alternate-base); border: 1px solid #E69F00;"
        " border-radius: 3px; }"_s);
    auto* bannerText = new QLabel(tr("This default role has an update: its shipped definition"
                                     " changed. Compare it with its default to see what differs."));
    bannerText->setWordWrap(true);
    auto* bannerCompare = new QPushButton(tr("Compare with default"));
    connect(bannerCompare, &QPushButton::clicked, this, &RolesPage::compareWithDefault);
    auto* bannerMark = new QPushButton(tr("Mark as up to date"));
    bannerMark->setObjectName(u"markUpToDate"_s);
    bannerMark->setToolTip(tr("Clear the \"needs update\" flag without changing the role"));
    connect(bannerMark, &QPushButton::clicked, this, &RolesPage::markUpToDate);
    auto* bannerLayout = new QHBoxLayout(m_needsUpdate);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerCompare);
    bannerLayout->addWidget(bannerMark);
    m_needsUpdate->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_needsUpdate);
    layout->addWidget(splitter, 1);
    showDraft(nullptr);
}

RolesPage::~RolesPage() {
    // The editor points at the draft; let go of it before the edit session deletes it.
    m_editor->setDraft(nullptr);
    // The history belongs to the main window's dock once it is docked; a page on its own
    // still owns it.
    if (!m_history->parent())
        delete m_history;
}

void RolesPage::createActions() {
    m_new = m_toolbar->addAction(QIcon(u":/icons/add.svg"_s), tr("New role"), this,
                                 &RolesPage::newRole);
    m_new->setShortcut(QKeySequence::New);
    m_copy = m_toolbar->addAction(QIcon(u":/icons/copy.svg"_s), tr("Copy role"), this,
                                  &RolesPage::copyRole);
    m_copy->setToolTip(tr("A new role with the name \"Copy of …\" and all policies of the"
                          " selected role"));
    m_delete = m_toolbar->addAction(QIcon(u":/icons/delete.svg"_s), tr("Delete role…"), this,
                                    &RolesPage::deleteRole);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->table()->addAction(m_delete);
    m_toolbar->addSeparator();
    m_save =
        m_toolbar->addAction(QIcon(u":/icons/save.svg"_s), tr("Save role"), this, &RolesPage::save);
    m_save->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_save->setToolTip(tr("Save the role (Ctrl+Return)"));
    m_discard = m_toolbar->addAction(QIcon(u":/icons/discard.svg"_s), tr("Discard changes"), this,
                                     &RolesPage::discard);
    m_toolbar->addSeparator();
    m_undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    m_undo->setIcon(QIcon(u":/icons/undo.svg"_s));
    m_undo->setShortcuts({QKeySequence::Undo});
    m_redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    m_redo->setIcon(QIcon(u":/icons/redo.svg"_s));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_undo->setToolTip(tr("Undo the last change to the role (Ctrl+Z)"));
    m_redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    // The main window docks the history and shows or hides it with this action (its menus).
    m_historyToggle = new QAction(QIcon(u":/icons/history.svg"_s), tr("Edit history"), this);
    m_historyToggle->setCheckable(true);
    m_historyToggle->setShortcut(QKeySequence(tr("Ctrl+H")));
    m_historyToggle->setToolTip(tr("Show every change since the role was opened (Ctrl+H)"));
    m_toolbar->addSeparator();
    m_userRoles = m_toolbar->addAction(QIcon(u":/icons/roles.svg"_s), tr("User's roles…"), this,
                                       &RolesPage::chooseUserRoles);
    m_userRoles->setShortcut(QKeySequence(tr("Ctrl+U")));
    m_userRoles->setToolTip(tr("See and set the roles of any user (Ctrl+U)"));
    m_compareDefault =
        new QAction(QIcon(u":/icons/compare.svg"_s), tr("Compare with default"), this);
    m_compareDefault->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_compareDefault->setToolTip(tr("Compare the open role with its default, unsaved edits"
                                    " included (Ctrl+D)"));
    connect(m_compareDefault, &QAction::triggered, this, &RolesPage::compareWithDefault);
    addAction(m_compareDefault);
    m_filterPermissions = new QAction(tr("Filter the role's permissions"), this);
    m_filterPermissions->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(m_filterPermissions, &QAction::triggered, this, [this] {
        if (!draft())
            return;
        m_editor->tabs()->setCurrentIndex(0);
        m_editor->filterField()->setFocus();
        m_editor->filterField()->selectAll();
    });
    addAction(m_filterPermissions);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    // Lean enough for German and French at 1024 px: what is self-evident shows its icon only.
    for (QAction* a : {m_copy, m_discard, m_undo, m_redo})
        if (auto* button = qobject_cast<QToolButton*>(m_toolbar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_discard->setToolTip(tr("Discard changes: go back to the role as it is saved"));
    // Delete stays with the list: in the editor the key edits text or trees, never the role.
    for (QAction* a : {m_new, m_copy, m_save, m_discard, m_undo, m_redo})
        addAction(a);
}

void RolesPage::setSession(OrgSession* session) {
    if (m_session)
        m_session->roles()->disconnect(this);
    m_afterSave = nullptr;
    m_session = session;
    m_list->setSession(session);
    m_edit->setSession(session);
    if (session) {
        // A role's row goes (deleted here or elsewhere): the neighbour it leaves current must
        // not open by itself.
        RoleStore* roles = session->roles();
        connect(session->access(), &SessionAccess::changed, this, [this] {
            applyReadOnly();
            updateActions();
        });
        connect(roles, &RoleStore::roleChanged, this, &RolesPage::updateNeedsUpdate);
        connect(roles, &RoleStore::roleAboutToBeRemoved, this, [this] { m_deleting = true; });
        connect(roles, &RoleStore::roleRemoved, this, [this] {
            m_deleting = false;
            m_list->setCurrentQuietly(draft() && !draft()->isNew() ? draft()->roleId() : QString());
        });
    }
    m_editor->setStores(session ? session->catalog() : nullptr,
                        session ? session->roles() : nullptr);
    m_editor->usersPanel()->setSession(session);
    applyReadOnly();
    updateActions();
}

void RolesPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // The first time, unless a saved layout said otherwise: the list as wide as it wants
    // (its counts unclipped where the page allows), within 35% to 45% of the page.
    if (m_sized)
        return;
    m_sized = true;
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0 || m_splitter->property("restored").toBool())
        return;
    const int list = qBound(total * 35 / 100, m_list->sizeHint().width(), total * 45 / 100);
    m_splitter->setSizes({list, total - list});
}

void RolesPage::setDraftDirectory(const QString& directory) {
    m_edit->setDraftDirectory(directory);
}

DraftStore* RolesPage::draftStore() {
    return m_edit->draftStore();
}

RoleDraft* RolesPage::draft() const {
    return m_edit->draft();
}

bool RolesPage::isModified() const {
    return m_edit->isModified();
}

bool RolesPage::isOnline() const {
    return !m_edit->isReadOnly();
}

void RolesPage::showDraft(RoleDraft* draft) {
    if (m_shown && m_shown != draft)
        m_undoGroup->removeStack(m_shown->undoStack());
    m_shown = draft;
    if (draft) {
        m_undoGroup->addStack(draft->undoStack());
        m_undoGroup->setActiveStack(draft->undoStack());
    }
    m_editor->setDraft(draft);
    applyReadOnly();
    m_list->setCurrentQuietly(draft && !draft->isNew() ? draft->roleId() : QString());
    updateActions();
}

AccessRights RolesPage::rights() const {
    return m_session ? m_session->access()->rights() : AccessRights();
}

QStringList RolesPage::savePermission() const {
    // A new role is created (A10), an existing one replaced (A14).
    return {draft() && draft()->isNew() ? u"authorization:role:add"_s
                                        : u"authorization:role:edit"_s};
}

void RolesPage::applyReadOnly() {
    // Without the permission to save the role, its editor only shows it; who holds the role is
    // governed by the grant permissions (the users panel checks those itself).
    const bool offline = !isOnline() || m_edit->isSaving();
    m_editor->setReadOnly(offline || !rights().missing(savePermission()).isEmpty());
    m_editor->usersPanel()->setReadOnly(offline);
}

void RolesPage::updateActions() {
    const bool online = isOnline();
    const bool saving = m_edit->isSaving();
    RoleDraft* open = draft();
    const AccessRights may = rights();
    AccessGate::apply(m_new, online && !saving, may, {u"authorization:role:add"_s});
    const bool selected = !m_list->currentRoleId().isEmpty() || (open && !open->isNew());
    AccessGate::apply(m_copy, online && !saving, may, {u"authorization:role:add"_s},
                      selected ? QString() : tr("Select the role to copy first."));
    const DomainOrganizationRole* stored =
        m_session && open && !open->isNew() ? m_session->roles()->find(open->roleId()) : nullptr;
    AccessGate::apply(m_delete, online && !saving && open && !open->isNew(), may,
                      {u"authorization:role:delete"_s},
                      stored ? RoleDeletion::whyNotDeletable(*stored) : QString());
    AccessGate::apply(m_save, online && !saving && isModified(), may, savePermission());
    m_discard->setEnabled(!saving && isModified());
    AccessGate::apply(m_userRoles, online, may, {u"authorization:grant:view"_s});
    const bool hasDefault = open && !open->isNew() && open->base().defaultRoleId
                            && !open->base().defaultRoleId->isEmpty();
    m_compareDefault->setEnabled(online && hasDefault);
    updateNeedsUpdate();
}

void RolesPage::updateNeedsUpdate() {
    const RoleDraft* open = draft();
    const DomainOrganizationRole* stored =
        m_session && open && !open->isNew() ? m_session->roles()->find(open->roleId()) : nullptr;
    m_needsUpdate->setVisible(stored && stored->roleNeedsUpdate.value_or(false));
    AccessGate::apply(m_needsUpdate, isOnline(), rights(), {u"authorization:role:edit"_s});
}

void RolesPage::compareWithDefault() {
    if (!m_compareDefault->isEnabled() || !draft())
        return;
    Q_EMIT compareWithDefaultRequested(draft()->role(), draft()->isModified());
}

void RolesPage::takeBack(const QString& roleId,
                         const QList<DomainPermissionPolicy>& defaultPolicies,
                         const QStringList& permissions) {
    if (!m_session || !isOnline() || permissions.isEmpty())
        return;
    const auto apply = [this, roleId, defaultPolicies, permissions] {
        RoleDraft* open = draft();
        if (!open || open->roleId() != roleId || !m_session)
            return;
        open->takeBack(defaultPolicies, permissions, m_session->catalog()->index());
        Q_EMIT message(tr("Took back %n difference(s) from the default in the draft of %1; save"
                          " it to apply.",
                          nullptr, int(permissions.size()))
                           .arg(open->content().name));
        Q_EMIT compareWithDefaultRequested(open->role(), true);
    };
    if (draft() && draft()->roleId() == roleId)
        return apply();
    whenLeaving([this, roleId, apply] {
        if (m_edit->open(roleId))
            apply();
    });
}

void RolesPage::markUpToDate() {
    if (!m_session || !draft() || !isOnline())
        return;
    const QString id = draft()->roleId();
    const QString name = draft()->base().name.value_or(QString());
    auto* mark = new NeedsUpdateMark(m_session, id, this);
    connect(mark, &Operation::succeeded, this,
            [this, name] { Q_EMIT message(tr("%1 is marked as up to date.").arg(name)); });
    connect(mark, &Operation::failed, this, [this, name](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Marking %1 as up to date").arg(name), f.status);
    });
    connect(mark, &Operation::finished, this, &RolesPage::updateNeedsUpdate);
    mark->start();
}

void RolesPage::currentRowChanged(const QString& id) {
    if (m_deleting)
        return;
    if (id.isEmpty() || (draft() && draft()->roleId() == id && !draft()->isNew()))
        return updateActions();
    openRole(id);
}

void RolesPage::openRole(const QString& roleId) {
    if (draft() && draft()->roleId() == roleId && !draft()->isNew())
        return;
    // Until the admin has answered (and a save has gone through), the selection stays on the
    // role being edited.
    if (isModified())
        m_list->setCurrentQuietly(draft()->isNew() ? QString() : draft()->roleId());
    whenLeaving([this, roleId] { m_edit->open(roleId); });
}

void RolesPage::whenLeaving(std::function<void()> proceed) {
    if (!isModified())
        return proceed();
    const QString name =
        draft()->content().name.isEmpty() ? tr("Untitled role") : draft()->content().name;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The role “%1” has unsaved changes.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before you go on?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setEnabled(isOnline());
    switch (box.standardButton(MessageBox::exec(box))) {
    case QMessageBox::Save:
        save(); // not valid: says why, and the admin stays where they are
        if (m_edit->isSaving())
            m_afterSave = std::move(proceed);
        return;
    case QMessageBox::Discard:
        m_edit->drop();
        return proceed();
    default:
        return;
    }
}

void RolesPage::newRole() {
    if (!isOnline())
        return;
    whenLeaving([this] {
        m_edit->openNew();
        m_editor->nameField()->setFocus();
    });
}

void RolesPage::copyRole() {
    if (!isOnline())
        return;
    // The open role as edited, or the selected one.
    const QString selected = m_list->currentRoleId();
    std::optional<DomainOrganizationRole> source;
    if (draft() && (selected.isEmpty() || draft()->roleId() == selected))
        source = draft()->role();
    else if (const DomainOrganizationRole* r = m_session->roles()->find(selected))
        source = *r;
    if (!source)
        return;
    whenLeaving([this, source = *source] {
        m_edit->openCopy(source);
        m_editor->nameField()->setFocus();
        m_editor->nameField()->selectAll();
    });
}

void RolesPage::deleteRole() {
    if (!draft() || draft()->isNew() || !isOnline())
        return;
    // The count in the question must be today's, not the one loaded an hour ago.
    auto* read = new RoleRead(m_session, draft()->roleId(), this);
    connect(read, &Operation::succeeded, this, [this, read] {
        // The question waits for the reply's signal to end: no dialog loop inside it.
        QTimer::singleShot(0, this, [this, role = read->role()] { confirmDelete(role); });
    });
    connect(read, &Operation::failed, this, [this](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Reading the role before deleting it"), f.status);
    });
    read->start();
}

void RolesPage::confirmDelete(const DomainOrganizationRole& role) {
    const QString id = role.id.value_or(QString());
    if (!isOnline() || id.isEmpty())
        return;
    const int users = role.userCount.value_or(0);
    const QString name = role.name.value_or(id);
    QMessageBox box(QMessageBox::Warning, tr("Delete role"), tr("Delete the role “%1”?").arg(name),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        (users > 0 ? tr("%n user(s) hold this role and will lose its permissions.", nullptr, users)
                   : tr("No user holds this role."))
        + u' ' + tr("This cannot be undone."));
    QPushButton* confirm = box.addButton(tr("Delete role"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    if (MessageBox::exec(box) != confirm)
        return;
    auto* deletion = new RoleDeletion(m_session, id, this);
    connect(deletion, &Operation::succeeded, this,
            [this, name] { Q_EMIT message(tr("Deleted the role “%1”.").arg(name)); });
    connect(deletion, &Operation::failed, this, [this, name](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Deleting the role “%1”").arg(name), f.status);
    });
    deletion->start();
}

void RolesPage::save() {
    if (!draft() || !isOnline() || m_edit->isSaving())
        return;
    if (!m_editor->validate().isEmpty())
        m_editor->nameField()->setFocus();
    else
        m_editor->clearSaveErrors();
    m_edit->save(); // says "Not saved: …" itself when the draft is not valid
}

void RolesPage::onSaved(const DomainOrganizationRole& role, bool wasNew) {
    if (wasNew && draft())
        m_editor->setDraft(draft()); // now it has an id, and users to show
    m_list->setCurrentQuietly(role.id.value_or(QString()));
    updateActions();
    Q_EMIT modifiedChanged(isModified());
    Q_EMIT saved(role);
    if (auto proceed = std::exchange(m_afterSave, nullptr))
        proceed();
}

void RolesPage::onConflict(const DomainOrganizationRole& theirs) {
    m_afterSave = nullptr; // the admin decides again, after seeing what changed
    const RoleContent base = RoleContent::of(draft()->base());
    const RoleMerge::Result merge =
        RoleMerge::merge(base, RoleContent::of(theirs), draft()->content(),
                         m_session ? m_session->catalog()->index() : CatalogIndex());
    ConflictDialog dialog(base, RoleContent::of(theirs), draft()->content(), merge, this);
    MessageBox::exec(dialog);
    if (!draft())
        return;
    switch (dialog.choice()) {
    case ConflictDialog::Choice::KeepMine:
        m_edit->keepMine(theirs);
        break;
    case ConflictDialog::Choice::MergeMine:
        if (merge.merged)
            m_edit->applyOnTop(theirs, *merge.merged);
        break;
    case ConflictDialog::Choice::TakeTheirs:
        m_edit->takeTheirs(theirs);
        break;
    case ConflictDialog::Choice::Cancel:
        Q_EMIT message(tr("Not saved: the role changed on the server."));
        break;
    }
}

void RolesPage::onChangedAfterSave(const DomainOrganizationRole& ours,
                                   const DomainOrganizationRole& now) {
    const CatalogIndex catalog =
        m_session && m_session->catalog() ? m_session->catalog()->index() : CatalogIndex();
    const QString changes = RoleDiff::compare(now, ours, catalog)
                                .toText(tr("On the server now"), tr("As you saved it"));
    QMessageBox box(QMessageBox::Information, tr("Changed right after your save"),
                    tr("Your changes to “%1” were saved, but the role was changed again right"
                       " after, by someone else or by another tool.")
                        .arg(now.name.value_or(QString())),
                    QMessageBox::Ok, this);
    box.setInformativeText(tr("RoleDesk now shows the role as it is on the server. “Show"
                              " Details…” lists what was changed after your save."));
    box.setDetailedText(changes);
    MessageBox::exec(box);
}

void RolesPage::discard() {
    m_edit->discard();
}

void RolesPage::offerRecoveredDrafts() {
    for (const StoredDraft& stored : m_edit->recoverableDrafts()) {
        switch (DraftRecoveryPrompt::ask(stored, this)) {
        case DraftRecoveryPrompt::Answer::Restore:
            whenLeaving([this, stored] { m_edit->recover(stored); });
            return; // one at a time; the others are offered next time
        case DraftRecoveryPrompt::Answer::Discard:
            m_edit->forget(stored.key);
            break;
        case DraftRecoveryPrompt::Answer::Later:
            m_edit->putOff(stored.key); // not again in this session
            break;
        }
    }
}

void RolesPage::chooseUserRoles() {
    if (!isOnline())
        return;
    UserDirectory* directory = m_session->users();
    if (!directory->isLoaded()) {
        // Ask again once the users are there; the status bar says what is happening.
        Q_EMIT message(tr("Loading the users of the organization…"));
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(
            directory, &UserDirectory::loaded, this,
            [this, once] {
                disconnect(*once);
                Q_EMIT message(QString()); // "Loading the users…" is over
                chooseUserRoles();
            },
            Qt::QueuedConnection); // not a dialog inside the network reply's signal
        directory->load();
        return;
    }
    QStringList users;
    for (const User& u : directory->users())
        users.append(directory->describe(u.id.value_or(QString())));
    QInputDialog input(this);
    input.setWindowTitle(tr("User's roles"));
    input.setLabelText(tr("User (type a name or an email):"));
    input.setComboBoxItems(users);
    input.setComboBoxEditable(true);
    if (MessageBox::exec(input) != QDialog::Accepted)
        return;
    const QString chosen = input.textValue();
    if (const QString id = directory->resolve(chosen); !id.isEmpty())
        return editUserRoles(id);
    Q_EMIT message(tr("No single user matches \"%1\".").arg(chosen));
}

void RolesPage::editUserRoles(const QString& userId) {
    if (!isOnline())
        return;
    const User* user = m_session->users()->find(userId);
    UserRolesDialog dialog(m_session, userId, user ? user->name.value_or(userId) : userId, this);
    connect(&dialog, &UserRolesDialog::errorOccurred, this, &RolesPage::errorOccurred);
    MessageBox::exec(dialog);
    if (!dialog.changedRoleIds().isEmpty())
        m_editor->usersPanel()->reload();
}

void RolesPage::select(const QString& roleId) {
    m_list->select(roleId);
}
