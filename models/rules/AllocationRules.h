// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"

#include <QList>
#include <QStringList>

// The rules of the rack map: may this project hold these nodes for this window? Pure functions
// over the fleet snapshot and the bookings, so the map can preview a drop and the allocation
// repository can decide the write with the same code.
namespace gpudesk {

// What one application holds: its nodes (indexes into FleetSnapshot::nodes) for one window
// [start, end). Without nodes it holds nothing, whatever the window says.
struct Placement
{
    QList<int> nodes;
    qint64 start = 0;
    qint64 end = 0;

    bool isEmpty() const { return nodes.isEmpty(); }
    // The same target with another window (shorten, extend) or other nodes (move).
    Placement withWindow(qint64 s, qint64 e) const { return {nodes, s, e}; }
    Placement withNodes(const QList<int> &n) const { return {n, start, end}; }
};

// Same node set (in any order) and, unless both are empty, the same window.
bool operator==(const Placement &a, const Placement &b);
inline bool operator!=(const Placement &a, const Placement &b)
{
    return !(a == b);
}

// The answer to "may the project hold this?": every refusal translated and specific, naming the
// node's hostname and the other project's code where one is involved.
struct AllocationCheck
{
    bool ok = true;
    QStringList refusals;
};

// Checks `target` as the project's whole allocation, replacing what it holds now (its own
// current allocations never count as overlaps). An empty target (a release) is refused only for
// an active project, whose nodes are in use. `nowMs` refuses windows that are already over.
AllocationCheck checkPlacement(const FleetSnapshot &fleet, const FleetBookings &bookings,
                               const PlacementProject &project, const Placement &target,
                               qint64 nowMs);

// What the application's current (not released) grant holds; empty when it has none.
Placement currentPlacement(const FleetBookings &bookings, const QString &applicationId);
// The target that releases everything.
inline Placement released()
{
    return {};
}

// The allocations of `node` that have not ended by `nowMs` (current and future), of grants not
// released: what an inventory change to the node would touch. Indexes into bookings.allocations.
QList<int> nodeCommitments(const FleetBookings &bookings, int node, qint64 nowMs);

// Moving `nodes` into `targetPool` (-1: no pool) breaks an allocation when a node holds a current or
// future allocation of a grant drawing on another pool; a node of another type than the pool's is
// refused too. Nodes already in the target are left alone.
AllocationCheck checkPoolMove(const FleetSnapshot &fleet, const FleetBookings &bookings,
                              const QList<int> &nodes, int targetPool, qint64 nowMs);

// Why `node` cannot be retired now: every current or future allocation it holds.
QStringList retireNodeProblems(const FleetSnapshot &fleet, const FleetBookings &bookings, int node,
                               qint64 nowMs);

// What taking `node` out of service (maintenance, failed, reserved) does to its projects: one line
// per allocation it holds now or later. Nothing is refused: a failed node has failed.
QStringList outOfServiceEffects(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                int node, qint64 nowMs);

// The latest end a window starting at `start` may have: 12 calendar months later, counted in
// Asia/Seoul (so 1 March to 1 March of the next year, whatever the month lengths).
qint64 latestWindowEnd(qint64 start);

} // namespace gpudesk
