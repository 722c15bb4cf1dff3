// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace gpudesk {

// What a role may reach through a route.
enum class Scope
{
    None,     // refused
    Self,     // only the caller's own account and sessions
    Assigned, // only applications assigned to the caller (reviewers)
    All,      // every row
};

// One row of the permission table: a route and, per role, the scope it grants. Public routes
// need no session.
struct PermissionRow
{
    QString method;
    QString pattern; // exactly as registered with the router
    bool isPublic = false;
    Scope administrator = Scope::None;
    Scope programOfficer = Scope::None;
    Scope reviewer = Scope::None;
    Scope manager = Scope::None;
};

// Who may write a synced table through a push: per role, None, Assigned (a reviewer's own rows
// only: their reviews, answers to their assignments, pledges) or All.
struct SyncWriteRow
{
    QString table;
    Scope administrator = Scope::None;
    Scope programOfficer = Scope::None;
    Scope reviewer = Scope::None;
    Scope manager = Scope::None;
};

// The one permission table every request is checked against (the router refuses a route that
// has no row; a test checks every registered route has one and every row a route).
class Permissions final
{
public:
    static const QList<PermissionRow> &table();
    static const PermissionRow *find(const QString &method, const QString &pattern);
    static Scope scopeFor(const PermissionRow &row, Role role);
    static QString scopeKey(Scope scope);

    // The sync rows of the table: one per synced table (a test checks that too).
    static const QList<SyncWriteRow> &syncWrites();
    static Scope syncWriteScope(const QString &table, Role role);
};

} // namespace gpudesk
