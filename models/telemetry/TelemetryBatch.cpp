// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/TelemetryBatch.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace gpudesk {

namespace {

template <typename Sample> auto *fieldOf(Sample &s, int field)
{
    switch (TelemetryField(field)) {
    case TelemetryField::GpuUtil:
        return &s.gpuUtil;
    case TelemetryField::EngineActive:
        return &s.engineActive;
    case TelemetryField::FbUsedMib:
        return &s.fbUsedMib;
    case TelemetryField::FbTotalMib:
        return &s.fbTotalMib;
    case TelemetryField::PowerW:
        return &s.powerW;
    }
    return static_cast<decltype(&s.gpuUtil)>(nullptr);
}

} // namespace

TelemetryBatch TelemetryBatch::fromSamples(const QList<TelemetrySample> &samples)
{
    TelemetryBatch batch;
    batch.readings.reserve(size_t(samples.size()));
    QHash<QStringList, int> index;
    QStringList key;
    int last = -1;
    const TelemetrySample *previous = nullptr;
    for (const TelemetrySample &s : samples) {
        // Samples of one series usually follow each other.
        if (!previous || previous->hostname != s.hostname || previous->gpu != s.gpu ||
            previous->uuid != s.uuid || previous->migInstance != s.migInstance ||
            previous->migProfile != s.migProfile || previous->modelName != s.modelName) {
            key = {s.hostname,    s.uuid,       QString::number(s.gpu),
                   s.migInstance, s.migProfile, s.modelName};
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.insert(key, int(batch.series.size()));
                batch.series.append(
                    {s.hostname, s.uuid, s.gpu, s.migInstance, s.migProfile, s.modelName});
            }
            last = it.value();
            previous = &s;
        }
        TelemetryReading r;
        r.ts = s.ts;
        r.series = last;
        for (int f = 0; f < telemetryFieldCount; ++f) {
            const std::optional<double> &v = *fieldOf(s, f);
            if (v)
                r.value[f] = *v;
        }
        batch.readings.push_back(r);
    }
    return batch;
}

TelemetryParseResult TelemetryBatch::toParseResult() const
{
    TelemetryParseResult result;
    result.skipped = skipped;
    result.linesRead = linesRead;
    result.samples.reserve(qsizetype(readings.size()));
    for (const TelemetryReading &r : readings) {
        const TelemetrySeries &series = this->series[r.series];
        TelemetrySample &s = result.samples.emplace_back();
        s.hostname = series.hostname;
        s.uuid = series.uuid;
        s.gpu = series.gpu;
        s.migInstance = series.migInstance;
        s.migProfile = series.migProfile;
        s.modelName = series.modelName;
        s.ts = r.ts;
        for (int f = 0; f < telemetryFieldCount; ++f) {
            if (!std::isnan(r.value[f]))
                *fieldOf(s, f) = r.value[f];
        }
    }
    return result;
}

namespace {

void mergeInto(TelemetryReading &into, const TelemetryReading &from)
{
    for (int f = 0; f < telemetryFieldCount; ++f) {
        if (!std::isnan(from.value[f]))
            into.value[f] = from.value[f];
    }
}

// Drops the readings marked (series < 0), keeping the others' order.
void compact(std::vector<TelemetryReading> &readings)
{
    readings.erase(std::remove_if(readings.begin(), readings.end(),
                                  [](const TelemetryReading &r) { return r.series < 0; }),
                   readings.end());
}

} // namespace

void TelemetryBatch::mergeSameMoments()
{
    std::vector<qsizetype> order(readings.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const TelemetryReading &x = readings[size_t(a)];
        const TelemetryReading &y = readings[size_t(b)];
        if (x.series != y.series)
            return x.series < y.series;
        if (x.ts != y.ts)
            return x.ts < y.ts;
        return a < b;
    });
    bool dropped = false;
    for (size_t i = 0; i < order.size();) {
        TelemetryReading &first = readings[size_t(order[i])];
        size_t j = i + 1;
        for (; j < order.size(); ++j) {
            TelemetryReading &next = readings[size_t(order[j])];
            if (next.series != first.series || next.ts != first.ts)
                break;
            mergeInto(first, next);
            next.series = -1;
            dropped = true;
        }
        i = j;
    }
    if (dropped)
        compact(readings);
    // Each moment is there once now, but a series' readings keep the order they were read in.
}

void TelemetryBatch::append(TelemetryBatch &&other)
{
    QHash<QStringList, int> index;
    for (int i = 0; i < series.size(); ++i) {
        const TelemetrySeries &s = series[i];
        index.insert({s.hostname, s.uuid, s.migInstance, QString::number(s.gpu)}, i);
    }
    QList<int> map(other.series.size());
    for (int i = 0; i < other.series.size(); ++i) {
        const TelemetrySeries &s = other.series[i];
        const QStringList key{s.hostname, s.uuid, s.migInstance, QString::number(s.gpu)};
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(series.size()));
            series.append(s);
        }
        map[i] = it.value();
    }
    // Per series, this batch's last moment, to see whether the other carries on after it.
    std::vector<qint64> lastTs(size_t(series.size()), std::numeric_limits<qint64>::min());
    std::vector<qsizetype> lastAt(size_t(series.size()), -1);
    for (size_t i = 0; i < readings.size(); ++i) {
        const TelemetryReading &r = readings[i];
        if (r.ts >= lastTs[size_t(r.series)]) {
            lastTs[size_t(r.series)] = r.ts;
            lastAt[size_t(r.series)] = qsizetype(i);
        }
    }
    std::vector<bool> seen(size_t(series.size()), false);
    // Both in order, each moment once per series: a moment both have is this one's last.
    const bool bothOrdered = ordered && other.ordered;
    bool carriesOn = bothOrdered;
    readings.reserve(readings.size() + other.readings.size());
    for (TelemetryReading r : other.readings) {
        r.series = map[r.series];
        const size_t s = size_t(r.series);
        if (!seen[s]) {
            seen[s] = true;
            // The first reading of a series in the other batch: after this one's last, or the
            // same moment (a scrape cut in two), which merges.
            if (bothOrdered && lastAt[s] >= 0 && r.ts == lastTs[s]) {
                mergeInto(readings[size_t(lastAt[s])], r);
                continue;
            }
            if (r.ts < lastTs[s])
                carriesOn = false;
        }
        readings.push_back(r);
    }
    for (SkippedLine &line : other.skipped)
        line.line += linesRead;
    skipped += other.skipped;
    std::stable_sort(skipped.begin(), skipped.end(),
                     [](const SkippedLine &a, const SkippedLine &b) { return a.line < b.line; });
    linesRead += other.linesRead;
    ordered = carriesOn;
    if (!ordered)
        mergeSameMoments();
}

} // namespace gpudesk
