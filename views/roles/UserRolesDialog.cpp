#include "UserRolesDialog.h"

#include "PlatformClient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserRolesDialog::UserRolesDialog(PlatformClient* client, const QString& userId,
                                 const QString& userName,
                                 const QList<DomainOrganizationRole>& roles, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
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
    QList<DomainOrganizationRole> sorted = roles;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.name.value_or(QString()).localeAwareCompare(b.name.value_or(QString())) < 0;
    });
    for (const DomainOrganizationRole& r : sorted) {
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
        saveButton()->setEnabled(!ApiJob::isRunning(m_job) && checkedIds() != m_held);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check the roles %1 should hold:").arg(userName)));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    auto* job = m_client->getUserRoles(userId);
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        setHeld(job->result().roles.value_or(QList<DomainRole>()));
        Q_EMIT loaded();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& s) {
        m_status->setText(tr("The roles could not be loaded: %1").arg(s.message));
        Q_EMIT errorOccurred(tr("Loading the roles of %1").arg(m_userName), s);
    });
}

QPushButton* UserRolesDialog::saveButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

void UserRolesDialog::track(ApiJob* job) {
    m_job = job;
    m_list->setEnabled(false);
    m_removeAll->setEnabled(false);
    saveButton()->setEnabled(false);
    connect(job, &ApiJob::finished, this, [this] {
        m_list->setEnabled(true);
        m_removeAll->setEnabled(!m_held.isEmpty());
        saveButton()->setEnabled(checkedIds() != m_held);
    });
}

void UserRolesDialog::setHeld(const QList<DomainRole>& roles) {
    m_held.clear();
    for (const DomainRole& r : roles)
        m_held.append(r.id.value_or(QString()));
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
    return QMessageBox::question(this, tr("Remove roles"),
                                 tr("%1 will lose %n role(s):\n\n%2", nullptr, int(ids.size()))
                                     .arg(m_userName, namesOf(ids)),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Yes;
}

void UserRolesDialog::save() {
    if (ApiJob::isRunning(m_job) || !m_client)
        return;
    const QStringList wanted = checkedIds();
    QStringList removed;
    for (const QString& id : std::as_const(m_held))
        if (!wanted.contains(id))
            removed.append(id);
    if (!confirmRemoval(removed))
        return;
    QStringList changed = removed;
    for (const QString& id : wanted)
        if (!m_held.contains(id))
            changed.append(id);
    auto* job = m_client->setUserRoles(m_userId, wanted);
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, job, changed] {
        m_changed += changed;
        setHeld(job->result().roles.value_or(QList<DomainRole>()));
        m_status->setText(
            tr("Saved. %1 holds %n role(s).", nullptr, int(m_held.size())).arg(m_userName));
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& s) {
        m_status->setText(tr("Not saved: %1").arg(s.message));
        Q_EMIT errorOccurred(tr("Setting the roles of %1").arg(m_userName), s);
    });
}

void UserRolesDialog::removeAll() {
    if (ApiJob::isRunning(m_job) || !m_client || m_held.isEmpty() || !confirmRemoval(m_held))
        return;
    const QStringList removed = m_held;
    auto* job = m_client->deleteUserRoles(m_userId);
    track(job);
    connect(job, &ApiJob::succeeded, this, [this, removed] {
        m_changed += removed;
        setHeld({});
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& s) {
        m_status->setText(tr("Not removed: %1").arg(s.message));
        Q_EMIT errorOccurred(tr("Removing all roles of %1").arg(m_userName), s);
    });
}
