// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <cmath>
#include <limits>

// Usage telemetry as the charts, the dashboard, the rack map and the idle check read it: rollup
// buckets of one scope (a GPU, a node, a project, a cluster, a provider, a pool or the fleet) in
// one of three tiers. Every bucket keeps sums, never averages, so any set of buckets adds up
// exactly: a mean is sum / n, a busy ratio is busySeconds / seconds, over whatever was added.
namespace gpudesk {

enum class UsageScope : quint8
{
    Gpu,      // scope id "NODE_ID:GPU_INDEX" (MIG instances roll up into their GPU)
    Node,     // nodes.id
    Project,  // applications.id of the allocation that held the node at the sample's time
    Cluster,  // clusters.id
    Provider, // providers.id
    Pool,     // pools.id (the node's pool now)
    Fleet,    // scope id ""
};
constexpr int usageScopeCount = 7;

enum class UsageMetric : quint8
{
    GpuUtil,      // DCGM_FI_DEV_GPU_UTIL, 0-100
    EngineActive, // DCGM_FI_PROF_GR_ENGINE_ACTIVE, 0-1
    FbUsedMib,    // framebuffer used, MiB
    PowerW,       // board power, W
};
constexpr int usageMetricCount = 4;

enum class UsageTier : quint8
{
    FiveMinutes, // UTC-aligned 5-minute buckets
    Hour,        // UTC-aligned hours
    Day,         // calendar days in Asia/Seoul (the site-local day the officers count in)
};
constexpr int usageTierCount = 3;

// The nominal length of a tier's buckets, in ms.
qint64 usageTierLengthMs(UsageTier tier);

// The start of the bucket of `tier` that holds the moment ms (UTC ms): 5-minute and hour
// buckets are UTC-aligned, day buckets start at midnight in Asia/Seoul (TimeFormat's zone).
qint64 usageBucketStart(UsageTier tier, qint64 ms);
// The start of the bucket after the one holding ms.
qint64 usageBucketEnd(UsageTier tier, qint64 ms);
// The first bucket start at or after ms.
qint64 usageBucketCeil(UsageTier tier, qint64 ms);

// The coarsest tier that still gives at least about one point per pixel over [fromMs, toMs):
// a year on 1,000 pixels reads days, a week hours, a day 5-minute buckets.
UsageTier usageTierForRange(qint64 fromMs, qint64 toMs, int pixels);

// Stable keys for settings, CSV and the store: "gpu", "node", ...; "gpu_util", ...; "5m", ...
QString usageScopeKey(UsageScope scope);
QString usageMetricKey(UsageMetric metric);
QString usageTierKey(UsageTier tier);

// One bucket of one scope and one metric.
struct UsageBucket
{
    qint64 startMs = 0; // bucket start, UTC ms
    qint64 n = 0;       // readings of the metric added into this bucket
    double min = 0;     // of the metric; meaningless when n == 0
    double max = 0;
    double sum = 0;
    double seconds = 0;     // GPU-seconds observed (sample interval x GPUs reporting)
    double busySeconds = 0; // busy GPU-seconds: engine activity, else utilisation / 100

    double mean() const
    {
        return n > 0 ? sum / double(n) : std::numeric_limits<double>::quiet_NaN();
    }
    double busyRatio() const { return seconds > 0 ? busySeconds / seconds : 0; }
};

// What a chart asks for.
struct UsageQuery
{
    UsageScope scope = UsageScope::Fleet;
    QString scopeId;
    UsageMetric metric = UsageMetric::GpuUtil;
    UsageTier tier = UsageTier::Hour;
    qint64 fromMs = 0; // buckets starting in [fromMs, toMs)
    qint64 toMs = 0;
};

struct UsageSeries
{
    UsageQuery query;
    QList<UsageBucket> buckets; // ascending startMs; buckets without data are absent
};

// A busy ratio over a period, as sums: busySeconds / seconds.
struct UsageTotals
{
    double seconds = 0;
    double busySeconds = 0;
    double ratio() const { return seconds > 0 ? busySeconds / seconds : 0; }
};

} // namespace gpudesk
