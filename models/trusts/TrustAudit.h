#pragma once

#include "org/Operation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>

//! One audit entry as far as it can be read: the SDK does not define the shape, so every field
//! is looked for under the names the service is known to use, and the whole object is kept.
struct AuditEntry {
    QJsonObject json;
    QDateTime time; //!< invalid when the entry names none
    QString user;
    QString action;
    QString entityType;
    QString entity;
    QString message;
    QString status;

    static AuditEntry decode(const QJsonObject& json);
};

//! What an audit query asks: one side, organizations and users (empty: all this org knows on
//! that side), a time window, a phrase, a page, and the order.
struct AuditQuestion {
    enum class Side {
        Trustee, //!< O19: what partners' users did in this org
        Trustor, //!< O20: what this org's users did in organizations that trust it
    };
    Side side = Side::Trustee;
    QStringList organizationIds;
    QStringList userIds;
    QDateTime from;
    QDateTime to;
    QString phrase;
    int page = 1;
    int pageSize = 25;
    bool newestFirst = true;
};

//! Runs an audit query: O19 once with the organizations, or O20 once per trustor organization
//! (it takes one), merged in time order. Never fails on a field it does not know.
class AuditSearch : public Operation {
    Q_OBJECT
public:
    AuditSearch(OrgSession* session, AuditQuestion question, QObject* parent = nullptr);

    const QList<AuditEntry>& entries() const { return m_entries; }
    qint64 total() const { return m_total; }
    int pageCount() const { return m_pageCount; }
    const AuditQuestion& question() const { return m_question; }

protected:
    void run() override;
    int steps() const override { return qMax(1, int(m_question.organizationIds.size())); }

private:
    void take(const AuditQueryResponse& response);
    void finish();

    AuditQuestion m_question;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0;
    int m_pageCount = 0;
};

//! Audit entries as a table (time, user, action, entity type, entity, message, status); the
//! whole entry is under JsonRole. Exports what it shows as CSV.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, User, Action, EntityType, Entity, Message, Status, Count };
    enum Role { JsonRole = Qt::UserRole + 1 };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry>& entries() const { return m_entries; }
    //! RFC 4180: a header row, then one row per entry, with the entry's JSON last.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const AuditEntry& entry, Column column) const;

    QList<AuditEntry> m_entries;
};
