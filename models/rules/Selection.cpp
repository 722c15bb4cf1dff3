// SPDX-License-Identifier: GPL-3.0-or-later
#include "Selection.h"

#include <QCoreApplication>
#include <algorithm>

namespace gpudesk {
namespace {

// The translation context lupdate and the runtime agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Selection)
};

// Stored in the history, so written the same way in every locale.
QString scoreText(double score)
{
    return QString::number(score, 'f', 1);
}

} // namespace

QString selectionDecisionLabel(SelectionDecision d)
{
    switch (d) {
    case SelectionDecision::Select:
        return Text::tr("Select");
    case SelectionDecision::Waitlist:
        return Text::tr("Waitlist");
    case SelectionDecision::Reject:
        return Text::tr("Reject");
    }
    return {};
}

ApplicationStatus selectionDecisionStatus(SelectionDecision d)
{
    switch (d) {
    case SelectionDecision::Select:
        return ApplicationStatus::Selected;
    case SelectionDecision::Waitlist:
        return ApplicationStatus::Waitlisted;
    case SelectionDecision::Reject:
        return ApplicationStatus::Rejected;
    }
    return ApplicationStatus::Rejected;
}

SelectionProposal proposeSelection(const RankingInput &in, const Ranking &ranking, int nodesLeft,
                                   int waitlistLength)
{
    SelectionProposal p;
    p.rankedCount = ranking.rankedCount;
    for (const RankedRow &row : ranking.rows) {
        if (in.applications[row.application].status == ApplicationStatus::Waitlisted)
            ++p.alreadyWaitlisted;
    }
    int left = std::max(0, nodesLeft);
    p.nodesLeftBefore = left;
    int waitlistPlace = p.alreadyWaitlisted;
    for (const RankedRow &row : ranking.rows) {
        if (row.tooFewReviews)
            continue;
        const RankingApplication &a = in.applications[row.application];
        if (a.status != ApplicationStatus::UnderReview)
            continue;
        ProposedDecision d;
        d.application = row.application;
        d.rank = ranking.rankOf(row);
        d.requestedNodes = a.requestedNodes;
        d.nodesLeftBefore = left;
        if (a.requestedNodes > 0 && a.requestedNodes <= left) {
            d.decision = SelectionDecision::Select;
            d.nodes = a.requestedNodes;
            left -= a.requestedNodes;
            ++p.selected;
            p.selectedNodes += a.requestedNodes;
        } else if (waitlistPlace < waitlistLength) {
            d.decision = SelectionDecision::Waitlist;
            d.waitlistPlace = ++waitlistPlace;
            ++p.waitlisted;
        } else {
            d.decision = SelectionDecision::Reject;
            ++p.rejected;
        }
        p.decisions.append(d);
    }
    p.nodesLeftAfter = left;
    return p;
}

std::optional<PromotionProposal> promotionCandidate(const RankingInput &in, const Ranking &ranking,
                                                    int nodesLeft)
{
    if (nodesLeft <= 0)
        return std::nullopt;
    for (const RankedRow &row : ranking.rows) {
        const RankingApplication &a = in.applications[row.application];
        if (a.status == ApplicationStatus::Waitlisted && a.requestedNodes > 0 &&
            a.requestedNodes <= nodesLeft)
            return PromotionProposal{row.application, ranking.rankOf(row), a.requestedNodes,
                                     nodesLeft};
    }
    return std::nullopt;
}

TypeSelection selectType(const CallSelectionInput &call, const QList<ApplicationScore> &scores,
                         const SelectionType &type, RankBy by)
{
    TypeSelection t;
    t.ranking = rankApplications(call.input, scores, type.typeId, by);
    if (type.hasPool) {
        t.proposal = proposeSelection(call.input, t.ranking, type.pool.left(), call.waitlistLength);
        // Promotion is for capacity freed after the cut; while ranked applications still wait
        // for it, the cut itself hands out what is left, in rank order.
        if (t.proposal.decisions.isEmpty())
            t.promotion = promotionCandidate(call.input, t.ranking, type.pool.left());
    } else {
        t.proposal.rankedCount = t.ranking.rankedCount;
    }
    return t;
}

QString proposalReason(const ProposedDecision &d, int rankedCount, double score)
{
    switch (d.decision) {
    case SelectionDecision::Select:
        return Text::tr("Rank %1 of %2 (score %3)")
            .arg(d.rank)
            .arg(rankedCount)
            .arg(scoreText(score));
    case SelectionDecision::Waitlist:
        return Text::tr(
                   "Waitlist place %1: rank %2 of %3 (score %4), %n node(s) requested, %5 left",
                   nullptr, d.requestedNodes)
            .arg(d.waitlistPlace)
            .arg(d.rank)
            .arg(rankedCount)
            .arg(scoreText(score))
            .arg(d.nodesLeftBefore);
    case SelectionDecision::Reject:
        return Text::tr("Below the capacity cut: rank %1 of %2, %n node(s) requested, %3 left",
                        nullptr, d.requestedNodes)
            .arg(d.rank)
            .arg(rankedCount)
            .arg(d.nodesLeftBefore);
    }
    return {};
}

QString promotionReason(const PromotionProposal &p, int rankedCount, double score)
{
    if (p.rank == 0)
        return Text::tr("Promoted from the waitlist (not ranked): %n node(s) requested, %1 left",
                        nullptr, p.nodes)
            .arg(p.nodesLeft);
    const QString text = Text::tr(
        "Promoted from the waitlist: rank %1 of %2 (score %3), %n node(s) requested, %4 left",
        nullptr, p.nodes);
    return text.arg(p.rank).arg(rankedCount).arg(scoreText(score)).arg(p.nodesLeft);
}

} // namespace gpudesk
