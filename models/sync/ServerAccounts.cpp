// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAccounts.h"

#include "domain/Enums.h"
#include "sync/TransportError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gpudesk::ServerAccounts {
namespace {

UserDraft accountFrom(const QJsonObject &o)
{
    UserDraft u;
    u.id = o.value(u"id"_s).toString();
    u.login = o.value(u"login"_s).toString();
    u.displayName = o.value(u"display_name"_s).toString();
    u.email = o.value(u"email"_s).toString();
    u.roleKey = o.value(u"role"_s).toString();
    u.disabled = o.value(u"disabled"_s).toBool();
    return u;
}

// One exchange: the answer's object when it ended with `okStatus`, else the reason in `r`.
QJsonObject exchange(SyncTransport &transport, const QByteArray &method, const QString &path,
                     const QJsonObject &body, int okStatus, AccountsReply *r)
{
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    const TransportReply reply = transport.send(method, path, payload);
    r->detail = reply.detail;
    if (const auto problem = TransportErrors::problem(reply, okStatus)) {
        r->code = problem->code;
        r->params = problem->params;
        return {};
    }
    r->ok = true;
    return QJsonDocument::fromJson(reply.body).object();
}

QJsonObject passwordField(const QString &password)
{
    return password.isEmpty() ? QJsonObject{{u"generate_password"_s, true}}
                              : QJsonObject{{u"password"_s, password}};
}

QString userPath(const QString &userId)
{
    return u"/api/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId));
}

} // namespace

AccountsReply list(SyncTransport &transport)
{
    AccountsReply r;
    const QJsonObject o = exchange(transport, "GET", u"/api/users"_s, {}, 200, &r);
    for (const QJsonValue &v : o.value(u"users"_s).toArray())
        r.accounts.append(accountFrom(v.toObject()));
    return r;
}

AccountsReply create(SyncTransport &transport, const UserDraft &user, const QString &password)
{
    AccountsReply r;
    QJsonObject body = passwordField(password);
    body.insert(u"login"_s, user.login);
    body.insert(u"display_name"_s, user.displayName);
    body.insert(u"email"_s, user.email);
    body.insert(u"role"_s, user.roleKey);
    const QJsonObject o = exchange(transport, "POST", u"/api/users"_s, body, 201, &r);
    r.account = accountFrom(o.value(u"user"_s).toObject());
    r.generatedPassword = o.value(u"generated_password"_s).toString();
    return r;
}

AccountsReply update(SyncTransport &transport, const UserDraft &user)
{
    AccountsReply r;
    const QJsonObject body{{u"display_name"_s, user.displayName},
                           {u"email"_s, user.email},
                           {u"role"_s, user.roleKey},
                           {u"disabled"_s, user.disabled}};
    const QJsonObject o = exchange(transport, "PATCH", userPath(user.id), body, 200, &r);
    r.account = accountFrom(o.value(u"user"_s).toObject());
    return r;
}

AccountsReply resetPassword(SyncTransport &transport, const QString &userId,
                            const QString &password)
{
    AccountsReply r;
    const QJsonObject o = exchange(transport, "POST", userPath(userId) + u"/password"_s,
                                   passwordField(password), 200, &r);
    r.generatedPassword = o.value(u"generated_password"_s).toString();
    return r;
}

AccountsReply changeOwnPassword(SyncTransport &transport, const QString &currentPassword,
                                const QString &newPassword)
{
    AccountsReply r;
    exchange(transport, "POST", u"/api/me/password"_s,
             QJsonObject{{u"current_password"_s, currentPassword},
                         {u"new_password"_s, newPassword}},
             200, &r);
    return r;
}

AccountContext context(const QList<UserDraft> &accounts, const UserDraft &user,
                       const QString &currentUserId)
{
    AccountContext ctx;
    ctx.currentUserId = currentUserId;
    for (const UserDraft &a : accounts) {
        if (a.id == user.id) {
            ctx.savedRoleKey = a.roleKey;
            ctx.savedDisabled = a.disabled;
            continue;
        }
        ctx.otherLogins.insert(a.login.toLower());
        if (a.roleKey == roleKey(Role::Administrator) && !a.disabled)
            ++ctx.otherActiveAdministrators;
    }
    return ctx;
}

} // namespace gpudesk::ServerAccounts
