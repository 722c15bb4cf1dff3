// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTokens.h"

#include "Crypto.h"

using namespace Qt::StringLiterals;

namespace gpudesk {

IssuedToken SessionTokens::issue(qint64 nowMs, qint64 lifetimeMs)
{
    const QByteArray raw = Crypto::randomBytes(kTokenBytes);
    if (raw.size() != kTokenBytes)
        return {};
    IssuedToken t;
    t.token = Crypto::base64Url(raw);
    t.tokenHash = hashOf(t.token);
    t.expiresAt = nowMs + lifetimeMs;
    return t;
}

QString SessionTokens::hashOf(const QString &token)
{
    return Crypto::sha256Hex(token.toLatin1());
}

bool SessionTokens::wellFormed(const QString &token)
{
    if (token.size() != kTokenChars)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString SessionTokens::fromAuthorizationHeader(const QString &header)
{
    const QString prefix = u"Bearer "_s;
    if (!header.startsWith(prefix))
        return {};
    return header.mid(prefix.size()).trimmed();
}

} // namespace gpudesk
