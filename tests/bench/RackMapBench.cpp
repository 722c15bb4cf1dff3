// SPDX-License-Identifier: GPL-3.0-or-later
// rackmap_build_ms: from reading the fleet and its bookings to a built, coloured map;
// rackmap_frame_fleet_ms and rackmap_frame_rack_ms: one painted frame of a 1920x1080 map at
// fit-all zoom and at rack zoom, counted with a paint counter.
#include "Bench.h"
#include "PaintCounter.h"
#include "domain/Fleet.h"
#include "rackmap/RackMapView.h"
#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

struct MapSession
{
    std::unique_ptr<Store> store;
    FleetSnapshot fleet;
    FleetBookings bookings;
    std::unique_ptr<RackMapView> view;
};

std::unique_ptr<Store> openScale()
{
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    auto store = Store::open(bench::scaleProfilePath(), options, &outcome);
    if (!store)
        qFatal("cannot open the scale profile: %s", qPrintable(outcome.message));
    return store;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Loads and builds; returns the time it took.
double build(MapSession &s)
{
    QElapsedTimer t;
    t.start();
    FleetRepository repo(*s.store);
    QString error;
    if (!repo.loadFleet(&s.fleet, &error) || !repo.loadBookings(s.fleet, &s.bookings, &error))
        qFatal("cannot read the fleet: %s", qPrintable(error));
    s.view->setData(&s.fleet, &s.bookings);
    return ms(t);
}

MapSession openMap()
{
    MapSession s;
    s.store = openScale();
    s.view = std::make_unique<RackMapView>();
    s.view->resize(1920, 1080);
    s.view->show();
    QCoreApplication::processEvents();
    build(s);
    // The viewport itself is 1920x1080: the scroll bars come on top of that.
    const QSize frame = s.view->size() - s.view->viewport()->size();
    s.view->resize(QSize(1920, 1080) + frame);
    QCoreApplication::processEvents();
    return s;
}

// The median of single frames, each counted by the paint counter.
double frames(MapSession &s)
{
    QWidget *viewport = s.view->viewport();
    bench::PaintCounter counter;
    viewport->installEventFilter(&counter);
    viewport->repaint(); // warm-up: fonts, glyph caches
    QList<double> times;
    for (int i = 0; i < std::max(5, bench::runs()); ++i) {
        const int before = counter.frames;
        QElapsedTimer t;
        t.start();
        viewport->repaint();
        times << ms(t);
        if (counter.frames != before + 1)
            qFatal("expected one frame, painted %d", counter.frames - before);
    }
    if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
        std::fprintf(stderr, "zoom %.3f lod %d viewport %dx%d\n", s.view->zoom(),
                     int(s.view->lodLevel()), viewport->width(), viewport->height());
    return bench::median(times);
}

const bool registered = [] {
    bench::add({u"rackmap_build_ms"_s, u"ms"_s, 300, true, [] {
                    MapSession s;
                    s.store = openScale();
                    s.view = std::make_unique<RackMapView>();
                    s.view->resize(1920, 1080);
                    build(s); // warm-up: the first read pays for the page cache
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i) {
                        s.view->setData(nullptr, nullptr);
                        s.fleet = {};
                        s.bookings = {};
                        v << build(s);
                    }
                    return bench::median(v);
                }});
    bench::add({u"rackmap_frame_fleet_ms"_s, u"ms"_s, 16, true, [] {
                    MapSession s = openMap();
                    s.view->fitAll();
                    if (s.view->lodLevel() != RackMapView::Lod::Fleet)
                        qFatal("fit-all is not at the fleet level of detail");
                    return frames(s);
                }});
    bench::add({u"rackmap_frame_rack_ms"_s, u"ms"_s, 16, true, [] {
                    MapSession s = openMap();
                    // A busy spot: the middle of the fleet, at the zoom a jump uses.
                    s.view->jumpToNodeIndex(int(s.fleet.nodes.size() / 2));
                    if (s.view->lodLevel() != RackMapView::Lod::Rack)
                        qFatal("not at the rack level of detail");
                    return frames(s);
                }});
    return true;
}();

} // namespace
