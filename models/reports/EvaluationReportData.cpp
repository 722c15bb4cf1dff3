// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EvaluationReportData.h"

#include <QCoreApplication>

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

bool loadEvaluationReport(Store &store, const QString &callId, RankBy by, EvaluationReportData *out,
                          QString *error)
{
    EvaluationReportData d;
    if (!loadReportCall(store, callId, &d.call, error))
        return false;
    QString reason;
    const auto view = ProgramRepository(store).roundView(d.call.id, by, &reason);
    if (!view) {
        *error = Text::tr("There is no evaluation result for %1: %2 Choose a yearly round of a "
                          "program (the Programs area lists them).")
                     .arg(d.call.code, reason);
        return false;
    }
    d.program = view->program;
    d.round = view->round;
    d.rankBy = by;
    d.teams = view->teams;
    d.proposalError = view->proposal.error;
    d.unusedNodes = view->proposal.unusedNodes;
    for (const RoundTeam &t : std::as_const(d.teams)) {
        d.heldNodes += t.heldNodes;
        d.proposedNodes += t.proposedNodes;
        d.shareNodes += t.nextYearShare();
        d.decidedTeams += t.sharesDecided() ? 1 : 0;
        d.scoredTeams += t.score.reviews > 0 && !t.score.tooFewReviews ? 1 : 0;
    }
    *out = std::move(d);
    return true;
}

} // namespace gpudesk
