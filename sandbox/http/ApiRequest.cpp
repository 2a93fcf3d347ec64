#include "http/ApiRequest.h"

using namespace Qt::StringLiterals;

QByteArray ApiRequest::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QStringList ApiRequest::queryList(const QString& key) const {
    QStringList out;
    for (const QString& value : query.allQueryItemValues(key, QUrl::FullyDecoded))
        for (const QString& part : value.split(u','))
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
    return out;
}

QString ApiRequest::queryValue(const QString& key) const {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}
