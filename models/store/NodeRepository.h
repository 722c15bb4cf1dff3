// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InventoryDrafts.h"
#include "domain/ValidationIssue.h"
#include "rules/AllocationRules.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace gpudesk {

class Store;

// The nodes of the fleet as an administrator manages them: add and edit (with their GPU UUIDs),
// add a provider's node list in one transaction, take nodes out of service and back with a
// reason, move them between pools, retire them. The inventory and allocation rules judge every
// change against fresh snapshots of the fleet and its bookings; every change is recorded in the
// audit trail per node.
class NodeRepository final
{
public:
    explicit NodeRepository(Store &store) : m_store(store) {}

    // Reads and writes through this connection (a worker thread's, from
    // Store::openWorkerConnection), so a long node list is added off the GUI thread.
    void setWorkerConnection(const QSqlDatabase &connection) { m_worker = connection; }

    std::optional<NodeDraft> node(const QString &id) const;
    // Retired host names and the GPU UUIDs in use: what the node rules need beyond the snapshot.
    NodeContext context() const;

    std::optional<QString> saveNode(const NodeDraft &d, QString *error,
                                    ValidationIssues *issues = nullptr);
    // Adds every node or none; `source` (a file name) is recorded with each. `progress` (when
    // given) hears of each node written and cancels, rolling everything back, by returning false.
    using Progress = std::function<bool(int done, int total)>;
    bool addNodes(const QList<NodeDraft> &nodes, const QString &source, QString *error,
                  const Progress &progress = {});

    // What taking the nodes out of service does to their projects (nothing is refused).
    QStringList outOfServiceEffects(const QStringList &nodeIds) const;
    // Maintenance, failed and reserved need a reason; back in service (free) records one if given.
    bool setState(const QStringList &nodeIds, NodeState state, const QString &reason,
                  QString *error);

    // Whether moving the nodes to `poolId` (empty: no pool) breaks an allocation.
    AllocationCheck checkMove(const QStringList &nodeIds, const QString &poolId) const;
    bool moveToPool(const QStringList &nodeIds, const QString &poolId, QString *error);

    QStringList retireProblems(const QStringList &nodeIds) const;
    // Tombstones the nodes and their GPUs (whose UUIDs may then move to another node).
    bool retire(const QStringList &nodeIds, const QString &reason, QString *error);

private:
    QSqlDatabase db() const;
    bool write(const std::function<bool(QSqlDatabase &, QSet<QString> &, QString *)> &fn,
               QString *error);
    bool loadBoth(FleetSnapshot *fleet, FleetBookings *bookings, QString *error) const;
    // `check` of every node (-1 for one no longer in the fleet) against fresh snapshots, joined.
    using NodeCheck =
        std::function<QStringList(const FleetSnapshot &, const FleetBookings &, int node)>;
    QStringList perNode(const QStringList &nodeIds, const NodeCheck &check) const;

    Store &m_store;
    QSqlDatabase m_worker;
};

} // namespace gpudesk
