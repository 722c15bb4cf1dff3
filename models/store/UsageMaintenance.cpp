// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageMaintenance.h"

#include "domain/TimeFormat.h"
#include "domain/Usage.h"
#include "store/Store.h"
#include "store/UsageCells.h"
#include "store/UsageRollupTable.h"
#include "store/UsageSampleTable.h"
#include "store/UsageScopeMap.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// The buckets of `upper` over [from, to), merged from the stored buckets of the tier below.
bool rollUp(UsageRollupTable &rollups, UsageTier lower, UsageTier upper, qint64 from, qint64 to,
            int *written, QString *error)
{
    std::vector<UsageSeriesRow> rows;
    if (!rollups.read(lower, from, to, &rows, error))
        return false;
    QHash<QPair<qint64, qint64>, int> index; // (series, bucket) -> position in merged
    std::vector<UsageSeriesRow> merged;
    for (const UsageSeriesRow &row : rows) {
        const qint64 bucket = usageBucketStart(upper, row.bucket);
        const auto it = index.constFind({row.series, bucket});
        if (it != index.cend()) {
            merged[size_t(it.value())].value.merge(row.value);
            continue;
        }
        index.insert({row.series, bucket}, int(merged.size()));
        merged.push_back({row.series, upper, bucket, row.value});
    }
    std::sort(merged.begin(), merged.end(), [](const UsageSeriesRow &a, const UsageSeriesRow &b) {
        return a.series != b.series ? a.series < b.series : a.bucket < b.bucket;
    });
    *written += int(merged.size());
    return rollups.replace(upper, from, to, merged, error);
}

// The start of the oldest Seoul day that has samples, or -1 when there are none. One seek per
// device: the samples' key leads with the device.
qint64 oldestSampleDay(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT min((SELECT min(ts) FROM usage_samples WHERE device = d.id)) "
                "FROM usage_devices d"_s) ||
        !q.next()) {
        *error = q.lastError().text();
        return -2;
    }
    return q.value(0).isNull() ? -1 : usageBucketStart(UsageTier::Day, q.value(0).toLongLong());
}

} // namespace

bool UsageMaintenance::rebuildIn(QSqlDatabase &db, const UsageScopeMap &map,
                                 UsageSampleTable &samples, UsageRollupTable &rollups,
                                 qint64 fromMs, qint64 toMs, UsageRebuildReport *report,
                                 QString *error)
{
    const qint64 oldest = oldestSampleDay(db, error);
    if (oldest == -2)
        return false;
    qint64 from = usageBucketStart(UsageTier::FiveMinutes, fromMs);
    const qint64 to = usageBucketCeil(UsageTier::FiveMinutes, toMs);
    if (oldest >= 0)
        from = qMax(from, oldest);
    report->fromMs = from;
    report->toMs = qMax(from, to);
    if (oldest < 0 || from >= to)
        return true;

    UsageCells cells(map);
    QList<const UsageDevice *> devices;
    for (const UsageDevice &d : samples.devices())
        devices.append(&d);
    qint64 readings = 0;
    if (!readGpuReadings(
            samples, devices, from, to,
            [&](const UsageDevice &gpu, qint64 ts, const GpuReading &r) {
                cells.add(gpu.node, ts, r);
                ++readings;
            },
            error))
        return false;
    report->samples += readings;

    std::vector<UsageSeriesRow> rows;
    if (!rollups.resolve(cells.rows(true, false, false), &rows, error) ||
        !rollups.replace(UsageTier::FiveMinutes, from, to, rows, error))
        return false;
    report->rollupRows += int(rows.size());
    const qint64 hourFrom = usageBucketStart(UsageTier::Hour, from);
    const qint64 hourTo = usageBucketCeil(UsageTier::Hour, to);
    const qint64 dayFrom = usageBucketStart(UsageTier::Day, from);
    const qint64 dayTo = usageBucketCeil(UsageTier::Day, to);
    return rollUp(rollups, UsageTier::FiveMinutes, UsageTier::Hour, hourFrom, hourTo,
                  &report->rollupRows, error) &&
           rollUp(rollups, UsageTier::Hour, UsageTier::Day, dayFrom, dayTo, &report->rollupRows,
                  error);
}

bool UsageMaintenance::rebuild(qint64 fromMs, qint64 toMs, UsageRebuildReport *report,
                               QString *error)
{
    UsageScopeMap map;
    if (!map.load(m_store, error))
        return false;
    UsageRebuildReport result;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            UsageSampleTable samples(db, &map);
            UsageRollupTable rollups(db, map);
            if (!samples.prepare(err) || !rollups.prepare(err) ||
                !rebuildIn(db, map, samples, rollups, fromMs, toMs, &result, err))
                return false;
            changed.insert(u"usage_rollups"_s);
            return true;
        },
        error, Store::Capture::Uncaptured);
    if (!ok) {
        *error = tr("The usage figures could not be rebuilt: %1. Nothing was changed.").arg(*error);
        return false;
    }
    *report = result;
    return true;
}

qint64 UsageMaintenance::referenceMs() const
{
    QSqlDatabase db = m_store.db();
    return referenceMs(db);
}

qint64 UsageMaintenance::referenceMs(QSqlDatabase &db)
{
    // The newest 5-minute bucket of the fleet stands for the newest telemetry.
    QSqlQuery q(db);
    if (!q.exec(u"SELECT max(r.bucket) FROM usage_series s JOIN usage_rollups r "
                "ON r.series = s.id AND r.tier = 0 WHERE s.scope = 'fleet'"_s) ||
        !q.next() || q.value(0).isNull())
        return 0;
    return qMin(q.value(0).toLongLong() + usageTierLengthMs(UsageTier::FiveMinutes),
                Store::nowMs());
}

bool UsageMaintenance::pruneIn(QSqlDatabase &db, qint64 referenceMs,
                               const UsageRetention &retention, UsagePruneReport *report,
                               QSet<QString> *changed, QString *error)
{
    UsagePruneReport result;
    const QDate today = displayDate(referenceMs);
    result.recentCutoffMs = startOfDay(today.addDays(1 - qMax(1, retention.recentDays)));
    result.historyCutoffMs = startOfDay(today.addDays(1 - qMax(1, retention.historyDays)));
    QSqlQuery q(db);
    const auto run = [&](const QString &sql, qint64 cutoff, int *count) {
        q.prepare(sql);
        q.addBindValue(cutoff);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        *count += q.numRowsAffected();
        return true;
    };
    // Each statement seeks per device or series (the keys lead with them) instead of scanning.
    if (!run(u"DELETE FROM usage_samples WHERE device IN (SELECT id FROM usage_devices) "
             "AND ts < ?"_s,
             result.recentCutoffMs, &result.samples) ||
        !run(u"DELETE FROM usage_rollups WHERE series IN (SELECT id FROM usage_series) "
             "AND tier = 0 AND bucket < ?"_s,
             result.recentCutoffMs, &result.rollups) ||
        !run(u"DELETE FROM usage_rollups WHERE series IN (SELECT id FROM usage_series "
             "WHERE scope = 'node') AND tier = 1 AND bucket < ?"_s,
             result.recentCutoffMs, &result.rollups) ||
        !run(u"DELETE FROM usage_rollups WHERE series IN (SELECT id FROM usage_series) "
             "AND tier IN (1, 2) AND bucket < ?"_s,
             result.historyCutoffMs, &result.rollups) ||
        !run(u"DELETE FROM slurm_jobs WHERE coalesce(end_at, start_at) < ?"_s,
             result.historyCutoffMs, &result.jobs))
        return false;
    if (result.samples > 0)
        changed->insert(u"usage_samples"_s);
    if (result.rollups > 0)
        changed->insert(u"usage_rollups"_s);
    if (result.jobs > 0)
        changed->insert(u"slurm_jobs"_s);
    *report = result;
    return true;
}

bool UsageMaintenance::prune(qint64 referenceMs, const UsageRetention &retention,
                             UsagePruneReport *report, QString *error)
{
    UsagePruneReport result;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            return pruneIn(db, referenceMs, retention, &result, &changed, err);
        },
        error, Store::Capture::Uncaptured);
    if (!ok) {
        *error = tr("Old usage figures could not be removed: %1. Nothing was changed.").arg(*error);
        return false;
    }
    *report = result;
    return true;
}

} // namespace gpudesk
