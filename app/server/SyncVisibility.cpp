// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncVisibility.h"

#include "store/SyncedTables.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gpudesk::SyncVisibility {
namespace {

// Reference data every reviewer needs to read an application and score it.
const QStringList kReference = {u"accelerator_types"_s, u"fields"_s,           u"organizations"_s,
                                u"call_types"_s,        u"calls"_s,            u"call_accelerators"_s,
                                u"call_share_rates"_s,  u"rubric_criteria"_s};
// Rows that belong to one reviewer through reviewer_id.
const QStringList kOwnByReviewer = {u"reviewer_fields"_s, u"reviewer_conflicts"_s,
                                    u"panel_members"_s,   u"pledges"_s,
                                    u"review_assignments"_s, u"reviews"_s};

// What a reviewer must not learn about an application: where it stands in the pipeline, the
// screening note, the grant, the investigator's phone, how it came in.
const QHash<QString, QString> &hiddenApplicationColumns()
{
    static const QHash<QString, QString> hidden = {
        {u"status"_s, u"'under_review'"_s},  {u"status_changed_at"_s, u"0"_s},
        {u"screening_note"_s, u"''"_s},      {u"granted_nodes"_s, u"NULL"_s},
        {u"pi_phone"_s, u"''"_s},            {u"decided_by_override"_s, u"0"_s},
        {u"source"_s, u"''"_s},
    };
    return hidden;
}

// Which assignments count: live ones (assigned or accepted, nothing deleted) of the caller's.
QString liveAssignmentWhere(const QString &condition)
{
    return u"EXISTS (SELECT 1 FROM review_assignments ra JOIN reviewers r ON r.id = "
           "ra.reviewer_id WHERE %1 AND ra.deleted = 0 AND r.deleted = 0 AND "
           "ra.status IN ('assigned', 'accepted') AND r.user_id = :user)"_s.arg(condition);
}

} // namespace

QString assignedToUser(const QString &applicationId)
{
    return liveAssignmentWhere(u"ra.application_id = "_s + applicationId);
}

QString liveAssignment(const QString &assignmentId)
{
    return liveAssignmentWhere(u"ra.id = "_s + assignmentId);
}

QString ownReviewer(const QString &reviewerId)
{
    return u"%1 IN (SELECT id FROM reviewers WHERE user_id = :user)"_s.arg(reviewerId);
}

std::optional<QString> predicate(const QString &table, Role role)
{
    if (role != Role::Reviewer)
        return u"1"_s;
    if (kReference.contains(table))
        return u"1"_s;
    if (table == u"users"_s)
        return u"t.id = :user"_s;
    if (table == u"reviewers"_s)
        return u"t.user_id = :user"_s;
    if (kOwnByReviewer.contains(table))
        return ownReviewer(u"t.reviewer_id"_s);
    if (table == u"applications"_s)
        return assignedToUser(u"t.id"_s);
    if (table == u"documents"_s || table == u"application_people"_s)
        return assignedToUser(u"t.application_id"_s);
    return std::nullopt; // the fleet, grants, allocations, history, checks, statements
}

QString columnExpression(const QString &table, const QString &column, bool blob, Role role)
{
    if (role == Role::Reviewer && table == u"applications"_s) {
        const auto hidden = hiddenApplicationColumns().constFind(column);
        if (hidden != hiddenApplicationColumns().constEnd())
            return hidden.value();
    }
    return SyncedTables::wireValue(u"t."_s + column, blob);
}

} // namespace gpudesk::SyncVisibility
