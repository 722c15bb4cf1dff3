// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

// Idle detection (사용률 점검): which projects sat idle long enough to deserve a performance
// check. Pure: the caller turns the telemetry rollups into one busy figure per project and day.
//
// The busy ratio of a span is busy GPU-seconds / allocated GPU-seconds over the whole span (a
// ratio of sums, never a mean of daily ratios, so a half-allocated day weighs half). Busy time
// comes from DCGM_FI_PROF_GR_ENGINE_ACTIVE where the exporter has it, else DCGM_FI_DEV_GPU_UTIL
// / 100; the caller says which per day, and the evidence keeps it.
//
// A day is idle when its ratio is STRICTLY under the threshold: exactly 30% at a 30% threshold is
// not idle. A day without data (no allocated GPU-seconds, or not in the series at all) is no
// evidence of idleness: the exporter may have been down or the nodes not yet handed over. It
// breaks the run, so a project is never flagged on missing telemetry.
//
// A project is flagged when the current run (the idle days ending on `asOf`) is at least
// `days` long: every one of the last `days` days had data and was idle.
namespace gpudesk {

enum class BusySource
{
    EngineActive, // DCGM_FI_PROF_GR_ENGINE_ACTIVE
    GpuUtil,      // DCGM_FI_DEV_GPU_UTIL / 100
    Mixed,        // the day was reported more than once, from both
};

// One project-day (a calendar day in Asia/Seoul).
struct BusyDay
{
    QDate day;
    double busyGpuSeconds = 0;
    double allocatedGpuSeconds = 0;
    BusySource source = BusySource::EngineActive;
};

// The call's settings (calls.idle_threshold_percent, calls.idle_days).
struct IdleSettings
{
    int thresholdPercent = 30;
    int days = 14;
};

// One day of the evidence chart; every calendar day appears, those without data too.
struct IdleDayEvidence
{
    QDate day;
    bool hasData = false;
    double busyGpuSeconds = 0;
    double allocatedGpuSeconds = 0;
    double ratio = 0; // 0-1; 0 without data
    bool idle = false;
    BusySource source = BusySource::EngineActive;
};

struct IdleFinding
{
    bool flagged = false;
    int currentRun = 0;    // idle days ending on asOf
    int longestRun = 0;    // the longest run in the evidence
    QDate longestRunStart; // its first day; invalid when there is none
    double meanRatio = 0;  // ratio of sums over the last `days` days, days with data only
    int daysWithData = 0;  // in those last `days` days
    QDate windowStart;     // asOf - days + 1
    QList<IdleDayEvidence>
        evidence; // from the earlier of the first reported day and windowStart, to asOf
};

// The finding for one project on `asOf` (the last complete day). Days after asOf are ignored; a
// day reported twice is summed. Settings out of range are bounded: days at least 1, threshold
// 0-100.
IdleFinding detectIdle(const QList<BusyDay> &series, QDate asOf, IdleSettings settings = {});

} // namespace gpudesk
