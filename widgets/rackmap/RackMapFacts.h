// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace gpudesk {

struct FleetSnapshot;
struct FleetBookings;

// What the map, its tooltips and the detail panel say about one node at one date, written once.
namespace RackMapFacts {

// The first allocation of the node starting after t, or -1.
int nextAllocation(const FleetBookings &bookings, int node, qint64 t);

QString stateLabel(NodeState state);
// [start, end) written with its last day: "2026-02-01 – 2026-07-31".
QString window(qint64 start, qint64 end);
// "KR-SITE-1 · Row A · Rack A07 · U11–U20"
QString position(const FleetSnapshot &fleet, int node);
// "R1-0001 (2026-02-01 – 2026-07-31)", or "none".
QString allocationLine(const FleetBookings &bookings, int allocation, bool withTitle);
QString tooltip(const FleetSnapshot &fleet, const FleetBookings &bookings, int node, qint64 t);

} // namespace RackMapFacts
} // namespace gpudesk
