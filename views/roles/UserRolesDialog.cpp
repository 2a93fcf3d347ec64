#include "roles/UserRolesDialog.h"

#include "access/SessionAccess.h"
#include "common/AccessGate.h"
#include "common/CheckList.h"
#include "common/MessageBox.h"
#include "org/OrgSession.h"
#include "users/UserRolesChange.h"
#include "users/UserRolesRead.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserRolesDialog::UserRolesDialog(OrgSession* session, const QString& userId,
                                 const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_userId(userId)
    , m_userName(userName)
    , m_roles(new RoleChecklist(session))
    , m_status(new QLabel(tr("Loading the user's roles…")))
    , m_removeAll(new QPushButton(tr("Remove all roles…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close)) {
    setWindowTitle(tr("Roles of %1").arg(userName));
    resize(520, 560);
    m_roles->list()->setAccessibleName(tr("Roles of the user"));
    m_buttons->addButton(m_removeAll, QDialogButtonBox::DestructiveRole);
    m_removeAll->setEnabled(false);
    saveButton()->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton(), &QPushButton::clicked, this, &UserRolesDialog::save);
    connect(m_removeAll, &QPushButton::clicked, this, &UserRolesDialog::removeAll);
    connect(m_roles, &RoleChecklist::changed, this, [this] {
        AccessGate::apply(saveButton(), !Operation::isRunning(m_job) && checkedIds() != m_held,
                          m_session->access()->rights(), {u"authorization:grant:add"_s});
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check the roles %1 should hold:").arg(userName)));
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    auto* read = new UserRolesRead(session, userId, this);
    connect(read, &Operation::succeeded, this, [this, read] {
        setHeld(read->roleIds());
        Q_EMIT loaded();
    });
    connect(read, &Operation::failed, this, [this](const OperationFailure& f) {
        m_status->setText(tr("The roles could not be loaded: %1").arg(f.status.message));
        Q_EMIT errorOccurred(tr("Loading the roles of %1").arg(m_userName), f.status);
    });
    track(read);
}

QListWidget* UserRolesDialog::list() const {
    return m_roles->list();
}

QPushButton* UserRolesDialog::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

void UserRolesDialog::track(Operation* op) {
    m_job = op;
    m_roles->setEnabled(false);
    m_removeAll->setEnabled(false);
    saveButton()->setEnabled(false);
    connect(op, &Operation::finished, this, [this] {
        m_roles->setEnabled(true);
        // A2 (DELETE /users/{id}/roles) takes every role at once.
        AccessGate::apply(m_removeAll, !m_held.isEmpty(), m_session->access()->rights(),
                          {u"authorization:grant:delete"_s});
        AccessGate::apply(saveButton(), checkedIds() != m_held, m_session->access()->rights(),
                          {u"authorization:grant:add"_s});
    });
    op->start();
}

void UserRolesDialog::setHeld(const QStringList& roleIds) {
    m_held = roleIds;
    m_held.sort();
    m_roles->setCheckedRoleIds(m_held);
    m_status->setText(tr("%1 holds %n role(s).", nullptr, int(m_held.size())).arg(m_userName));
}

QStringList UserRolesDialog::checkedIds() const {
    QStringList ids = m_roles->checkedRoleIds();
    ids.sort();
    return ids;
}

bool UserRolesDialog::confirmRemoval(const QStringList& ids) {
    if (ids.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Remove roles"),
                    tr("%1 will lose %n role(s):\n\n%2", nullptr, int(ids.size()))
                        .arg(m_userName, m_roles->bulletedNames(ids)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.standardButton(MessageBox::exec(box)) == QMessageBox::Yes;
}

void UserRolesDialog::save() {
    if (Operation::isRunning(m_job) || !m_session)
        return;
    const QStringList wanted = checkedIds();
    QStringList removed;
    for (const QString& id : std::as_const(m_held))
        if (!wanted.contains(id))
            removed.append(id);
    if (!confirmRemoval(removed))
        return;
    auto* change = UserRolesChange::set(m_session, m_userId, m_held, wanted, this);
    connect(change, &Operation::succeeded, this, [this, change] {
        m_changed += change->changedRoleIds();
        setHeld(change->roleIds());
        m_status->setText(
            tr("Saved. %1 holds %n role(s).", nullptr, int(m_held.size())).arg(m_userName));
    });
    connect(change, &Operation::failed, this, [this](const OperationFailure& f) {
        m_status->setText(tr("Not saved: %1").arg(f.status.message));
        Q_EMIT errorOccurred(tr("Setting the roles of %1").arg(m_userName), f.status);
    });
    track(change);
}

void UserRolesDialog::removeAll() {
    if (Operation::isRunning(m_job) || !m_session || m_held.isEmpty() || !confirmRemoval(m_held))
        return;
    auto* change = UserRolesChange::removeAll(m_session, m_userId, m_held, this);
    connect(change, &Operation::succeeded, this, [this, change] {
        m_changed += change->changedRoleIds();
        setHeld({});
    });
    connect(change, &Operation::failed, this, [this](const OperationFailure& f) {
        m_status->setText(tr("Not removed: %1").arg(f.status.message));
        Q_EMIT errorOccurred(tr("Removing all roles of %1").arg(m_userName), f.status);
    });
    track(change);
}
