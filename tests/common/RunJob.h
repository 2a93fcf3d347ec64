#pragma once

#include "client/ApiJob.h"
#include "client/ResultJob.h"

#include <QTest>

//! Runs a job to its end and returns its result (nullopt on failure, with *status set).
//! The result is copied in succeeded(), before the job deletes itself.
template <typename Job>
auto runJob(Job* job, ApiStatus* status = nullptr, int timeoutMs = 30000) {
    using Result = std::decay_t<decltype(job->result())>;
    std::optional<Result> out;
    ApiStatus final;
    bool done = false;
    QObject::connect(job, &ApiJob::succeeded, [&out, job] { out = job->result(); });
    QObject::connect(job, &ApiJob::failed, [&final](const ApiStatus& s) { final = s; });
    QObject::connect(job, &ApiJob::finished, [&done] { done = true; });
    (void)QTest::qWaitFor([&done] { return done; }, timeoutMs);
    if (status)
        *status =
            done ? final
                 : ApiStatus{ApiStatus::Code::Timeout, 0, QStringLiteral("test timed out"), {}, {}};
    return out;
}

//! For jobs without a result: the final status.
inline ApiStatus runVoidJob(ApiJob* job, int timeoutMs = 30000) {
    ApiStatus final = ApiStatus::success(0);
    bool done = false;
    QObject::connect(job, &ApiJob::failed, [&final](const ApiStatus& s) { final = s; });
    QObject::connect(job, &ApiJob::finished, [&done] { done = true; });
    (void)QTest::qWaitFor([&done] { return done; }, timeoutMs);
    if (!done)
        final = {ApiStatus::Code::Timeout, 0, QStringLiteral("test timed out"), {}, {}};
    return final;
}
