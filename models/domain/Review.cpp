// SPDX-License-Identifier: GPL-3.0-or-later
#include "Review.h"

#include "KeyLookup.h"
#include "TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const char16_t *const kAssignmentKeys[] = {u"assigned", u"accepted", u"declined", u"conflict"};
const char16_t *const kReviewKeys[] = {u"draft", u"submitted", u"reopened"};
} // namespace

QString assignmentStatusKey(AssignmentStatus s)
{
    return QString::fromUtf16(kAssignmentKeys[static_cast<int>(s)]);
}

std::optional<AssignmentStatus> assignmentStatusFromKey(const QString &key)
{
    return enumFromKey<AssignmentStatus>(key, kAssignmentKeys);
}

QString assignmentStatusLabel(AssignmentStatus s)
{
    switch (s) {
    case AssignmentStatus::Assigned:
        return QCoreApplication::translate("AssignmentStatus", "Assigned");
    case AssignmentStatus::Accepted:
        return QCoreApplication::translate("AssignmentStatus", "Accepted");
    case AssignmentStatus::Declined:
        return QCoreApplication::translate("AssignmentStatus", "Declined");
    case AssignmentStatus::Conflict:
        return QCoreApplication::translate("AssignmentStatus", "Conflict of interest");
    }
    return {};
}

bool isActiveAssignment(AssignmentStatus s)
{
    return s == AssignmentStatus::Assigned || s == AssignmentStatus::Accepted;
}

QString reviewStatusKey(ReviewStatus s)
{
    return QString::fromUtf16(kReviewKeys[static_cast<int>(s)]);
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    return enumFromKey<ReviewStatus>(key, kReviewKeys);
}

QString reviewStatusLabel(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Draft:
        return QCoreApplication::translate("ReviewStatus", "Draft");
    case ReviewStatus::Submitted:
        return QCoreApplication::translate("ReviewStatus", "Submitted");
    case ReviewStatus::Reopened:
        return QCoreApplication::translate("ReviewStatus", "Reopened");
    }
    return {};
}

std::optional<double> rubricTotal(const QList<RubricCriterion> &rubric,
                                  const QHash<QString, int> &scores)
{
    if (rubric.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const RubricCriterion &c : rubric) {
        const auto it = scores.constFind(c.id);
        if (it == scores.cend() || *it < c.minScore || *it > c.maxScore || c.maxScore <= c.minScore)
            return std::nullopt;
        total += c.weight * double(*it - c.minScore) / double(c.maxScore - c.minScore);
    }
    return total;
}

bool isValidRubric(const QList<RubricCriterion> &rubric)
{
    int sum = 0;
    for (const RubricCriterion &c : rubric) {
        if (c.weight <= 0 || c.maxScore <= c.minScore)
            return false;
        sum += c.weight;
    }
    return !rubric.isEmpty() && sum == 100;
}

bool isOverdue(const QDate &reviewDeadline, bool submitted, qint64 nowMs)
{
    if (submitted || !reviewDeadline.isValid())
        return false;
    const QDateTime endOfDay(reviewDeadline.addDays(1), QTime(0, 0), displayTimeZone());
    return nowMs >= endOfDay.toMSecsSinceEpoch();
}

} // namespace gpudesk
