// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/ReviewAssignment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace gpudesk {

class Store;

// One reviewer as the officer sees them when composing a call's panel.
struct PanelReviewer
{
    QString id;
    QString name;
    QString email;
    QString affiliation;
    QString title;
    QStringList fields; // field names, in the interface language's order of the table
    int load = 0;       // active assignments in the call
    bool inPanel = false;
};

// An application of the call waiting for (or under) review, with its reviewer count.
struct AssignableApplication
{
    QString id;
    QString code;
    QString title;
    QString orgName;
    QString fieldName;
    int assigned = 0; // active assignments
    int declined = 0; // declined or declared a conflict
};

// What a reviewer would be for an application: eligible, or the reason they are not.
struct ReviewerEligibility
{
    QString reviewerId;
    Exclusion reason = Exclusion::None;
    QString reasonText;
    bool fieldMatch = false;
};

// The planner's input for a call plus the ids behind its integers.
struct AssignmentData
{
    AssignmentInput input;
    QStringList applicationIds;
    QStringList applicationCodes;
    QStringList reviewerIds;
    QStringList reviewerNames;
    QStringList orgIds; // interned organisation index -> id
};

struct AssignmentShortfallLine
{
    QString applicationId;
    QString code;
    QString title;
    int missing = 0;
    int eligible = 0;
};

// The outcome of an automatic assignment or a reassignment, for the report dialog.
struct AutoAssignReport
{
    int applications = 0; // considered
    int created = 0;      // assignments written
    int fieldMatches = 0;
    int minLoad = 0;
    int maxLoad = 0;
    bool balanced = true;
    QList<AssignmentShortfallLine> shortfalls;
};

// Hand assignment assigns every eligible pair and skips the others, saying why for each.
struct HandAssignResult
{
    int created = 0;
    QStringList skipped; // "APP-CODE, Reviewer name: reason"
};

// The state of one (application, reviewer) cell of the progress matrix.
enum class ReviewCellState
{
    Assigned,
    Accepted,
    Declined,
    Conflict,
    Draft,
    Submitted,
    Reopened,
    Overdue,
    Count
};
QString reviewCellStateKey(ReviewCellState s);
QString reviewCellStateLabel(ReviewCellState s);
// A short label for a matrix cell (a few letters).
QString reviewCellStateShortLabel(ReviewCellState s);

struct ReviewProgressCell
{
    int application = 0; // index into ReviewProgress::applications
    int reviewer = 0;    // index into ReviewProgress::reviewers
    ReviewCellState state = ReviewCellState::Assigned;
    QString assignmentId;
    QString reviewId; // empty when no review was started
};

struct LateReviewer
{
    QString reviewerId;
    QString name;
    QString email;
    int overdue = 0;
    qint64 oldestAssignedAt = 0; // the longest-waiting overdue assignment
    QString oldestCode;
};

// The progress matrix of a call: sparse cells over the applications and reviewers that have
// assignments, counts per state and who is late.
struct ReviewProgress
{
    struct Application
    {
        QString id;
        QString code;
        QString title;
    };
    struct Reviewer
    {
        QString id;
        QString name;
    };
    QList<Application> applications;
    QList<Reviewer> reviewers;
    QList<ReviewProgressCell> cells;
    std::array<int, int(ReviewCellState::Count)> counts{};
    QList<LateReviewer> late;
    QDate deadline;
    int perApplication = 3;
};

// The officer's side of the expert review: the panel of a call, who may review what, hand and
// automatic assignment, withdrawals, reopening submitted reviews and the progress matrix. Every
// change goes through Store::write (captured for sync) and leaves an audit entry.
class ReviewPanelRepository final
{
public:
    explicit ReviewPanelRepository(Store &store) : m_store(store) {}

    // Every reviewer of the profile, flagged when on the call's panel, with their load there.
    QList<PanelReviewer> reviewers(const QString &callId) const;
    bool addMembers(const QString &callId, const QStringList &reviewerIds, QString *error);
    // Refused (nothing changed) when any of them still has active assignments in the call.
    bool removeMembers(const QString &callId, const QStringList &reviewerIds, QString *error);

    // The call's applications under review with their reviewer counts, by code.
    QList<AssignableApplication> applicationsUnderReview(const QString &callId) const;

    struct LoadOptions
    {
        // The benchmark's case: every application and every reviewer of the profile as one
        // pool, existing assignments ignored. Officers always work on one call.
        bool wholeProfile = false;
        bool ignoreExisting = false;
    };
    // The call's under-review applications and panel reviewers, interned for the planner.
    AssignmentData loadAssignmentInput(const QString &callId, const LoadOptions &options) const;
    AssignmentData loadAssignmentInput(const QString &callId) const
    {
        return loadAssignmentInput(callId, LoadOptions{});
    }

    // Each panel reviewer for each of the applications: eligible, or why not.
    QList<QList<ReviewerEligibility>> eligibility(const QString &callId,
                                                  const QStringList &applicationIds) const;

    // Assigns every selected application to every selected reviewer, in one transaction. Pairs
    // that would be a conflict of interest, a repeat of a declined or existing assignment, or a
    // reviewer outside the panel are skipped and listed with the reason; the others are written.
    bool assignByHand(const QString &callId, const QStringList &applicationIds,
                      const QStringList &reviewerIds, HandAssignResult *result, QString *error);

    // Fills every application under review up to the call's N, in one transaction.
    bool autoAssign(const QString &callId, AutoAssignReport *report, QString *error);
    // Fills only the applications that lost a reviewer to a decline or a declared conflict.
    bool reassignDeclined(const QString &callId, AutoAssignReport *report, QString *error);

    // The active assignments among the given applications x reviewers.
    QStringList activeAssignmentIds(const QStringList &applicationIds,
                                    const QStringList &reviewerIds) const;
    // Withdraws an assignment that has no submitted review (it and any draft are tombstoned).
    bool withdrawAssignment(const QString &assignmentId, QString *error);
    // Reopens a submitted review so its reviewer may edit it again; the reason is required.
    bool reopenReview(const QString &reviewId, const QString &reason, QString *error);

    ReviewProgress progress(const QString &callId, qint64 nowMs) const;

    // Writes a plan made from `data`; used by autoAssign and by the benchmark.
    bool writePlan(const QString &callId, const AssignmentData &data, const AssignmentPlan &plan,
                   const QString &auditAction, QString *error);

private:
    bool fill(const QString &callId, bool onlyDeclined, AutoAssignReport *report, QString *error);
    QString organizationName(const QString &orgId) const;

    Store &m_store;
};

} // namespace gpudesk
