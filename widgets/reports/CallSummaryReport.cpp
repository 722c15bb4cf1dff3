// SPDX-License-Identifier: GPL-3.0-or-later
// The call summary (공모 요약 보고서): what ReportBuilder::callSummary writes.
#include "reports/ReportBuilder.h"

#include "reports/CallSummaryData.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallSummaryReport)
};

using namespace ReportFormat;

QString share(int part, int whole)
{
    return whole > 0 ? percent(double(part) / whole) : Text::tr("—");
}

// A table of groups with their share of the call and what they request, and the total.
ReportTable groupTable(const QString &groupHeader, const QList<ApplicationGroup> &groups,
                       const CallSummaryData &d)
{
    ReportTable t;
    t.headers = {groupHeader, Text::tr("Applications"), Text::tr("Share"),
                 Text::tr("Requested")};
    t.widths = {1};
    t.numeric = {false, true, true, true};
    int applications = 0, nodes = 0, gpus = 0;
    for (const ApplicationGroup &g : groups) {
        t.rows.append({g.label.isEmpty() ? Text::tr("(no field)") : g.label,
                       count(g.applications), share(g.applications, d.applications),
                       gpusAndNodes(g.gpus, g.nodes)});
        applications += g.applications;
        nodes += g.nodes;
        gpus += g.gpus;
    }
    t.rows.append({Text::tr("Total"), count(applications), share(applications, d.applications),
                   gpusAndNodes(gpus, nodes)});
    t.totalRows = 1;
    return t;
}

ReportChart groupChart(const QString &family, const QList<ApplicationGroup> &groups,
                       bool horizontal, int limit = 0)
{
    QStringList labels;
    QList<double> values;
    for (const ApplicationGroup &g : groups) {
        if (limit > 0 && labels.size() >= limit)
            break;
        labels << (g.label.isEmpty() ? Text::tr("(no field)") : g.label);
        values << g.applications;
    }
    const double height = horizontal ? 40 + 16 * labels.size() : 190;
    return ReportCharts::bars(family, labels, values, Text::tr("Applications"), horizontal,
                              QSizeF(480, height));
}

ReportTable rankedTable(const QList<RankedApplication> &rows, bool waitlist)
{
    ReportTable t;
    if (waitlist)
        t.headers = {Text::tr("Place"), Text::tr("Rank"),    Text::tr("Application"),
                     Text::tr("Title"), Text::tr("Organisation"), Text::tr("Score"),
                     Text::tr("Reviews"), Text::tr("Requested")};
    else
        t.headers = {Text::tr("Rank"),  Text::tr("Application"), Text::tr("Title"),
                     Text::tr("Organisation"), Text::tr("Score"), Text::tr("Reviews"),
                     Text::tr("Granted"), Text::tr("Status")};
    t.widths = waitlist ? QList<double>{0, 0, 0, 3, 2} : QList<double>{0, 0, 3, 2};
    t.numeric = waitlist ? QList<bool>{true, true, false, false, false, true, true, true}
                         : QList<bool>{true, false, false, false, true, true, true, false};
    int nodes = 0;
    qint64 gpus = 0;
    for (const RankedApplication &r : rows) {
        const QString rank = r.rank > 0 ? count(r.rank) : Text::tr("—");
        const int n = waitlist ? r.requestedNodes : r.grantedNodes;
        nodes += n;
        gpus += qint64(n) * r.gpusPerNode;
        const QString request = gpusAndNodes(qint64(n) * r.gpusPerNode, n);
        if (waitlist)
            t.rows.append({count(r.waitlistPlace), rank, r.code, r.title, r.organisation,
                           score(r.score), count(r.reviews), request});
        else
            t.rows.append({rank, r.code, r.title, r.organisation, score(r.score),
                           count(r.reviews), request, statusLabel(r.status)});
    }
    QStringList total(t.headers.size());
    total[waitlist ? 2 : 1] = Text::tr("Total");
    total[waitlist ? 3 : 2] = Text::tr("%n application(s)", nullptr, int(rows.size()));
    total[waitlist ? 7 : 6] = gpusAndNodes(gpus, nodes);
    t.rows.append(total);
    t.totalRows = 1;
    return t;
}

// One table per accelerator type, each in its own ranking's order.
void rankedSection(ReportDocument &doc, const CallSummaryData &d, bool waitlist)
{
    const QList<RankedApplication> &all = waitlist ? d.waitlisted : d.selected;
    if (all.isEmpty()) {
        doc.paragraph(waitlist ? Text::tr("No application of this call is on the waitlist.")
                               : Text::tr("No application of this call has been selected yet."));
        return;
    }
    for (const TypeOutcome &type : d.types) {
        QList<RankedApplication> rows;
        for (const RankedApplication &r : all) {
            if (r.typeCode == type.typeCode)
                rows.append(r);
        }
        if (rows.isEmpty())
            continue;
        doc.subheading(waitlist ? Text::tr("%1: %n waitlisted", nullptr, int(rows.size()))
                                      .arg(type.typeCode)
                                : Text::tr("%1: %n selected", nullptr, int(rows.size()))
                                      .arg(type.typeCode));
        doc.table(rankedTable(rows, waitlist));
    }
}

void outcome(ReportDocument &doc, const CallSummaryData &d)
{
    doc.heading(Text::tr("2. Review outcome"));
    doc.paragraph(d.rankBy == RankBy::Normalised
                      ? Text::tr("Applications are ranked per accelerator type by their "
                                 "normalised score (each reviewer's scale corrected).")
                      : Text::tr("Applications are ranked per accelerator type by the mean of "
                                 "their reviews' scores."));
    doc.subheading(Text::tr("Applications by status"));
    ReportTable status = groupTable(Text::tr("Status"), d.byStatus, d);
    doc.table(status);

    doc.subheading(Text::tr("Selection per accelerator type"));
    ReportTable t;
    t.headers = {Text::tr("Type"),     Text::tr("Pool"),         Text::tr("Capacity"),
                 Text::tr("Committed"), Text::tr("Selected"),    Text::tr("Waitlisted"),
                 Text::tr("Rejected"), Text::tr("Under review"), Text::tr("Too few reviews")};
    t.widths = {0, 1};
    t.numeric = {false, false, true, true, true, true, true, true, true};
    for (const TypeOutcome &o : d.types) {
        t.rows.append({o.typeCode, o.hasPool ? o.poolName : Text::tr("(no pool)"),
                       gpusAndNodes(qint64(o.capacityNodes) * o.gpusPerNode, o.capacityNodes),
                       gpusAndNodes(qint64(o.committedNodes) * o.gpusPerNode, o.committedNodes),
                       Text::tr("%1: %2")
                           .arg(count(o.selected),
                                gpusAndNodes(qint64(o.selectedNodes) * o.gpusPerNode,
                                             o.selectedNodes)),
                       count(o.waitlisted), count(o.rejected), count(o.undecided),
                       count(o.flagged)});
    }
    t.emptyText = Text::tr("The call offers no accelerator type.");
    doc.table(t);
    doc.paragraph(Text::tr("Committed counts every call that draws on the pool; selected counts "
                           "the applications selected and those allocated, active, completed "
                           "or reclaimed since, with the nodes granted to them."));
}

} // namespace

ReportDocument callSummary(const CallSummaryData &d, const ReportRequest &request)
{
    const QString window = Text::tr("%1 – %2").arg(date(d.call.opens), date(d.call.closes));
    ReportDocument doc =
        frame(request, Text::tr("Call summary"), Text::tr("%1 %2").arg(d.call.code, d.call.title),
              {{Text::tr("Call"), Text::tr("%1 %2").arg(d.call.code, d.call.title)},
               {Text::tr("Application window"), window},
               {Text::tr("Applications"), count(d.applications)},
               {Text::tr("Selected"), count(d.selected.size())},
               {Text::tr("Waitlisted"), count(d.waitlisted.size())}});
    const QString family = doc.fontFamily;

    doc.heading(Text::tr("1. Applications"));
    doc.paragraph(Text::tr("%n application(s) reached the call %1 from %2 to %3; together "
                           "they request %4.",
                           nullptr, d.applications)
                      .arg(d.call.code, date(d.call.opens), date(d.call.closes),
                           gpusAndNodes(d.requestedGpus, d.requestedNodes)));
    doc.subheading(Text::tr("By organisation type"));
    doc.table(groupTable(Text::tr("Organisation type"), d.byOrgType, d));
    doc.chart(groupChart(family, d.byOrgType, false));
    doc.subheading(Text::tr("By accelerator type"));
    doc.table(groupTable(Text::tr("Accelerator type"), d.byType, d));
    doc.subheading(Text::tr("By requested nodes"));
    doc.table(groupTable(Text::tr("Nodes requested"), d.byNodes, d));
    doc.chart(groupChart(family, d.byNodes, false));
    doc.subheading(Text::tr("By field"));
    doc.table(groupTable(Text::tr("Field"), d.byField, d));
    doc.chart(groupChart(family, d.byField, true, 15));
    if (d.byField.size() > 15)
        doc.paragraph(Text::tr("The chart shows the 15 fields with the most applications; the "
                               "table above lists every field."));

    outcome(doc, d);

    doc.heading(Text::tr("3. Selected applications"));
    rankedSection(doc, d, false);

    doc.heading(Text::tr("4. Waitlist"));
    doc.paragraph(Text::tr("Waitlisted applications move up in this order when selected "
                           "projects give nodes back."));
    rankedSection(doc, d, true);
    return doc;
}

} // namespace gpudesk::ReportBuilder
