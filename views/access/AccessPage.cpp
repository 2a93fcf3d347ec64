#include "access/AccessPage.h"

#include "access/PermissionHoldersRead.h"
#include "catalog/CatalogStore.h"
#include "common/Completion.h"
#include "common/MessageBox.h"
#include "org/OrgSession.h"
#include "org/PrivateFile.h"
#include "roles/RoleStore.h"
#include "users/UserDirectory.h"
#include "users/UserRolesRead.h"

#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPermissionRole = Qt::UserRole;
constexpr int kRoleIdRole = Qt::UserRole + 1;

QTreeWidget* tree(const QStringList& headers, const QString& name) {
    auto* t = new QTreeWidget;
    t->setHeaderLabels(headers);
    t->setAccessibleName(name);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setSortingEnabled(false);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

AccessPage::AccessPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_permission(new QLineEdit)
    , m_hint(new QLabel)
    , m_grants(
          tree({tr("Role"), tr("Granted by policy"), tr("Condition")}, tr("Roles that grant it")))
    , m_holders(tree({tr("Person"), tr("Email"), tr("State"), tr("Organization"), tr("Through")},
                     tr("People who hold those roles")))
    , m_whoSummary(new QLabel)
    , m_export(new QPushButton(tr("Export CSV…")))
    , m_user(new QLineEdit)
    , m_userSummary(new QLabel)
    , m_userRoles(new QListWidget)
    , m_effectiveFilter(new QLineEdit)
    , m_effective(tree({tr("Permission"), tr("Granted by")}, tr("Effective permissions")))
    , m_detail(new QLabel) {
    m_tabs->addTab(buildWhoCan(), tr("Who can do this?"));
    m_tabs->addTab(buildWhyCan(), tr("Why can this person do that?"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

QWidget* AccessPage::buildWhoCan() {
    m_permission->setPlaceholderText(tr("A permission, e.g. routing:queue:edit"));
    m_permission->setClearButtonEnabled(true);
    m_permission->setAccessibleName(tr("Permission"));
    attachCompleter(m_permission);
    connect(m_permission, &QLineEdit::returnPressed, this, &AccessPage::askWhoCan);
    connect(m_permission->completer(), qOverload<const QString&>(&QCompleter::activated), this,
            [this] { askWhoCan(); });
    auto* ask = new QPushButton(tr("Show"));
    connect(ask, &QPushButton::clicked, this, &AccessPage::askWhoCan);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_export->setEnabled(false);
    m_export->setToolTip(tr("The roles and the people, as a CSV file for a spreadsheet"));
    connect(m_export, &QPushButton::clicked, this, &AccessPage::exportCsv);
    m_grants->setColumnWidth(0, 220);
    m_grants->setColumnWidth(1, 220);
    m_grants->setRootIsDecorated(false);
    m_holders->setRootIsDecorated(false);
    m_holders->setColumnWidth(0, 200);
    m_holders->setColumnWidth(1, 230);
    m_holders->setColumnWidth(2, 80);
    m_holders->setColumnWidth(3, 170);
    connect(m_grants, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT roleRequested(item->data(0, kRoleIdRole).toString());
    });
    m_grants->setToolTip(tr("Double-click a role to open it"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_permission, 1);
    row->addWidget(ask);
    row->addWidget(m_export);
    auto* grantsBox = new QWidget;
    auto* grantsLayout = new QVBoxLayout(grantsBox);
    grantsLayout->setContentsMargins(0, 0, 0, 0);
    grantsLayout->addWidget(new QLabel(tr("Roles that grant it")));
    grantsLayout->addWidget(m_grants);
    auto* holdersBox = new QWidget;
    auto* holdersLayout = new QVBoxLayout(holdersBox);
    holdersLayout->setContentsMargins(0, 0, 0, 0);
    holdersLayout->addWidget(new QLabel(tr("People who hold those roles")));
    holdersLayout->addWidget(m_holders);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(grantsBox);
    split->addWidget(holdersBox);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    layout->addWidget(m_whoSummary);
    m_hint->setText(tr("Type a permission (completed from the catalog) and press Enter: the roles"
                       " that grant it, wildcards and conditions included, and everyone who"
                       " holds them, partner organizations' users too."));
    return page;
}

QWidget* AccessPage::buildWhyCan() {
    m_user->setPlaceholderText(tr("A person, by name or email"));
    m_user->setClearButtonEnabled(true);
    m_user->setAccessibleName(tr("Person"));
    attachCompleter(m_user);
    connect(m_user, &QLineEdit::returnPressed, this, &AccessPage::askWhyCan);
    connect(m_user->completer(), qOverload<const QString&>(&QCompleter::activated), this,
            [this] { askWhyCan(); });
    auto* ask = new QPushButton(tr("Show"));
    connect(ask, &QPushButton::clicked, this, &AccessPage::askWhyCan);
    m_userSummary->setWordWrap(true);
    m_userSummary->setTextFormat(Qt::PlainText);
    m_userSummary->setText(tr("Pick a person: their roles, what those roles let them do, and"
                              " for each permission the role and policy that grants it."));
    m_userRoles->setAccessibleName(tr("Their roles"));
    m_userRoles->setMinimumWidth(180);
    connect(m_userRoles, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT roleRequested(item->data(kRoleIdRole).toString());
    });
    m_userRoles->setToolTip(tr("Double-click a role to open it"));
    m_effectiveFilter->setPlaceholderText(
        tr("Filter permissions, e.g. queue or routing:queue:edit"));
    m_effectiveFilter->setClearButtonEnabled(true);
    m_effectiveFilter->setAccessibleName(tr("Filter permissions"));
    connect(m_effectiveFilter, &QLineEdit::textChanged, this, &AccessPage::filterEffective);
    m_effective->setColumnWidth(0, 320);
    connect(m_effective, &QTreeWidget::currentItemChanged, this, &AccessPage::showGrantDetail);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->addWidget(m_user, 1);
    row->addWidget(ask);
    auto* rolesBox = new QWidget;
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->addWidget(new QLabel(tr("Their roles")));
    rolesLayout->addWidget(m_userRoles);
    auto* effectiveBox = new QWidget;
    auto* effectiveLayout = new QVBoxLayout(effectiveBox);
    effectiveLayout->setContentsMargins(0, 0, 0, 0);
    effectiveLayout->addWidget(m_effectiveFilter);
    effectiveLayout->addWidget(m_effective, 1);
    effectiveLayout->addWidget(m_detail);
    auto* split = new QSplitter;
    split->addWidget(rolesBox);
    split->addWidget(effectiveBox);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 800});
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_userSummary);
    layout->addWidget(split, 1);
    return page;
}

void AccessPage::setSession(OrgSession* session) {
    if (m_session) {
        disconnect(m_session->catalog(), nullptr, this, nullptr);
        disconnect(m_session->users(), nullptr, this, nullptr);
    }
    if (Operation::isRunning(m_holdersRead))
        m_holdersRead->abort();
    if (Operation::isRunning(m_rolesRead))
        m_rolesRead->abort();
    m_session = session;
    m_grants->clear();
    m_holders->clear();
    m_userRoles->clear();
    m_effective->clear();
    m_whoSummary->clear();
    m_detail->clear();
    m_export->setEnabled(false);
    if (session) {
        connect(session->catalog(), &CatalogStore::permissionsChanged, this,
                &AccessPage::updateCompleters);
        connect(session->users(), &UserDirectory::loaded, this, &AccessPage::updateCompleters);
    }
    updateCompleters();
}

void AccessPage::updateCompleters() {
    QStringList permissions, people;
    if (m_session) {
        permissions = m_session->catalog()->index().permissions();
        const UserDirectory* users = m_session->users();
        for (const User& u : users->users())
            people.append(users->describe(u.id.value_or(QString())));
    }
    setCompletions(m_permission, permissions);
    setCompletions(m_user, people);
}

void AccessPage::showWhoCan(const QString& permission) {
    m_tabs->setCurrentIndex(0);
    m_permission->setText(permission);
    askWhoCan();
}

void AccessPage::askWhoCan() {
    const QString permission = m_permission->text().trimmed();
    if (!m_session || permission.isEmpty())
        return;
    if (Operation::isRunning(m_holdersRead))
        m_holdersRead->abort();
    m_grants->clear();
    m_holders->clear();
    m_export->setEnabled(false);
    m_shownPermission.clear();
    const CatalogIndex::Lookup lookup = m_session->catalog()->index().lookup(permission);
    // A wildcard is not one permission: who holds "routing:*:*" is a different question.
    if (lookup == CatalogIndex::Lookup::Partial || permission.split(u':').contains(u"*"_s)) {
        m_hint->setText(tr("“%1” is not a permission: type domain:entity:action, e.g."
                           " routing:queue:edit.")
                            .arg(permission));
        m_hint->show();
        m_whoSummary->clear();
        return;
    }
    m_hint->setText(lookup == CatalogIndex::Lookup::Unknown
                        ? tr("“%1” is not in the catalog: only a wildcard can grant it, and the"
                             " service may not know it.")
                              .arg(permission)
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());

    auto* read = new PermissionHoldersRead(m_session, permission, this);
    m_holdersRead = read;
    m_whoSummary->setText(tr("Looking for the people who hold the roles…"));
    connect(read, &Operation::succeeded, this, [this, read] {
        m_shownPermission = read->permission();
        m_shownGrants = read->grants();
        m_shownHolders = read->holders();
        QFont italic = m_grants->font();
        italic.setItalic(true);
        for (const AccessAnswers::Grant& g : std::as_const(m_shownGrants)) {
            auto* item = new QTreeWidgetItem(
                m_grants, {g.roleName, g.policy, g.condition.isEmpty() ? QString() : g.condition});
            item->setData(0, kRoleIdRole, g.roleId);
            if (g.wildcard) {
                item->setFont(1, italic);
                item->setToolTip(1, tr("A wildcard policy: it grants every matching permission"));
            }
            if (!g.condition.isEmpty())
                item->setToolTip(2, g.condition);
        }
        for (const AccessAnswers::Holder& h : std::as_const(m_shownHolders)) {
            QString state = UserDirectory::stateText(h.state);
            if (state.isEmpty())
                state = h.state == "active"_L1 ? tr("active") : h.state;
            auto* item = new QTreeWidgetItem(
                m_holders, {h.name.isEmpty() ? h.userId : h.name, h.email, state,
                            h.organization.isEmpty() ? tr("This organization") : h.organization,
                            h.roleNames.join(u", "_s)});
            item->setToolTip(4, h.roleNames.join(u'\n'));
        }
        const QStringList& roles = read->roleIds();
        const int partners =
            int(std::count_if(m_shownHolders.cbegin(), m_shownHolders.cend(),
                              [](const auto& h) { return !h.organization.isEmpty(); }));
        m_whoSummary->setText(
            roles.isEmpty()
                ? tr("No role grants %1.").arg(m_shownPermission)
                : tr("%n role(s) grant %1", nullptr, int(roles.size())).arg(m_shownPermission)
                      + u"; "_s + tr("%n person(s) hold them", nullptr, int(m_shownHolders.size()))
                      + (partners > 0
                             ? u" ("_s + tr("%n from partner organizations", nullptr, partners)
                                   + u")"_s
                             : QString())
                      + u'.'
                      + (read->partnersUnread()
                             ? u' '
                                   + tr("Partner organizations' users could not be read, so they"
                                        " are not listed.")
                             : QString()));
        m_export->setEnabled(true);
    });
    connect(read, &Operation::failed, this, [this, permission](const OperationFailure& f) {
        m_whoSummary->setText(tr("The holders could not be read; see the errors panel."));
        Q_EMIT errorOccurred(tr("Finding who can do %1").arg(permission), f.status);
    });
    read->start();
}

QString AccessPage::csv() const {
    return AccessAnswers::toCsv(m_shownPermission, m_shownGrants, m_shownHolders);
}

void AccessPage::exportCsv() {
    if (m_shownPermission.isEmpty())
        return;
    QString name = m_shownPermission;
    name.replace(u':', u'-');
    QFileDialog dialog(this, tr("Export who can %1").arg(m_shownPermission), QDir::homePath(),
                       tr("CSV files (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"csv"_s);
    dialog.selectFile(tr("Who can %1.csv").arg(name));
    if (MessageBox::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    // It names people: readable by its owner only, like every file RoleDesk writes about them.
    if (!PrivateFile::write(path, csv().toUtf8(), tr("the CSV file"), &error))
        Q_EMIT errorOccurred(tr("Exporting who can %1").arg(m_shownPermission),
                             ApiStatus::invalidRequest(error));
    else
        m_whoSummary->setText(m_whoSummary->text() + u' '
                              + tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void AccessPage::showWhyCan(const QString& userId) {
    if (!m_session)
        return;
    m_tabs->setCurrentIndex(1);
    m_user->setText(m_session->users()->describe(userId));
    askWhyCan();
}

void AccessPage::askWhyCan() {
    if (!m_session)
        return;
    UserDirectory* users = m_session->users();
    if (!users->isLoaded()) {
        m_userSummary->setText(tr("Loading the organization's people…"));
        connect(users, &UserDirectory::loaded, this, &AccessPage::askWhyCan,
                Qt::SingleShotConnection);
        users->load();
        return;
    }
    const QString text = m_user->text().trimmed();
    const QString userId = users->resolve(text);
    m_userRoles->clear();
    m_effective->clear();
    m_detail->clear();
    if (userId.isEmpty()) {
        m_userSummary->setText(
            text.isEmpty()
                ? tr("Type a name or an email first.")
                : tr("No single person matches “%1”; pick one from the list.").arg(text));
        return;
    }
    if (Operation::isRunning(m_rolesRead))
        m_rolesRead->abort();
    auto* read = new UserRolesRead(m_session, userId, this);
    m_rolesRead = read;
    m_userSummary->setText(tr("Reading the roles of %1…").arg(users->displayName(userId)));
    connect(read, &Operation::succeeded, this, [this, read, userId] {
        showEffective(read->roleIds());
        const User* u = m_session->users()->find(userId);
        const QString state = u ? UserDirectory::stateText(*u) : QString();
        m_userSummary->setText(
            tr("%1 holds %n role(s)", nullptr, m_userRoles->count())
                .arg(m_session->users()->displayName(userId))
            + u"; "_s + tr("they grant %n permission(s).", nullptr, int(m_shownEffective.size()))
            + (state.isEmpty() ? QString()
                               : u' ' + tr("The account is %1: it cannot sign in.").arg(state)));
    });
    connect(read, &Operation::failed, this, [this](const OperationFailure& f) {
        m_userSummary->setText(tr("The roles could not be read; see the errors panel."));
        Q_EMIT errorOccurred(tr("Reading a person's roles"), f.status);
    });
    read->start();
}

void AccessPage::showEffective(const QStringList& roleIds) {
    QList<DomainOrganizationRole> roles;
    for (const QString& id : roleIds) {
        const DomainOrganizationRole* role = m_session->roles()->find(id);
        auto* item = new QListWidgetItem(role ? role->name.value_or(id) : id, m_userRoles);
        item->setData(kRoleIdRole, id);
        if (role)
            roles.append(*role);
        else
            item->setToolTip(tr("Not among the loaded roles"));
    }
    m_userRoles->sortItems();
    m_shownEffective = AccessAnswers::effectivePermissions(roles, m_session->catalog()->index());

    // domain -> entity -> action, each action with the roles that grant it.
    m_effective->setUpdatesEnabled(false);
    QHash<QString, QTreeWidgetItem*> domains, entities;
    QFont italic = m_effective->font();
    italic.setItalic(true);
    for (auto it = m_shownEffective.cbegin(); it != m_shownEffective.cend(); ++it) {
        const QStringList parts = it.key().split(u':');
        if (parts.size() != 3)
            continue;
        QTreeWidgetItem*& domain = domains[parts[0]];
        if (!domain)
            domain = new QTreeWidgetItem(m_effective, {parts[0]});
        QTreeWidgetItem*& entity = entities[parts[0] + u':' + parts[1]];
        if (!entity)
            entity = new QTreeWidgetItem(domain, {parts[1]});
        QStringList by;
        bool viaWildcard = false;
        for (const AccessAnswers::Grant& g : it.value()) {
            by.append(g.roleName);
            viaWildcard = viaWildcard || g.wildcard;
        }
        by.removeDuplicates();
        auto* action = new QTreeWidgetItem(entity, {parts[2], by.join(u", "_s)});
        action->setData(0, kPermissionRole, it.key());
        action->setToolTip(0, it.key());
        if (viaWildcard)
            action->setFont(1, italic);
    }
    for (QTreeWidgetItem* domain : std::as_const(domains))
        domain->setText(1, tr("%n permission(s)", nullptr, [domain] {
                            int n = 0;
                            for (int i = 0; i < domain->childCount(); ++i)
                                n += domain->child(i)->childCount();
                            return n;
                        }()));
    m_effective->sortItems(0, Qt::AscendingOrder);
    m_effective->setUpdatesEnabled(true);
    filterEffective(m_effectiveFilter->text());
}

void AccessPage::filterEffective(const QString& text) {
    const QString needle = text.trimmed();
    int shown = 0;
    for (int d = 0; d < m_effective->topLevelItemCount(); ++d) {
        QTreeWidgetItem* domain = m_effective->topLevelItem(d);
        bool domainShown = false;
        for (int e = 0; e < domain->childCount(); ++e) {
            QTreeWidgetItem* entity = domain->child(e);
            bool entityShown = false;
            for (int a = 0; a < entity->childCount(); ++a) {
                QTreeWidgetItem* action = entity->child(a);
                const bool match = needle.isEmpty()
                                   || action->data(0, kPermissionRole)
                                          .toString()
                                          .contains(needle, Qt::CaseInsensitive)
                                   || action->text(1).contains(needle, Qt::CaseInsensitive);
                action->setHidden(!match);
                entityShown = entityShown || match;
                shown += match ? 1 : 0;
            }
            entity->setHidden(!entityShown);
            entity->setExpanded(!needle.isEmpty() && entityShown);
            domainShown = domainShown || entityShown;
        }
        domain->setHidden(!domainShown);
        domain->setExpanded(!needle.isEmpty() && domainShown);
    }
    if (!needle.isEmpty() && shown == 0 && !m_shownEffective.isEmpty())
        m_detail->setText(tr("None of their permissions matches “%1”.").arg(needle));
    else if (!needle.isEmpty() && shown == 1)
        for (QTreeWidgetItemIterator it(m_effective, QTreeWidgetItemIterator::NotHidden); *it; ++it)
            if ((*it)->childCount() == 0 && !(*it)->data(0, kPermissionRole).isNull()) {
                m_effective->setCurrentItem(*it);
                break;
            }
}

void AccessPage::showGrantDetail() {
    QTreeWidgetItem* item = m_effective->currentItem();
    const QString permission = item ? item->data(0, kPermissionRole).toString() : QString();
    if (permission.isEmpty()) {
        m_detail->clear();
        return;
    }
    QStringList lines{tr("%1 is granted by:").arg(permission)};
    for (const AccessAnswers::Grant& g : m_shownEffective.value(permission)) {
        QString line = u"• "_s + tr("the role %1, policy %2").arg(g.roleName, g.policy);
        if (g.wildcard)
            line += u" ("_s + tr("wildcard") + u')';
        if (!g.condition.isEmpty())
            line += u", "_s + tr("only where %1").arg(g.condition);
        lines.append(line);
    }
    m_detail->setText(lines.join(u'\n'));
}
