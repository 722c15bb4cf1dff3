// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <optional>

// The ranking of an expert review (DOMAIN.md, "Review"), per call and accelerator type. Pure: the
// store loads a call's applications and submitted review totals into a RankingInput, these
// functions score and order them.
//
// Score: the mean of an application's submitted reviews' weighted rubric totals (0-100).
//
// Normalised score: each reviewer's totals become z-scores over that reviewer's own submitted
// reviews in the call (all accelerator types), z = (total - reviewer mean) / reviewer sd, mapped
// back onto the call: call mean + z x call sd, both over every submitted total of the call. All
// standard deviations are population ones. A reviewer with a single review, or whose totals are
// all equal, tells nothing about their own scale: z = 0, so each of their reviews maps to the
// call mean. Normalised totals are not clamped to 0-100, so that the order they give is kept.
//
// Order: higher score first; ties go to the higher minimum review score (of the normalised
// totals when ranking by normalised score), then to the earlier submission, then to the code.
// Applications with fewer submitted reviews than the call's reviewers per application are
// flagged: they get no rank and are listed after the ranked ones.
namespace gpudesk {

// One application of the call as the ranking sees it.
struct RankingApplication
{
    QString id;
    QString code;
    QString title;
    QString organization;
    QString acceleratorType; // accelerator type id
    int requestedNodes = 0;  // whole nodes
    ApplicationStatus status = ApplicationStatus::UnderReview;
    qint64 submittedAt = 0;
    std::optional<int> grantedNodes;
    bool decidedByOverride = false;
};

// One submitted review: indices into RankingInput::applications and a dense reviewer index
// (0, 1, 2, ...; the store maps reviewer ids to them).
struct ReviewScore
{
    int application = 0;
    int reviewer = 0;
    double total = 0;
};

// Everything of one call: its applications (all types) and the totals of its submitted reviews.
struct RankingInput
{
    int reviewersPerApplication = 3;
    QList<RankingApplication> applications;
    QList<ReviewScore> reviews;
};

// An application's scores, raw and normalised, and the spread of its raw totals.
struct ApplicationScore
{
    int reviews = 0;
    double raw = 0;        // mean of the totals; 0 without reviews
    double normalised = 0; // mean of the normalised totals
    double minRaw = 0;
    double maxRaw = 0;
    double sdRaw = 0; // population sd of its totals
    double minNormalised = 0;
};

// The call-wide figures the normalisation maps onto.
struct CallScoreStats
{
    int reviews = 0;
    double mean = 0;
    double sd = 0;
};

CallScoreStats callScoreStats(const RankingInput &in);

// One score per application, in the order of in.applications.
QList<ApplicationScore> scoreApplications(const RankingInput &in);

enum class RankBy
{
    Raw,
    Normalised
};

// True when an application belongs in the ranking table: every application under review or
// decided on (selected, waitlisted, allocated, active), and the others (rejected, withdrawn,
// reclaimed, completed) only when they have a submitted review, so that an application rejected
// at screening does not show up as a flagged one.
bool takesPartInRanking(ApplicationStatus status, int submittedReviews);

struct RankedRow
{
    int application = 0;    // index into RankingInput::applications
    int rawRank = 0;        // 1-based; 0 when flagged
    int normalisedRank = 0; // 1-based; 0 when flagged
    bool tooFewReviews = false;
};

// One accelerator type of a call: ranked rows in the order of `by`, then the flagged ones.
struct Ranking
{
    RankBy by = RankBy::Raw;
    QList<RankedRow> rows;
    int rankedCount = 0;

    // The rank that orders this ranking (raw or normalised).
    int rankOf(const RankedRow &row) const
    {
        return by == RankBy::Normalised ? row.normalisedRank : row.rawRank;
    }
};

Ranking rankApplications(const RankingInput &in, const QList<ApplicationScore> &scores,
                         const QString &acceleratorType, RankBy by);

} // namespace gpudesk
