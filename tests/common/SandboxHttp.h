#pragma once

#include "Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

//! One finished HTTP exchange with the sandbox.
struct HttpResult {
    int status = 0; //!< 0: no HTTP response (dropped, refused, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    //! The id of the first entity of a listing; empty when there is none.
    QString firstEntityId() const {
        return object()
            .value(QLatin1StringView("entities"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1StringView("id"))
            .toString();
    }
    //! ErrorBody.code, for asserting which error a user would be shown.
    QString code() const { return object().value(QLatin1StringView("code")).toString(); }
};

//! Real HTTP to a sandbox on 127.0.0.1: a token per organization, and blocking requests that
//! spin the event loop (the sandbox serves from its own thread).
class SandboxHttp {
public:
    explicit SandboxHttp(const Sandbox& sandbox);

    //! POST /oauth/token with the org's client credentials; empty on failure.
    QByteArray login(const SandboxOrganization& org);
    QByteArray loginHome() { return login(m_sandbox.homeOrganization()); }
    //! POST /oauth/token with these client credentials, whatever it answers.
    HttpResult token(const QString& clientId, const QString& secret);
    SandboxOrganization org(int index) const { return m_sandbox.organizations().value(index); }

    QNetworkReply* send(const QByteArray& method, const QString& pathAndQuery,
                        const QByteArray& token, const QByteArray& body = {});
    HttpResult call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& token,
                    const QByteArray& body = {});
    HttpResult get(const QString& path, const QByteArray& token) {
        return call("GET", path, token);
    }
    HttpResult callJson(const QByteArray& method, const QString& path, const QByteArray& token,
                        const QJsonObject& body);
    HttpResult callJson(const QByteArray& method, const QString& path, const QByteArray& token,
                        const QJsonArray& body);

    static HttpResult wait(QNetworkReply* reply, int timeoutMs = 15000);
    QNetworkAccessManager& network() { return m_network; }

private:
    const Sandbox& m_sandbox;
    QNetworkAccessManager m_network;
};
