// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include "Crypto.h"

#include <QStringList>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, const ScryptParams &params,
                  int length)
{
    QByteArray out(length, Qt::Uninitialized);
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf)
        return {};
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        return {};
    uint64_t n = uint64_t(1) << params.log2N;
    uint32_t r = uint32_t(params.r);
    uint32_t p = uint32_t(params.p);
    uint64_t maxmem = PasswordHasher::maxMemoryBytes(params);
    // OpenSSL reads but does not modify these buffers; its API is not const-correct.
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
                                          const_cast<char *>(password.constData()),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    const bool ok = EVP_KDF_derive(ctx, reinterpret_cast<unsigned char *>(out.data()),
                                   size_t(length), list) == 1;
    EVP_KDF_CTX_free(ctx);
    return ok ? out : QByteArray();
}

QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

// "ln=17,r=8,p=1" -> parameters, refusing anything else.
std::optional<ScryptParams> parseScryptFields(const QString &text)
{
    const QStringList fields = text.split(u',');
    if (fields.size() != 3)
        return std::nullopt;
    const char16_t *const names[] = {u"ln=", u"r=", u"p="};
    int values[3] = {};
    for (int i = 0; i < 3; ++i) {
        const QString prefix = QString::fromUtf16(names[i]);
        if (!fields[i].startsWith(prefix))
            return std::nullopt;
        bool ok = false;
        values[i] = fields[i].mid(prefix.size()).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    ScryptParams p{values[0], values[1], values[2]};
    if (!PasswordHasher::acceptable(p))
        return std::nullopt;
    return p;
}

bool verifyScrypt(const QByteArray &password, const QStringList &parts)
{
    // "", "scrypt", "ln=..,r=..,p=..", salt, hash
    if (parts.size() != 5 || !parts[0].isEmpty())
        return false;
    const auto params = parseScryptFields(parts[2]);
    bool saltOk = false;
    bool hashOk = false;
    const QByteArray salt = Crypto::fromBase64NoPad(parts[3], &saltOk);
    const QByteArray expected = Crypto::fromBase64NoPad(parts[4], &hashOk);
    if (!params || !saltOk || !hashOk || expected.size() < 16 || expected.size() > 64)
        return false;
    const QByteArray actual = scrypt(password, salt, *params, int(expected.size()));
    return !actual.isEmpty() && Crypto::constantTimeEquals(actual, expected);
}

bool verifyDesktopPbkdf2(const QByteArray &password, const QStringList &parts)
{
    // The desktop's local format: "pbkdf2-sha256$iterations$salt$hash" (padded base64).
    bool ok = false;
    const int iterations = parts.value(1).toInt(&ok);
    if (parts.size() != 4 || !ok || iterations < 1 || iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    if (salt.isEmpty() || expected.size() < 16 || expected.size() > 64)
        return false;
    const QByteArray actual = pbkdf2(password, salt, iterations, int(expected.size()));
    return !actual.isEmpty() && Crypto::constantTimeEquals(actual, expected);
}

} // namespace

bool PasswordHasher::acceptable(const ScryptParams &p)
{
    // N from 2^10 (tests) to 2^20 (1 GiB at r = 8): more would let one hash exhaust memory.
    return p.log2N >= 10 && p.log2N <= 20 && p.r >= 1 && p.r <= 32 && p.p >= 1 && p.p <= 4;
}

quint64 PasswordHasher::maxMemoryBytes(const ScryptParams &p)
{
    // scrypt's V array is 128 * r * N bytes and B is 128 * r * p; allow a little headroom.
    const quint64 need = 128ull * quint64(p.r) * ((quint64(1) << p.log2N) + quint64(p.p) + 2);
    return need + need / 8 + 1024 * 1024;
}

QString PasswordHasher::hash(const QString &password, QString *error) const
{
    const QByteArray salt = Crypto::randomBytes(kSaltBytes);
    const QByteArray utf8 = password.toUtf8();
    const QByteArray derived =
        salt.isEmpty() ? QByteArray() : scrypt(utf8, salt, m_params, kHashBytes);
    if (derived.isEmpty()) {
        if (error)
            *error = u"scrypt failed (random generator or memory limit)"_s;
        return {};
    }
    return u"$scrypt$ln=%1,r=%2,p=%3$%4$%5"_s.arg(m_params.log2N)
        .arg(m_params.r)
        .arg(m_params.p)
        .arg(Crypto::base64NoPad(salt), Crypto::base64NoPad(derived));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QByteArray utf8 = password.toUtf8();
    if (utf8.size() > kMaxPasswordBytes)
        return false;
    const QStringList parts = encoded.split(u'$');
    if (parts.value(1) == u"scrypt"_s)
        return verifyScrypt(utf8, parts);
    if (parts.value(0) == u"pbkdf2-sha256"_s)
        return verifyDesktopPbkdf2(utf8, parts);
    return false;
}

std::optional<ScryptParams> PasswordHasher::scryptParamsOf(const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 5 || parts[1] != u"scrypt"_s)
        return std::nullopt;
    return parseScryptFields(parts[2]);
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const auto p = scryptParamsOf(encoded);
    return !p || !(*p == m_params);
}

} // namespace gpudesk
