#pragma once

#include "trusts/TrustStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

//! One side of the organization's trusts as a table, an organization per row. Trustees: name,
//! enabled, expiry ("in 3 days", "expired"), users "12 / 25", the three access flags, created by
//! and when. Trustors: name, enabled, this org's users there, the permissions the trust grants,
//! created by and when. A thin adapter over a TrustStore.
class TrustListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column {
        Name,
        Enabled,
        Expires, //!< trustees only; trustors show the permissions there
        Users,
        UsesDefaultRole,
        HasFullAccess,
        IsTrustedUser,
        CreatedBy,
        Created,
        Count
    };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the organization id
        SortRole,                  //!< a value that sorts (dates, counts)
    };

    explicit TrustListModel(TrustStore::Side side, QObject* parent = nullptr);

    //! The store shown; nullptr for none. Not owned.
    void setStore(TrustStore* store);
    TrustStore::Side side() const { return m_side; }
    QModelIndex indexOf(const QString& orgId) const;
    //! The time "in 3 days" is counted from (now, unless a test sets it).
    void setNow(const QDateTime& now) { m_now = now; }

    //! "in 3 days", "in 5 hours", "today", "expired", or "never" for no expiry.
    static QString expiryText(const std::optional<QDateTime>& expiry, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant trusteeData(const TrusteeEntry& t, Column column, int role) const;
    QVariant trustorData(const TrustorEntry& t, Column column, int role) const;
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    void storeReset(TrustStore::Side side);

    TrustStore::Side m_side;
    QPointer<TrustStore> m_store;
    QStringList m_ids; //!< organizations in row order
    QDateTime m_now;
};

//! The users of one trust: trustee users with the roles this org gave each, or this org's users
//! in a trustor organization. Name, email, state, roles here, added when and by whom.
class TrustMemberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Name, Email, State, Roles, Added, Count };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the user id
        RoleIdsRole,               //!< trustees: the ids of the roles this org gave them
    };

    explicit TrustMemberModel(TrustStore::Side side, QObject* parent = nullptr);

    void setStore(TrustStore* store);
    //! The organization whose users are shown; empty for none.
    void setOrganization(const QString& orgId);
    QString organization() const { return m_orgId; }
    QModelIndex indexOf(const QString& userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refill();
    const TrustUser* user(int row) const;

    TrustStore::Side m_side;
    QPointer<TrustStore> m_store;
    QString m_orgId;
    int m_rows = 0;
};

//! The user's state as a word ("Active", "Inactive", "Deleted").
QString trustUserState(const std::optional<QString>& state);
