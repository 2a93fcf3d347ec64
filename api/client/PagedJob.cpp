#include "client/PagedJob.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<int> smallerPageSize(const ApiStatus& status, int asked) {
    if (status.httpStatus != 400)
        return std::nullopt;
    const ErrorBody& e = status.errorBody;
    bool aboutPageSize = e.message.contains(u"pageSize"_s, Qt::CaseInsensitive)
                         || e.message.contains(u"page size"_s, Qt::CaseInsensitive);
    for (const ErrorDetail& d : e.details)
        aboutPageSize = aboutPageSize || d.fieldName == "pageSize"_L1;
    const int current = asked > 0 ? asked : 25;
    if (!aboutPageSize || current <= 1)
        return std::nullopt;
    // "pageSize must be at most 10", "… less than or equal to 100", "maximum of 100".
    static const QRegularExpression limit(
        u"(?:at most|less than or equal to|maximum(?: of| is)?|max(?:imum)? page size(?: is)?)"
        "\\s*(\\d{1,6})"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = limit.match(e.message);
    const int named = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (named >= 1 && named < current)
        return named;
    return qMax(1, current / 2);
}
