// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "telemetry/PrometheusSource.h"

// Pure pieces of a /api/v1/query_range fetch: the series selector for the DCGM metrics, the check
// of an officer's label filter, and the split of a long range into chunks Prometheus accepts.
namespace gpudesk {

class PrometheusQuery final
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusQuery)

public:
    // Prometheus refuses a range query of more than 11,000 points per series.
    static constexpr qint64 maxPointsPerSeries = 11000;
    // Chunks are kept well under that, and under this many points in all (series x steps), so one
    // answer stays a few tens of megabytes of JSON.
    static constexpr qint64 chunkPointsLimit = 10000;
    static constexpr qint64 answerPointsTarget = 1000000;

    // `{__name__=~"DCGM_FI_DEV_GPU_UTIL|...",job="dcgm"}`: every metric of the alias table plus the
    // matchers of a filter already checked by normaliseFilter().
    static QString selector(const QString &matchers);

    // The range query: the selector's series at each step, but only where a scrape landed within
    // the step before it. A plain selector repeats a series' last value for the five minutes of
    // Prometheus' lookback after it stops (an exporter or node gone), which would be counted as
    // readings; a step shorter than the scrape interval leaves gaps instead of repeats.
    static QString expression(const QString &matchers, int stepSeconds);

    // Reads `job="dcgm", cluster=~"b200-.*"` (braces optional) into the canonical matcher list
    // `job="dcgm",cluster=~"b200-.*"`. Empty text is no filter. On a mistake returns false and
    // says what is wrong in *error.
    static bool normaliseFilter(const QString &text, QString *matchers, QString *error);

    // The first evaluation time at or after fromMs on the step grid (multiples of stepMs since the
    // epoch), so fetches of the same source always land on the same moments.
    static qint64 alignUp(qint64 fromMs, qint64 stepMs);

    // How many steps the next chunk may hold, given how many series the last answer had
    // (0 before the first answer).
    static qint64 chunkPoints(int seriesSeen);

    // The last evaluation time of a chunk starting at fromMs (on the grid) with at most `points`
    // steps, not past toMs. The next chunk starts one step after it.
    static qint64 chunkEnd(qint64 fromMs, qint64 toMs, qint64 stepMs, qint64 points);

    // The parts of [fromMs, toMs] (aligned up to the grid) that `covered` does not hold.
    static QList<FetchedRange> missing(const QList<FetchedRange> &covered, qint64 fromMs,
                                       qint64 toMs, qint64 stepMs);
    // Adds `range` to `covered`, merging ranges that overlap or follow one another by one step.
    static void cover(QList<FetchedRange> *covered, FetchedRange range, qint64 stepMs);
    // "from:to;from:to" for the settings, and back (bad parts are dropped).
    static QString rangesText(const QList<FetchedRange> &ranges);
    static QList<FetchedRange> rangesFromText(const QString &text);
};

} // namespace gpudesk
