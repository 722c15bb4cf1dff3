// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AllocationStatusData.h"

#include "domain/DisplayLanguage.h"
#include "domain/Fleet.h"
#include "domain/TimeFormat.h"
#include "store/FleetRepository.h"
#include "telemetry/DashboardFigures.h"

#include <QMap>
#include <functional>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString named(const QString &name, const QString &nameEn)
{
    return DisplayLanguage::isEnglish() && !nameEn.isEmpty() ? nameEn : name;
}

// Groups in the order of `order` (an index into the snapshot's list), with their counts.
QList<NodeGroup> groups(const QMap<int, NodeCounts> &counts, const QList<int> &order,
                        const std::function<NodeGroup(int)> &describe)
{
    QList<NodeGroup> out;
    for (int key : order) {
        const auto it = counts.constFind(key);
        if (it == counts.cend())
            continue;
        NodeGroup g = describe(key);
        g.counts = *it;
        out.append(g);
    }
    return out;
}

QList<int> indices(qsizetype n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out << i;
    return out;
}

} // namespace

void NodeCounts::add(NodeState state, int nodeGpus)
{
    ++nodes;
    gpus += nodeGpus;
    if (state == NodeState::Allocated) {
        ++allocated;
        allocatedGpus += nodeGpus;
    } else if (state == NodeState::Free) {
        ++free;
    } else {
        ++outOfService;
    }
}

AllocationStatusData allocationStatus(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                      qint64 asOfMs, int months, int endingDays)
{
    AllocationStatusData d;
    d.asOfMs = asOfMs;
    d.months = qMax(1, months);
    d.endingDays = qMax(1, endingDays);

    QMap<int, NodeCounts> byProvider, byCluster, byPool, byType;
    for (int n = 0; n < fleet.nodes.size(); ++n) {
        const FleetNode &node = fleet.nodes[n];
        const NodeState state = nodeStateAt(fleet, bookings, n, asOfMs);
        d.total.add(state, node.gpus);
        const int cluster = fleet.racks[node.rack].cluster;
        const int provider = cluster >= 0 ? fleet.sites[fleet.clusters[cluster].site].provider : -1;
        byProvider[provider].add(state, node.gpus);
        byCluster[cluster].add(state, node.gpus);
        // Nodes in no pool sort last.
        byPool[node.pool >= 0 ? node.pool : int(fleet.pools.size())].add(state, node.gpus);
        byType[node.type].add(state, node.gpus);
    }
    const auto typeCode = [&fleet](int type) {
        return type >= 0 && type < fleet.types.size() ? fleet.types[type].code : QString();
    };
    d.byProvider = groups(byProvider, indices(fleet.providers.size()), [&](int p) {
        return NodeGroup{named(fleet.providers[p].name, fleet.providers[p].nameEn), {}, {}, {}};
    });
    d.byCluster = groups(byCluster, indices(fleet.clusters.size()), [&](int c) {
        const FleetCluster &cluster = fleet.clusters[c];
        const FleetSite &site = fleet.sites[cluster.site];
        const FleetProvider &provider = fleet.providers[site.provider];
        return NodeGroup{cluster.name,
                         named(provider.name, provider.nameEn) + u" · "_s + site.name,
                         typeCode(cluster.type),
                         {}};
    });
    QList<int> poolOrder = indices(fleet.pools.size());
    poolOrder << int(fleet.pools.size());
    d.byPool = groups(byPool, poolOrder, [&](int p) {
        if (p >= fleet.pools.size())
            return NodeGroup{};
        const FleetPool &pool = fleet.pools[p];
        return NodeGroup{named(pool.name, pool.nameEn), pool.code, typeCode(pool.type), {}};
    });
    d.byType = groups(byType, indices(fleet.types.size()),
                      [&](int t) { return NodeGroup{typeCode(t), {}, typeCode(t), {}}; });

    // Month by month from the month of asOf.
    QList<int> usable(fleet.types.size(), 0);
    for (int n = 0; n < fleet.nodes.size(); ++n) {
        if (fleet.nodes[n].type >= 0 && fleet.isUsable(n))
            ++usable[fleet.nodes[n].type];
    }
    const QDate today = displayDate(asOfMs);
    const QDate first(today.year(), today.month(), 1);
    for (int m = 0; m < d.months; ++m) {
        const QDate month = first.addMonths(m);
        const qint64 start = startOfDay(month);
        const qint64 end = startOfDay(month.addMonths(1));
        const qint64 at = qMax(start, asOfMs);
        QList<int> held(fleet.types.size(), 0);
        QList<double> heldMs(fleet.types.size(), 0);
        for (int n = 0; n < fleet.nodes.size(); ++n) {
            const int type = fleet.nodes[n].type;
            if (type >= 0 && nodeStateAt(fleet, bookings, n, at) == NodeState::Allocated)
                ++held[type];
        }
        for (const AllocationWindow &w : bookings.allocations) {
            const int type = w.node >= 0 ? fleet.nodes[w.node].type : -1;
            const qint64 overlap = qMin(w.end, end) - qMax(w.start, start);
            if (type >= 0 && overlap > 0)
                heldMs[type] += double(overlap);
        }
        for (int t = 0; t < fleet.types.size(); ++t) {
            if (usable[t] == 0 && heldMs[t] == 0)
                continue;
            d.occupancy.append({month, fleet.types[t].code, usable[t], held[t],
                                heldMs[t] / double(end - start)});
        }
    }

    for (const DashboardEndingRow &row : endingGrants(bookings, asOfMs, d.endingDays)) {
        const GrantInfo &g = bookings.grants[row.grant];
        EndingAllocation e;
        e.applicationId = g.applicationId;
        e.code = g.code;
        e.title = g.title;
        e.organisation = g.orgName;
        e.typeCode = typeCode(g.type);
        e.nodes = row.nodes;
        e.gpus = row.nodes * (g.type >= 0 ? fleet.types[g.type].gpusPerNode : 8);
        e.endMs = row.endMs;
        e.daysLeft = int(today.daysTo(displayDate(row.endMs - 1)));
        d.ending.append(e);
    }
    return d;
}

bool loadAllocationStatus(Store &store, qint64 asOfMs, int months, int endingDays,
                          AllocationStatusData *out, QString *error)
{
    FleetRepository repo(store);
    FleetSnapshot fleet;
    FleetBookings bookings;
    if (!repo.loadFleet(&fleet, error) || !repo.loadBookings(fleet, &bookings, error))
        return false;
    *out = allocationStatus(fleet, bookings, asOfMs, months, endingDays);
    return true;
}

} // namespace gpudesk
