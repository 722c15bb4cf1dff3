// SPDX-License-Identifier: GPL-3.0-or-later
// The annual evaluation result (연차평가 결과): what ReportBuilder::evaluation writes.
#include "itemmodels/ShareTableModel.h"
#include "reports/EvaluationReportData.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"
#include "rules/CallStages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationReport)
};

using namespace ReportFormat;

QString change(int from, int to)
{
    const int d = to - from;
    return d == 0 ? u"±0"_s : (d > 0 ? u"+"_s : QString()) + count(d);
}

void ruleSection(ReportDocument &doc, const EvaluationReportData &d)
{
    const ShareRule &rule = d.program.rule;
    doc.heading(Text::tr("1. The program's share rule"));
    doc.paragraph(Text::tr("Next year's capacity is shared in proportion to each team's score "
                           "above the floor, each team held between the minimum and the maximum, "
                           "in whole nodes. A team at or under the floor gets no share. The "
                           "officer may adjust a share with a written reason."));
    doc.facts(
        {{Text::tr("Capacity next year"),
          gpusAndNodes(qint64(rule.capacityNodes) * d.program.gpusPerNode, rule.capacityNodes)},
         {Text::tr("Score floor"), score(rule.floor)},
         {Text::tr("Minimum per team"), Text::tr("%n node(s)", nullptr, rule.minimumNodes)},
         {Text::tr("Maximum per team"), rule.maximumNodes > 0
                                            ? Text::tr("%n node(s)", nullptr, rule.maximumNodes)
                                            : Text::tr("none")},
         {Text::tr("Accelerator type and pool"),
          Text::tr("%1, %2").arg(d.program.typeCode, d.program.poolCode)}});
    if (!d.proposalError.isEmpty())
        doc.paragraph(
            Text::tr("The rule cannot be met with these scores: %1").arg(d.proposalError));
    else if (d.unusedNodes > 0)
        doc.paragraph(Text::tr("The rule leaves %n node(s) unused: every team that passes the "
                               "floor is at its maximum.",
                               nullptr, d.unusedNodes));
}

ReportTable teamTable(const EvaluationReportData &d)
{
    ReportTable t;
    t.headers = {Text::tr("Rank"),     Text::tr("Team"),      Text::tr("Organisation"),
                 Text::tr("Score"),    Text::tr("Reviews"),   Text::tr("Now"),
                 Text::tr("Proposed"), Text::tr("Next year"), Text::tr("Change"),
                 Text::tr("Status")};
    t.widths = {0, 2, 2, 0, 0, 0, 0, 0, 0, 1};
    t.numeric = {true, false, false, true, true, true, true, true, true, false};
    for (const RoundTeam &team : d.teams) {
        const int share = team.nextYearShare();
        t.rows.append({team.score.rank ? count(team.score.rank) : QString(), team.teamName,
                       team.orgName, team.score.reviews ? score(team.score.score) : QString(),
                       Text::tr("%1/%2").arg(team.score.reviews).arg(team.score.reviewsRequired),
                       count(team.heldNodes), count(team.proposedNodes), count(share),
                       change(team.heldNodes, share), ShareTableModel::statusText(team)});
    }
    if (!t.rows.isEmpty()) {
        t.rows.append({QString(), Text::tr("Total"),
                       Text::tr("%n team(s)", nullptr, int(d.teams.size())), QString(), QString(),
                       count(d.heldNodes), count(d.proposedNodes), count(d.shareNodes),
                       change(d.heldNodes, d.shareNodes), QString()});
        t.totalRows = 1;
    }
    t.emptyText = Text::tr("The round has no team.");
    return t;
}

} // namespace

ReportDocument evaluation(const EvaluationReportData &d, const ReportRequest &request)
{
    const QString program = d.program.displayName();
    const QString round = Text::tr("%1 %2").arg(d.call.code, d.call.title);
    const QDate first = d.round.yearStart;
    const QString year =
        first.isValid()
            ? Text::tr("%1 – %2").arg(date(first), date(first.addMonths(12).addDays(-1)))
            : QString();
    ReportDocument doc =
        frame(request, Text::tr("Annual evaluation result"),
              Text::tr("%1, year %2").arg(program).arg(d.round.year),
              {{Text::tr("Program"), program},
               {Text::tr("Round"), round},
               {Text::tr("Stage"), stageLabel(d.round.stage)},
               {Text::tr("Year decided"), Text::tr("Year %1: %2").arg(d.round.year).arg(year)},
               {Text::tr("Teams"), count(d.teams.size())},
               {Text::tr("Next year's nodes"),
                Text::tr("%1 of the program's %2")
                    .arg(count(d.shareNodes), count(d.program.rule.capacityNodes))}});

    ruleSection(doc, d);

    doc.heading(Text::tr("2. Teams by evaluation score"));
    doc.paragraph(d.rankBy == RankBy::Normalised
                      ? Text::tr("Teams with every review the round requires are ranked by their "
                                 "normalised evaluation score (each reviewer's scale corrected). "
                                 "Now is what a team holds on the map; next year is its decided "
                                 "share or, before the decision, the rule's proposal.")
                      : Text::tr("Teams with every review the round requires are ranked by their "
                                 "evaluation score. Now is what a team holds on the map; next "
                                 "year is its decided share or, before the decision, the rule's "
                                 "proposal."));
    doc.table(teamTable(d));
    QString sum = Text::tr("Next year's shares add up to %1 of the program's %2 nodes.")
                      .arg(count(d.shareNodes), count(d.program.rule.capacityNodes));
    if (d.shareNodes > d.program.rule.capacityNodes)
        sum += u' ' + Text::tr("That is %1 more than the capacity.")
                          .arg(count(d.shareNodes - d.program.rule.capacityNodes));
    if (d.decidedTeams < d.teams.size())
        sum += u' ' + Text::tr("%1 of %2 teams are decided; the others show the rule's proposal.")
                          .arg(count(d.decidedTeams), count(d.teams.size()));
    doc.paragraph(sum);

    doc.heading(Text::tr("3. Decisions and reasons"));
    ReportTable t;
    t.headers = {Text::tr("Team"), Text::tr("Next year"), Text::tr("Reason recorded")};
    t.widths = {1, 0, 3};
    t.numeric = {false, true, false};
    for (const RoundTeam &team : d.teams) {
        if (team.sharesDecided())
            t.rows.append({team.teamName, count(team.nextYearShare()), team.decisionReason});
    }
    t.emptyText = Text::tr("No share has been decided yet: next year's figures above are the "
                           "rule's proposal.");
    doc.table(t);
    return doc;
}

} // namespace gpudesk::ReportBuilder
