#include "compare/ComparePage.h"

#include "access/SessionAccess.h"
#include "catalog/CatalogStore.h"
#include "common/AccessGate.h"
#include "common/MessageBox.h"
#include "compare/RestoreDialog.h"
#include "diff/DefaultRestore.h"
#include "diff/DiffTreeModel.h"
#include "diff/RoleMatrixModel.h"
#include "org/OrgSession.h"
#include "roles/PolicyEditing.h"
#include "roles/RoleStore.h"
#include "snapshot/SnapshotFile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using RoleDiff::Change;

//! Where the roles of one side come from: this org, another connected org, or a snapshot.
struct ComparePage::Source {
    enum class Kind { ThisOrg, OtherOrg, Snapshot } kind = Kind::ThisOrg;
    QString label;
    QPointer<OrgSession> session;
    std::shared_ptr<OrgData> snapshot;
    CatalogIndex snapshotCatalog;

    QList<DomainOrganizationRole> roles() const {
        if (snapshot)
            return snapshot->roles;
        return session ? session->roles()->roles() : QList<DomainOrganizationRole>();
    }
    CatalogIndex catalog() const {
        if (snapshot)
            return snapshotCatalog;
        return session ? session->catalog()->index() : CatalogIndex();
    }
};

namespace {

constexpr int kRightDefault = 0; //!< the right source box starts with "its default"

QLabel* wrapped(const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString serverLists(const DomainOrgRoleDifference& d) {
    const auto lines = [](const char* title,
                          const std::optional<QList<DomainPermissionPolicy>>& l) {
        QStringList out{QCoreApplication::translate("ComparePage", title)};
        for (const QString& line :
             PolicyEditing::grantLines(l.value_or(QList<DomainPermissionPolicy>())))
            out.append(u"  "_s + line);
        if (out.size() == 1)
            out.append(u"  "_s + QCoreApplication::translate("ComparePage", "(none)"));
        return out.join(u'\n');
    };
    return lines(QT_TRANSLATE_NOOP("ComparePage",
                                   "addedPermissionPolicies (in the role, not in its default):"),
                 d.addedPermissionPolicies)
           + u"\n\n"_s
           + lines(
               QT_TRANSLATE_NOOP("ComparePage",
                                 "removedPermissionPolicies (in the default, not in the role):"),
               d.removedPermissionPolicies)
           + u"\n\n"_s
           + lines(QT_TRANSLATE_NOOP("ComparePage", "samePermissionPolicies:"),
                   d.samePermissionPolicies);
}

} // namespace

ComparePage::ComparePage(QWidget* parent)
    : QWidget(parent)
    , m_toolbar(new QToolBar)
    , m_sourceBox{new QComboBox, new QComboBox}
    , m_roleBox{new QComboBox, new QComboBox}
    , m_compare(new QPushButton(tr("Compare")))
    , m_summary(wrapped())
    , m_agreement(wrapped())
    , m_showServer(new QPushButton(tr("Show the server's answer")))
    , m_serverView(new QPlainTextEdit)
    , m_tabs(new QTabWidget)
    , m_model(new DiffTreeModel(this))
    , m_proxy(new DiffFilterProxy(this))
    , m_tree(new QTreeView)
    , m_differencesOnly(new QCheckBox(tr("Only differences")))
    , m_search(new QLineEdit)
    , m_takeBack(new QPushButton(tr("Take back checked…")))
    , m_matrixRoles(new QListWidget)
    , m_matrixFilter(new QLineEdit)
    , m_matrix(new RoleMatrixModel(this))
    , m_matrixView(new QTableView)
    , m_matrixDifferencesOnly(new QCheckBox(tr("Only rows that differ")))
    , m_matrixSummary(wrapped()) {
    // Two menus, not eight buttons: the bar stays short in every language.
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* defaults = new QMenu(tr("Default roles"), this);
    m_restore = defaults->addAction(tr("Restore defaults…"), this, [this] { restoreDefaults(); });
    m_restore->setToolTip(tr("Restore chosen default roles to their shipped definition, after a"
                             " preview of what changes and who is affected"));
    m_addMissing =
        defaults->addAction(tr("Add missing defaults…"), this, &ComparePage::addMissingDefaults);
    m_addMissing->setToolTip(tr("Add the default roles this organization lacks; no existing role"
                                " changes"));
    m_resetAll =
        defaults->addAction(tr("Reset every default…"), this, &ComparePage::resetAllDefaults);
    m_resetAll->setToolTip(tr("Reset every default role of the organization, after a preview"
                              " and a typed confirmation"));
    defaults->addSeparator();
    m_undoRestore = defaults->addAction(tr("Undo a restore…"), this, &ComparePage::undoRestore);
    m_undoRestore->setToolTip(tr("Put back the roles as they were before an earlier restore"));
    defaults->setToolTipsVisible(true);
    auto* sourcesMenu = new QMenu(tr("Add a source"), this);
    sourcesMenu
        ->addAction(tr("Open snapshot…"), this,
                    [this] {
                        const QString path = QFileDialog::getOpenFileName(
                            this, tr("Compare with a snapshot"), QString(),
                            tr("RoleDesk snapshots (*.json)"));
                        QString error;
                        if (!path.isEmpty() && !addSnapshot(path, &error))
                            Q_EMIT errorOccurred(
                                tr("Opening snapshot %1").arg(QDir::toNativeSeparators(path)),
                                ApiStatus::invalidRequest(error));
                    })
        ->setToolTip(tr("Pick roles from a snapshot file"));
    sourcesMenu
        ->addAction(tr("Another organization…"), this, &ComparePage::otherOrganizationRequested)
        ->setToolTip(tr("Connect a second organization to pick roles from"));
    sourcesMenu->setToolTipsVisible(true);
    for (QMenu* menu : {defaults, sourcesMenu}) {
        auto* button = new QToolButton;
        button->setText(menu->title());
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolbar->addWidget(button);
    }

    // The two sides.
    auto* sides = new QGridLayout;
    const QString sideNames[2] = {tr("Compare"), tr("with")};
    for (int side = 0; side < 2; ++side) {
        auto* label = new QLabel(sideNames[side]);
        label->setBuddy(m_roleBox[side]);
        sides->addWidget(label, side, 0);
        sides->addWidget(m_sourceBox[side], side, 1);
        sides->addWidget(m_roleBox[side], side, 2);
        m_sourceBox[side]->setAccessibleName(side == 0 ? tr("Left source") : tr("Right source"));
        m_roleBox[side]->setAccessibleName(side == 0 ? tr("Left role") : tr("Right role"));
        m_roleBox[side]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_roleBox[side]->setMinimumContentsLength(24);
        m_sourceBox[side]->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(m_sourceBox[side], &QComboBox::activated, this, [this, side] { fillRoles(side); });
        connect(m_roleBox[side], &QComboBox::currentIndexChanged, this,
                [this] { updateActions(); });
    }
    sides->addWidget(m_compare, 0, 3, 2, 1, Qt::AlignVCenter);
    sides->setColumnStretch(2, 1);
    m_compare->setDefault(true);
    connect(m_compare, &QPushButton::clicked, this, &ComparePage::compareSelected);

    // Differences.
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Differences"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_differencesOnly->setChecked(true);
    connect(m_differencesOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setDifferencesOnly(on);
        m_tree->expandAll();
    });
    // Short, so the row fits a 1024 px window in every language; the tooltip says the rest.
    m_search->setPlaceholderText(tr("Find a permission"));
    m_search->setToolTip(tr("Filters the differences by permission name and by condition text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search differences"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        m_tree->expandAll();
    });
    m_next = new QAction(tr("Next difference"), this);
    m_next->setShortcuts({QKeySequence(Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_next, &QAction::triggered, this, &ComparePage::nextDifference);
    m_previous = new QAction(tr("Previous difference"), this);
    m_previous->setShortcuts(
        {QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_previous, &QAction::triggered, this, &ComparePage::previousDifference);
    m_copy = new QAction(tr("Copy as text"), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &ComparePage::copyAsText);
    addActions({m_next, m_previous, m_copy});
    const auto button = [](QAction* action) {
        auto* b = new QPushButton(action->text());
        b->setToolTip(action->toolTip() + u" ("_s
                      + action->shortcut().toString(QKeySequence::NativeText) + u')');
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    m_takeBack->setToolTip(tr("Undo the checked differences in the role's draft, as one step"
                              " you can undo; save it in Roles"));
    connect(m_takeBack, &QPushButton::clicked, this, &ComparePage::takeBackChecked);
    auto* treeBar = new QHBoxLayout;
    treeBar->addWidget(m_differencesOnly);
    treeBar->addWidget(m_search, 1);
    treeBar->addWidget(button(m_previous));
    treeBar->addWidget(button(m_next));
    treeBar->addWidget(button(m_copy));
    treeBar->addWidget(m_takeBack);
    m_serverView->setReadOnly(true);
    m_serverView->setAccessibleName(tr("The server's comparison"));
    m_serverView->hide();
    m_showServer->setCheckable(true);
    m_showServer->hide();
    connect(m_showServer, &QPushButton::toggled, m_serverView, &QWidget::setVisible);
    auto* agreementRow = new QHBoxLayout;
    agreementRow->addWidget(m_agreement, 1);
    agreementRow->addWidget(m_showServer);
    auto* differences = new QWidget;
    auto* dl = new QVBoxLayout(differences);
    dl->addLayout(treeBar);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    split->addWidget(m_serverView);
    split->setStretchFactor(0, 3);
    dl->addWidget(split, 1);

    // Side by side.
    m_matrixFilter->setPlaceholderText(tr("Filter roles"));
    m_matrixFilter->setClearButtonEnabled(true);
    m_matrixRoles->setAccessibleName(tr("Roles side by side"));
    connect(m_matrixFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_matrixRoles->count(); ++i)
            m_matrixRoles->item(i)->setHidden(
                !m_matrixRoles->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_matrixRoles, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (matrixCheckedIds().size() > RoleMatrixModel::kMaxRoles
            && item->checkState() == Qt::Checked) {
            const QSignalBlocker block(m_matrixRoles);
            item->setCheckState(Qt::Unchecked);
            Q_EMIT message(tr("At most %1 roles side by side.").arg(RoleMatrixModel::kMaxRoles));
            return;
        }
        updateMatrix();
    });
    m_matrixView->setModel(m_matrix);
    m_matrixView->setAccessibleName(tr("Permissions by role"));
    m_matrixView->setAlternatingRowColors(true);
    m_matrixView->verticalHeader()->hide();
    m_matrixView->setWordWrap(false);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(130);
    m_matrixDifferencesOnly->setChecked(true);
    connect(m_matrixDifferencesOnly, &QCheckBox::toggled, m_matrix,
            &RoleMatrixModel::setDifferencesOnly);
    auto* rolesSide = new QWidget;
    auto* rl = new QVBoxLayout(rolesSide);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("Check 2 to %1 roles:").arg(RoleMatrixModel::kMaxRoles)));
    rl->addWidget(m_matrixFilter);
    rl->addWidget(m_matrixRoles);
    auto* matrixSide = new QWidget;
    auto* ml = new QVBoxLayout(matrixSide);
    ml->setContentsMargins(0, 0, 0, 0);
    auto* matrixBar = new QHBoxLayout;
    matrixBar->addWidget(m_matrixSummary, 1);
    matrixBar->addWidget(m_matrixDifferencesOnly);
    ml->addLayout(matrixBar);
    ml->addWidget(m_matrixView);
    auto* matrixSplit = new QSplitter;
    matrixSplit->addWidget(rolesSide);
    matrixSplit->addWidget(matrixSide);
    matrixSplit->setStretchFactor(1, 1);
    matrixSplit->setSizes({260, 900});

    m_tabs->addTab(differences, tr("Differences"));
    m_tabs->addTab(matrixSplit, tr("Side by side"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addLayout(sides);
    layout->addWidget(m_summary);
    layout->addLayout(agreementRow);
    layout->addWidget(m_tabs, 1);

    clearResult(idleHint());
    updateMatrix();
    fillSources();
}

QString ComparePage::idleHint() {
    return tr("Choose two roles, or a role and its default, then Compare. In Roles,"
              " Ctrl+D compares the open role with its default, unsaved edits included.");
}

QStringList ComparePage::matrixCheckedIds() const {
    QStringList out;
    for (int i = 0; i < m_matrixRoles->count(); ++i)
        if (m_matrixRoles->item(i)->checkState() == Qt::Checked)
            out.append(m_matrixRoles->item(i)->data(Qt::UserRole).toString());
    return out;
}

ComparePage::~ComparePage() {
    if (Operation::isRunning(m_running))
        m_running->abort();
}

void ComparePage::setSession(OrgSession* session) {
    if (Operation::isRunning(m_running))
        m_running->abort();
    if (m_session) {
        m_session->roles()->disconnect(this);
        m_session->access()->disconnect(this);
    }
    m_session = session;
    m_default.reset();
    m_sources.erase(std::remove_if(m_sources.begin(), m_sources.end(),
                                   [](const auto& s) { return s->kind == Source::Kind::ThisOrg; }),
                    m_sources.end());
    if (session) {
        auto s = std::make_unique<Source>();
        s->kind = Source::Kind::ThisOrg;
        s->session = session;
        m_sources.insert(m_sources.begin(), std::move(s));
        const auto refill = [this] {
            fillRoles(0);
            fillRoles(1);
            fillMatrixRoles();
        };
        connect(session->roles(), &RoleStore::rolesReset, this, refill);
        connect(session->roles(), &RoleStore::roleAdded, this, refill);
        connect(session->roles(), &RoleStore::roleRemoved, this, refill);
        connect(session, &OrgSession::loaded, this, [this] { fillSources(); });
        connect(session->access(), &SessionAccess::changed, this, &ComparePage::updateActions);
    }
    clearResult(idleHint());
    fillSources();
    fillMatrixRoles();
}

void ComparePage::addOrganization(OrgSession* other) {
    if (!other)
        return;
    auto s = std::make_unique<Source>();
    s->kind = Source::Kind::OtherOrg;
    s->session = other;
    m_sources.push_back(std::move(s));
    connect(other, &OrgSession::loaded, this, [this] { fillSources(); });
    connect(other, &QObject::destroyed, this, [this] {
        m_sources.erase(std::remove_if(m_sources.begin(), m_sources.end(),
                                       [](const auto& x) {
                                           return x->kind == Source::Kind::OtherOrg && !x->session;
                                       }),
                        m_sources.end());
        fillSources();
    });
    fillSources();
}

bool ComparePage::addSnapshot(const QString& path, QString* error) {
    auto read = SnapshotFile::read(path, error);
    if (!read)
        return false;
    auto s = std::make_unique<Source>();
    s->kind = Source::Kind::Snapshot;
    s->snapshot = std::make_shared<OrgData>(std::move(*read));
    s->snapshotCatalog = CatalogIndex(s->snapshot->catalog);
    s->label =
        tr("Snapshot %1 (%2, %3)")
            .arg(QFileInfo(path).fileName(), s->snapshot->organizationName(),
                 QLocale().toString(s->snapshot->takenAt.toLocalTime(), QLocale::ShortFormat));
    m_sources.push_back(std::move(s));
    fillSources();
    // The new snapshot is the natural right side.
    m_sourceBox[1]->setCurrentIndex(m_sourceBox[1]->count() - 1);
    fillRoles(1);
    return true;
}

const ComparePage::Source* ComparePage::source(int side) const {
    int index = m_sourceBox[side]->currentIndex();
    if (side == 1)
        --index; // "its default" first
    return index >= 0 && index < int(m_sources.size()) ? m_sources[size_t(index)].get() : nullptr;
}

QComboBox* ComparePage::sourceBox(int side) const {
    return m_sourceBox[side];
}

QComboBox* ComparePage::roleBox(int side) const {
    return m_roleBox[side];
}

void ComparePage::fillSources() {
    for (int side = 0; side < 2; ++side) {
        QComboBox* box = m_sourceBox[side];
        const int current = box->currentIndex();
        const QSignalBlocker block(box);
        box->clear();
        if (side == 1)
            box->addItem(tr("Its default"));
        for (const auto& s : m_sources) {
            QString label = s->label;
            if (s->kind == Source::Kind::ThisOrg)
                label = tr("This organization (%1)").arg(s->session->organizationName());
            else if (s->kind == Source::Kind::OtherOrg)
                label =
                    tr("%1 (%2)").arg(s->session->organizationName(), s->session->environment());
            box->addItem(label);
        }
        if (box->count() > 0)
            box->setCurrentIndex(qBound(0, current, box->count() - 1));
        fillRoles(side);
    }
}

void ComparePage::fillRoles(int side) {
    QComboBox* box = m_roleBox[side];
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    const bool isDefault = side == 1 && m_sourceBox[1]->currentIndex() == kRightDefault;
    box->setEnabled(!isDefault);
    if (isDefault) {
        box->addItem(tr("(the default of the role on the left)"));
        updateActions();
        return;
    }
    const Source* s = source(side);
    if (!s) {
        updateActions();
        return;
    }
    for (const DomainOrganizationRole& r : RoleStore::sortedByName(s->roles()))
        box->addItem(r.name.value_or(r.id.value_or(QString())), r.id.value_or(QString()));
    const int keep = box->findData(current);
    box->setCurrentIndex(keep >= 0 ? keep : 0);
    updateActions();
}

bool ComparePage::pick(int side, int sourceIndex, const QString& roleId) {
    if (sourceIndex < 0 || sourceIndex >= m_sourceBox[side]->count())
        return false;
    m_sourceBox[side]->setCurrentIndex(sourceIndex);
    fillRoles(side);
    if (roleId.isEmpty())
        return true;
    const int at = m_roleBox[side]->findData(roleId);
    if (at < 0)
        return false;
    m_roleBox[side]->setCurrentIndex(at);
    return true;
}

const DomainOrganizationRole* ComparePage::pickedRole(int side) const {
    const Source* s = source(side);
    if (!s)
        return nullptr;
    const QString id = m_roleBox[side]->currentData().toString();
    if (s->snapshot) {
        for (const DomainOrganizationRole& r : s->snapshot->roles)
            if (r.id == id)
                return &r;
        return nullptr;
    }
    return s->session ? s->session->roles()->find(id) : nullptr;
}

bool ComparePage::isLive() const {
    return m_session && !m_session->isReadOnly();
}

void ComparePage::updateActions() {
    const bool live = isLive();
    const AccessRights may = m_session ? m_session->access()->rights() : AccessRights();
    for (QAction* a : {m_restore, m_addMissing, m_resetAll, m_undoRestore}) {
        // Restoring writes defaults over roles (A11, A13): authorization:role:edit.
        AccessGate::apply(a, live, may, {u"authorization:role:edit"_s});
        if (!live)
            a->setStatusTip(tr("Restores need a connection; a snapshot is read-only."));
    }
    const DomainOrganizationRole* left = pickedRole(0);
    bool canCompare = left != nullptr;
    if (m_sourceBox[1]->currentIndex() == kRightDefault) {
        const Source* s = source(0);
        canCompare = canCompare && live && s && s->kind == Source::Kind::ThisOrg
                     && left->defaultRoleId && !left->defaultRoleId->isEmpty();
        m_compare->setToolTip(canCompare ? tr("Compare the role with its default (the server's"
                                              " comparedefault, checked by RoleDesk)")
                                         : tr("Only a default-based role of the connected"
                                              " organization has a default to compare with."));
    } else {
        canCompare = canCompare && pickedRole(1);
        m_compare->setToolTip(tr("Compare the two roles"));
    }
    m_compare->setEnabled(canCompare && !isComparing());
    const bool hasResult =
        !m_model->result().atoms.isEmpty() || !m_model->result().fields.isEmpty();
    m_copy->setEnabled(hasResult);
    m_next->setEnabled(hasResult);
    m_previous->setEnabled(hasResult);
    m_takeBack->setVisible(m_default.has_value());
    AccessGate::apply(m_takeBack,
                      m_default && live && m_model->isCheckable()
                          && !m_model->checkedPermissions().isEmpty(),
                      may, {u"authorization:role:edit"_s});
}

void ComparePage::compareSelected() {
    const DomainOrganizationRole* left = pickedRole(0);
    if (!left)
        return;
    if (m_sourceBox[1]->currentIndex() == kRightDefault)
        return compareWithDefault(*left, false);
    const DomainOrganizationRole* right = pickedRole(1);
    if (!right)
        return;
    if (Operation::isRunning(m_running))
        m_running->abort();
    m_default.reset();
    m_agreement->clear();
    m_showServer->hide();
    m_serverView->hide();
    const Source* ls = source(0);
    const Source* rs = source(1);
    const auto label = [this](const Source* s, const DomainOrganizationRole& r, int side) {
        const QString name = r.name.value_or(r.id.value_or(QString()));
        if (s->kind == Source::Kind::ThisOrg)
            return name;
        return tr("%1 in %2").arg(name, m_sourceBox[side]->currentText());
    };
    QString leftLabel = label(ls, *left, 0);
    QString rightLabel = label(rs, *right, 1);
    if (leftLabel == rightLabel) {
        leftLabel = tr("%1 (left)").arg(leftLabel);
        rightLabel = tr("%1 (right)").arg(rightLabel);
    }
    showResult(RoleDiff::compare({*left, ls->catalog()}, {*right, rs->catalog()}), leftLabel,
               rightLabel);
}

void ComparePage::compareWithDefault(const DomainOrganizationRole& role, bool isDraft) {
    if (!isLive()) {
        clearResult(tr("Comparing with the default needs a connection to the organization."));
        return;
    }
    if (!role.defaultRoleId || role.defaultRoleId->isEmpty() || !role.id) {
        clearResult(tr("\"%1\" is not based on a default role: choose another role to compare"
                       " it with.")
                        .arg(role.name.value_or(QString())));
        return;
    }
    if (Operation::isRunning(m_running))
        m_running->abort();
    pick(0, 0, *role.id);
    m_sourceBox[1]->setCurrentIndex(kRightDefault);
    fillRoles(1);
    auto* op = isDraft ? new DefaultComparison(m_session, role, this)
                       : new DefaultComparison(m_session, QStringList{*role.id}, this);
    m_running = op;
    m_summary->setText(tr("Comparing %1 with its default…").arg(role.name.value_or(QString())));
    connect(op, &DefaultComparison::succeeded, this,
            [this, op, isDraft] { showDefaultResult(op->results().first(), isDraft); });
    connect(op, &Operation::failed, this, [this, role](const OperationFailure& f) {
        clearResult(tr("The comparison failed: %1").arg(f.status.message));
        Q_EMIT errorOccurred(tr("Comparing %1 with its default").arg(role.name.value_or(QString())),
                             f.status);
    });
    connect(op, &Operation::finished, this, &ComparePage::updateActions);
    op->start();
    updateActions();
}

const DefaultComparisonResult* ComparePage::defaultComparison() const {
    return m_default ? &*m_default : nullptr;
}

void ComparePage::showDefaultResult(const DefaultComparisonResult& result, bool isDraft) {
    const QString name = result.roleName;
    showResult(result.engine, isDraft ? tr("%1 (unsaved)").arg(name) : name, tr("its default"));
    m_default = result;
    m_defaultIsDraft = isDraft;
    m_model->setCheckable(isLive());
    m_tree->expandAll();
    m_serverView->setPlainText(serverLists(result.server));
    m_showServer->show();
    if (result.disagreements.isEmpty()) {
        m_agreement->setText(
            tr("\u2713 The server's own comparison (comparedefault) agrees with this one."));
        m_agreement->setStyleSheet(QString());
        m_showServer->setChecked(false);
    } else {
        QStringList shown = result.disagreements.mid(0, 5);
        if (result.disagreements.size() > 5)
            shown.append(u"…"_s);
        m_agreement->setText(tr("\u26A0 The server's comparison disagrees on %n permission(s): %1."
                                " Both are shown; check before you restore.",
                                nullptr, int(result.disagreements.size()))
                                 .arg(shown.join(u", "_s)));
        m_agreement->setStyleSheet(u"color: #A84E8C; font-weight: bold;"_s);
        m_showServer->setChecked(true);
    }
    connect(m_model, &DiffTreeModel::checkedChanged, this, &ComparePage::updateActions,
            Qt::UniqueConnection);
    updateActions();
}

void ComparePage::showResult(const RoleDiff::Result& result, const QString& left,
                             const QString& right) {
    m_leftLabel = left;
    m_rightLabel = right;
    m_model->setCheckable(false);
    m_model->setResult(result, left, right);
    m_tree->expandAll();
    const int added = result.count(Change::Added);
    const int removed = result.count(Change::Removed);
    const int changed = result.count(Change::ConditionChanged);
    const int same = result.count(Change::Unchanged);
    QStringList parts;
    parts.append(tr("%1 compared with %2:").arg(left, right));
    parts.append(tr("+ %n only in %1,", nullptr, added).arg(left));
    parts.append(tr("\u2212 %n only in %1,", nullptr, removed).arg(right));
    parts.append(tr("~ %n with a different condition,", nullptr, changed));
    parts.append(tr("%n the same.", nullptr, same));
    for (const RoleDiff::FieldDiff& f : result.fields)
        parts.append(f.field == "name"_L1 ? tr("The names differ.")
                                          : tr("The descriptions differ."));
    if (!result.permissionsAdded.isEmpty() || !result.permissionsRemoved.isEmpty())
        parts.append(tr("The legacy \"permissions\" lists differ too (+%1 \u2212%2).")
                         .arg(result.permissionsAdded.size())
                         .arg(result.permissionsRemoved.size()));
    if (result.isIdentical())
        parts.append(tr("No differences."));
    m_summary->setText(parts.join(u' '));
    if (m_tree->model()->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

void ComparePage::clearResult(const QString& why) {
    m_model->clear();
    m_default.reset();
    m_summary->setText(why);
    m_agreement->clear();
    m_showServer->hide();
    m_serverView->hide();
    updateActions();
}

void ComparePage::jumpDifference(int direction) {
    // One walk in display order: the differences, and where the current row falls among them.
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    QList<QModelIndex> differences;
    int before = 0; // differences above the current row
    bool passed = false;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            if (i == current) {
                passed = true;
                before = int(differences.size());
            }
            if (i.data(DiffTreeModel::IsActionRole).toBool()
                && i.data(DiffTreeModel::DifferenceCountRole).toInt() > 0)
                differences.append(i);
            walk(i);
        }
    };
    walk({});
    if (differences.isEmpty())
        return;
    const int count = int(differences.size());
    const bool onOne = passed && before < count && differences[before] == current;
    int at;
    if (direction > 0)
        at = !passed ? 0 : onOne ? before + 1 : before;
    else
        at = !passed ? count - 1 : before - 1;
    at = (at % count + count) % count; // wrap around
    m_tree->setCurrentIndex(differences[at]);
    m_tree->scrollTo(differences[at]);
}

void ComparePage::nextDifference() {
    jumpDifference(+1);
}

void ComparePage::previousDifference() {
    jumpDifference(-1);
}

void ComparePage::copyAsText() {
    QApplication::clipboard()->setText(m_model->result().toText(m_leftLabel, m_rightLabel));
    Q_EMIT message(tr("The comparison is on the clipboard."));
}

void ComparePage::takeBackChecked() {
    if (!m_default || !isLive())
        return;
    const QStringList permissions = m_model->checkedPermissions();
    if (permissions.isEmpty())
        return;
    Q_EMIT takeBackRequested(
        m_default->roleId,
        m_default->defaultRole.permissionPolicies.value_or(QList<DomainPermissionPolicy>()),
        permissions);
}

void ComparePage::fillMatrixRoles() {
    const QStringList checked = matrixCheckedIds();
    const QSignalBlocker block(m_matrixRoles);
    m_matrixRoles->clear();
    if (m_session) {
        for (const DomainOrganizationRole& r :
             RoleStore::sortedByName(m_session->roles()->roles())) {
            auto* item = new QListWidgetItem(r.name.value_or(QString()), m_matrixRoles);
            item->setData(Qt::UserRole, r.id.value_or(QString()));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(r.id.value_or(QString())) ? Qt::Checked
                                                                           : Qt::Unchecked);
        }
    }
    updateMatrix();
}

void ComparePage::showMatrix(const QStringList& roleIds) {
    {
        const QSignalBlocker block(m_matrixRoles);
        for (int i = 0; i < m_matrixRoles->count(); ++i) {
            QListWidgetItem* item = m_matrixRoles->item(i);
            item->setCheckState(roleIds.mid(0, RoleMatrixModel::kMaxRoles)
                                        .contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    m_tabs->setCurrentIndex(1);
    updateMatrix();
}

void ComparePage::updateMatrix() {
    QList<RoleDiff::Side> sides;
    QStringList labels;
    if (m_session) {
        const CatalogIndex catalog = m_session->catalog()->index();
        for (int i = 0; i < m_matrixRoles->count(); ++i) {
            QListWidgetItem* item = m_matrixRoles->item(i);
            if (item->checkState() != Qt::Checked)
                continue;
            if (const DomainOrganizationRole* r =
                    m_session->roles()->find(item->data(Qt::UserRole).toString())) {
                sides.append({*r, catalog});
                labels.append(item->text());
            }
        }
    }
    if (sides.size() < 2) {
        m_matrix->setRoles({}, {});
        m_matrixSummary->setText(tr("Check 2 to %1 roles on the left to see which of them grants"
                                    " what.")
                                     .arg(RoleMatrixModel::kMaxRoles));
        return;
    }
    m_matrix->setRoles(sides, labels);
    m_matrixView->resizeColumnToContents(0);
    m_matrixSummary->setText(
        tr("%n permission(s) differ among these roles.", nullptr, m_matrix->differenceCount()));
}

QStringList ComparePage::defaultRoleIds(bool needsUpdateOnly) const {
    QStringList out;
    if (!m_session)
        return out;
    for (const DomainOrganizationRole& r : m_session->roles()->roles())
        if (r.defaultRoleId && !r.defaultRoleId->isEmpty()
            && (!needsUpdateOnly || r.roleNeedsUpdate.value_or(false)))
            out.append(r.id.value_or(QString()));
    return out;
}

void ComparePage::restoreDefaults(const QStringList& preselected) {
    runRestoreDialog(int(RestoreDialog::Mode::Chosen),
                     preselected.isEmpty() ? defaultRoleIds(true) : preselected);
}

void ComparePage::resetAllDefaults() {
    runRestoreDialog(int(RestoreDialog::Mode::All), defaultRoleIds(false));
}

void ComparePage::runRestoreDialog(int mode, const QStringList& roleIds) {
    if (!isLive())
        return;
    RestoreDialog dialog(m_session, RestoreDialog::Mode(mode), roleIds, this);
    connect(&dialog, &RestoreDialog::errorOccurred, this, &ComparePage::errorOccurred);
    MessageBox::exec(dialog);
    if (!dialog.outcome().isEmpty())
        Q_EMIT message(dialog.outcome());
}

void ComparePage::addMissingDefaults() {
    if (!isLive())
        return;
    QMessageBox box(
        QMessageBox::Question, tr("Add missing default roles"),
        tr("Add the default roles %1 does not have?").arg(m_session->organizationName()),
        QMessageBox::NoButton, this);
    box.setInformativeText(tr("Only missing default roles are created. No existing role changes,"
                              " and nobody gets a new role."));
    QPushButton* add = box.addButton(tr("Add missing roles"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(add);
    MessageBox::exec(box);
    if (box.clickedButton() != add)
        return;
    auto* op = new DefaultRestore(m_session, DefaultRestore::Mode::Missing, {}, this);
    connect(op, &Operation::succeeded, this, [this, op] {
        QStringList names;
        for (const DomainOrganizationRole& r : op->result())
            names.append(r.name.value_or(QString()));
        Q_EMIT message(names.isEmpty()
                           ? tr("No default role was missing.")
                           : tr("Added %n default role(s): %1", nullptr, int(names.size()))
                                 .arg(names.join(u", "_s)));
    });
    connect(op, &Operation::failed, this, [this](const OperationFailure& f) {
        Q_EMIT errorOccurred(tr("Adding missing default roles"), f.status);
    });
    op->start();
}

void ComparePage::undoRestore() {
    if (!isLive())
        return;
    UndoRestoreDialog dialog(m_session, RestorePoint::defaultDirectory(), this);
    connect(&dialog, &UndoRestoreDialog::errorOccurred, this, &ComparePage::errorOccurred);
    MessageBox::exec(dialog);
    if (!dialog.outcome().isEmpty())
        Q_EMIT message(dialog.outcome());
}
