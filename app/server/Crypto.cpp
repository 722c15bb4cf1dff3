// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

QByteArray Crypto::randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n <= 0 || RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        return {};
    return out;
}

QByteArray Crypto::sha256(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()),
                   reinterpret_cast<unsigned char *>(out.data()), &len, EVP_sha256(),
                   nullptr) != 1 ||
        len != 32)
        return {};
    return out;
}

QString Crypto::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QString Crypto::base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Crypto::base64NoPad(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::OmitTrailingEquals));
}

QByteArray Crypto::fromBase64NoPad(const QString &text, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors | QByteArray::OmitTrailingEquals);
    if (ok)
        *ok = bool(result) && !text.isEmpty();
    return result.decoded;
}

bool Crypto::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Lengths of hashes are public (fixed by the format); only the contents must not leak.
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace gpudesk
