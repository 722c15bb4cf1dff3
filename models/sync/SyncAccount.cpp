// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncAccount.h"

#include "sync/TransportError.h"

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
    if (const auto failed = TransportErrors::failure(reply)) {
        r.code = failed->code;
        r.params = failed->params;
        return r;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (reply.status != 200) {
        const TransportError e = TransportErrors::refusal(reply.body, u"request.failed"_s);
        r.code = e.code;
        r.params = e.params;
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
