// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "domain/InventoryDrafts.h"
#include "domain/ValidationIssue.h"

// The rules of the inventory: what a provider, site, cluster, row, rack, node or pool must be
// before it is saved, and what must be empty before one is retired. Pure functions over the fleet
// snapshot, so the editors show the issues as the administrator types and the repository refuses
// the same writes.
namespace gpudesk {

// A host name as RFC 1123 allows it: dot-separated labels of letters, digits and hyphens (no
// hyphen at either end of a label), 63 characters a label, 253 in all.
bool isValidHostname(const QString &hostname);
// An NVIDIA GPU UUID as nvidia-smi and DCGM print it: GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.
bool isValidGpuUuid(const QString &uuid);
// GPU UUIDs as a node list writes them: separated by semicolons, commas, spaces or line breaks.
QStringList splitGpuUuids(const QString &text);

ValidationIssues validateProvider(const ProviderDraft &p, const FleetSnapshot &fleet);
ValidationIssues validateSite(const SiteDraft &s, const FleetSnapshot &fleet);
ValidationIssues validateCluster(const ClusterDraft &c, const FleetSnapshot &fleet);
ValidationIssues validateRow(const RowDraft &r, const FleetSnapshot &fleet);
ValidationIssues validateRack(const RackDraft &r, const FleetSnapshot &fleet);
// Fields: hostname, rack, rackUnit, heightUnits, type, accelerators, pool, gpuUuids.
ValidationIssues validateNode(const NodeDraft &n, const FleetSnapshot &fleet,
                              const NodeContext &context);
// A batch of new nodes (a provider's node list): each judged as validateNode does, against the
// fleet and the rows before it, so two rows cannot take one host name, rack unit or GPU UUID.
// One list of issues per node, in order; all empty when the batch can be added.
QList<ValidationIssues> validateNodeBatch(const QList<NodeDraft> &nodes, FleetSnapshot fleet,
                                          NodeContext context);

// `callsUsing`: the calls drawing on this pool (a pool's type cannot change under them).
ValidationIssues validatePool(const PoolDraft &p, const FleetSnapshot &fleet, int callsUsing);

// Why a record cannot be retired yet (what still hangs off it); empty when it can.
QStringList retireProviderProblems(const FleetSnapshot &fleet, int provider);
QStringList retireSiteProblems(const FleetSnapshot &fleet, int site);
QStringList retireClusterProblems(const FleetSnapshot &fleet, int cluster);
QStringList retireRowProblems(const FleetSnapshot &fleet, int row);
QStringList retireRackProblems(const FleetSnapshot &fleet, int rack);
QStringList retirePoolProblems(const FleetSnapshot &fleet, int pool, int callsUsing);

} // namespace gpudesk
