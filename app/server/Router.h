// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Permissions.h"
#include "ServerStore.h"

#include <QList>
#include <QString>
#include <functional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace gpudesk {

// What a handler knows about the request it serves: the caller (when signed in) and the scope
// the permission table grants the caller's role on this route.
struct RequestContext
{
    const httplib::Request &request;
    QString clientAddress;
    bool authenticated = false;
    ServerUser user;
    ServerSession session;
    Scope scope = Scope::None;
    // The n-th capture of the route's pattern (1-based), e.g. a user id.
    QString pathParam(int n) const;
};

using RouteHandler = std::function<void(RequestContext &ctx, httplib::Response &res)>;

struct RouteInfo
{
    QString method;
    QString pattern;
};

// Registers routes with httplib, wrapped so that every request is authenticated and checked
// against the permission table before its handler runs. A route without a row is refused
// (fail closed) and logged; the permission test catches it before it ships.
class Router final
{
public:
    // `store` may be null when only the list of routes is wanted (the permission test).
    Router(httplib::Server &server, ServerStore *store);

    void add(const QString &method, const QString &pattern, RouteHandler handler);
    const QList<RouteInfo> &routes() const { return m_routes; }

    // The id of the user the current thread's request is for (for the access log), or empty.
    static QString currentUserId();
    // Forgets it: called as each request starts, before any route matches.
    static void resetCurrentUser();

private:
    void dispatch(const PermissionRow *row, const RouteHandler &handler,
                  const httplib::Request &req, httplib::Response &res);
    bool authenticate(RequestContext &ctx, httplib::Response &res);

    httplib::Server &m_server;
    ServerStore *m_store;
    QList<RouteInfo> m_routes;
};

} // namespace gpudesk
