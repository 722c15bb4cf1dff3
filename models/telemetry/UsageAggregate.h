// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"

#include <QString>
#include <QtGlobal>
#include <cmath>
#include <limits>

// The arithmetic of the rollups, kept in one place: what one reading adds to a bucket, how two
// buckets merge, and how the MIG instances of one GPU make one reading of that GPU. Everything is
// sums (n, sum, seconds, busy seconds) plus min and max, so merging is exact in any order.
namespace gpudesk {

// A GPU's reading at one moment, NaN where the metric was not read.
struct GpuReading
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();
    double value[usageMetricCount] = {none, none, none, none}; // indexed by UsageMetric
    double intervalSeconds = 60;

    bool has(UsageMetric m) const { return !std::isnan(value[int(m)]); }
};

struct MetricStats
{
    qint64 n = 0;
    double min = 0;
    double max = 0;
    double sum = 0;

    void add(double v)
    {
        if (n == 0) {
            min = max = v;
        } else {
            min = std::min(min, v);
            max = std::max(max, v);
        }
        ++n;
        sum += v;
    }
    void merge(const MetricStats &o)
    {
        if (o.n == 0)
            return;
        if (n == 0) {
            min = o.min;
            max = o.max;
        } else {
            min = std::min(min, o.min);
            max = std::max(max, o.max);
        }
        n += o.n;
        sum += o.sum;
    }
    bool operator==(const MetricStats &o) const
    {
        return n == o.n && (n == 0 || (min == o.min && max == o.max && sum == o.sum));
    }
};

// One bucket of one series, every metric at once (one row of usage_rollups).
struct UsageAggregate
{
    MetricStats metric[usageMetricCount];
    double seconds = 0;     // GPU-seconds observed with a busy reading
    double busySeconds = 0; // busy GPU-seconds
    qint64 utilBusyN = 0;   // readings whose busy time came from utilisation (no engine activity)

    // Busy time is engine activity where the reading has it, else utilisation / 100; a reading
    // with neither adds its metrics but no observed or busy seconds.
    void add(const GpuReading &r);
    void merge(const UsageAggregate &o);
    bool isEmpty() const;
    // The bucket of one metric, as UsageSource hands it out.
    UsageBucket bucket(UsageMetric m, qint64 startMs) const;
    bool operator==(const UsageAggregate &o) const;
};

// The share of a whole GPU one MIG instance of `profile` stands for: "3g.90gb" is 3 of the 7
// compute slices. 0 when the profile does not say.
double migSliceShare(const QString &profile);

// Combines the readings of one GPU's MIG instances at one moment into the GPU's reading:
// utilisation and engine activity weighted by each instance's slice share (equal shares when a
// profile does not say: then the plain mean), framebuffer summed, power (a whole-board reading
// every instance repeats) the largest. Call add() per instance, then reading().
class MigCombiner final
{
public:
    void add(const GpuReading &instance, double share);
    GpuReading reading() const;
    bool isEmpty() const { return m_count == 0; }

private:
    // Utilisation and engine activity: the share-weighted sum, and the plain sum and count for
    // when some instance has no share.
    double m_weighted[2] = {0, 0};
    double m_sum[2] = {0, 0};
    int m_n[2] = {0, 0};
    bool m_allShared[2] = {true, true};
    double m_fb = 0;
    bool m_hasFb = false;
    double m_power = 0;
    bool m_hasPower = false;
    double m_interval = 0;
    int m_count = 0;
};

} // namespace gpudesk
