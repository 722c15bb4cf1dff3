// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageCells.h"

#include "store/UsageScopeMap.h"

#include <algorithm>

namespace gpudesk {

size_t qHash(const UsageRowKey &k, size_t seed)
{
    return qHashMulti(seed, k.bucket, k.entity, (int(k.scope) << 8) | int(k.tier));
}

UsageCells::UsageCells(const UsageScopeMap &map)
    : m_map(map), m_hints(size_t(map.fleet().nodes.size()), 0)
{
}

void UsageCells::merge(const UsageCells &other)
{
    m_last = nullptr;
    for (auto it = other.m_cells.cbegin(); it != other.m_cells.cend(); ++it)
        m_cells[it.key()].merge(it.value());
}

void UsageCells::add(int node, qint64 ts, const GpuReading &reading)
{
    const Key key{usageBucketStart(UsageTier::FiveMinutes, ts), node,
                  m_map.projectAt(node, ts, &m_hints[size_t(node)])};
    // Readings come grouped by GPU and time: the last cell usually takes the next one too.
    if (!m_last || !(key == m_lastKey)) {
        m_last = &m_cells[key];
        m_lastKey = key;
    }
    m_last->add(reading);
}

UsageRows UsageCells::rows(bool fiveMinutes, bool hour, bool day) const
{
    // Per scope and tier: every cell's row key, sorted, runs of one key merged. Sorting small
    // entries beats a hash of 150-byte aggregates that most cells would each visit six times.
    struct Entry
    {
        qint64 bucket;
        int entity;
        const UsageAggregate *value;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(m_cells.size()));
    UsageRows out;
    out.reserve(size_t(m_cells.size() + m_cells.size() / 4));
    const bool tiers[usageTierCount] = {fiveMinutes, hour, day};
    for (int t = 0; t < usageTierCount; ++t) {
        if (!tiers[t])
            continue;
        const UsageTier tier = UsageTier(t);
        for (const UsageScope scope : kStoredScopes) {
            entries.clear();
            for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
                const Key &cell = it.key();
                const int entity =
                    scope == UsageScope::Project ? cell.project : m_map.entityOf(scope, cell.node);
                if (entity >= 0)
                    entries.push_back({usageBucketStart(tier, cell.bucket), entity, &it.value()});
            }
            std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
                return a.entity != b.entity ? a.entity < b.entity : a.bucket < b.bucket;
            });
            for (size_t i = 0; i < entries.size();) {
                const Entry &first = entries[i];
                out.emplace_back(UsageRowKey{first.bucket, first.entity, scope, tier},
                                 *first.value);
                UsageAggregate &row = out.back().second;
                size_t j = i + 1;
                for (; j < entries.size() && entries[j].entity == first.entity &&
                       entries[j].bucket == first.bucket;
                     ++j)
                    row.merge(*entries[j].value);
                i = j;
            }
        }
    }
    return out;
}

} // namespace gpudesk
