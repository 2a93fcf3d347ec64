#include "client/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

int RetryPolicy::defaultBackoffMs(int attempt) {
    const int exponent = std::clamp(attempt - 1, 0, 10);
    const int base = std::min(4000, 250 << exponent);
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return int(base * jitter);
}
