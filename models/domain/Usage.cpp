// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Usage.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace gpudesk {

qint64 usageTierLengthMs(UsageTier tier)
{
    switch (tier) {
    case UsageTier::FiveMinutes:
        return 5 * 60 * 1000LL;
    case UsageTier::Hour:
        return 60 * 60 * 1000LL;
    case UsageTier::Day:
        return 24 * 60 * 60 * 1000LL;
    }
    return 60 * 60 * 1000LL;
}

UsageTier usageTierForRange(qint64 fromMs, qint64 toMs, int pixels)
{
    const qint64 span = qMax<qint64>(toMs - fromMs, 1);
    const qint64 perPixel = span / qMax(pixels, 1);
    // Coarsest first: a tier qualifies when its buckets are no wider than a pixel's share.
    if (perPixel >= usageTierLengthMs(UsageTier::Day))
        return UsageTier::Day;
    if (perPixel >= usageTierLengthMs(UsageTier::Hour))
        return UsageTier::Hour;
    return UsageTier::FiveMinutes;
}

QString usageScopeKey(UsageScope scope)
{
    static const char *const keys[usageScopeCount] = {"gpu",      "node", "project", "cluster",
                                                      "provider", "pool", "fleet"};
    return QString::fromLatin1(keys[int(scope)]);
}

QString usageMetricKey(UsageMetric metric)
{
    static const char *const keys[usageMetricCount] = {"gpu_util", "engine_active", "fb_used_mib",
                                                       "power_w"};
    return QString::fromLatin1(keys[int(metric)]);
}

QString usageTierKey(UsageTier tier)
{
    static const char *const keys[usageTierCount] = {"5m", "1h", "1d"};
    return QString::fromLatin1(keys[int(tier)]);
}

} // namespace gpudesk
