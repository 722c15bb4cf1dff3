// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace gpudesk {

class Store;
class UsageScopeMap;
class UsageSampleTable;
class UsageRollupTable;
class UsageCells;

// How long the desktop keeps its telemetry (ARCHITECTURE.md, "Scale it is built for": 30 days
// of hours per node, a year of days per project): the samples and every 5-minute bucket for
// `recentDays` (what a rebuild can reach back to), the nodes' hours for `nodeHourDays`, the
// hours of projects, clusters, providers, pools and the fleet and every day bucket for
// `historyDays`. Counted back in whole Asia/Seoul days from the newest telemetry, not the wall
// clock, so an offline profile or the demo keeps what it was given. A week of one-minute samples
// of the whole 2028 fleet would already be 3.6 billion rows: samples are kept briefly.
struct UsageRetention
{
    int recentDays = 7;
    int nodeHourDays = 30;
    int historyDays = 366;
};

struct UsagePruneReport
{
    qint64 recentCutoffMs = 0;   // kept from here on: samples, 5-minute buckets
    qint64 nodeHourCutoffMs = 0; // node hours
    qint64 historyCutoffMs = 0;  // other hours, days, Slurm jobs
    int samples = 0;             // rows deleted
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
    // `connection`, when given, is a worker connection of `store` that prune() writes on and
    // referenceMs() reads (an importer on its worker thread); else the store's own.
    explicit UsageMaintenance(Store &store, const QSqlDatabase &connection = {})
        : m_store(store), m_connection(connection)
    {
    }

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
    // The end of the newest telemetry (UsageRepository::latestBucketMs and its 5 minutes),
    // bounded by the wall clock: prune's default reference. 0 when there is no telemetry.
    qint64 referenceMs() const;
    static qint64 referenceMs(QSqlDatabase &db);
    // The prune inside a transaction someone else holds; names the tables it changed.
    static bool pruneIn(QSqlDatabase &db, qint64 referenceMs, const UsageRetention &retention,
                        UsagePruneReport *report, QSet<QString> *changed, QString *error);

    // The rebuild inside a transaction someone else holds, on prepared tables (the importer
    // rebuilds what a correction touched in the import's own transaction). The range is widened
    // to whole 5-minute buckets but not clamped: the caller has just written samples there, so
    // the oldest day with samples (rebuild's clamp, a seek per device) cannot cut into it.
    static bool rebuildIn(const UsageScopeMap &map, UsageSampleTable &samples,
                          UsageRollupTable &rollups, qint64 fromMs, qint64 toMs,
                          UsageRebuildReport *report, QString *error);

private:
    // [fromMs, toMs) widened to whole 5-minute buckets and clamped to the days with samples
    // (empty when there are none).
    static bool clampRange(QSqlDatabase &db, qint64 fromMs, qint64 toMs, qint64 *from, qint64 *to,
                           QString *error);
    // The cells of the GPUs (node index, GPU index) in [first, last) over [from, to).
    static bool gather(UsageSampleTable &samples, QPair<int, int> first, QPair<int, int> last,
                       qint64 from, qint64 to, UsageCells *cells, qint64 *readings, QString *error);
    // The 5-minute buckets of [from, to) from the cells, then the hours and days over them.
    static bool writeTiers(UsageRollupTable &rollups, const UsageCells &cells, qint64 from,
                           qint64 to, UsageRebuildReport *report, QString *error);

    Store &m_store;
    QSqlDatabase m_connection;
};

} // namespace gpudesk
