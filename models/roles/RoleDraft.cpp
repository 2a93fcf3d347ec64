#include "roles/RoleDraft.h"

#include "diff/RoleDiff.h"
#include "roles/PermissionGrants.h"
#include "roles/PolicyEditing.h"
#include "wire/JsonCodec.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

enum MergeId { NameEdit = 1, DescriptionEdit = 2 };

//! One change of the content; undo and redo swap whole states, so a sequence of them restores
//! exactly the policies it started from.
class ContentCommand : public QUndoCommand {
public:
    ContentCommand(RoleDraft* draft, RoleContent before, RoleContent after, const QString& text,
                   int mergeId)
        : QUndoCommand(text)
        , m_draft(draft)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId) {}

    void undo() override { m_draft->apply(m_before); }
    void redo() override { m_draft->apply(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override {
        // Typing a name is one step, not one per keystroke.
        m_after = static_cast<const ContentCommand*>(other)->m_after;
        setText(other->text());
        return true;
    }

private:
    RoleDraft* m_draft;
    RoleContent m_before;
    RoleContent m_after;
    int m_mergeId;
};

QByteArray policiesJson(const QList<DomainPermissionPolicy>& policies) {
    return toJsonBytes(policies);
}

} // namespace

RoleContent RoleContent::of(const DomainOrganizationRole& role) {
    return {role.name.value_or(QString()), role.description.value_or(QString()),
            role.permissionPolicies.value_or(QList<DomainPermissionPolicy>())};
}

bool RoleContent::operator==(const RoleContent& other) const {
    return name == other.name && description == other.description
           && policiesJson(policies) == policiesJson(other.policies);
}

RoleDraft::RoleDraft(const DomainOrganizationRole& base, QObject* parent)
    : QObject(parent)
    , m_base(base)
    , m_content(RoleContent::of(base))
    , m_key(base.id.value_or(u"new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))) {
    connect(&m_stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(isNew() || !clean); });
}

RoleDraft::~RoleDraft() {
    // The stack clears itself as it goes, which would look like "saved" to listeners.
    m_stack.disconnect(this);
    disconnect();
}

DomainOrganizationRole RoleDraft::role() const {
    DomainOrganizationRole r = m_base;
    r.name = m_content.name;
    if (!m_content.description.isEmpty() || m_base.description)
        r.description = m_content.description;
    r.permissionPolicies = m_content.policies;
    return r;
}

QByteArray RoleDraft::requestBody() const {
    return isNew() ? toJsonBytes(createBody()) : toJsonBytes(updateBody());
}

DomainOrganizationRoleUpdate RoleDraft::updateBody() const {
    return DomainOrganizationRoleUpdate::fromRole(role());
}

DomainOrganizationRoleCreate RoleDraft::createBody() const {
    const DomainOrganizationRole r = role();
    DomainOrganizationRoleCreate create;
    create.name = r.name;
    create.description = r.description;
    create.permissionPolicies = r.permissionPolicies;
    return create;
}

void RoleDraft::apply(const RoleContent& content) {
    m_content = content;
    Q_EMIT contentChanged();
}

void RoleDraft::push(RoleContent after, const QString& text, int mergeId) {
    if (after == m_content)
        return;
    m_stack.push(new ContentCommand(this, m_content, std::move(after), text, mergeId));
}

void RoleDraft::setName(const QString& name) {
    RoleContent next = m_content;
    next.name = name;
    push(next, tr("Rename to \"%1\"").arg(name), NameEdit);
}

void RoleDraft::setDescription(const QString& description) {
    RoleContent next = m_content;
    next.description = description;
    push(next, tr("Edit description"), DescriptionEdit);
}

QString RoleDraft::describePermissions(const QStringList& permissions) {
    if (permissions.isEmpty())
        return tr("%n permission(s)", nullptr, 0);
    if (permissions.size() == 1)
        return permissions.front();
    // What they share: "routing:queue" for the actions of one entity, "routing" for one domain.
    QStringList common = permissions.front().split(u':');
    common.removeLast();
    for (const QString& p : permissions) {
        const QStringList parts = p.split(u':');
        while (!common.isEmpty()
               && (parts.size() < common.size() || parts.mid(0, common.size()) != common))
            common.removeLast();
    }
    const int n = int(permissions.size());
    return common.isEmpty() ? tr("%n permission(s)", nullptr, n)
                            : tr("%n permission(s) of %1", nullptr, n).arg(common.join(u':'));
}

void RoleDraft::setGranted(const QStringList& permissions, bool granted,
                           const CatalogIndex& catalog) {
    if (permissions.isEmpty())
        return;
    RoleContent next = m_content;
    next.policies = PolicyEditing::setGranted(next.policies, permissions, granted, catalog);
    // Name what changes, not what was asked: checking an entity whose actions were partly
    // granted grants the rest only.
    QStringList changed;
    for (const QString& p : permissions)
        if (grantsPermission(m_content.policies, p) != grantsPermission(next.policies, p))
            changed.append(p);
    push(next, granted ? tr("Grant %1").arg(describePermissions(changed))
                       : tr("Revoke %1").arg(describePermissions(changed)));
}

void RoleDraft::takeBack(const QList<DomainPermissionPolicy>& referencePolicies,
                         const QStringList& permissions, const CatalogIndex& catalog) {
    if (permissions.isEmpty())
        return;
    RoleContent next = m_content;
    next.policies = RoleDiff::takeBack(next.policies, referencePolicies, permissions, catalog);
    push(next, tr("Take back %n default(s)", nullptr, int(permissions.size())));
}

void RoleDraft::setCondition(int policyIndex,
                             const std::optional<DomainResourceConditionNode>& node) {
    if (policyIndex < 0 || policyIndex >= m_content.policies.size())
        return;
    RoleContent next = m_content;
    DomainPermissionPolicy& p = next.policies[policyIndex];
    p.resourceConditionNode = node;
    if (node)
        p.allowConditions = true;
    const QString name = p.domain.value_or(QString()) + u':' + p.entityName.value_or(QString());
    push(next, node ? tr("Set the condition of %1").arg(name)
                    : tr("Remove the condition of %1").arg(name));
}

void RoleDraft::setContent(const RoleContent& content, const QString& description) {
    push(content, description);
}

void RoleDraft::acceptSaved(const DomainOrganizationRole& saved) {
    const bool wasNew = isNew();
    m_base = saved;
    if (wasNew) {
        // The first save of a new role: it now has an id, and its history starts here.
        m_key = saved.id.value_or(m_key);
        m_content = RoleContent::of(saved);
        m_stack.clear();
        Q_EMIT contentChanged();
        Q_EMIT modifiedChanged(false);
        return;
    }
    m_stack.setClean();
}

void RoleDraft::rebase(const DomainOrganizationRole& theirs) {
    m_base = theirs;
}
