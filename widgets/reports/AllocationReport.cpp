// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation status report (배정 현황 보고서): what ReportBuilder::allocationStatus writes.
#include "reports/ReportBuilder.h"

#include "domain/TimeFormat.h"
#include "reports/AllocationStatusData.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AllocationReport)
};

using namespace ReportFormat;

QString occupancy(const NodeCounts &c)
{
    return c.usable() > 0 ? percent(double(c.allocated) / c.usable()) : Text::tr("—");
}

QStringList countCells(const NodeCounts &c)
{
    return {gpusAndNodes(c.gpus, c.nodes), count(c.allocated), count(c.free),
            count(c.outOfService), occupancy(c)};
}

// Groups with their counts, and the fleet's total.
ReportTable groupTable(const QString &header, const QList<NodeGroup> &groups,
                       const NodeCounts &total, bool withDetail, bool withType)
{
    ReportTable t;
    t.headers << header;
    t.widths << 1;
    if (withDetail) {
        t.headers << Text::tr("Where");
        t.widths << 1;
    }
    if (withType)
        t.headers << Text::tr("Type");
    t.headers << Text::tr("Nodes") << Text::tr("Allocated") << Text::tr("Free")
              << Text::tr("Out of service") << Text::tr("Occupancy");
    for (int c = 0; c < t.headers.size(); ++c)
        t.numeric << (c >= t.headers.size() - 5);
    for (const NodeGroup &g : groups) {
        QStringList row{g.name.isEmpty() ? Text::tr("(no pool)") : g.name};
        if (withDetail)
            row << g.detail;
        if (withType)
            row << (g.typeCode.isEmpty() ? Text::tr("any") : g.typeCode);
        row << countCells(g.counts);
        t.rows.append(row);
    }
    QStringList row{Text::tr("Total")};
    if (withDetail)
        row << QString();
    if (withType)
        row << QString();
    row << countCells(total);
    t.rows.append(row);
    t.totalRows = 1;
    return t;
}

} // namespace

ReportDocument allocationStatus(const AllocationStatusData &d, const ReportRequest &request)
{
    const QString asOf = dateTime(d.asOfMs);
    ReportDocument doc = frame(
        request, Text::tr("Allocation status"), Text::tr("The fleet as of %1").arg(asOf),
        {{Text::tr("As of"), asOf},
         {Text::tr("Nodes"), gpusAndNodes(d.total.gpus, d.total.nodes)},
         {Text::tr("Allocated"), gpusAndNodes(d.total.allocatedGpus, d.total.allocated)},
         {Text::tr("Occupancy"), occupancy(d.total)},
         {Text::tr("Ending within %n day(s)", nullptr, d.endingDays), count(d.ending.size())}});
    const QString family = doc.fontFamily;

    doc.heading(Text::tr("1. Nodes"));
    doc.paragraph(Text::tr("Counts at %1. Occupancy is the allocated share of the usable nodes "
                           "(out of service: maintenance, failed or reserved).")
                      .arg(asOf));
    doc.facts({{Text::tr("Nodes"), gpusAndNodes(d.total.gpus, d.total.nodes)},
               {Text::tr("Usable"), count(d.total.usable())},
               {Text::tr("Allocated"), gpusAndNodes(d.total.allocatedGpus, d.total.allocated)},
               {Text::tr("Free"), count(d.total.free)},
               {Text::tr("Out of service"), count(d.total.outOfService)}});
    doc.subheading(Text::tr("By provider"));
    doc.table(groupTable(Text::tr("Provider"), d.byProvider, d.total, false, false));
    doc.subheading(Text::tr("By accelerator type"));
    doc.table(groupTable(Text::tr("Type"), d.byType, d.total, false, false));
    doc.subheading(Text::tr("By pool"));
    doc.table(groupTable(Text::tr("Pool"), d.byPool, d.total, true, true));
    doc.subheading(Text::tr("By cluster"));
    doc.table(groupTable(Text::tr("Cluster"), d.byCluster, d.total, true, true));

    doc.heading(Text::tr("2. Occupancy over the coming months"));
    doc.paragraph(Text::tr("Per calendar month: the nodes held on its first day (today for the "
                           "current month), the nodes held on average over the month by the "
                           "allocations on the books, and that average as a share of the "
                           "type's usable nodes today."));
    QStringList months;
    QList<QPair<QString, QList<double>>> series;
    ReportTable t;
    t.headers = {Text::tr("Month"), Text::tr("Type"), Text::tr("Usable nodes"),
                 Text::tr("Held at start"), Text::tr("Held on average"), Text::tr("Occupancy")};
    t.numeric = {false, false, true, true, true, true};
    for (const OccupancyMonth &m : d.occupancy) {
        const QString label = month(m.month);
        if (!months.contains(label))
            months << label;
        int s = 0;
        while (s < series.size() && series[s].first != m.typeCode)
            ++s;
        if (s == series.size())
            series.append({m.typeCode, {}});
        QList<double> &values = series[s].second;
        while (values.size() < months.size() - 1)
            values << 0;
        values << m.occupancy() * 100.0;
        t.rows.append({label, m.typeCode, count(m.usableNodes), count(m.heldAtStart),
                       QLocale(QLocale::English).toString(m.meanHeld, 'f', 1),
                       percent(m.occupancy())});
    }
    t.emptyText = Text::tr("The fleet has no nodes yet.");
    QStringList shortMonths;
    for (const OccupancyMonth &m : d.occupancy) {
        const QString label = m.month.toString(u"yy-MM"_s);
        if (!shortMonths.contains(label))
            shortMonths << label;
    }
    if (!series.isEmpty())
        doc.chart(ReportCharts::groupedBars(family, shortMonths, series, Text::tr("Occupancy %"),
                                            100, QSizeF(480, 200)));
    doc.table(t);

    doc.heading(Text::tr("3. Allocations ending within %n day(s)", nullptr, d.endingDays));
    ReportTable e;
    e.headers = {Text::tr("Project"),      Text::tr("Title"), Text::tr("Organisation"),
                 Text::tr("Type"),         Text::tr("Nodes"), Text::tr("Last day"),
                 Text::tr("Days left")};
    e.widths = {0, 3, 2};
    e.numeric = {false, false, false, false, true, false, true};
    int nodes = 0, gpus = 0;
    for (const EndingAllocation &a : d.ending) {
        e.rows.append({a.code, a.title, a.organisation, a.typeCode, gpusAndNodes(a.gpus, a.nodes),
                       date(displayDate(a.endMs - 1)), count(a.daysLeft)});
        nodes += a.nodes;
        gpus += a.gpus;
    }
    if (!e.rows.isEmpty()) {
        e.rows.append({Text::tr("Total"), Text::tr("%n allocation(s)", nullptr,
                                                   int(d.ending.size())),
                       QString(), QString(), gpusAndNodes(gpus, nodes), QString(), QString()});
        e.totalRows = 1;
    }
    e.emptyText = Text::tr("No allocation ends within %n day(s).", nullptr, d.endingDays);
    doc.table(e);
    return doc;
}

} // namespace gpudesk::ReportBuilder
