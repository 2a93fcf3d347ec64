#pragma once

#include "ErrorBody.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

class QNetworkReply;

//! How a job ended: HTTP status (0 without a response), the decoded ErrorBody, and a sentence a
//! user can read.
struct ApiStatus {
    enum class Code { Ok, HttpError, TransportError, MalformedResponse, Aborted };
    Code code = Code::Ok;
    int httpStatus = 0;
    QString message;
    ErrorBody errorBody;

    bool ok() const { return code == Code::Ok; }
};

//! One API call. Emits finished() always and exactly one of succeeded()/failed() first, unless
//! aborted; deletes itself afterwards.
class ApiJob : public QObject {
    Q_OBJECT
public:
    explicit ApiJob(QObject* parent = nullptr);

    //! Stops the call; no result signal follows.
    void abort();
    const ApiStatus& status() const { return m_status; }
    const QJsonDocument& json() const { return m_json; }

    //! Used by the client: the reply that carries this job.
    void attach(QNetworkReply* reply);
    void fail(ApiStatus status);

Q_SIGNALS:
    void succeeded(const QJsonDocument& json);
    void failed(const ApiStatus& status);
    void finished();

private:
    void onReplyFinished();
    void complete();

    QPointer<QNetworkReply> m_reply;
    ApiStatus m_status;
    QJsonDocument m_json;
    bool m_done = false;
};
