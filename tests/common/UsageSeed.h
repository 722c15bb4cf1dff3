// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetSeed.h"
#include "telemetry/TelemetryImporter.h"
#include "telemetry/TelemetrySample.h"

#include <QSqlQuery>
#include <QStringList>

// Telemetry on FleetSeed's fleet, for the usage store's tests. T0 is midnight 2027-03-01 in
// Seoul (15:00 UTC the day before), so a reading at T0 + 10 h is on the next UTC day but the same
// Seoul day. One-minute interval: a utilisation of u% is u x 0.6 busy seconds.
//
//   reading  host   gpu  at          util  engine  power  project  busy s
//   s1       a1-01  0    T0          20    0.5            -        30 (engine)
//   s2       a1-01  0    T0 + 60 s   40                   ap-b     24
//   s3       a1-01  1    T0 + 120 s  60                   ap-b     36
//   s4       a1-01  0    T0 + 360 s  100                  ap-b     60  (next 5-minute bucket)
//   s5       a1-02  0    T0          80            500    ap-b     48
//   s6       b1-01  0    T0          10                   ap-h     6   (cluster cl-h, pool pl-h)
//   s7       a3-01  0    T0 + 10 h   50    0.25           ap-h     15  (pool pl-nat)
//
// Allocations (allocateUsageSeed): ap-b holds a1-01 from T0 + 60 s and a1-02 from T0; ap-h holds
// b1-01 and a3-01 from T0; all for 30 days.
namespace gpudesk::test {

inline const qint64 kUsageT0 = seoulMidnight(2027, 3, 1);
constexpr qint64 kMinute = 60 * 1000LL;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

inline TelemetrySample usageSample(const char *host, int gpu, qint64 ts, std::optional<double> util,
                                   std::optional<double> engine = {},
                                   std::optional<double> power = {})
{
    TelemetrySample s;
    s.hostname = QString::fromLatin1(host);
    s.gpu = gpu;
    s.ts = ts;
    s.gpuUtil = util;
    s.engineActive = engine;
    s.powerW = power;
    return s;
}

inline QList<TelemetrySample> usageSeedSamples()
{
    const qint64 t0 = kUsageT0;
    return {usageSample("a1-01", 0, t0, 20, 0.5),
            usageSample("a1-01", 0, t0 + kMinute, 40),
            usageSample("a1-01", 1, t0 + 2 * kMinute, 60),
            usageSample("a1-01", 0, t0 + 6 * kMinute, 100),
            usageSample("a1-02", 0, t0, 80, {}, 500),
            usageSample("b1-01", 0, t0, 10),
            usageSample("a3-01", 0, t0 + 10 * kHour, 50, 0.25)};
}

inline QString allocationSql(const char *id, const char *grant, const char *node, qint64 from,
                             qint64 to)
{
    return QStringLiteral("INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) "
                          "VALUES ('%1', '%2', '%3', %4, %5)")
        .arg(QString::fromLatin1(id), QString::fromLatin1(grant), QString::fromLatin1(node))
        .arg(from)
        .arg(to);
}

inline bool allocateUsageSeed(Store &store)
{
    const qint64 t0 = kUsageT0;
    const qint64 end = t0 + 30 * kDay;
    const auto grant = [&](const char *id, const char *app, const char *type, const char *pool,
                           int nodes) {
        return QStringLiteral("INSERT INTO grants (id, application_id, accelerator_type_id, "
                              "pool_id, nodes, starts_at, ends_at, status) VALUES ('%1', '%2', "
                              "'%3', '%4', %5, %6, %7, 'active')")
            .arg(QString::fromLatin1(id), QString::fromLatin1(app), QString::fromLatin1(type),
                 QString::fromLatin1(pool))
            .arg(nodes)
            .arg(t0)
            .arg(end);
    };
    return exec(store, {grant("g-b", "ap-b", "t-b200", "pl-b", 2),
                        grant("g-h", "ap-h", "t-h200", "pl-h", 2),
                        allocationSql("al-1", "g-b", "n-a1-01", t0 + kMinute, end),
                        allocationSql("al-2", "g-b", "n-a1-02", t0, end),
                        allocationSql("al-3", "g-h", "n-b1-01", t0, end),
                        allocationSql("al-4", "g-h", "n-a3-01", t0, end)});
}

// Every stored sample and rollup as text, with series and devices by name rather than by their
// local numbers, so two profiles that hold the same telemetry dump the same.
inline QStringList usageDump(Store &store)
{
    QStringList out;
    QSqlQuery q(store.db());
    q.exec(QStringLiteral(
        "SELECT d.node_id || ':' || d.gpu_index || ':' || d.mig_instance, s.ts, s.interval_s, "
        "s.gpu_util, s.engine_active, s.fb_used_mib, s.power_w FROM usage_samples s "
        "JOIN usage_devices d ON d.id = s.device"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row << (q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
        out << QStringLiteral("sample ") + row.join(u' ');
    }
    q.exec(QStringLiteral(
        "SELECT s.scope || ':' || s.scope_id, r.tier, r.bucket, r.seconds, r.busy_seconds, "
        "r.util_busy_n, r.util_n, r.util_min, r.util_max, r.util_sum, r.engine_n, r.engine_min, "
        "r.engine_max, r.engine_sum, r.fb_n, r.fb_min, r.fb_max, r.fb_sum, r.power_n, "
        "r.power_min, r.power_max, r.power_sum FROM usage_rollups r "
        "JOIN usage_series s ON s.id = r.series"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 22; ++i)
            row << (q.value(i).isNull() ? QStringLiteral("-") : q.value(i).toString());
        out << QStringLiteral("rollup ") + row.join(u' ');
    }
    out.sort();
    return out;
}

} // namespace gpudesk::test
