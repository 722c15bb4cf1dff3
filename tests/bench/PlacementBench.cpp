// SPDX-License-Identifier: GPL-3.0-or-later
// place_one_ms: one placement suggestion for a 16-node B200 project on the scale fleet, over
// several windows (fleet and bookings loaded once, outside the timing).
// place_round_ms: a round of 200 projects, placeRound alone timed. Both print, for information,
// racks per project and fragmentation against first-fit; the round also runs once on a demo
// profile generated next to the scale one.
#include "Bench.h"
#include "rules/Placement.h"
#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

struct Loaded
{
    std::unique_ptr<Store> store;
    FleetSnapshot fleet;
    FleetBookings bookings;
    QList<PlacementProject> projects;
};

Loaded load(const QString &path)
{
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    Loaded l;
    l.store = Store::open(path, options, &outcome);
    if (!l.store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(outcome.message));
    FleetRepository repo(*l.store);
    QString error;
    if (!repo.loadFleet(&l.fleet, &error) || !repo.loadBookings(l.fleet, &l.bookings, &error))
        qFatal("cannot load the fleet: %s", qPrintable(error));
    l.projects = repo.projectsToPlace(l.fleet, l.bookings);
    return l;
}

// Where the profile's calls allocate from: the earliest default start of its projects (the
// scale profile's fleet is booked through 2027, so windows must be drawn from its own dates).
QDate baseMonth(const Loaded &l)
{
    qint64 first = 0;
    for (const PlacementProject &p : l.projects) {
        if (p.defaultStart > 0 && (first == 0 || p.defaultStart < first))
            first = p.defaultStart;
    }
    if (first == 0)
        return QDate(2026, 3, 1);
    const QDate d =
        QDateTime::fromMSecsSinceEpoch(first, QTimeZone(QByteArrayLiteral("Asia/Seoul"))).date();
    return QDate(d.year(), d.month(), 1);
}

qint64 seoulDate(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();
}

// The open-call pool of a type, else -1 (any pool).
int openPool(const FleetSnapshot &fleet, int type)
{
    for (int p = 0; p < fleet.pools.size(); ++p) {
        if (fleet.pools[p].type == type && fleet.pools[p].kind == PoolKind::OpenCall)
            return p;
    }
    return -1;
}

// The profile's projects still lacking nodes, topped up to `count` with made-up requests of 1-16
// nodes over B200 and H200 (every other one from the open pool, the rest from any pool), six
// months each, starting in one of the twelve months from the profile's first default start.
QList<PlacementRequest> roundRequests(const Loaded &l, int count)
{
    QList<PlacementRequest> out;
    for (int i = 0; i < l.projects.size() && out.size() < count; ++i) {
        const PlacementRequest r = placementRequest(l.projects[i], i);
        if (r.nodes > 0 && r.end > r.start && r.type >= 0)
            out.append(r);
    }
    const int b200 = l.fleet.typeIndex(u"B200"_s);
    const int h200 = l.fleet.typeIndex(u"H200"_s);
    const QDate base = baseMonth(l);
    for (int i = 0; out.size() < count; ++i) {
        PlacementRequest r;
        r.project = int(out.size());
        r.code = u"SYN-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        r.type = i % 3 == 2 ? h200 : b200;
        r.pool = i % 2 ? openPool(l.fleet, r.type) : -1;
        r.nodes = 1 + (i * 7) % 16;
        r.start = seoulDate(base.addMonths(i % 12));
        r.end = seoulDate(base.addMonths(i % 12 + 6));
        out.append(r);
    }
    return out;
}

// Mean fragmentation, over the requests, of the clusters of each request's type for its window,
// once the whole round is in.
double meanFragmentation(const Loaded &l, const PlacementOccupancy &occupancy,
                         const QList<PlacementRequest> &requests)
{
    double sum = 0;
    int n = 0;
    for (const PlacementRequest &r : requests) {
        for (int c = 0; c < l.fleet.clusters.size(); ++c) {
            if (l.fleet.clusters[c].type != r.type)
                continue;
            sum += fragmentation(l.fleet, occupancy, c, r.start, r.end);
            ++n;
        }
    }
    return n ? sum / n : 0;
}

// Racks per placed project and fragmentation: the suggestion's round against first-fit's rounds
// (plain, and kept to one cluster) over the same requests in the same (largest first) order.
void compareRound(const char *label, const Loaded &l, const QList<PlacementRequest> &requests,
                  const RoundResult &round)
{
    PlacementOccupancy mine(l.bookings);
    int racks = 0;
    for (int i = 0; i < requests.size(); ++i) {
        for (int n : round.suggestions[i].nodes)
            mine.book(n, requests[i].start, requests[i].end);
        racks += round.suggestions[i].racksUsed;
    }
    QList<int> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return requests[x].nodes > requests[y].nodes; });
    PlacementOccupancy ff(l.bookings);
    PlacementOccupancy one(l.bookings);
    int ffRacks = 0, ffPlaced = 0, oneRacks = 0, onePlaced = 0;
    for (int i : order) {
        const PlacementRequest &r = requests[i];
        const QList<int> a = firstFitPlacement(l.fleet, ff, r);
        for (int n : a)
            ff.book(n, r.start, r.end);
        ffRacks += racksUsed(l.fleet, a);
        ffPlaced += !a.isEmpty();
        const QList<int> b = firstFitInOneCluster(l.fleet, one, r);
        for (int n : b)
            one.book(n, r.start, r.end);
        oneRacks += racksUsed(l.fleet, b);
        onePlaced += !b.isEmpty();
    }
    const auto per = [](int racks, int placed) { return placed ? double(racks) / placed : 0.0; };
    std::fprintf(stderr,
                 "%s: %d requests; suggestion placed %d, %.2f racks/project, fragmentation %.3f; "
                 "first-fit placed %d, %.2f racks/project, fragmentation %.3f; first-fit in one "
                 "cluster placed %d, %.2f racks/project, fragmentation %.3f\n",
                 label, int(requests.size()), round.placed, per(racks, round.placed),
                 meanFragmentation(l, mine, requests), ffPlaced, per(ffRacks, ffPlaced),
                 meanFragmentation(l, ff, requests), onePlaced, per(oneRacks, onePlaced),
                 meanFragmentation(l, one, requests));
    for (int i = 0; i < qMin(3, int(round.notPlaced.size())); ++i)
        std::fprintf(stderr, "  not placed: %s\n", qPrintable(round.notPlaced[i]));
}

// A demo profile beside the scale one, generated on first use.
void demoRound()
{
    const QString path = QFileInfo(bench::scaleProfilePath()).absolutePath() + u"/demo.sqlite"_s;
    if (!QFile::exists(path)) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GPUDESK_EXE), {u"generate"_s, u"demo"_s, u"--profile"_s, path});
        if (!p.waitForFinished(300000) || p.exitCode() != 0 || !QFile::exists(path)) {
            std::fprintf(stderr, "place_round: could not generate the demo profile\n");
            return;
        }
    }
    const Loaded l = load(path);
    QList<PlacementRequest> requests;
    for (int i = 0; i < l.projects.size(); ++i) {
        const PlacementRequest r = placementRequest(l.projects[i], i);
        if (r.nodes > 0)
            requests.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    const RoundResult round = placeRound(l.fleet, l.bookings, requests);
    std::fprintf(stderr, "place_round (demo profile): %.1f ms\n",
                 double(timer.nsecsElapsed()) / 1e6);
    compareRound("place_round (demo profile)", l, requests, round);
}

const bool registered = [] {
    bench::add(
        {u"place_one_ms"_s, u"ms"_s, 100, true, [] {
             const Loaded l = load(bench::scaleProfilePath());
             const int b200 = l.fleet.typeIndex(u"B200"_s);
             const QDate base = baseMonth(l);
             QList<PlacementRequest> requests;
             // Sixteen nodes, from any pool and from the open pool, over twelve windows.
             for (int i = 0; i < 12; ++i) {
                 PlacementRequest r;
                 r.code = u"ONE-%1"_s.arg(i + 1);
                 r.type = b200;
                 r.pool = i % 2 ? openPool(l.fleet, b200) : -1;
                 r.nodes = 16;
                 r.start = seoulDate(base.addMonths(i));
                 r.end = seoulDate(base.addMonths(i + 12));
                 requests.append(r);
             }
             QList<double> v;
             int racks = 0, ffRacks = 0, placed = 0;
             for (int run = 0; run < bench::runs(); ++run) {
                 for (const PlacementRequest &r : requests) {
                     QElapsedTimer timer;
                     timer.start();
                     const Suggestion s = suggestPlacement(l.fleet, l.bookings, r);
                     v << double(timer.nsecsElapsed()) / 1e6;
                     if (run == 0 && s.ok) {
                         ++placed;
                         racks += s.racksUsed;
                         ffRacks += racksUsed(l.fleet, firstFitPlacement(l.fleet, l.bookings, r));
                     }
                 }
             }
             std::fprintf(stderr, "place_one: %d of %d placed, racks %d against first-fit %d\n",
                          placed, int(requests.size()), racks, ffRacks);
             return bench::median(v);
         }});
    bench::add({u"place_round_ms"_s, u"ms"_s, 3000, true, [] {
                    const Loaded l = load(bench::scaleProfilePath());
                    const QList<PlacementRequest> requests = roundRequests(l, 200);
                    QList<double> v;
                    RoundResult last;
                    for (int run = 0; run < bench::runs(); ++run) {
                        QElapsedTimer timer;
                        timer.start();
                        last = placeRound(l.fleet, l.bookings, requests);
                        v << double(timer.nsecsElapsed()) / 1e6;
                    }
                    compareRound("place_round (scale profile)", l, requests, last);
                    demoRound();
                    return bench::median(v);
                }});
    return true;
}();

} // namespace
