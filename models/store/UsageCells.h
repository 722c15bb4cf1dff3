// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"
#include "telemetry/UsageAggregate.h"

#include <QHash>
#include <vector>

namespace gpudesk {

class UsageScopeMap;

// The scopes usage_rollups keeps; GPUs are read from the samples instead.
constexpr UsageScope kStoredScopes[] = {UsageScope::Node,    UsageScope::Project,
                                        UsageScope::Cluster, UsageScope::Provider,
                                        UsageScope::Pool,    UsageScope::Fleet};

// A rollup row before it has a series id: scope, entity index (UsageScopeMap), tier, bucket.
struct UsageRowKey
{
    qint64 bucket = 0;
    int entity = 0;
    UsageScope scope = UsageScope::Fleet;
    UsageTier tier = UsageTier::FiveMinutes;

    bool operator==(const UsageRowKey &o) const
    {
        return bucket == o.bucket && entity == o.entity && scope == o.scope && tier == o.tier;
    }
};
size_t qHash(const UsageRowKey &k, size_t seed = 0);

using UsageRows = std::vector<std::pair<UsageRowKey, UsageAggregate>>;

// GPU readings gathered into cells of one node, one holder (project or none) and one 5-minute
// bucket: the smallest unit every stored scope and tier is a union of. A file of a million
// readings makes a few tens of thousands of cells, so the scopes and tiers are summed from cells,
// never reading by reading.
class UsageCells final
{
public:
    explicit UsageCells(const UsageScopeMap &map);

    // One reading of one GPU of `node` at ts.
    void add(int node, qint64 ts, const GpuReading &reading);
    void clear()
    {
        m_cells.clear();
        m_last = nullptr;
    }
    // Adds another set of cells (gathered on another thread) into these.
    void merge(const UsageCells &other);

    // Every stored scope's buckets in the tiers asked for, merged from the cells.
    UsageRows rows(bool fiveMinutes, bool hour, bool day) const;

private:
    struct Key
    {
        qint64 bucket;
        int node;
        int project;
        bool operator==(const Key &o) const
        {
            return bucket == o.bucket && node == o.node && project == o.project;
        }
    };
    friend size_t qHash(const Key &k, size_t seed)
    {
        return qHashMulti(seed, k.bucket, k.node, k.project);
    }

    const UsageScopeMap &m_map;
    std::vector<int> m_hints; // per node, for UsageScopeMap::projectAt
    QHash<Key, UsageAggregate> m_cells;
    Key m_lastKey{-1, -1, -2};
    UsageAggregate *m_last = nullptr;
};

} // namespace gpudesk
