// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gpudesk {

class Store;
struct FleetBookings;
struct FleetSnapshot;

// Nodes counted by their state at one moment (nodeStateAt, as the rack map colours them).
struct NodeCounts
{
    int nodes = 0;
    int gpus = 0;
    int allocated = 0;
    int allocatedGpus = 0;
    int free = 0;
    int outOfService = 0; // maintenance, failed, reserved

    void add(NodeState state, int nodeGpus);
    int usable() const { return nodes - outOfService; }
};

// One provider, cluster, pool or accelerator type.
struct NodeGroup
{
    QString name;     // in the display language
    QString detail;   // the cluster's provider and site, the pool's kind; may be empty
    QString typeCode; // empty when the group mixes types
    NodeCounts counts;
};

// One accelerator type in one calendar month (Asia/Seoul).
struct OccupancyMonth
{
    QDate month; // its first day
    QString typeCode;
    int usableNodes = 0; // of the type, as the fleet stands at asOf
    int heldAtStart = 0; // nodes held at the month's first moment (at asOf for the current one)
    double meanHeld = 0; // node-time held in the month / the month's length
    double occupancy() const { return usableNodes > 0 ? meanHeld / usableNodes : 0; }
};

// A grant ending soon (the dashboard's list).
struct EndingAllocation
{
    QString applicationId;
    QString code;
    QString title;
    QString organisation;
    QString typeCode;
    int nodes = 0; // held at asOf
    int gpus = 0;
    qint64 endMs = 0; // exclusive
    int daysLeft = 0; // from asOf's day to the last day held
};

// The allocation status report: the fleet's nodes by provider, cluster, pool and type at asOf,
// occupancy month by month over the coming months, and the allocations ending soon.
struct AllocationStatusData
{
    qint64 asOfMs = 0;
    int months = 12;
    int endingDays = 30;
    NodeCounts total;
    QList<NodeGroup> byProvider;
    QList<NodeGroup> byCluster;
    QList<NodeGroup> byPool; // nodes in no pool last
    QList<NodeGroup> byType;
    QList<OccupancyMonth> occupancy; // month by month, the types of each month by code
    QList<EndingAllocation> ending;  // soonest first
};

// From a snapshot and its bookings (the pure part, tested as tables).
AllocationStatusData allocationStatus(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                      qint64 asOfMs, int months, int endingDays);

// Reads the fleet and its bookings through FleetRepository, then allocationStatus().
bool loadAllocationStatus(Store &store, qint64 asOfMs, int months, int endingDays,
                          AllocationStatusData *out, QString *error);

} // namespace gpudesk
