// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/DashboardFigures.h"

#include "domain/TimeFormat.h"
#include "telemetry/UsageSource.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace gpudesk {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000LL;

// Nodes per (type, pool) now: who holds them, who is idle.
QList<DashboardPoolRow> poolRows(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                 qint64 nowMs, const QHash<QString, UsageTotals> &recent,
                                 double threshold)
{
    QMap<QPair<int, int>, DashboardPoolRow> rows;
    for (int n = 0; n < fleet.nodes.size(); ++n) {
        const FleetNode &node = fleet.nodes[n];
        DashboardPoolRow &row = rows[{node.type, node.pool}];
        row.type = node.type;
        row.pool = node.pool;
        ++row.nodes;
        const NodeState state = nodeStateAt(fleet, bookings, n, nowMs);
        if (state == NodeState::Free) {
            ++row.free;
            continue;
        }
        if (state != NodeState::Allocated) {
            ++row.outOfService;
            continue;
        }
        ++row.allocated;
        const auto it = recent.constFind(node.id);
        if (it == recent.cend() || it->seconds <= 0)
            ++row.silent;
        else if (it->ratio() < threshold)
            ++row.idle;
    }
    return rows.values();
}

} // namespace

bool computeDashboard(UsageSource &source, const FleetSnapshot &fleet,
                      const FleetBookings &bookings, qint64 nowMs,
                      const DashboardSettings &settings, DashboardFigures *out, QString *error)
{
    DashboardFigures f;
    f.nowMs = nowMs;
    f.periodDays = qMax(1, settings.periodDays);
    f.idleDays = qMax(1, settings.idleDays);
    f.idleThresholdPercent = qBound(0, settings.idleThresholdPercent, 100);

    // Whole Seoul days: the period ends with today, so today's partial figures count.
    const QDate today = displayDate(nowMs);
    const qint64 periodEnd = startOfDay(today.addDays(1));
    const qint64 periodStart = startOfDay(today.addDays(1 - f.periodDays));
    const qint64 idleStart = startOfDay(today.addDays(1 - f.idleDays));

    f.latestBucketMs = source.latestSampleMs();
    if (f.latestBucketMs > 0) {
        UsageSeries latest;
        UsageQuery q;
        q.scope = UsageScope::Fleet;
        q.metric = UsageMetric::GpuUtil;
        q.tier = UsageTier::FiveMinutes;
        q.fromMs = f.latestBucketMs;
        q.toMs = f.latestBucketMs + usageTierLengthMs(UsageTier::FiveMinutes);
        if (!source.series(q, &latest, error))
            return false;
        if (!latest.buckets.isEmpty())
            f.latest = latest.buckets.constFirst();
    }

    UsageSeries days;
    UsageQuery q;
    q.scope = UsageScope::Fleet;
    q.metric = UsageMetric::GpuUtil;
    q.tier = UsageTier::Day;
    q.fromMs = periodStart;
    q.toMs = periodEnd;
    if (!source.series(q, &days, error))
        return false;
    f.days = days.buckets;
    for (const UsageBucket &b : f.days) {
        f.period.seconds += b.seconds;
        f.period.busySeconds += b.busySeconds;
    }

    QHash<QString, UsageTotals> recentNodes;
    if (!source.totals(UsageScope::Node, idleStart, periodEnd, &recentNodes, error))
        return false;
    f.pools = poolRows(fleet, bookings, nowMs, recentNodes, f.idleThresholdPercent / 100.0);

    QHash<QString, UsageTotals> projectTotals;
    if (!source.totals(UsageScope::Project, periodStart, periodEnd, &projectTotals, error))
        return false;
    const QHash<int, int> held = nodesHeldAt(bookings, nowMs);
    QSet<int> shown;
    for (int g = 0; g < bookings.grants.size(); ++g) {
        const GrantInfo &grant = bookings.grants[g];
        const UsageTotals totals = projectTotals.value(grant.applicationId);
        const int nodes = held.value(g);
        // One row per project: its current grant (an application may have released ones).
        if (bookings.grantByApplication.value(grant.applicationId, -1) != g)
            continue;
        if (nodes == 0 && totals.seconds <= 0)
            continue;
        f.projects.append({g, nodes, totals});
        shown.insert(g);
    }
    std::stable_sort(f.projects.begin(), f.projects.end(), [](const auto &a, const auto &b) {
        return a.totals.busySeconds > b.totals.busySeconds;
    });
    for (const DashboardEndingRow &row : endingGrants(bookings, nowMs, settings.endingDays)) {
        if (shown.contains(row.grant))
            f.ending.append(row);
    }
    *out = std::move(f);
    return true;
}

QHash<int, int> nodesHeldAt(const FleetBookings &bookings, qint64 nowMs)
{
    QHash<int, int> held;
    for (int n = 0; n < bookings.byNode.size(); ++n) {
        const int holder = bookings.holderAt(n, nowMs);
        if (holder >= 0)
            ++held[bookings.allocations[holder].grant];
    }
    return held;
}

QList<DashboardEndingRow> endingGrants(const FleetBookings &bookings, qint64 nowMs, int days)
{
    const QHash<int, int> held = nodesHeldAt(bookings, nowMs);
    QList<DashboardEndingRow> out;
    for (int g = 0; g < bookings.grants.size(); ++g) {
        const GrantInfo &grant = bookings.grants[g];
        if (bookings.grantByApplication.value(grant.applicationId, -1) != g)
            continue;
        if (grant.status != GrantStatus::Released && grant.end > nowMs &&
            grant.end <= nowMs + qMax(1, days) * dayMs && grant.start <= nowMs)
            out.append({g, held.value(g), grant.end});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.endMs < b.endMs; });
    return out;
}

} // namespace gpudesk
