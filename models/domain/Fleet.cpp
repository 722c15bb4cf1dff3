// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fleet.h"

#include "KeyLookup.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
const char16_t *const kGrantKeys[] = {u"planned", u"active", u"completed", u"released"};
} // namespace

QString grantStatusKey(GrantStatus s)
{
    return QString::fromUtf16(kGrantKeys[static_cast<int>(s)]);
}

std::optional<GrantStatus> grantStatusFromKey(const QString &key)
{
    return enumFromKey<GrantStatus>(key, kGrantKeys);
}

int FleetSnapshot::typeIndex(const QString &code) const
{
    for (int i = 0; i < types.size(); ++i) {
        if (types[i].code == code)
            return i;
    }
    return -1;
}

bool FleetBookings::isFree(int node, qint64 start, qint64 end) const
{
    if (node < 0 || node >= byNode.size())
        return true;
    for (int a : byNode[node]) {
        const AllocationWindow &w = allocations[a];
        if (w.start >= end)
            break; // sorted by start: nothing later can overlap
        if (w.overlaps(start, end))
            return false;
    }
    return true;
}

int FleetBookings::holderAt(int node, qint64 t) const
{
    if (node < 0 || node >= byNode.size())
        return -1;
    for (int a : byNode[node]) {
        const AllocationWindow &w = allocations[a];
        if (w.start > t)
            break;
        if (w.start <= t && t < w.end)
            return a;
    }
    return -1;
}

NodeState nodeStateAt(const FleetSnapshot &fleet, const FleetBookings &bookings, int node, qint64 t)
{
    const NodeState recorded = fleet.nodes[node].state;
    if (recorded != NodeState::Free && recorded != NodeState::Allocated)
        return recorded;
    return bookings.holderAt(node, t) >= 0 ? NodeState::Allocated : NodeState::Free;
}

void FleetBookings::index(int nodeCount)
{
    byNode = QList<QList<int>>(nodeCount);
    grantById.clear();
    grantByApplication.clear();
    for (int g = 0; g < grants.size(); ++g) {
        grantById.insert(grants[g].id, g);
        if (grants[g].status != GrantStatus::Released)
            grantByApplication.insert(grants[g].applicationId, g);
    }
    for (int a = 0; a < allocations.size(); ++a) {
        AllocationWindow &w = allocations[a];
        w.grant = grantById.value(w.grantId, -1);
        if (w.node >= 0 && w.node < nodeCount)
            byNode[w.node].append(a);
    }
    for (QList<int> &list : byNode) {
        std::sort(list.begin(), list.end(),
                  [this](int x, int y) { return allocations[x].start < allocations[y].start; });
    }
}

} // namespace gpudesk
