// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageRepository.h"

#include "domain/TimeFormat.h"
#include "store/SlurmJobRepository.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "store/UsageSampleTable.h"
#include "telemetry/UsageAggregate.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// The rollup columns of one metric, in UsageMetric order.
const char16_t *const kMetricColumns[usageMetricCount] = {
    u"util_n, util_min, util_max, util_sum", u"engine_n, engine_min, engine_max, engine_sum",
    u"fb_n, fb_min, fb_max, fb_sum", u"power_n, power_min, power_max, power_sum"};

void cut(int level, qint64 from, qint64 to, QList<UsageRepository::Piece> *out)
{
    static constexpr UsageTier tiers[] = {UsageTier::Day, UsageTier::Hour, UsageTier::FiveMinutes};
    if (from >= to)
        return;
    const UsageTier tier = tiers[level];
    if (tier == UsageTier::FiveMinutes) {
        out->append({tier, from, to});
        return;
    }
    const qint64 first = usageBucketCeil(tier, from);
    const qint64 last = usageBucketStart(tier, to);
    if (first >= last) {
        cut(level + 1, from, to, out);
        return;
    }
    cut(level + 1, from, first, out);
    out->append({tier, first, last});
    cut(level + 1, last, to, out);
}

// "NODE_ID:GPU_INDEX" -> node id and index.
bool splitGpuId(const QString &scopeId, QString *node, int *gpu)
{
    const qsizetype colon = scopeId.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *gpu = scopeId.mid(colon + 1).toInt(&ok);
    *node = scopeId.left(colon);
    return ok && *gpu >= 0;
}

} // namespace

QList<UsageRepository::Piece> UsageRepository::pieces(qint64 fromMs, qint64 toMs)
{
    QList<Piece> out;
    cut(0, fromMs, toMs, &out);
    return out;
}

bool UsageRepository::seriesId(UsageScope scope, const QString &scopeId, qint64 *id, QString *error)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM usage_series WHERE scope = ? AND scope_id = ?"_s);
    q.addBindValue(usageScopeKey(scope));
    q.addBindValue(scopeId.isNull() ? u""_s : scopeId);
    if (!q.exec()) {
        *error = tr("The usage figures could not be read: %1").arg(q.lastError().text());
        return false;
    }
    *id = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool UsageRepository::series(const UsageQuery &query, UsageSeries *out, QString *error)
{
    out->query = query;
    out->buckets.clear();
    if (query.toMs <= query.fromMs)
        return true;
    if (query.scope == UsageScope::Gpu)
        return gpuSeries(query, out, error);
    qint64 id = 0;
    if (!seriesId(query.scope, query.scopeId, &id, error))
        return false;
    if (id == 0)
        return true;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT bucket, seconds, busy_seconds, %1 FROM usage_rollups "
              "WHERE series = ? AND tier = ? AND bucket >= ? AND bucket < ? ORDER BY bucket"_s.arg(
                  QString::fromUtf16(kMetricColumns[int(query.metric)])));
    q.addBindValue(id);
    q.addBindValue(int(query.tier));
    q.addBindValue(query.fromMs);
    q.addBindValue(query.toMs);
    if (!q.exec()) {
        *error = tr("The usage figures could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        UsageBucket b;
        b.startMs = q.value(0).toLongLong();
        b.seconds = q.value(1).toDouble();
        b.busySeconds = q.value(2).toDouble();
        b.n = q.value(3).toLongLong();
        b.min = q.value(4).toDouble();
        b.max = q.value(5).toDouble();
        b.sum = q.value(6).toDouble();
        // A bucket with busy time but none of this metric still has data (the busy figures).
        if (b.n > 0 || b.seconds > 0)
            out->buckets.append(b);
    }
    return true;
}

bool UsageRepository::gpuSeries(const UsageQuery &query, UsageSeries *out, QString *error)
{
    QString node;
    int gpu = 0;
    if (!splitGpuId(query.scopeId, &node, &gpu)) {
        *error = tr("%1 does not name a GPU: expected NODE:INDEX.").arg(query.scopeId);
        return false;
    }
    QSqlDatabase db = m_store.db();
    UsageSampleTable table(db, nullptr);
    QList<UsageDevice> devices;
    if (!table.prepare(error) || !table.devicesOf(node, gpu, &devices, error))
        return false;
    QList<const UsageDevice *> pointers;
    for (const UsageDevice &d : devices)
        pointers.append(&d);
    // Whole buckets that start in the range: their readings, to the end of the last one.
    const qint64 from = usageBucketCeil(query.tier, query.fromMs);
    const qint64 to = usageBucketCeil(query.tier, query.toMs);
    QMap<qint64, UsageAggregate> buckets;
    qint64 lastBucket = -1;
    UsageAggregate *last = nullptr;
    if (!readGpuReadings(
            table, pointers, from, to,
            [&](const UsageDevice &, qint64 ts, const GpuReading &r) {
                const qint64 bucket = usageBucketStart(query.tier, ts);
                if (!last || bucket != lastBucket) {
                    last = &buckets[bucket];
                    lastBucket = bucket;
                }
                last->add(r);
            },
            error))
        return false;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const UsageBucket b = it.value().bucket(query.metric, it.key());
        if (b.n > 0 || b.seconds > 0)
            out->buckets.append(b);
    }
    return true;
}

bool UsageRepository::totals(UsageScope scope, qint64 fromMs, qint64 toMs,
                             QHash<QString, UsageTotals> *out, QString *error)
{
    out->clear();
    if (toMs <= fromMs)
        return true;
    if (scope == UsageScope::Gpu)
        return gpuTotals(fromMs, toMs, out, error);
    // Every series of the period's range in usage_rollups_time, summed per series here: the
    // index carries the busy figures, so no row of the table itself is read. Named, because
    // the planner would rather seek each series of the scope by the key (scattered pages).
    SqliteStatement st;
    if (!st.prepare(
            sqliteHandle(m_store.db()),
            "SELECT series, seconds, busy_seconds FROM usage_rollups "
            "INDEXED BY usage_rollups_time WHERE tier = ?1 AND bucket >= ?2 AND bucket < ?3 "
            "AND series IN (SELECT id FROM usage_series WHERE scope = ?4)",
            error)) {
        *error = tr("The usage figures could not be read: %1").arg(*error);
        return false;
    }
    const QByteArray key = usageScopeKey(scope).toUtf8();
    QHash<qint64, UsageTotals> bySeries;
    for (const Piece &piece : pieces(fromMs, toMs)) {
        sqlite3_bind_int(st, 1, int(piece.tier));
        sqlite3_bind_int64(st, 2, piece.fromMs);
        sqlite3_bind_int64(st, 3, piece.toMs);
        sqlite3_bind_text(st, 4, key.constData(), int(key.size()), SQLITE_STATIC);
        int rc;
        qint64 lastSeries = -1;
        UsageTotals *last = nullptr;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const qint64 series = sqlite3_column_int64(st, 0);
            if (series != lastSeries) {
                last = &bySeries[series];
                lastSeries = series;
            }
            last->seconds += sqlite3_column_double(st, 1);
            last->busySeconds += sqlite3_column_double(st, 2);
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            *error = tr("The usage figures could not be read: %1").arg(st.lastError());
            return false;
        }
    }
    if (bySeries.isEmpty())
        return true;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, scope_id FROM usage_series WHERE scope = ?"_s);
    q.addBindValue(usageScopeKey(scope));
    if (!q.exec()) {
        *error = tr("The usage figures could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const auto it = bySeries.constFind(q.value(0).toLongLong());
        if (it != bySeries.cend())
            out->insert(q.value(1).toString(), it.value());
    }
    return true;
}

bool UsageRepository::gpuTotals(qint64 fromMs, qint64 toMs, QHash<QString, UsageTotals> *out,
                                QString *error)
{
    QSqlDatabase db = m_store.db();
    UsageSampleTable table(db, nullptr);
    QList<UsageDevice> devices;
    if (!table.prepare(error) || !table.allDevices(&devices, error))
        return false;
    QList<const UsageDevice *> pointers;
    for (const UsageDevice &d : devices)
        pointers.append(&d);
    const UsageDevice *lastGpu = nullptr;
    UsageTotals *last = nullptr;
    return readGpuReadings(
        table, pointers, usageBucketCeil(UsageTier::FiveMinutes, fromMs),
        usageBucketCeil(UsageTier::FiveMinutes, toMs),
        [&](const UsageDevice &gpu, qint64, const GpuReading &r) {
            if (&gpu != lastGpu) {
                last = &(*out)[gpu.nodeId + u':' + QString::number(gpu.gpu)];
                lastGpu = &gpu;
            }
            UsageAggregate one;
            one.add(r);
            last->seconds += one.seconds;
            last->busySeconds += one.busySeconds;
        },
        error);
}

bool UsageRepository::busyDays(const QString &applicationId, QDate from, QDate to,
                               QList<BusyDay> *out, QString *error)
{
    out->clear();
    if (!from.isValid() || !to.isValid() || to < from)
        return true;
    const qint64 fromMs = startOfDay(from);
    const qint64 toMs = startOfDay(to.addDays(1));
    QMap<QDate, BusyDay> days;

    qint64 id = 0;
    if (!seriesId(UsageScope::Project, applicationId, &id, error))
        return false;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (id > 0) {
        q.prepare(u"SELECT bucket, seconds, busy_seconds, engine_n, util_busy_n "
                  "FROM usage_rollups WHERE series = ? AND tier = ? AND bucket >= ? "
                  "AND bucket < ?"_s);
        q.addBindValue(id);
        q.addBindValue(int(UsageTier::Day));
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec()) {
            *error = tr("The usage figures could not be read: %1").arg(q.lastError().text());
            return false;
        }
        while (q.next()) {
            if (q.value(1).toDouble() <= 0)
                continue; // no busy reading that day
            const QDate day = displayDate(q.value(0).toLongLong());
            BusyDay &d = days[day];
            d.day = day;
            d.busyGpuSeconds = q.value(2).toDouble();
            const bool engine = q.value(3).toLongLong() > 0;
            const bool util = q.value(4).toLongLong() > 0;
            d.source = engine && util ? BusySource::Mixed
                       : util         ? BusySource::GpuUtil
                                      : BusySource::EngineActive;
        }
    }

    // Allocated GPU-seconds: every window of the project's grants (the used part of a released
    // one too) cut into Seoul days, times the node's GPUs.
    q.prepare(u"SELECT al.starts_at, al.ends_at, n.accelerator_count FROM allocations al "
              "JOIN grants g ON g.id = al.grant_id JOIN nodes n ON n.id = al.node_id "
              "WHERE g.application_id = ? AND al.deleted = 0 AND g.deleted = 0 "
              "AND al.starts_at < ? AND al.ends_at > ?"_s);
    q.addBindValue(applicationId);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    if (!q.exec()) {
        *error = tr("The allocations could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const qint64 start = qMax(fromMs, q.value(0).toLongLong());
        const qint64 end = qMin(toMs, q.value(1).toLongLong());
        const int gpus = q.value(2).toInt();
        for (qint64 t = start; t < end;) {
            const qint64 dayEnd = usageBucketEnd(UsageTier::Day, t);
            const qint64 until = qMin(dayEnd, end);
            const QDate day = displayDate(t);
            BusyDay &d = days[day];
            d.day = day;
            d.allocatedGpuSeconds += double(until - t) / 1000.0 * gpus;
            t = until;
        }
    }
    *out = days.values();
    return true;
}

qint64 UsageRepository::latestSampleMs()
{
    return latestBucketMs(m_store.db());
}

qint64 UsageRepository::latestBucketMs(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT max(r.bucket) FROM usage_series s JOIN usage_rollups r "
              "ON r.series = s.id AND r.tier = ? WHERE s.scope = ? AND s.scope_id = ''"_s);
    q.addBindValue(int(UsageTier::FiveMinutes));
    q.addBindValue(usageScopeKey(UsageScope::Fleet));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 0;
    return q.value(0).toLongLong();
}

bool UsageRepository::jobGpuHours(qint64 fromMs, qint64 toMs, QHash<QString, double> *out,
                                  QString *error)
{
    return SlurmJobRepository(m_store).gpuHoursByProject(fromMs, toMs, out, error);
}

} // namespace gpudesk
