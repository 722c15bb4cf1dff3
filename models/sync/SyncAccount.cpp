// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncAccount.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gpudesk::SyncAccount {

SignInResult signIn(SyncTransport &transport, const QString &login, const QString &password)
{
    SignInResult r;
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}})
            .toJson(QJsonDocument::Compact);
    const TransportReply reply = transport.post(u"/api/login"_s, body);
    r.detail = reply.detail;
    switch (reply.failure) {
    case TransportFailure::None:
        break;
    case TransportFailure::Unreachable:
    case TransportFailure::Timeout:
        r.code = u"network.unreachable"_s;
        return r;
    case TransportFailure::TlsUntrusted:
        r.code = u"tls.untrusted"_s;
        r.params = QJsonObject{{u"presented"_s, reply.presentedSha256}};
        return r;
    case TransportFailure::CertificateChanged:
        r.code = u"tls.certificate_changed"_s;
        r.params = QJsonObject{{u"presented"_s, reply.presentedSha256}};
        return r;
    case TransportFailure::Cancelled:
        r.code = u"sync.cancelled"_s;
        return r;
    case TransportFailure::Other:
        r.code = u"network.failed"_s;
        return r;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (reply.status != 200) {
        const QJsonObject e = o.value(u"error"_s).toObject();
        r.code = e.value(u"code"_s).toString(u"request.failed"_s);
        r.params = e.value(u"params"_s).toObject();
        return r;
    }
    const QJsonObject user = o.value(u"user"_s).toObject();
    r.token = o.value(u"token"_s).toString();
    r.expiresAt = qint64(o.value(u"expires_at"_s).toDouble());
    r.userId = user.value(u"id"_s).toString();
    r.login = user.value(u"login"_s).toString();
    r.displayName = user.value(u"display_name"_s).toString();
    r.role = user.value(u"role"_s).toString();
    r.ok = !r.token.isEmpty() && !r.userId.isEmpty();
    if (!r.ok)
        r.code = u"request.failed"_s;
    return r;
}

bool signOut(SyncTransport &transport)
{
    const TransportReply reply = transport.post(u"/api/logout"_s, "{}");
    return reply.answered() && (reply.status == 200 || reply.status == 401);
}

} // namespace gpudesk::SyncAccount
