#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

//! One entry of ErrorBody.details: which field or entity a server-side validation error is about.
struct ErrorDetail {
    QString errorCode;
    QString fieldName;
    QString entityId;
    QString entityName;

    static ErrorDetail fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    friend bool operator==(const ErrorDetail&, const ErrorDetail&) = default;
};

//! ErrorBody.limit: set when a platform limit was exceeded.
struct ErrorLimit {
    QString key;
    QString nameSpace; // "namespace" on the wire; a C++ keyword here.
    qint64 value = 0;
    friend bool operator==(const ErrorLimit&, const ErrorLimit&) = default;
};

//! The body of every non-2xx Platform API response (MODELS.md, "ErrorBody"). All fields are
//! optional on the wire; fields this type does not know are kept in `unknownFields` and written
//! back, so nothing a newer server sends is lost.
struct ErrorBody {
    QString message;
    QString code;
    int status = 0;
    QString entityId;
    QString entityName;
    QString messageWithParams;
    QMap<QString, QString> messageParams;
    QString contextId;
    QList<ErrorDetail> details;
    QList<ErrorBody> errors;
    std::optional<ErrorLimit> limit;
    QJsonObject unknownFields;

    //! Decodes leniently: wrong-typed fields are skipped, never guessed.
    static ErrorBody fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    //! messageWithParams with every {name} replaced from messageParams; falls back to message.
    QString resolvedMessage() const;

    friend bool operator==(const ErrorBody&, const ErrorBody&) = default;
};
