// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/UsageRangeFigures.h"

#include <algorithm>

namespace gpudesk {

QPair<int, int> usageBucketsInRange(const QList<UsageBucket> &buckets, UsageTier tier,
                                    qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return {0, 0};
    const qint64 length = usageTierLengthMs(tier);
    // The first bucket that ends after fromMs, the first that starts at or after toMs.
    const auto first = std::lower_bound(
        buckets.cbegin(), buckets.cend(), fromMs,
        [length](const UsageBucket &b, qint64 t) { return b.startMs + length <= t; });
    const auto last = std::lower_bound(first, buckets.cend(), toMs,
                                       [](const UsageBucket &b, qint64 t) { return b.startMs < t; });
    return {int(first - buckets.cbegin()), int(last - buckets.cbegin())};
}

UsageRangeFigures usageRangeFigures(const QList<UsageBucket> &buckets, UsageTier tier,
                                    qint64 fromMs, qint64 toMs)
{
    UsageRangeFigures f;
    const auto [first, last] = usageBucketsInRange(buckets, tier, fromMs, toMs);
    for (int i = first; i < last; ++i) {
        const UsageBucket &b = buckets[i];
        if (b.n <= 0)
            continue;
        if (f.n == 0) {
            f.firstMs = b.startMs;
            f.min = b.min;
            f.max = b.max;
        } else {
            f.min = std::min(f.min, b.min);
            f.max = std::max(f.max, b.max);
        }
        f.endMs = b.startMs + usageTierLengthMs(tier);
        ++f.buckets;
        f.n += b.n;
        f.sum += b.sum;
        f.seconds += b.seconds;
        f.busySeconds += b.busySeconds;
    }
    return f;
}

int usageBucketAt(const QList<UsageBucket> &buckets, UsageTier tier, qint64 t)
{
    const auto [first, last] = usageBucketsInRange(buckets, tier, t, t + 1);
    for (int i = first; i < last; ++i) {
        if (buckets[i].n > 0)
            return i;
    }
    return -1;
}

} // namespace gpudesk
