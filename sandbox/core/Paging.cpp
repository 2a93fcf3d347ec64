#include "core/Paging.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> positiveInt(const ApiRequest& request, const QString& key, int fallback,
                               ApiResponse* error) {
    if (!request.hasQuery(key))
        return fallback;
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    if (!ok || value < 1) {
        *error =
            ApiResponse::badRequest(u"%1 must be a whole number of at least 1, not \"%2\"."_s.arg(
                                        key, request.queryValue(key)),
                                    key, u"invalid.value"_s);
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<Paging> Paging::parse(const ApiRequest& request, int maxPageSize,
                                    ApiResponse* error) {
    // The API's default page size, or the limit when that is lower: a request that names no
    // page size is never refused for one.
    const auto size = positiveInt(request, u"pageSize"_s, qMin(25, maxPageSize), error);
    if (!size)
        return std::nullopt;
    const auto number = positiveInt(request, u"pageNumber"_s, 1, error);
    if (!number)
        return std::nullopt;
    if (*size > maxPageSize) {
        *error = ApiResponse::badRequest(
            u"pageSize must be at most %1, not %2."_s.arg(maxPageSize).arg(*size), u"pageSize"_s,
            u"invalid.value"_s);
        return std::nullopt;
    }
    Paging p;
    p.m_pageSize = *size;
    p.m_pageNumber = *number;
    return p;
}

QJsonObject Paging::envelope(const ApiRequest& request, const QJsonArray& all,
                             bool withUris) const {
    return envelope(
        request, all.size(), [&all](qsizetype i) { return all[i]; }, withUris);
}

QJsonObject Paging::envelope(const ApiRequest& request, qsizetype total,
                             const std::function<QJsonValue(qsizetype)>& itemAt,
                             bool withUris) const {
    QJsonArray page;
    const qsizetype first = offset();
    for (qsizetype i = first; i < total && i < first + m_pageSize; ++i)
        page.append(itemAt(i));
    QJsonObject out = frame(request, total, withUris);
    out.insert("entities"_L1, page);
    return out;
}

QByteArray Paging::envelopeBytes(const ApiRequest& request, qsizetype total,
                                 const std::function<void(qsizetype, QByteArray&)>& appendItem,
                                 bool withUris) const {
    QJsonObject framed = frame(request, total, withUris);
    framed.insert("entities"_L1, QJsonArray());
    const QByteArray frameBytes = QJsonDocument(framed).toJson(QJsonDocument::Compact);
    static constexpr QByteArrayView empty = "\"entities\":[]";
    const qsizetype at = frameBytes.indexOf(empty);
    Q_ASSERT(at > 0);
    QByteArray out = frameBytes.left(at + empty.size() - 1);
    const qsizetype first = offset();
    for (qsizetype i = first; i < total && i < first + m_pageSize; ++i) {
        if (i > first)
            out += ',';
        appendItem(i, out);
    }
    out += QByteArrayView(frameBytes).sliced(at + empty.size() - 1);
    return out;
}

QJsonObject Paging::frame(const ApiRequest& request, qsizetype total, bool withUris) const {
    const int pageCount = int((total + m_pageSize - 1) / m_pageSize);
    QJsonObject out{{u"pageSize"_s, m_pageSize},
                    {u"pageNumber"_s, m_pageNumber},
                    {u"total"_s, total},
                    {u"pageCount"_s, pageCount}};
    if (!withUris)
        return out;

    auto uri = [&](int pageNumber) {
        QUrlQuery q;
        q.addQueryItem(u"pageSize"_s, QString::number(m_pageSize));
        q.addQueryItem(u"pageNumber"_s, QString::number(pageNumber));
        for (const auto& [key, value] : request.query.queryItems(QUrl::FullyEncoded))
            if (key != "pageSize"_L1 && key != "pageNumber"_L1)
                q.addQueryItem(key, value);
        return request.path + u'?' + q.query(QUrl::FullyEncoded);
    };
    out.insert("firstUri"_L1, uri(1));
    out.insert("selfUri"_L1, uri(m_pageNumber));
    out.insert("lastUri"_L1, uri(qMax(1, pageCount)));
    if (m_pageNumber > 1)
        out.insert("previousUri"_L1, uri(qMin(m_pageNumber - 1, qMax(1, pageCount))));
    if (m_pageNumber < pageCount)
        out.insert("nextUri"_L1, uri(m_pageNumber + 1));
    return out;
}
