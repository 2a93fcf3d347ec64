#include "trusts/TrustAudit.h"

#include "client/PlatformClient.h"
#include "org/Csv.h"
#include "trusts/TrustStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

//! The first of `names` that holds a string, a number, or an object with a name or an id.
QString firstText(const QJsonObject& json, std::initializer_list<QLatin1StringView> names) {
    for (QLatin1StringView name : names) {
        const QJsonValue v = json.value(name);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto inner : {"name"_L1, "message"_L1, "displayName"_L1, "id"_L1})
                if (o.value(inner).isString() && !o.value(inner).toString().isEmpty())
                    return o.value(inner).toString();
        }
    }
    return {};
}

QDateTime timeOf(const QJsonObject& json) {
    for (auto name : {"eventDate"_L1, "timestamp"_L1, "eventTime"_L1, "dateCreated"_L1}) {
        const QJsonValue v = json.value(name);
        if (v.isString()) {
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            if (t.isValid())
                return t.toUTC();
        }
        if (v.isDouble()) // epoch milliseconds
            return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
    }
    return {};
}

} // namespace

AuditEntry AuditEntry::decode(const QJsonObject& json) {
    AuditEntry e;
    e.json = json;
    e.time = timeOf(json);
    e.user = firstText(json, {"user"_L1, "userName"_L1, "userId"_L1});
    e.action = firstText(json, {"action"_L1, "actionName"_L1});
    e.entityType = firstText(json, {"entityType"_L1});
    e.entity = firstText(json, {"entity"_L1, "entityName"_L1, "entityId"_L1});
    e.message = firstText(json, {"message"_L1, "messageLocalized"_L1, "description"_L1});
    e.status = firstText(json, {"status"_L1});
    return e;
}

AuditSearch::AuditSearch(OrgSession* session, AuditQuestion question, QObject* parent)
    : Operation(session, parent)
    , m_question(std::move(question)) {}

void AuditSearch::run() {
    const bool trustee = m_question.side == AuditQuestion::Side::Trustee;
    if (m_question.organizationIds.isEmpty())
        m_question.organizationIds = session()->trusts()->ids(trustee ? TrustStore::Side::Trustees
                                                                      : TrustStore::Side::Trustors);
    if (m_question.organizationIds.isEmpty())
        return fail(OperationFailure::refused(
            trustee ? tr("No organization has access to this one: there is nothing to audit.")
                    : tr("No organization trusts this one: there is nothing to audit.")));
    if (m_question.from.isValid() && m_question.to.isValid() && m_question.from > m_question.to)
        return fail(OperationFailure::refused(tr("The start of the period is after its end.")));
    AuditQueryWindow window;
    if (m_question.from.isValid())
        window.startDate = WireDateTime(m_question.from);
    if (m_question.to.isValid())
        window.endDate = WireDateTime(m_question.to);
    if (!m_question.phrase.trimmed().isEmpty())
        window.queryPhrase = m_question.phrase.trimmed();
    AuditQuery paging;
    paging.pageNumber = qMax(1, m_question.page);
    paging.pageSize = m_question.pageSize;
    paging.sortBy = u"timestamp"_s;
    paging.sortOrder = m_question.newestFirst ? u"descending"_s : u"ascending"_s;

    const auto onFailure = [this](const ApiStatus& status) {
        fail(OperationFailure::from(status));
    };
    if (trustee) {
        TrusteeAuditQueryRequest body;
        static_cast<AuditQueryWindow&>(body) = window;
        body.trusteeOrganizationIds = m_question.organizationIds;
        body.trusteeUserIds = m_question.userIds;
        auto* job = client()->queryTrusteeAudits(body, paging);
        expectAnswers(1);
        return watch(
            job,
            [this, job] {
                take(job->result());
                answered();
                finish();
            },
            onFailure);
    }
    expectAnswers(int(m_question.organizationIds.size()));
    for (const QString& org : std::as_const(m_question.organizationIds)) {
        TrustorAuditQueryRequest body;
        static_cast<AuditQueryWindow&>(body) = window;
        body.trustorOrganizationId = org;
        body.trusteeUserIds = m_question.userIds;
        auto* job = client()->queryTrustorAudits(body, paging);
        watch(
            job,
            [this, job] {
                take(job->result());
                if (answered())
                    finish();
            },
            onFailure);
    }
}

void AuditSearch::take(const AuditQueryResponse& response) {
    const QList<QJsonObject> entities = response.entities.value_or(QList<QJsonObject>());
    for (const QJsonObject& o : entities)
        m_entries.append(AuditEntry::decode(o));
    m_total += response.total.value_or(entities.size());
    m_pageCount = qMax(m_pageCount, response.pageCount.value_or(1));
}

void AuditSearch::finish() {
    const bool newestFirst = m_question.newestFirst;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [newestFirst](const AuditEntry& a, const AuditEntry& b) {
                         return newestFirst ? a.time > b.time : a.time < b.time;
                     });
    succeed();
}

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(QList<AuditEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QString AuditTableModel::text(const AuditEntry& e, Column column) const {
    switch (column) {
    case Column::Time:
        return e.time.isValid() ? QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat)
                                : QString();
    case Column::User:
        return e.user;
    case Column::Action:
        return e.action;
    case Column::EntityType:
        return e.entityType;
    case Column::Entity:
        return e.entity;
    case Column::Message:
        return e.message;
    case Column::Status:
        return e.status;
    case Column::Count:
        break;
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(e, column);
    case Qt::ToolTipRole:
        return column == Column::Time && e.time.isValid() ? e.time.toString(Qt::ISODateWithMs)
                                                          : text(e, column);
    case JsonRole:
        return QString::fromUtf8(QJsonDocument(e.json).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Action:
        return tr("Action");
    case Column::EntityType:
        return tr("Entity type");
    case Column::Entity:
        return tr("Entity");
    case Column::Message:
        return tr("Message");
    case Column::Status:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

QByteArray AuditTableModel::toCsv() const {
    QStringList header;
    for (int c = 0; c < int(Column::Count); ++c)
        header.append(Csv::field(headerData(c, Qt::Horizontal).toString()));
    header.append(u"JSON"_s);
    QString out = header.join(u',') + u"\r\n"_s;
    for (const AuditEntry& e : m_entries) {
        QStringList row;
        for (int c = 0; c < int(Column::Count); ++c)
            row.append(Csv::field(Column(c) == Column::Time && e.time.isValid()
                                      ? e.time.toString(Qt::ISODateWithMs)
                                      : text(e, Column(c))));
        row.append(
            Csv::field(QString::fromUtf8(QJsonDocument(e.json).toJson(QJsonDocument::Compact))));
        out += row.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}
