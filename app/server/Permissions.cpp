// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
constexpr Scope N = Scope::None;
constexpr Scope S = Scope::Self;
constexpr Scope A = Scope::Assigned;
constexpr Scope All = Scope::All;

PermissionRow publicRoute(const QString &method, const QString &pattern)
{
    PermissionRow r;
    r.method = method;
    r.pattern = pattern;
    r.isPublic = true;
    return r;
}

// Columns: administrator, program officer, reviewer, manager.
PermissionRow route(const QString &method, const QString &pattern, Scope admin, Scope officer,
                    Scope reviewer, Scope manager)
{
    return PermissionRow{method, pattern, false, admin, officer, reviewer, manager};
}
} // namespace

const QList<PermissionRow> &Permissions::table()
{
    // Reviewers see only their assigned applications; managers read only; officers allocate and
    // decide; administrators manage users and inventory.
    static const QList<PermissionRow> rows = {
        publicRoute(u"GET"_s, u"/api/health"_s),
        publicRoute(u"GET"_s, u"/api/version"_s),
        publicRoute(u"POST"_s, u"/api/login"_s),
        //                                                  admin officer reviewer manager
        route(u"POST"_s, u"/api/logout"_s, S, S, S, S),
        route(u"GET"_s, u"/api/me"_s, S, S, S, S),
        route(u"POST"_s, u"/api/me/password"_s, S, S, S, S),
        route(u"GET"_s, u"/api/users"_s, All, N, N, N),
        route(u"POST"_s, u"/api/users"_s, All, N, N, N),
        route(u"PATCH"_s, u"/api/users/([^/]+)"_s, All, N, N, N),
        route(u"POST"_s, u"/api/users/([^/]+)/password"_s, All, N, N, N),
        route(u"POST"_s, u"/api/users/([^/]+)/revoke"_s, All, N, N, N),
        route(u"GET"_s, u"/api/applications"_s, All, All, A, All),
        route(u"GET"_s, u"/api/applications/([^/]+)"_s, All, All, A, All),
        route(u"GET"_s, u"/api/audit/verify"_s, All, N, N, N),
    };
    return rows;
}

const PermissionRow *Permissions::find(const QString &method, const QString &pattern)
{
    for (const PermissionRow &r : table()) {
        if (r.method == method && r.pattern == pattern)
            return &r;
    }
    return nullptr;
}

Scope Permissions::scopeFor(const PermissionRow &row, Role role)
{
    switch (role) {
    case Role::Administrator:
        return row.administrator;
    case Role::ProgramOfficer:
        return row.programOfficer;
    case Role::Reviewer:
        return row.reviewer;
    case Role::Manager:
        return row.manager;
    }
    return Scope::None;
}

QString Permissions::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::None:
        return u"none"_s;
    case Scope::Self:
        return u"self"_s;
    case Scope::Assigned:
        return u"assigned"_s;
    case Scope::All:
        return u"all"_s;
    }
    return {};
}

} // namespace gpudesk
