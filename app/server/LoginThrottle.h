// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gpudesk {

// How failures of one key (an account, or a client address) slow further attempts.
struct ThrottlePolicy
{
    int freeFailures = 3;               // failures allowed before any delay
    qint64 baseDelayMs = 1000;          // the first delay; each further failure doubles it
    qint64 maxDelayMs = 15 * 60'000;    // the longest block
    qint64 forgetAfterMs = 60 * 60'000; // a quiet hour clears the count
};

struct ThrottleState
{
    int failures = 0;
    qint64 lastFailureAt = 0;
    qint64 blockedUntil = 0;
    bool operator==(const ThrottleState &o) const
    {
        return failures == o.failures && lastFailureAt == o.lastFailureAt &&
               blockedUntil == o.blockedUntil;
    }
};

// Exponential back-off for failed logins, per account and per client address. Pure: the store
// keeps the states, so a restart does not reset an attack's count. A blocked key is refused
// before any password is hashed, so a flood against it costs the server nothing.
class LoginThrottle final
{
public:
    static ThrottlePolicy accountPolicy();
    // Addresses get more room: a whole office may sit behind one NAT address.
    static ThrottlePolicy addressPolicy();

    // Milliseconds until the key may try again; 0 when it may try now.
    static qint64 retryAfterMs(const ThrottleState &state, qint64 nowMs);
    static ThrottleState afterFailure(const ThrottleState &state, const ThrottlePolicy &policy,
                                      qint64 nowMs);
};

} // namespace gpudesk
