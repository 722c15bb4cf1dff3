// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "telemetry/TelemetrySample.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace gpudesk {

class Store;

// What one telemetry import did. When `fatal` is set nothing was written.
struct TelemetryImportReport
{
    int linesRead = 0;
    int imported = 0;                // samples written to usage_samples
    int rollupRows = 0;              // (tier, scope, scope id, metric, bucket) keys upserted
    QList<SkippedLine> skippedLines; // from the parser: line number and reason
    // Samples whose host is not in the fleet, counted per (lower-case) hostname rather than
    // listed one line each: a whole unknown node would otherwise drown the report.
    QList<QPair<QString, int>> unknownHosts;
    int samplesWithoutGpu = 0; // no GPU index: cannot be stored
    int migSamples = 0;        // readings of one MIG instance: the table keeps whole GPUs
    QString fatal;
    bool cancelled = false; // the caller's progress function said stop: nothing was written
    bool ok() const { return fatal.isEmpty(); }
    int skippedSamples() const;
};

// Writes parsed telemetry into usage_samples and keeps usage_rollups up to date incrementally:
// one transaction per file (all or nothing, not captured for sync), each sample mapped to its
// node by hostname and to the project whose allocation held that node at the sample's time.
// Rollups are accumulated in memory for the file and added to the stored rows once per key, so
// every tier keeps sums of numerators and denominators (n, sum, busy_seconds) plus min and max.
class TelemetryImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryImporter)

public:
    // Loads the fleet snapshot and bookings once; they are reused for every import.
    explicit TelemetryImporter(Store &store);
    bool load(QString *error);

    // The scrape interval a sample stands for, in seconds (default 60): busy_seconds adds
    // busy ratio x interval per sample.
    void setIntervalSeconds(double seconds) { m_intervalSeconds = seconds; }

    TelemetryImportReport importDcgm(const QByteArray &data, qint64 defaultTimestampMs);
    TelemetryImportReport importDcgmFile(const QString &path, qint64 defaultTimestampMs);
    // nvidia-smi names neither host nor zone: the host is given, the zone is its site's.
    TelemetryImportReport importNvidiaSmi(const QByteArray &data, const QString &hostname);
    TelemetryImportReport importNvidiaSmiFile(const QString &path, const QString &hostname);

    // Writes through Store::writeFromWorker on this connection (a worker thread's, from
    // Store::openWorkerConnection), so a large file or a fetch imports off the GUI thread. load() reads
    // through the store's own connection: call it on the store's thread first.
    void setWorkerConnection(const QSqlDatabase &connection) { m_worker = connection; }
    // Called every few thousand samples while writing, with the samples done and in all;
    // returning false cancels the import, which then writes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Writes already parsed samples (the parsers' output) the same way.
    TelemetryImportReport importSamples(const QList<TelemetrySample> &samples);

    const FleetSnapshot &fleet() const { return m_fleet; }

    static const char *const tierNames[3];  // "5m", "1h", "1d"
    static const char *const scopeNames[3]; // "gpu", "node", "project"
    static const char *const metricNames[4];

private:
    bool readFile(const QString &path, QByteArray *data, QString *error) const;

    Store &m_store;
    FleetSnapshot m_fleet;
    FleetBookings m_bookings;
    QSqlDatabase m_worker;
    bool m_loaded = false;
    Progress m_progress;
    double m_intervalSeconds = 60;
};

} // namespace gpudesk
