// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageCells.h"

#include "store/UsageScopeMap.h"

namespace gpudesk {

size_t qHash(const UsageRowKey &k, size_t seed)
{
    return qHashMulti(seed, k.bucket, k.entity, (int(k.scope) << 8) | int(k.tier));
}

void UsageCells::add(int node, qint64 ts, const GpuReading &reading)
{
    const Key key{usageBucketStart(UsageTier::FiveMinutes, ts), node, m_map.projectAt(node, ts)};
    // Readings come grouped by GPU and time: the last cell usually takes the next one too.
    if (!m_last || !(key == m_lastKey)) {
        m_last = &m_cells[key];
        m_lastKey = key;
    }
    m_last->add(reading);
}

UsageRows UsageCells::rows(bool fiveMinutes, bool hour, bool day) const
{
    QHash<UsageRowKey, UsageAggregate> merged;
    merged.reserve(m_cells.size() * 2);
    const bool tiers[usageTierCount] = {fiveMinutes, hour, day};
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const Key &cell = it.key();
        for (int t = 0; t < usageTierCount; ++t) {
            if (!tiers[t])
                continue;
            const UsageTier tier = UsageTier(t);
            const qint64 bucket = usageBucketStart(tier, cell.bucket);
            for (const UsageScope scope : kStoredScopes) {
                const int entity =
                    scope == UsageScope::Project ? cell.project : m_map.entityOf(scope, cell.node);
                if (entity < 0)
                    continue;
                merged[UsageRowKey{bucket, entity, scope, tier}].merge(it.value());
            }
        }
    }
    UsageRows out;
    out.reserve(size_t(merged.size()));
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        out.emplace_back(it.key(), it.value());
    return out;
}

} // namespace gpudesk
