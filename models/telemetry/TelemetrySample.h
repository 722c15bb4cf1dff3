// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace gpudesk {

// One reading of one GPU (or one MIG instance of it) at one moment, in the units the program
// stores: utilisation in percent, engine activity as a 0-1 ratio, memory in MiB, power in watts.
// A reading the source did not have (absent, [N/A], a DCGM blank value) stays empty.
struct TelemetrySample
{
    QString hostname;
    QString uuid;
    int gpu = -1;        // the GPU index on its node; -1 when the source did not say
    QString migInstance; // GPU_I_ID of a MIG instance; empty for a whole GPU
    QString migProfile;  // GPU_I_PROFILE, such as "1g.23gb"
    QString modelName;
    qint64 ts = 0;                      // UTC, ms since the epoch
    std::optional<double> gpuUtil;      // 0-100
    std::optional<double> engineActive; // 0-1
    std::optional<double> fbUsedMib;
    std::optional<double> fbTotalMib;
    std::optional<double> powerW;
};

// A line a parser left out, with its 1-based line number and a translated reason.
struct SkippedLine
{
    int line = 0;
    QString reason;
};

struct TelemetryParseResult
{
    QList<TelemetrySample> samples;
    QList<SkippedLine> skipped;
    int linesRead = 0;
};

} // namespace gpudesk
