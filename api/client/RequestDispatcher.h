#pragma once

#include "client/ApiJob.h"
#include "client/RetryPolicy.h"
#include "wire/ErrorBody.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

//! Sends every request of one PlatformClient: one queue, a bounded number in flight, the token
//! (client credentials: fetched on demand, renewed before it expires and once on a 401; a
//! person's sign-in: asked for with signInRequired(), the queue waiting until it comes),
//! a pause of the whole queue on 429/503 for Retry-After, and retries with backoff for requests
//! that may safely be sent again. Retry and rate-limit policy live here, not in the jobs.
class RequestDispatcher : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit RequestDispatcher(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~RequestDispatcher() override;

    void setEndpoints(const QUrl& apiBase, const QUrl& loginBase);
    QUrl loginBase() const { return m_loginBase; }
    void setCredentials(const QString& clientId, const QString& clientSecret);
    //! Tokens come from a person's sign-in (setAccessToken), not from client credentials. With
    //! none that is usable, requests wait in the queue and signInRequired() asks for one.
    void useSignIn();
    bool usesSignIn() const { return m_signIn; }
    //! The token of a sign-in; waiting requests go out with it.
    void setAccessToken(const QByteArray& token, qint64 expiresInSeconds);
    //! Forgets the token; requests waiting for a sign-in fail with "signed out".
    void signOut();
    bool isAwaitingSignIn() const { return m_awaitingSignIn; }
    void setRetryPolicy(RetryPolicy policy) { m_policy = std::move(policy); }
    const RetryPolicy& retryPolicy() const { return m_policy; }
    //! The clock that token expiry and HTTP-date Retry-After are judged by.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    //! At most this many requests on their way at once (default 12). Qt keeps six HTTP/1.1
    //! connections to a host per QNetworkAccessManager: past six, the dispatcher sends through
    //! managers of its own (same proxy and redirect policy as the injected one), so that every
    //! request in flight has a connection and none waits unpaced inside Qt.
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    //! HTTP/1.1 connections Qt opens to one host per QNetworkAccessManager.
    static constexpr int ConnectionsPerManager = 6;
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    void enqueue(RequestJob* job);
    //! Forgets the token; the next request logs in again.
    void invalidateToken();

    //! Milliseconds to wait for a Retry-After value: whole seconds or an HTTP date (judged by
    //! `now`); nullopt when absent or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray& value, const QDateTime& now);
    //! A wait as the admin reads it: "45 seconds", "10 minutes", "3 days".
    static QString waitText(qint64 ms);
    //! "You need authorization:role:edit to edit a role.": a 403 as the admin reads it.
    static QString permissionMessage(const QByteArray& method, const QString& path,
                                     const ErrorBody& body);

    //! The server's budget as its inin-ratelimit-* headers last gave it; allowed 0 = none seen.
    struct Budget {
        int allowed = 0;      //!< requests per minute (the window)
        double left = 0;      //!< estimated requests that may go out now
        int resetSeconds = 0; //!< until all of it is back, as of the last answer
        bool pacing = false;  //!< requests are being held back to stay within it
        double perSecond() const { return allowed / 60.0; }
    };
    Budget budget() const;
    //! Requests the estimate keeps in hand, for answers still on their way (default 1).
    void setBudgetReserve(double requests) { m_budgetReserve = qMax(0.0, requests); }
    //! Whether requests are held back to the budget (default on); off, only a 429 slows the
    //! queue down, as with a server that sends no budget headers.
    void setPacesToBudget(bool pace) { m_pace = pace; }

    int inFlight() const { return int(m_unanswered.size()); }
    int queued() const { return int(m_queue.size()); }
    bool isPaused() const { return m_pauseTimer.isActive(); }
    QDateTime pausedUntil() const { return m_pausedUntil; }

Q_SIGNALS:
    void requestStarted(const QByteArray& method, const QString& path);
    void requestFinished(const QByteArray& method, const QString& path, int httpStatus,
                         qint64 elapsedMs);
    void retryScheduled(const QByteArray& method, const QString& path, int delayMs,
                        const QString& reason);
    //! The whole queue waits until `until` (the server's Retry-After).
    void rateLimited(const QDateTime& until);
    void resumed();
    void tokenRefreshed();
    //! Requests wait for a sign-in: `expired` when a token was there and ran out or was refused.
    void signInRequired(bool expired);
    void activityChanged(int inFlight, int queued);
    //! The server stopped answering (a request never reached it), or answers again.
    void reachableChanged(bool reachable);
    //! Requests started or stopped being held back to the server's budget (see budget()).
    void pacingChanged(bool pacing);

private:
    bool tokenUsable() const;
    void setReachable(bool reachable);
    void pump();
    void send(RequestJob* job);
    void onReply(RequestJob* job, QNetworkReply* reply, qint64 elapsedMs);
    void requestToken();
    void onTokenReply(QNetworkReply* reply);
    void failWaiting(const ApiStatus& status);
    void retryLater(RequestJob* job, const QString& reason);
    void pauseQueue(qint64 ms);
    //! Reads the inin-ratelimit-* headers of the answer to `job`.
    void noteBudget(QNetworkReply* reply, const RequestJob* job);
    //! The budget estimate now, refilled at the window's rate since the last answer.
    double budgetLeft() const;
    void setPacing(bool pacing);
    QPointer<RequestJob> takeNext();
    //! Tries allowed for a job that reached the server: more for reads (see RetryPolicy).
    int attemptLimit(const RequestJob* job) const;
    void forget(RequestJob* job);
    //! The manager with the fewest requests in flight, enough of them made for the cap.
    int leastBusyManager();
    void notifyActivity();
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    QNetworkAccessManager* m_network;
    QUrl m_apiBase;
    QUrl m_loginBase;
    QString m_clientId;
    QString m_clientSecret;
    RetryPolicy m_policy;
    Clock m_clock;
    int m_maxInFlight = 12;
    QList<QNetworkAccessManager*> m_managers; //!< m_network first, then the dispatcher's own
    int m_timeoutMs = 16000;

    // The budget (see Budget): as of m_budgetAtMs on m_monotonic, less what was sent since.
    QElapsedTimer m_monotonic;
    int m_budgetAllowed = 0;
    double m_budgetLeft = 0;
    qint64 m_budgetAtMs = 0;
    int m_budgetResetSecs = 0;
    double m_budgetReserve = 1;
    bool m_pacing = false;
    bool m_reachable = true;
    bool m_pace = true;
    quint64 m_sent = 0; //!< requests sent so far; each job keeps its own number
    //! The numbers of those on their way (what is in flight), each with the index of the
    //! manager (m_managers) it went through.
    QHash<quint64, int> m_unanswered;
    QTimer m_paceTimer;

    QList<QPointer<RequestJob>> m_queue;
    QTimer m_pauseTimer;
    QDateTime m_pausedUntil;

    QByteArray m_token;
    QDateTime m_tokenExpiry;
    qint64 m_tokenLifetimeSecs = 0;
    QPointer<QNetworkReply> m_tokenReply;
    int m_tokenAttempts = 0;
    bool m_signIn = false;
    bool m_awaitingSignIn = false;
    bool m_hadToken = false;
};
