// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gpudesk {

// The few OpenSSL primitives the server's secrets rest on: random bytes from the OS-seeded DRBG,
// SHA-256, base64url and a comparison whose time does not depend on where the inputs differ.
class Crypto final
{
public:
    // n bytes from RAND_bytes; empty when the generator fails (callers must refuse to go on).
    static QByteArray randomBytes(int n);
    static QByteArray sha256(const QByteArray &data);
    static QString sha256Hex(const QByteArray &data);
    // RFC 4648 section 5, without padding: what tokens look like on the wire.
    static QString base64Url(const QByteArray &data);
    // Standard alphabet without padding (the PHC string format).
    static QString base64NoPad(const QByteArray &data);
    static QByteArray fromBase64NoPad(const QString &text, bool *ok);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace gpudesk
