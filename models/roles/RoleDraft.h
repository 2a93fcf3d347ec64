#pragma once

#include "catalog/CatalogIndex.h"
#include "wire/RoleTypes.h"

#include <QObject>
#include <QUndoStack>

//! What an admin edits of a role: name, description and permission policies.
struct RoleContent {
    QString name;
    QString description;
    QList<DomainPermissionPolicy> policies;

    static RoleContent of(const DomainOrganizationRole& role);
    bool operator==(const RoleContent& other) const;
};

//! A role being edited: the copy the server last gave (the base), the edited content, and the
//! QUndoStack of every change between them. The stack's clean state means "equals the base"; a
//! new role that was never saved is always modified.
class RoleDraft : public QObject {
    Q_OBJECT
public:
    //! Editing an existing role (base has an id) or a new one (base without id).
    explicit RoleDraft(const DomainOrganizationRole& base, QObject* parent = nullptr);
    ~RoleDraft() override;

    //! A stable key for this draft on disk: the role id, or a generated key for a new role.
    QString key() const { return m_key; }
    void setKey(const QString& key) { m_key = key; }
    bool isNew() const { return !m_base.id || m_base.id->isEmpty(); }
    QString roleId() const { return m_base.id.value_or(QString()); }
    bool isModified() const { return isNew() || !m_stack.isClean(); }

    const DomainOrganizationRole& base() const { return m_base; }
    const RoleContent& content() const { return m_content; }
    //! The base with the edited content: the role as it would be after saving.
    DomainOrganizationRole role() const;
    //! Exactly what Save sends: the A14 update body, or the A10 create body for a new role.
    QByteArray requestBody() const;
    DomainOrganizationRoleUpdate updateBody() const;
    DomainOrganizationRoleCreate createBody() const;
    QUndoStack* undoStack() { return &m_stack; }

    void setName(const QString& name);
    void setDescription(const QString& description);
    //! Grants or revokes permissions "domain:entity:action" (see PolicyEditing::setGranted).
    void setGranted(const QStringList& permissions, bool granted, const CatalogIndex& catalog);
    //! What an undo entry calls permissions: the one permission, "6 permissions of
    //! routing:queue" when they share an entity (or a domain), else "12 permissions".
    static QString describePermissions(const QStringList& permissions);
    //! Takes back chosen differences from a reference (its default), as one undoable step: see
    //! RoleDiff::takeBack.
    void takeBack(const QList<DomainPermissionPolicy>& referencePolicies,
                  const QStringList& permissions, const CatalogIndex& catalog);
    //! Sets or (nullopt) removes the condition of one policy.
    void setCondition(int policyIndex, const std::optional<DomainResourceConditionNode>& node);
    //! Replaces the whole content as one undoable step (a recovered draft, a copy).
    void setContent(const RoleContent& content, const QString& description);

    //! The save went through: the server's answer is the new base, and the stack is clean.
    void acceptSaved(const DomainOrganizationRole& saved);
    //! Someone else changed the role and the admin chose to keep their own edits: theirs is the
    //! new base, so the next save compares against it.
    void rebase(const DomainOrganizationRole& theirs);

    //! Applied by the undo commands; not for callers.
    void apply(const RoleContent& content);

Q_SIGNALS:
    void contentChanged();
    void modifiedChanged(bool modified);

private:
    void push(RoleContent after, const QString& text, int mergeId = -1);

    DomainOrganizationRole m_base;
    RoleContent m_content;
    QUndoStack m_stack;
    QString m_key;
};
