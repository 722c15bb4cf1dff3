// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The placement suggestion of the rack map (issue 4). Pure: reads a fleet snapshot and its
// bookings, proposes nodes, never writes.
//
// A suggestion keeps a project inside one cluster, on as few racks as possible, those racks next
// to each other (in the cluster's rack order, one row preferred), and among equal choices leaves
// the free space of the cluster least fragmented. Fragmentation is measured along the cluster's
// racks in order, bottom to top within a rack, as 1 - (longest run of free nodes / free nodes),
// where "free" means usable (FleetSnapshot::isUsable) and not booked during the window, whatever
// the node's pool: it describes the space left in the cluster, not what one request may use.
namespace gpudesk {

// What one project needs: `nodes` nodes of `type`, drawn from `pool` (-1: any pool), for the
// window [start, end).
struct PlacementRequest
{
    int project = -1; // the caller's index, for reporting
    QString code;     // the project's receipt number, for messages
    int type = -1;
    int pool = -1;
    int nodes = 0;
    qint64 start = 0;
    qint64 end = 0;
};

// The request for what a project still lacks (nodesToGrant - placedNodes) over its default
// window; the caller may change the window afterwards.
PlacementRequest placementRequest(const PlacementProject &project, int index = -1);

// The bookings plus what the caller has taken on top of them (a round's earlier suggestions, the
// nodes the officer has set aside), as a working copy: nothing here touches the database. Holds a
// reference to `bookings`, which must outlive it.
class PlacementOccupancy final
{
public:
    explicit PlacementOccupancy(const FleetBookings &bookings) : m_bookings(&bookings) {}

    // The node is never free, whatever the window.
    void exclude(int node) { m_excluded.insert(node); }
    void exclude(const QSet<int> &nodes) { m_excluded.unite(nodes); }
    // The node is taken for [start, end).
    void book(int node, qint64 start, qint64 end);

    bool isFree(int node, qint64 start, qint64 end) const;
    const FleetBookings &bookings() const { return *m_bookings; }

private:
    struct Window
    {
        qint64 start;
        qint64 end;
    };
    const FleetBookings *m_bookings;
    QSet<int> m_excluded;
    QHash<int, QList<Window>> m_booked;
};

struct Suggestion
{
    bool ok = false;
    QList<int> nodes; // indexes into FleetSnapshot::nodes, in the cluster's order
    int cluster = -1;
    int racksUsed = 0;
    double fragmentationBefore = 0; // of the chosen cluster, for the request's window
    double fragmentationAfter = 0;
    QString refusal; // translated; set when !ok
};

// Nodes for one request, or a refusal that says why none fit. Every node returned is of the
// requested type, in the pool when one is named, usable, free for the whole window, not in
// `excluded`, all in one cluster, without duplicates, and exactly request.nodes of them.
Suggestion suggestPlacement(const FleetSnapshot &fleet, const FleetBookings &bookings,
                            const PlacementRequest &request, const QSet<int> *excluded = nullptr);
Suggestion suggestPlacement(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                            const PlacementRequest &request);

struct RoundResult
{
    QList<Suggestion> suggestions; // one per request, in the input order
    QStringList notPlaced;         // "code: reason", in the input order
    int placed = 0;
};

// Places the requests one after the other, largest first, each seeing the nodes the earlier ones
// took for their windows; nothing is written.
RoundResult placeRound(const FleetSnapshot &fleet, const FleetBookings &bookings,
                       const QList<PlacementRequest> &requests);

// The baseline the suggestion is measured against: the first request.nodes usable, free nodes of
// the type (and pool) in fleet order (cluster, rack, unit), over as many clusters and racks as it
// takes; empty when there are fewer.
QList<int> firstFitPlacement(const FleetSnapshot &fleet, const FleetBookings &bookings,
                             const PlacementRequest &request);
QList<int> firstFitPlacement(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                             const PlacementRequest &request);

// First-fit kept to one cluster: the first cluster (fleet order) with enough such nodes, its first
// request.nodes of them. The suggestion never does worse than this in racks or fragmentation.
QList<int> firstFitInOneCluster(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                                const PlacementRequest &request);

// Fragmentation of one cluster's free space for [start, end): 0 when it has no free node or one
// unbroken run, towards 1 the more it is broken up.
double fragmentation(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy, int cluster,
                     qint64 start, qint64 end);
// How many distinct racks hold `nodes`.
int racksUsed(const FleetSnapshot &fleet, const QList<int> &nodes);

} // namespace gpudesk
