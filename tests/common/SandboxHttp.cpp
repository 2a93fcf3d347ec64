#include "SandboxHttp.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRegularExpression>
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

QString SandboxHttp::challengeOf(const QString& verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery SandboxHttp::authorizeQuery(const SandboxOrganization& org, const QString& challenge,
                                      const QString& state, int port) const {
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, org.signInClientId);
    q.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:%1/callback"_s.arg(port));
    q.addQueryItem(u"code_challenge"_s, challenge);
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    q.addQueryItem(u"state"_s, state);
    return q;
}

HttpResult SandboxHttp::authorizePage(const QUrlQuery& query) {
    QUrl url = m_sandbox.baseUrl().resolved(QUrl(u"/oauth/authorize"_s));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.get(request));
}

HttpResult SandboxHttp::submitSignIn(const QUrlQuery& query, const QString& email,
                                     const QString& password) {
    QUrlQuery form = query;
    form.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email)));
    form.addQueryItem(u"password"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(u"/oauth/authorize"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
}

HttpResult SandboxHttp::exchangeCode(const QString& code, const QString& verifier,
                                     const QString& clientId, const QString& redirectUri) {
    QUrlQuery form;
    for (const auto& [key, value] :
         QList<QPair<QString, QString>>{{u"grant_type"_s, u"authorization_code"_s},
                                        {u"code"_s, code},
                                        {u"code_verifier"_s, verifier},
                                        {u"client_id"_s, clientId},
                                        {u"redirect_uri"_s, redirectUri}})
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(u"/oauth/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    return wait(m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
}

QString SandboxHttp::codeOf(const HttpResult& redirect) {
    if (redirect.status != 302)
        return {};
    return QUrlQuery(QUrl::fromEncoded(redirect.header("Location")))
        .queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

QByteArray SandboxHttp::signIn(const QString& email) {
    const SandboxOrganization home = m_sandbox.homeOrganization();
    const QUrlQuery query = authorizeQuery(home, challengeOf(verifier()));
    const QString code = codeOf(submitSignIn(query, email, m_sandbox.userPassword()));
    if (code.isEmpty())
        return {};
    return exchangeCode(code, verifier(), home.signInClientId,
                        query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded))
        .object()
        .value("access_token"_L1)
        .toString()
        .toLatin1();
}

HttpResult SandboxHttp::browse(const QUrl& url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.get(request));
}

HttpResult SandboxHttp::fillSignIn(const HttpResult& page, const QString& email,
                                   const QString& password, const QHash<QString, QString>& change) {
    static const QRegularExpression hidden(
        u"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"_s);
    QUrlQuery form;
    for (auto m = hidden.globalMatch(QString::fromUtf8(page.body)); m.hasNext();) {
        const QRegularExpressionMatch field = m.next();
        const QString value = QString(field.captured(2))
                                  .replace(u"&quot;"_s, u"\""_s)
                                  .replace(u"&lt;"_s, u"<"_s)
                                  .replace(u"&gt;"_s, u">"_s)
                                  .replace(u"&amp;"_s, u"&"_s);
        form.addQueryItem(field.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(
                                                 change.value(field.captured(1), value))));
    }
    return submitSignIn(form, email, password);
}

SandboxPerson SandboxHttp::person(const QString& title) const {
    for (const SandboxPerson& p : m_sandbox.people())
        if (p.title == title)
            return p;
    return {};
}
