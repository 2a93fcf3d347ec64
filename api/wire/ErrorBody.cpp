#include "wire/ErrorBody.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString stringField(const QJsonObject& json, QLatin1StringView key) {
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString() : QString();
}

void putIfSet(QJsonObject& json, QLatin1StringView key, const QString& value) {
    if (!value.isEmpty())
        json.insert(key, value);
}

} // namespace

ErrorDetail ErrorDetail::fromJson(const QJsonObject& json) {
    return {stringField(json, "errorCode"_L1), stringField(json, "fieldName"_L1),
            stringField(json, "entityId"_L1), stringField(json, "entityName"_L1)};
}

QJsonObject ErrorDetail::toJson() const {
    QJsonObject json;
    putIfSet(json, "errorCode"_L1, errorCode);
    putIfSet(json, "fieldName"_L1, fieldName);
    putIfSet(json, "entityId"_L1, entityId);
    putIfSet(json, "entityName"_L1, entityName);
    return json;
}

ErrorBody ErrorBody::fromJson(const QJsonObject& json) {
    static const QStringList known = {u"message"_s,       u"code"_s,       u"status"_s,
                                      u"entityId"_s,      u"entityName"_s, u"messageWithParams"_s,
                                      u"messageParams"_s, u"contextId"_s,  u"details"_s,
                                      u"errors"_s,        u"limit"_s};
    ErrorBody body;
    body.message = stringField(json, "message"_L1);
    body.code = stringField(json, "code"_L1);
    if (json.value("status"_L1).isDouble())
        body.status = json.value("status"_L1).toInt();
    body.entityId = stringField(json, "entityId"_L1);
    body.entityName = stringField(json, "entityName"_L1);
    body.messageWithParams = stringField(json, "messageWithParams"_L1);
    const QJsonObject params = json.value("messageParams"_L1).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        if (it->isString())
            body.messageParams.insert(it.key(), it->toString());
    body.contextId = stringField(json, "contextId"_L1);
    for (const QJsonValue& d : json.value("details"_L1).toArray())
        if (d.isObject())
            body.details.append(ErrorDetail::fromJson(d.toObject()));
    for (const QJsonValue& e : json.value("errors"_L1).toArray())
        if (e.isObject())
            body.errors.append(ErrorBody::fromJson(e.toObject()));
    const QJsonValue limit = json.value("limit"_L1);
    if (limit.isObject()) {
        const QJsonObject l = limit.toObject();
        body.limit = ErrorLimit{stringField(l, "key"_L1), stringField(l, "namespace"_L1),
                                l.value("value"_L1).toInteger()};
    }
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            body.unknownFields.insert(it.key(), it.value());
    return body;
}

QJsonObject ErrorBody::toJson() const {
    QJsonObject json = unknownFields;
    putIfSet(json, "message"_L1, message);
    putIfSet(json, "code"_L1, code);
    if (status != 0)
        json.insert("status"_L1, status);
    putIfSet(json, "entityId"_L1, entityId);
    putIfSet(json, "entityName"_L1, entityName);
    putIfSet(json, "messageWithParams"_L1, messageWithParams);
    QJsonObject params;
    for (auto it = messageParams.cbegin(); it != messageParams.cend(); ++it)
        params.insert(it.key(), it.value());
    json.insert("messageParams"_L1, params);
    putIfSet(json, "contextId"_L1, contextId);
    QJsonArray detailArray;
    for (const ErrorDetail& d : details)
        detailArray.append(d.toJson());
    json.insert("details"_L1, detailArray);
    QJsonArray errorArray;
    for (const ErrorBody& e : errors)
        errorArray.append(e.toJson());
    json.insert("errors"_L1, errorArray);
    if (limit)
        json.insert("limit"_L1, QJsonObject{{u"key"_s, limit->key},
                                            {u"namespace"_s, limit->nameSpace},
                                            {u"value"_s, limit->value}});
    return json;
}

QString ErrorBody::resolvedMessage() const {
    if (messageWithParams.isEmpty())
        return message;
    QString text = messageWithParams;
    for (auto it = messageParams.cbegin(); it != messageParams.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}
