#include "org/Operation.h"

#include "client/ApiJob.h"
#include "org/OrgSession.h"
#include "roles/RoleRefresh.h"

#include <QTimer>

OperationFailure OperationFailure::from(const ApiStatus& status) {
    using Code = ApiStatus::Code;
    Kind kind = Kind::Other;
    switch (status.code) {
    case Code::HttpError:
        if (status.httpStatus == 404)
            kind = Kind::NotFound;
        else if (status.httpStatus == 401 || status.httpStatus == 403)
            kind = Kind::NotPermitted;
        else if (status.httpStatus >= 400 && status.httpStatus < 500)
            kind = Kind::Refused;
        break;
    case Code::AuthenticationFailed:
    case Code::PermissionDenied:
        kind = Kind::NotPermitted;
        break;
    case Code::RateLimited:
        kind = Kind::RateLimited;
        break;
    case Code::ConnectionFailed:
    case Code::ConnectionLost:
    case Code::Timeout:
    case Code::TlsError:
    case Code::MalformedResponse:
        kind = Kind::Network;
        break;
    case Code::OutcomeUnknown:
        kind = Kind::OutcomeUnknown;
        break;
    case Code::InvalidRequest:
        kind = Kind::Refused;
        break;
    case Code::Ok:
    case Code::Aborted:
        break;
    }
    return {kind, status};
}

OperationFailure OperationFailure::readOnly() {
    return {Kind::ReadOnly, ApiStatus::invalidRequest(Operation::tr(
                                "This organization is shown from a snapshot (or not connected): it"
                                " cannot be changed."))};
}

OperationFailure OperationFailure::refused(const QString& message) {
    return from(ApiStatus::invalidRequest(message));
}

Operation::Operation(OrgSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session) {}

Operation::~Operation() {
    for (const QPointer<ApiJob>& job : std::as_const(m_jobs))
        if (ApiJob::isRunning(job))
            job->abort();
}

PlatformClient* Operation::client() const {
    return m_session ? m_session->client() : nullptr;
}

void Operation::start() {
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    if (!client() || m_session->isReadOnly()) {
        // From the event loop, as a job reports: a caller connects after start().
        QTimer::singleShot(0, this, [this] { fail(OperationFailure::readOnly()); });
        return;
    }
    Q_EMIT progress(0, steps());
    run();
}

void Operation::abort() {
    if (!m_running)
        return;
    m_running = false;
    for (const QPointer<ApiJob>& job : std::as_const(m_jobs))
        if (ApiJob::isRunning(job))
            job->abort();
    if (m_autoDelete)
        deleteLater();
}

void Operation::track(ApiJob* job, std::function<void()> onSuccess) {
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    connect(job, &ApiJob::succeeded, this, [this, onSuccess = std::move(onSuccess)] {
        if (m_running)
            onSuccess();
    });
    connect(job, &ApiJob::failed, this, [this](const ApiStatus& status) {
        if (m_running)
            fail(OperationFailure::from(status));
    });
}

void Operation::watch(ApiJob* job, std::function<void()> onSuccess,
                      std::function<void(const ApiStatus&)> onFailure) {
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    connect(job, &ApiJob::succeeded, this, [this, onSuccess = std::move(onSuccess)] {
        if (m_running)
            onSuccess();
    });
    connect(job, &ApiJob::failed, this,
            [this, onFailure = std::move(onFailure)](const ApiStatus& status) {
                if (m_running)
                    onFailure(status);
            });
}

void Operation::succeed() {
    if (!m_running)
        return;
    Q_EMIT progress(steps(), steps());
    m_running = false;
    Q_EMIT succeeded();
    end();
}

void Operation::fail(const OperationFailure& failure) {
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT failed(failure);
    end();
}

void Operation::succeedAfterRefreshing(const QStringList& roleIds) {
    succeedAfter(new RoleRefresh(m_session, roleIds), tr("Reading the roles again"));
}

void Operation::succeedAfter(Operation* followUp, const QString& what) {
    Q_EMIT progress(steps() - 1, steps());
    followUp->setParent(m_session);
    QPointer<OrgSession> s = m_session;
    connect(followUp, &Operation::failed, m_session, [s, what](const OperationFailure& f) {
        if (s)
            Q_EMIT s->errorOccurred(what, f.status);
    });
    connect(followUp, &Operation::finished, this, [this] { succeed(); });
    followUp->start();
}

void Operation::end() {
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}
