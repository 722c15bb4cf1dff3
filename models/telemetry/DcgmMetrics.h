// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/TelemetrySample.h"

#include <QByteArrayView>
#include <QList>

// The one table of DCGM metric names and units, shared by everything that reads dcgm-exporter's
// metrics: the text parser (DcgmParser) and the Prometheus HTTP API client. Renamed fields and
// the later releases' units (utilisation as a 0-1 ratio, memory in bytes) map onto the stored
// columns here and nowhere else.
namespace gpudesk::dcgm {

enum class Field
{
    GpuUtil,      // percent, 0-100
    EngineActive, // ratio, 0-1
    FbUsedMib,
    FbTotalMib,
    PowerW
};

struct MetricAlias
{
    QByteArrayView name;
    Field field;
    double scale;          // multiplies the exposed value into the stored unit
    double blankAtOrAbove; // raw values from here up are DCGM blanks ("not available")
};

// What a raw exposed value means once normalised.
enum class Reading
{
    Value,      // *value holds the reading in the stored unit
    Blank,      // NaN, an infinity or a DCGM blank sentinel: the field was not available
    OutOfRange, // negative or above what the metric can be: a broken exporter
};

// The alias of a metric name, or null for a metric gpudesk does not store.
const MetricAlias *findMetric(QByteArrayView name);

// Every known metric name, classic names first (for building queries).
QList<QByteArrayView> metricNames();

// Scales `raw` into the stored unit and checks it.
Reading normalise(const MetricAlias &alias, double raw, double *value);

// Stores a normalised value in the sample's column for `field`.
void setField(TelemetrySample &sample, Field field, double value);

} // namespace gpudesk::dcgm
