// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Usage.h"

#include "domain/TimeFormat.h"

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

namespace {

// Floor division for UTC-aligned buckets (moments before 1970 round down too).
qint64 floorTo(qint64 ms, qint64 length)
{
    return ms - ((ms % length) + length) % length;
}

// The Seoul day holding ms, as [start, end) in UTC ms. Rollups ask for the same day many times in
// a row, so the last answer is kept per thread; a day is looked up in the zone only when it
// changes (the zone's rules, not a fixed offset, decide where a day starts).
struct DayRange
{
    qint64 start = 1;
    qint64 end = 0;
};

const DayRange &seoulDay(qint64 ms)
{
    thread_local DayRange last;
    if (ms >= last.start && ms < last.end)
        return last;
    const QDate day = displayDate(ms);
    last.start = startOfDay(day);
    last.end = startOfDay(day.addDays(1));
    return last;
}

} // namespace

qint64 usageBucketStart(UsageTier tier, qint64 ms)
{
    if (tier == UsageTier::Day)
        return seoulDay(ms).start;
    return floorTo(ms, usageTierLengthMs(tier));
}

qint64 usageBucketEnd(UsageTier tier, qint64 ms)
{
    if (tier == UsageTier::Day)
        return seoulDay(ms).end;
    return floorTo(ms, usageTierLengthMs(tier)) + usageTierLengthMs(tier);
}

qint64 usageBucketCeil(UsageTier tier, qint64 ms)
{
    const qint64 start = usageBucketStart(tier, ms);
    return start == ms ? ms : usageBucketEnd(tier, ms);
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
