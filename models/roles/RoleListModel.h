#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>

//! The organization's roles as a flat list, fed page by page as a listing arrives.
class RoleListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DescriptionRole,
        UserCountRole,
        IsDefaultRole,
    };

    explicit RoleListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Appends the roles of one page (DomainOrganizationRole objects).
    void appendRoles(const QList<QJsonObject>& roles);
    void clear();

private:
    QList<QJsonObject> m_roles;
};
