// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiResponse.h"
#include "ApiRoutes.h"
#include "ApiServices.h"
#include "Crypto.h"
#include "JsonBody.h"
#include "Router.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk::ApiRoutes {
namespace {

bool validLogin(const QString &login, httplib::Response &res)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{1,63}$"_s);
    if (pattern.match(login).hasMatch())
        return true;
    ApiResponse::error(res, 400, u"user.invalid_login"_s,
                       QJsonObject{{u"pattern"_s, pattern.pattern()}});
    return false;
}

bool readRole(const QJsonObject &body, Role *role, httplib::Response &res, bool required)
{
    QString key;
    if (!JsonBody::string(body, u"role"_s, 1, 32, &key, res, required))
        return false;
    if (key.isEmpty())
        return true;
    const auto r = roleFromKey(key);
    if (!r) {
        ApiResponse::error(res, 400, u"user.invalid_role"_s,
                           QJsonObject{{u"role"_s, key.left(32)},
                                       {u"allowed"_s, u"administrator, program_officer, "
                                                      "reviewer, manager"_s}});
        return false;
    }
    *role = *r;
    return true;
}

// The new password of a create or a reset: the administrator's ("password"), or one the server
// makes ("generate_password": true), returned once in the answer and kept nowhere but as a hash.
bool readNewPassword(const QJsonObject &body, QString *password, bool *generated,
                     httplib::Response &res)
{
    *generated = false;
    if (!JsonBody::boolean(body, u"generate_password"_s, generated, res))
        return false;
    if (*generated && body.contains(u"password"_s)) {
        ApiResponse::error(res, 400, u"request.invalid_field"_s,
                           QJsonObject{{u"field"_s, u"password"_s},
                                       {u"expected"_s, u"absent with generate_password"_s}});
        return false;
    }
    if (!*generated) {
        return JsonBody::string(body, u"password"_s, 0, PasswordHasher::kMaxPasswordBytes,
                                password, res) &&
               ApiServices::acceptablePassword(*password, res);
    }
    // 15 random bytes: 20 characters of base64url, 120 bits, easy to copy without ambiguity.
    const QByteArray random = Crypto::randomBytes(15);
    if (random.isEmpty()) {
        ApiResponse::error(res, 500, u"server.internal"_s);
        return false;
    }
    *password = Crypto::base64Url(random);
    return true;
}

void createUser(ApiServices &services, RequestContext &ctx, httplib::Response &res)
{
    const auto body = JsonBody::object(
        ctx.request, res,
        {u"login"_s, u"display_name"_s, u"email"_s, u"role"_s, u"password"_s,
         u"generate_password"_s});
    ServerUser user;
    QString password;
    bool generated = false;
    if (!body || !JsonBody::string(*body, u"login"_s, 2, 64, &user.login, res) ||
        !validLogin(user.login, res) ||
        !JsonBody::string(*body, u"display_name"_s, 1, 200, &user.displayName, res) ||
        !JsonBody::string(*body, u"email"_s, 0, 320, &user.email, res, false) ||
        !readRole(*body, &user.role, res, true) ||
        !readNewPassword(*body, &password, &generated, res))
        return;
    QString hash;
    if (!services.hashNewPassword(password, res, &hash))
        return;
    user.id = Store::newId();
    const AuditEvent event{ctx.user.id, u"user.create"_s, u"user"_s, user.id,
                           QJsonObject{{u"login"_s, user.login}, {u"role"_s, roleKey(user.role)}}};
    switch (services.store()->createUser(user, hash, event)) {
    case StoreResult::Ok: {
        QJsonObject answer{{u"user"_s, ApiServices::userJson(user)}};
        if (generated)
            answer.insert(u"generated_password"_s, password);
        ApiResponse::json(res, 201, answer);
        return;
    }
    case StoreResult::Duplicate:
        ApiResponse::error(res, 409, u"user.login_taken"_s, QJsonObject{{u"login"_s, user.login}});
        return;
    default:
        ApiResponse::error(res, 500, u"server.internal"_s);
    }
}

void updateUser(ApiServices &services, RequestContext &ctx, httplib::Response &res)
{
    const auto body = JsonBody::object(ctx.request, res,
                                       {u"display_name"_s, u"email"_s, u"role"_s, u"disabled"_s});
    if (!body)
        return;
    std::optional<ServerUser> user = services.store()->userById(ctx.pathParam(1));
    if (!user) {
        ApiResponse::error(res, 404, u"user.not_found"_s);
        return;
    }
    const ServerUser before = *user;
    if (!JsonBody::string(*body, u"display_name"_s, 1, 200, &user->displayName, res, false) ||
        !JsonBody::string(*body, u"email"_s, 0, 320, &user->email, res, false) ||
        !readRole(*body, &user->role, res, false) ||
        !JsonBody::boolean(*body, u"disabled"_s, &user->disabled, res))
        return;
    // An administrator cannot lock themselves out (the last one would leave nobody to undo it).
    if (user->id == ctx.user.id && (user->disabled || user->role != Role::Administrator)) {
        ApiResponse::error(res, 409, u"user.cannot_demote_self"_s);
        return;
    }
    QJsonObject changed;
    if (before.role != user->role)
        changed.insert(u"role"_s, roleKey(user->role));
    if (before.disabled != user->disabled)
        changed.insert(u"disabled"_s, user->disabled);
    if (before.displayName != user->displayName || before.email != user->email)
        changed.insert(u"profile"_s, true);
    const AuditEvent event{ctx.user.id, u"user.update"_s, u"user"_s, user->id, changed};
    switch (services.store()->updateUser(*user, event)) {
    case StoreResult::Ok:
        break;
    case StoreResult::NotFound:
        ApiResponse::error(res, 404, u"user.not_found"_s);
        return;
    case StoreResult::LastAdministrator:
        ApiResponse::error(res, 409, u"user.last_administrator"_s,
                           QJsonObject{{u"login"_s, user->login}});
        return;
    default:
        ApiResponse::error(res, 500, u"server.internal"_s);
        return;
    }
    ApiResponse::json(res, 200, QJsonObject{{u"user"_s, ApiServices::userJson(*user)}});
}

void resetPassword(ApiServices &services, RequestContext &ctx, httplib::Response &res)
{
    const auto body =
        JsonBody::object(ctx.request, res, {u"password"_s, u"generate_password"_s});
    QString password;
    bool generated = false;
    if (!body || !readNewPassword(*body, &password, &generated, res))
        return;
    const QString userId = ctx.pathParam(1);
    if (!services.store()->userById(userId)) {
        ApiResponse::error(res, 404, u"user.not_found"_s);
        return;
    }
    QString hash;
    if (!services.hashNewPassword(password, res, &hash))
        return;
    const AuditEvent event{ctx.user.id, u"user.password_reset"_s, u"user"_s, userId, {}};
    // Keeps none of the user's sessions: whoever held them must sign in with the new password.
    const StoreResult r = services.store()->setPasswordHash(userId, hash, QString(), &event);
    if (r == StoreResult::NotFound)
        ApiResponse::error(res, 404, u"user.not_found"_s);
    else if (r != StoreResult::Ok)
        ApiResponse::error(res, 500, u"server.internal"_s);
    else {
        QJsonObject answer{{u"sessions_revoked"_s, true}};
        if (generated)
            answer.insert(u"generated_password"_s, password);
        ApiResponse::json(res, 200, answer);
    }
}

} // namespace

void registerUsers(Router &router, ApiServices &services)
{
    router.add(u"GET"_s, u"/api/users"_s, [&services](RequestContext &, httplib::Response &res) {
        QJsonArray list;
        for (const ServerUser &u : services.store()->users())
            list.append(ApiServices::userJson(u));
        ApiResponse::json(res, 200, QJsonObject{{u"users"_s, list}});
    });
    router.add(u"POST"_s, u"/api/users"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   createUser(services, ctx, res);
               });
    router.add(u"PATCH"_s, u"/api/users/([^/]+)"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   updateUser(services, ctx, res);
               });
    router.add(u"POST"_s, u"/api/users/([^/]+)/password"_s,
               [&services](RequestContext &ctx, httplib::Response &res) {
                   resetPassword(services, ctx, res);
               });
    router.add(
        u"POST"_s, u"/api/users/([^/]+)/revoke"_s,
        [&services](RequestContext &ctx, httplib::Response &res) {
            const QString userId = ctx.pathParam(1);
            if (!services.store()->userById(userId)) {
                ApiResponse::error(res, 404, u"user.not_found"_s);
                return;
            }
            const AuditEvent event{ctx.user.id, u"user.sessions_revoke"_s, u"user"_s, userId, {}};
            const int n = services.store()->revokeUserSessions(userId, Store::nowMs(), event);
            if (n < 0)
                ApiResponse::error(res, 500, u"server.internal"_s);
            else
                ApiResponse::json(res, 200, QJsonObject{{u"revoked"_s, n}});
        });
}

} // namespace gpudesk::ApiRoutes
