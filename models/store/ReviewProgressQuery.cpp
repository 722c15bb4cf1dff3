// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewPanelRepository::progress and the vocabulary of the progress matrix's cells.
#include "CallRepository.h"
#include "ReviewPanelRepository.h"
#include "Store.h"
#include "domain/Review.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

const char16_t *const kCellKeys[] = {u"assigned", u"accepted",  u"declined", u"conflict",
                                     u"draft",    u"submitted", u"reopened", u"overdue"};

// The one rule of a cell: a reviewer's answer first, then a submitted review, then lateness
// (anything active and not submitted once the deadline has passed), then how far they got.
ReviewCellState cellState(const QString &assignment, const QString &review, bool overdue)
{
    const auto a = assignmentStatusFromKey(assignment).value_or(AssignmentStatus::Assigned);
    if (a == AssignmentStatus::Declined)
        return ReviewCellState::Declined;
    if (a == AssignmentStatus::Conflict)
        return ReviewCellState::Conflict;
    const auto r = reviewStatusFromKey(review);
    if (r == ReviewStatus::Submitted)
        return ReviewCellState::Submitted;
    if (overdue)
        return ReviewCellState::Overdue;
    if (r == ReviewStatus::Draft)
        return ReviewCellState::Draft;
    if (r == ReviewStatus::Reopened)
        return ReviewCellState::Reopened;
    return a == AssignmentStatus::Accepted ? ReviewCellState::Accepted : ReviewCellState::Assigned;
}

} // namespace

QString reviewCellStateKey(ReviewCellState s)
{
    return s == ReviewCellState::Count ? QString() : QString::fromUtf16(kCellKeys[int(s)]);
}

QString reviewCellStateLabel(ReviewCellState s)
{
    switch (s) {
    case ReviewCellState::Assigned:
        return QCoreApplication::translate("ReviewCellState", "Assigned");
    case ReviewCellState::Accepted:
        return QCoreApplication::translate("ReviewCellState", "Accepted");
    case ReviewCellState::Declined:
        return QCoreApplication::translate("ReviewCellState", "Declined");
    case ReviewCellState::Conflict:
        return QCoreApplication::translate("ReviewCellState", "Conflict of interest");
    case ReviewCellState::Draft:
        return QCoreApplication::translate("ReviewCellState", "Draft");
    case ReviewCellState::Submitted:
        return QCoreApplication::translate("ReviewCellState", "Submitted");
    case ReviewCellState::Reopened:
        return QCoreApplication::translate("ReviewCellState", "Reopened");
    case ReviewCellState::Overdue:
        return QCoreApplication::translate("ReviewCellState", "Overdue");
    case ReviewCellState::Count:
        break;
    }
    return {};
}

QString reviewCellStateShortLabel(ReviewCellState s)
{
    switch (s) {
    case ReviewCellState::Assigned:
        //: Matrix cell, a few letters: assigned, no answer yet.
        return QCoreApplication::translate("ReviewCellState", "asg");
    case ReviewCellState::Accepted:
        //: Matrix cell, a few letters: the reviewer accepted.
        return QCoreApplication::translate("ReviewCellState", "acc");
    case ReviewCellState::Declined:
        //: Matrix cell, a few letters: the reviewer declined.
        return QCoreApplication::translate("ReviewCellState", "dec");
    case ReviewCellState::Conflict:
        //: Matrix cell, a few letters: conflict of interest declared.
        return QCoreApplication::translate("ReviewCellState", "COI");
    case ReviewCellState::Draft:
        //: Matrix cell, a few letters: review being written.
        return QCoreApplication::translate("ReviewCellState", "drf");
    case ReviewCellState::Submitted:
        //: Matrix cell, a few letters: review submitted.
        return QCoreApplication::translate("ReviewCellState", "sub");
    case ReviewCellState::Reopened:
        //: Matrix cell, a few letters: review reopened by the officer.
        return QCoreApplication::translate("ReviewCellState", "reo");
    case ReviewCellState::Overdue:
        //: Matrix cell, a few letters: not submitted after the deadline.
        return QCoreApplication::translate("ReviewCellState", "LATE");
    case ReviewCellState::Count:
        break;
    }
    return {};
}

ReviewProgress ReviewPanelRepository::progress(const QString &callId, qint64 nowMs) const
{
    ReviewProgress p;
    if (const auto settings = CallRepository(m_store.db()).reviewSettings(callId)) {
        p.deadline = settings->reviewDeadline;
        p.perApplication = settings->reviewersPerApplication;
    }
    // Past the deadline every unsubmitted active review is late; one check serves all cells.
    const bool pastDeadline = isOverdue(p.deadline, false, nowMs);
    QHash<QString, int> appIndex, reviewerIndex;
    QHash<int, int> lateIndex; // reviewer -> index into p.late
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT ra.id, ra.application_id, a.code, a.title, ra.reviewer_id, r.name, r.email, "
              "ra.status, coalesce(rv.id, ''), coalesce(rv.status, ''), ra.assigned_at "
              "FROM review_assignments ra JOIN applications a ON a.id = ra.application_id "
              "JOIN reviewers r ON r.id = ra.reviewer_id "
              "LEFT JOIN reviews rv ON rv.assignment_id = ra.id AND rv.deleted = 0 "
              "WHERE a.call_id = ? AND ra.deleted = 0 AND a.deleted = 0 "
              "ORDER BY a.code, r.name, ra.reviewer_id"_s);
    q.addBindValue(callId);
    if (!q.exec())
        return p;
    while (q.next()) {
        const QString appId = q.value(1).toString();
        auto ai = appIndex.constFind(appId);
        if (ai == appIndex.cend()) {
            ai = appIndex.insert(appId, int(p.applications.size()));
            p.applications.append({appId, q.value(2).toString(), q.value(3).toString()});
        }
        const QString reviewerId = q.value(4).toString();
        auto ri = reviewerIndex.constFind(reviewerId);
        if (ri == reviewerIndex.cend()) {
            ri = reviewerIndex.insert(reviewerId, int(p.reviewers.size()));
            p.reviewers.append({reviewerId, q.value(5).toString()});
        }
        const ReviewCellState state =
            cellState(q.value(7).toString(), q.value(9).toString(), pastDeadline);
        p.cells.append({*ai, *ri, state, q.value(0).toString(), q.value(8).toString()});
        ++p.counts[std::size_t(state)];
        if (state == ReviewCellState::Overdue) {
            auto li = lateIndex.constFind(*ri);
            if (li == lateIndex.cend()) {
                li = lateIndex.insert(*ri, int(p.late.size()));
                p.late.append({reviewerId, q.value(5).toString(), q.value(6).toString(), 0,
                               q.value(10).toLongLong(), p.applications[*ai].code});
            }
            LateReviewer &late = p.late[*li];
            ++late.overdue;
            if (q.value(10).toLongLong() < late.oldestAssignedAt) {
                late.oldestAssignedAt = q.value(10).toLongLong();
                late.oldestCode = p.applications[*ai].code;
            }
        }
    }
    // The most behind first, then the longest waiting.
    std::sort(p.late.begin(), p.late.end(), [](const LateReviewer &x, const LateReviewer &y) {
        return x.overdue != y.overdue ? x.overdue > y.overdue
                                      : x.oldestAssignedAt < y.oldestAssignedAt;
    });
    return p;
}

} // namespace gpudesk
