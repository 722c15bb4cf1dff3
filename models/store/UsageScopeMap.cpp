// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageScopeMap.h"

#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

bool UsageScopeMap::load(Store &store, QString *error)
{
    if (!FleetRepository(store).loadFleet(&m_fleet, error))
        return false;
    const int nodes = int(m_fleet.nodes.size());
    m_cluster.fill(-1, nodes);
    m_provider.fill(-1, nodes);
    for (int n = 0; n < nodes; ++n) {
        const int rack = m_fleet.nodes[n].rack;
        const int cluster = rack >= 0 ? m_fleet.racks[rack].cluster : -1;
        const int site = cluster >= 0 ? m_fleet.clusters[cluster].site : -1;
        m_cluster[n] = cluster;
        m_provider[n] = site >= 0 ? m_fleet.sites[site].provider : -1;
    }

    m_projects.clear();
    m_windows.assign(size_t(nodes), {});
    QHash<QString, int> projectIndex;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT al.node_id, al.starts_at, al.ends_at, g.application_id "
                "FROM allocations al JOIN grants g ON g.id = al.grant_id "
                "WHERE al.deleted = 0 AND g.deleted = 0"_s)) {
        *error =
            QCoreApplication::translate("UsageScopeMap", "The allocations could not be read: %1")
                .arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        const int node = m_fleet.nodeById.value(q.value(0).toString(), -1);
        if (node < 0)
            continue;
        const QString app = q.value(3).toString();
        auto it = projectIndex.find(app);
        if (it == projectIndex.end()) {
            it = projectIndex.insert(app, int(m_projects.size()));
            m_projects.append(app);
        }
        m_windows[size_t(node)].push_back(
            {q.value(1).toLongLong(), q.value(2).toLongLong(), it.value()});
    }
    for (std::vector<Window> &w : m_windows)
        std::sort(w.begin(), w.end(),
                  [](const Window &a, const Window &b) { return a.start < b.start; });
    return true;
}

int UsageScopeMap::projectAt(int node, qint64 t, int *hint) const
{
    const std::vector<Window> &windows = m_windows[size_t(node)];
    if (windows.empty())
        return -1;
    int &last = *hint;
    if (last < 0 || size_t(last) >= windows.size())
        last = 0;
    const Window &w = windows[size_t(last)];
    if (w.start <= t && t < w.end)
        return w.project;
    // The last window that starts at or before t; windows of one node do not overlap.
    const auto it = std::upper_bound(windows.cbegin(), windows.cend(), t,
                                     [](qint64 v, const Window &x) { return v < x.start; });
    if (it == windows.cbegin())
        return -1;
    const int i = int(it - windows.cbegin()) - 1;
    if (t >= windows[size_t(i)].end)
        return -1;
    last = i;
    return windows[size_t(i)].project;
}

int UsageScopeMap::entityOf(UsageScope scope, int node) const
{
    switch (scope) {
    case UsageScope::Node:
        return node;
    case UsageScope::Cluster:
        return m_cluster[node];
    case UsageScope::Provider:
        return m_provider[node];
    case UsageScope::Pool:
        return m_fleet.nodes[node].pool;
    case UsageScope::Fleet:
        return 0;
    case UsageScope::Gpu:
    case UsageScope::Project:
        break;
    }
    return -1;
}

int UsageScopeMap::entityCount(UsageScope scope) const
{
    switch (scope) {
    case UsageScope::Gpu:
        return 0;
    case UsageScope::Node:
        return int(m_fleet.nodes.size());
    case UsageScope::Project:
        return int(m_projects.size());
    case UsageScope::Cluster:
        return int(m_fleet.clusters.size());
    case UsageScope::Provider:
        return int(m_fleet.providers.size());
    case UsageScope::Pool:
        return int(m_fleet.pools.size());
    case UsageScope::Fleet:
        return 1;
    }
    return 0;
}

QString UsageScopeMap::scopeId(UsageScope scope, int entity) const
{
    switch (scope) {
    case UsageScope::Gpu:
        break;
    case UsageScope::Node:
        return m_fleet.nodes[entity].id;
    case UsageScope::Project:
        return m_projects[entity];
    case UsageScope::Cluster:
        return m_fleet.clusters[entity].id;
    case UsageScope::Provider:
        return m_fleet.providers[entity].id;
    case UsageScope::Pool:
        return m_fleet.pools[entity].id;
    case UsageScope::Fleet:
        return u""_s;
    }
    return QString();
}

} // namespace gpudesk
