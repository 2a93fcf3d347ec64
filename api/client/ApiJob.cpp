#include "client/ApiJob.h"

#include <QNetworkReply>
#include <QTimer>

ApiJob::ApiJob(QObject* parent)
    : QObject(parent) {}

ApiJob::~ApiJob() = default;

void ApiJob::abort() {
    if (m_done)
        return;
    m_done = true;
    m_status = {ApiStatus::Code::Aborted, 0, tr("The request was cancelled."), {}, {}};
    deleteLater();
}

void ApiJob::complete(const ApiStatus& status) {
    if (m_done)
        return;
    m_done = true;
    m_status = status;
    if (status.ok())
        Q_EMIT succeeded();
    else
        Q_EMIT failed(status);
    Q_EMIT finished();
    deleteLater();
}

void ApiJob::completeLater(const ApiStatus& status) {
    QTimer::singleShot(0, this, [this, status] { complete(status); });
}

RequestJob::RequestJob(Request request, QObject* parent)
    : ApiJob(parent)
    , m_request(std::move(request)) {}

bool RequestJob::isIdempotent() const {
    return m_request.method == "GET" || m_request.method == "PUT" || m_request.method == "DELETE";
}

void RequestJob::abort() {
    if (isFinished())
        return;
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (onAbort)
        onAbort(this);
    ApiJob::abort();
}

bool RequestJob::decode(const QByteArray&, QString*) {
    return true;
}
