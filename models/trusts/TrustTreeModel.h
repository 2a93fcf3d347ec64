#pragma once

#include "trusts/TrustStore.h"

#include <QAbstractItemModel>
#include <QPointer>

//! One side of the organization's trusts as a tree: an organization per top-level row, its
//! users below. Trustees show the roles this org gave each user; trustors show how many
//! permissions the trust grants there. A thin adapter over a TrustStore.
class TrustTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Column { Name, Email, Status, Access, Since, Count };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the organization id (top level) or user id
    };

    explicit TrustTreeModel(TrustStore::Side side, QObject* parent = nullptr);

    //! The store shown; nullptr for none. Not owned.
    void setStore(TrustStore* store);
    TrustStore::Side side() const { return m_side; }
    //! The top-level index of an organization, or an invalid one.
    QModelIndex indexOf(const QString& orgId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int memberCount(int row) const;
    QVariant organizationData(int row, Column column, int role) const;
    QVariant memberData(int row, int member, Column column, int role) const;
    void storeReset(TrustStore::Side side);
    void added(TrustStore::Side side, const QString& orgId);
    void changed(TrustStore::Side side, const QString& orgId);
    void removed(TrustStore::Side side, const QString& orgId);

    TrustStore::Side m_side;
    QPointer<TrustStore> m_store;
    QStringList m_ids;         //!< organizations in row order
    QList<int> m_memberCounts; //!< children per row, as the view last learned them
};
