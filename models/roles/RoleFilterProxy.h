#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

//! Search, quick filters and "roles that grant permission P" over a RoleTableModel; sorts on
//! RoleTableModel::SortRole.
class RoleFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Kind { All, Custom, Default, NeedsUpdate };

    explicit RoleFilterProxy(QObject* parent = nullptr);

    //! Every word must occur in the name or the description.
    void setSearchText(const QString& text);
    void setKind(Kind kind);
    //! Only roles whose policies grant this permission (wildcards honoured); empty = no filter.
    void setPermission(const QString& permission);
    //! Only these role ids (the server's answer to a permission query); nullopt = no filter.
    void setAllowedIds(std::optional<QSet<QString>> ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    Kind m_kind = Kind::All;
    QString m_permission;
    std::optional<QSet<QString>> m_allowed;
};
