// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Which of the supported telemetry formats a file is, from its first lines, so an officer can
// drop any export on the import without naming its format.
namespace gpudesk {

enum class TelemetryFormat
{
    Unknown,
    Dcgm,      // dcgm-exporter / Prometheus text exposition
    NvidiaSmi, // nvidia-smi --query-gpu CSV, with or without header and units
    Sacct,     // sacct -P (| separated) job list
};

// Looks at the first non-empty, non-blank lines of `head` (a few kilobytes are enough).
TelemetryFormat detectTelemetryFormat(const QByteArray &head);

// "dcgm", "nvidia-smi", "sacct" (the command line's --format values); "" for Unknown.
QString telemetryFormatKey(TelemetryFormat format);

} // namespace gpudesk
