// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Store.h"
#include "store/UsageMaintenance.h"
#include "store/UsageScopeMap.h"
#include "telemetry/TelemetryBatch.h"
#include "telemetry/TelemetrySample.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace gpudesk {

// What one telemetry import did. When `fatal` is set nothing was written.
struct TelemetryImportReport
{
    int linesRead = 0;
    int imported = 0;   // readings written to usage_samples: new ones and corrections
    int duplicates = 0; // readings identical to one already stored: left as they were
    int replaced = 0;   // of `imported`: readings that replaced another for the same GPU and time
    int migSamples = 0; // of `imported` and `duplicates`: readings of MIG instances
    int rollupRows = 0; // rollup rows added to or rebuilt
    QList<SkippedLine> skippedLines; // from the parser: line number and reason
    // Samples whose host is not in the fleet, counted per (lower-case) hostname rather than
    // listed one line each: a whole unknown node would otherwise drown the report.
    QList<QPair<QString, int>> unknownHosts;
    int samplesWithoutGpu = 0; // no GPU index: cannot be stored
    UsagePruneReport pruned;   // what the retention removed after the import
    QString fatal;
    bool cancelled = false; // the caller's progress function said stop: nothing was written
    bool ok() const { return fatal.isEmpty(); }
    int skippedSamples() const;
    // One translated line each for the unknown hosts, readings without a GPU, duplicates and
    // replacements.
    QStringList sampleNotes() const;
    // Adds another import's counts, skipped lines and unknown hosts to these (a Prometheus
    // fetch adds up its chunks): one report as if one import had done both.
    void add(const TelemetryImportReport &other);
};

// Writes parsed telemetry into usage_samples and keeps usage_rollups up to date: one transaction
// per file (all or nothing, not captured for sync), each reading mapped to its node by hostname
// and to the project whose allocation held that node at the reading's time. New readings are
// gathered into cells (node x holder x 5 minutes) and added to every stored scope and tier;
// a reading already stored is counted as a duplicate and changes nothing; a different reading
// for the same device and time replaces the stored one and the 5-minute buckets it touches are
// rebuilt from the samples (the hours and days above them from those), so every bucket stays
// exact. MIG instances are stored per instance and rolled up into their GPU the same way.
// After the import, telemetry past the retention is pruned (UsageMaintenance::prune).
class TelemetryImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryImporter)

public:
    // Loads the fleet and every allocation once; they are reused for every import.
    explicit TelemetryImporter(Store &store);
    bool load(QString *error);

    // The scrape interval a sample stands for, in seconds (default 60): busy_seconds adds
    // busy ratio x interval per sample.
    void setIntervalSeconds(double seconds) { m_intervalSeconds = seconds; }
    // Whether an import prunes by retention afterwards (default: yes, with UsageRetention{}).
    void setRetention(bool prune, const UsageRetention &retention = {})
    {
        m_prune = prune;
        m_retention = retention;
    }
    bool prunes() const { return m_prune; }
    // Prunes by the retention now, the way an import does afterwards and on the same connection:
    // for a caller that imports in several transactions with Pruning::ByCaller and prunes once
    // after them (a Prometheus fetch's chunks). The error is translated.
    bool prune(UsagePruneReport *report, QString *error);

    TelemetryImportReport importDcgm(const QByteArray &data, qint64 defaultTimestampMs);
    TelemetryImportReport importDcgmFile(const QString &path, qint64 defaultTimestampMs);
    // nvidia-smi names neither host nor zone: the host is given, the zone is its site's.
    TelemetryImportReport importNvidiaSmi(const QByteArray &data, const QString &hostname);
    TelemetryImportReport importNvidiaSmiFile(const QString &path, const QString &hostname);

    // Writes through Store::writeFromWorker on this connection (a worker thread's, from
    // Store::openWorkerConnection), so a fetch imports off the GUI thread. load() reads through the
    // store's own connection: call it on the store's thread first.
    void setWorkerConnection(const QSqlDatabase &connection) { m_worker = connection; }
    // Called every few thousand readings while writing, with the readings done and in all;
    // returning false cancels the import, which then writes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Whether an import prunes by the retention itself (when setRetention asks for pruning), or
    // leaves it to a caller that imports in several transactions and calls prune() once after.
    enum class Pruning
    {
        AfterImport,
        ByCaller
    };
    // Writes already parsed samples (the parsers' output, or a live source's) the same way.
    TelemetryImportReport importSamples(const QList<TelemetrySample> &samples,
                                        Pruning pruning = Pruning::AfterImport);
    // The same in compact form (DcgmParser::parseBatch); the report takes its lines and skips.
    TelemetryImportReport importBatch(const TelemetryBatch &batch,
                                      Pruning pruning = Pruning::AfterImport);

    const FleetSnapshot &fleet() const { return m_map.fleet(); }

private:
    bool readFile(const QString &path, QByteArray *data, QString *error) const;
    // One uncaptured transaction on the worker connection when there is one, else the store's.
    bool write(const Store::WriteFn &fn, QString *error);

    Store &m_store;
    UsageScopeMap m_map;
    QSqlDatabase m_worker;
    bool m_loaded = false;
    Progress m_progress;
    double m_intervalSeconds = 60;
    bool m_prune = true;
    UsageRetention m_retention;
};

} // namespace gpudesk
