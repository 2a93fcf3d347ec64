#pragma once

#include <QAbstractListModel>
#include <QPointer>

class OrgSession;

//! Everything Ctrl+K can jump to: roles, permissions, trustees, trustors and people, one row each.
//! A thin adapter over the session's stores: a saved, created or deleted role changes its one row.
class SearchIndexModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Role, Permission, Trustee, Trustor, Person };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, //!< Kind
        KeyRole,                     //!< role id, permission string, organization or user id
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
    QList<Entry> roleEntries() const;
    QList<Entry> permissionEntries() const;
    QList<Entry> trustEntries() const;
    QList<Entry> personEntries() const;
    //! Everything again (another session, or none).
    void rebuild();
    //! One section's rows replaced by `entries`; the others stay as they are.
    void replaceSection(QList<Entry>& section, int firstRow, QList<Entry> entries);
    void roleAdded(const QString& roleId);
    void roleChanged(const QString& roleId);
    void roleRemoved(const QString& roleId);
    const Entry& entry(int row) const;

    QPointer<OrgSession> m_session;
    // The rows, section after section; each is rebuilt only when its store changes.
    QList<Entry> m_roles;
    QList<Entry> m_permissions;
    QList<Entry> m_trusts; //!< trustees, then trustors
    QList<Entry> m_people; //!< once the user directory is loaded
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
