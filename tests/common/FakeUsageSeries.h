// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TimeFormat.h"
#include "telemetry/UsageSource.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

// A UsageSource for the chart's tests: every scope reports 8 GPUs once a minute over
// [fromMs, toMs), at a busy level of its own (level, percent) that swings ±20 points over the
// day, except on the Seoul days in gapDays. Buckets of any tier are made on request and every
// request is logged, so tests can check what was read and compare the drawing with the sums.
namespace gpudesk::test {

class FakeUsageSeries final : public UsageSource
{
public:
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QHash<QString, double> level; // per scope id, percent; 50 when absent
    QSet<QDate> gapDays;
    qint64 readingEveryMs = 60 * 1000; // how often the exporter reports
    bool engineActive = true; // without it, Busy falls back to GPU utilisation
    QList<UsageQuery> queries;
    QString failing; // a scope id whose reads fail
    // Per tier, the first bucket start still kept (retention); absent: everything is kept.
    QHash<int, qint64> keptFrom; // by int(UsageTier)

    static constexpr int gpus = 8;

    double busyPercent(const QString &id, qint64 t) const
    {
        const double base = level.value(id, 50.0);
        const double phase = double(t % (24 * 3600 * 1000LL)) / (24 * 3600 * 1000.0);
        return std::clamp(base + 20.0 * std::sin(phase * 2 * M_PI), 0.0, 100.0);
    }

    bool series(const UsageQuery &q, UsageSeries *out, QString *error) override
    {
        queries << q;
        out->query = q;
        out->buckets.clear();
        if (q.scopeId == failing && !failing.isEmpty()) {
            *error = QStringLiteral("the fake store is unavailable");
            return false;
        }
        if (q.metric == UsageMetric::EngineActive && !engineActive)
            return true;
        const qint64 length = usageTierLengthMs(q.tier);
        // UTC-aligned 5-minute and hour buckets; Seoul days.
        qint64 start = q.tier == UsageTier::Day
                           ? startOfDay(displayDate(std::max(q.fromMs, fromMs)))
                           : std::max(q.fromMs, fromMs) / length * length;
        if (start < q.fromMs)
            start += length;
        for (qint64 b = start; b < q.toMs && b < toMs; b += length) {
            if (b < keptFrom.value(int(q.tier), b) ||
                (!gapDays.isEmpty() && gapDays.contains(displayDate(b))))
                continue;
            // Readings sparser than the tier leave most buckets empty.
            if (readingEveryMs > length && (b - fromMs) % readingEveryMs >= length)
                continue;
            const qint64 first = std::max(b, fromMs);
            const qint64 last = std::min(b + length, toMs);
            const qint64 minutes = (last - first + 59999) / 60000;
            if (minutes <= 0)
                continue;
            UsageBucket bucket;
            bucket.startMs = b;
            bucket.n = minutes * gpus;
            const double pct = busyPercent(q.scopeId, b);
            double value = pct;
            double spread = 30;
            double ceiling = 100;
            switch (q.metric) {
            case UsageMetric::GpuUtil:
                break;
            case UsageMetric::EngineActive:
                value = pct / 100.0;
                spread = 0.3;
                ceiling = 1;
                break;
            case UsageMetric::FbUsedMib:
                value = 40000 + 400 * pct;
                spread = 8000;
                ceiling = 183359;
                break;
            case UsageMetric::PowerW:
                value = 200 + 8 * pct;
                spread = 150;
                ceiling = 1000;
                break;
            }
            bucket.sum = value * double(bucket.n);
            bucket.min = std::max(0.0, value - spread);
            bucket.max = std::min(ceiling, value + spread);
            bucket.seconds = double(bucket.n) * 60.0;
            bucket.busySeconds = bucket.seconds * pct / 100.0;
            out->buckets << bucket;
        }
        return true;
    }

    bool totals(UsageScope, qint64, qint64, QHash<QString, UsageTotals> *out, QString *) override
    {
        out->clear();
        return true;
    }
    bool busyDays(const QString &, QDate, QDate, QList<BusyDay> *out, QString *) override
    {
        out->clear();
        return true;
    }
    qint64 latestSampleMs() override
    {
        return toMs > fromMs ? (toMs - 1) / 300000 * 300000 : 0;
    }
};

} // namespace gpudesk::test
