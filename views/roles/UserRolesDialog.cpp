#include "roles/UserRolesDialog.h"

#include "common/MessageBox.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "users/UserRolesChange.h"
#include "users/UserRolesRead.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
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
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
    , m_status(new QLabel(tr("Loading the user's roles…")))
    , m_removeAll(new QPushButton(tr("Remove all roles…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close)) {
    setWindowTitle(tr("Roles of %1").arg(userName));
    resize(520, 560);
    m_filter->setPlaceholderText(tr("Filter roles"));
    m_filter->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Roles of the user"));
    for (const DomainOrganizationRole& r : RoleStore::sortedByName(session->roles()->roles())) {
        auto* item = new QListWidgetItem(r.name.value_or(QString()), m_list);
        item->setData(Qt::UserRole, r.id.value_or(QString()));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(r.description.value_or(QString()));
    }
    m_buttons->addButton(m_removeAll, QDialogButtonBox::DestructiveRole);
    m_removeAll->setEnabled(false);
    saveButton()->setEnabled(false);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(
                !m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton(), &QPushButton::clicked, this, &UserRolesDialog::save);
    connect(m_removeAll, &QPushButton::clicked, this, &UserRolesDialog::removeAll);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        saveButton()->setEnabled(!Operation::isRunning(m_job) && checkedIds() != m_held);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check the roles %1 should hold:").arg(userName)));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
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

QPushButton* UserRolesDialog::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

void UserRolesDialog::track(Operation* op) {
    m_job = op;
    m_list->setEnabled(false);
    m_removeAll->setEnabled(false);
    saveButton()->setEnabled(false);
    connect(op, &Operation::finished, this, [this] {
        m_list->setEnabled(true);
        m_removeAll->setEnabled(!m_held.isEmpty());
        saveButton()->setEnabled(checkedIds() != m_held);
    });
    op->start();
}

void UserRolesDialog::setHeld(const QStringList& roleIds) {
    m_held = roleIds;
    m_held.sort();
    const QSignalBlocker block(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(
            m_held.contains(m_list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    m_status->setText(tr("%1 holds %n role(s).", nullptr, int(m_held.size())).arg(m_userName));
}

QStringList UserRolesDialog::checkedIds() const {
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    ids.sort();
    return ids;
}

QString UserRolesDialog::namesOf(const QStringList& ids) const {
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (ids.contains(m_list->item(i)->data(Qt::UserRole).toString()))
            names.append(u"• "_s + m_list->item(i)->text());
    return names.join(u'\n');
}

bool UserRolesDialog::confirmRemoval(const QStringList& ids) {
    if (ids.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Remove roles"),
                    tr("%1 will lose %n role(s):\n\n%2", nullptr, int(ids.size()))
                        .arg(m_userName, namesOf(ids)),
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
