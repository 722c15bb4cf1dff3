// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FleetSeed.h"
#include "domain/TimeFormat.h"
#include "store/AllocationRepository.h"
#include "store/FleetRepository.h"

// The fleet of FleetSeed.h with two projects running today, placed and started through the
// allocation repository like on the map:
//
//   ap-b   R1-0101  a1-01 .. a1-04 (a1-04 placed last)   active, from 30 days ago for 90 days
//   ap-b2  R1-0102  a2-01, a2-02                         active, the same window
//   ap-h   R1-0103  nothing                              selected
//
// Windows are relative to the clock, because a release "from now on" uses the real time.
namespace gpudesk::test {

inline qint64 checksWindowStart()
{
    return startOfDay(displayDate(Store::nowMs()).addDays(-30));
}

inline qint64 checksWindowEnd()
{
    return startOfDay(displayDate(Store::nowMs()).addDays(60));
}

inline bool placeRunning(Store &store, const FleetSnapshot &fleet, const QString &app,
                         const QStringList &hostnames)
{
    Placement p;
    for (const QString &h : hostnames)
        p.nodes << fleet.nodeByHostname.value(h, -1);
    p.start = checksWindowStart();
    p.end = checksWindowEnd();
    QString error;
    if (!AllocationRepository(store).setPlacement(fleet, app, p, QStringLiteral("placed"),
                                                  &error)) {
        qWarning("placing %s failed: %s", qPrintable(app), qPrintable(error));
        return false;
    }
    return true;
}

inline std::unique_ptr<Store> openWithRunningProjects(const QTemporaryDir &dir)
{
    auto store = openWithFleet(dir);
    if (!store)
        return store;
    FleetSnapshot fleet;
    QString error;
    if (!FleetRepository(*store).loadFleet(&fleet, &error) ||
        !placeRunning(*store, fleet, QStringLiteral("ap-b"),
                      {QStringLiteral("a1-01"), QStringLiteral("a1-02"), QStringLiteral("a1-03"),
                       QStringLiteral("a1-04")}) ||
        !placeRunning(*store, fleet, QStringLiteral("ap-b2"),
                      {QStringLiteral("a2-01"), QStringLiteral("a2-02")}) ||
        AllocationRepository(*store).advanceLifecycle(Store::nowMs(), &error) != 2) {
        qWarning("seeding running projects failed: %s", qPrintable(error));
        store.reset();
    }
    return store;
}

} // namespace gpudesk::test
