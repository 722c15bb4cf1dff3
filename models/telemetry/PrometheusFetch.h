// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/PrometheusSource.h"
#include "telemetry/TelemetryImporter.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>
#include <functional>

namespace gpudesk {

// What fetching a period from a Prometheus source did.
struct PrometheusFetchReport
{
    QList<FetchedRange> asked; // the ranges asked for (on the step grid)
    QList<FetchedRange> fetched; // the parts of them imported in whole chunks
    int chunks = 0;  // range queries answered
    int points = 0;  // readings received
    int samples = 0; // samples made of them (one GPU or MIG instance at one moment)
    // What the chunks' imports wrote, skipped (unknown hosts, no GPU) and found stored,
    // added up.
    TelemetryImportReport written;
    QStringList skippedSeries; // series left out, each reason once
    QStringList warnings; // Prometheus' own
    // The last evaluation time imported; 0 when nothing was. A cancelled or failed fetch keeps
    // the chunks before it, so the next fetch continues from there.
    qint64 fetchedUpToMs = 0;
    bool nothingToFetch() const { return asked.isEmpty(); }
    QString error; // translated; set when the fetch stopped on an error
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
    int skippedSamples() const;
    // One translated line: "Imported 1,234 samples (...) from 3 queries; 12 samples skipped."
    QString summary() const;
    // The skipped series and samples, one per line, for a details box or stderr.
    QStringList details() const;
};

// Fetches a period from a Prometheus source chunk by chunk (PrometheusQuery's split) and imports
// each chunk through TelemetryImporter::importSamples, in its own transaction: a cancel or an error
// keeps the whole chunks before it and reports how far it got. When the importer prunes by
// retention, it prunes once after the chunks rather than after each. The network runs in a local event
// loop, so call run() where blocking is fine: a worker thread or the command line. The importer
// must be loaded (and given a worker connection on a worker thread) by the caller.
class PrometheusFetch final
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusFetch)

public:
    struct Hooks
    {
        std::function<bool()> isCancelled;
        // done and total in evaluation steps; status is a translated line for a progress dialog.
        std::function<void(qint64 done, qint64 total, const QString &status)> progress;
    };

    // Fetches the parts of [fromMs, toMs] not yet in source.fetched.
    static PrometheusFetchReport run(const PrometheusSource &source, qint64 fromMs, qint64 toMs,
                                     TelemetryImporter &importer, const Hooks &hooks = {});
    // Fetches exactly these ranges (evaluation times on the source's step grid).
    static PrometheusFetchReport runRanges(const PrometheusSource &source,
                                           const QList<FetchedRange> &ranges,
                                           TelemetryImporter &importer, const Hooks &hooks = {});
};

} // namespace gpudesk
