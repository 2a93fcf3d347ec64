#pragma once

#include "OrgData.h"

#include <QAbstractListModel>

//! Everything Ctrl+K can jump to: roles, permissions, trustees and trustors, one row each.
class SearchIndexModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Role, Permission, Trustee, Trustor };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, //!< Kind
        KeyRole,                     //!< role id, permission string, or organization id
        SearchTextRole,
    };

    explicit SearchIndexModel(QObject* parent = nullptr);

    void setData(const OrgData& data);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    static QString kindName(Kind kind);

private:
    struct Entry {
        Kind kind;
        QString title;
        QString detail;
        QString key;
    };
    QList<Entry> m_entries;
};

#include <QSortFilterProxyModel>

//! Matches every typed word against title and detail; best matches first: names that start with
//! the text, then the rest, roles before permissions before trusts.
class SearchFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SearchFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QStringList m_words;
};
