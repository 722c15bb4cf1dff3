// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/UsageLine.h"

#include "domain/TimeFormat.h"
#include "telemetry/UsageSource.h"

namespace gpudesk {

qint64 usageFloorToBucket(UsageTier tier, qint64 ms)
{
    if (tier == UsageTier::Day)
        return startOfDay(displayDate(ms));
    const qint64 length = usageTierLengthMs(tier);
    return ms - ((ms % length) + length) % length;
}

bool UsageLine::isEmpty() const
{
    for (const UsagePiece &p : pieces) {
        if (!p.buckets.isEmpty())
            return false;
    }
    return true;
}

QList<UsageLine::Entry> UsageLine::entriesIn(qint64 fromMs, qint64 toMs) const
{
    QList<Entry> out;
    for (const UsagePiece &p : pieces) {
        const auto [first, last] = usageBucketsInRange(p.buckets, p.tier, fromMs, toMs);
        for (int b = first; b < last; ++b) {
            if (p.buckets[b].n > 0)
                out.append({p.tier, p.buckets[b]});
        }
    }
    return out;
}

UsageRangeFigures UsageLine::figures(qint64 fromMs, qint64 toMs) const
{
    UsageRangeFigures total;
    for (const UsagePiece &p : pieces) {
        const UsageRangeFigures f = usageRangeFigures(p.buckets, p.tier, fromMs, toMs);
        if (f.isEmpty())
            continue;
        if (total.isEmpty()) {
            total = f;
            continue;
        }
        total.buckets += f.buckets;
        total.endMs = f.endMs; // pieces ascend
        total.n += f.n;
        total.sum += f.sum;
        total.min = std::min(total.min, f.min);
        total.max = std::max(total.max, f.max);
        total.seconds += f.seconds;
        total.busySeconds += f.busySeconds;
    }
    return total;
}

const UsageBucket *UsageLine::bucketAt(qint64 t, UsageTier *tier) const
{
    for (const UsagePiece &p : pieces) {
        const int b = usageBucketAt(p.buckets, p.tier, t);
        if (b >= 0) {
            if (tier)
                *tier = p.tier;
            return &p.buckets[b];
        }
    }
    return nullptr;
}

qint64 UsageLine::coarserBefore() const
{
    if (pieces.size() < 2 || pieces.constLast().buckets.isEmpty())
        return 0;
    for (int i = 0; i + 1 < pieces.size(); ++i) {
        if (!pieces[i].buckets.isEmpty())
            return pieces.constLast().buckets.constFirst().startMs;
    }
    return 0;
}

bool readUsageLine(UsageSource &source, UsageScope scope, const QString &scopeId,
                   const QList<UsageMetric> &metrics, UsageTier tier, qint64 fromMs, qint64 toMs,
                   UsageLine *out, int *queries)
{
    *out = UsageLine();
    UsageQuery q;
    q.scope = scope;
    q.scopeId = scopeId;
    q.tier = tier;
    q.fromMs = fromMs;
    q.toMs = toMs;
    UsageSeries series;
    for (UsageMetric metric : metrics) {
        q.metric = metric;
        ++*queries;
        if (!source.series(q, &series, &out->error))
            return false;
        out->metric = metric;
        if (!series.buckets.isEmpty())
            break;
    }
    out->pieces.append({tier, std::move(series.buckets)});
    // The head the finer tier left empty, from coarser ones, each up to the start of the
    // coarser bucket that holds the finer piece's first (so no time is counted twice).
    q.metric = out->metric;
    UsageTier finer = tier;
    while (finer != UsageTier::Day) {
        const QList<UsageBucket> &first = out->pieces.constFirst().buckets;
        const qint64 covered = first.isEmpty() ? toMs : first.constFirst().startMs;
        if (covered - fromMs <= usageTierLengthMs(finer))
            break; // the finer tier reaches back to the start
        const UsageTier coarser = finer == UsageTier::FiveMinutes ? UsageTier::Hour : UsageTier::Day;
        q.tier = coarser;
        q.toMs = first.isEmpty() ? toMs : usageFloorToBucket(coarser, covered);
        if (q.toMs <= fromMs)
            break;
        ++*queries;
        if (!source.series(q, &series, &out->error))
            return false;
        if (!series.buckets.isEmpty())
            out->pieces.prepend({coarser, std::move(series.buckets)});
        finer = coarser;
    }
    return true;
}

} // namespace gpudesk
