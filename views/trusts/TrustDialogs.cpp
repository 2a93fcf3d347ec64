#include "trusts/TrustDialogs.h"

#include "common/CheckList.h"
#include "roles/RoleStore.h"
#include "trusts/Pairing.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeChange.h"
#include "trusts/TrustorChange.h"
#include "users/UserDirectory.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using CheckList::checkByText;
using CheckList::checkedIds;
using CheckList::filterEdit;
using CheckList::kIdRole;

//! A check box and a date-time picker for an optional expiry, a week from now by default.
QWidget* expiryRow(QCheckBox** box, QDateTimeEdit** edit, const std::optional<QDateTime>& current) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    *box = new QCheckBox(QCoreApplication::translate("TrustDialogs", "E&xpires on"));
    *edit = new QDateTimeEdit;
    (*edit)->setCalendarPopup(true);
    (*edit)->setMinimumDateTime(QDateTime::currentDateTime());
    (*edit)->setDateTime(current ? current->toLocalTime()
                                 : QDateTime::currentDateTime().addDays(7));
    (*box)->setChecked(current.has_value());
    (*edit)->setEnabled(current.has_value());
    QObject::connect(*box, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
    layout->addWidget(*box);
    layout->addWidget(*edit, 1);
    return row;
}

//! A title over widgets, its mnemonic going to the first of them.
QWidget* titledColumn(const QString& title, std::initializer_list<QWidget*> widgets) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title);
    label->setBuddy(*widgets.begin());
    layout->addWidget(label);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    return box;
}

std::optional<QDateTime> expiryOf(const QCheckBox* box, const QDateTimeEdit* edit) {
    if (!box->isChecked())
        return std::nullopt;
    return edit->dateTime().toUTC();
}

} // namespace

QString describePairing(const TrustRequest& pairing) {
    QStringList users;
    for (const OrgUser& u : pairing.users.value_or(QList<OrgUser>()))
        users.append(u.name.value_or(u.id.value_or(QString())));
    const QString made = pairing.dateCreated ? QLocale().toString(
                             pairing.dateCreated->dateTime().toLocalTime(), QLocale::ShortFormat)
                                             : QString();
    return QCoreApplication::translate("TrustDialogs", "Made %1 by %2 for %3.")
        .arg(made, pairing.createdBy.value_or(OrgUser{}).name.value_or(QString()),
             users.join(u", "_s));
}

// ---- RoleChecklist

// ---- OperationDialog

OperationDialog::OperationDialog(OrgSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_error(new QLabel) {
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #D55E00;"_s);
    m_error->hide();
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isBusy() || !m_session)
            return;
        Operation* op = makeOperation();
        if (!op)
            return;
        m_error->hide();
        m_running = op;
        op->setParent(this);
        op->setAutoDelete(false);
        okButton()->setEnabled(false);
        connect(op, &Operation::failed, this,
                [this](const OperationFailure& f) { showError(f.status.message); });
        connect(op, &Operation::succeeded, this, [this, op] {
            if (succeeded(op))
                accept();
        });
        connect(op, &Operation::finished, this, [this, op] {
            okButton()->setEnabled(true);
            op->deleteLater();
        });
        op->start();
    });
}

void OperationDialog::reject() {
    if (isBusy() && m_session) {
        Operation* op = m_running;
        op->disconnect(this);
        op->setParent(m_session);
        op->setAutoDelete(true);
        QPointer<OrgSession> session = m_session;
        const QString what = windowTitle();
        connect(op, &Operation::failed, m_session, [session, what](const OperationFailure& f) {
            if (session)
                Q_EMIT session->errorOccurred(what, f.status);
        });
    }
    QDialog::reject();
}

QPushButton* OperationDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void OperationDialog::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void OperationDialog::setContent(QLayout* content, const QString& okText) {
    okButton()->setText(okText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

// ---- AcceptPairingDialog

AcceptPairingDialog::AcceptPairingDialog(OrgSession* session, QWidget* parent)
    : OperationDialog(session, parent)
    , m_pairing(new QLineEdit)
    , m_lookUp(new QPushButton(tr("&Look up")))
    , m_asker(new QLabel(tr("Paste the pairing id the other organization's admin sent you, then"
                            " look it up to see who asks for access.")))
    , m_users(new QListWidget)
    , m_roles(new RoleChecklist(session))
    , m_sameForAll(new QPushButton(tr("Give these roles to e&very user")))
    , m_enabled(new QCheckBox(tr("&Enabled: the users can work here at once"))) {
    setWindowTitle(tr("Accept a pairing"));
    m_pairing->setPlaceholderText(tr("Pairing id"));
    m_pairing->setClearButtonEnabled(true);
    m_asker->setWordWrap(true);
    m_enabled->setChecked(true);
    m_users->setAccessibleName(tr("Requested users"));
    m_roles->setEnabled(false);
    m_sameForAll->setEnabled(false);

    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_pairing, 1);
    idRow->addWidget(m_lookUp);
    auto* split = new QSplitter;
    split->addWidget(
        titledColumn(tr("Requested &users (unchecked ones are left out):"), {m_users}));
    split->addWidget(
        titledColumn(tr("&Roles here for the selected user:"), {m_roles, m_sameForAll}));
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout;
    layout->addLayout(idRow);
    layout->addWidget(m_asker);
    layout->addWidget(split, 1);
    layout->addWidget(m_enabled);
    layout->addWidget(expiryRow(&m_expires, &m_expiry, std::nullopt));
    setContent(layout, tr("&Create trust"));
    resize(760, 520);

    connect(m_lookUp, &QPushButton::clicked, this, &AcceptPairingDialog::lookUp);
    connect(m_pairing, &QLineEdit::returnPressed, this, &AcceptPairingDialog::lookUp);
    connect(m_users, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* current) { showUser(current); });
    connect(m_users, &QListWidget::itemChanged, this, &AcceptPairingDialog::updateOk);
    connect(m_roles, &RoleChecklist::changed, this, [this] {
        if (!m_shownUser.isEmpty())
            m_rolesByUser.insert(m_shownUser, m_roles->checkedRoleIds());
        updateOk();
    });
    connect(m_sameForAll, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_users->count(); ++i)
            m_rolesByUser.insert(m_users->item(i)->data(kIdRole).toString(),
                                 m_roles->checkedRoleIds());
        updateOk();
    });
    updateOk();
}

void AcceptPairingDialog::lookUp() {
    if (isBusy() || !m_session)
        return;
    auto* lookup = new PairingLookup(m_session, m_pairing->text(), false, this);
    m_running = lookup;
    lookup->setAutoDelete(false);
    m_lookUp->setEnabled(false);
    showError({});
    connect(lookup, &Operation::failed, this, [this](const OperationFailure& f) {
        m_request = {};
        m_users->clear();
        m_asker->setText(tr("No pairing to accept yet."));
        showError(f.status.message);
    });
    connect(lookup, &Operation::succeeded, this, [this, lookup] {
        m_request = lookup->result();
        const Organization asker = m_request.trustee.value_or(Organization{});
        const QString name = asker.name.value_or(asker.id.value_or(QString()));
        QString text = tr("<b>%1</b> asks for access to this organization for %n user(s).", nullptr,
                          int(m_request.users.value_or(QList<OrgUser>()).size()))
                           .arg(name.toHtmlEscaped())
                       + u"<br>"_s + describePairing(m_request).toHtmlEscaped();
        if (m_session->trusts()->trustee(asker.id.value_or(QString())))
            text += u"<br>"_s
                    + tr("This organization already trusts %1: the trust cannot be created"
                         " twice.")
                          .arg(name.toHtmlEscaped());
        m_asker->setText(text);
        const QSignalBlocker blocker(m_users);
        m_users->clear();
        m_rolesByUser.clear();
        for (const OrgUser& u : m_request.users.value_or(QList<OrgUser>())) {
            auto* item = new QListWidgetItem(u.name.value_or(u.id.value_or(QString())), m_users);
            item->setData(kIdRole, u.id.value_or(QString()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        m_roles->setEnabled(m_users->count() > 0);
        m_sameForAll->setEnabled(m_users->count() > 0);
        m_users->setCurrentRow(0);
        showUser(m_users->currentItem());
        updateOk();
        if (m_users->count() > 0)
            m_roles->setFocus(); // what comes next: the first user's roles
    });
    connect(lookup, &Operation::finished, this, [this, lookup] {
        m_lookUp->setEnabled(true);
        lookup->deleteLater();
        updateOk();
    });
    lookup->start();
}

void AcceptPairingDialog::showUser(QListWidgetItem* item) {
    m_shownUser.clear();
    m_roles->setCheckedRoleIds(item ? m_rolesByUser.value(item->data(kIdRole).toString())
                                    : QStringList());
    m_shownUser = item ? item->data(kIdRole).toString() : QString();
}

void AcceptPairingDialog::updateOk() {
    int chosen = 0;
    int withoutRoles = 0;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() != Qt::Checked)
            continue;
        ++chosen;
        if (m_rolesByUser.value(m_users->item(i)->data(kIdRole).toString()).isEmpty())
            ++withoutRoles;
    }
    const QString asker = m_request.trustee.value_or(Organization{}).id.value_or(QString());
    const bool trusted = m_session && m_session->trusts()->trustee(asker);
    okButton()->setEnabled(!isBusy() && m_request.id && !trusted && chosen > 0
                           && withoutRoles == 0);
    okButton()->setToolTip(trusted       ? tr("This organization already trusts them.")
                           : chosen == 0 ? tr("Check at least one requested user.")
                           : withoutRoles
                               ? tr("%n chosen user(s) have no role yet.", nullptr, withoutRoles)
                               : QString());
}

Operation* AcceptPairingDialog::makeOperation() {
    QList<TrusteeGrant> grants;
    for (int i = 0; i < m_users->count(); ++i) {
        if (m_users->item(i)->checkState() != Qt::Checked)
            continue;
        const QString id = m_users->item(i)->data(kIdRole).toString();
        grants.append({id, m_rolesByUser.value(id)});
    }
    return new TrusteeCreation(m_session, m_request.id.value_or(QString()), grants,
                               m_enabled->isChecked(), expiryOf(m_expires, m_expiry));
}

bool AcceptPairingDialog::succeeded(Operation* op) {
    m_created = static_cast<TrusteeCreation*>(op)->result().id.value_or(QString());
    return true;
}

// ---- TrusteeSettingsDialog

TrusteeSettingsDialog::TrusteeSettingsDialog(OrgSession* session, const QString& trusteeOrgId,
                                             QWidget* parent)
    : OperationDialog(session, parent)
    , m_orgId(trusteeOrgId)
    , m_enabled(new QCheckBox(tr("&Enabled")))
    , m_disabledNote(new QLabel(tr("While the trust is disabled its users cannot work here, but"
                                   " they keep their roles: enabling it again gives them back"
                                   " the same access."))) {
    const TrusteeEntry* t = session->trusts()->trustee(trusteeOrgId);
    const QString name = t ? t->name() : trusteeOrgId;
    setWindowTitle(tr("Trust with %1").arg(name));
    m_enabled->setChecked(t && t->trustee.enabled.value_or(false));
    m_disabledNote->setWordWrap(true);
    m_disabledNote->setVisible(!m_enabled->isChecked());
    connect(m_enabled, &QCheckBox::toggled, m_disabledNote,
            [this](bool on) { m_disabledNote->setVisible(!on); });
    std::optional<QDateTime> current;
    if (t && t->trustee.dateExpired)
        current = t->trustee.dateExpired->dateTime();
    auto* layout = new QVBoxLayout;
    layout->addWidget(new QLabel(tr("What %1's users may do here stays as it is.").arg(name)));
    layout->addWidget(m_enabled);
    layout->addWidget(m_disabledNote);
    layout->addWidget(expiryRow(&m_expires, &m_expiry, current));
    layout->addStretch();
    setContent(layout, tr("&Apply"));
}

Operation* TrusteeSettingsDialog::makeOperation() {
    return new TrusteeUpdate(m_session, m_orgId, m_enabled->isChecked(),
                             expiryOf(m_expires, m_expiry));
}

// ---- TrusteeUserDialog

TrusteeUserDialog::TrusteeUserDialog(OrgSession* session, const QString& trusteeOrgId,
                                     const QString& userId, const QList<OrgUser>& offered,
                                     QWidget* parent)
    : OperationDialog(session, parent)
    , m_orgId(trusteeOrgId)
    , m_userId(userId)
    , m_roles(new RoleChecklist(session)) {
    const TrusteeEntry* t = session->trusts()->trustee(trusteeOrgId);
    const QString org = t ? t->name() : trusteeOrgId;
    auto* layout = new QVBoxLayout;
    if (userId.isEmpty()) {
        setWindowTitle(tr("Add a user of %1").arg(org));
        m_user = new QComboBox;
        m_user->setEditable(true);
        m_user->lineEdit()->setPlaceholderText(tr("A requested user, or paste a user id"));
        for (const OrgUser& u : offered)
            if (!t || !t->member(u.id.value_or(QString())))
                m_user->addItem(u.name.value_or(u.id.value_or(QString())),
                                u.id.value_or(QString()));
        m_user->setCurrentIndex(-1);
        const int count = t ? int(t->members.size()) : 0;
        auto* form = new QFormLayout;
        form->addRow(tr("&User:"), m_user);
        layout->addLayout(form);
        layout->addWidget(new QLabel(
            tr("The trust has %1 of at most %2 users.").arg(count).arg(TrusteeEntry::kMaxUsers)));
    } else {
        const TrusteeMember* m = t ? t->member(userId) : nullptr;
        const QString name = m ? m->user.name.value_or(userId) : userId;
        setWindowTitle(tr("Roles of %1 here").arg(name));
        layout->addWidget(
            new QLabel(tr("What %1 of %2 may do in this organization:").arg(name, org)));
        QStringList held;
        if (m)
            for (const DomainRole& r : m->roles.roles.value_or(QList<DomainRole>()))
                held.append(r.id.value_or(QString()));
        m_roles->setCheckedRoleIds(held);
    }
    layout->addWidget(m_roles, 1);
    setContent(layout, userId.isEmpty() ? tr("&Add user") : tr("&Save roles"));
    resize(460, 520);
}

Operation* TrusteeUserDialog::makeOperation() {
    if (!m_userId.isEmpty())
        return TrusteeUserChange::setRoles(m_session, m_orgId, m_userId, m_roles->checkedRoleIds());
    // A name from the list stands for its id; anything else typed is an id.
    QString id = m_user->currentText().trimmed();
    const int i = m_user->findText(id);
    if (i >= 0)
        id = m_user->itemData(i).toString();
    if (m_roles->checkedRoleIds().isEmpty()) {
        showError(tr("Choose at least one role for the new user."));
        return nullptr;
    }
    return new TrusteeUserAddition(m_session, m_orgId, {id, m_roles->checkedRoleIds()});
}

// ---- UserChecklist

UserChecklist::UserChecklist(OrgSession* session, bool single, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_single(single)
    , m_list(new QListWidget) {
    m_filter = filterEdit(m_list, tr("Filter by name or email"));
    m_list->setAccessibleName(tr("This organization's users"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    if (m_single)
        connect(m_list, &QListWidget::currentRowChanged, this, &UserChecklist::changed);
    else
        connect(m_list, &QListWidget::itemChanged, this, &UserChecklist::changed);
    if (session && !session->users()->isLoaded()) {
        connect(session->users(), &UserDirectory::loaded, this, &UserChecklist::fill);
        session->users()->load();
    }
    fill();
}

void UserChecklist::fill() {
    m_list->clear();
    if (!m_session)
        return;
    QList<User> users = m_session->users()->users();
    std::sort(users.begin(), users.end(), [](const User& a, const User& b) {
        return a.name.value_or(QString()).localeAwareCompare(b.name.value_or(QString())) < 0;
    });
    for (const User& u : users) {
        const QString email = u.email.value_or(QString());
        auto* item = new QListWidgetItem(email.isEmpty()
                                             ? u.name.value_or(QString())
                                             : u"%1 <%2>"_s.arg(u.name.value_or(QString()), email),
                                         m_list);
        item->setData(kIdRole, u.id.value_or(QString()));
        if (!m_single) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

QStringList UserChecklist::checkedUserIds() const {
    if (!m_single)
        return checkedIds(m_list);
    QListWidgetItem* item = m_list->currentItem();
    return item ? QStringList{item->data(kIdRole).toString()} : QStringList();
}

bool UserChecklist::check(const QString& userName) {
    if (!m_single)
        return checkByText(m_list, userName, true);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->text().startsWith(userName)) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

// ---- RequestPairingDialog

RequestPairingDialog::RequestPairingDialog(OrgSession* session, QString bookDirectory,
                                           QWidget* parent)
    : OperationDialog(session, parent)
    , m_bookDirectory(std::move(bookDirectory))
    , m_users(new UserChecklist(session, false))
    , m_done(new QWidget)
    , m_id(new QLineEdit)
    , m_copy(new QPushButton(QIcon(u":/icons/copy.svg"_s), tr("&Copy id")))
    , m_summary(new QLabel) {
    setWindowTitle(tr("Request access to another organization"));
    auto* intro = new QLabel(tr("Choose the users of this organization who need access. RoleDesk"
                                " makes a pairing; send its id to the other organization's admin,"
                                " who accepts it there and chooses their roles."));
    intro->setWordWrap(true);
    m_id->setReadOnly(true);
    m_summary->setWordWrap(true);
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(new QLabel(tr("Pairing id:")));
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copy);
    auto* doneLayout = new QVBoxLayout(m_done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addLayout(idRow);
    doneLayout->addWidget(m_summary);
    m_done->hide();
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_id->text()); });
    auto* layout = new QVBoxLayout;
    layout->addWidget(intro);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_done);
    setContent(layout, tr("&Make pairing"));
    resize(520, 520);
}

Operation* RequestPairingDialog::makeOperation() {
    return new PairingRequest(m_session, m_users->checkedUserIds(), m_bookDirectory);
}

bool RequestPairingDialog::succeeded(Operation* op) {
    m_result = static_cast<PairingRequest*>(op)->result();
    m_id->setText(m_result.id.value_or(QString()));
    m_summary->setText(describePairing(m_result));
    m_users->setEnabled(false);
    m_done->show();
    okButton()->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cl&ose"));
    m_id->selectAll();
    m_id->setFocus();
    return false;
}

// ---- TrustorUserDialog

TrustorUserDialog::TrustorUserDialog(OrgSession* session, const QString& trustorOrgId,
                                     QWidget* parent)
    : OperationDialog(session, parent)
    , m_orgId(trustorOrgId)
    , m_users(new UserChecklist(session, true)) {
    const TrustorEntry* t = session->trusts()->trustor(trustorOrgId);
    const QString org = t ? t->name() : trustorOrgId;
    setWindowTitle(tr("Add one of our users to %1").arg(org));
    auto* note = new QLabel(tr("The user can then sign in to %1, but %1's admin must still give"
                               " them roles there.")
                                .arg(org));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout;
    layout->addWidget(m_users, 1);
    layout->addWidget(note);
    setContent(layout, tr("&Add user"));
    resize(460, 480);
}

Operation* TrustorUserDialog::makeOperation() {
    const QStringList ids = m_users->checkedUserIds();
    if (ids.isEmpty()) {
        showError(tr("Choose one of this organization's users."));
        return nullptr;
    }
    return TrustorUserChange::add(m_session, m_orgId, ids.first());
}
