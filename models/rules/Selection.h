// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ranking.h"

#include <QList>
#include <QString>
#include <optional>

// Selection by the capacity cut (DOMAIN.md, "Review"). Pure: from a Ranking of one call and
// accelerator type and the nodes its pool has left, proposes a decision for every ranked
// application still under review.
//
// The walk goes down the ranking. An application gets its full request (whole nodes) when it
// still fits what is left; one that does not fit is skipped, never partly granted, and the walk
// goes on, so a smaller request further down may still be selected. The first K applications not
// selected, in rank order, are waitlisted, where K is the call's waitlist length per type and
// applications already waitlisted count towards it; the rest are rejected. Applications already
// decided keep their decision (their nodes are in the pool's committed figure); flagged ones
// (too few reviews) get no proposal: only an officer's override decides them.
namespace gpudesk {

// A pool's nodes for the cut: capacity minus what selected, allocated and active applications
// drawing on it already hold (granted nodes, else requested).
struct PoolCapacity
{
    QString poolId;
    QString poolCode;
    int capacityNodes = 0;
    int committedNodes = 0;

    // May be negative when the pool is over-committed; the cut treats that as nothing left.
    int left() const { return capacityNodes - committedNodes; }
};

enum class SelectionDecision
{
    Select,
    Waitlist,
    Reject
};

QString selectionDecisionLabel(SelectionDecision d);
// The application status a decision leads to.
ApplicationStatus selectionDecisionStatus(SelectionDecision d);

struct ProposedDecision
{
    int application = 0; // index into RankingInput::applications
    int rank = 0;        // in the ranking's order (raw or normalised)
    SelectionDecision decision = SelectionDecision::Reject;
    int requestedNodes = 0;
    int nodes = 0;           // granted when selected, else 0
    int nodesLeftBefore = 0; // what was left when the walk reached it
    int waitlistPlace = 0;   // 1-based place on the waitlist, counting those already on it
};

struct SelectionProposal
{
    QList<ProposedDecision> decisions; // in rank order
    int rankedCount = 0;
    int alreadyWaitlisted = 0;
    int nodesLeftBefore = 0;
    int nodesLeftAfter = 0;
    int selected = 0;
    int waitlisted = 0;
    int rejected = 0;
    int selectedNodes = 0;
};

SelectionProposal proposeSelection(const RankingInput &in, const Ranking &ranking, int nodesLeft,
                                   int waitlistLength);

// The first waitlisted application, in rank order (ranked ones first, then ones waitlisted by an
// override), whose request fits in what is left.
struct PromotionProposal
{
    int application = 0;
    int rank = 0; // 0 when it is not ranked
    int nodes = 0;
    int nodesLeft = 0;
};

std::optional<PromotionProposal> promotionCandidate(const RankingInput &in, const Ranking &ranking,
                                                    int nodesLeft);

// One accelerator type of a call with the pool its cut draws on.
struct SelectionType
{
    QString typeId;
    QString typeCode;
    int gpusPerNode = 8;
    bool hasPool = false; // false when the call names no pool for the type: nothing to cut
    QString poolName;
    PoolCapacity pool;
};

// A call as the selection needs it: the ranking input and its types.
struct CallSelectionInput
{
    QString callId;
    QString callCode;
    int waitlistLength = 0; // per type
    RankingInput input;
    QList<SelectionType> types;
};

// The ranking of one type, its proposal (empty without a pool) and a possible promotion, which
// is only offered once no ranked application under review is left for the cut.
struct TypeSelection
{
    Ranking ranking;
    SelectionProposal proposal;
    std::optional<PromotionProposal> promotion;
};

TypeSelection selectType(const CallSelectionInput &call, const QList<ApplicationScore> &scores,
                         const SelectionType &type, RankBy by);

// The reasons recorded in the status history, translated: for a proposed decision (score is the
// one the ranking used) and for a promotion.
QString proposalReason(const ProposedDecision &d, int rankedCount, double score);
QString promotionReason(const PromotionProposal &p, int rankedCount, double score);

} // namespace gpudesk
