// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRepository.h"
#include "domain/Enums.h"
#include "domain/Review.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpudesk {

class Store;

// A call whose panel the reviewer sits on, with the reviewer's own counts in it.
struct ReviewerCall
{
    QString id;
    QString code;
    QString title;
    QString titleEn;
    QString stage;
    QDate reviewDeadline; // invalid when the call has none
    bool panelClosed = false;
    int assigned = 0; // every assignment still open to them (assigned or accepted)
    int accepted = 0;
    int drafts = 0; // drafts and reopened reviews: started, not submitted
    int submitted = 0;
};

// One row of "my assignments": never a declined or conflicted one.
struct ReviewerAssignment
{
    QString id;
    QString applicationId;
    QString code;
    QString title;
    QString titleEn;
    QString fieldName;
    QString fieldNameEn;
    QString acceleratorType;
    int requestedGpus = 0;
    int requestedNodes = 0;
    int months = 0;
    AssignmentStatus status = AssignmentStatus::Assigned;
    std::optional<ReviewStatus> reviewStatus; // empty until the first draft
    std::optional<double> total;              // the reviewer's own total, once complete
    qint64 assignedAt = 0;
    QDate dueDate; // the call's review deadline
    bool overdue = false;
};

// What a reviewer may read of an application assigned to them.
struct ReviewApplication
{
    QString id;
    QString callId;
    QString code;
    QString title;
    QString titleEn;
    QString summary;
    QString fieldName;
    QString fieldNameEn;
    QString orgName;
    QString orgNameEn;
    OrganizationType orgType = OrganizationType::University;
    QString acceleratorType;
    int gpusPerNode = 8;
    int requestedGpus = 0;
    int requestedNodes = 0;
    int months = 0;
    QString desiredStart;
    QString piName;
    QStringList people; // "name <email> (role)"
};

// The reviewer's own review of one assignment.
struct ReviewRecord
{
    bool exists = false; // false before the first draft is saved
    ReviewStatus status = ReviewStatus::Draft;
    QHash<QString, int> scores; // criterion id -> score
    QString comment;
    std::optional<double> total;
    qint64 updatedAt = 0;
    qint64 submittedAt = 0;
    QString reopenReason;

    bool locked() const { return exists && status == ReviewStatus::Submitted; }
};

// Everything one reviewer does in their own area, offline, on the local profile. Every query is
// scoped to that reviewer in SQL (reviewer_id = ?), so nothing here can return another
// reviewer's identity, assignments or scores. Writes go through Store::write and so land in the
// outbox, attributed to the reviewer's user.
//
// Scoring needs no separate "accept" step: the first draft saved on an assignment that is still
// only "assigned" accepts it in the same transaction (opening it and scoring it is accepting it).
class ReviewerWorkspace final
{
public:
    ReviewerWorkspace(Store &store, const QString &userId);

    // False when the user is not linked to a reviewer; every call then refuses.
    bool isValid() const { return !m_reviewerId.isEmpty(); }
    QString reviewerId() const { return m_reviewerId; }
    QString userId() const { return m_userId; }
    Store &store() const { return m_store; }

    QList<ReviewerCall> calls() const;
    std::optional<ReviewerCall> call(const QString &callId) const;

    // The pledge counts only for the text it was given for: a changed pledge asks again.
    bool hasAcceptedPledge(const QString &callId) const;
    bool acceptPledge(const QString &callId, QString *error);

    QList<ReviewerAssignment> myAssignments(const QString &callId) const;
    // The call an assignment of this reviewer belongs to; empty when it is not theirs.
    QString callOfAssignment(const QString &assignmentId) const;

    // Refused unless the assignment is this reviewer's, still open, and the pledge is accepted.
    std::optional<ReviewApplication> application(const QString &assignmentId, QString *error) const;
    QList<DocumentInfo> documents(const QString &assignmentId, QString *error) const;
    std::optional<QByteArray> documentContent(const QString &assignmentId,
                                              const QString &documentId, QString *error) const;

    bool accept(const QString &assignmentId, QString *error);
    // Both need a reason and end the assignment for this reviewer; a draft is withdrawn with it.
    bool decline(const QString &assignmentId, const QString &reason, QString *error);
    bool declareConflict(const QString &assignmentId, const QString &reason, QString *error);

    ReviewRecord review(const QString &assignmentId) const;
    // Keeps whatever is given (partial, even out of range: submit checks); refused when submitted.
    bool saveDraft(const QString &assignmentId, const QHash<QString, int> &scores,
                   const QString &comment, QString *error);
    // Requires every criterion scored within its range and a comment; locks the review.
    bool submit(const QString &assignmentId, QString *error);

    // What still stands between these scores and a submission, one translated line each; empty
    // when it can be submitted.
    static QStringList submitProblems(const QList<RubricCriterion> &rubric,
                                      const QHash<QString, int> &scores, const QString &comment);

private:
    bool respond(const QString &assignmentId, AssignmentStatus to, const QString &reason,
                 QString *error);

    Store &m_store;
    QString m_userId;
    QString m_reviewerId;
};

} // namespace gpudesk
