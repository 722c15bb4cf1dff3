// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginThrottle.h"

#include <algorithm>

namespace gpudesk {

ThrottlePolicy LoginThrottle::accountPolicy()
{
    return ThrottlePolicy{};
}

ThrottlePolicy LoginThrottle::addressPolicy()
{
    ThrottlePolicy p;
    p.freeFailures = 20;
    return p;
}

qint64 LoginThrottle::retryAfterMs(const ThrottleState &state, qint64 nowMs)
{
    return std::max<qint64>(0, state.blockedUntil - nowMs);
}

ThrottleState LoginThrottle::afterFailure(const ThrottleState &state, const ThrottlePolicy &policy,
                                          qint64 nowMs)
{
    ThrottleState next = state;
    if (state.lastFailureAt > 0 && nowMs - state.lastFailureAt > policy.forgetAfterMs)
        next.failures = 0;
    next.failures += 1;
    next.lastFailureAt = nowMs;
    const int over = next.failures - policy.freeFailures;
    if (over > 0) {
        // base * 2^(over-1), capped; the shift is bounded so it cannot overflow.
        const int shift = std::min(over - 1, 30);
        const qint64 delay = std::min(policy.maxDelayMs, policy.baseDelayMs << shift);
        next.blockedUntil = std::max(state.blockedUntil, nowMs + delay);
    }
    return next;
}

} // namespace gpudesk
