// SPDX-License-Identifier: GPL-3.0-or-later
// chart_range_change_ms: a project's usage chart (1280x720, real UsageRepository on a copy of
// the scale profile) zoomed from a year to a day: the tier switch (hourly to 5-minute buckets),
// the read and the replot, painted. switch_project_chart_ms: the Usage area showing another
// project's chart over the last year, as a double click on the dashboard does it: naming the
// project, finding it in the list, reading and replotting.
// The copy gets a year of one project's telemetry and of a second one (hourly readings of every
// GPU, 5-minute ones over the last two days) through TelemetryImporter first, untimed.
#include "Bench.h"
#include "store/FleetRepository.h"
#include "store/Store.h"
#include "store/UsageRepository.h"
#include "telemetry/TelemetryImporter.h"
#include "usage/UsageArea.h"
#include "usage/UsageChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr qint64 hourMs = 3600 * 1000LL;
constexpr qint64 dayMs = 24 * hourMs;

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct ChartData
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<UsageRepository> usage;
    QStringList projects; // application ids, the most nodes first
    qint64 endMs = 0;     // just after the newest reading
};

// Hourly readings of every GPU a grant holds over its window up to `end`, 5-minute ones over
// its last two days: what a year of imports leaves in the rollups.
void fill(Store &store, const FleetSnapshot &fleet, const FleetBookings &bookings, int grant,
          qint64 end)
{
    TelemetryImporter importer(store);
    QString error;
    if (!importer.load(&error))
        qFatal("cannot load the fleet: %s", qPrintable(error));
    QList<int> nodes;
    for (const AllocationWindow &w : bookings.allocations) {
        if (w.grant == grant)
            nodes << w.node;
    }
    const GrantInfo &g = bookings.grants[grant];
    const qint64 start = std::max(g.start, end - 366 * dayMs);
    const qint64 dense = end - 2 * dayMs;
    QList<TelemetrySample> batch;
    const auto flush = [&](double interval) {
        importer.setIntervalSeconds(interval);
        const TelemetryImportReport r = importer.importSamples(batch);
        if (!r.ok())
            qFatal("filling the telemetry failed: %s", qPrintable(r.fatal));
        batch.clear();
    };
    const auto add = [&](qint64 t) {
        for (int n : std::as_const(nodes)) {
            for (int gpu = 0; gpu < fleet.nodes[n].gpus; ++gpu) {
                TelemetrySample s;
                s.hostname = fleet.nodes[n].hostname;
                s.gpu = gpu;
                s.ts = t;
                const double util = double((t / hourMs * 7 + n * 3 + gpu * 11) % 101);
                s.gpuUtil = util;
                s.engineActive = util / 110.0;
                s.fbUsedMib = 20000 + util * 1500;
                s.powerW = 250 + util * 7;
                batch << s;
            }
        }
    };
    for (qint64 t = start - start % hourMs; t < dense; t += hourMs) {
        add(t);
        if (batch.size() > 400000)
            flush(3600);
    }
    flush(3600);
    for (qint64 t = dense; t < end; t += 5 * 60 * 1000LL)
        add(t);
    flush(300);
}

std::unique_ptr<ChartData> prepare()
{
    auto d = std::make_unique<ChartData>();
    d->store = bench::openProfileCopy(bench::scaleProfilePath(), d->dir);
    FleetSnapshot fleet;
    FleetBookings bookings;
    QString error;
    FleetRepository repo(*d->store);
    if (!repo.loadFleet(&fleet, &error) || !repo.loadBookings(fleet, &bookings, &error))
        qFatal("cannot read the fleet: %s", qPrintable(error));
    // The two longest-running grants with the most nodes.
    QList<int> grants;
    for (int g = 0; g < bookings.grants.size(); ++g) {
        if (bookings.grants[g].status != GrantStatus::Released && bookings.grants[g].nodes > 0)
            grants << g;
    }
    if (grants.size() < 2)
        qFatal("the scale profile has fewer than two grants");
    std::sort(grants.begin(), grants.end(), [&](int a, int b) {
        const GrantInfo &x = bookings.grants[a];
        const GrantInfo &y = bookings.grants[b];
        const qint64 lx = (x.end - x.start) / (30 * dayMs), ly = (y.end - y.start) / (30 * dayMs);
        return lx != ly ? lx > ly : x.nodes > y.nodes;
    });
    // Their last day together is "now" for the charts.
    const qint64 end = std::min(bookings.grants[grants[0]].end, bookings.grants[grants[1]].end);
    d->endMs = end - end % (5 * 60 * 1000LL);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 2; ++i) {
        fill(*d->store, fleet, bookings, grants[i], d->endMs);
        d->projects << bookings.grants[grants[i]].applicationId;
    }
    if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
        std::fprintf(stderr, "filled %s (%d nodes) and %s (%d nodes) in %.1f s\n",
                     qPrintable(bookings.grants[grants[0]].code), bookings.grants[grants[0]].nodes,
                     qPrintable(bookings.grants[grants[1]].code), bookings.grants[grants[1]].nodes,
                     t.elapsed() / 1000.0);
    d->usage = std::make_unique<UsageRepository>(*d->store);
    return d;
}

ChartData &data()
{
    static std::unique_ptr<ChartData> d = prepare();
    return *d;
}

UsageSubject projectSubject(const QString &id)
{
    UsageSubject s;
    s.scope = UsageScope::Project;
    s.id = id;
    s.label = id;
    return s;
}

const bool registered = [] {
    bench::add({u"chart_range_change_ms"_s, u"ms"_s, 50, true, [] {
                    ChartData &d = data();
                    UsageChart chart;
                    chart.resize(1280, 720);
                    chart.show();
                    QCoreApplication::processEvents();
                    chart.setSource(d.usage.get());
                    chart.setSubjects({projectSubject(d.projects[0])});
                    const qint64 yearFrom = d.endMs - 365 * dayMs;
                    chart.setVisibleRange(yearFrom, d.endMs); // warm-up
                    chart.setVisibleRange(d.endMs - dayMs, d.endMs);
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i) {
                        chart.setVisibleRange(yearFrom, d.endMs);
                        chart.plot()->repaint();
                        if (chart.tier() != UsageTier::Hour)
                            qFatal("a year is not read in hours");
                        QElapsedTimer t;
                        t.start();
                        chart.setVisibleRange(d.endMs - dayMs, d.endMs);
                        chart.plot()->repaint();
                        v << ms(t);
                        if (chart.tier() != UsageTier::FiveMinutes ||
                            chart.plottedBuckets(0).size() < 250)
                            qFatal("a day is not read in 5-minute buckets (%d of them)",
                                   int(chart.plottedBuckets(0).size()));
                    }
                    return bench::median(v);
                }});
    bench::add({u"switch_project_chart_ms"_s, u"ms"_s, 50, true, [] {
                    ChartData &d = data();
                    UsageArea area(*d.store, d.usage.get(), true);
                    area.resize(1600, 900);
                    area.show();
                    QCoreApplication::processEvents();
                    area.chart()->setPreset(UsageChart::Preset::Year);
                    QList<double> v;
                    for (int i = 0; i < bench::runs() + 1; ++i) {
                        const QString id = d.projects[(i + 1) % 2];
                        QElapsedTimer t;
                        t.start();
                        if (!area.showSubject(UsageScope::Project, id))
                            qFatal("the project is not in the list");
                        area.chart()->plot()->repaint();
                        if (i > 0) // the first is the warm-up
                            v << ms(t);
                        if (area.chart()->plottedBuckets(0).size() < 1000)
                            qFatal("too little of a year is charted (%d buckets)",
                                   int(area.chart()->plottedBuckets(0).size()));
                    }
                    return bench::median(v);
                }});
    return true;
}();

} // namespace
