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
        // Pull filters by role inside its queries; push checks every mutation against
        // syncWrites() below. Managers read only.
        route(u"POST"_s, u"/api/sync/pull"_s, All, All, A, All),
        route(u"POST"_s, u"/api/sync/push"_s, All, All, A, N),
    };
    return rows;
}

const QList<SyncWriteRow> &Permissions::syncWrites()
{
    // Administrators: users (the server keeps an administrator and audits role and access
    // changes, SyncRules::checkAdministrators), inventory, calls and their rules, and whatever
    // officers do (the desktop gives them the officers' areas). Officers: the pipeline of
    // applications, the review panels, selection and allocation. Reviewers: their own reviews,
    // answers and pledges.
    static const QList<SyncWriteRow> rows = {
        //                                         admin officer reviewer manager
        {u"accelerator_types"_s, All, N, N, N},
        {u"fields"_s, All, N, N, N},
        {u"organizations"_s, All, All, N, N},
        {u"users"_s, All, N, N, N},
        {u"providers"_s, All, N, N, N},
        {u"sites"_s, All, N, N, N},
        {u"clusters"_s, All, N, N, N},
        {u"rack_rows"_s, All, N, N, N},
        {u"racks"_s, All, N, N, N},
        {u"pools"_s, All, N, N, N},
        {u"nodes"_s, All, N, N, N},
        {u"node_gpus"_s, All, N, N, N},
        {u"call_types"_s, All, N, N, N},
        {u"calls"_s, All, All, N, N},
        {u"call_accelerators"_s, All, N, N, N},
        {u"call_share_rates"_s, All, N, N, N},
        {u"rubric_criteria"_s, All, N, N, N},
        {u"applications"_s, All, All, N, N},
        {u"application_people"_s, All, All, N, N},
        {u"application_status_history"_s, All, All, N, N},
        {u"documents"_s, All, All, N, N},
        {u"reviewers"_s, All, All, N, N},
        {u"reviewer_fields"_s, All, All, N, N},
        {u"reviewer_conflicts"_s, All, All, N, N},
        {u"panel_members"_s, All, All, N, N},
        {u"pledges"_s, All, All, A, N},
        {u"review_assignments"_s, All, All, A, N},
        {u"reviews"_s, All, All, A, N},
        {u"grants"_s, All, All, N, N},
        {u"allocations"_s, All, All, N, N},
        {u"performance_checks"_s, All, All, N, N},
        {u"statements"_s, All, All, N, N},
        // The other tracks: officers run the survey, the meeting's decisions and the programs.
        {u"call_stage_history"_s, All, All, N, N},
        {u"demand_details"_s, All, All, N, N},
        {u"track_decisions"_s, All, All, N, N},
        {u"programs"_s, All, All, N, N},
        {u"program_teams"_s, All, All, N, N},
        {u"program_rounds"_s, All, All, N, N},
        {u"program_entries"_s, All, All, N, N},
    };
    return rows;
}

Scope Permissions::syncWriteScope(const QString &table, Role role)
{
    for (const SyncWriteRow &r : syncWrites()) {
        if (r.table != table)
            continue;
        switch (role) {
        case Role::Administrator:
            return r.administrator;
        case Role::ProgramOfficer:
            return r.programOfficer;
        case Role::Reviewer:
            return r.reviewer;
        case Role::Manager:
            return r.manager;
        }
    }
    return Scope::None;
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
