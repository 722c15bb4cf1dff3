// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/Usage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace gpudesk {

class Store;

// Where each node's readings roll up: its cluster, provider and pool (the node's pool now), and
// the project whose allocation held it at a moment. Every allocation counts, the used part of a
// released grant too: the nodes were that project's then. Loaded once, read in hot loops by
// index, never by id.
class UsageScopeMap final
{
public:
    bool load(Store &store, QString *error);

    const FleetSnapshot &fleet() const { return m_fleet; }
    // Lower-case hostname -> node index, or -1.
    int nodeByHostname(const QString &hostname) const
    {
        return m_fleet.nodeByHostname.value(hostname.toLower(), -1);
    }
    int nodeById(const QString &id) const { return m_fleet.nodeById.value(id, -1); }

    // The project (index into projects()) holding `node` at t, or -1. `hint` (the caller's, one
    // per node, starting at 0) remembers the window of the last answer: successive calls for the
    // same node usually hit it. Thread-safe as long as each thread has its own hints.
    int projectAt(int node, qint64 t, int *hint) const;
    const QStringList &projects() const { return m_projects; }

    // Entity index of `node` in a stored scope (Node, Project excluded: see projectAt), or -1.
    int entityOf(UsageScope scope, int node) const;
    // How many entities a scope has: nodes, projects, clusters, providers, pools, 1 for the fleet.
    int entityCount(UsageScope scope) const;
    // The scope id of an entity: nodes.id, applications.id, clusters.id, ... or "" (fleet).
    QString scopeId(UsageScope scope, int entity) const;

private:
    struct Window
    {
        qint64 start;
        qint64 end;
        int project;
    };

    FleetSnapshot m_fleet;
    QStringList m_projects;
    std::vector<std::vector<Window>> m_windows; // per node, by start
    QList<int> m_cluster;                       // per node
    QList<int> m_provider;                      // per node
};

} // namespace gpudesk
