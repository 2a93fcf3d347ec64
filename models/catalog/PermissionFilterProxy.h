#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

//! Filters the catalog tree as the admin types: every word must occur in the permission string
//! or the label ("queue view", "routing:queue"). Parents of matches stay, so the tree shows where
//! each match lives.
class PermissionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PermissionFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    //! Only checked (or partly checked) permissions, for a model with check states. A
    //! permission unchecked while shown stays (struck through) until the filter is applied
    //! again: the next Space must not act on the row that moved up into its place.
    void setCheckedOnly(bool checkedOnly);
    //! Filters again from scratch: what was kept after unchecking goes.
    void reapply();
    void setSourceModel(QAbstractItemModel* source) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void keepUnchecked(const QModelIndex& topLeft, const QModelIndex& bottomRight);

    QStringList m_words;
    bool m_checkedOnly = false;
    QSet<QString> m_kept; //!< unchecked while shown: stays until the filter is applied again
    QMetaObject::Connection m_watch;
};
