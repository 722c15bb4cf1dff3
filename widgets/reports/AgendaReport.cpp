// SPDX-License-Identifier: GPL-3.0-or-later
// The national-project meeting agenda (국가 프로젝트 장관회의 안건): what ReportBuilder::agenda
// writes.
#include "itemmodels/AgendaTableModel.h"
#include "reports/AgendaReportData.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportFormat.h"
#include "rules/CallStages.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AgendaReport)
};

using namespace ReportFormat;

QString nodes(const AgendaPool &pool, int n)
{
    return gpusAndNodes(qint64(n) * pool.gpusPerNode, n);
}

QString period(const QDate &start, int months)
{
    if (!start.isValid() || months <= 0)
        return QString();
    //: A period: first day – last day
    return Text::tr("%1 – %2").arg(date(start), date(start.addMonths(months).addDays(-1)));
}

// Per pool: its capacity, what every call holds of it, and what the round asks of it, in nodes.
void poolSection(ReportDocument &doc, const AgendaReportData &d)
{
    doc.heading(Text::tr("1. Requests against the pools"));
    doc.paragraph(Text::tr("In nodes. Committed counts what every call holds of the pool or has "
                           "been granted (this round's approved demands too); still asked for "
                           "counts the demands before the meeting or deferred by it."));
    ReportTable t;
    t.headers = {Text::tr("Type"),      Text::tr("Pool"),     Text::tr("Capacity"),
                 Text::tr("Committed"), Text::tr("Left"),     Text::tr("Demands"),
                 Text::tr("Requested"), Text::tr("Approved"), Text::tr("Still asked for")};
    t.widths = {0, 2, 0, 0, 0, 0, 0, 0, 1};
    t.numeric = {false, false, true, true, true, true, true, true, true};
    int capacity = 0, committed = 0, left = 0, pending = 0;
    for (const AgendaTypeTotals &x : d.types) {
        const AgendaPool &p = x.pool;
        t.rows.append({p.typeCode,
                       p.poolCode.isEmpty() ? Text::tr("(no pool)")
                                            : Text::tr("%1 (%2)").arg(p.poolName, p.poolCode),
                       count(p.capacityNodes), count(p.committedNodes), count(p.left()),
                       count(x.demands), count(x.requestedNodes), count(p.approvedNodes),
                       count(p.pendingNodes)});
        capacity += p.capacityNodes;
        committed += p.committedNodes;
        left += p.left();
        pending += p.pendingNodes;
    }
    if (d.types.size() > 1) {
        t.rows.append({Text::tr("Total"), QString(), count(capacity), count(committed), count(left),
                       count(d.total.demands), count(d.total.requestedNodes),
                       count(d.total.approvedNodes), count(pending)});
        t.totalRows = 1;
    }
    t.emptyText = Text::tr("The round draws on no pool: give its accelerator types a pool in "
                           "the call's settings.");
    doc.table(t);
    for (const AgendaTypeTotals &x : d.types) {
        const AgendaPool &p = x.pool;
        doc.paragraph(Text::tr("%1: the pool has %2; %3 are committed and %4 left.")
                          .arg(p.typeCode, nodes(p, p.capacityNodes), nodes(p, p.committedNodes),
                               nodes(p, p.left())));
        if (p.pendingNodes > p.left())
            doc.paragraph(Text::tr("%1: the demands still open ask for %2 more than the pool "
                                   "has left.")
                              .arg(p.typeCode, nodes(p, p.pendingNodes - p.left())));
    }
}

// "Approve: 4", "Defer": the proposal in a narrow column; its period and reason follow in the
// proposals' own section.
QString proposalShort(const DemandProposal &p)
{
    const QString label = DeliberationRepository::outcomeLabel(p.outcome);
    return p.outcome == MeetingDecision::Outcome::Approve
               ? Text::tr("%1: %2").arg(label, count(p.nodes))
               : label;
}

// What the officer proposes to the meeting per demand, with the reason from the pre-review;
// distinct from what the meeting then decides (the next section).
void proposalSection(ReportDocument &doc, const AgendaReportData &d)
{
    doc.heading(Text::tr("3. Proposed decisions"));
    doc.paragraph(Text::tr("The program officer's proposal to the meeting per demand, from the "
                           "pre-review results. The meeting decides; its decisions follow."));
    ReportTable t;
    t.headers = {Text::tr("Code"),     Text::tr("Ministry"),       Text::tr("Project"),
                 Text::tr("Proposal"), Text::tr("Proposed nodes"), Text::tr("Proposed period"),
                 Text::tr("Reason")};
    t.widths = {0, 1, 2, 0, 0, 1, 3};
    t.numeric = {false, false, false, false, true, false, false};
    for (const AgendaItem &i : d.items) {
        if (!i.proposal)
            continue;
        const DemandProposal &p = *i.proposal;
        const bool approve = p.outcome == MeetingDecision::Outcome::Approve;
        t.rows.append({i.code, i.ministry, i.project,
                       DeliberationRepository::outcomeLabel(p.outcome),
                       approve ? count(p.nodes) : QString(),
                       approve ? period(p.start, p.months) : QString(), p.reason});
    }
    t.emptyText = Text::tr("No decision has been proposed for this round's demands yet.");
    doc.table(t);
}

ReportTable demandTable(const AgendaReportData &d, const AgendaTypeTotals &type)
{
    ReportTable t;
    t.headers = {Text::tr("Rank"),    Text::tr("Code"),    Text::tr("Ministry"),
                 Text::tr("Project"), Text::tr("Nodes"),   Text::tr("Period"),
                 Text::tr("Score"),   Text::tr("Reviews"), Text::tr("Proposed"),
                 Text::tr("Decision")};
    t.widths = {0, 0, 1, 2, 0, 1, 0, 0, 1, 1};
    t.numeric = {true, false, false, false, true, false, true, true, false, false};
    for (const AgendaItem &i : d.items) {
        if (i.typeCode != type.pool.typeCode)
            continue;
        QString decision = AgendaTableModel::decisionText(i);
        if (DeliberationRepository::isApproved(i.status) && i.grantedNodes)
            decision = Text::tr("%1: %2").arg(decision, count(*i.grantedNodes));
        t.rows.append({i.rank ? count(i.rank) : QString(), i.code, i.ministry, i.project,
                       count(i.requestedNodes), period(i.start, i.months),
                       i.score ? score(*i.score) : QString(),
                       Text::tr("%1/%2").arg(i.reviews).arg(i.reviewsRequired),
                       i.proposal ? proposalShort(*i.proposal) : QString(), decision});
    }
    if (!t.rows.isEmpty()) {
        t.rows.append(
            {QString(), Text::tr("Total"), Text::tr("%n demand(s)", nullptr, type.demands),
             QString(), count(type.requestedNodes), QString(), QString(), QString(), QString(),
             Text::tr("%1 approved: %2").arg(count(type.approved), count(type.approvedNodes))});
        t.totalRows = 1;
    }
    t.emptyText = Text::tr("No demand of this type has reached the agenda.");
    return t;
}

void decisionSection(ReportDocument &doc, const AgendaReportData &d)
{
    doc.heading(Text::tr("4. Decisions recorded"));
    ReportTable t;
    t.headers = {Text::tr("Code"),     Text::tr("Ministry"),       Text::tr("Project"),
                 Text::tr("Decision"), Text::tr("Approved nodes"), Text::tr("Approved period"),
                 Text::tr("Meeting"),  Text::tr("Reference")};
    t.widths = {0, 1, 2, 0, 0, 1, 0, 2};
    t.numeric = {false, false, false, false, true, false, false, false};
    for (const AgendaItem &i : d.decided) {
        const bool approved = DeliberationRepository::isApproved(i.status);
        t.rows.append({i.code, i.ministry, i.project, AgendaTableModel::decisionText(i),
                       approved && i.grantedNodes ? count(*i.grantedNodes) : QString(),
                       approved ? period(i.approvedStart, i.approvedMonths) : QString(),
                       date(i.decidedOn), i.reference});
    }
    t.emptyText = Text::tr("The meeting has not decided on any demand of this round yet.");
    doc.table(t);
}

} // namespace

ReportDocument agenda(const AgendaReportData &d, const ReportRequest &request)
{
    const QString round = Text::tr("%1 %2").arg(d.call.code, d.call.title);
    ReportDocument doc = frame(
        request, Text::tr("National-project meeting agenda"), round,
        {{Text::tr("Round"), round},
         {Text::tr("Stage"), stageLabel(d.stage)},
         {Text::tr("Demands"), count(d.total.demands)},
         {Text::tr("Nodes requested"), Text::tr("%n node(s)", nullptr, d.total.requestedNodes)},
         {Text::tr("Decided"), Text::tr("%1 approved, %2 deferred, %3 not approved, %4 open")
                                   .arg(count(d.total.approved), count(d.total.deferred),
                                        count(d.total.notApproved), count(d.total.open))}});

    poolSection(doc, d);

    doc.heading(Text::tr("2. Demands ranked by the pre-review"));
    doc.paragraph(d.rankBy == RankBy::Normalised
                      ? Text::tr("Per accelerator type, the demands with every review the round "
                                 "requires are ranked by their normalised pre-review score (each "
                                 "reviewer's scale corrected); those with too few reviews follow "
                                 "without a rank.")
                      : Text::tr("Per accelerator type, the demands with every review the round "
                                 "requires are ranked by their pre-review score; those with too "
                                 "few reviews follow without a rank."));
    for (const AgendaTypeTotals &type : d.types) {
        doc.subheading(type.pool.poolCode.isEmpty()
                           ? type.pool.typeCode
                           : Text::tr("%1 — %2").arg(type.pool.typeCode, type.pool.poolName));
        doc.table(demandTable(d, type));
    }
    if (d.types.isEmpty())
        doc.paragraph(Text::tr("No demand has reached the agenda."));

    proposalSection(doc, d);
    decisionSection(doc, d);
    return doc;
}

} // namespace gpudesk::ReportBuilder
