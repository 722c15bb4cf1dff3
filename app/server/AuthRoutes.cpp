// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "ApiServices.h"
#include "JsonBody.h"
#include "Router.h"
#include "SessionTokens.h"
#include "store/Store.h"

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk::ApiRoutes {
namespace {

const QString kAccount = u"account"_s;
const QString kAddress = u"address"_s;

// Refuses (429) while the account or the address is blocked; no hashing happens then.
bool throttled(ServerStore &store, const QString &account, const QString &address, qint64 now,
               httplib::Response &res)
{
    const qint64 wait =
        std::max(LoginThrottle::retryAfterMs(store.throttle(kAccount, account), now),
                 LoginThrottle::retryAfterMs(store.throttle(kAddress, address), now));
    if (wait <= 0)
        return false;
    ApiResponse::retryLater(res, 429, u"auth.throttled"_s, wait);
    return true;
}

void recordFailure(ServerStore &store, const QString &account, const QString &address, qint64 now)
{
    store.recordLoginFailure(kAccount, account, LoginThrottle::accountPolicy(), now);
    store.recordLoginFailure(kAddress, address, LoginThrottle::addressPolicy(), now);
}

void login(ApiServices &services, RequestContext &ctx, httplib::Response &res)
{
    ServerStore &store = *services.store();
    const auto body = JsonBody::object(ctx.request, res, {u"login"_s, u"password"_s});
    QString loginName;
    QString password;
    if (!body || !JsonBody::string(*body, u"login"_s, 1, 128, &loginName, res) ||
        !JsonBody::string(*body, u"password"_s, 1, PasswordHasher::kMaxPasswordBytes, &password,
                          res))
        return;
    const QString account = loginName.toLower();
    qint64 now = Store::nowMs();
    if (throttled(store, account, ctx.clientAddress, now, res))
        return;

    const std::optional<ServerUser> user = store.userByLogin(loginName);
    const QString stored = user ? store.passwordHash(user->id) : QString();
    bool match = false;
    {
        HashGate::Slot slot = services.enterHashGate(res);
        if (!slot)
            return;
        // Unknown logins and accounts without a password cost the same hash as real ones.
        const bool real = user && !stored.isEmpty();
        match = PasswordHasher::verify(password, real ? stored : services.dummyHash()) && real;
    }
    now = Store::nowMs();
    if (!match || user->disabled) {
        recordFailure(store, account, ctx.clientAddress, now);
        if (user) {
            store.appendAudit(AuditEvent{user->id, u"auth.login_failed"_s, u"user"_s, user->id,
                                         QJsonObject{{u"address"_s, ctx.clientAddress}}});
        }
        ApiResponse::error(res, 401, u"auth.bad_credentials"_s);
        return;
    }
    // The address keeps its count (one valid account must not reset guessing at others).
    store.clearThrottle(kAccount, account);

    const qint64 lifetimeMs = qint64(services.config().sessionLifetimeHours) * 3600 * 1000;
    const IssuedToken token = SessionTokens::issue(now, lifetimeMs);
    if (token.token.isEmpty()) {
        ApiResponse::error(res, 500, u"server.internal"_s);
        return;
    }
    ServerSession session;
    session.id = Store::newId();
    session.userId = user->id;
    session.createdAt = now;
    session.expiresAt = token.expiresAt;
    session.clientAddress = ctx.clientAddress;
    const AuditEvent event{
        user->id, u"auth.login"_s, u"user"_s, user->id,
        QJsonObject{{u"session"_s, session.id}, {u"address"_s, ctx.clientAddress}}};
    if (store.createSession(session, token.tokenHash, event) != StoreResult::Ok) {
        ApiResponse::error(res, 500, u"server.internal"_s);
        return;
    }
    ApiResponse::json(res, 200,
                      QJsonObject{{u"token"_s, token.token},
                                  {u"session_id"_s, session.id},
                                  {u"expires_at"_s, session.expiresAt},
                                  {u"user"_s, ApiServices::userJson(*user)}});
}

void changePassword(ApiServices &services, RequestContext &ctx, httplib::Response &res)
{
    ServerStore &store = *services.store();
    const auto body =
        JsonBody::object(ctx.request, res, {u"current_password"_s, u"new_password"_s});
    QString current;
    QString next;
    if (!body ||
        !JsonBody::string(*body, u"current_password"_s, 1, PasswordHasher::kMaxPasswordBytes,
                          &current, res) ||
        !JsonBody::string(*body, u"new_password"_s, 0, PasswordHasher::kMaxPasswordBytes, &next,
                          res) ||
        !ApiServices::acceptablePassword(next, res))
        return;
    if (next == current) {
        ApiResponse::error(res, 400, u"user.password_unchanged"_s);
        return;
    }
    const QString account = ctx.user.login.toLower();
    const qint64 now = Store::nowMs();
    // A stolen session must not become a way to guess the password: the same throttle applies.
    if (throttled(store, account, ctx.clientAddress, now, res))
        return;
    QString hash;
    {
        HashGate::Slot slot = services.enterHashGate(res);
        if (!slot)
            return;
        if (!PasswordHasher::verify(current, store.passwordHash(ctx.user.id))) {
            recordFailure(store, account, ctx.clientAddress, Store::nowMs());
            ApiResponse::error(res, 403, u"auth.bad_credentials"_s);
            return;
        }
        hash = services.hasher().hash(next);
    }
    const AuditEvent event{ctx.user.id, u"user.password_change"_s, u"user"_s, ctx.user.id,
                           QJsonObject{{u"session"_s, ctx.session.id}}};
    if (hash.isEmpty() ||
        store.setPasswordHash(ctx.user.id, hash, ctx.session.id, &event) != StoreResult::Ok) {
        ApiResponse::error(res, 500, u"server.internal"_s);
        return;
    }
    ApiResponse::json(res, 200, QJsonObject{{u"other_sessions_revoked"_s, true}});
}

} // namespace

void registerAuth(Router &router, ApiServices &services)
{
    router.add(
        u"POST"_s, u"/api/login"_s,
        [&services](RequestContext &ctx, httplib::Response &res) { login(services, ctx, res); });
    router.add(u"POST"_s, u"/api/logout"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   const AuditEvent event{ctx.user.id, u"auth.logout"_s, u"user"_s, ctx.user.id,
                                          QJsonObject{{u"session"_s, ctx.session.id}}};
                   if (services.store()->revokeSession(ctx.session.id, Store::nowMs(), event) ==
                       StoreResult::Failed) {
                       ApiResponse::error(res, 500, u"server.internal"_s);
                       return;
                   }
                   ApiResponse::json(res, 200, QJsonObject{{u"signed_out"_s, true}});
               });
    router.add(u"GET"_s, u"/api/me"_s, [](RequestContext &ctx, httplib::Response &res) {
        ApiResponse::json(
            res, 200,
            QJsonObject{{u"user"_s, ApiServices::userJson(ctx.user)},
                        {u"session"_s, QJsonObject{{u"id"_s, ctx.session.id},
                                                   {u"created_at"_s, ctx.session.createdAt},
                                                   {u"expires_at"_s, ctx.session.expiresAt}}}});
    });
    router.add(u"POST"_s, u"/api/me/password"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   changePassword(services, ctx, res);
               });
}

} // namespace gpudesk::ApiRoutes
