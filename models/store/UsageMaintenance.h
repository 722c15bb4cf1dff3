// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

class Store;
class UsageScopeMap;
class UsageSampleTable;
class UsageRollupTable;

// How long the desktop keeps its telemetry (ARCHITECTURE.md, "Scale it is built for"): the
// samples, every 5-minute bucket and the nodes' hours for `recentDays`; the hours of projects,
// clusters, providers, pools and the fleet and every day bucket for `historyDays`. Both are
// counted back in whole Asia/Seoul days from the newest telemetry (not the wall clock, so an
// offline profile or the demo keeps what it was given).
struct UsageRetention
{
    int recentDays = 30;
    int historyDays = 366;
};

struct UsagePruneReport
{
    qint64 recentCutoffMs = 0;  // kept from here on: samples, 5-minute buckets, node hours
    qint64 historyCutoffMs = 0; // kept from here on: other hours, days, Slurm jobs
    int samples = 0;            // rows deleted
    int rollups = 0;
    int jobs = 0;
};

struct UsageRebuildReport
{
    qint64 fromMs = 0; // the range rebuilt, widened to whole buckets and clamped to the samples
    qint64 toMs = 0;
    qint64 samples = 0; // GPU readings read back
    int rollupRows = 0; // rows written over all tiers
};

// Rebuilding rollups from the stored samples, and pruning by retention.
class UsageMaintenance final
{
    Q_DECLARE_TR_FUNCTIONS(UsageMaintenance)

public:
    explicit UsageMaintenance(Store &store) : m_store(store) {}

    // Rebuilds every scope's rollups over [fromMs, toMs) from the samples, in one transaction:
    // the 5-minute buckets from the samples, then the hours that range touches from their
    // 5-minute buckets and the days from their hours. For allocations changed after the fact, or
    // after a correction. The range is clamped to the days that still have samples, since older
    // buckets cannot be rebuilt.
    bool rebuild(qint64 fromMs, qint64 toMs, UsageRebuildReport *report, QString *error);

    // Deletes what the retention no longer keeps, counted back from `referenceMs` (usually
    // referenceMs()). One transaction.
    bool prune(qint64 referenceMs, const UsageRetention &retention, UsagePruneReport *report,
               QString *error);
    // The newest telemetry, bounded by the wall clock: prune's default reference. 0 when there
    // is no telemetry.
    qint64 referenceMs() const;
    static qint64 referenceMs(QSqlDatabase &db);
    // The prune inside a transaction someone else holds; names the tables it changed.
    static bool pruneIn(QSqlDatabase &db, qint64 referenceMs, const UsageRetention &retention,
                        UsagePruneReport *report, QSet<QString> *changed, QString *error);

    // The rebuild inside a transaction someone else holds, on prepared tables (the importer
    // rebuilds what a correction touched in the import's own transaction).
    static bool rebuildIn(QSqlDatabase &db, const UsageScopeMap &map, UsageSampleTable &samples,
                          UsageRollupTable &rollups, qint64 fromMs, qint64 toMs,
                          UsageRebuildReport *report, QString *error);

private:
    Store &m_store;
};

} // namespace gpudesk
