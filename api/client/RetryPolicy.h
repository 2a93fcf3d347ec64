#pragma once

#include <functional>

//! When and how often the dispatcher tries again. The schedule is injectable so tests run in
//! milliseconds; the default is capped exponential backoff with jitter.
struct RetryPolicy {
    //! Tries of one request in all (the first included) on 5xx, timeouts and lost connections.
    int maxAttempts = 4;
    //! 429/503 pauses one request may sit through before it fails as rate limited.
    int maxRateLimitPauses = 8;
    //! Delay before try number `attempt + 1`, for attempt = 1, 2, ...
    std::function<int(int attempt)> backoffMs = defaultBackoffMs;
    //! Pause when a 429 or 503 carries no usable Retry-After.
    int defaultPauseMs = 2000;

    //! 250 ms doubled per attempt, capped at 8 s, then +-25 % jitter so clients spread out.
    static int defaultBackoffMs(int attempt);
};
