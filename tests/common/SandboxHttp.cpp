#include "SandboxHttp.h"

#include <QBuffer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QByteArray HttpResult::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

SandboxHttp::SandboxHttp(const Sandbox& sandbox)
    : m_sandbox(sandbox) {}

QByteArray SandboxHttp::login(const SandboxOrganization& org) {
    return token(org.clientId, org.clientSecret)
        .object()
        .value("access_token"_L1)
        .toString()
        .toLatin1();
}

HttpResult SandboxHttp::token(const QString& clientId, const QString& secret) {
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(u"/oauth/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Authorization",
                         "Basic " + (clientId + u':' + secret).toUtf8().toBase64());
    return wait(m_network.post(request, "grant_type=client_credentials"_ba));
}

QNetworkReply* SandboxHttp::send(const QByteArray& method, const QString& pathAndQuery,
                                 const QByteArray& token, const QByteArray& body) {
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(15000);
    if (method == "GET")
        return m_network.get(request);
    if (method == "DELETE")
        return m_network.deleteResource(request);
    if (method == "POST")
        return m_network.post(request, body);
    if (method == "PUT")
        return m_network.put(request, body);
    return m_network.sendCustomRequest(request, method, body);
}

HttpResult SandboxHttp::call(const QByteArray& method, const QString& pathAndQuery,
                             const QByteArray& token, const QByteArray& body) {
    return wait(send(method, pathAndQuery, token, body));
}

HttpResult SandboxHttp::callJson(const QByteArray& method, const QString& path,
                                 const QByteArray& token, const QJsonObject& body) {
    return call(method, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxHttp::callJson(const QByteArray& method, const QString& path,
                                 const QByteArray& token, const QJsonArray& body) {
    return call(method, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult SandboxHttp::wait(QNetworkReply* reply, int timeoutMs) {
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}
