// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ShareAllocation.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace gpudesk {

namespace {

// Exact shares within the bounds: share = clamp(lambda x weight, lo, hi) with the one lambda
// that makes them add up to the capacity. The sum grows steadily with lambda, so halving the
// interval finds it; a team at a bound stays there only as long as the others' shares say so
// (fixing teams at a bound one pass at a time would keep a minimum that a later maximum undoes).
QList<double> waterFill(const QList<double> &weight, double capacity, double lo, double hi)
{
    const int n = int(weight.size());
    const auto shareAt = [&](double lambda, int i) {
        const double s = std::max(lo, lambda * weight[i]);
        return hi > 0 ? std::min(hi, s) : s;
    };
    QList<double> share(n);
    if (hi > 0 && capacity >= n * hi) {
        share.fill(hi); // every team at its maximum: the rest stays unused
        return share;
    }
    const double smallest = *std::min_element(weight.cbegin(), weight.cend());
    double below = 0;
    double above = (capacity + 1) / smallest; // every free share already past the capacity
    for (int step = 0; step < 200 && above - below > above * 1e-15; ++step) {
        const double mid = (below + above) / 2;
        double sum = 0;
        for (int i = 0; i < n; ++i)
            sum += shareAt(mid, i);
        (sum < capacity ? below : above) = mid;
    }
    for (int i = 0; i < n; ++i)
        share[i] = shareAt(above, i);
    return share;
}

} // namespace

ShareResult computeShares(const QList<TeamScore> &teams, const ShareRule &rule)
{
    ShareResult result;
    if (rule.capacityNodes < 0 || rule.minimumNodes < 0 || rule.maximumNodes < 0) {
        result.error = QCoreApplication::translate(
            "ShareAllocation", "The capacity, the minimum and the maximum cannot be negative.");
        return result;
    }
    if (rule.maximumNodes > 0 && rule.maximumNodes < rule.minimumNodes) {
        result.error = QCoreApplication::translate(
            "ShareAllocation", "The maximum per team is below the minimum per team.");
        return result;
    }
    QList<int> passing;
    QList<double> weight;
    for (int i = 0; i < teams.size(); ++i) {
        TeamShare s;
        s.id = teams[i].id;
        s.score = teams[i].score;
        s.passed = std::isfinite(s.score) && s.score > rule.floor;
        if (s.passed) {
            passing.append(i);
            weight.append(s.score - rule.floor);
        }
        result.shares.append(s);
    }
    const int n = int(passing.size());
    if (qint64(n) * rule.minimumNodes > rule.capacityNodes) {
        result.error = QCoreApplication::translate(
                           "ShareAllocation",
                           "%1 teams pass the floor and each needs at least %2 nodes: %3 nodes, "
                           "more than the capacity of %4. Lower the minimum or raise the floor.")
                           .arg(n)
                           .arg(rule.minimumNodes)
                           .arg(qint64(n) * rule.minimumNodes)
                           .arg(rule.capacityNodes);
        result.shares.clear();
        return result;
    }
    if (n == 0) {
        result.unusedNodes = rule.capacityNodes;
        return result;
    }

    const QList<double> exact =
        waterFill(weight, rule.capacityNodes, rule.minimumNodes, rule.maximumNodes);
    // Whole nodes: floors first, then the remaining nodes to the largest remainders.
    QList<int> nodes(n);
    int total = 0;
    for (int k = 0; k < n; ++k) {
        // A share within a rounding error of a whole node is that node.
        nodes[k] = int(std::floor(exact[k] + 1e-9));
        total += nodes[k];
    }
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double ra = exact[a] - nodes[a];
        const double rb = exact[b] - nodes[b];
        if (std::abs(ra - rb) > 1e-9)
            return ra > rb;
        return weight[a] > weight[b];
    });
    int left = rule.capacityNodes - total;
    for (int pass = 0; pass < 2 && left > 0; ++pass) {
        // The first pass gives one node per remainder; the second fills teams still under
        // their maximum (the bounds can leave whole nodes unspread after the floors).
        for (int k : order) {
            if (left == 0)
                break;
            if (pass == 0 && exact[k] - nodes[k] <= 1e-9)
                continue;
            if (rule.maximumNodes > 0 && nodes[k] >= rule.maximumNodes)
                continue;
            ++nodes[k];
            --left;
        }
    }
    for (int k = 0; k < n; ++k) {
        TeamShare &s = result.shares[passing[k]];
        s.exact = exact[k];
        s.nodes = nodes[k];
        result.totalNodes += nodes[k];
    }
    result.unusedNodes = rule.capacityNodes - result.totalNodes;
    return result;
}

} // namespace gpudesk
