// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/UsageReportData.h"

#include "domain/TimeFormat.h"
#include "store/FleetRepository.h"
#include "store/Store.h"
#include "telemetry/UsageSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QSet<QString> applicationsOfCall(Store &store, const QString &callId)
{
    QSet<QString> ids;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM applications WHERE call_id = ? AND deleted = 0"_s);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

} // namespace

bool loadUsageReport(Store &store, UsageSource &usage, const QString &callId, QDate from, QDate to,
                     UsageReportData *out, QString *error)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = Text::tr("The period must end on or after the day it starts.");
        return false;
    }
    if (from.daysTo(to) > 366) {
        *error = Text::tr("The period is longer than a year: choose at most 366 days.");
        return false;
    }
    UsageReportData d;
    d.from = from;
    d.to = to;
    if (!loadReportCall(store, callId, &d.call, error))
        return false;

    FleetRepository repo(store);
    FleetSnapshot fleet;
    FleetBookings bookings;
    if (!repo.loadFleet(&fleet, error) || !repo.loadBookings(fleet, &bookings, error))
        return false;
    // The dashboard's figures for a "today" that is the period's last day.
    DashboardSettings settings;
    settings.periodDays = int(from.daysTo(to)) + 1;
    const qint64 endMs = startOfDay(to.addDays(1)) - 1;
    if (!computeDashboard(usage, fleet, bookings, endMs, settings, &d.fleet, error))
        return false;

    const QSet<QString> ids = applicationsOfCall(store, d.call.id);
    for (const DashboardProjectRow &row : std::as_const(d.fleet.projects)) {
        const GrantInfo &g = bookings.grants[row.grant];
        if (!ids.contains(g.applicationId))
            continue;
        UsageProjectRow p;
        p.applicationId = g.applicationId;
        p.code = g.code;
        p.title = g.title;
        p.organisation = g.orgName;
        p.typeCode = g.type >= 0 ? fleet.types[g.type].code : QString();
        p.nodesNow = row.nodesNow;
        p.totals = row.totals;
        UsageQuery q;
        q.scope = UsageScope::Project;
        q.scopeId = g.applicationId;
        q.metric = UsageMetric::GpuUtil;
        q.tier = UsageTier::Day;
        q.fromMs = startOfDay(from);
        q.toMs = startOfDay(to.addDays(1));
        UsageSeries series;
        if (!usage.series(q, &series, error))
            return false;
        p.days = series.buckets;
        d.projectTotals.seconds += p.totals.seconds;
        d.projectTotals.busySeconds += p.totals.busySeconds;
        d.projects.append(p);
    }

    PerformanceCheckRepository checks(store);
    QList<IdleProject> projects;
    if (!checks.projects(usage, d.call.id, to, &projects, error))
        return false;
    const qint64 fromMs = startOfDay(from);
    for (const IdleProject &p : std::as_const(projects)) {
        if (p.finding.flagged)
            d.flagged.append(p);
        for (const PerformanceCheck &c : checks.checks(p.applicationId)) {
            if (c.openedAt < fromMs || c.openedAt > endMs)
                continue;
            CheckActionRow a;
            a.applicationId = p.applicationId;
            a.code = p.code;
            a.openedAt = c.openedAt;
            a.outcome = c.outcome;
            a.reason = c.reason;
            a.by = c.by;
            for (const QJsonValue &v : c.evidence.value(u"released"_s).toArray())
                a.released << v.toString();
            d.actions.append(a);
        }
    }
    std::stable_sort(d.actions.begin(), d.actions.end(),
                     [](const auto &a, const auto &b) { return a.openedAt > b.openedAt; });
    *out = std::move(d);
    return true;
}

} // namespace gpudesk
