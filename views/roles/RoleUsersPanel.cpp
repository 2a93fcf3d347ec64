#include "roles/RoleUsersPanel.h"

#include "access/SessionAccess.h"
#include "common/AccessGate.h"
#include "common/Completion.h"
#include "common/MessageBox.h"
#include "org/OrgSession.h"
#include "roles/RoleMembersRead.h"
#include "roles/RoleUsersChange.h"
#include "users/UserDirectory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RoleUsersPanel::RoleUsersPanel(QWidget* parent)
    : QWidget(parent)
    , m_add(new QLineEdit)
    , m_addButton(new QPushButton(tr("Add")))
    , m_table(new QTableWidget(0, 3))
    , m_removeButton(new QPushButton(tr("Remove from role")))
    , m_rolesButton(new QPushButton(tr("Roles of this user…")))
    , m_status(new QLabel) {
    m_status->setWordWrap(true); // a long status never widens the editor
    m_add->setPlaceholderText(tr("Add a user: type a name or an email"));
    m_add->setClearButtonEnabled(true);
    m_add->setAccessibleName(tr("Find a user to add"));
    attachCompleter(m_add);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Department")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Users who hold the role"));

    connect(m_add, &QLineEdit::returnPressed, this, &RoleUsersPanel::addChosenUser);
    connect(m_addButton, &QPushButton::clicked, this, &RoleUsersPanel::addChosenUser);
    connect(m_removeButton, &QPushButton::clicked, this, &RoleUsersPanel::removeSelectedUsers);
    connect(m_rolesButton, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            Q_EMIT userRolesRequested(rows.front().data(Qt::UserRole).toString());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoleUsersPanel::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        Q_EMIT userRolesRequested(m_table->item(item->row(), 0)->data(Qt::UserRole).toString());
    });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add, 1);
    addRow->addWidget(m_addButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_rolesButton);
    buttons->addWidget(m_removeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void RoleUsersPanel::setSession(OrgSession* session) {
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session->access(), nullptr, this, nullptr);
    m_session = session;
    m_directory = session ? session->users() : nullptr;
    if (session)
        connect(session->access(), &SessionAccess::changed, this, &RoleUsersPanel::updateButtons);
    if (m_directory)
        connect(m_directory, &UserDirectory::loaded, this, [this] {
            updateCompleter();
            fill();
        });
    setRole(m_roleId);
}

bool RoleUsersPanel::isOnline() const {
    return m_session && !m_session->isReadOnly();
}

void RoleUsersPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateButtons();
}

void RoleUsersPanel::setRole(const QString& roleId) {
    if (Operation::isRunning(m_job))
        m_job->abort();
    m_roleId = roleId;
    m_userIds.clear();
    m_membersLoaded = false;
    m_table->setRowCount(0);
    if (roleId.isEmpty() || !isOnline()) {
        m_status->setText(roleId.isEmpty() ? tr("Save the role first to assign users.")
                                           : tr("Offline: users are not available."));
        updateButtons();
        return;
    }
    reload();
}

void RoleUsersPanel::busy(Operation* op) {
    m_job = op;
    connect(op, &Operation::finished, this, &RoleUsersPanel::updateButtons);
    op->start();
    updateButtons();
}

void RoleUsersPanel::reload() {
    if (m_roleId.isEmpty() || !isOnline())
        return;
    if (Operation::isRunning(m_job))
        m_job->abort();
    m_status->setText(tr("Loading users…"));
    auto* read = new RoleMembersRead(m_session, m_roleId, this);
    connect(read, &Operation::succeeded, this, [this, read] {
        m_userIds = read->userIds();
        m_membersLoaded = true;
        fill();
    });
    connect(read, &Operation::failed, this, [this](const OperationFailure& f) {
        m_status->setText(tr("The users could not be loaded."));
        Q_EMIT errorOccurred(tr("Loading the users of the role"), f.status);
    });
    busy(read);
    if (m_directory)
        m_directory->load();
}

void RoleUsersPanel::fill() {
    if (!m_membersLoaded || !m_directory || !m_directory->isLoaded())
        return;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_userIds.size()));
    for (int row = 0; row < m_userIds.size(); ++row) {
        const User* u = m_directory->find(m_userIds[row]);
        // Who has left keeps their roles until removed: name them, and say so.
        auto* name = new QTableWidgetItem(m_directory->displayName(m_userIds[row]));
        if (u && u->state.value_or(u"active"_s) != "active"_L1) {
            QFont italic = name->font();
            italic.setItalic(true);
            name->setFont(italic);
        }
        name->setData(Qt::UserRole, m_userIds[row]);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(u ? u->email.value_or(QString()) : QString()));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(u ? u->department.value_or(QString()) : QString()));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n user(s) hold this role", nullptr, int(m_userIds.size())));
    updateCompleter();
    updateButtons();
}

void RoleUsersPanel::updateCompleter() {
    // Who can be added: not those who hold the role already, nor deleted users.
    QStringList entries;
    for (const User& u : m_directory->users()) {
        const QString id = u.id.value_or(QString());
        if (!m_userIds.contains(id) && u.state.value_or(QString()) != "deleted"_L1)
            entries.append(m_directory->describe(id));
    }
    setCompletions(m_add, entries);
}

void RoleUsersPanel::updateButtons() {
    const bool ready =
        !m_roleId.isEmpty() && isOnline() && !m_readOnly && !Operation::isRunning(m_job);
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    const AccessRights may = m_session ? m_session->access()->rights() : AccessRights();
    AccessGate::apply(m_add, ready, may, {u"authorization:grant:add"_s});
    AccessGate::apply(m_addButton, ready, may, {u"authorization:grant:add"_s});
    AccessGate::apply(m_removeButton, ready && selected, may, {u"authorization:grant:delete"_s});
    AccessGate::apply(m_rolesButton, isOnline() && selected && !m_readOnly, may,
                      {u"authorization:grant:view"_s});
}

bool RoleUsersPanel::addChosenUser() {
    if (!m_directory || !isOnline() || m_roleId.isEmpty() || Operation::isRunning(m_job))
        return false;
    const QString text = m_add->text().trimmed();
    const QString id = m_directory->resolve(text);
    if (id.isEmpty() || text.isEmpty()) {
        m_status->setText(text.isEmpty() ? tr("Type a name or an email first.")
                                         : tr("No single user matches \"%1\"; pick one from the"
                                              " list.")
                                               .arg(text));
        return false;
    }
    if (m_userIds.contains(id)) {
        m_status->setText(tr("%1 already holds this role.").arg(m_directory->describe(id)));
        return false;
    }
    const QString roleId = m_roleId;
    auto* add = new RoleUsersChange(m_session, roleId, {id}, RoleUsersChange::Change::Add, this);
    connect(add, &Operation::succeeded, this, [this, roleId] {
        m_add->clear();
        Q_EMIT usersChanged(roleId);
        reload();
    });
    connect(add, &Operation::failed, this, [this, id](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Adding %1 to the role").arg(m_directory->describe(id)), f.status);
    });
    busy(add);
    return true;
}

void RoleUsersPanel::removeSelectedUsers() {
    if (!isOnline() || m_roleId.isEmpty() || Operation::isRunning(m_job))
        return;
    QStringList ids, names;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids.append(index.data(Qt::UserRole).toString());
        names.append(index.data().toString());
    }
    if (ids.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove users"),
                    tr("Remove %n user(s) from this role?\n\n%1", nullptr, int(ids.size()))
                        .arg(names.join(u'\n')),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.standardButton(MessageBox::exec(box)) != QMessageBox::Yes)
        return;
    const QString roleId = m_roleId;
    auto* remove =
        new RoleUsersChange(m_session, roleId, ids, RoleUsersChange::Change::Remove, this);
    connect(remove, &Operation::succeeded, this, [this, roleId] {
        Q_EMIT usersChanged(roleId);
        reload();
    });
    connect(remove, &Operation::failed, this, [this](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Removing users from the role"), f.status);
    });
    busy(remove);
}
