// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/UsageSource.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace gpudesk {

class Store;

// The real UsageSource: reads usage_rollups (nodes, projects, clusters, providers, pools, the
// fleet) and, for single GPUs, usage_samples, on the store's own connection. Totals over a
// period add whole days where the period has them, hours at its edges and 5-minute buckets
// inside the outermost hours, so a week is a few rows per node whatever its edges; every bucket
// counted starts inside the period. GPU series reach back as far as the samples are kept.
class UsageRepository final : public UsageSource
{
    Q_DECLARE_TR_FUNCTIONS(UsageRepository)

public:
    explicit UsageRepository(Store &store) : m_store(store) {}

    bool series(const UsageQuery &query, UsageSeries *out, QString *error) override;
    bool totals(UsageScope scope, qint64 fromMs, qint64 toMs, QHash<QString, UsageTotals> *out,
                QString *error) override;
    bool busyDays(const QString &applicationId, QDate from, QDate to, QList<BusyDay> *out,
                  QString *error) override;
    qint64 latestSampleMs() override;
    bool jobGpuHours(qint64 fromMs, qint64 toMs, QHash<QString, double> *out,
                     QString *error) override;

    // A period cut into the pieces totals() reads: whole days, then hours, then 5-minute
    // buckets at the edges; each piece is [fromMs, toMs) of one tier. Public for its tests.
    struct Piece
    {
        UsageTier tier;
        qint64 fromMs;
        qint64 toMs;
    };
    static QList<Piece> pieces(qint64 fromMs, qint64 toMs);

    // The newest telemetry: the start of the fleet's newest 5-minute bucket, 0 when there is
    // none. On any connection (the importer's worker one too); latestSampleMs() reads it.
    static qint64 latestBucketMs(const QSqlDatabase &db);

private:
    bool gpuSeries(const UsageQuery &query, UsageSeries *out, QString *error);
    bool gpuTotals(qint64 fromMs, qint64 toMs, QHash<QString, UsageTotals> *out, QString *error);
    // The series id of a stored scope, or 0 when it has none.
    bool seriesId(UsageScope scope, const QString &scopeId, qint64 *id, QString *error);

    Store &m_store;
};

} // namespace gpudesk
