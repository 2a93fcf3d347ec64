#pragma once

#include "catalog/CatalogStore.h"
#include "wire/CatalogTypes.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

//! The permission catalog as a tree: domain -> entity -> action, with the catalog's label and
//! the allows-conditions and division-aware flags. A thin adapter over the wire types.
class PermissionCatalogModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Column { Name, Label, Conditions, DivisionAware, Count };
    enum Role {
        PermissionRole = Qt::UserRole + 1, //!< "domain:entity:action", or the prefix of a branch
        KindRole,                          //!< Kind
        SearchTextRole,                    //!< everything the filter matches against
    };
    enum class Kind { Domain, Entity, Action };

    explicit PermissionCatalogModel(QObject* parent = nullptr);
    ~PermissionCatalogModel() override;

    //! Shows the store's catalog and follows it (a thin adapter); nullptr for none. Not owned.
    void setStore(CatalogStore* store);
    //! Shows a catalog of its own (a model used without a store).
    virtual void setCatalog(const QList<DomainPermissionCollection>& domains);
    int permissionCount() const { return m_permissionCount; }
    //! The index of a permission "domain:entity:action" (or a domain / entity prefix).
    QModelIndex indexOf(const QString& permission) const;
    //! The permission "domain:entity:action" of an action's row (any column, through any proxy
    //! of this model or of PermissionTreeModel); empty for a domain or an entity.
    static QString actionPermission(const QModelIndex& index);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    struct Node {
        Kind kind = Kind::Domain;
        QString name;
        QString label;
        QString permission;
        bool allowsConditions = false;
        bool divisionAware = false;
        Node* parent = nullptr;
        int row = 0;
        int firstLeaf = 0; //!< the actions below this node are leaves()[firstLeaf, +leafCount)
        int leafCount = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeFor(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    //! Called inside setCatalog()'s reset, after the tree is built: a subclass's own state
    //! must be ready before the views ask again.
    virtual void catalogRebuilt() {}
    //! Every action node, in tree order.
    const std::vector<Node*>& leaves() const { return m_leaves; }

private:
    Node m_root;
    std::vector<Node*> m_leaves;
    int m_permissionCount = 0;
    QPointer<CatalogStore> m_store;
};
