// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gpudesk {

// A freshly issued bearer token. `token` goes to the client once and is never stored or logged;
// the server keeps only `tokenHash`.
struct IssuedToken
{
    QString token;     // 256 random bits, base64url (43 characters)
    QString tokenHash; // hex SHA-256 of the token's text
    qint64 expiresAt = 0;
};

// Session tokens: random, stored as their SHA-256 (a stolen database yields no usable token, and
// a hash lookup needs no constant-time compare since the attacker does not know the preimage).
class SessionTokens final
{
public:
    static constexpr int kTokenBytes = 32;
    static constexpr int kTokenChars = 43;

    // Empty token when the random generator fails.
    static IssuedToken issue(qint64 nowMs, qint64 lifetimeMs);
    static QString hashOf(const QString &token);
    // The token's shape (length and alphabet): anything else is refused before a lookup.
    static bool wellFormed(const QString &token);
    static bool expired(qint64 expiresAt, qint64 nowMs) { return nowMs >= expiresAt; }
    // "Bearer <token>" -> token, or empty.
    static QString fromAuthorizationHeader(const QString &header);
};

} // namespace gpudesk
