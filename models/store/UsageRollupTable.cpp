// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageRollupTable.h"

#include "store/UsageScopeMap.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

// The value columns, in the order of UsageAggregate: busy figures, then per metric (in
// UsageMetric order) n, min, max, sum.
constexpr const char *kValueColumns =
    "seconds, busy_seconds, util_busy_n, util_n, util_min, util_max, util_sum, engine_n, "
    "engine_min, engine_max, engine_sum, fb_n, fb_min, fb_max, fb_sum, power_n, power_min, "
    "power_max, power_sum";

// Adding into a stored bucket: SQLite's two-argument min() and max() are NULL when either side
// is, so a side without readings (NULL) must not win.
constexpr const char *kAddSql =
    "INSERT INTO usage_rollups (series, tier, bucket, seconds, busy_seconds, util_busy_n, "
    "util_n, util_min, util_max, util_sum, engine_n, engine_min, engine_max, engine_sum, fb_n, "
    "fb_min, fb_max, fb_sum, power_n, power_min, power_max, power_sum) VALUES (?1, ?2, ?3, ?4, "
    "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) "
    "ON CONFLICT (series, tier, bucket) DO UPDATE SET "
    "seconds = seconds + excluded.seconds, busy_seconds = busy_seconds + excluded.busy_seconds, "
    "util_busy_n = util_busy_n + excluded.util_busy_n, "
    "util_n = util_n + excluded.util_n, "
    "util_min = coalesce(min(util_min, excluded.util_min), util_min, excluded.util_min), "
    "util_max = coalesce(max(util_max, excluded.util_max), util_max, excluded.util_max), "
    "util_sum = util_sum + excluded.util_sum, "
    "engine_n = engine_n + excluded.engine_n, "
    "engine_min = coalesce(min(engine_min, excluded.engine_min), engine_min, excluded.engine_min), "
    "engine_max = coalesce(max(engine_max, excluded.engine_max), engine_max, excluded.engine_max), "
    "engine_sum = engine_sum + excluded.engine_sum, "
    "fb_n = fb_n + excluded.fb_n, "
    "fb_min = coalesce(min(fb_min, excluded.fb_min), fb_min, excluded.fb_min), "
    "fb_max = coalesce(max(fb_max, excluded.fb_max), fb_max, excluded.fb_max), "
    "fb_sum = fb_sum + excluded.fb_sum, "
    "power_n = power_n + excluded.power_n, "
    "power_min = coalesce(min(power_min, excluded.power_min), power_min, excluded.power_min), "
    "power_max = coalesce(max(power_max, excluded.power_max), power_max, excluded.power_max), "
    "power_sum = power_sum + excluded.power_sum";

constexpr const char *kInsertSql =
    "INSERT INTO usage_rollups (series, tier, bucket, seconds, busy_seconds, util_busy_n, "
    "util_n, util_min, util_max, util_sum, engine_n, engine_min, engine_max, engine_sum, fb_n, "
    "fb_min, fb_max, fb_sum, power_n, power_min, power_max, power_sum) VALUES (?1, ?2, ?3, ?4, "
    "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

// Every series over a range: one range of usage_rollups_time.
constexpr const char *kDeleteSql =
    "DELETE FROM usage_rollups WHERE tier = ?1 AND bucket >= ?2 AND bucket < ?3";

// Reads the value columns (kValueColumns) of a row, starting at column `first`.
void readValue(sqlite3_stmt *st, int first, UsageAggregate *out)
{
    out->seconds = sqlite3_column_double(st, first);
    out->busySeconds = sqlite3_column_double(st, first + 1);
    out->utilBusyN = sqlite3_column_int64(st, first + 2);
    for (int m = 0; m < usageMetricCount; ++m) {
        const int c = first + 3 + m * 4;
        MetricStats &s = out->metric[m];
        s.n = sqlite3_column_int64(st, c);
        s.min = sqlite3_column_double(st, c + 1);
        s.max = sqlite3_column_double(st, c + 2);
        s.sum = sqlite3_column_double(st, c + 3);
    }
}

} // namespace

UsageRollupTable::UsageRollupTable(const QSqlDatabase &db, const UsageScopeMap &map)
    : m_db(db), m_map(map)
{
}

bool UsageRollupTable::prepare(QString *error)
{
    m_handle = sqliteHandle(m_db);
    const QByteArray read = QByteArray("SELECT series, bucket, ") + kValueColumns +
                            " FROM usage_rollups WHERE tier = ?1 AND bucket >= ?2 AND bucket < ?3";
    if (!m_insertSeries.prepare(
            m_handle, "INSERT INTO usage_series (scope, scope_id) VALUES (?1, ?2)", error) ||
        !m_add.prepare(m_handle, kAddSql, error) ||
        !m_insert.prepare(m_handle, kInsertSql, error) ||
        !m_delete.prepare(m_handle, kDeleteSql, error) ||
        !m_read.prepare(m_handle, read.constData(), error))
        return false;
    m_known.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, scope, scope_id FROM usage_series"_s)) {
        *error = q.lastError().text();
        return false;
    }
    QHash<QString, int> scopeByKey;
    for (int s = 0; s < usageScopeCount; ++s)
        scopeByKey.insert(usageScopeKey(UsageScope(s)), s);
    while (q.next()) {
        const int scope = scopeByKey.value(q.value(1).toString(), -1);
        if (scope >= 0)
            m_known.insert({scope, q.value(2).toString()}, q.value(0).toLongLong());
    }
    m_ids = QList<QList<qint64>>(usageScopeCount);
    for (int s = 0; s < usageScopeCount; ++s)
        m_ids[s].fill(0, m_map.entityCount(UsageScope(s)));
    return true;
}

bool UsageRollupTable::seriesId(UsageScope scope, int entity, qint64 *id, QString *error)
{
    qint64 &cached = m_ids[int(scope)][entity];
    if (cached > 0) {
        *id = cached;
        return true;
    }
    const QString scopeId = m_map.scopeId(scope, entity);
    const auto it = m_known.constFind({int(scope), scopeId});
    if (it != m_known.cend()) {
        cached = *id = it.value();
        return true;
    }
    const QByteArray key = usageScopeKey(scope).toUtf8();
    const QByteArray text = scopeId.toUtf8();
    sqlite3_bind_text(m_insertSeries, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insertSeries, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    if (!m_insertSeries.run(error))
        return false;
    cached = *id = sqlite3_last_insert_rowid(m_handle);
    m_known.insert({int(scope), scopeId}, *id);
    return true;
}

bool UsageRollupTable::resolve(const UsageRows &rows, std::vector<UsageSeriesRow> *out,
                               QString *error)
{
    // Sorted by a small key and an index, then copied once in that order: the rows themselves
    // (about 180 bytes each) are never moved by the sort.
    struct Order
    {
        qint64 series;
        qint64 bucket;
        int tier;
        int index;
    };
    std::vector<Order> order;
    order.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const UsageRowKey &key = rows[i].first;
        qint64 id = 0;
        if (!seriesId(key.scope, key.entity, &id, error))
            return false;
        order.push_back({id, key.bucket, int(key.tier), int(i)});
    }
    std::sort(order.begin(), order.end(), [](const Order &a, const Order &b) {
        if (a.series != b.series)
            return a.series < b.series;
        if (a.tier != b.tier)
            return a.tier < b.tier;
        return a.bucket < b.bucket;
    });
    out->clear();
    out->reserve(order.size());
    for (const Order &o : order)
        out->push_back({o.series, UsageTier(o.tier), o.bucket, rows[size_t(o.index)].second});
    return true;
}

void UsageRollupTable::bindValue(sqlite3_stmt *st, const UsageSeriesRow &row) const
{
    const UsageAggregate &v = row.value;
    sqlite3_bind_int64(st, 1, row.series);
    sqlite3_bind_int(st, 2, int(row.tier));
    sqlite3_bind_int64(st, 3, row.bucket);
    sqlite3_bind_double(st, 4, v.seconds);
    sqlite3_bind_double(st, 5, v.busySeconds);
    sqlite3_bind_int64(st, 6, v.utilBusyN);
    for (int m = 0; m < usageMetricCount; ++m) {
        const MetricStats &s = v.metric[m];
        const int c = 7 + m * 4;
        sqlite3_bind_int64(st, c, s.n);
        if (s.n > 0) {
            sqlite3_bind_double(st, c + 1, s.min);
            sqlite3_bind_double(st, c + 2, s.max);
        } else {
            sqlite3_bind_null(st, c + 1);
            sqlite3_bind_null(st, c + 2);
        }
        sqlite3_bind_double(st, c + 3, s.sum);
    }
}

bool UsageRollupTable::add(const std::vector<UsageSeriesRow> &rows, QString *error)
{
    for (const UsageSeriesRow &row : rows) {
        bindValue(m_add, row);
        if (!m_add.run(error))
            return false;
    }
    return true;
}

bool UsageRollupTable::insert(const std::vector<UsageSeriesRow> &rows, QString *error)
{
    for (const UsageSeriesRow &row : rows) {
        bindValue(m_insert, row);
        if (!m_insert.run(error))
            return false;
    }
    return true;
}

bool UsageRollupTable::replace(UsageTier tier, qint64 from, qint64 to,
                               const std::vector<UsageSeriesRow> &rows, QString *error)
{
    sqlite3_bind_int(m_delete, 1, int(tier));
    sqlite3_bind_int64(m_delete, 2, from);
    sqlite3_bind_int64(m_delete, 3, to);
    return m_delete.run(error) && insert(rows, error);
}

bool UsageRollupTable::read(UsageTier tier, qint64 from, qint64 to,
                            std::vector<UsageSeriesRow> *out, QString *error)
{
    out->clear();
    sqlite3_bind_int(m_read, 1, int(tier));
    sqlite3_bind_int64(m_read, 2, from);
    sqlite3_bind_int64(m_read, 3, to);
    int rc;
    while ((rc = sqlite3_step(m_read)) == SQLITE_ROW) {
        UsageSeriesRow row;
        row.series = sqlite3_column_int64(m_read, 0);
        row.tier = tier;
        row.bucket = sqlite3_column_int64(m_read, 1);
        readValue(m_read, 2, &row.value);
        out->push_back(row);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        *error = m_read.lastError();
    sqlite3_reset(m_read);
    return ok;
}

} // namespace gpudesk
