// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/DcgmMetrics.h"
#include "telemetry/TelemetrySample.h"

#include <QList>
#include <QString>
#include <limits>
#include <vector>

namespace gpudesk {

// Parsed telemetry in compact form: each series (one GPU, or one MIG instance of it, of one
// host) once, each reading as its series' index, its time and plain values. A million readings
// take 56 MB here instead of about 220 MB as TelemetrySamples with their strings, and the
// importer resolves nodes and devices once per series instead of once per reading. The
// importer's input; a list of TelemetrySamples converts to it and back.
struct TelemetrySeries
{
    QString hostname;
    QString uuid;
    int gpu = -1;
    QString migInstance;
    QString migProfile;
    QString modelName;
};

// The stored columns, as the DCGM alias table names them.
using TelemetryField = dcgm::Field;
constexpr int telemetryFieldCount = 5;

struct TelemetryReading
{
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();
    qint64 ts = 0; // UTC ms
    int series = 0;
    double value[telemetryFieldCount] = {none, none, none, none, none}; // NaN: not read
};

struct TelemetryBatch
{
    QList<TelemetrySeries> series;
    std::vector<TelemetryReading> readings;
    QList<SkippedLine> skipped;
    int linesRead = 0;

    // Samples with the same host, GPU, UUID, MIG instance and profile and model share a series.
    static TelemetryBatch fromSamples(const QList<TelemetrySample> &samples);
    // The readings as samples, in the batch's order.
    TelemetryParseResult toParseResult() const;

    // Readings of the same series and moment become one, in the place of the first; a later
    // reading's values win field by field (as lines read later do).
    void mergeSameMoments();
    // Appends `other` (read after this batch: its lines come later), with its series mapped onto
    // this batch's by host, UUID, MIG instance and GPU, and its line numbers moved by
    // linesRead. Readings of one moment in both are merged.
    void append(TelemetryBatch &&other);

    // Whether each series' readings are in time order, each moment once; the parser tracks it.
    // Once false it stays so: merging moments keeps the readings in the order they were read.
    bool ordered = true;
};

} // namespace gpudesk
