// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk::Redaction {
namespace {

const QString kSecretWords =
    u"password|passwd|passphrase|pwd|token|secret|api[_-]?key|access[_-]?key|private[_-]?key|"
    "authorization|cookie|credential|session[_-]?id"_s;

} // namespace

QString redact(const QString &text)
{
    static const QRegularExpression pem(
        u"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?-----END \\1PRIVATE KEY-----"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression bearer(u"\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hash(u"\\b(pbkdf2-sha256|scrypt|argon2\\w*)\\$[^\\s\"',;]+"_s);
    // key=value, key: value, "key": "value", key="value" (the key may carry a prefix: db_password).
    static const QRegularExpression pair(
        u"([A-Za-z0-9_.-]*(?:"_s + kSecretWords +
            u")[A-Za-z0-9_.-]*)(\"?)(\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s,;&\"'}]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // scheme://user:password@host
    static const QRegularExpression userinfo(u"(\\b[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+):[^@\\s/]+@"_s);
    QString out = text;
    out.replace(pem, u"<redacted private key>"_s);
    out.replace(userinfo, u"\\1:<redacted>@"_s);
    out.replace(bearer, u"\\1 <redacted>"_s);
    out.replace(hash, u"<redacted hash>"_s);
    out.replace(pair, u"\\1\\2\\3<redacted>"_s);
    return out;
}

bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(kSecretWords, QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

} // namespace gpudesk::Redaction
