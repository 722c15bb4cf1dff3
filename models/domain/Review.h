// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// The vocabulary of the expert review (DOMAIN.md, "Review"): the states of an assignment and of a
// review, the call's rubric and the one rule that turns criterion scores into a total out of 100.
namespace gpudesk {

// An assignment of one reviewer to one application. Declined and conflict are the reviewer's
// answers; neither counts towards the call's reviewers per application, and that reviewer is never
// assigned to that application again.
enum class AssignmentStatus
{
    Assigned,
    Accepted,
    Declined,
    Conflict
};

// A review: kept as a draft while the reviewer types, locked once submitted; an officer may
// reopen a submitted review with a reason, which makes it editable again until the next submit.
enum class ReviewStatus
{
    Draft,
    Submitted,
    Reopened
};

QString assignmentStatusKey(AssignmentStatus s);
std::optional<AssignmentStatus> assignmentStatusFromKey(const QString &key);
QString assignmentStatusLabel(AssignmentStatus s);
// True while the assignment counts: assigned or accepted.
bool isActiveAssignment(AssignmentStatus s);

QString reviewStatusKey(ReviewStatus s);
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key);
QString reviewStatusLabel(ReviewStatus s);

// One criterion of a call's rubric; a call's weights sum to 100.
struct RubricCriterion
{
    QString id;
    int ordinal = 0;
    QString name;
    QString nameEn;
    int weight = 0;
    int minScore = 0;
    int maxScore = 10;
    QString guidance;
};

// The weighted total, 0-100: each criterion adds weight x (score - min) / (max - min). Empty when a
// criterion has no score or a score outside its range; the rubric must not be empty.
std::optional<double> rubricTotal(const QList<RubricCriterion> &rubric,
                                  const QHash<QString, int> &scores);

// True when `weights` sum to 100 and every range is non-empty.
bool isValidRubric(const QList<RubricCriterion> &rubric);

// A review is overdue when it is not submitted by the end of the call's review deadline (the
// whole last day counts, in Asia/Seoul). No deadline: never overdue.
bool isOverdue(const QDate &reviewDeadline, bool submitted, qint64 nowMs);

} // namespace gpudesk
