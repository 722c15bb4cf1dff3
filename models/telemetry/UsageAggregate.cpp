// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/UsageAggregate.h"

#include <algorithm>

namespace gpudesk {

namespace {
// The compute slices of the MIG-capable parts this program runs (A100, H100, H200, B200).
constexpr double kSlices = 7.0;
} // namespace

void UsageAggregate::add(const GpuReading &r)
{
    for (int m = 0; m < usageMetricCount; ++m) {
        if (!std::isnan(r.value[m]))
            metric[m].add(r.value[m]);
    }
    double busy;
    if (r.has(UsageMetric::EngineActive)) {
        busy = r.value[int(UsageMetric::EngineActive)];
    } else if (r.has(UsageMetric::GpuUtil)) {
        busy = r.value[int(UsageMetric::GpuUtil)] / 100.0;
        ++utilBusyN;
    } else {
        return;
    }
    seconds += r.intervalSeconds;
    busySeconds += std::clamp(busy, 0.0, 1.0) * r.intervalSeconds;
}

void UsageAggregate::merge(const UsageAggregate &o)
{
    for (int m = 0; m < usageMetricCount; ++m)
        metric[m].merge(o.metric[m]);
    seconds += o.seconds;
    busySeconds += o.busySeconds;
    utilBusyN += o.utilBusyN;
}

bool UsageAggregate::isEmpty() const
{
    if (seconds > 0)
        return false;
    for (const MetricStats &m : metric) {
        if (m.n > 0)
            return false;
    }
    return true;
}

UsageBucket UsageAggregate::bucket(UsageMetric m, qint64 startMs) const
{
    const MetricStats &s = metric[int(m)];
    UsageBucket b;
    b.startMs = startMs;
    b.n = s.n;
    b.min = s.min;
    b.max = s.max;
    b.sum = s.sum;
    b.seconds = seconds;
    b.busySeconds = busySeconds;
    return b;
}

bool UsageAggregate::operator==(const UsageAggregate &o) const
{
    for (int m = 0; m < usageMetricCount; ++m) {
        if (!(metric[m] == o.metric[m]))
            return false;
    }
    return seconds == o.seconds && busySeconds == o.busySeconds && utilBusyN == o.utilBusyN;
}

double migSliceShare(const QString &profile)
{
    // "1g.23gb", "3g.90gb", "7g.180gb", "1g.23gb+me": the slice count comes first.
    int slices = 0;
    int i = 0;
    while (i < profile.size() && profile.at(i).isDigit() && slices < 100)
        slices = slices * 10 + profile.at(i++).digitValue();
    if (i == 0 || i >= profile.size() || profile.at(i) != QLatin1Char('g') || slices < 1 ||
        slices > kSlices)
        return 0;
    return slices / kSlices;
}

void MigCombiner::add(const GpuReading &instance, double share)
{
    for (int k = 0; k < 2; ++k) {
        const double v = instance.value[k]; // GpuUtil, EngineActive
        if (std::isnan(v))
            continue;
        m_weighted[k] += share * v;
        m_sum[k] += v;
        ++m_n[k];
        if (share <= 0)
            m_allShared[k] = false;
    }
    if (instance.has(UsageMetric::FbUsedMib)) {
        m_fb += instance.value[int(UsageMetric::FbUsedMib)];
        m_hasFb = true;
    }
    if (instance.has(UsageMetric::PowerW)) {
        m_power = std::max(m_power, instance.value[int(UsageMetric::PowerW)]);
        m_hasPower = true;
    }
    m_interval = std::max(m_interval, instance.intervalSeconds);
    ++m_count;
}

GpuReading MigCombiner::reading() const
{
    GpuReading r;
    for (int k = 0; k < 2; ++k) {
        if (m_n[k] > 0)
            r.value[k] = m_allShared[k] ? m_weighted[k] : m_sum[k] / m_n[k];
    }
    if (m_hasFb)
        r.value[int(UsageMetric::FbUsedMib)] = m_fb;
    if (m_hasPower)
        r.value[int(UsageMetric::PowerW)] = m_power;
    r.intervalSeconds = m_interval;
    return r;
}

} // namespace gpudesk
