// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/UsageSubject.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

QString usageSubjectKey(UsageScope scope, const QString &id)
{
    return usageScopeKey(scope) + u':' + id;
}

bool parseUsageSubjectKey(const QString &key, UsageScope *scope, QString *id)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon < 0)
        return false;
    const QString name = key.left(colon);
    for (int s = 0; s < usageScopeCount; ++s) {
        if (usageScopeKey(UsageScope(s)) == name) {
            *scope = UsageScope(s);
            *id = key.mid(colon + 1);
            return *scope == UsageScope::Fleet || !id->isEmpty();
        }
    }
    return false;
}

QList<UsageWindow> UsageSubjects::merge(QList<UsageWindow> windows)
{
    std::sort(windows.begin(), windows.end(), [](const UsageWindow &a, const UsageWindow &b) {
        return a.startMs < b.startMs || (a.startMs == b.startMs && a.endMs < b.endMs);
    });
    QList<UsageWindow> out;
    for (const UsageWindow &w : std::as_const(windows)) {
        if (w.endMs <= w.startMs)
            continue;
        if (!out.isEmpty() && w.startMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, w.endMs);
        else
            out.append(w);
    }
    return out;
}

bool UsageSubjects::describe(const FleetSnapshot &fleet, const FleetBookings &bookings,
                             UsageScope scope, const QString &id, bool korean, UsageSubject *out)
{
    UsageSubject s;
    s.scope = scope;
    s.id = id;
    const auto name = [korean](const QString &ko, const QString &en) {
        return korean || en.isEmpty() ? ko : en;
    };
    switch (scope) {
    case UsageScope::Fleet:
        s.label = tr("Whole fleet");
        s.id.clear();
        break;
    case UsageScope::Provider: {
        const auto it = std::find_if(fleet.providers.cbegin(), fleet.providers.cend(),
                                     [&](const FleetProvider &p) { return p.id == id; });
        if (it == fleet.providers.cend())
            return false;
        s.label = name(it->name, it->nameEn);
        break;
    }
    case UsageScope::Cluster: {
        const auto it = std::find_if(fleet.clusters.cbegin(), fleet.clusters.cend(),
                                     [&](const FleetCluster &c) { return c.id == id; });
        if (it == fleet.clusters.cend())
            return false;
        s.label = it->name;
        if (it->site >= 0) {
            const FleetSite &site = fleet.sites[it->site];
            s.detail = site.name;
            if (site.provider >= 0) {
                const FleetProvider &p = fleet.providers[site.provider];
                s.detail = name(p.name, p.nameEn) + u" · "_s + site.name;
            }
        }
        break;
    }
    case UsageScope::Pool: {
        const int pool = fleet.poolById.value(id, -1);
        if (pool < 0)
            return false;
        s.label = name(fleet.pools[pool].name, fleet.pools[pool].nameEn);
        s.detail = fleet.pools[pool].code;
        break;
    }
    case UsageScope::Node:
    case UsageScope::Gpu: {
        const int node = fleet.nodeById.value(scope == UsageScope::Gpu ? id.section(u':', 0, 0) : id,
                                              -1);
        if (node < 0)
            return false;
        s.label = fleet.nodes[node].hostname;
        if (scope == UsageScope::Gpu)
            s.label = tr("%1 GPU %2").arg(s.label, id.section(u':', 1));
        for (int a : bookings.byNode.value(node))
            s.windows.append({bookings.allocations[a].start, bookings.allocations[a].end});
        break;
    }
    case UsageScope::Project: {
        QList<int> grants;
        for (int g = 0; g < bookings.grants.size(); ++g) {
            if (bookings.grants[g].applicationId == id)
                grants << g;
        }
        if (grants.isEmpty())
            return false;
        // The current grant names it; released ones still add the time they held nodes.
        const GrantInfo &g = bookings.grants[bookings.grantByApplication.value(id, grants.last())];
        s.label = g.code;
        s.detail = g.orgName.isEmpty() ? g.title : tr("%1 (%2)").arg(g.title, g.orgName);
        for (const AllocationWindow &w : bookings.allocations) {
            if (grants.contains(w.grant))
                s.windows.append({w.start, w.end});
        }
        break;
    }
    }
    s.windows = merge(s.windows);
    *out = std::move(s);
    return true;
}

} // namespace gpudesk
