#include "PlatformClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

PlatformClient::PlatformClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

void PlatformClient::setBaseUrls(const QUrl& apiBase, const QUrl& loginBase) {
    m_apiBase = apiBase;
    m_loginBase = loginBase;
}

void PlatformClient::setCredentials(const QString& clientId, const QString& clientSecret) {
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_token.clear();
}

bool PlatformClient::tokenValid() const {
    // Renew a minute early so a token never expires between check and use.
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc().addSecs(60) < m_tokenExpiry;
}

ApiJob* PlatformClient::get(const QString& path, const QUrlQuery& query) {
    auto* job = new ApiJob(this);
    const Pending pending{job, path, query};
    if (tokenValid()) {
        send(pending);
    } else {
        m_waiting.append(pending);
        requestToken();
    }
    return job;
}

void PlatformClient::requestToken() {
    if (m_tokenRequested)
        return;
    m_tokenRequested = true;
    QUrl url = m_loginBase;
    url.setPath(url.path() + u"/oauth/token"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Authorization",
                         "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64());
    QNetworkReply* reply = m_network->post(request, "grant_type=client_credentials"_ba);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_tokenRequested = false;
        const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        if (http != 200 || !body.value("access_token"_L1).isString()) {
            ApiStatus status{ApiStatus::Code::HttpError, http, {}, {}};
            status.message =
                http == 0
                    ? tr("The login service could not be reached: %1").arg(reply->errorString())
                    : tr("Login failed (HTTP %1): %2")
                          .arg(http)
                          .arg(body.value("error_description"_L1).toString());
            for (const Pending& p : waiting)
                if (p.job)
                    p.job->fail(status);
            return;
        }
        m_token = body.value("access_token"_L1).toString().toLatin1();
        m_tokenExpiry =
            QDateTime::currentDateTimeUtc().addSecs(body.value("expires_in"_L1).toInteger(3600));
        for (const Pending& p : waiting)
            send(p);
    });
}

void PlatformClient::send(const Pending& pending) {
    if (!pending.job)
        return;
    QUrl url = m_apiBase;
    url.setPath(url.path() + pending.path);
    url.setQuery(pending.query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(16000);
    pending.job->attach(m_network->get(request));
}
