// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include "ApiResponse.h"
#include "ServerLog.h"
#include "SessionTokens.h"
#include "store/Store.h"

#include <exception>
#include <httplib.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
thread_local QString t_userId;
}

QString RequestContext::pathParam(int n) const
{
    if (n < 0 || size_t(n) >= request.matches.size())
        return {};
    return QString::fromStdString(request.matches[size_t(n)].str());
}

Router::Router(httplib::Server &server, ServerStore *store) : m_server(server), m_store(store) {}

QString Router::currentUserId()
{
    return t_userId;
}

void Router::resetCurrentUser()
{
    t_userId.clear();
}

void Router::add(const QString &method, const QString &pattern, RouteHandler handler)
{
    m_routes.append({method, pattern});
    const PermissionRow *row = Permissions::find(method, pattern);
    if (!row)
        ServerLog::error(
            u"route %1 %2 has no row in the permission table: refused"_s.arg(method, pattern));
    auto wrapped = [this, row, handler = std::move(handler)](const httplib::Request &req,
                                                             httplib::Response &res) {
        dispatch(row, handler, req, res);
    };
    const std::string p = pattern.toStdString();
    if (method == u"GET"_s)
        m_server.Get(p, wrapped);
    else if (method == u"POST"_s)
        m_server.Post(p, wrapped);
    else if (method == u"PATCH"_s)
        m_server.Patch(p, wrapped);
    else if (method == u"PUT"_s)
        m_server.Put(p, wrapped);
    else if (method == u"DELETE"_s)
        m_server.Delete(p, wrapped);
    else
        ServerLog::error(u"route %1 %2: unsupported method"_s.arg(method, pattern));
}

void Router::dispatch(const PermissionRow *row, const RouteHandler &handler,
                      const httplib::Request &req, httplib::Response &res)
{
    t_userId.clear();
    RequestContext ctx{req, QString::fromStdString(req.remote_addr), false, {}, {}, Scope::None};
    if (!row) {
        ApiResponse::error(res, 403, u"auth.forbidden"_s);
        return;
    }
    if (!row->isPublic) {
        if (!authenticate(ctx, res))
            return;
        ctx.scope = Permissions::scopeFor(*row, ctx.user.role);
        if (ctx.scope == Scope::None) {
            ApiResponse::error(res, 403, u"auth.forbidden"_s,
                               QJsonObject{{u"role"_s, roleKey(ctx.user.role)}});
            return;
        }
    }
    try {
        handler(ctx, res);
    } catch (const std::exception &e) {
        ServerLog::error(
            u"%1 %2: %3"_s.arg(row->method, row->pattern, QString::fromUtf8(e.what())));
        ApiResponse::error(res, 500, u"server.internal"_s);
    } catch (...) {
        ServerLog::error(u"%1 %2: unknown exception"_s.arg(row->method, row->pattern));
        ApiResponse::error(res, 500, u"server.internal"_s);
    }
}

bool Router::authenticate(RequestContext &ctx, httplib::Response &res)
{
    const QString header = QString::fromStdString(ctx.request.get_header_value("Authorization"));
    const QString token = SessionTokens::fromAuthorizationHeader(header);
    if (token.isEmpty()) {
        res.set_header("WWW-Authenticate", "Bearer");
        ApiResponse::error(res, 401, u"auth.required"_s);
        return false;
    }
    std::optional<ServerSession> session;
    if (SessionTokens::wellFormed(token) && m_store)
        session = m_store->sessionByTokenHash(SessionTokens::hashOf(token));
    const qint64 now = Store::nowMs();
    QString code;
    if (!session)
        code = u"auth.invalid_token"_s;
    else if (session->revokedAt != 0)
        code = u"auth.session_revoked"_s;
    else if (SessionTokens::expired(session->expiresAt, now))
        code = u"auth.session_expired"_s;
    std::optional<ServerUser> user;
    if (code.isEmpty()) {
        user = m_store->userById(session->userId);
        if (!user || user->disabled)
            code = u"auth.session_revoked"_s;
    }
    if (!code.isEmpty()) {
        res.set_header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        ApiResponse::error(res, 401, code);
        return false;
    }
    ctx.authenticated = true;
    ctx.session = *session;
    ctx.user = *user;
    t_userId = user->id;
    return true;
}

} // namespace gpudesk
