#include "ApiJob.h"

#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

ApiJob::ApiJob(QObject* parent)
    : QObject(parent) {}

void ApiJob::abort() {
    if (m_done)
        return;
    m_done = true;
    m_status = {ApiStatus::Code::Aborted, 0, tr("The request was cancelled."), {}};
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    deleteLater();
}

void ApiJob::attach(QNetworkReply* reply) {
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::fail(ApiStatus status) {
    if (m_done)
        return;
    m_status = std::move(status);
    complete();
}

void ApiJob::onReplyFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    // The status attribute, not error(), tells a 429 from a 404.
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (http == 0) {
        m_status = {ApiStatus::Code::TransportError,
                    0,
                    tr("The server could not be reached: %1").arg(reply->errorString()),
                    {}};
        complete();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc =
        body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (http >= 200 && http < 300) {
        if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
            m_status = {ApiStatus::Code::MalformedResponse,
                        http,
                        tr("The server sent a response that is not valid JSON."),
                        {}};
        } else {
            m_json = doc;
            m_status = {ApiStatus::Code::Ok, http, {}, {}};
        }
        complete();
        return;
    }
    m_status.code = ApiStatus::Code::HttpError;
    m_status.httpStatus = http;
    if (doc.isObject())
        m_status.errorBody = ErrorBody::fromJson(doc.object());
    m_status.message = m_status.errorBody.resolvedMessage();
    if (m_status.message.isEmpty())
        m_status.message = tr("The server answered HTTP %1.").arg(http);
    complete();
}

void ApiJob::complete() {
    m_done = true;
    if (m_status.ok())
        Q_EMIT succeeded(m_json);
    else
        Q_EMIT failed(m_status);
    Q_EMIT finished();
    deleteLater();
}
