// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/NodeUtilisation.h"

#include "telemetry/UsageSource.h"

#include <limits>

namespace gpudesk {

bool nodeUtilisation(UsageSource &source, const FleetSnapshot &fleet, qint64 fromMs, qint64 toMs,
                     QList<double> *share, QString *error)
{
    QHash<QString, UsageTotals> totals;
    if (!source.totals(UsageScope::Node, fromMs, toMs, &totals, error))
        return false;
    share->fill(std::numeric_limits<double>::quiet_NaN(), fleet.nodes.size());
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const int node = fleet.nodeById.value(it.key(), -1);
        if (node >= 0 && it->seconds > 0)
            (*share)[node] = it->ratio();
    }
    return true;
}

} // namespace gpudesk
