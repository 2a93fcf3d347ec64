#pragma once

#include "diff/RoleDiff.h"

#include <QAbstractTableModel>

//! Several roles side by side: one row per concrete permission, one column per role, a cell
//! says whether (and under what condition) that role grants it. By default only the rows where
//! the roles differ: "which of my agent roles grants what".
class RoleMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kMaxRoles = 8;
    enum Role { PermissionRole = Qt::UserRole + 1, GrantedRole };

    explicit RoleMatrixModel(QObject* parent = nullptr);

    //! 2 to kMaxRoles roles (more are ignored), each with its column label.
    void setRoles(const QList<RoleDiff::Side>& roles, const QStringList& labels);
    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }
    int roleCount() const { return int(m_labels.size()); }
    //! Permissions where the roles differ, whatever the filter.
    int differenceCount() const { return m_differenceCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString permission;
        QList<QStringList> cells; //!< per role: condition keys ("" = unconditioned), empty = no
        QStringList shown;        //!< per role: what the cell says
        bool differs = false;
    };
    void rebuildVisible();

    QStringList m_labels;
    QList<Row> m_rows;
    QList<int> m_visible;
    bool m_differencesOnly = true;
    int m_differenceCount = 0;
};
