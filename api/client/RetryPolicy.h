#pragma once

#include <QtGlobal>

#include <functional>

//! When and how often the dispatcher tries again. The schedule is injectable so tests run in
//! milliseconds; the default is capped exponential backoff with jitter.
struct RetryPolicy {
    //! Tries of one request in all (the first included) on 5xx, timeouts and lost connections.
    int maxAttempts = 4;
    //! Tries of a GET that reached the server and got a 5xx, a cut-off or an unreadable answer:
    //! a read may be repeated freely, so a flaky network costs time, not the read.
    int maxReadAttempts = 16;
    //! 429/503 pauses one request may sit through before it fails as rate limited.
    int maxRateLimitPauses = 8;
    //! Delay before try number `attempt + 1`, for attempt = 1, 2, ...
    std::function<int(int attempt)> backoffMs = defaultBackoffMs;
    //! Pause when a 429 or 503 carries no usable Retry-After.
    int defaultPauseMs = 2000;
    //! A Retry-After longer than this fails the request at once, with the wait in its message,
    //! instead of holding every request (and a --snapshot) for minutes.
    qint64 maxRetryAfterMs = 180 * 1000;

    //! 250 ms doubled per attempt, capped at 4 s, then +-25 % jitter so clients spread out.
    static int defaultBackoffMs(int attempt);
};
