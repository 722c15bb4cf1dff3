// SPDX-License-Identifier: GPL-3.0-or-later
// assign_32_nodes_ms: on a copy of the scale profile, with the fleet and bookings loaded once as
// the rack map holds them, one setPlacement() of 32 free nodes of the right type for a selected
// project: the rules' check against the database and the write in one transaction. Each run is
// undone (untimed) before the next, the way the map's undo does it.
#include "Bench.h"
#include "rules/AllocationRules.h"
#include "store/AllocationRepository.h"
#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr int kNodes = 32;

// A selected project without nodes; its request and its call's cap are raised to 32 on the copy
// when needed, so that the figure always measures 32 nodes.
const PlacementProject *chooseProject(Store &store, const QList<PlacementProject> &projects)
{
    const PlacementProject *best = nullptr;
    for (const PlacementProject &p : projects) {
        if (p.status != ApplicationStatus::Selected || p.placedNodes > 0 || p.type < 0)
            continue;
        if (!best || p.nodesToGrant > best->nodesToGrant)
            best = &p;
    }
    if (best && (best->nodesToGrant < kNodes || (best->capNodes > 0 && best->capNodes < kNodes))) {
        QString error;
        store.write(
            [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
                QSqlQuery q(db);
                q.prepare(u"UPDATE applications SET granted_nodes = ? WHERE id = ?"_s);
                q.addBindValue(kNodes);
                q.addBindValue(best->applicationId);
                if (!q.exec()) {
                    *err = q.lastError().text();
                    return false;
                }
                q.prepare(u"UPDATE call_accelerators SET max_nodes = max(max_nodes, ?) "
                          "WHERE call_id = ?"_s);
                q.addBindValue(kNodes);
                q.addBindValue(best->callId);
                if (!q.exec()) {
                    *err = q.lastError().text();
                    return false;
                }
                return true;
            },
            &error, Store::Capture::Uncaptured);
        if (!error.isEmpty())
            std::fprintf(stderr, "assign_32_nodes: could not raise the request: %s\n",
                         qPrintable(error));
    }
    return best;
}

double measure()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"alloc.sqlite"_s);
    if (!QFile::copy(bench::scaleProfilePath(), copy))
        qFatal("assign_32_nodes: could not copy the scale profile");
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    auto store = Store::open(copy, options, &outcome);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(copy), qPrintable(outcome.message));
    store->setCurrentUser(u"bench"_s, u"bench"_s);

    FleetRepository fleetRepo(*store);
    FleetSnapshot fleet;
    FleetBookings bookings;
    QString error;
    if (!fleetRepo.loadFleet(&fleet, &error) || !fleetRepo.loadBookings(fleet, &bookings, &error))
        qFatal("assign_32_nodes: %s", qPrintable(error));
    const QList<PlacementProject> before = fleetRepo.projectsToPlace(fleet, bookings);
    const PlacementProject *chosen = chooseProject(*store, before);
    if (!chosen)
        qFatal("assign_32_nodes: the scale profile has no selected project waiting for nodes");
    const QString appId = chosen->applicationId;
    const std::optional<PlacementProject> project =
        fleetRepo.projectToPlace(fleet, bookings, appId);

    // The project's own default window (its desired start, not before the call's allocation
    // start), where the officer would place it; the scale profile leaves the latest call's
    // selections waiting there.
    const qint64 start = project->defaultStart;
    const qint64 end = project->defaultEnd;
    Placement target{{}, start, end};
    for (int n = 0; n < fleet.nodes.size() && target.nodes.size() < kNodes; ++n) {
        const FleetNode &node = fleet.nodes[n];
        if (node.type == project->type && (project->pool < 0 || node.pool == project->pool) &&
            fleet.isUsable(n) && bookings.isFree(n, start, end))
            target.nodes.append(n);
    }
    if (target.nodes.size() < kNodes)
        qFatal("assign_32_nodes: only %lld free nodes of the project's type and pool",
               qlonglong(target.nodes.size()));

    AllocationRepository repo(*store);
    const Placement nothing;
    QList<double> times;
    double undoMs = 0;
    for (int i = 0; i <= bench::runs(); ++i) { // the first run warms the caches
        QElapsedTimer timer;
        timer.start();
        if (!repo.setPlacement(fleet, appId, target, u"bench: assign"_s, &error, &nothing))
            qFatal("assign_32_nodes: refused: %s", qPrintable(error));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!repo.setPlacement(fleet, appId, nothing, u"bench: undo"_s, &error, &target))
            qFatal("assign_32_nodes: undo refused: %s", qPrintable(error));
        if (i > 0) {
            times << ms;
            undoMs += double(timer.nsecsElapsed()) / 1e6;
        }
    }
    if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
        std::fprintf(stderr, "assign_32_nodes: project %s, %lld nodes, undo %.1f ms on average\n",
                     qPrintable(project->code), qlonglong(target.nodes.size()),
                     undoMs / double(times.size()));
    return bench::median(times);
}

const bool registered = [] {
    bench::add({u"assign_32_nodes_ms"_s, u"ms"_s, 50, true, measure});
    return true;
}();

} // namespace
