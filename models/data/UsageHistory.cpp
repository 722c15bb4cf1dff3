// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/UsageHistory.h"

#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "store/UsageCells.h"
#include "store/UsageRollupTable.h"
#include "store/UsageScopeMap.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr double kTau = 6.283185307179586;

// A bucket of `gpus` GPUs read once a minute, busy by a daily rhythm of the entity's own phase.
UsageAggregate syntheticBucket(quint32 seed, qint64 start, qint64 lengthMs, int gpus)
{
    const double hour = double(((start + 9 * 3600000LL) / 3600000LL) % 24);
    const double phase = double(seed % 1000) / 1000.0 * kTau;
    const double day = double(start / 86400000LL);
    double r = 0.5 + 0.3 * std::sin(kTau * hour / 24.0 + phase) + 0.1 * std::sin(day / 7.0 + phase);
    r = std::clamp(r, 0.02, 0.98);
    const double seconds = double(gpus) * double(lengthMs) / 1000.0;
    const qint64 n = qMax<qint64>(1, qint64(seconds / 60.0));
    UsageAggregate a;
    a.seconds = seconds;
    a.busySeconds = seconds * r;
    const auto set = [&](UsageMetric m, double mean, double spread, double low, double high) {
        MetricStats &s = a.metric[int(m)];
        s.n = n;
        s.sum = double(n) * mean;
        s.min = std::max(low, mean - spread);
        s.max = std::min(high, mean + spread);
    };
    set(UsageMetric::GpuUtil, 100 * r, 25, 0, 100);
    set(UsageMetric::EngineActive, 0.9 * r, 0.2, 0, 1);
    set(UsageMetric::FbUsedMib, 40000 + 100000 * r, 30000, 0, 192000);
    set(UsageMetric::PowerW, 250 + 600 * r, 150, 0, 1200);
    return a;
}

} // namespace

bool generateUsageHistory(Store &store, const UsageHistoryShape &shape, UsageHistoryReport *report,
                          QString *error)
{
    UsageScopeMap map;
    if (!map.load(store, error))
        return false;
    const FleetSnapshot &fleet = map.fleet();
    // GPUs behind each entity: a node's own, the sum over a cluster's, provider's or pool's
    // nodes, every GPU for the fleet, and a typical 8-node grant for a project.
    QList<QList<int>> gpus(usageScopeCount);
    for (const UsageScope scope : kStoredScopes)
        gpus[int(scope)].fill(scope == UsageScope::Project ? 64 : 0, map.entityCount(scope));
    for (int n = 0; n < fleet.nodes.size(); ++n) {
        for (const UsageScope scope : kStoredScopes) {
            const int entity = map.entityOf(scope, n);
            if (scope != UsageScope::Project && entity >= 0)
                gpus[int(scope)][entity] += fleet.nodes[n].gpus;
        }
    }
    const QDate lastDay = displayDate(shape.endMs - 1);
    const qint64 dayMs = usageTierLengthMs(UsageTier::Day);
    UsageHistoryReport result;
    const bool ok = store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT 1 FROM usage_rollups LIMIT 1"_s) && q.next()) {
                *err = QCoreApplication::translate(
                    "UsageHistory", "The profile already has usage figures; history is "
                                    "generated into a profile without any.");
                return false;
            }
            q.finish();
            UsageRollupTable table(db, map);
            if (!table.prepare(err))
                return false;
            UsageRows rows;
            std::vector<UsageSeriesRow> resolved;
            for (const UsageScope scope : kStoredScopes) {
                const int hourDays = scope == UsageScope::Node      ? shape.nodeHourDays
                                     : scope == UsageScope::Project ? shape.projectHourDays
                                                                    : shape.days;
                for (int entity = 0; entity < map.entityCount(scope); ++entity) {
                    const int g = gpus[int(scope)][entity];
                    if (g <= 0)
                        continue;
                    const quint32 seed = quint32(qHash(map.scopeId(scope, entity)));
                    rows.clear();
                    for (int d = shape.days - 1; d >= 0; --d) {
                        const QDate day = lastDay.addDays(-d);
                        const qint64 start = startOfDay(day);
                        const qint64 length = startOfDay(day.addDays(1)) - start;
                        rows.emplace_back(UsageRowKey{start, entity, scope, UsageTier::Day},
                                          syntheticBucket(seed, start, length, g));
                    }
                    const auto fill = [&](UsageTier tier, int days) {
                        const qint64 length = usageTierLengthMs(tier);
                        for (qint64 t = shape.endMs - days * dayMs; t < shape.endMs; t += length)
                            rows.emplace_back(UsageRowKey{t, entity, scope, tier},
                                              syntheticBucket(seed, t, length, g));
                    };
                    fill(UsageTier::Hour, hourDays);
                    fill(UsageTier::FiveMinutes, shape.fiveMinuteDays);
                    if (!table.resolve(rows, &resolved, err) || !table.insert(resolved, err))
                        return false;
                    result.rows += qint64(resolved.size());
                    ++result.series;
                }
            }
            changed.insert(u"usage_rollups"_s);
            return true;
        },
        error, Store::Capture::Uncaptured);
    if (ok && report)
        *report = result;
    return ok;
}

} // namespace gpudesk
