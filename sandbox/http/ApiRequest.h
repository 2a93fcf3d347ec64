#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

// One request as the sandbox's handlers see it: copied out of QHttpServerRequest, because 6.4
// reuses that object for the next request on the same connection.
struct ApiRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QStringList pathArgs; //!< decoded {placeholders} of the matched route, in order
    QString orgId;        //!< the caller's organization, from the bearer token
    QString userId;       //!< the signed-in person; empty for a client-credentials token
    //! The permission policies of the caller's roles; nullopt = not checked (the fuzz target).
    std::optional<QJsonArray> callerPolicies;

    QByteArray header(const QByteArray& name) const;
    //! A query parameter's values; repeated and comma-joined forms both give a flat list.
    QStringList queryList(const QString& key) const;
    QString queryValue(const QString& key) const;
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
};
