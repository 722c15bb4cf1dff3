// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/TelemetrySample.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace gpudesk {

// One job of Slurm's accounting, with the GPU time it held.
struct SlurmJob
{
    int line = 0; // where it stood in the file
    QString jobId;
    QString account; // the Slurm account, which is the project
    QString state;
    std::optional<qint64> startMs; // UTC ms; empty for Unknown/None (pending jobs)
    std::optional<qint64> endMs;   // UTC ms; empty while running
    qint64 elapsedSeconds = 0;
    int gpus = 0;
    qint64 gpuSeconds = 0; // elapsedSeconds x gpus, exact
    QString nodeList;

    double gpuHours() const { return double(gpuSeconds) / 3600.0; }
};

struct SacctParseResult
{
    QList<SlurmJob> jobs;
    QList<SkippedLine> skipped;
    QMap<QString, double> gpuHoursByAccount; // summed from exact GPU-seconds
    int linesRead = 0;
};

// Reads `sacct -a -X -P -n --format=JobIDRaw,Account,State,Start,End,ElapsedRaw,AllocTRES,NodeList`
// (one job per line, fields separated by '|'). The GPU count is the untyped `gres/gpu=N` of
// AllocTRES; Slurm lists typed counts (`gres/gpu:b200=N`) beside it for the same GPUs, so those
// count only when the untyped entry is missing. Pending jobs have an empty AllocTRES: no GPUs,
// no error. Start and End are the controller's local time, in the zone the caller names.
class SacctParser final
{
    Q_DECLARE_TR_FUNCTIONS(SacctParser)

public:
    struct Options
    {
        QTimeZone timeZone;
    };

    static SacctParseResult parse(QByteArrayView data, const Options &options);
};

} // namespace gpudesk
