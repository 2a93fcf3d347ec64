#pragma once

#include "wire/ApiStatus.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

//! One operation of the Platform API, as an object. Emits exactly one of succeeded()/failed()
//! and then finished(), each once, unless abort() was called first, which emits nothing; deletes
//! itself afterwards. Results are always delivered from the event loop, never from inside the
//! call that created the job, so connecting right after creating it is safe.
class ApiJob : public QObject {
    Q_OBJECT
public:
    explicit ApiJob(QObject* parent = nullptr);
    ~ApiJob() override;

    const ApiStatus& status() const { return m_status; }
    bool isFinished() const { return m_done; }
    //! A job that exists and has not ended (a finished job lives on until deleted later).
    static bool isRunning(const ApiJob* job) { return job && !job->isFinished(); }

    //! Cancels the job: no result signal follows, and a queued request is never sent.
    virtual void abort();

    //! Which queued requests the dispatcher sends first: a screen waiting for an answer before
    //! what fills in behind it. Set right after creating the job; listings pass it to pages.
    enum class Priority { Normal, Background };
    void setPriority(Priority priority) { m_priority = priority; }
    Priority priority() const { return m_priority; }

Q_SIGNALS:
    void succeeded();
    void failed(const ApiStatus& status);
    void finished();
    //! Listings: pages (or items) done out of total.
    void progress(qint64 done, qint64 total);

protected:
    //! Ends the job with `status`: emits, then deletes the job later. Ignored once done.
    void complete(const ApiStatus& status);
    //! complete(), but from the event loop.
    void completeLater(const ApiStatus& status);

private:
    ApiStatus m_status;
    bool m_done = false;
    Priority m_priority = Priority::Normal;
};

//! A job that is one HTTP request, sent by the client's dispatcher.
class RequestJob : public ApiJob {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path; //!< below the API base, starting with /api/v2/
        QUrlQuery query;
        QByteArray body;
        bool hasBody = false;
    };

    RequestJob(Request request, QObject* parent = nullptr);

    const Request& request() const { return m_request; }
    //! GET, PUT and DELETE may be sent again; POST and PATCH never once they may have arrived.
    bool isIdempotent() const;
    void abort() override;

    //! Tries of this request in all, overriding the retry policy's when above 0: 1 for a write
    //! whose caller checks the outcome itself rather than have it sent again unseen.
    void setMaxAttempts(int tries) { maxAttempts = tries; }

    // For the dispatcher.
    int maxAttempts = 0;
    int attempts = 0;
    int rateLimitPauses = 0;
    bool reauthenticated = false;
    quint64 sequence = 0; //!< which request the dispatcher sent it as (1, 2, ...)
    int aheadAtSend = 0;  //!< requests still unanswered when it was sent
    QPointer<QNetworkReply> reply;
    std::function<void(RequestJob*)> onAbort;

    //! Decodes a 2xx body into the job's result; false with *error set when it does not fit.
    virtual bool decode(const QByteArray& body, QString* error);
    void finish(const ApiStatus& status) { complete(status); }
    void finishLater(const ApiStatus& status) { completeLater(status); }

private:
    Request m_request;
};
