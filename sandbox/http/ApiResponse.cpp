#include "http/ApiResponse.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

ApiResponse ApiResponse::json(const QJsonObject& object, int status) {
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(const QJsonArray& array, int status) {
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiResponse ApiResponse::json(QByteArray body, int status) {
    return {status, std::move(body), "application/json", {}};
}

ApiResponse ApiResponse::noContent() {
    return {204, {}, {}, {}};
}

ApiResponse ApiResponse::error(ErrorBody body) {
    if (body.contextId.isEmpty())
        body.contextId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int status = body.status;
    return json(body.toJson(), status);
}

ApiResponse ApiResponse::error(int status, const QString& code, const QString& message) {
    ErrorBody body;
    body.status = status;
    body.code = code;
    body.message = message;
    return error(body);
}

ApiResponse ApiResponse::notFound(const QString& what, const QString& id) {
    ErrorBody body;
    body.status = 404;
    body.code = u"not.found"_s;
    body.message = u"The %1 %2 was not found."_s.arg(what, id);
    body.messageWithParams = u"The %1 {id} was not found."_s.arg(what);
    body.messageParams.insert(u"id"_s, id);
    body.entityId = id;
    return error(body);
}

ApiResponse ApiResponse::badRequest(const QString& message, const QString& fieldName,
                                    const QString& code) {
    ErrorBody body;
    body.status = 400;
    body.code = code;
    body.message = message;
    if (!fieldName.isEmpty())
        body.details.append(ErrorDetail{code, fieldName, {}, {}});
    return error(body);
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
