// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/InventoryDrafts.h"
#include "domain/ValidationIssue.h"

#include <QString>
#include <optional>

namespace gpudesk {

class Store;

// The levels of the fleet an administrator edits.
enum class InventoryKind
{
    Provider,
    Site,
    Cluster,
    Row,
    Rack,
    Node,
    Pool
};

// Adds, edits and retires the fleet's providers, sites, clusters, rows, racks and pools. Every
// save is checked by the inventory rules against a fresh snapshot of the fleet, written through
// Store::write (so it syncs) and recorded in the audit trail with what changed. Retiring
// tombstones the record, and only once nothing hangs off it. Nodes: NodeRepository.
class InventoryRepository final
{
public:
    explicit InventoryRepository(Store &store) : m_store(store) {}

    std::optional<ProviderDraft> provider(const QString &id) const;
    std::optional<SiteDraft> site(const QString &id) const;
    std::optional<ClusterDraft> cluster(const QString &id) const;
    std::optional<RowDraft> row(const QString &id) const;
    std::optional<RackDraft> rack(const QString &id) const;
    std::optional<PoolDraft> pool(const QString &id) const;

    // Each returns the record's id, or nothing with *error (and *issues when given).
    std::optional<QString> saveProvider(const ProviderDraft &d, QString *error,
                                        ValidationIssues *issues = nullptr);
    std::optional<QString> saveSite(const SiteDraft &d, QString *error,
                                    ValidationIssues *issues = nullptr);
    std::optional<QString> saveCluster(const ClusterDraft &d, QString *error,
                                       ValidationIssues *issues = nullptr);
    std::optional<QString> saveRow(const RowDraft &d, QString *error,
                                   ValidationIssues *issues = nullptr);
    std::optional<QString> saveRack(const RackDraft &d, QString *error,
                                    ValidationIssues *issues = nullptr);
    std::optional<QString> savePool(const PoolDraft &d, QString *error,
                                    ValidationIssues *issues = nullptr);

    // What retiring the record would leave dangling; empty when it can go. Nodes: NodeRepository.
    QStringList retireProblems(InventoryKind kind, const QString &id) const;
    bool retire(InventoryKind kind, const QString &id, QString *error);

    // Calls (not deleted) that draw on the pool.
    int callsUsingPool(const QString &poolId) const;
    // The same for every pool at once, by pool id; pools no call draws on are absent.
    QHash<QString, int> callsPerPool() const;

private:
    bool loadFleet(FleetSnapshot *fleet, QString *error) const;
    std::optional<QString> saveRecord(const QString &table, const QString &entity,
                                      const QString &id, const QList<QPair<QString, QVariant>> &cols,
                                      const ValidationIssues &found, QString *error,
                                      ValidationIssues *issues);

    Store &m_store;
};

} // namespace gpudesk
