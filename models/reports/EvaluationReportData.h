// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportCall.h"
#include "store/ProgramRepository.h"

#include <QList>
#include <QString>

namespace gpudesk {

class Store;

// The result of a program's annual evaluation (연차평가 결과) for one yearly round: the teams
// ranked by their evaluation score with the nodes they hold now, the rule's proposal for next
// year and next year's share as the share table shows it (the decided share, else the proposal),
// with the reason recorded for each decision.
struct EvaluationReportData
{
    ReportCall call;
    ProgramInfo program; // names in the display language
    ProgramRound round;
    RankBy rankBy = RankBy::Raw;
    QList<RoundTeam> teams; // by rank, scored ones first, then by team order
    QString proposalError;  // the rule cannot be met with these scores (empty: it can)
    int unusedNodes = 0;    // capacity the rule leaves unused (every passing team at its maximum)
    int heldNodes = 0;      // sums over the teams
    int proposedNodes = 0;
    int shareNodes = 0; // next year's, as the share table adds them up
    int decidedTeams = 0;
    int scoredTeams = 0; // with every review the round requires
};

// Reads the round (id or code) through ProgramRepository::roundView; refused with the reason
// when the call is no program's yearly round.
bool loadEvaluationReport(Store &store, const QString &callId, RankBy by, EvaluationReportData *out,
                          QString *error);

} // namespace gpudesk
