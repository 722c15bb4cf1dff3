// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SqliteStatement.h"
#include "store/UsageCells.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <vector>

namespace gpudesk {

class UsageScopeMap;

// A rollup row with its series resolved: one row of usage_rollups.
struct UsageSeriesRow
{
    qint64 series = 0;
    UsageTier tier = UsageTier::FiveMinutes;
    qint64 bucket = 0;
    UsageAggregate value;
};

// usage_series and usage_rollups inside one write transaction: resolves (scope, entity) to a
// series id, creating the series when it is new, and adds, replaces or reads rows. Writes go in
// key order, so the B-tree is walked forwards rather than at random.
class UsageRollupTable final
{
    Q_DISABLE_COPY_MOVE(UsageRollupTable)

public:
    UsageRollupTable(const QSqlDatabase &db, const UsageScopeMap &map);

    bool prepare(QString *error);

    // The rows with their series ids (creating series), sorted by (series, tier, bucket).
    bool resolve(const UsageRows &rows, std::vector<UsageSeriesRow> *out, QString *error);
    // Adds each row into the stored bucket of the same key (n, sums, seconds add; min and max
    // widen), creating the bucket when it is new.
    bool add(const std::vector<UsageSeriesRow> &rows, QString *error);
    // Writes rows that are not stored yet (a new series' history).
    bool insert(const std::vector<UsageSeriesRow> &rows, QString *error);
    // Deletes every series' buckets of `tier` starting in [from, to) and writes rows instead.
    bool replace(UsageTier tier, qint64 from, qint64 to, const std::vector<UsageSeriesRow> &rows,
                 QString *error);
    // Every series' buckets of `tier` starting in [from, to).
    bool read(UsageTier tier, qint64 from, qint64 to, std::vector<UsageSeriesRow> *out,
              QString *error);

private:
    bool seriesId(UsageScope scope, int entity, qint64 *id, QString *error);
    void bindValue(sqlite3_stmt *st, const UsageSeriesRow &row) const;

    QSqlDatabase m_db;
    const UsageScopeMap &m_map;
    sqlite3 *m_handle = nullptr;
    QHash<QPair<int, QString>, qint64> m_known; // (scope, scope id) -> series id
    QList<QList<qint64>> m_ids;                 // per scope, per entity: id or 0
    SqliteStatement m_insertSeries;
    SqliteStatement m_add;
    SqliteStatement m_insert;
    SqliteStatement m_delete;
    SqliteStatement m_read;
};

} // namespace gpudesk
