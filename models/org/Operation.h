#pragma once

#include "org/OrgSession.h"
#include "wire/ApiStatus.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ApiJob;
class PlatformClient;

//! Why an operation failed, as a value a view can act on: what kind of failure, and the API's
//! own status (message, code, contextId) for the errors panel.
struct OperationFailure {
    enum class Kind {
        Refused,        //!< the server refused the request as invalid (400, 409, 422)
        NotFound,       //!< what it acts on no longer exists (404)
        NotPermitted,   //!< the signed-in client may not do this (401, 403)
        RateLimited,    //!< still rate limited after the allowed pauses
        Network,        //!< never reached the server, lost, timed out, or an unreadable answer
        OutcomeUnknown, //!< a POST/PATCH was sent and its answer lost: it may have applied
        ReadOnly,       //!< the session is a snapshot, or has no connection
        Other,
    };

    Kind kind = Kind::Other;
    ApiStatus status;

    static OperationFailure from(const ApiStatus& status);
    static OperationFailure readOnly();
    //! Refused before anything was sent (Kind::Refused), for this reason.
    static OperationFailure refused(const QString& message);
};

//! One request-shaped piece of work on the organization (a write, or a read a view asks for),
//! as an object: start() once, then exactly one of succeeded()/failed(), then finished(); abort()
//! ends it without either. Writes update their store before succeeded(). It deletes itself after
//! finished() or abort() (hold it in a QPointer), like the API jobs it runs, unless told not to.
class Operation : public QObject {
    Q_OBJECT
public:
    explicit Operation(OrgSession* session, QObject* parent = nullptr);
    ~Operation() override;

    void start();
    void abort();
    //! On by default. An owner that keeps the operation (on the stack, or to read its result
    //! after finished()) turns it off before start().
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool isRunning() const { return m_running; }
    static bool isRunning(const Operation* op) { return op && op->isRunning(); }

Q_SIGNALS:
    //! Steps done out of steps(): 0 when it starts, steps() just before succeeded().
    void progress(int done, int total);
    void succeeded();
    void failed(const OperationFailure& failure);
    void finished();

protected:
    //! Sends the first request(s); called by start() while the session can write.
    virtual void run() = 0;
    //! How many steps progress() counts (requests that depend on each other).
    virtual int steps() const { return 1; }
    //! Reads may run on a read-only (snapshot) session only if they need no client: none do.
    PlatformClient* client() const;
    OrgSession* session() const { return m_session; }
    //! Follows a job: its failure fails the operation, its success runs `onSuccess`.
    void track(ApiJob* job, std::function<void()> onSuccess);
    //! Follows one of several jobs an operation runs at once: neither outcome ends the
    //! operation; abort() and the destructor still stop it.
    void watch(ApiJob* job, std::function<void()> onSuccess,
               std::function<void(const ApiStatus&)> onFailure);
    //! Reports steps done between 0 and steps().
    void reportProgress(int done) { Q_EMIT progress(done, steps()); }
    //! For an operation that waits for several answers at once: how many will come.
    void expectAnswers(int count) {
        m_expected = count;
        m_answered = 0;
    }
    //! One of them came (success or failure): reports it as a step; true when it was the last.
    bool answered() {
        reportProgress(++m_answered);
        return m_answered >= m_expected;
    }
    void succeed();
    void fail(const OperationFailure& failure);
    //! After a write that changed who holds these roles: reads them again into the store, then
    //! succeeds. A failed re-read does not undo the write: the session reports it, and the
    //! operation still succeeds.
    void succeedAfterRefreshing(const QStringList& roleIds);
    //! After a write: runs `followUp` (a read that brings the store up to date), then succeeds
    //! whatever it did; its failure is reported by the session as `what`. Takes ownership.
    void succeedAfter(Operation* followUp, const QString& what);

private:
    void end();

    QPointer<OrgSession> m_session;
    QList<QPointer<ApiJob>> m_jobs;
    bool m_running = false;
    bool m_started = false;
    bool m_autoDelete = true;
    int m_expected = 0;
    int m_answered = 0;
};
