#pragma once

#include <QAbstractListModel>
#include <QPointer>

class OrgSession;

//! Everything Ctrl+K can jump to: roles, permissions, trustees and trustors, one row each. A
//! thin adapter over the session's stores: a saved, created or deleted role changes its one row.
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

    //! The organization indexed; nullptr for none. Not owned.
    void setSession(OrgSession* session);
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
    Entry roleEntry(const QString& roleId) const;
    void rebuild();
    //! Rebuilds the entries after the roles (catalog, trusts changed).
    void rebuildTail();
    void roleAdded(const QString& roleId);
    void roleChanged(const QString& roleId);
    void roleRemoved(const QString& roleId);

    QPointer<OrgSession> m_session;
    QList<Entry> m_roles; //!< rows [0, roles)
    QList<Entry> m_tail;  //!< permissions, trustees, trustors after them
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
