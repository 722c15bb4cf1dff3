// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace gpudesk {

class Store;

// How much synthetic usage history generateUsageHistory() writes, counted back from endMs (a
// Seoul midnight). The defaults follow what the desktop keeps (ARCHITECTURE.md): a year of days
// for everything, hours for a year except nodes (a week here) and projects (30 days), and
// 5-minute buckets for the last day.
struct UsageHistoryShape
{
    qint64 endMs = 0;
    int days = 365;
    int nodeHourDays = 7;
    int projectHourDays = 30;
    int fiveMinuteDays = 1;
};

struct UsageHistoryReport
{
    qint64 rows = 0;
    int series = 0;
};

// Fills the rollups of every node, every project that holds an allocation, every cluster,
// provider and pool and the fleet with a plausible daily rhythm, straight into usage_rollups
// (no samples), for the chart and rack-map benches on the scale profile. The buckets of one
// series are consistent with each other's shape, not sums of other series: for measuring
// queries, not for checking arithmetic. Deterministic; one transaction; the profile must have
// no usage rollups yet.
bool generateUsageHistory(Store &store, const UsageHistoryShape &shape, UsageHistoryReport *report,
                          QString *error);

} // namespace gpudesk
