// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/Usage.h"

#include <QHash>
#include <QList>
#include <QString>

// What the usage dashboard shows, computed from the rollups (through UsageSource) and the
// bookings, with no widget in sight. Every ratio is a ratio of sums over its period.
namespace gpudesk {

class UsageSource;

struct DashboardPoolRow
{
    int type = -1; // index into the snapshot's types; -1: mixed
    int pool = -1; // index into pools; -1: nodes in no pool
    int nodes = 0;
    int allocated = 0;    // held by a grant now
    int free = 0;         // usable and held by nobody now
    int outOfService = 0; // maintenance, failed, reserved
    int idle = 0;         // allocated, reporting, busy under the threshold over the idle period
    int silent = 0;       // allocated but no telemetry over the idle period
};

struct DashboardProjectRow
{
    int grant = -1; // index into the bookings' grants
    int nodesNow = 0;
    UsageTotals totals; // over the dashboard's period
    double busyGpuHours() const { return totals.busySeconds / 3600.0; }
};

struct DashboardEndingRow
{
    int grant = -1;
    int nodes = 0;
    qint64 endMs = 0;
};

struct DashboardFigures
{
    qint64 nowMs = 0;
    int periodDays = 30;
    int idleDays = 7;
    int idleThresholdPercent = 30;
    qint64 latestBucketMs = 0; // the newest 5-minute bucket with data; 0: no telemetry at all
    UsageBucket latest;        // the fleet in that bucket
    UsageTotals period;        // the fleet over the last periodDays days
    QList<UsageBucket> days;   // the fleet per day over the period (days without data absent)
    QList<DashboardPoolRow> pools;
    QList<DashboardProjectRow> projects; // with nodes now or data in the period; most used first
    QList<DashboardEndingRow> ending;    // grants ending within endingDays, soonest first
};

struct DashboardSettings
{
    int periodDays = 30;
    int idleDays = 7;
    int idleThresholdPercent = 30;
    int endingDays = 30;
};

bool computeDashboard(UsageSource &source, const FleetSnapshot &fleet,
                      const FleetBookings &bookings, qint64 nowMs,
                      const DashboardSettings &settings, DashboardFigures *out, QString *error);

// Nodes each grant (by index) holds at nowMs.
QHash<int, int> nodesHeldAt(const FleetBookings &bookings, qint64 nowMs);

// Each project's current grant that has begun by nowMs, is not released and ends within `days`
// days of it, with the nodes it holds then; soonest first.
QList<DashboardEndingRow> endingGrants(const FleetBookings &bookings, qint64 nowMs, int days);

} // namespace gpudesk
