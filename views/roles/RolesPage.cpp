#include "RolesPage.h"

#include "ConflictDialog.h"
#include "PlatformClient.h"
#include "RoleDraft.h"
#include "RoleEditor.h"
#include "RoleFilterProxy.h"
#include "RoleSaver.h"
#include "RoleTableModel.h"
#include "RoleUsersPanel.h"
#include "UserDirectory.h"
#include "UserRolesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RolesPage::RolesPage(QWidget* parent)
    : QWidget(parent)
    , m_directory(new UserDirectory(this))
    , m_drafts(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s)
    , m_model(new RoleTableModel(this))
    , m_proxy(new RoleFilterProxy(this))
    , m_search(new QLineEdit)
    , m_kind(new QComboBox)
    , m_permission(new QLineEdit)
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_editor(new RoleEditor)
    , m_undoGroup(new QUndoGroup(this))
    , m_history(new QUndoView(m_undoGroup))
    , m_toolbar(new QToolBar) {
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Filter roles by name or description"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter roles"));
    m_kind->addItem(tr("All roles"), int(RoleFilterProxy::Kind::All));
    m_kind->addItem(tr("Custom roles"), int(RoleFilterProxy::Kind::Custom));
    m_kind->addItem(tr("Default roles"), int(RoleFilterProxy::Kind::Default));
    m_kind->addItem(tr("Needing an update"), int(RoleFilterProxy::Kind::NeedsUpdate));
    m_kind->setAccessibleName(tr("Show"));
    m_permission->setPlaceholderText(tr("Grants permission… e.g. routing:queue:edit"));
    m_permission->setClearButtonEnabled(true);
    m_permission->setAccessibleName(tr("Roles that grant a permission"));
    m_permission->setToolTip(
        tr("Only roles whose policies grant this permission, wildcards included. A complete"
           " domain:entity:action is also asked of the server."));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(RoleTableModel::Column::Name), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The counts next to the name, where a narrow list still shows them; the text last.
    QHeaderView* header = m_table->horizontalHeader();
    header->moveSection(int(RoleTableModel::Column::Description),
                        int(RoleTableModel::Column::Count) - 1);
    header->resizeSection(int(RoleTableModel::Column::Name), 190);
    // Short columns fit their header and values in any language.
    for (auto column : {RoleTableModel::Column::Users, RoleTableModel::Column::Permissions,
                        RoleTableModel::Column::Default, RoleTableModel::Column::NeedsUpdate})
        header->setSectionResizeMode(int(column), QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Roles"));
    m_history->setEmptyLabel(tr("Opened"));
    m_history->setAccessibleName(tr("Edit history"));
    m_history->hide();

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
    m_table->addAction(m_delete);
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
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_historyToggle = m_toolbar->addAction(QIcon(u":/icons/history.svg"_s), tr("History"));
    m_historyToggle->setCheckable(true);
    m_historyToggle->setToolTip(tr("Show every change since the role was opened"));
    connect(m_historyToggle, &QAction::toggled, m_history, &QWidget::setVisible);
    m_userRoles = m_toolbar->addAction(QIcon(u":/icons/roles.svg"_s), tr("User's roles…"), this,
                                       &RolesPage::chooseUserRoles);
    m_userRoles->setShortcut(QKeySequence(tr("Ctrl+U")));
    m_userRoles->setToolTip(tr("See and set the roles of any user (Ctrl+U)"));
    m_filterPermissions = new QAction(tr("Filter the role's permissions"), this);
    m_filterPermissions->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    connect(m_filterPermissions, &QAction::triggered, this, [this] {
        if (!m_draft)
            return;
        m_editor->tabs()->setCurrentIndex(0);
        m_editor->filterField()->setFocus();
        m_editor->filterField()->selectAll();
    });
    addAction(m_filterPermissions);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    // Delete stays with the list: in the editor the key edits text or trees, never the role.
    for (QAction* a : {m_new, m_copy, m_save, m_discard, m_undo, m_redo})
        addAction(a);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RoleFilterProxy::setSearchText);
    connect(m_permission, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setPermission(text);
        m_proxy->setAllowedIds(std::nullopt);
        m_serverPermission.clear();
        m_serverMatches = -1;
        m_permissionTimer.start();
        updateSummary();
    });
    m_permissionTimer.setSingleShot(true);
    m_permissionTimer.setInterval(350);
    connect(&m_permissionTimer, &QTimer::timeout, this, &RolesPage::queryPermission);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(RoleFilterProxy::Kind(m_kind->currentData().toInt())); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RolesPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RolesPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RolesPage::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RolesPage::currentRowChanged);

    RoleUsersPanel* users = m_editor->usersPanel();
    connect(users, &RoleUsersPanel::usersChanged, this,
            [this](const QString& roleId) { refreshRoles({roleId}); });
    connect(users, &RoleUsersPanel::userRolesRequested, this, &RolesPage::editUserRoles);
    connect(users, &RoleUsersPanel::errorOccurred, this, &RolesPage::errorOccurred);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_kind, 2);
    auto* listPanel = new QWidget;
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_permission);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_summary);

    auto* editorSplitter = new QSplitter;
    editorSplitter->setObjectName(u"roleEditorSplitter"_s);
    editorSplitter->addWidget(m_editor);
    editorSplitter->addWidget(m_history);
    editorSplitter->setStretchFactor(0, 1);
    auto* splitter = new QSplitter;
    splitter->setObjectName(u"rolesSplitter"_s);
    splitter->addWidget(listPanel);
    splitter->addWidget(editorSplitter);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({470, 750});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    updateSummary();
    updateActions();
}

RolesPage::~RolesPage() {
    // The editor and the saver point at the draft; let go of it first.
    m_editor->setDraft(nullptr);
    delete m_saver;
    if (m_draft)
        m_draft->disconnect(this);
    delete m_draft;
}

void RolesPage::setDraftDirectory(const QString& directory) {
    m_drafts = DraftStore(directory);
}

void RolesPage::setClient(PlatformClient* client) {
    m_client = client;
    m_directory->setClient(client);
    m_editor->usersPanel()->setClient(client, m_directory);
}

bool RolesPage::isModified() const {
    return m_draft && m_draft->isModified();
}

void RolesPage::setOrgData(const OrgData& org, bool offline) {
    const QString open = m_draft && !m_draft->isModified() ? m_draft->roleId() : QString();
    m_organizationId = org.organization.id.value_or(QString());
    m_offline = offline || !m_client;
    m_editor->setCatalog(org.catalog);
    if (!isModified())
        setDraft(nullptr);
    m_model->setRoles(org.roles);
    if (isModified() && !m_draft->isNew()) // kept across the reload, and still marked
        m_model->setModified(m_draft->roleId(), true);
    announceRoles();
    m_editor->setReadOnly(m_offline);
    if (!open.isEmpty() && m_model->rowOf(open) >= 0)
        openRole(open); // the fresh copy, with the admin's filters left as they were
    updateActions();
}

void RolesPage::announceRoles() {
    QHash<QString, QString> names;
    QList<DomainOrganizationRole> roles;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DomainOrganizationRole* r = m_model->role(row);
        roles.append(*r);
        names.insert(r->name.value_or(QString()).trimmed().toCaseFolded(),
                     r->id.value_or(QString()));
    }
    m_editor->setRoleNames(names);
    Q_EMIT rolesChanged(roles);
}

void RolesPage::dropSaver() {
    if (!m_saver)
        return;
    // It may be the one emitting right now (a conflict answered with "load theirs"): it goes
    // later, and nothing it still says reaches this page.
    m_saver->disconnect(this);
    m_saver->deleteLater();
    m_saver = nullptr;
}

void RolesPage::setDraft(RoleDraft* draft) {
    if (m_draft == draft)
        return;
    m_editor->setDraft(nullptr);
    dropSaver();
    if (m_draft) {
        m_model->setModified(m_draft->roleId(), false);
        m_undoGroup->removeStack(m_draft->undoStack());
        m_draft->disconnect(this);
        delete m_draft;
    }
    m_draft = draft;
    if (draft) {
        draft->setParent(this);
        m_undoGroup->addStack(draft->undoStack());
        m_undoGroup->setActiveStack(draft->undoStack());
        connect(draft, &RoleDraft::contentChanged, this, &RolesPage::persistDraft);
        connect(draft, &RoleDraft::modifiedChanged, this, [this](bool modified) {
            if (m_draft && !m_draft->isNew())
                m_model->setModified(m_draft->roleId(), modified);
            persistDraft();
            updateActions();
            Q_EMIT modifiedChanged(modified);
        });
        if (!draft->isNew())
            m_model->setModified(draft->roleId(), draft->isModified());
    }
    m_editor->setDraft(draft);
    m_editor->setReadOnly(m_offline);
    updateActions();
    Q_EMIT modifiedChanged(isModified());
}

void RolesPage::persistDraft() {
    if (!m_draft || m_organizationId.isEmpty())
        return;
    const bool worthKeeping =
        m_draft->isNew() ? m_draft->undoStack()->count() > 0 : !m_draft->undoStack()->isClean();
    if (!worthKeeping) {
        m_drafts.remove(m_organizationId, m_draft->key());
        return;
    }
    QString error;
    if (!m_drafts.write({m_organizationId, m_draft->key(), m_draft->base(), m_draft->role(),
                         QDateTime::currentDateTimeUtc()},
                        &error))
        Q_EMIT message(tr("The draft could not be kept on disk: %1").arg(error));
}

void RolesPage::updateActions() {
    const bool online = !m_offline && m_client;
    const bool saving = m_saver && m_saver->isBusy();
    const QString selected = selectedRoleId();
    m_new->setEnabled(online && !saving);
    m_copy->setEnabled(online && !saving && (!selected.isEmpty() || m_draft));
    m_delete->setEnabled(online && !saving && m_draft && !m_draft->isNew());
    m_save->setEnabled(online && !saving && isModified());
    m_discard->setEnabled(!saving && isModified());
    m_historyToggle->setEnabled(m_draft);
    m_userRoles->setEnabled(online);
}

QString RolesPage::selectedRoleId() const {
    return m_table->currentIndex().siblingAtColumn(0).data(RoleTableModel::IdRole).toString();
}

void RolesPage::selectQuietly(const QString& roleId) {
    m_selecting = true;
    const int row = m_model->rowOf(roleId);
    if (row < 0)
        m_table->clearSelection();
    else
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_selecting = false;
}

void RolesPage::currentRowChanged() {
    if (m_selecting)
        return;
    const QString id = selectedRoleId();
    if (id.isEmpty() || (m_draft && m_draft->roleId() == id && !m_draft->isNew()))
        return updateActions();
    openRole(id);
}

void RolesPage::openRole(const QString& roleId) {
    if (m_draft && m_draft->roleId() == roleId && !m_draft->isNew())
        return;
    if (!confirmLeave()) {
        // Stay on the role being edited.
        selectQuietly(m_draft ? m_draft->roleId() : QString());
        return;
    }
    const int row = m_model->rowOf(roleId);
    if (row < 0)
        return;
    setDraft(new RoleDraft(*m_model->role(row)));
    selectQuietly(roleId);
}

bool RolesPage::confirmLeave() {
    if (!isModified())
        return true;
    const QString name =
        m_draft->content().name.isEmpty() ? tr("Untitled role") : m_draft->content().name;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The role “%1” has unsaved changes.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them before you go on?"));
    box.setDefaultButton(QMessageBox::Save);
    if (m_offline || !m_client)
        box.button(QMessageBox::Save)->setEnabled(false);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveAndWait();
    case QMessageBox::Discard:
        m_drafts.remove(m_organizationId, m_draft->key());
        setDraft(nullptr);
        return true;
    default:
        return false;
    }
}

bool RolesPage::saveAndWait() {
    save();
    if (!m_saver || !m_saver->isBusy())
        return !isModified();
    QEventLoop loop;
    bool ok = false;
    connect(this, &RolesPage::saved, &loop, [&] {
        ok = true;
        loop.quit();
    });
    connect(this, &RolesPage::errorOccurred, &loop, &QEventLoop::quit);
    connect(m_saver, &RoleSaver::conflict, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec();
    return ok && !isModified();
}

void RolesPage::newRole() {
    if (m_offline || !confirmLeave())
        return;
    DomainOrganizationRole role;
    role.name = QString();
    setDraft(new RoleDraft(role));
    selectQuietly({});
    m_editor->nameField()->setFocus();
}

void RolesPage::copyRole() {
    if (m_offline)
        return;
    // The open role as edited, or the selected one.
    const QString selected = selectedRoleId();
    std::optional<DomainOrganizationRole> source;
    if (m_draft && (selected.isEmpty() || m_draft->roleId() == selected))
        source = m_draft->role();
    else if (const int row = m_model->rowOf(selected); row >= 0)
        source = *m_model->role(row);
    if (!source || !confirmLeave())
        return;
    DomainOrganizationRole copy;
    copy.name = tr("Copy of %1").arg(source->name.value_or(QString()));
    copy.description = source->description;
    copy.permissionPolicies = source->permissionPolicies;
    setDraft(new RoleDraft(copy));
    selectQuietly({});
    m_editor->nameField()->setFocus();
    m_editor->nameField()->selectAll();
}

void RolesPage::deleteRole() {
    if (!m_draft || m_draft->isNew() || !m_client || m_offline)
        return;
    // The count in the question must be today's, not the one loaded an hour ago.
    const QString id = m_draft->roleId();
    auto* read = m_client->getRole(id, true);
    connect(read, &ApiJob::succeeded, this, [this, read] {
        // The question waits for the reply's signal to end: no dialog loop inside it.
        QTimer::singleShot(0, this, [this, role = read->result()] { confirmDelete(role); });
    });
    connect(read, &ApiJob::failed, this, [this](const ApiStatus& s) {
        Q_EMIT errorOccurred(tr("Reading the role before deleting it"), s);
    });
}

void RolesPage::confirmDelete(const DomainOrganizationRole& role) {
    const QString id = role.id.value_or(QString());
    if (!m_client || id.isEmpty())
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
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    auto* job = m_client->deleteRole(id);
    connect(job, &ApiJob::succeeded, this, [this, id, name] {
        m_drafts.remove(m_organizationId, id);
        if (m_draft && m_draft->roleId() == id)
            setDraft(nullptr);
        // The row goes; the neighbour it leaves current must not open by itself.
        m_selecting = true;
        m_model->removeRole(id);
        m_table->setCurrentIndex({});
        m_selecting = false;
        announceRoles();
        Q_EMIT message(tr("Deleted the role “%1”.").arg(name));
    });
    connect(job, &ApiJob::failed, this, [this, name](const ApiStatus& s) {
        Q_EMIT errorOccurred(tr("Deleting the role “%1”").arg(name), s);
    });
}

void RolesPage::save() {
    if (!m_draft || !m_client || m_offline || (m_saver && m_saver->isBusy()))
        return;
    if (const QString problem = m_editor->validate(); !problem.isEmpty()) {
        m_editor->nameField()->setFocus();
        Q_EMIT message(tr("Not saved: %1").arg(problem));
        return;
    }
    m_editor->clearSaveErrors();
    dropSaver();
    m_saver = new RoleSaver(m_client, m_draft, this);
    const QString oldKey = m_draft->key();
    const bool wasNew = m_draft->isNew();
    RoleSaver* saver = m_saver;
    connect(saver, &RoleSaver::saved, this,
            [this, oldKey, wasNew](const DomainOrganizationRole& role) {
                m_drafts.remove(m_organizationId, oldKey);
                m_model->upsertRole(role);
                announceRoles();
                m_editor->setReadOnly(false);
                if (m_draft) {
                    m_model->setModified(m_draft->roleId(), false);
                    if (wasNew)
                        m_editor->setDraft(m_draft); // now it has an id, and users to show
                }
                selectQuietly(role.id.value_or(QString()));
                updateActions();
                Q_EMIT modifiedChanged(isModified());
                Q_EMIT message(tr("Saved the role “%1”.").arg(role.name.value_or(QString())));
                Q_EMIT saved(role);
            });
    connect(saver, &RoleSaver::failed, this, [this](const ApiStatus& status) {
        m_editor->setReadOnly(false);
        m_editor->showSaveError(status);
        updateActions();
        Q_EMIT errorOccurred(
            tr("Saving the role “%1”").arg(m_draft ? m_draft->content().name : QString()), status);
    });
    // Queued: the dialog's own event loop must not run inside the network reply's signal.
    QPointer<RoleSaver> guard(saver);
    auto onConflict = [this, guard](const DomainOrganizationRole& theirs) {
        if (!guard || guard != m_saver || !m_draft)
            return; // the draft was closed meanwhile
        m_editor->setReadOnly(false);
        updateActions();
        ConflictDialog dialog(RoleContent::of(m_draft->base()), RoleContent::of(theirs),
                              m_draft->content(), this);
        dialog.exec();
        if (!guard || !m_draft)
            return;
        switch (dialog.choice()) {
        case ConflictDialog::Choice::KeepMine:
            m_editor->setReadOnly(true);
            guard->overwrite(theirs);
            updateActions();
            break;
        case ConflictDialog::Choice::TakeTheirs:
            m_drafts.remove(m_organizationId, m_draft->key());
            m_model->upsertRole(theirs);
            announceRoles();
            setDraft(new RoleDraft(theirs));
            selectQuietly(theirs.id.value_or(QString()));
            Q_EMIT message(
                tr("Loaded the server's version of “%1”.").arg(theirs.name.value_or(QString())));
            break;
        case ConflictDialog::Choice::Cancel:
            Q_EMIT message(tr("Not saved: the role changed on the server."));
            break;
        }
    };
    connect(saver, &RoleSaver::conflict, this, onConflict, Qt::QueuedConnection);
    m_editor->setReadOnly(true);
    saver->save();
    updateActions();
}

void RolesPage::discard() {
    if (!m_draft)
        return;
    m_drafts.remove(m_organizationId, m_draft->key());
    if (m_draft->isNew()) {
        setDraft(nullptr);
        return;
    }
    const QString id = m_draft->roleId();
    const DomainOrganizationRole base = m_draft->base();
    setDraft(new RoleDraft(base));
    selectQuietly(id);
}

void RolesPage::offerRecoveredDrafts() {
    if (m_offline || m_organizationId.isEmpty())
        return;
    for (const StoredDraft& stored : m_drafts.drafts(m_organizationId)) {
        if ((m_draft && m_draft->key() == stored.key) || m_offeredLater.contains(stored.key))
            continue;
        const QString name = stored.draft.name.value_or(QString()).isEmpty() ? tr("Untitled role")
                                                                             : *stored.draft.name;
        QMessageBox box(
            QMessageBox::Question, tr("Unsaved changes found"),
            tr("RoleDesk kept unsaved changes to the role “%1” from %2.")
                .arg(name, QLocale().toString(stored.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::NoButton, this);
        box.setInformativeText(tr("They are probably from a session that ended unexpectedly."
                                  " Restore them in the editor?"));
        QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        QPushButton* drop = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == drop) {
            m_drafts.remove(m_organizationId, stored.key);
        } else if (box.clickedButton() == restore) {
            recoverDraft(stored);
            return; // one at a time; the others are offered next time
        } else {
            m_offeredLater.insert(stored.key); // not again in this session
        }
    }
}

bool RolesPage::recoverDraft(const StoredDraft& stored) {
    if (!confirmLeave())
        return false;
    DomainOrganizationRole base = stored.base;
    const bool existing = base.id && !base.id->isEmpty();
    if (existing && m_model->rowOf(*base.id) < 0) {
        // Deleted on the server meanwhile: offer it as a new role rather than lose it.
        base = DomainOrganizationRole();
        base.name = QString();
        Q_EMIT message(tr("The role “%1” no longer exists; its recovered draft opens as a new"
                          " role.")
                           .arg(stored.base.name.value_or(QString())));
        m_drafts.remove(m_organizationId, stored.key);
    }
    auto* draft = new RoleDraft(base);
    if (!existing || base.id)
        draft->setKey(stored.key); // the same file goes on holding it
    draft->setContent(RoleContent::of(stored.draft), tr("Recovered unsaved changes"));
    setDraft(draft);
    selectQuietly(draft->roleId());
    persistDraft();
    return true;
}

void RolesPage::chooseUserRoles() {
    if (!m_client || m_offline)
        return;
    if (!m_directory->isLoaded()) {
        // Ask again once the users are there; the status bar says what is happening.
        Q_EMIT message(tr("Loading the users of the organization…"));
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(
            m_directory, &UserDirectory::loaded, this,
            [this, once] {
                disconnect(*once);
                Q_EMIT message(QString()); // "Loading the users…" is over
                chooseUserRoles();
            },
            Qt::QueuedConnection); // not a dialog inside the network reply's signal
        m_directory->load();
        return;
    }
    QStringList users;
    for (const User& u : m_directory->users())
        users.append(m_directory->describe(u.id.value_or(QString())));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("User's roles"), tr("User (type a name or an email):"), users, 0, true, &ok);
    if (!ok)
        return;
    if (const QString id = m_directory->resolve(chosen); !id.isEmpty())
        return editUserRoles(id);
    Q_EMIT message(tr("No single user matches \"%1\".").arg(chosen));
}

void RolesPage::editUserRoles(const QString& userId) {
    if (!m_client)
        return;
    QList<DomainOrganizationRole> roles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        roles.append(*m_model->role(row));
    const QString name =
        m_directory->find(userId) ? m_directory->find(userId)->name.value_or(userId) : userId;
    UserRolesDialog dialog(m_client, userId, name, roles, this);
    connect(&dialog, &UserRolesDialog::errorOccurred, this, &RolesPage::errorOccurred);
    dialog.exec();
    if (!dialog.changedRoleIds().isEmpty()) {
        refreshRoles(dialog.changedRoleIds());
        m_editor->usersPanel()->reload();
    }
}

void RolesPage::refreshRoles(const QStringList& ids) {
    if (!m_client || ids.isEmpty())
        return;
    RoleQuery query;
    query.id = ids;
    query.pageSize = 100;
    auto* job = m_client->fetchAllRoles(query);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        for (const DomainOrganizationRole& r : job->result()) {
            m_model->upsertRole(r);
            // Only the server-owned counts change under an open, unchanged draft.
            if (m_draft && m_draft->roleId() == r.id && !m_draft->isModified()
                && RoleContent::of(r) == m_draft->content())
                m_draft->rebase(r);
        }
        announceRoles();
    });
    connect(job, &ApiJob::failed, this,
            [this](const ApiStatus& s) { Q_EMIT errorOccurred(tr("Reading the roles again"), s); });
}

void RolesPage::queryPermission() {
    const QString permission = m_permission->text().trimmed();
    const QStringList parts = permission.split(u':');
    if (!m_client || m_offline || parts.size() != 3 || parts.contains(QString()))
        return;
    if (ApiJob::isRunning(m_permissionJob))
        m_permissionJob->abort();
    RoleQuery query;
    query.permission = {permission};
    query.pageSize = 100;
    auto* job = m_client->fetchAllRoles(query);
    m_permissionJob = job;
    connect(job, &ApiJob::succeeded, this, [this, job, permission] {
        if (m_permission->text().trimmed() != permission)
            return;
        QSet<QString> ids;
        for (const DomainOrganizationRole& r : job->result())
            ids.insert(r.id.value_or(QString()));
        m_serverPermission = permission;
        m_serverMatches = int(ids.size());
        m_proxy->setAllowedIds(ids);
        updateSummary();
    });
    connect(job, &ApiJob::failed, this, [this, permission](const ApiStatus& s) {
        Q_EMIT errorOccurred(tr("Asking the server for roles that grant %1").arg(permission), s);
    });
}

void RolesPage::updateSummary() {
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n role(s)", nullptr, all)
                                : tr("%1 of %n role(s)", nullptr, all).arg(shown);
    if (m_serverMatches >= 0)
        text += u" — "_s
                + tr("the server lists %n role(s) granting %1", nullptr, m_serverMatches)
                      .arg(m_serverPermission);
    m_summary->setText(text);
}

void RolesPage::select(const QString& roleId) {
    m_search->clear();
    m_permission->clear();
    m_kind->setCurrentIndex(0);
    const int row = m_model->rowOf(roleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}
