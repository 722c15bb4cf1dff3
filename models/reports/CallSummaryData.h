// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "reports/ReportCall.h"
#include "rules/Ranking.h"

#include <QList>
#include <QString>

namespace gpudesk {

class Store;

// One group of a call's applications, counted as the application browser counts them (the
// same table and the same filter SQL): an organisation type, a field, an accelerator type, a
// status or a range of requested nodes.
struct ApplicationGroup
{
    QString key;   // org type or status key, accelerator type id, field name; "" for no field
    QString label; // in the display language
    int applications = 0;
    int nodes = 0; // requested
    int gpus = 0;  // requested
    int minNodes = 0; // node ranges only: the browser's node filter that gives this group
    int maxNodes = 0; // 0: no upper bound
};

// One accelerator type of the call after review, as the Selection tab shows it.
struct TypeOutcome
{
    QString typeCode;
    int gpusPerNode = 8;
    bool hasPool = false;
    QString poolCode;
    QString poolName;
    int capacityNodes = 0;
    int committedNodes = 0; // over every call drawing on the pool
    int ranked = 0;         // with enough reviews to have a rank
    int flagged = 0;        // too few reviews
    int selected = 0;       // selected, or later allocated, active, completed or reclaimed
    int selectedNodes = 0;  // their granted nodes
    int waitlisted = 0;
    int rejected = 0;
    int undecided = 0; // still under review
};

// A ranked application on the selected or the waitlisted list.
struct RankedApplication
{
    QString applicationId;
    QString code;
    QString title;
    QString organisation;
    QString typeCode;
    int gpusPerNode = 8;
    ApplicationStatus status = ApplicationStatus::Selected;
    int requestedNodes = 0;
    int grantedNodes = 0; // 0 when none is granted
    int reviews = 0;
    double score = 0; // the one the ranking orders by
    double rawScore = 0;
    double normalisedScore = 0;
    int rank = 0;          // in its type's ranking; 0 when it has too few reviews
    int waitlistPlace = 0; // waitlisted ones: 1, 2, ... in rank order within the type
};

// The call summary (요약 보고서 of a call): its applications by organisation type, field,
// accelerator type, requested nodes and status; the review outcome per type; the selected and
// waitlisted applications with their scores.
struct CallSummaryData
{
    ReportCall call;
    int applications = 0;
    int requestedNodes = 0;
    int requestedGpus = 0;
    QList<ApplicationGroup> byOrgType; // in the order of the OrganizationType enum
    QList<ApplicationGroup> byField;   // most applications first
    QList<ApplicationGroup> byType;    // by type code
    QList<ApplicationGroup> byNodes;   // the ranges of requestedNodeRanges(), empty ones too
    QList<ApplicationGroup> byStatus;  // in the order of the life of an application, non-empty
    RankBy rankBy = RankBy::Raw;
    QList<TypeOutcome> types;
    QList<RankedApplication> selected;   // per type, in rank order
    QList<RankedApplication> waitlisted; // per type, in rank order
};

// The requested-node ranges of the summary: {min, max} with max 0 for "and more".
QList<QPair<int, int>> requestedNodeRanges();

// The statuses the summary counts as selected by the review.
bool countsAsSelected(ApplicationStatus status);

// Reads everything for the call (id or code): the counts from the browser's table, the outcome
// through SelectionRepository and the ranking rules, names in the display language.
bool loadCallSummary(Store &store, const QString &callId, RankBy by, CallSummaryData *out,
                     QString *error);

} // namespace gpudesk
