// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/TelemetrySample.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace gpudesk {

// What one /api/v1/query_range answer held.
struct PrometheusDecodeResult
{
    QList<TelemetrySample> samples;
    // Series (numbered from 1 in the answer's order) left out in whole or in part, with the reason.
    QList<SkippedLine> skipped;
    int series = 0; // series in the answer
    int points = 0; // [time, value] pairs read
    QStringList warnings; // Prometheus' own warnings, passed on
    // Set when the body is an error answer ("status": "error") or not Prometheus JSON at all:
    // then nothing else is set. errorType is Prometheus' kind ("bad_data", "timeout", ...).
    QString error;
    QString errorType;
    bool ok() const { return error.isEmpty(); }
};

// Turns the JSON of a range query over dcgm-exporter's metrics into TelemetrySamples: a pure
// function of the bytes, so it is tested with tables and fuzzed. Metric names and units go through
// the alias-and-unit table (DcgmMetrics.h); the labels are the exporter's (Hostname or hostname,
// gpu, UUID, modelName, GPU_I_ID, GPU_I_PROFILE). Readings of one GPU or MIG instance at one moment
// merge into one sample. Values come as strings: "NaN", infinities and DCGM's blank sentinels
// mean "not available" and are dropped without complaint; unreadable or impossible values are
// counted per series.
class PrometheusDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusDecoder)

public:
    static PrometheusDecodeResult decode(QByteArrayView body);
};

} // namespace gpudesk
