// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>
#include <optional>

namespace gpudesk {

// Who asks: a signed-in user and their role (from the session, never from the request body).
struct SyncCaller
{
    QString userId;
    Role role = Role::Reviewer;
};

// The one place that says which synced rows and columns a user receives (docs/sync.md,
// "Visibility per role"). Officers, administrators and managers see everything; a reviewer sees
// reference data, their own rows and the applications assigned to them (live assignments only),
// with the pipeline's columns of an application hidden. The SQL fragments refer to the row as
// `t` and bind the caller's user id as :user.
namespace SyncVisibility {

// The WHERE condition for `table`, "1" for every row, or nullopt when the caller sees none.
std::optional<QString> predicate(const QString &table, Role role);
// What the caller receives in place of `column` of `table` (an SQL expression over `t`): the
// column itself, or a neutral constant for a column hidden from the role.
QString columnExpression(const QString &table, const QString &column, bool blob, Role role);
// A reviewer sees an application with a live assignment of theirs: the condition on an
// application id expression (e.g. "t.id", "a.id"), binding :user.
QString assignedToUser(const QString &applicationId);
// The same live assignment, named by its id: the condition on an assignment id expression,
// binding :user. A reviewer writes a review, or answers an assignment, only under it.
QString liveAssignment(const QString &assignmentId);
// One of the caller's reviewer rows: the condition on a reviewer id expression, binding :user.
QString ownReviewer(const QString &reviewerId);

} // namespace SyncVisibility
} // namespace gpudesk
