#pragma once

#include "catalog/CatalogIndex.h"
#include "catalog/PermissionCatalogModel.h"

#include <QPointer>

class RoleDraft;

//! The role editor's tree: the permission catalog (domain -> entity -> action) with what a
//! draft grants as tri-state check boxes. Checking an entity or a domain grants every action
//! below it; a permission granted by a wildcard policy is shown granted and marked as such; a
//! conditioned grant shows its condition. Changes go to the draft, which makes them undoable.
class PermissionTreeModel : public PermissionCatalogModel {
    Q_OBJECT
public:
    static constexpr int GrantedByColumn = int(Column::Count);
    enum Role {
        GrantRole = SearchTextRole + 1, //!< int Grant of an action
        PolicyRole,                     //!< index of the first policy granting an action, or -1
    };
    enum class Grant { None, Explicit, Wildcard, Conditional };

    explicit PermissionTreeModel(QObject* parent = nullptr);

    void setCatalog(const QList<DomainPermissionCollection>& catalog) override;
    const CatalogIndex& catalogIndex() const { return m_index; }
    //! The draft whose grants are shown and edited; nullptr shows nothing granted.
    void setDraft(RoleDraft* draft);
    //! Check boxes can be toggled (not for a snapshot, or while saving).
    void setEditable(bool editable);
    //! Every action permission below an index ("domain:entity:action").
    QStringList permissionsUnder(const QModelIndex& index) const;
    //! Actions granted by the draft (that the catalog knows).
    int grantedCount() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct LeafState {
        Grant grant = Grant::None;
        int policy = -1; //!< first policy that grants it
        QString via;     //!< the wildcard policy, e.g. "routing:*:view"
        QString condition;
        bool operator==(const LeafState&) const = default;
    };
    void catalogRebuilt() override;
    //! Recomputes what the draft grants; notify = tell the views what changed.
    void refresh(bool notify = true);
    Qt::CheckState checkState(const Node* node) const;

    CatalogIndex m_index;
    QPointer<RoleDraft> m_draft;
    bool m_editable = true;
    std::vector<LeafState> m_states;
    std::vector<int> m_grantedBefore; //!< prefix sums of granted leaves
    QHash<QString, Node*> m_nodes;    //!< "domain" and "domain:entity" -> node
};
