// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleDetection.h"

#include <QMap>

namespace gpudesk {

IdleFinding detectIdle(const QList<BusyDay> &series, QDate asOf, IdleSettings settings)
{
    IdleFinding f;
    if (!asOf.isValid())
        return f;
    const int days = qMax(1, settings.days);
    const double threshold = qBound(0, settings.thresholdPercent, 100);
    f.windowStart = asOf.addDays(1 - days);

    // One entry per day, duplicates summed: the ratio of sums holds across them too.
    QMap<QDate, BusyDay> byDay;
    for (const BusyDay &d : series) {
        if (!d.day.isValid() || d.day > asOf)
            continue;
        auto it = byDay.find(d.day);
        if (it == byDay.end()) {
            byDay.insert(d.day, d);
            continue;
        }
        it->busyGpuSeconds += d.busyGpuSeconds;
        it->allocatedGpuSeconds += d.allocatedGpuSeconds;
        if (it->source != d.source)
            it->source = BusySource::Mixed;
    }

    const QDate first = byDay.isEmpty() ? f.windowStart : qMin(byDay.firstKey(), f.windowStart);
    double windowBusy = 0;
    double windowAllocated = 0;
    int run = 0;
    QDate runStart;
    for (QDate day = first; day <= asOf; day = day.addDays(1)) {
        IdleDayEvidence e;
        e.day = day;
        const auto it = byDay.constFind(day);
        if (it != byDay.cend() && it->allocatedGpuSeconds > 0) {
            e.hasData = true;
            e.allocatedGpuSeconds = it->allocatedGpuSeconds;
            // Busy time can neither be negative nor exceed the allocation (sampling jitter).
            e.busyGpuSeconds = qBound(0.0, it->busyGpuSeconds, e.allocatedGpuSeconds);
            e.ratio = e.busyGpuSeconds / e.allocatedGpuSeconds;
            e.source = it->source;
            // busy/allocated < t/100, compared without dividing: exact at the threshold.
            e.idle = e.busyGpuSeconds * 100 < threshold * e.allocatedGpuSeconds;
            if (day >= f.windowStart) {
                windowBusy += e.busyGpuSeconds;
                windowAllocated += e.allocatedGpuSeconds;
                ++f.daysWithData;
            }
        }
        if (e.idle) {
            if (run++ == 0)
                runStart = day;
            if (run > f.longestRun) {
                f.longestRun = run;
                f.longestRunStart = runStart;
            }
        } else {
            run = 0;
        }
        f.evidence.append(e);
    }
    f.currentRun = run;
    f.meanRatio = windowAllocated > 0 ? windowBusy / windowAllocated : 0;
    f.flagged = f.currentRun >= days;
    return f;
}

} // namespace gpudesk
