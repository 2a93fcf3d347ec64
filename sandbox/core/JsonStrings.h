#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

//! The strings of a JSON array (ids, actions, permission strings); a non-array gives an empty
//! list and a non-string element an empty string, which the callers' validation then names.
inline QStringList jsonStrings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}
