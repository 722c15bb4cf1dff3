// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapFacts.h"

#include "domain/Fleet.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gpudesk::RackMapFacts {

int nextAllocation(const FleetBookings &bookings, int node, qint64 t)
{
    if (node < 0 || node >= bookings.byNode.size())
        return -1;
    for (int a : bookings.byNode[node]) {
        if (bookings.allocations[a].start > t)
            return a;
    }
    return -1;
}

QString stateLabel(NodeState state)
{
    switch (state) {
    case NodeState::Free:
        //: A node's state on the rack map
        return QCoreApplication::translate("RackMap", "Free");
    case NodeState::Allocated:
        //: A node's state on the rack map
        return QCoreApplication::translate("RackMap", "Allocated");
    case NodeState::Maintenance:
        return QCoreApplication::translate("RackMap", "Maintenance");
    case NodeState::Failed:
        return QCoreApplication::translate("RackMap", "Failed");
    case NodeState::Reserved:
        return QCoreApplication::translate("RackMap", "Reserved");
    }
    return {};
}

QString window(qint64 start, qint64 end)
{
    return QCoreApplication::translate("RackMap", "%1 – %2")
        .arg(formatDate(start), formatDate(end - 1));
}

QString position(const FleetSnapshot &fleet, int node)
{
    const FleetNode &n = fleet.nodes[node];
    const FleetRack &rack = fleet.racks[n.rack];
    QStringList parts;
    if (rack.row >= 0) {
        const FleetRow &row = fleet.rows[rack.row];
        if (row.site >= 0)
            parts << fleet.sites[row.site].name;
        parts << QCoreApplication::translate("RackMap", "Row %1").arg(row.name);
    }
    parts << QCoreApplication::translate("RackMap", "Rack %1").arg(rack.name);
    parts << QCoreApplication::translate("RackMap", "U%1–U%2")
                 .arg(n.rackUnit)
                 .arg(n.rackUnit + n.heightUnits - 1);
    return parts.join(u" · "_s);
}

QString allocationLine(const FleetBookings &bookings, int allocation, bool withTitle)
{
    if (allocation < 0)
        //: No allocation holds the node
        return QCoreApplication::translate("RackMap", "none");
    const AllocationWindow &w = bookings.allocations[allocation];
    const GrantInfo *g = w.grant >= 0 ? &bookings.grants[w.grant] : nullptr;
    const QString code = g ? g->code : w.grantId;
    if (withTitle && g && !g->title.isEmpty())
        return QCoreApplication::translate("RackMap", "%1 %2 (%3)")
            .arg(code, g->title, window(w.start, w.end));
    return QCoreApplication::translate("RackMap", "%1 (%2)").arg(code, window(w.start, w.end));
}

QString tooltip(const FleetSnapshot &fleet, const FleetBookings &bookings, int node, qint64 t)
{
    const FleetNode &n = fleet.nodes[node];
    const NodeState state = nodeStateAt(fleet, bookings, node, t);
    QString stateText = stateLabel(state);
    if (state == n.state && !n.stateReason.isEmpty())
        stateText = QCoreApplication::translate("RackMap", "%1: %2").arg(stateText, n.stateReason);
    const QString type = n.type >= 0 ? fleet.types[n.type].code : QString();
    const QString pool =
        n.pool >= 0 ? fleet.pools[n.pool].name : QCoreApplication::translate("RackMap", "no pool");
    QStringList lines;
    lines
        << n.hostname << position(fleet, node)
        << QCoreApplication::translate("RackMap", "Type: %1, %n GPU(s)", nullptr, n.gpus).arg(type)
        << QCoreApplication::translate("RackMap", "State: %1").arg(stateText)
        << QCoreApplication::translate("RackMap", "Pool: %1").arg(pool)
        << QCoreApplication::translate("RackMap", "On %1: %2")
               .arg(formatDate(t), allocationLine(bookings, bookings.holderAt(node, t), false))
        << QCoreApplication::translate("RackMap", "Next: %1")
               .arg(allocationLine(bookings, nextAllocation(bookings, node, t), false));
    return lines.join(u'\n');
}

} // namespace gpudesk::RackMapFacts
