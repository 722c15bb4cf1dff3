// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"

#include <QList>
#include <cmath>
#include <limits>

// The figures of a stretch of a usage chart (the visible range or a selected one), added up
// from its rollup buckets as sums, never as an average of averages.
namespace gpudesk {

struct UsageRangeFigures
{
    int buckets = 0;  // buckets that touch the range and hold readings
    qint64 firstMs = 0; // start of the first such bucket
    qint64 endMs = 0;   // end of the last one (start + the tier's length)
    qint64 n = 0;
    double sum = 0;
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0;
    double busySeconds = 0;

    bool isEmpty() const { return n == 0; }
    double mean() const
    {
        return n > 0 ? sum / double(n) : std::numeric_limits<double>::quiet_NaN();
    }
    double busyGpuHours() const { return busySeconds / 3600.0; }
    double busyRatio() const { return seconds > 0 ? busySeconds / seconds : 0; }
};

// Indexes [first, last) of the buckets (ascending by start, of one tier) that overlap
// [fromMs, toMs): a bucket counts when any part of it lies in the range.
QPair<int, int> usageBucketsInRange(const QList<UsageBucket> &buckets, UsageTier tier,
                                    qint64 fromMs, qint64 toMs);

// The figures of those buckets. Buckets without readings (n == 0) add nothing.
UsageRangeFigures usageRangeFigures(const QList<UsageBucket> &buckets, UsageTier tier,
                                    qint64 fromMs, qint64 toMs);

// The bucket holding time t, or -1 when no bucket with data covers it.
int usageBucketAt(const QList<UsageBucket> &buckets, UsageTier tier, qint64 t);

} // namespace gpudesk
