#include "roles/RoleEditor.h"

#include "catalog/PermissionFilterProxy.h"
#include "common/MessageBox.h"
#include "common/TreeReveal.h"
#include "roles/ConditionDialog.h"
#include "roles/ConditionText.h"
#include "roles/PermissionTreeModel.h"
#include "roles/PolicyEditing.h"
#include "roles/RoleDraft.h"
#include "roles/RoleStore.h"
#include "roles/RoleUsersPanel.h"
#include "roles/RoleValidation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* problemLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    return label;
}

void setProblem(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

RoleEditor::RoleEditor(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_title(new QLabel)
    , m_name(new QLineEdit)
    , m_nameProblem(problemLabel())
    , m_description(new QLineEdit)
    , m_generalProblem(problemLabel())
    , m_tabs(new QTabWidget)
    , m_filter(new QLineEdit)
    , m_assignedOnly(new QCheckBox(tr("Assigned only")))
    , m_tree(new QTreeView)
    , m_model(new PermissionTreeModel(this))
    , m_proxy(new PermissionFilterProxy(this))
    , m_summary(new QLabel)
    , m_policyProblem(problemLabel())
    , m_condition(new QLabel)
    , m_editCondition(new QPushButton(tr("Edit condition…")))
    , m_json(new QPlainTextEdit)
    , m_users(new RoleUsersPanel) {
    auto* empty = new QLabel(tr("Select a role to see and edit its permissions, or create one"
                                " with New role."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_name->setAccessibleName(tr("Role name"));
    m_name->setMaxLength(200);
    m_description->setAccessibleName(tr("Role description"));
    m_description->setPlaceholderText(tr("What this role is for"));

    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter permissions, e.g. \"queue edit\""));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the role's permissions"));
    m_assignedOnly->setToolTip(tr("Show only the permissions this role grants"));
    m_assignedOnly->setChecked(true); // what a role grants is what an admin looks at first
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->header()->resizeSection(0, 270);
    m_tree->header()->resizeSection(1, 230);
    m_tree->header()->resizeSection(2, 150);
    m_tree->header()->resizeSection(3, 100);
    m_tree->header()->setStretchLastSection(true);
    // "Granted by" (this role, a wildcard, a condition) right after the name, where it is seen.
    m_tree->header()->moveSection(PermissionTreeModel::GrantedByColumn, 1);
    m_tree->header()->resizeSection(PermissionTreeModel::GrantedByColumn, 170);
    m_tree->setAccessibleName(tr("Permissions of the role"));
    m_condition->setWordWrap(true);
    m_condition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editCondition->setEnabled(false);
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("JSON that Save sends"));
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_assignedOnly);
    auto* policyRow = new QHBoxLayout;
    policyRow->addWidget(m_condition, 1);
    policyRow->addWidget(m_editCondition);
    auto* permissionsTab = new QWidget;
    auto* permissionsLayout = new QVBoxLayout(permissionsTab);
    permissionsLayout->addLayout(filters);
    permissionsLayout->addWidget(m_policyProblem);
    permissionsLayout->addWidget(m_tree, 1);
    permissionsLayout->addLayout(policyRow);
    permissionsLayout->addWidget(m_summary);
    m_tabs->addTab(permissionsTab, tr("Permissions"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_json, tr("JSON"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Description:"), m_description);
    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_title);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_generalProblem);
    editorLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(editor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_draft)
            m_draft->setName(text);
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_draft)
            m_draft->setDescription(text);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &RoleEditor::applyFilter);
    // A catalog from the store (a load, a reload): "Grants N of M" counts the new one.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoleEditor::updateSummary);
    connect(m_assignedOnly, &QCheckBox::toggled, this, &RoleEditor::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RoleEditor::updatePolicyPanel);
    connect(m_editCondition, &QPushButton::clicked, this, &RoleEditor::editCondition);
    setDraft(nullptr);
}

void RoleEditor::setStores(CatalogStore* catalog, RoleStore* roles) {
    if (m_roles)
        m_roles->disconnect(this);
    m_roles = roles;
    m_model->setStore(catalog);
    if (roles) {
        // Another role's name may now clash with the draft's, or no longer.
        connect(roles, &RoleStore::rolesReset, this, &RoleEditor::validate);
        for (auto signal :
             {&RoleStore::roleAdded, &RoleStore::roleChanged, &RoleStore::roleRemoved})
            connect(roles, signal, this, &RoleEditor::validate);
    }
    validate();
}

void RoleEditor::setDraft(RoleDraft* draft) {
    if (m_draft)
        disconnect(m_draft, nullptr, this, nullptr);
    m_draft = draft;
    m_model->setDraft(draft);
    clearSaveErrors();
    m_stack->setCurrentIndex(draft ? 1 : 0);
    m_users->setRole(draft && !draft->isNew() ? draft->roleId() : QString());
    if (draft) {
        connect(draft, &RoleDraft::contentChanged, this, &RoleEditor::syncFromDraft);
        connect(draft, &RoleDraft::modifiedChanged, this, &RoleEditor::syncFromDraft);
    }
    // A role that grants nothing yet starts from the whole catalog.
    if (draft && draft->content().policies.isEmpty())
        m_assignedOnly->setChecked(false);
    syncFromDraft();
    m_proxy->reapply(); // what another role left struck through goes
    applyFilter();
}

void RoleEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    // Read-only fields look it: the window's colour instead of a field's white.
    for (QLineEdit* field : {m_name, m_description}) {
        field->setReadOnly(readOnly);
        QPalette look = palette();
        if (readOnly)
            look.setColor(QPalette::Base, look.color(QPalette::Window));
        field->setPalette(look);
        field->setToolTip(readOnly ? tr("Read-only: a snapshot, or you may not edit roles")
                                   : QString());
    }
    m_model->setEditable(!readOnly);
    m_users->setReadOnly(readOnly);
    updatePolicyPanel();
}

void RoleEditor::syncFromDraft() {
    if (!m_draft) {
        m_json->clear();
        return;
    }
    const auto& content = m_draft->content();
    // Only when they differ, so the cursor stays where the admin is typing.
    if (m_name->text() != content.name)
        m_name->setText(content.name);
    if (m_description->text() != content.description)
        m_description->setText(content.description);
    const QString name = content.name.isEmpty() ? tr("Untitled role") : content.name;
    m_title->setText(m_draft->isNew()        ? tr("%1 — new, not saved yet").arg(name)
                     : m_draft->isModified() ? tr("%1 — unsaved changes").arg(name)
                                             : name);
    m_json->setPlainText(QString::fromUtf8(
        QJsonDocument::fromJson(m_draft->requestBody()).toJson(QJsonDocument::Indented)));
    validate();
    updatePolicyPanel();
    updateSummary();
}

QString RoleEditor::validate() {
    const QString problem =
        m_draft ? RoleValidation::nameProblem(m_draft->content(), m_draft->roleId(), m_roles)
                : QString();
    setProblem(m_nameProblem, problem);
    return problem;
}

void RoleEditor::clearSaveErrors() {
    setProblem(m_policyProblem, {});
    setProblem(m_generalProblem, {});
    validate();
}

void RoleEditor::showSaveError(const ApiStatus& status) {
    clearSaveErrors();
    QString field;
    for (const ErrorDetail& d : status.errorBody.details)
        if (!d.fieldName.isEmpty()) {
            field = d.fieldName;
            break;
        }
    const QString message = status.message;
    if (field == "name"_L1) {
        setProblem(m_nameProblem, message);
        m_name->setFocus();
        return;
    }
    static const QRegularExpression policyField(uR"(^permissionPolicies\[(\d+)\])"_s);
    const auto match = policyField.match(field);
    if (match.hasMatch() && m_draft) {
        const int policy = match.captured(1).toInt();
        const auto& policies = m_draft->content().policies;
        QString name = field;
        if (policy < policies.size()) {
            const DomainPermissionPolicy& p = policies[policy];
            name = p.domain.value_or(QString()) + u':' + p.entityName.value_or(QString()) + u':'
                   + p.actionSet.value_or(QStringList()).join(u',');
            // Show the policy's first action in the tree.
            const QString first = p.domain.value_or(QString()) + u':'
                                  + p.entityName.value_or(QString()) + u':'
                                  + p.actionSet.value_or(QStringList()).value(0);
            const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(first));
            if (index.isValid()) {
                m_tabs->setCurrentIndex(0);
                m_tree->expand(index.parent().parent());
                m_tree->expand(index.parent());
                m_tree->setCurrentIndex(index);
                m_tree->scrollTo(index);
            }
        }
        setProblem(m_policyProblem, tr("Policy %1: %2").arg(name, message));
        return;
    }
    setProblem(m_generalProblem, tr("Not saved: %1").arg(message));
}

void RoleEditor::applyFilter() {
    m_proxy->setSearchText(m_filter->text());
    m_proxy->setCheckedOnly(m_assignedOnly->isChecked());
    revealMatches(m_tree, !m_filter->text().trimmed().isEmpty() || m_assignedOnly->isChecked());
    updateSummary();
}

void RoleEditor::updateSummary() {
    if (!m_draft) {
        m_summary->clear();
        return;
    }
    QString text = tr("Grants %1 of the catalog's %n permission(s), wildcards expanded", nullptr,
                      m_model->permissionCount())
                       .arg(m_model->grantedCount());
    if (m_proxy->rowCount() == 0)
        text += u" — "_s
                + (m_assignedOnly->isChecked() && m_model->grantedCount() == 0
                       ? tr("this role grants nothing yet; clear Assigned only to add"
                            " permissions")
                       : tr("nothing matches the filter"));
    m_summary->setText(text);
}

int RoleEditor::currentPolicy() const {
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return -1;
    const QVariant policy =
        m_proxy->mapToSource(index.siblingAtColumn(0)).data(PermissionTreeModel::PolicyRole);
    return policy.isValid() ? policy.toInt() : -1; // no value on a domain or an entity
}

void RoleEditor::updatePolicyPanel() {
    const QModelIndex current = m_tree->currentIndex();
    const QModelIndex source = m_proxy->mapToSource(current.siblingAtColumn(0));
    const bool action = source.isValid()
                        && source.data(PermissionCatalogModel::KindRole).toInt()
                               == int(PermissionCatalogModel::Kind::Action);
    m_editCondition->setEnabled(false);
    if (!m_draft || !action) {
        m_condition->setText(tr("Select a permission to see its condition."));
        return;
    }
    const QString permission = source.data(PermissionCatalogModel::PermissionRole).toString();
    const int policy = source.data(PermissionTreeModel::PolicyRole).toInt();
    const auto& policies = m_draft->content().policies;
    if (policy < 0 || policy >= policies.size()) {
        m_condition->setText(tr("%1 is not granted.").arg(permission));
        return;
    }
    const DomainPermissionPolicy& p = policies[policy];
    const QStringList actions = p.actionSet.value_or(QStringList());
    const QString entity = p.domain.value_or(QString()) + u':' + p.entityName.value_or(QString());
    const auto eligibility = RoleValidation::conditionEligibility(p, m_model->catalogIndex());
    const bool allowed = eligibility == RoleValidation::Condition::Allowed;
    QString text = p.resourceConditionNode
                       ? tr("Granted by policy %1 (%2) when: %3")
                             .arg(entity, actions.join(u", "_s),
                                  ConditionText::format(*p.resourceConditionNode))
                       : tr("Granted by policy %1 (%2), without a condition.")
                             .arg(entity, actions.join(u", "_s));
    if (!allowed)
        text += u' '
                + (eligibility == RoleValidation::Condition::Wildcard
                       ? tr("A wildcard policy cannot have a condition.")
                       : tr("Not every action of this policy allows conditions."));
    m_condition->setText(text);
    m_editCondition->setEnabled(allowed && !m_readOnly);
}

void RoleEditor::editCondition() {
    const int policy = currentPolicy();
    if (!m_draft || m_readOnly || policy < 0 || policy >= m_draft->content().policies.size())
        return;
    const DomainPermissionPolicy p = m_draft->content().policies[policy];
    ConditionDialog dialog(p.domain.value_or(QString()) + u':' + p.entityName.value_or(QString()),
                           p.actionSet.value_or(QStringList()), p.resourceConditionNode, this);
    if (MessageBox::exec(dialog) != QDialog::Accepted || !m_draft)
        return;
    m_draft->setCondition(policy, dialog.condition());
}
