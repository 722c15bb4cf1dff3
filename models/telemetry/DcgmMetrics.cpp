// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/DcgmMetrics.h"

#include <cmath>

namespace gpudesk::dcgm {

namespace {

// DCGM fills fields it cannot read with blank values: 0x7ffffff0 and up for 32-bit fields,
// 2^47 for doubles and 0x7ffffffffffffff0 for 64-bit ones. No GPU reports anything near
// 2^31 percent, MiB or watts, so everything from the 32-bit blank up means "not available".
// Byte counts legitimately pass 2^31 (a 180 GB card), so for them only the double blank
// (2^47 bytes = 128 TiB) and above counts as blank.
constexpr double kBlank32 = 2147483632.0;
constexpr double kBlankFp64 = 140737488355328.0;
constexpr double kMiB = 1024.0 * 1024.0;

// The classic dcgm-exporter names come first. The renamed ones below them follow the later
// releases' (and Prometheus') naming, where utilisation is a 0-1 ratio and memory is counted in
// bytes; add new spellings here.
constexpr MetricAlias kAliases[] = {
    {"DCGM_FI_DEV_GPU_UTIL", Field::GpuUtil, 1.0, kBlank32},
    {"DCGM_FI_PROF_GR_ENGINE_ACTIVE", Field::EngineActive, 1.0, kBlank32},
    {"DCGM_FI_DEV_FB_USED", Field::FbUsedMib, 1.0, kBlank32},
    {"DCGM_FI_DEV_FB_TOTAL", Field::FbTotalMib, 1.0, kBlank32},
    {"DCGM_FI_DEV_POWER_USAGE", Field::PowerW, 1.0, kBlank32},
    {"DCGM_FI_DEV_POWER_USAGE_INSTANT", Field::PowerW, 1.0, kBlank32},
    {"DCGM_FI_DEV_GPU_UTIL_RATIO", Field::GpuUtil, 100.0, kBlank32},
    {"DCGM_FI_DEV_FB_USED_BYTES", Field::FbUsedMib, 1.0 / kMiB, kBlankFp64},
    {"DCGM_FI_DEV_FB_TOTAL_BYTES", Field::FbTotalMib, 1.0 / kMiB, kBlankFp64},
    {"dcgm_gpu_utilization_ratio", Field::GpuUtil, 100.0, kBlank32},
    {"dcgm_gr_engine_active_ratio", Field::EngineActive, 1.0, kBlank32},
    {"dcgm_fb_used_bytes", Field::FbUsedMib, 1.0 / kMiB, kBlankFp64},
    {"dcgm_fb_total_bytes", Field::FbTotalMib, 1.0 / kMiB, kBlankFp64},
    {"dcgm_power_usage_watts", Field::PowerW, 1.0, kBlank32},
};

// Upper bounds in the stored unit; anything above is a broken exporter, not a reading.
double upperBound(Field field)
{
    switch (field) {
    case Field::GpuUtil:
        return 100.0;
    case Field::EngineActive:
        return 1.0;
    case Field::FbUsedMib:
    case Field::FbTotalMib:
    case Field::PowerW:
        break;
    }
    return kBlank32;
}

} // namespace

const MetricAlias *findMetric(QByteArrayView name)
{
    for (const MetricAlias &alias : kAliases) {
        if (alias.name == name)
            return &alias;
    }
    return nullptr;
}

QList<QByteArrayView> metricNames()
{
    QList<QByteArrayView> names;
    for (const MetricAlias &alias : kAliases)
        names.append(alias.name);
    return names;
}

Reading normalise(const MetricAlias &alias, double raw, double *value)
{
    if (!std::isfinite(raw) || raw >= alias.blankAtOrAbove)
        return Reading::Blank;
    *value = raw * alias.scale;
    if (*value < 0 || *value > upperBound(alias.field))
        return Reading::OutOfRange;
    return Reading::Value;
}

void setField(TelemetrySample &sample, Field field, double value)
{
    switch (field) {
    case Field::GpuUtil:
        sample.gpuUtil = value;
        break;
    case Field::EngineActive:
        sample.engineActive = value;
        break;
    case Field::FbUsedMib:
        sample.fbUsedMib = value;
        break;
    case Field::FbTotalMib:
        sample.fbTotalMib = value;
        break;
    case Field::PowerW:
        sample.powerW = value;
        break;
    }
}

} // namespace gpudesk::dcgm
