// SPDX-License-Identifier: GPL-3.0-or-later
// The usage and performance-check report (사용률 및 성과 점검 보고서): what
// ReportBuilder::usage writes.
#include "reports/ReportBuilder.h"

#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"
#include "reports/UsageReportData.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportBuilder {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UsageReport)
};

using namespace ReportFormat;

// The projects drawn as lines: the eight holding the most nodes.
constexpr int kLines = 8;

QString busy(const UsageTotals &t)
{
    return t.seconds > 0 ? percent(t.ratio()) : Text::tr("no data");
}

QString hours(double seconds)
{
    return count(qRound64(seconds / 3600.0));
}

void fleetSection(ReportDocument &doc, const UsageReportData &d)
{
    const DashboardFigures &f = d.fleet;
    doc.heading(Text::tr("1. The fleet"));
    if (f.latestBucketMs == 0)
        doc.paragraph(Text::tr("No telemetry has been imported into this profile: the usage "
                               "figures below are empty."));
    int allocated = 0, usable = 0, idle = 0, silent = 0;
    for (const DashboardPoolRow &row : f.pools) {
        allocated += row.allocated;
        usable += row.nodes - row.outOfService;
        idle += row.idle;
        silent += row.silent;
    }
    doc.facts({{Text::tr("Busy over the period"), busy(f.period)},
               {Text::tr("GPU-hours reported"), hours(f.period.seconds)},
               {Text::tr("GPU-hours busy"), hours(f.period.busySeconds)},
               {Text::tr("Nodes allocated at the end"),
                Text::tr("%1 of %2 usable").arg(count(allocated), count(usable))},
               {Text::tr("Allocated but idle"),
                Text::tr("%1 (busy under %2% over the last %3 days); %4 without telemetry")
                    .arg(count(idle))
                    .arg(f.idleThresholdPercent)
                    .arg(f.idleDays)
                    .arg(count(silent))}});
    doc.subheading(Text::tr("Busy share of the fleet per day"));
    doc.chart(ReportCharts::fleetDays(doc.fontFamily, f, QSizeF(480, 190)));
    doc.paragraph(Text::tr("Busy time is DCGM's engine activity where the exporter reports it, "
                           "else GPU utilisation; the dashed line is the idle threshold."));
}

void projectSection(ReportDocument &doc, const UsageReportData &d)
{
    doc.heading(Text::tr("2. Projects of the call"));
    QList<UsageProjectRow> largest = d.projects;
    std::stable_sort(largest.begin(), largest.end(),
                     [](const auto &a, const auto &b) { return a.nodesNow > b.nodesNow; });
    if (largest.size() > kLines)
        largest.resize(kLines);
    QList<QPair<QString, QList<UsageBucket>>> lines;
    for (const UsageProjectRow &p : largest)
        lines.append({p.code, p.days});
    if (!lines.isEmpty()) {
        doc.subheading(d.projects.size() > kLines
                           ? Text::tr("Busy share per day of the %1 projects holding the most "
                                      "nodes")
                                 .arg(kLines)
                           : Text::tr("Busy share per day"));
        doc.chart(ReportCharts::projectLines(doc.fontFamily, lines, d.from, d.to,
                                             d.fleet.idleThresholdPercent, QSizeF(480, 220)));
    }
    doc.subheading(Text::tr("Projects by use over the period"));
    ReportTable t;
    t.headers = {Text::tr("Project"),   Text::tr("Title"), Text::tr("Organisation"),
                 Text::tr("Type"),      Text::tr("Nodes now"), Text::tr("Busy"),
                 Text::tr("Busy GPU-hours"), Text::tr("GPU-hours reported")};
    t.widths = {0, 3, 2};
    t.numeric = {false, false, false, false, true, true, true, true};
    int nodes = 0;
    for (const UsageProjectRow &p : d.projects) {
        t.rows.append({p.code, p.title, p.organisation, p.typeCode, count(p.nodesNow),
                       busy(p.totals), hours(p.totals.busySeconds), hours(p.totals.seconds)});
        nodes += p.nodesNow;
    }
    if (!t.rows.isEmpty()) {
        t.rows.append({Text::tr("Total"),
                       Text::tr("%n project(s)", nullptr, int(d.projects.size())), QString(),
                       QString(), count(nodes), busy(d.projectTotals),
                       hours(d.projectTotals.busySeconds), hours(d.projectTotals.seconds)});
        t.totalRows = 1;
    }
    t.emptyText = Text::tr("No project of the call held nodes or reported usage in the period.");
    doc.table(t);
}

void flaggedSection(ReportDocument &doc, const UsageReportData &d)
{
    doc.heading(Text::tr("3. Projects flagged as idle"));
    if (d.flagged.isEmpty()) {
        doc.paragraph(Text::tr("The idle check flags no project of the call on %1.")
                          .arg(date(d.to)));
        return;
    }
    doc.paragraph(Text::tr("On %1 the idle check flags %n project(s): each was busy under the "
                           "call's threshold on every one of its last idle days, with telemetry "
                           "on each of them.",
                           nullptr, int(d.flagged.size()))
                      .arg(date(d.to)));
    for (const IdleProject &p : d.flagged) {
        doc.subheading(Text::tr("%1 %2").arg(p.code, p.title));
        const IdleFinding &f = p.finding;
        QString last = Text::tr("none");
        if (p.lastOutcome)
            last = Text::tr("%1 on %2").arg(checkOutcomeLabel(*p.lastOutcome),
                                            dateTime(p.lastCheckAt));
        doc.facts({{Text::tr("Organisation"), p.orgName},
                   {Text::tr("Nodes"), gpusAndNodes(qint64(p.nodes) * p.gpusPerNode, p.nodes)},
                   {Text::tr("Mean busy"),
                    Text::tr("%1 over the last %n day(s)", nullptr, p.settings.days)
                        .arg(percent(f.meanRatio))},
                   {Text::tr("Idle run"), Text::tr("%n day(s) up to the day checked", nullptr,
                                                   f.currentRun)},
                   {Text::tr("Threshold"), Text::tr("busy under %1% for %n day(s)", nullptr,
                                                    p.settings.days)
                                               .arg(p.settings.thresholdPercent)},
                   {Text::tr("Source"), p.source ? busySourceLabel(*p.source) : Text::tr("—")},
                   {Text::tr("Last check"), last}});
        doc.chart(ReportCharts::idleEvidence(doc.fontFamily, p, QSizeF(480, 170)));
    }
}

void actionSection(ReportDocument &doc, const UsageReportData &d)
{
    doc.heading(Text::tr("4. Actions taken"));
    doc.paragraph(Text::tr("Performance checks recorded from %1 to %2 for the call's running "
                           "projects and those it reclaimed.")
                      .arg(date(d.from), date(d.to)));
    ReportTable t;
    t.headers = {Text::tr("Date"), Text::tr("Project"), Text::tr("Outcome"), Text::tr("Reason"),
                 Text::tr("By"), Text::tr("Nodes released")};
    t.widths = {0, 0, 0, 3, 1, 1};
    for (const CheckActionRow &a : d.actions)
        t.rows.append({dateTime(a.openedAt), a.code, checkOutcomeLabel(a.outcome), a.reason, a.by,
                       a.released.isEmpty() ? Text::tr("—") : a.released.join(u", "_s)});
    t.emptyText = Text::tr("No performance check was recorded in the period.");
    doc.table(t);
}

} // namespace

ReportDocument usage(const UsageReportData &d, const ReportRequest &request)
{
    const QString period = Text::tr("%1 – %2").arg(date(d.from), date(d.to));
    ReportDocument doc =
        frame(request, Text::tr("Usage and performance checks"),
              Text::tr("%1 %2").arg(d.call.code, d.call.title),
              {{Text::tr("Call"), Text::tr("%1 %2").arg(d.call.code, d.call.title)},
               {Text::tr("Period"), period},
               {Text::tr("Fleet busy"), busy(d.fleet.period)},
               {Text::tr("Projects"), count(d.projects.size())},
               {Text::tr("Flagged as idle"), count(d.flagged.size())},
               {Text::tr("Checks recorded"), count(d.actions.size())}});
    fleetSection(doc, d);
    projectSection(doc, d);
    flaggedSection(doc, d);
    actionSection(doc, d);
    return doc;
}

} // namespace gpudesk::ReportBuilder
