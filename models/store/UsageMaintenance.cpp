// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageMaintenance.h"

#include "domain/TimeFormat.h"
#include "domain/Usage.h"
#include "store/Store.h"
#include "store/UsageCells.h"
#include "store/UsageRepository.h"
#include "store/UsageRollupTable.h"
#include "store/UsageSampleTable.h"
#include "store/UsageScopeMap.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// (node, GPU) bounds for gather(): every GPU.
constexpr QPair<int, int> kFirstGpu{std::numeric_limits<int>::min(), 0};
constexpr QPair<int, int> kPastLastGpu{std::numeric_limits<int>::max(), 0};

// The buckets of `upper` over [outerFrom, outerTo), the whole buckets around the range
// [innerFrom, innerTo) whose buckets of the tier below are `inner` (just made, in memory): the
// parts of the outer range outside it are read from the stored buckets of the tier below.
bool rollUp(UsageRollupTable &rollups, const std::vector<UsageSeriesRow> &inner, UsageTier lower,
            UsageTier upper, qint64 innerFrom, qint64 innerTo, qint64 outerFrom, qint64 outerTo,
            std::vector<UsageSeriesRow> *out, QString *error)
{
    std::vector<UsageSeriesRow> before, after;
    if (!rollups.read(lower, outerFrom, innerFrom, &before, error) ||
        !rollups.read(lower, innerTo, outerTo, &after, error))
        return false;
    QHash<QPair<qint64, qint64>, qsizetype> index; // (series, bucket) -> position in out
    index.reserve(qsizetype(inner.size() / 8 + before.size() + after.size()));
    out->clear();
    qint64 lastSeries = -1;
    qint64 lastBucket = -1;
    qsizetype last = -1;
    const std::vector<UsageSeriesRow> *parts[] = {&before, &inner, &after};
    for (const std::vector<UsageSeriesRow> *rows : parts) {
        for (const UsageSeriesRow &row : *rows) {
            const qint64 bucket = usageBucketStart(upper, row.bucket);
            // Rows come series by series in time order: usually the bucket of the last one.
            if (row.series != lastSeries || bucket != lastBucket) {
                const auto it = index.constFind({row.series, bucket});
                if (it != index.cend()) {
                    last = it.value();
                } else {
                    last = qsizetype(out->size());
                    index.insert({row.series, bucket}, last);
                    out->push_back({row.series, upper, bucket, UsageAggregate()});
                }
                lastSeries = row.series;
                lastBucket = bucket;
            }
            (*out)[size_t(last)].value.merge(row.value);
        }
    }
    std::sort(out->begin(), out->end(), [](const UsageSeriesRow &a, const UsageSeriesRow &b) {
        return a.series != b.series ? a.series < b.series : a.bucket < b.bucket;
    });
    return rollups.replace(upper, outerFrom, outerTo, *out, error);
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

bool UsageMaintenance::clampRange(QSqlDatabase &db, qint64 fromMs, qint64 toMs, qint64 *from,
                                  qint64 *to, QString *error)
{
    const qint64 oldest = oldestSampleDay(db, error);
    if (oldest == -2)
        return false;
    *from = usageBucketStart(UsageTier::FiveMinutes, fromMs);
    *to = usageBucketCeil(UsageTier::FiveMinutes, toMs);
    if (oldest >= 0)
        *from = qMax(*from, oldest);
    else
        *to = *from; // no samples: nothing to rebuild
    *to = qMax(*from, *to);
    return true;
}

bool UsageMaintenance::gather(UsageSampleTable &samples, QPair<int, int> first,
                              QPair<int, int> last, qint64 from, qint64 to, UsageCells *cells,
                              qint64 *readings, QString *error)
{
    // Whole GPUs only: a GPU's MIG instances are combined moment by moment.
    QList<const UsageDevice *> devices;
    for (const UsageDevice &d : samples.devices()) {
        const QPair<int, int> gpu{d.node, d.gpu};
        if (first <= gpu && gpu < last)
            devices.append(&d);
    }
    return readGpuReadings(
        samples, devices, from, to,
        [&](const UsageDevice &gpu, qint64 ts, const GpuReading &r) {
            cells->add(gpu.node, ts, r);
            ++*readings;
        },
        error);
}

bool UsageMaintenance::writeTiers(UsageRollupTable &rollups, const UsageCells &cells, qint64 from,
                                  qint64 to, UsageRebuildReport *report, QString *error)
{
    std::vector<UsageSeriesRow> fiveMinutes, hours, days;
    if (!rollups.resolve(cells.rows(true, false, false), &fiveMinutes, error) ||
        !rollups.replace(UsageTier::FiveMinutes, from, to, fiveMinutes, error))
        return false;
    // Hours and days from the buckets below: those just made in memory, the stored ones only for
    // the edges of hours and days the range cuts into.
    const qint64 hourFrom = usageBucketStart(UsageTier::Hour, from);
    const qint64 hourTo = usageBucketCeil(UsageTier::Hour, to);
    const qint64 dayFrom = usageBucketStart(UsageTier::Day, from);
    const qint64 dayTo = usageBucketCeil(UsageTier::Day, to);
    if (!rollUp(rollups, fiveMinutes, UsageTier::FiveMinutes, UsageTier::Hour, from, to, hourFrom,
                hourTo, &hours, error) ||
        !rollUp(rollups, hours, UsageTier::Hour, UsageTier::Day, hourFrom, hourTo, dayFrom, dayTo,
                &days, error))
        return false;
    report->rollupRows += int(fiveMinutes.size() + hours.size() + days.size());
    return true;
}

bool UsageMaintenance::rebuildIn(const UsageScopeMap &map, UsageSampleTable &samples,
                                 UsageRollupTable &rollups, qint64 fromMs, qint64 toMs,
                                 UsageRebuildReport *report, QString *error)
{
    const qint64 from = usageBucketStart(UsageTier::FiveMinutes, fromMs);
    const qint64 to = qMax(from, usageBucketCeil(UsageTier::FiveMinutes, toMs));
    report->fromMs = from;
    report->toMs = to;
    if (from >= to)
        return true;
    UsageCells cells(map);
    return gather(samples, kFirstGpu, kPastLastGpu, from, to, &cells, &report->samples, error) &&
           writeTiers(rollups, cells, from, to, report, error);
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
            qint64 from = 0, to = 0;
            if (!samples.prepare(err) || !rollups.prepare(err) ||
                !clampRange(db, fromMs, toMs, &from, &to, err))
                return false;
            result.fromMs = from;
            result.toMs = to;
            if (from >= to)
                return true;
            // Clearing the range first takes the write lock, so nothing can commit samples
            // while a second connection reads half of the devices beside this one: both see
            // the same samples, read on two cores.
            if (!rollups.replace(UsageTier::FiveMinutes, from, to, {}, err))
                return false;
            // Split at a GPU in the middle of the devices.
            QList<QPair<int, int>> gpus;
            for (const UsageDevice &d : samples.devices())
                gpus.append({d.node, d.gpu});
            std::sort(gpus.begin(), gpus.end());
            const QPair<int, int> half = gpus.isEmpty() ? kFirstGpu : gpus[gpus.size() / 2];
            UsageCells mine(map), theirs(map);
            qint64 theirReadings = 0;
            QString theirError;
            bool theirOk = false;
            std::unique_ptr<QThread> worker(QThread::create([&] {
                m_store.withWorkerConnection(u"usage-rebuild"_s, [&](QSqlDatabase &other) {
                    UsageSampleTable otherSamples(other, &map);
                    theirOk = other.isOpen() && other.transaction() &&
                              otherSamples.prepare(&theirError) &&
                              gather(otherSamples, half, kPastLastGpu, from, to, &theirs,
                                     &theirReadings, &theirError);
                    if (other.isOpen())
                        other.rollback();
                    if (!other.isOpen())
                        theirError = other.lastError().text();
                });
            }));
            worker->start();
            const bool mineOk =
                gather(samples, kFirstGpu, half, from, to, &mine, &result.samples, err);
            worker->wait();
            if (!mineOk)
                return false;
            if (!theirOk) {
                *err = theirError;
                return false;
            }
            mine.merge(theirs);
            result.samples += theirReadings;
            if (!writeTiers(rollups, mine, from, to, &result, err))
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
    QSqlDatabase db = m_connection.isValid() ? m_connection : m_store.db();
    return referenceMs(db);
}

qint64 UsageMaintenance::referenceMs(QSqlDatabase &db)
{
    const qint64 latest = UsageRepository::latestBucketMs(db);
    if (latest == 0)
        return 0;
    return qMin(latest + usageTierLengthMs(UsageTier::FiveMinutes), Store::nowMs());
}

bool UsageMaintenance::pruneIn(QSqlDatabase &db, qint64 referenceMs,
                               const UsageRetention &retention, UsagePruneReport *report,
                               QSet<QString> *changed, QString *error)
{
    UsagePruneReport result;
    const QDate today = displayDate(referenceMs);
    result.recentCutoffMs = startOfDay(today.addDays(1 - qMax(1, retention.recentDays)));
    result.nodeHourCutoffMs =
        startOfDay(today.addDays(1 - qMax(retention.recentDays, retention.nodeHourDays)));
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
        !run(u"DELETE FROM usage_rollups WHERE tier = 0 AND bucket < ?"_s, result.recentCutoffMs,
             &result.rollups) ||
        !run(u"DELETE FROM usage_rollups WHERE tier = 1 AND bucket < ? AND series IN ("
             "SELECT id FROM usage_series WHERE scope = 'node')"_s,
             result.nodeHourCutoffMs, &result.rollups) ||
        !run(u"DELETE FROM usage_rollups WHERE tier = 1 AND bucket < ?"_s, result.historyCutoffMs,
             &result.rollups) ||
        !run(u"DELETE FROM usage_rollups WHERE tier = 2 AND bucket < ?"_s, result.historyCutoffMs,
             &result.rollups) ||
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
    const bool ok = m_store.writeOn(
        m_connection,
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
