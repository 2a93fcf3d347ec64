#pragma once

#include "wire/ErrorBody.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(const QJsonObject& object, int status = 200);
    static ApiResponse json(const QJsonArray& array, int status = 200);
    //! A body that is already JSON.
    static ApiResponse json(QByteArray body, int status = 200);
    static ApiResponse noContent();
    //! An ErrorBody response; a fresh contextId is filled in when the body has none.
    static ApiResponse error(ErrorBody body);
    static ApiResponse error(int status, const QString& code, const QString& message);
    static ApiResponse notFound(const QString& what, const QString& id);
    static ApiResponse badRequest(const QString& message, const QString& fieldName = {},
                                  const QString& code = QStringLiteral("bad.request"));
};

//! The reason phrase for a status line.
QByteArray reasonPhrase(int status);
