// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"
#include "telemetry/UsageRangeFigures.h"

#include <QList>
#include <QString>

// One line of a usage chart: the buckets read for one subject over a range, at the tier the
// range asks for; where that tier's buckets are no longer kept (the desktop keeps 5-minute
// buckets and nodes' hours for a month, the rest for a year), the head of the range comes from
// coarser tiers, so an old stretch shows as days rather than as nothing.
namespace gpudesk {

class UsageSource;

struct UsagePiece
{
    UsageTier tier = UsageTier::Hour;
    QList<UsageBucket> buckets; // ascending; buckets without data absent
};

struct UsageLine
{
    UsageMetric metric = UsageMetric::GpuUtil; // the metric read
    QList<UsagePiece> pieces;                  // ascending in time, not overlapping
    QString error;                             // set when the read failed

    bool isEmpty() const;
    // The buckets with data overlapping [fromMs, toMs), with the tier of each.
    struct Entry
    {
        UsageTier tier;
        UsageBucket bucket;
    };
    QList<Entry> entriesIn(qint64 fromMs, qint64 toMs) const;
    // The figures of those buckets, added as sums over every piece.
    UsageRangeFigures figures(qint64 fromMs, qint64 toMs) const;
    // The bucket holding t (and its tier), or null.
    const UsageBucket *bucketAt(qint64 t, UsageTier *tier = nullptr) const;
    // The start of the finest piece when coarser ones come before it, else 0.
    qint64 coarserBefore() const;
};

// The first start of a `tier` bucket at or before ms (5 minutes and hours UTC-aligned, days
// Asia/Seoul midnights).
qint64 usageFloorToBucket(UsageTier tier, qint64 ms);

// Reads one line: the first of `metrics` that has any bucket at `tier` over [fromMs, toMs)
// (for the busy share: engine activity, else utilisation), then coarser tiers for the head of
// the range the finer one left empty. `queries` counts the reads. False with out->error set
// when the source fails.
bool readUsageLine(UsageSource &source, UsageScope scope, const QString &scopeId,
                   const QList<UsageMetric> &metrics, UsageTier tier, qint64 fromMs, qint64 toMs,
                   UsageLine *out, int *queries);

} // namespace gpudesk
