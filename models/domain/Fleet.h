// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// The fleet as the rack map, the allocation rules and the placement see it: one snapshot of the
// hierarchy provider -> site -> row -> rack -> node (and cluster, the unit placement works in),
// with every cross-reference an index into the snapshot's own lists, so hot loops never hash ids.
namespace gpudesk {

struct FleetType
{
    QString id;
    QString code; // "B200"
    int gpusPerNode = 8;
};

struct FleetPool
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    PoolKind kind = PoolKind::OpenCall;
    int type = -1; // index into types; -1 when the pool takes any type
    int capacityNodes = 0;
};

struct FleetProvider
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QList<int> sites;
};

struct FleetSite
{
    QString id;
    QString name;
    QString timeZone;
    int provider = -1;
    QList<int> rows; // in row order
    QList<int> clusters;
};

struct FleetCluster
{
    QString id;
    QString name;
    int site = -1;
    int type = -1;
    QList<int> racks; // in (row, position) order
};

struct FleetRow
{
    QString id;
    QString name;
    int site = -1;
    int ordinal = 0;
    QList<int> racks; // left to right
};

struct FleetRack
{
    QString id;
    QString name;
    int cluster = -1;
    int row = -1;
    int ordinal = 0; // position within the row
    int units = 42;
    QList<int> nodes; // bottom to top (by rack unit)
};

struct FleetNode
{
    QString id;
    QString hostname;
    int rack = -1;
    int rackUnit = 1; // lowest unit the server occupies
    int heightUnits = 4;
    int type = -1;
    int gpus = 8;
    int pool = -1;                     // -1: in no pool
    NodeState state = NodeState::Free; // as recorded; allocations say who holds it when
    QString stateReason;
};

struct FleetSnapshot
{
    QList<FleetType> types;
    QList<FleetPool> pools;
    QList<FleetProvider> providers;
    QList<FleetSite> sites;
    QList<FleetCluster> clusters;
    QList<FleetRow> rows;
    QList<FleetRack> racks;
    QList<FleetNode> nodes;
    QHash<QString, int> nodeById;
    QHash<QString, int> nodeByHostname; // lower-case hostname
    QHash<QString, int> rackById;
    QHash<QString, int> typeById;
    QHash<QString, int> poolById;

    int typeIndex(const QString &code) const;
    // Maintenance, failed and reserved nodes take no new work; free and allocated ones may
    // (whether the window is free is the bookings' question).
    bool isUsable(int node) const
    {
        return nodes[node].state == NodeState::Free || nodes[node].state == NodeState::Allocated;
    }
};

// One node of one grant for a window [start, end): two windows that touch at an edge do not
// overlap. Times are milliseconds since the epoch (UTC).
struct AllocationWindow
{
    QString id; // allocations.id
    QString grantId;
    int grant = -1; // index into FleetBookings::grants
    int node = -1;  // index into FleetSnapshot::nodes
    qint64 start = 0;
    qint64 end = 0;

    bool overlaps(qint64 s, qint64 e) const { return start < e && s < end; }
};

enum class GrantStatus
{
    Planned,
    Active,
    Completed,
    Released
};
QString grantStatusKey(GrantStatus s);
std::optional<GrantStatus> grantStatusFromKey(const QString &key);

// A grant: the nodes an application holds for a window, as decided on the map.
struct GrantInfo
{
    QString id;
    QString applicationId;
    QString code;  // the application's receipt number
    QString title; // in the window's language where the data has it
    QString orgName;
    ApplicationStatus applicationStatus = ApplicationStatus::Allocated;
    int type = -1;
    int pool = -1;
    int nodes = 0;
    qint64 start = 0;
    qint64 end = 0; // exclusive
    GrantStatus status = GrantStatus::Planned;
};

// Every grant and allocation, with the allocations of each node sorted by start.
struct FleetBookings
{
    QList<GrantInfo> grants;
    QList<AllocationWindow> allocations;
    QList<QList<int>> byNode; // per node: indexes into allocations, by start
    QHash<QString, int> grantById;
    QHash<QString, int> grantByApplication; // the application's current (not released) grant

    // True when no allocation of `node` overlaps [start, end).
    bool isFree(int node, qint64 start, qint64 end) const;
    // The allocation holding `node` at time t, or -1.
    int holderAt(int node, qint64 t) const;
    // Rebuilds byNode, grantById and grantByApplication from grants and allocations.
    void index(int nodeCount);
};

// A node's state at t, as the map, the dashboard and the reports count it: maintenance, failed
// and reserved as recorded; otherwise allocated when an allocation holds the node at t, else free.
NodeState nodeStateAt(const FleetSnapshot &fleet, const FleetBookings &bookings, int node, qint64 t);

// A selected project waiting for (or holding some of) its nodes: what the side list of the map
// offers and what the placement works on.
struct PlacementProject
{
    QString applicationId;
    QString code;
    QString title;
    QString orgName;
    QString callId;
    QString callCode;
    ApplicationStatus status = ApplicationStatus::Selected;
    int type = -1;
    int pool = -1;        // the pool the call draws on for this type; -1: none named
    int nodesToGrant = 0; // granted nodes, else requested
    int capNodes = 0;     // the call's per-project cap for the type
    int placedNodes = 0;  // nodes its current grant already holds
    int months = 0;
    qint64 defaultStart = 0; // desired start, not before the call's allocation start (Asia/Seoul)
    qint64 defaultEnd = 0;   // defaultStart + months
};

} // namespace gpudesk
