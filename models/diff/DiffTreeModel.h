#pragma once

#include "diff/RoleDiff.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

//! A RoleDiff::Result as a tree domain -> entity -> action. Each row carries its change as a
//! glyph (+ - ~) and a colour from a colour-blind-safe palette; domains and entities count the
//! differences below them. Optionally checkable: the admin checks differences to take back.
class DiffTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Column { Permission, Difference, RoleCondition, ReferenceCondition, Count };
    enum Role {
        ChangeRole = Qt::UserRole + 1, //!< RoleDiff::Change as int, on action rows
        PermissionRole,                //!< "domain:entity:action" / "domain:entity" / "domain"
        DifferenceCountRole,           //!< differences at or below this row
        IsActionRole,
    };

    explicit DiffTreeModel(QObject* parent = nullptr);

    //! What is compared, as the admin named the two sides ("Supervisor (draft)", "its default").
    void setResult(const RoleDiff::Result& result, const QString& roleLabel,
                   const QString& referenceLabel);
    const RoleDiff::Result& result() const { return m_result; }
    void clear();

    //! Differences get check boxes (take back); unchanged rows never do.
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    QStringList checkedPermissions() const;
    void setAllChecked(bool checked);

    //! The action row of a permission, or an invalid index.
    QModelIndex indexOf(const QString& permission) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString glyph(RoleDiff::Change change);
    static QColor colour(RoleDiff::Change change);

Q_SIGNALS:
    void checkedChanged();

private:
    struct Node {
        int parent = -1; //!< index into m_nodes, -1 for a domain
        int row = 0;     //!< row under its parent
        QString name;
        QList<int> children;
        int atom = -1; //!< index into m_result.atoms for an action row
        int counts[4] = {0, 0, 0, 0};
        bool checked = false;
    };

    const Node* node(const QModelIndex& index) const;
    QVariant actionData(const Node& n, Column column, int role) const;
    QVariant groupData(const Node& n, Column column, int role) const;
    Qt::CheckState checkState(const Node& n) const;
    void setChecked(int nodeIndex, bool checked);
    void emitCheckChanged(int nodeIndex);

    RoleDiff::Result m_result;
    QString m_roleLabel;
    QString m_referenceLabel;
    std::vector<Node> m_nodes;
    QList<int> m_domains;
    QHash<QString, int> m_byPermission;
    bool m_checkable = false;
};

//! Filters a DiffTreeModel: only differences (on by default) and as-you-type search (every word
//! in the permission or a condition). Domains and entities stay when something below matches.
class DiffFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DiffFilterProxy(QObject* parent = nullptr);
    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_differencesOnly = true;
    QStringList m_words;
};
