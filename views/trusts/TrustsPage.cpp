#include "trusts/TrustsPage.h"

#include "access/SessionAccess.h"
#include "common/LoadState.h"
#include "common/MessageBox.h"
#include "org/OrgSession.h"
#include "roles/RoleStore.h"
#include "trusts/AuditPane.h"
#include "trusts/Pairing.h"
#include "trusts/TrustDialogs.h"
#include "trusts/TrustListModel.h"
#include "trusts/TrustStore.h"
#include "trusts/TrusteeChange.h"
#include "trusts/TrustorChange.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

//! Shows only the rows whose id (under `role`) is in the set, when there is one.
class IdFilter : public QSortFilterProxyModel {
public:
    IdFilter(int role, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_role(role) {}
    void setIds(std::optional<QStringList> ids) {
        beginFilterChange();
        m_ids = std::move(ids);
        endFilterChange();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        return !m_ids
               || m_ids->contains(sourceModel()->index(row, 0, parent).data(m_role).toString());
    }

private:
    // Qt 6.4 has only invalidateFilter(); the pair reads as the later API does.
    void beginFilterChange() {}
    void endFilterChange() { invalidateFilter(); }

    int m_role;
    std::optional<QStringList> m_ids;
};

QLabel* boldLabel(const QString& text) {
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

//! The list, or the sentence that says it is empty. It lets go of the model before it goes
//! (a QTreeWidget's own model still signals while the widgets are being destroyed).
class EmptyStateStack : public QStackedWidget {
public:
    EmptyStateStack(QTreeView* view, const QString& empty)
        : m_model(view->model())
        , m_empty(empty) {
        auto* label = new QLabel(empty);
        m_label = label;
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setWordWrap(true);
        label->setContentsMargins(6, 6, 6, 6);
        label->setFrameShape(QFrame::StyledPanel);
        addWidget(view);
        addWidget(label);
        const auto update = [this] { setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0); };
        connect(m_model, &QAbstractItemModel::modelReset, this, update);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, update);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, update);
        update();
    }
    ~EmptyStateStack() override {
        if (m_model)
            m_model->disconnect(this);
    }
    //! Until the list has been read, the sentence says so (`reading`) instead of "none".
    void setReading(const QString& reading) {
        m_label->setText(reading.isEmpty() ? m_empty : reading);
    }

private:
    QPointer<QAbstractItemModel> m_model;
    QString m_empty;
    QLabel* m_label;
};

EmptyStateStack* withEmptyState(QTreeView* view, const QString& empty) {
    return new EmptyStateStack(view, empty);
}

QStringList namesOf(const QList<TrustUser>& users) {
    QStringList out;
    for (const TrustUser& u : users)
        out.append(u.name.value_or(u.id.value_or(QString())));
    return out;
}

} // namespace

TrustsPage::TrustsPage(QWidget* parent)
    : QWidget(parent)
    , m_trusteeModel(new TrustListModel(TrustStore::Side::Trustees, this))
    , m_trustorModel(new TrustListModel(TrustStore::Side::Trustors, this))
    , m_trusteeMemberModel(new TrustMemberModel(TrustStore::Side::Trustees, this))
    , m_trustorMemberModel(new TrustMemberModel(TrustStore::Side::Trustors, this))
    , m_trusteeFilter(new IdFilter(TrustListModel::IdRole, this))
    , m_trusteeMemberFilter(new IdFilter(TrustMemberModel::IdRole, this))
    , m_tabs(new QTabWidget)
    , m_audits(new AuditPane)
    , m_trusteeUsersTitle(boldLabel({}))
    , m_trustorUsersTitle(boldLabel({}))
    , m_findingShown(new QLabel) {
    for (QLabel* title : {m_trusteeUsersTitle, m_trustorUsersTitle}) {
        title->setWordWrap(true);
        title->setMinimumWidth(120);
    }
    m_trusteeFilter->setSourceModel(m_trusteeModel);
    m_trusteeFilter->setSortRole(TrustListModel::SortRole);
    m_trusteeMemberFilter->setSourceModel(m_trusteeMemberModel);
    m_tabs->addTab(buildTrustees(), QIcon(u":/icons/trusts.svg"_s),
                   tr("Access to &this organization"));
    m_tabs->addTab(buildTrustors(), tr("Organi&zations that trust this one"));
    m_tabs->addTab(buildPairings(), tr("&Pairings"));
    m_tabs->addTab(m_audits, tr("Aud&its"));
    connect(m_audits, &AuditPane::errorOccurred, this, &TrustsPage::errorOccurred);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildPosture());
    layout->addWidget(m_tabs, 1);
    addUserMenu(m_trusteeUsers, TrustStore::Side::Trustees);
    addUserMenu(m_trustorUsers, TrustStore::Side::Trustors);
    updateActions();
}

QTreeView* TrustsPage::makeList(QAbstractItemModel* model, const QString& name) {
    auto* view = new QTreeView;
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrustsPage::updateActions);
    // Something is always chosen when there is something: the users below follow it.
    const auto chooseFirst = [view] {
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    };
    connect(model, &QAbstractItemModel::modelReset, view, chooseFirst);
    connect(model, &QAbstractItemModel::rowsInserted, view, chooseFirst);
    connect(model, &QAbstractItemModel::rowsRemoved, view, chooseFirst);
    connect(model, &QAbstractItemModel::layoutChanged, view, chooseFirst);
    return view;
}

void TrustsPage::addUserMenu(QTreeView* view, TrustStore::Side side) {
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* again = new QAction(tr("Read this user again"), view);
    connect(again, &QAction::triggered, this, [this, side] { readUserAgain(side); });
    view->addAction(again);
    const QStringList keys = side == TrustStore::Side::Trustees
                                 ? QStringList{u"roles"_s, u"removeRoles"_s, u"removeUser"_s}
                                 : QStringList{u"removeOurUser"_s};
    for (const QString& key : keys) {
        QPushButton* button = m_buttons.value(key);
        if (!button)
            continue;
        auto* action = new QAction(button->text().remove(u'&'), view);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        view->addAction(action);
    }
}

QWidget* TrustsPage::buildPosture() {
    auto* box = new QWidget;
    box->setObjectName(u"trustPosture"_s);
    // Two findings a row, so the strip fits a narrow window in any language.
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(0);
    for (int f = 0; f < int(TrustPosture::Finding::Count); ++f) {
        const auto finding = TrustPosture::Finding(f);
        auto* button = new QToolButton;
        button->setAutoRaise(true);
        button->setToolTip(tr("Show the matching rows"));
        connect(button, &QToolButton::clicked, this, [this, finding] { showFinding(finding); });
        m_findings.insert(finding, button);
        grid->addWidget(button, f / 2, f % 2, Qt::AlignLeft);
    }
    m_findingShown->hide();
    connect(m_findingShown, &QLabel::linkActivated, this,
            [this] { showFinding(TrustPosture::Finding::Count); });
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(boldLabel(tr("Trust posture:")), 0, Qt::AlignTop);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_findingShown, 0, Qt::AlignTop);
    updatePosture();
    return box;
}

QWidget* TrustsPage::buildTrustees() {
    const auto button = [this](const QString& key, const QString& text, void (TrustsPage::*act)(),
                               const QString& tip = {}) {
        auto* b = new QPushButton(text);
        b->setToolTip(tip);
        b->setProperty("baseToolTip", tip); // what it does; updateActions() adds why not
        connect(b, &QPushButton::clicked, this, act);
        m_buttons.insert(key, b);
        return b;
    };
    m_trustees = makeList(m_trusteeFilter, tr("Trustees"));
    m_trustees->setSortingEnabled(true);
    m_trustees->sortByColumn(int(TrustListModel::Column::Name), Qt::AscendingOrder);
    m_trusteeUsers = makeList(m_trusteeMemberFilter, tr("Trustee users"));
    connect(m_trustees->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_trusteeMemberModel->setOrganization(currentTrustee());
        readMissingRoles(currentTrustee());
    });
    connect(m_trustees, &QTreeView::doubleClicked, this, &TrustsPage::editTrust);
    connect(m_trusteeUsers, &QTreeView::doubleClicked, this, &TrustsPage::changeRoles);
    for (auto* model : {static_cast<QAbstractItemModel*>(m_trusteeMemberFilter),
                        static_cast<QAbstractItemModel*>(m_trusteeFilter)})
        connect(model, &QAbstractItemModel::modelReset, this, &TrustsPage::updateActions);

    auto* intro = new QLabel(tr("Organizations whose users may work in this one, and what each"
                                " of those users may do here."));
    intro->setWordWrap(true);
    auto* trustRow = new QHBoxLayout;
    trustRow->addWidget(button(u"accept"_s, tr("&Accept a pairing…"), &TrustsPage::acceptPairing,
                               tr("Let another organization in: paste the pairing id its admin"
                                  " sent you.")));
    trustRow->addWidget(
        button(u"edit"_s, tr("Enable, disable or &expire…"), &TrustsPage::editTrust));
    trustRow->addWidget(button(u"delete"_s, tr("&Delete trust…"), &TrustsPage::deleteTrust));
    trustRow->addWidget(button(u"refresh"_s, tr("Re&fresh"), &TrustsPage::refreshTrust,
                               tr("Read the trust and its users again.")));
    trustRow->addStretch();
    auto* userRow = new QHBoxLayout;
    userRow->addWidget(m_trusteeUsersTitle, 1);
    userRow->addWidget(button(u"addUser"_s, tr("Add &user…"), &TrustsPage::addTrusteeUser));
    userRow->addWidget(button(u"roles"_s, tr("Chan&ge roles…"), &TrustsPage::changeRoles));
    userRow->addWidget(button(u"removeRoles"_s, tr("Remove all roles…"), &TrustsPage::removeRoles));
    userRow->addWidget(button(u"removeUser"_s, tr("Remove user…"), &TrustsPage::removeTrusteeUser));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(intro);
    topLayout->addLayout(trustRow);
    m_trusteesEmpty = withEmptyState(
        m_trustees, tr("No organization has access to this one. To let one in, ask its admin"
                       " for a pairing id and accept it here."));
    topLayout->addWidget(m_trusteesEmpty);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(userRow);
    bottomLayout->addWidget(m_trusteeUsers);
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"trusteesSplitter"_s);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto* box = new QWidget; // the same margins as the other tabs
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(split);
    return box;
}

QWidget* TrustsPage::buildTrustors() {
    const auto button = [this](const QString& key, const QString& text, void (TrustsPage::*act)()) {
        auto* b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, act);
        m_buttons.insert(key, b);
        return b;
    };
    m_trustors = makeList(m_trustorModel, tr("Trustors"));
    for (auto column :
         {TrustListModel::Column::UsesDefaultRole, TrustListModel::Column::HasFullAccess,
          TrustListModel::Column::IsTrustedUser})
        m_trustors->setColumnHidden(int(column), true);
    m_trustorUsers = makeList(m_trustorMemberModel, tr("Our users there"));
    connect(m_trustors->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_trustorMemberModel->setOrganization(currentTrustor()); });
    connect(m_trustorMemberModel, &QAbstractItemModel::modelReset, this,
            &TrustsPage::updateActions);
    auto* intro = new QLabel(tr("Organizations that let this one in. Their admins decide what our"
                                " users may do there; here you choose which of our users go."));
    intro->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(button(u"leave"_s, tr("&Leave trust…"), &TrustsPage::leaveTrust));
    row->addWidget(button(u"refreshTrustor"_s, tr("Refres&h"), &TrustsPage::refreshTrustor));
    row->addStretch();
    auto* userRow = new QHBoxLayout;
    userRow->addWidget(m_trustorUsersTitle, 1);
    userRow->addWidget(
        button(u"addOurUser"_s, tr("Add one of our users…"), &TrustsPage::addTrustorUser));
    userRow->addWidget(
        button(u"removeOurUser"_s, tr("Remove user…"), &TrustsPage::removeTrustorUser));
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(row);
    m_trustorsEmpty = withEmptyState(
        m_trustors,
        tr("No organization gives this one access. Ask one for access under Pairings."));
    layout->addWidget(m_trustorsEmpty, 1);
    layout->addLayout(userRow);
    layout->addWidget(m_trustorUsers, 1);
    return box;
}

QWidget* TrustsPage::buildPairings() {
    m_pairings = new QTreeWidget;
    m_pairings->setHeaderLabels({tr("Pairing id"), tr("Made"), tr("Users")});
    m_pairings->setRootIsDecorated(false);
    m_pairings->setAlternatingRowColors(true);
    m_pairings->setAccessibleName(tr("Pairings this organization asked for"));
    m_pairings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_pairings, &QTreeWidget::currentItemChanged, this, &TrustsPage::updateActions);
    auto* intro = new QLabel(tr("To work in another organization, ask it for access: RoleDesk"
                                " makes a pairing naming some of our users; its admin accepts"
                                " the pairing id there. Pairings made here are remembered until"
                                " you forget them."));
    intro->setWordWrap(true);
    auto* row = new QHBoxLayout;
    const auto button = [this, row](const QString& key, const QString& text,
                                    void (TrustsPage::*act)()) {
        auto* b = new QPushButton(text);
        connect(b, &QPushButton::clicked, this, act);
        m_buttons.insert(key, b);
        row->addWidget(b);
    };
    button(u"request"_s, tr("Re&quest access to another organization…"),
           &TrustsPage::requestPairing);
    button(u"copyPairing"_s, tr("&Copy id"), &TrustsPage::copyPairing);
    button(u"lookUp"_s, tr("&Look up again"), &TrustsPage::lookUpPairing);
    button(u"forget"_s, tr("&Forget"), &TrustsPage::forgetPairing);
    row->addStretch();
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(
        withEmptyState(m_pairings, tr("No pairing made here is remembered for this organization.")),
        1);
    return box;
}

void TrustsPage::setSession(OrgSession* session) {
    if (m_session) {
        m_session->trusts()->disconnect(this);
        m_session->roles()->disconnect(this);
        m_session->access()->disconnect(this);
        m_session->disconnect(this);
    }
    m_session = session;
    // The users first: choosing the first organization of a list fills them.
    m_trusteeMemberModel->setStore(session ? session->trusts() : nullptr);
    m_trustorMemberModel->setStore(session ? session->trusts() : nullptr);
    m_trusteeModel->setStore(session ? session->trusts() : nullptr);
    m_trustorModel->setStore(session ? session->trusts() : nullptr);
    m_trusteeMemberModel->setOrganization(currentTrustee());
    m_trustorMemberModel->setOrganization(currentTrustor());
    m_audits->setSession(session);
    if (session) {
        followLoad(session, this, [this] { showReadState(); });
        TrustStore* store = session->trusts();
        for (auto signal : {&TrustStore::added, &TrustStore::changed, &TrustStore::removed})
            connect(store, signal, this, [this] {
                updatePosture();
                updateActions();
            });
        connect(store, &TrustStore::sideReset, this, [this] {
            updatePosture();
            updateActions();
            readMissingRoles(currentTrustee());
            readMissingRoles({});
        });
        connect(session->roles(), &RoleStore::rolesReset, this, &TrustsPage::updatePosture);
        connect(session->access(), &SessionAccess::changed, this, &TrustsPage::updateActions);
    }
    m_finding.reset();
    showFinding(TrustPosture::Finding::Count);
    fillPairings();
    updatePosture();
    updateActions();
}

void TrustsPage::setPairingDirectory(const QString& directory) {
    m_pairingDirectory = directory;
    fillPairings();
}

void TrustsPage::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

void TrustsPage::select(const QString& orgId) {
    const QModelIndex trustee = m_trusteeFilter->mapFromSource(m_trusteeModel->indexOf(orgId));
    if (trustee.isValid()) {
        showTab(Tab::Trustees);
        m_trustees->setCurrentIndex(trustee);
        m_trustees->scrollTo(trustee);
        m_trustees->setFocus();
        return;
    }
    const QModelIndex trustor = m_trustorModel->indexOf(orgId);
    if (trustor.isValid()) {
        showTab(Tab::Trustors);
        m_trustors->setCurrentIndex(trustor);
        m_trustors->scrollTo(trustor);
        m_trustors->setFocus();
    }
}

QString TrustsPage::currentTrustee() const {
    return m_trustees->currentIndex().data(TrustListModel::IdRole).toString();
}

QString TrustsPage::currentTrustor() const {
    return m_trustors->currentIndex().data(TrustListModel::IdRole).toString();
}

QString TrustsPage::currentTrusteeUser() const {
    return m_trusteeUsers->currentIndex().data(TrustMemberModel::IdRole).toString();
}

QString TrustsPage::currentTrustorUser() const {
    return m_trustorUsers->currentIndex().data(TrustMemberModel::IdRole).toString();
}

bool TrustsPage::isBusy() const {
    for (const QPointer<Operation>& op : m_running)
        if (Operation::isRunning(op))
            return true;
    return false;
}

void TrustsPage::updateActions() {
    const bool writable = m_session && !m_session->isReadOnly();
    const TrusteeEntry* trustee =
        m_session ? m_session->trusts()->trustee(currentTrustee()) : nullptr;
    const TrustorEntry* trustor =
        m_session ? m_session->trusts()->trustor(currentTrustor()) : nullptr;
    const bool trusteeUser = trustee && !currentTrusteeUser().isEmpty();
    const AccessRights may = m_session ? m_session->access()->rights() : AccessRights();
    // Each button with the permission its operation needs (ENDPOINTS.md); "all" where every
    // one of them is needed.
    const auto enable = [this, &may](const QString& key, bool on, const QString& why,
                                     const QStringList& needs, bool all = false) {
        QPushButton* b = m_buttons.value(key);
        if (!b)
            return;
        QStringList full;
        for (const QString& n : needs)
            full.append(u"authorization:"_s + n);
        const QString lacking = all ? may.whyNotAll(full) : may.whyNot(full);
        const QString base = b->property("baseToolTip").toString();
        b->setEnabled(on && lacking.isEmpty());
        b->setToolTip(!lacking.isEmpty()    ? base + u'\n' + lacking
                      : on || why.isEmpty() ? base
                                            : why);
    };
    const QString readOnly = tr("Read-only: this is a snapshot, or there is no connection.");
    enable(u"accept"_s, writable, readOnly, {u"orgTrustee:add"_s, u"orgTrusteeUser:add"_s}, true);
    enable(u"edit"_s, writable && trustee, {}, {u"orgTrustee:edit"_s});
    enable(u"delete"_s, writable && trustee, {}, {u"orgTrustee:delete"_s});
    enable(u"refresh"_s, writable && trustee, {}, {u"orgTrustee:view"_s});
    const bool full = trustee && trustee->members.size() >= TrusteeEntry::kMaxUsers;
    enable(u"addUser"_s, writable && trustee && !full,
           full ? tr("The trust already has %1 users, the most it can hold.")
                      .arg(TrusteeEntry::kMaxUsers)
                : QString(),
           {u"orgTrusteeUser:add"_s});
    enable(u"roles"_s, writable && trusteeUser, {}, {u"orgTrusteeUser:edit"_s});
    enable(u"removeRoles"_s, writable && trusteeUser, {}, {u"orgTrusteeUser:delete"_s});
    enable(u"removeUser"_s, writable && trusteeUser, {}, {u"orgTrusteeUser:delete"_s});
    enable(u"leave"_s, writable && trustor, {}, {u"orgTrustor:delete"_s});
    enable(u"refreshTrustor"_s, writable && trustor, {}, {u"orgTrustor:view"_s});
    enable(u"addOurUser"_s, writable && trustor, {}, {u"orgTrusteeUser:add"_s}, true);
    enable(u"removeOurUser"_s, writable && trustor && !currentTrustorUser().isEmpty(), {},
           {u"orgTrusteeUser:delete"_s});
    enable(u"request"_s, writable, readOnly, {u"orgTrustee:add"_s});
    const bool pairing = m_pairings->currentItem() != nullptr;
    enable(u"copyPairing"_s, pairing, {}, {});
    enable(u"lookUp"_s, writable && pairing, {}, {u"orgTrustee:view"_s, u"orgTrustor:view"_s});
    enable(u"forget"_s, pairing, {}, {});
    m_trusteeUsersTitle->setText(trustee ? tr("Users of %1 — %2 / %3")
                                               .arg(trustee->name())
                                               .arg(trustee->members.size())
                                               .arg(TrusteeEntry::kMaxUsers)
                                         : tr("Choose an organization to see its users here."));
    m_trustorUsersTitle->setText(trustor ? tr("Our users in %1").arg(trustor->name())
                                         : tr("Choose an organization to see our users there."));
}

void TrustsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    readMissingRoles({});
}

void TrustsPage::readMissingRoles(const QString& trusteeOrgId) {
    // A window's load leaves the trustee users' roles for this page: the trustee opened first,
    // then, in the background, every other (the posture needs them all).
    if (!m_session || m_session->isReadOnly() || !isVisible()
        || m_session->trusts()->membersWithoutRoles() == 0)
        return;
    const bool all = trusteeOrgId.isEmpty();
    QPointer<TrusteeRolesRead>& running = all ? m_readingAllRoles : m_readingRoles;
    if (Operation::isRunning(running)) {
        if (all || running->trusteeOrgIds().contains(trusteeOrgId))
            return;
        running->abort();
    }
    const TrusteeEntry* entry = all ? nullptr : m_session->trusts()->trustee(trusteeOrgId);
    if (!all && (!entry || entry->membersWithoutRoles() == 0))
        return;
    QStringList ids{trusteeOrgId};
    if (all) {
        ids = m_session->trusts()->ids(TrustStore::Side::Trustees);
        if (Operation::isRunning(m_readingRoles))
            for (const QString& id : m_readingRoles->trusteeOrgIds())
                ids.removeAll(id);
    }
    auto* read = new TrusteeRolesRead(m_session, ids);
    read->setInBackground(all);
    connect(read, &Operation::failed, this, [this](const OperationFailure& failure) {
        Q_EMIT errorOccurred(tr("Reading the roles of trustee users"), failure.status);
    });
    running = read;
    read->start();
}

void TrustsPage::showReadState() {
    const QString reading = notLoadedText(m_session, OrgDataLoader::Part::Trusts);
    static_cast<EmptyStateStack*>(m_trusteesEmpty)->setReading(reading);
    static_cast<EmptyStateStack*>(m_trustorsEmpty)->setReading(reading);
}

void TrustsPage::updatePosture() {
    showReadState();
    m_posture = m_session ? TrustPosture::assess(*m_session->trusts(), *m_session->roles())
                          : TrustPosture{};
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        const int count = m_posture.count(it.key());
        it.value()->setText(TrustPosture::describe(it.key(), count));
        it.value()->setEnabled(count > 0);
        QFont f = it.value()->font();
        f.setBold(count > 0);
        it.value()->setFont(f);
    }
    if (m_finding)
        applyFinding(*m_finding); // the rows behind it may have changed; the tab stays
}

void TrustsPage::showFinding(TrustPosture::Finding finding) {
    applyFinding(finding);
    if (finding == TrustPosture::Finding::Count)
        return;
    showTab(Tab::Trustees);
    if (m_trusteeFilter->rowCount() > 0)
        m_trustees->setCurrentIndex(m_trusteeFilter->index(0, 0));
}

void TrustsPage::applyFinding(TrustPosture::Finding finding) {
    auto* orgs = static_cast<IdFilter*>(m_trusteeFilter);
    auto* users = static_cast<IdFilter*>(m_trusteeMemberFilter);
    if (finding == TrustPosture::Finding::Count) {
        m_finding.reset();
        orgs->setIds(std::nullopt);
        users->setIds(std::nullopt);
        m_findingShown->hide();
        return;
    }
    m_finding = finding;
    if (TrustPosture::isUserFinding(finding)) {
        QStringList orgIds;
        QStringList userIds;
        for (const TrustPosture::Member& m : m_posture.members.value(finding)) {
            orgIds.append(m.orgId);
            userIds.append(m.userId);
        }
        orgs->setIds(orgIds);
        users->setIds(userIds);
    } else {
        orgs->setIds(m_posture.organizations.value(finding));
        users->setIds(std::nullopt);
    }
    m_findingShown->setText(
        tr("Showing: %1 · <a href=\"all\">show all</a>")
            .arg(TrustPosture::describe(finding, m_posture.count(finding)).toHtmlEscaped()));
    m_findingShown->show();
}

void TrustsPage::start(Operation* op, const QString& what, const QString& done) {
    m_running.removeAll(nullptr);
    m_running.append(op);
    op->setParent(this);
    connect(op, &Operation::failed, this,
            [this, what](const OperationFailure& f) { Q_EMIT errorOccurred(what, f.status); });
    connect(op, &Operation::succeeded, this, [this, done] { Q_EMIT message(done); });
    connect(op, &Operation::finished, this, &TrustsPage::updateActions);
    op->start();
    updateActions();
}

bool TrustsPage::confirm(const QString& title, const QString& text, const QString& details,
                         const QString& action) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box.setInformativeText(details);
    QPushButton* yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    return MessageBox::exec(box) == yes;
}

// ---- trustees

void TrustsPage::acceptPairing() {
    if (!m_session)
        return;
    AcceptPairingDialog dialog(m_session, this);
    if (MessageBox::exec(dialog) != QDialog::Accepted)
        return;
    const QString org = dialog.createdOrgId();
    // The pairing's users are offered again for "Add user" on this trust.
    QString error;
    PairingBook accepted(PairingBook(m_pairingDirectory).directory() + u"/accepted"_s);
    if (!accepted.remember(bookKey() + u'/' + org, dialog.pairing(), &error))
        Q_EMIT errorOccurred(tr("Remembering the accepted pairing"),
                             ApiStatus::invalidRequest(error));
    const TrusteeEntry* t = m_session->trusts()->trustee(org);
    Q_EMIT message(tr("%1 now has access to this organization.").arg(t ? t->name() : org));
    select(org);
}

void TrustsPage::editTrust() {
    const QString org = currentTrustee();
    if (!m_session || org.isEmpty() || m_session->isReadOnly())
        return;
    TrusteeSettingsDialog dialog(m_session, org, this);
    if (MessageBox::exec(dialog) == QDialog::Accepted)
        if (const TrusteeEntry* t = m_session->trusts()->trustee(org))
            Q_EMIT message(t->trustee.enabled.value_or(false)
                               ? tr("The trust with %1 is enabled.").arg(t->name())
                               : tr("The trust with %1 is disabled; its users keep their roles.")
                                     .arg(t->name()));
}

void TrustsPage::deleteTrust() {
    const TrusteeEntry* t = m_session ? m_session->trusts()->trustee(currentTrustee()) : nullptr;
    if (!t)
        return;
    QList<TrustUser> users;
    for (const TrusteeMember& m : t->members)
        users.append(m.user);
    const QString name = t->name();
    const QString org = t->id();
    if (!confirm(tr("Delete the trust"),
                 tr("Delete the trust with %1? Its users lose all access to this organization.")
                     .arg(name),
                 users.isEmpty()
                     ? tr("The trust has no users.")
                     : tr("These %n user(s) lose access: %1.", nullptr, int(users.size()))
                           .arg(namesOf(users).join(u", "_s)),
                 tr("Delete trust")))
        return;
    start(new TrusteeDeletion(m_session, org), tr("Deleting the trust with %1").arg(name),
          tr("The trust with %1 is deleted.").arg(name));
}

void TrustsPage::refreshTrust() {
    refresh(TrustStore::Side::Trustees);
}

void TrustsPage::refreshTrustor() {
    refresh(TrustStore::Side::Trustors);
}

void TrustsPage::refresh(TrustStore::Side side) {
    const bool trustee = side == TrustStore::Side::Trustees;
    const QString org = trustee ? currentTrustee() : currentTrustor();
    if (!m_session || org.isEmpty())
        return;
    Operation* op = trustee ? static_cast<Operation*>(new TrusteeRefresh(m_session, org))
                            : new TrustorRefresh(m_session, org);
    start(op, tr("Reading the trust again"), tr("The trust is up to date."));
}

void TrustsPage::readUserAgain(TrustStore::Side side) {
    const bool trustee = side == TrustStore::Side::Trustees;
    const QString org = trustee ? currentTrustee() : currentTrustor();
    const QString user = trustee ? currentTrusteeUser() : currentTrustorUser();
    if (!m_session || org.isEmpty() || user.isEmpty())
        return;
    Operation* op = trustee ? static_cast<Operation*>(new TrusteeRefresh(m_session, org, user))
                            : new TrustorRefresh(m_session, org, user);
    start(op, tr("Reading the user again"), tr("The user is up to date."));
}

void TrustsPage::addTrusteeUser() {
    const QString org = currentTrustee();
    if (!m_session || org.isEmpty())
        return;
    QList<OrgUser> offered;
    PairingBook accepted(PairingBook(m_pairingDirectory).directory() + u"/accepted"_s);
    for (const TrustRequest& p : accepted.pairings(bookKey() + u'/' + org))
        offered += p.users.value_or(QList<OrgUser>());
    TrusteeUserDialog dialog(m_session, org, {}, offered, this);
    if (MessageBox::exec(dialog) == QDialog::Accepted)
        Q_EMIT message(tr("The user is added to the trust."));
}

void TrustsPage::changeRoles() {
    const QString org = currentTrustee();
    const QString user = currentTrusteeUser();
    if (!m_session || org.isEmpty() || user.isEmpty() || m_session->isReadOnly())
        return;
    TrusteeUserDialog dialog(m_session, org, user, {}, this);
    if (MessageBox::exec(dialog) == QDialog::Accepted)
        Q_EMIT message(tr("The roles are saved."));
}

void TrustsPage::removeRoles() {
    const TrusteeEntry* t = m_session ? m_session->trusts()->trustee(currentTrustee()) : nullptr;
    const TrusteeMember* m = t ? t->member(currentTrusteeUser()) : nullptr;
    if (!m)
        return;
    const QString name = m->user.name.value_or(currentTrusteeUser());
    if (!confirm(tr("Remove all roles"),
                 tr("Remove every role %1 of %2 has here?").arg(name, t->name()),
                 tr("They stay a user of the trust, but can do nothing in this organization"
                    " until they are given roles again."),
                 tr("Remove all roles")))
        return;
    start(TrusteeUserChange::removeRoles(m_session, t->id(), currentTrusteeUser()),
          tr("Removing the roles of %1").arg(name), tr("%1 has no role here now.").arg(name));
}

void TrustsPage::removeTrusteeUser() {
    const TrusteeEntry* t = m_session ? m_session->trusts()->trustee(currentTrustee()) : nullptr;
    const TrusteeMember* m = t ? t->member(currentTrusteeUser()) : nullptr;
    if (!m)
        return;
    const QString name = m->user.name.value_or(currentTrusteeUser());
    if (!confirm(
            tr("Remove the user"), tr("Remove %1 from the trust with %2?").arg(name, t->name()),
            tr("%1 loses all access to this organization; the other users keep theirs.").arg(name),
            tr("Remove user")))
        return;
    start(TrusteeUserChange::removeUser(m_session, t->id(), currentTrusteeUser()),
          tr("Removing %1 from the trust").arg(name), tr("%1 is removed.").arg(name));
}

// ---- trustors

void TrustsPage::addTrustorUser() {
    const QString org = currentTrustor();
    if (!m_session || org.isEmpty())
        return;
    TrustorUserDialog dialog(m_session, org, this);
    if (MessageBox::exec(dialog) == QDialog::Accepted)
        Q_EMIT message(tr("The user is added; the other organization's admin must still give"
                          " them roles there."));
}

void TrustsPage::removeTrustorUser() {
    const TrustorEntry* t = m_session ? m_session->trusts()->trustor(currentTrustor()) : nullptr;
    if (!t)
        return;
    const QString user = currentTrustorUser();
    QString name = user;
    for (const TrustUser& u : t->members)
        if (u.id == user)
            name = u.name.value_or(user);
    if (!confirm(tr("Remove our user"), tr("Remove %1 from %2?").arg(name, t->name()),
                 tr("%1 can no longer work in %2.").arg(name, t->name()), tr("Remove user")))
        return;
    start(TrustorUserChange::remove(m_session, t->id(), user),
          tr("Removing %1 from %2").arg(name, t->name()), tr("%1 is removed.").arg(name));
}

void TrustsPage::leaveTrust() {
    const TrustorEntry* t = m_session ? m_session->trusts()->trustor(currentTrustor()) : nullptr;
    if (!t)
        return;
    const QString name = t->name();
    if (!confirm(tr("Leave the trust"), tr("Leave the trust %1 gave this organization?").arg(name),
                 t->members.isEmpty() ? tr("None of our users is there.")
                                      : tr("These %n user(s) of ours lose access to %1: %2.",
                                           nullptr, int(t->members.size()))
                                            .arg(name, namesOf(t->members).join(u", "_s)),
                 tr("Leave trust")))
        return;
    start(new TrustorDeletion(m_session, t->id()), tr("Leaving the trust with %1").arg(name),
          tr("This organization no longer works in %1.").arg(name));
}

// ---- pairings

QString TrustsPage::bookKey() const {
    return m_session ? m_session->organizationId() : QString();
}

void TrustsPage::fillPairings() {
    m_pairings->clear();
    if (!m_session)
        return updateActions();
    QString error;
    for (const TrustRequest& p : PairingBook(m_pairingDirectory).pairings(bookKey(), &error)) {
        QStringList users;
        for (const OrgUser& u : p.users.value_or(QList<OrgUser>()))
            users.append(u.name.value_or(u.id.value_or(QString())));
        auto* item = new QTreeWidgetItem(
            m_pairings, {p.id.value_or(QString()),
                         p.dateCreated ? QLocale().toString(p.dateCreated->dateTime().toLocalTime(),
                                                            QLocale::ShortFormat)
                                       : QString(),
                         users.join(u", "_s)});
        item->setToolTip(2, users.join(u'\n'));
    }
    if (!error.isEmpty())
        Q_EMIT errorOccurred(tr("Reading the remembered pairings"),
                             ApiStatus::invalidRequest(error));
    updateActions();
}

void TrustsPage::requestPairing() {
    if (!m_session || m_session->isReadOnly())
        return;
    RequestPairingDialog dialog(m_session, PairingBook(m_pairingDirectory).directory(), this);
    MessageBox::exec(dialog);
    fillPairings();
    if (dialog.result().id) {
        showTab(Tab::Pairings);
        Q_EMIT message(tr("Pairing %1 made: send its id to the other organization's admin.")
                           .arg(*dialog.result().id));
    }
}

void TrustsPage::lookUpPairing() {
    QTreeWidgetItem* item = m_pairings->currentItem();
    if (!m_session || !item)
        return;
    const QString id = item->text(0);
    auto* lookup = new PairingLookup(m_session, id, true);
    lookup->setAutoDelete(false);
    m_running.append(lookup);
    lookup->setParent(this);
    connect(lookup, &Operation::finished, this, [this, lookup] {
        lookup->deleteLater();
        updateActions();
    });
    connect(lookup, &Operation::failed, this, [this, id](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Looking up pairing %1").arg(id), f.status);
    });
    connect(lookup, &Operation::succeeded, this, [this, lookup] {
        Q_EMIT message(
            tr("Pairing %1 is still valid. %2")
                .arg(lookup->result().id.value_or(QString()), describePairing(lookup->result())));
    });
    lookup->start();
}

void TrustsPage::copyPairing() {
    if (QTreeWidgetItem* item = m_pairings->currentItem())
        QApplication::clipboard()->setText(item->text(0));
}

void TrustsPage::forgetPairing() {
    QTreeWidgetItem* item = m_pairings->currentItem();
    if (!m_session || !item)
        return;
    QString error;
    if (!PairingBook(m_pairingDirectory).forget(bookKey(), item->text(0), &error))
        Q_EMIT errorOccurred(tr("Forgetting the pairing"), ApiStatus::invalidRequest(error));
    fillPairings();
}
