// SPDX-License-Identifier: GPL-3.0-or-later
// rollup_day_ms: one Seoul day of one-minute samples of 1,000 nodes (8,000 GPUs, 11.52 million
// samples), written into a copy of the scale profile beforehand (setup, untimed), rolled up into
// every scope and tier by UsageMaintenance::rebuild, as `gpudesk rollup rebuild` does (the fleet
// and allocations load inside the timing).
// usage_*_ms: the queries the charts and the rack map make through UsageRepository on the scale
// profile with a year of rollups (bench::usageProfilePath): a project, a cluster and the fleet
// over a year of days and over a day of 5-minute buckets, and every node's totals over 7 days.
// Each figure is the median over all queries of all runs, each query timed alone.
#include "Bench.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "store/UsageMaintenance.h"
#include "store/UsageRepository.h"
#include "store/UsageSampleTable.h"
#include "store/UsageScopeMap.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

double rollupDay()
{
    QTemporaryDir dir;
    auto store = bench::openProfileCopy(bench::scaleProfilePath(), dir);
    UsageScopeMap map;
    QString error;
    if (!map.load(*store, &error))
        qFatal("%s", qPrintable(error));
    // 2027-06-01 in Seoul, when the scale world's grants hold most nodes.
    const qint64 day = startOfDay(QDate(2027, 6, 1));
    constexpr int kNodes = 1000;
    constexpr int kGpus = 8;
    constexpr int kMinutes = 1440;
    QElapsedTimer setup;
    setup.start();
    const bool written = store->write(
        [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
            UsageSampleTable samples(db, &map);
            if (!samples.prepare(err))
                return false;
            GpuReading r;
            r.intervalSeconds = 60;
            UsageSampleTable::Outcome outcome;
            for (int n = 0; n < kNodes; ++n) {
                for (int g = 0; g < kGpus; ++g) {
                    qint64 device = 0;
                    if (!samples.device(n, g, QString(), QString(), &device, err))
                        return false;
                    for (int m = 0; m < kMinutes; ++m) {
                        const double u = (m * 7 + n * 3 + g * 11) % 101;
                        r.value[int(UsageMetric::GpuUtil)] = u;
                        r.value[int(UsageMetric::EngineActive)] = u / 110.0;
                        r.value[int(UsageMetric::PowerW)] = 200 + 6 * u;
                        if (!samples.write(device, day + m * 60000LL, r, &outcome, err))
                            return false;
                    }
                }
            }
            return true;
        },
        &error, Store::Capture::Uncaptured);
    if (!written)
        qFatal("cannot write the samples: %s", qPrintable(error));
    std::fprintf(stderr, "rollup_day: %d samples written in %.1f s (setup)\n",
                 kNodes * kGpus * kMinutes, setup.elapsed() / 1000.0);

    QList<double> times;
    for (int run = 0; run < bench::runs(); ++run) {
        UsageMaintenance maintenance(*store);
        UsageRebuildReport report;
        QElapsedTimer timer;
        timer.start();
        if (!maintenance.rebuild(day, day + 86400000LL, &report, &error))
            qFatal("%s", qPrintable(error));
        times << double(timer.nsecsElapsed()) / 1e6;
        if (report.samples != qint64(kNodes) * kGpus * kMinutes)
            qFatal("rebuilt %lld readings", static_cast<long long>(report.samples));
        std::fprintf(stderr, "rollup_day run %d: %.0f ms, %d rollup rows\n", run, times.last(),
                     report.rollupRows);
    }
    return bench::median(times);
}

struct QueryFigures
{
    QList<double> projectYear, clusterYear, fleetYear, projectDay, clusterDay, fleetDay, nodesWeek;
    bool done = false;
};

QueryFigures &queries()
{
    static QueryFigures f;
    if (f.done)
        return f;
    const QString source = bench::usageProfilePath();
    if (source.isEmpty())
        qFatal("no usage profile");
    QTemporaryDir dir;
    auto store = bench::openProfileCopy(source, dir);
    UsageRepository repo(*store);
    const qint64 end = bench::usageProfileEndMs();
    const qint64 yearStart = startOfDay(displayDate(end).addDays(-365));
    const qint64 dayStart = end - 86400000LL;
    QStringList projects, clusters;
    QSqlQuery q(store->db());
    q.exec(u"SELECT scope_id FROM usage_series WHERE scope = 'project' ORDER BY id LIMIT 20"_s);
    while (q.next())
        projects << q.value(0).toString();
    q.exec(u"SELECT scope_id FROM usage_series WHERE scope = 'cluster' ORDER BY id"_s);
    while (q.next())
        clusters << q.value(0).toString();
    q.finish();
    QString error;
    const auto timeSeries = [&](UsageScope scope, const QString &id, UsageTier tier, qint64 from,
                                QList<double> *out, int expected) {
        UsageSeries s;
        QElapsedTimer timer;
        timer.start();
        if (!repo.series({scope, id, UsageMetric::GpuUtil, tier, from, end}, &s, &error))
            qFatal("%s", qPrintable(error));
        *out << double(timer.nsecsElapsed()) / 1e6;
        if (s.buckets.size() < expected)
            qFatal("%s %s: %d buckets", qPrintable(usageScopeKey(scope)), qPrintable(id),
                   int(s.buckets.size()));
    };
    for (int run = 0; run < bench::runs(); ++run) {
        for (const QString &p : std::as_const(projects)) {
            timeSeries(UsageScope::Project, p, UsageTier::Day, yearStart, &f.projectYear, 365);
            timeSeries(UsageScope::Project, p, UsageTier::FiveMinutes, dayStart, &f.projectDay,
                       288);
        }
        for (const QString &c : std::as_const(clusters)) {
            timeSeries(UsageScope::Cluster, c, UsageTier::Day, yearStart, &f.clusterYear, 365);
            timeSeries(UsageScope::Cluster, c, UsageTier::FiveMinutes, dayStart, &f.clusterDay,
                       288);
        }
        for (int i = 0; i < 10; ++i) {
            timeSeries(UsageScope::Fleet, QString(), UsageTier::Day, yearStart, &f.fleetYear, 365);
            timeSeries(UsageScope::Fleet, QString(), UsageTier::FiveMinutes, dayStart, &f.fleetDay,
                       288);
        }
        QHash<QString, UsageTotals> totals;
        QElapsedTimer timer;
        timer.start();
        if (!repo.totals(UsageScope::Node, end - 7 * 86400000LL, end, &totals, &error))
            qFatal("%s", qPrintable(error));
        f.nodesWeek << double(timer.nsecsElapsed()) / 1e6;
        if (totals.size() < 6500)
            qFatal("totals of %d nodes", int(totals.size()));
        // Not a figure: the same week from 10:00, which reads hours and 5-minute buckets at its
        // edges (within the week the profile keeps node hours for).
        timer.restart();
        const qint64 ragged = end - 6 * 86400000LL + 10 * 3600000LL + 5 * 60000LL;
        if (!repo.totals(UsageScope::Node, ragged - 6 * 86400000LL, ragged, &totals, &error))
            qFatal("%s", qPrintable(error));
        std::fprintf(stderr, "usage: node totals over 6 days from 10:05: %.1f ms\n",
                     double(timer.nsecsElapsed()) / 1e6);
    }
    f.done = true;
    return f;
}

const bool registered = [] {
    bench::add({u"rollup_day_ms"_s, u"ms"_s, 20000, true, [] { return rollupDay(); }});
    const struct
    {
        const char16_t *name;
        double target;
        QList<double> QueryFigures::*values;
    } figures[] = {
        {u"usage_series_project_year_ms", 10, &QueryFigures::projectYear},
        {u"usage_series_cluster_year_ms", 10, &QueryFigures::clusterYear},
        {u"usage_series_fleet_year_ms", 10, &QueryFigures::fleetYear},
        {u"usage_series_project_day_ms", 10, &QueryFigures::projectDay},
        {u"usage_series_cluster_day_ms", 10, &QueryFigures::clusterDay},
        {u"usage_series_fleet_day_ms", 10, &QueryFigures::fleetDay},
        {u"usage_totals_nodes_week_ms", 50, &QueryFigures::nodesWeek},
    };
    for (const auto &figure : figures) {
        const auto values = figure.values;
        bench::add({QString::fromUtf16(figure.name), u"ms"_s, figure.target, true,
                    [values] { return bench::median(queries().*values); }});
    }
    return true;
}();

} // namespace
