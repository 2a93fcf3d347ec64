#include "compare/RestoreDialog.h"

#include "common/MessageBox.h"
#include "diff/DefaultRestore.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeRolesRead.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

namespace {

enum Column { RoleColumn, UsersColumn, ResultColumn };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kHoldersRole = Qt::UserRole + 2; //!< the child that names the trustee holders

QString roleName(const DomainOrganizationRole& r) {
    return r.name.value_or(r.id.value_or(QString()));
}

} // namespace

RestoreDialog::RestoreDialog(OrgSession* session, Mode mode, const QStringList& preselected,
                             QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_intro(new QLabel)
    , m_needsUpdateOnly(new QCheckBox(tr("Only roles that need an update")))
    , m_roles(new QTreeWidget)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_confirmation(new QLineEdit)
    , m_preview(new QPushButton(tr("Preview")))
    , m_restore(new QPushButton)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close)) {
    setWindowTitle(mode == Mode::All ? tr("Reset every default role")
                                     : tr("Restore default roles"));
    resize(820, 600);
    m_intro->setWordWrap(true);
    m_intro->setText(
        mode == Mode::All
            ? tr("Every default role of %1 goes back to its shipped definition: whatever was"
                 " added to one is removed, whatever was removed is granted again. Custom roles"
                 " stay as they are. Review the preview, then type the organization's name.")
                  .arg(session->organizationName())
            : tr("Check the default roles to restore, then Preview: nothing is written before you"
                 " confirm. To undo only some differences instead, use \"Take back checked\" in a"
                 " comparison with the default."));
    m_needsUpdateOnly->setVisible(mode == Mode::Chosen);
    m_roles->setColumnCount(3);
    m_roles->setHeaderLabels({tr("Role"), tr("Held by"), tr("Result")});
    m_roles->setAccessibleName(tr("Default roles"));
    m_roles->setAlternatingRowColors(true);
    m_roles->header()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_roles->header()->setSectionResizeMode(UsersColumn, QHeaderView::ResizeToContents);
    m_roles->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_roles->header()->setStretchLastSection(false);
    m_status->setWordWrap(true);
    m_progress->hide();
    m_confirmation->setPlaceholderText(session->organizationName());
    m_confirmation->setAccessibleName(tr("Organization name, to confirm"));
    m_confirmation->setVisible(mode == Mode::All);
    auto* confirmLabel = new QLabel(tr("Type \"%1\" to confirm:").arg(session->organizationName()));
    confirmLabel->setVisible(mode == Mode::All);
    confirmLabel->setBuddy(m_confirmation);

    m_preview->setAutoDefault(false);
    m_buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &RestoreDialog::preview);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_roles, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_confirmation, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_needsUpdateOnly, &QCheckBox::toggled, this, [this](bool only) {
        for (int i = 0; i < m_roles->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_roles->topLevelItem(i);
            const DomainOrganizationRole* r =
                m_session ? m_session->roles()->find(item->data(0, kIdRole).toString()) : nullptr;
            item->setHidden(only && !(r && r->roleNeedsUpdate.value_or(false)));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_needsUpdateOnly);
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(confirmLabel);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_buttons);
    fill(preselected);
    readTrusteeRoles();
    if (mode == Mode::All)
        preview();
    updateButtons();
}

void RestoreDialog::readTrusteeRoles() {
    // Who else holds a role includes the trustee users, whose roles a window's load leaves
    // unread until they are needed: now.
    if (!m_session || m_session->isReadOnly() || m_session->trusts()->membersWithoutRoles() == 0)
        return;
    auto* read = new TrusteeRolesRead(m_session);
    m_readingRoles = read;
    connect(read, &Operation::finished, this, [this] {
        showHolders();
        updateButtons();
    });
    read->start();
}

RestoreDialog::~RestoreDialog() {
    // A preview may be dropped; a restore that was sent runs to its end on its own.
    if (Operation::isRunning(m_running) && qobject_cast<DefaultComparison*>(m_running))
        m_running->abort();
}

void RestoreDialog::follow(Operation* op, const QString& failedText, const QString& operation) {
    m_running = op;
    m_progress->show();
    connect(op, &Operation::progress, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(op, &Operation::failed, this, [this, failedText, operation](const OperationFailure& f) {
        // A request whose answer was lost may have been applied: do not claim it was not.
        m_status->setText(f.kind == OperationFailure::Kind::OutcomeUnknown
                              ? tr("The answer was lost, so the change may have been applied."
                                   " Reload (F5) to see the roles as they are now; any restore"
                                   " point written stays in Undo a restore.")
                              : failedText.arg(f.status.message));
        Q_EMIT errorOccurred(operation, f.status);
    });
    connect(op, &Operation::finished, this, [this] {
        m_progress->hide();
        updateButtons();
    });
    op->start();
    updateButtons();
}

bool RestoreDialog::isBusy() const {
    return Operation::isRunning(m_running) || Operation::isRunning(m_readingRoles);
}

void RestoreDialog::fill(const QStringList& preselected) {
    const QSignalBlocker block(m_roles);
    QList<DomainOrganizationRole> roles;
    for (const DomainOrganizationRole& r : m_session->roles()->roles())
        if (r.defaultRoleId && !r.defaultRoleId->isEmpty())
            roles.append(r);
    for (const DomainOrganizationRole& r : RoleStore::sortedByName(roles)) {
        auto* item = new QTreeWidgetItem(m_roles);
        const QString id = r.id.value_or(QString());
        item->setData(0, kIdRole, id);
        item->setText(RoleColumn, r.roleNeedsUpdate.value_or(false)
                                      ? tr("%1 (needs update)").arg(roleName(r))
                                      : roleName(r));
        item->setData(UsersColumn, kIdRole, r.userCount.value_or(0));
        if (m_mode == Mode::Chosen) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(RoleColumn, preselected.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    showHolders();
}

void RestoreDialog::showHolders() {
    const QSignalBlocker block(m_roles);
    for (int i = 0; i < m_roles->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_roles->topLevelItem(i);
        const QStringList trustees = trusteeHolders(item->data(0, kIdRole).toString());
        QString held = tr("%n user(s)", nullptr, item->data(UsersColumn, kIdRole).toInt());
        if (!trustees.isEmpty())
            held += u", "_s + tr("%n trustee user(s)", nullptr, int(trustees.size()));
        item->setText(UsersColumn, held);
        item->setToolTip(UsersColumn, trustees.join(u", "_s));
        // A preview that came before the trustee users' roles names them now.
        if (item->childCount() > 0)
            showTrusteeHolders(item, trustees);
    }
}

void RestoreDialog::showTrusteeHolders(QTreeWidgetItem* item, const QStringList& trustees) {
    QTreeWidgetItem* held = nullptr;
    for (int i = 0; i < item->childCount() && !held; ++i)
        if (item->child(i)->data(0, kHoldersRole).toBool())
            held = item->child(i);
    if (trustees.isEmpty()) {
        delete held;
        return;
    }
    if (!held) {
        held = new QTreeWidgetItem(item);
        held->setData(0, kHoldersRole, true);
        held->setFirstColumnSpanned(true);
    }
    held->setText(RoleColumn, tr("Also held by trustee users: %1").arg(trustees.join(u", "_s)));
    held->setToolTip(RoleColumn, trustees.join(u'\n'));
}

QStringList RestoreDialog::trusteeHolders(const QString& roleId) const {
    QStringList out;
    for (const TrusteeEntry& t : m_session->trusts()->trustees()) {
        for (const TrusteeMember& m : t.members) {
            const auto roles = m.roles.roles.value_or(QList<DomainRole>());
            if (std::any_of(roles.cbegin(), roles.cend(),
                            [&](const DomainRole& d) { return d.id == roleId; }))
                out.append(tr("%1 (%2)").arg(m.user.name.value_or(m.user.id.value_or(QString())),
                                             t.name()));
        }
    }
    return out;
}

QStringList RestoreDialog::checkedRoleIds() const {
    QStringList out;
    for (int i = 0; i < m_roles->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_roles->topLevelItem(i);
        if (m_mode == Mode::All
            || (item->checkState(RoleColumn) == Qt::Checked && !item->isHidden()))
            out.append(item->data(0, kIdRole).toString());
    }
    out.sort();
    return out;
}

QTreeWidgetItem* RestoreDialog::itemOf(const QString& roleId) const {
    for (int i = 0; i < m_roles->topLevelItemCount(); ++i)
        if (m_roles->topLevelItem(i)->data(0, kIdRole).toString() == roleId)
            return m_roles->topLevelItem(i);
    return nullptr;
}

void RestoreDialog::preview() {
    const QStringList ids = checkedRoleIds();
    if (ids.isEmpty() || !m_session || Operation::isRunning(m_running))
        return;
    auto* op = new DefaultComparison(m_session, ids, this);
    m_status->setText(tr("Comparing %n role(s) with their defaults…", nullptr, int(ids.size())));
    connect(op, &Operation::succeeded, this, [this, op, ids] {
        m_previewed = ids;
        showPreview(op->results());
    });
    follow(op, tr("The preview failed: %1"), tr("Previewing the restore"));
}

void RestoreDialog::showPreview(const QList<DefaultComparisonResult>& results) {
    const QSignalBlocker block(m_roles);
    int changing = 0;
    for (const DefaultComparisonResult& r : results) {
        QTreeWidgetItem* item = itemOf(r.roleId);
        if (!item)
            continue;
        qDeleteAll(item->takeChildren());
        if (!r.ok()) {
            item->setText(ResultColumn, tr("Cannot preview: %1").arg(r.failure->status.message));
            continue;
        }
        // Restoring is the other direction of the comparison: what the role added goes.
        const struct {
            Change change;
            QString title;
        } groups[] = {{Change::Added, tr("Will be removed (%1)")},
                      {Change::Removed, tr("Will be granted again (%1)")},
                      {Change::ConditionChanged, tr("Condition will be reset (%1)")}};
        int total = 0;
        for (const auto& g : groups) {
            const QStringList permissions = r.engine.permissions(g.change);
            if (permissions.isEmpty())
                continue;
            total += int(permissions.size());
            auto* group = new QTreeWidgetItem(item, {g.title.arg(permissions.size())});
            for (const QString& p : permissions)
                new QTreeWidgetItem(group, {p});
            group->setExpanded(permissions.size() <= 8);
        }
        for (const RoleDiff::FieldDiff& f : r.engine.fields)
            new QTreeWidgetItem(item, {f.field == "name"_L1
                                           ? tr("Name goes back to \"%1\"").arg(f.reference)
                                           : tr("Description goes back to the default's")});
        showTrusteeHolders(item, trusteeHolders(r.roleId));
        if (!r.disagreements.isEmpty())
            new QTreeWidgetItem(item,
                                {tr("\u26A0 The server's comparison disagrees on %n permission(s).",
                                    nullptr, int(r.disagreements.size()))});
        item->setText(ResultColumn,
                      total == 0 ? tr("already its default") : tr("%n change(s)", nullptr, total));
        changing += total > 0 ? 1 : 0;
        item->setExpanded(total > 0 && total <= 12);
    }
    m_status->setText(
        tr("%n of the roles will change. Nothing has been written yet.", nullptr, changing));
}

void RestoreDialog::updateButtons() {
    const QStringList ids = checkedRoleIds();
    const bool previewed = !ids.isEmpty() && ids == m_previewed;
    const bool confirmed =
        m_mode != Mode::All || m_confirmation->text().trimmed() == m_session->organizationName();
    m_preview->setEnabled(!ids.isEmpty() && !isBusy() && !m_done);
    m_restore->setText(m_mode == Mode::All ? tr("Reset %n role(s)", nullptr, int(ids.size()))
                                           : tr("Restore %n role(s)", nullptr, int(ids.size())));
    m_restore->setEnabled(previewed && confirmed && !isBusy() && !m_done && m_session
                          && !m_session->isReadOnly());
    m_restore->setToolTip(!previewed   ? tr("Preview the checked roles first")
                          : !confirmed ? tr("Type the organization's name to confirm")
                                       : QString());
    m_confirmation->setEnabled(!m_done);
    m_roles->setEnabled(!isBusy() && !m_done);
}

void RestoreDialog::restore() {
    if (!m_restore->isEnabled())
        return;
    const QStringList ids = checkedRoleIds();
    auto* op = new DefaultRestore(
        m_session, m_mode == Mode::All ? DefaultRestore::Mode::All : DefaultRestore::Mode::Listed,
        ids, this);
    m_status->setText(tr("Saving the roles as they are, then restoring…"));
    connect(op, &Operation::succeeded, this, [this, op] {
        m_done = true;
        QStringList restored;
        for (const DomainOrganizationRole& r : op->result()) {
            restored.append(r.id.value_or(QString()));
            if (QTreeWidgetItem* item = itemOf(r.id.value_or(QString())))
                item->setText(ResultColumn, tr("\u2713 restored"));
        }
        for (const QString& id : checkedRoleIds())
            if (!restored.contains(id))
                if (QTreeWidgetItem* item = itemOf(id))
                    item->setText(ResultColumn, tr("not in the server's answer"));
        m_outcome = tr("Restored %n default role(s). Undo a restore (in Compare) puts them back.",
                       nullptr, int(op->result().size()));
        m_status->setText(m_outcome + u' ' + tr("Restore point: %1").arg(op->restorePoint().path));
    });
    follow(op, tr("Nothing was restored: %1"), tr("Restoring default roles"));
}

UndoRestoreDialog::UndoRestoreDialog(OrgSession* session, const QString& directory, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(RestorePoint::list(directory, session->organizationId()))
    , m_points(new QListWidget)
    , m_status(new QLabel)
    , m_putBack(new QPushButton(tr("Put back"))) {
    setWindowTitle(tr("Undo a restore"));
    resize(640, 420);
    auto* intro = new QLabel(tr("Before each restore, RoleDesk saved the roles it changed. Putting"
                                " a restore point back replaces those roles with the saved copies;"
                                " later edits to them are lost."));
    intro->setWordWrap(true);
    m_points->setAccessibleName(tr("Restore points"));
    for (const RestorePoint& p : std::as_const(m_list)) {
        QStringList names;
        for (const DomainOrganizationRole& r : p.roles)
            names.append(roleName(r));
        auto* item = new QListWidgetItem(
            tr("%1 — %2: %3")
                .arg(QLocale().toString(p.takenAt.toLocalTime(), QLocale::ShortFormat), p.reason,
                     names.mid(0, 6).join(u", "_s) + (names.size() > 6 ? u", …"_s : QString())),
            m_points);
        item->setToolTip(names.join(u", "_s));
    }
    if (m_list.isEmpty())
        m_status->setText(
            tr("There is no restore point for %1 yet.").arg(session->organizationName()));
    else
        m_points->setCurrentRow(0);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_putBack, QDialogButtonBox::ActionRole);
    m_putBack->setEnabled(!m_list.isEmpty());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_putBack, &QPushButton::clicked, this, &UndoRestoreDialog::putBack);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_points, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void UndoRestoreDialog::putBack() {
    const int row = m_points->currentRow();
    if (row < 0 || row >= m_list.size() || isBusy())
        return;
    const RestorePoint& point = m_list[row];
    QStringList names;
    for (const DomainOrganizationRole& r : point.roles)
        names.append(roleName(r));
    QMessageBox box(QMessageBox::Question, tr("Put back %n role(s)", nullptr, int(names.size())),
                    tr("Replace these roles with their copies from %1?")
                        .arg(QLocale().toString(point.takenAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(names.join(u", "_s));
    QPushButton* yes = box.addButton(tr("Put back"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    MessageBox::exec(box);
    if (box.clickedButton() != yes)
        return;
    auto* op = new RestoreUndo(m_session, point, this);
    m_running = op;
    m_putBack->setEnabled(false);
    m_status->setText(tr("Putting %n role(s) back…", nullptr, int(names.size())));
    connect(op, &Operation::succeeded, this, [this, op] {
        QStringList ok, failed;
        for (const RestoreUndo::Outcome& o : op->outcomes()) {
            if (o.failure)
                failed.append(tr("%1 (%2)").arg(o.roleName, o.failure->status.message));
            else
                ok.append(o.roleName);
        }
        m_outcome = failed.isEmpty() ? tr("Put back %n role(s).", nullptr, int(ok.size()))
                                     : tr("Put back %1 of %2 roles. Not put back: %3")
                                           .arg(ok.size())
                                           .arg(ok.size() + failed.size())
                                           .arg(failed.join(u"; "_s));
        m_status->setText(m_outcome);
    });
    connect(op, &Operation::failed, this, [this](const OperationFailure& f) {
        m_status->setText(tr("Nothing was put back: %1").arg(f.status.message));
        m_putBack->setEnabled(true);
        Q_EMIT errorOccurred(tr("Undoing a restore"), f.status);
    });
    op->start();
}
