#pragma once

#include <QSortFilterProxyModel>

//! Filters the catalog tree as the admin types: every word must occur in the permission string
//! or the label ("queue view", "routing:queue"). Parents of matches stay, so the tree shows where
//! each match lives.
class PermissionFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PermissionFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    //! Only checked (or partly checked) permissions, for a model with check states.
    void setCheckedOnly(bool checkedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    bool m_checkedOnly = false;
};
