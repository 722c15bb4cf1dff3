// SPDX-License-Identifier: GPL-3.0-or-later
#include "Placement.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// The translation context lupdate and the runtime agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Placement)
};

QString dateText(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, displayTimeZone()).toString(u"yyyy-MM-dd"_s);
}

// One cluster laid out as the line fragmentation is measured along: its racks in order, bottom
// to top within each. Rebuilt per call into reused buffers; the integer arrays keep the scoring
// loop away from hashes and the snapshot's strings.
struct ClusterLine
{
    std::vector<int> node;     // per position: index into fleet.nodes
    std::vector<int> rack;     // per position: index into cluster.racks
    std::vector<char> free;    // usable and not booked in the window
    std::vector<char> cand;    // free, and of the request's type and pool
    std::vector<int> rowStart; // per cluster rack: how many row changes up to it
    int freeCount = 0;

    void build(const FleetSnapshot &fleet, const PlacementOccupancy &occ, int cluster,
               const PlacementRequest *request, qint64 start, qint64 end)
    {
        node.clear();
        rack.clear();
        free.clear();
        cand.clear();
        rowStart.clear();
        freeCount = 0;
        const FleetCluster &c = fleet.clusters[cluster];
        int rows = 0;
        for (int k = 0; k < c.racks.size(); ++k) {
            const FleetRack &r = fleet.racks[c.racks[k]];
            if (k > 0 && r.row != fleet.racks[c.racks[k - 1]].row)
                ++rows;
            rowStart.push_back(rows);
            for (int n : r.nodes) {
                const bool isFree = fleet.isUsable(n) && occ.isFree(n, start, end);
                const FleetNode &fn = fleet.nodes[n];
                const bool fits = isFree && request && fn.type == request->type &&
                                  (request->pool < 0 || fn.pool == request->pool);
                node.push_back(n);
                rack.push_back(k);
                free.push_back(isFree);
                cand.push_back(fits);
                freeCount += isFree;
            }
        }
    }

    int longestRun() const
    {
        int best = 0;
        int run = 0;
        for (char f : free) {
            run = f ? run + 1 : 0;
            best = std::max(best, run);
        }
        return best;
    }
};

double fragmentationOf(int longest, int freeCount)
{
    return freeCount > 0 ? 1.0 - double(longest) / double(freeCount) : 0.0;
}

bool clusterHasType(const FleetSnapshot &fleet, int cluster, int type)
{
    const FleetCluster &c = fleet.clusters[cluster];
    if (c.type == type)
        return true;
    // A cluster is of one type in practice; a stray node of another type still counts.
    for (int r : c.racks) {
        for (int n : fleet.racks[r].nodes) {
            if (fleet.nodes[n].type == type)
                return true;
        }
    }
    return false;
}

constexpr double kEpsilon = 1e-9;

// How a candidate placement ranks: fewer racks, then racks without gaps between them, then fewer
// rows, then the smaller rise in fragmentation, then fewer free runs left (filling a run exactly
// or taking from its edge beats splitting it). Smaller is better in every field.
struct Score
{
    int racks = 0;
    int gaps = 0;
    int rows = 0;
    double fragDelta = 0;
    int runsDelta = 0;

    // With layoutOnly, compares racks, gaps and rows alone (what is known before the scan).
    bool betterThan(const Score &o, bool layoutOnly = false) const
    {
        if (racks != o.racks)
            return racks < o.racks;
        if (gaps != o.gaps)
            return gaps < o.gaps;
        if (rows != o.rows)
            return rows < o.rows;
        if (layoutOnly)
            return false;
        if (fragDelta < o.fragDelta - kEpsilon)
            return true;
        if (fragDelta > o.fragDelta + kEpsilon)
            return false;
        return runsDelta < o.runsDelta;
    }
};

struct Option
{
    bool found = false;
    Score score;
    int cluster = -1;
    double fragBefore = 0;
    double fragAfter = 0;
    std::vector<int> nodes;
};

QString poolCode(const FleetSnapshot &fleet, int pool)
{
    return pool >= 0 && pool < fleet.pools.size() ? fleet.pools[pool].code : QString();
}

QString shortfallText(const FleetSnapshot &fleet, const PlacementRequest &r, int total,
                      int bestCluster, int bestClusterCount)
{
    const QString type = fleet.types[r.type].code;
    const QString from = dateText(r.start);
    const QString to = dateText(r.end);
    const QString pool = poolCode(fleet, r.pool);
    if (total < r.nodes) {
        if (pool.isEmpty())
            return Text::tr("Only %1 free %2 nodes for %3 – %4, %n needed. Choose another "
                            "window or ask for fewer nodes.",
                            nullptr, r.nodes)
                .arg(total)
                .arg(type, from, to);
        return Text::tr("Only %1 free %2 nodes in pool %3 for %4 – %5, %n needed. Choose another "
                        "window or ask for fewer nodes.",
                        nullptr, r.nodes)
            .arg(total)
            .arg(type, pool, from, to);
    }
    const QString cluster =
        bestCluster >= 0 ? fleet.clusters[bestCluster].name : Text::tr("none", "cluster");
    if (pool.isEmpty())
        return Text::tr("%1 free %2 nodes for %3 – %4, but no cluster has the %n needed: at most "
                        "%5 in one cluster (%6). Place the project by hand over several "
                        "clusters or choose another window.",
                        nullptr, r.nodes)
            .arg(total)
            .arg(type, from, to)
            .arg(bestClusterCount)
            .arg(cluster);
    return Text::tr("%1 free %2 nodes in pool %3 for %4 – %5, but no cluster has the %n needed: "
                    "at most %6 in one cluster (%7). Place the project by hand over several "
                    "clusters or choose another window.",
                    nullptr, r.nodes)
        .arg(total)
        .arg(type, pool, from, to)
        .arg(bestClusterCount)
        .arg(cluster);
}

// Why a request cannot even be looked at, or an empty string.
QString requestProblem(const FleetSnapshot &fleet, const PlacementRequest &r)
{
    if (r.type < 0 || r.type >= fleet.types.size())
        return Text::tr("The request names no accelerator type the fleet knows.");
    if (r.pool >= fleet.pools.size())
        return Text::tr("The request names a pool the fleet does not have.");
    if (r.nodes <= 0)
        return Text::tr("Nothing to place: the project already holds all the nodes it needs.");
    if (r.end <= r.start)
        return Text::tr("The window %1 – %2 is empty: choose an end after the start.")
            .arg(dateText(r.start), dateText(r.end));
    return QString();
}

// What first-fit would do with the same request on the same occupancy, kept to one cluster as
// the rules demand: its racks and the change it makes to that cluster's fragmentation. (Plain
// first-fit may spill over into the next cluster, which no suggestion may do.)
struct Baseline
{
    bool found = false;
    int racks = 0;
    double fragDelta = 0;
};

Baseline baselineOf(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                    const PlacementRequest &request)
{
    Baseline b;
    const QList<int> nodes = firstFitInOneCluster(fleet, occupancy, request);
    if (nodes.isEmpty())
        return b;
    b.found = true;
    b.racks = racksUsed(fleet, nodes);
    QSet<int> taken(nodes.begin(), nodes.end());
    QList<int> clusters;
    for (int n : nodes) {
        const int c = fleet.racks[fleet.nodes[n].rack].cluster;
        if (!clusters.contains(c))
            clusters.append(c);
    }
    ClusterLine line;
    for (int c : clusters) {
        line.build(fleet, occupancy, c, nullptr, request.start, request.end);
        const double before = fragmentationOf(line.longestRun(), line.freeCount);
        for (int p = 0; p < int(line.node.size()); ++p) {
            if (line.free[p] && taken.contains(line.node[p])) {
                line.free[p] = 0;
                --line.freeCount;
            }
        }
        b.fragDelta += fragmentationOf(line.longestRun(), line.freeCount) - before;
    }
    return b;
}

} // namespace

PlacementRequest placementRequest(const PlacementProject &project, int index)
{
    PlacementRequest r;
    r.project = index;
    r.code = project.code;
    r.type = project.type;
    r.pool = project.pool;
    r.nodes = project.nodesToGrant - project.placedNodes;
    r.start = project.defaultStart;
    r.end = project.defaultEnd;
    return r;
}

void PlacementOccupancy::book(int node, qint64 start, qint64 end)
{
    m_booked[node].append(Window{start, end});
}

bool PlacementOccupancy::isFree(int node, qint64 start, qint64 end) const
{
    if (m_excluded.contains(node) || !m_bookings->isFree(node, start, end))
        return false;
    const auto it = m_booked.constFind(node);
    if (it == m_booked.constEnd())
        return true;
    for (const Window &w : *it) {
        if (w.start < end && start < w.end)
            return false;
    }
    return true;
}

Suggestion suggestPlacement(const FleetSnapshot &fleet, const FleetBookings &bookings,
                            const PlacementRequest &request, const QSet<int> *excluded)
{
    PlacementOccupancy occupancy(bookings);
    if (excluded)
        occupancy.exclude(*excluded);
    return suggestPlacement(fleet, occupancy, request);
}

Suggestion suggestPlacement(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                            const PlacementRequest &request)
{
    Suggestion out;
    out.refusal = requestProblem(fleet, request);
    if (!out.refusal.isEmpty())
        return out;

    const int need = request.nodes;
    const Baseline baseline = baselineOf(fleet, occupancy, request);
    ClusterLine line;
    std::vector<int> candPos;
    std::vector<int> rackChanges; // per candidate: rack changes among candidates up to it
    std::vector<int> preMax;      // longest free run within [0, p)
    std::vector<int> sufMax;      // longest free run within [p, M)

    int total = 0;
    int bestCount = 0;
    int bestCountCluster = -1;
    // The best placement overall, and the best one that is no worse than first-fit (in one
    // cluster) in racks and in fragmentation. First-fit's own placement is among the candidates,
    // so whenever anything fits, the suggestion loses to the baseline on neither measure; fewer
    // racks that would break up the free space more do not win.
    Option best;
    Option bestDominating;

    for (int c = 0; c < fleet.clusters.size(); ++c) {
        if (!clusterHasType(fleet, c, request.type))
            continue;
        line.build(fleet, occupancy, c, &request, request.start, request.end);
        candPos.clear();
        for (int p = 0; p < int(line.cand.size()); ++p) {
            if (line.cand[p])
                candPos.push_back(p);
        }
        const int k = int(candPos.size());
        total += k;
        if (k > bestCount) {
            bestCount = k;
            bestCountCluster = c;
        }
        if (k < need)
            continue;

        const int m = int(line.free.size());
        preMax.assign(m + 1, 0);
        sufMax.assign(m + 1, 0);
        for (int p = 0, run = 0; p < m; ++p) {
            run = line.free[p] ? run + 1 : 0;
            preMax[p + 1] = std::max(preMax[p], run);
        }
        for (int p = m - 1, run = 0; p >= 0; --p) {
            run = line.free[p] ? run + 1 : 0;
            sufMax[p] = std::max(sufMax[p + 1], run);
        }
        const double fragBefore = fragmentationOf(preMax[m], line.freeCount);
        const int freeAfter = line.freeCount - need;
        rackChanges.assign(k, 0);
        for (int t = 1; t < k; ++t)
            rackChanges[t] =
                rackChanges[t - 1] + (line.rack[candPos[t]] != line.rack[candPos[t - 1]]);

        // Every placement worth having takes `need` candidates that follow each other along the
        // line: leaving one out in the middle could only add a hole, and the ones left at either
        // end are what the next start position tries.
        for (int t = 0; t + need <= k; ++t) {
            const int a = candPos[t];
            const int b = candPos[t + need - 1];
            Score s;
            s.racks = rackChanges[t + need - 1] - rackChanges[t] + 1;
            s.gaps = (line.rack[b] - line.rack[a] + 1) - s.racks;
            s.rows = line.rowStart[line.rack[b]] - line.rowStart[line.rack[a]] + 1;
            const bool canWin = !best.found || !best.score.betterThan(s, true);
            const bool canDominate =
                baseline.found && s.racks <= baseline.racks &&
                (!bestDominating.found || !bestDominating.score.betterThan(s, true));
            if (!canWin && !canDominate)
                continue; // racks, gaps or rows already lose: skip the scan below

            // Free nodes of another pool or type between a and b stay free in short runs.
            int inner = 0;
            for (int p = a + 1, run = 0; p < b; ++p) {
                run = (line.free[p] && !line.cand[p]) ? run + 1 : 0;
                inner = std::max(inner, run);
            }
            const int longest = std::max({preMax[a], sufMax[b + 1], inner});
            const double fragAfter = fragmentationOf(longest, freeAfter);
            s.fragDelta = fragAfter - fragBefore;

            // Runs only start or stop changing inside [a, b + 1].
            const int last = std::min(b + 1, m - 1);
            int before = 0;
            int after = 0;
            for (int p = a; p <= last; ++p) {
                const bool was = line.free[p];
                const bool wasPrev = p > 0 && line.free[p - 1];
                before += was && !wasPrev;
                const bool is = was && !(line.cand[p] && p <= b);
                const bool isPrev = wasPrev && !(p - 1 >= a && line.cand[p - 1]);
                after += is && !isPrev;
            }
            s.runsDelta = after - before;

            const auto take = [&](Option &o) {
                o.found = true;
                o.score = s;
                o.cluster = c;
                o.fragBefore = fragBefore;
                o.fragAfter = fragAfter;
                o.nodes.clear();
                for (int i = t; i < t + need; ++i)
                    o.nodes.push_back(line.node[candPos[i]]);
            };
            if (canWin && (!best.found || s.betterThan(best.score)))
                take(best);
            if (canDominate && s.fragDelta <= baseline.fragDelta + kEpsilon &&
                (!bestDominating.found || s.betterThan(bestDominating.score)))
                take(bestDominating);
        }
    }

    const Option &chosen = bestDominating.found ? bestDominating : best;
    if (!chosen.found) {
        out.refusal = shortfallText(fleet, request, total, bestCountCluster, bestCount);
        return out;
    }
    out.ok = true;
    out.cluster = chosen.cluster;
    out.racksUsed = chosen.score.racks;
    out.fragmentationBefore = chosen.fragBefore;
    out.fragmentationAfter = chosen.fragAfter;
    out.nodes = QList<int>(chosen.nodes.begin(), chosen.nodes.end());
    return out;
}

RoundResult placeRound(const FleetSnapshot &fleet, const FleetBookings &bookings,
                       const QList<PlacementRequest> &requests)
{
    RoundResult result;
    result.suggestions.resize(requests.size());
    // Largest first: the big projects need the long runs, the small ones fit in what is left.
    std::vector<int> order(requests.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return requests[x].nodes > requests[y].nodes; });

    PlacementOccupancy occupancy(bookings);
    for (int i : order) {
        const PlacementRequest &r = requests[i];
        Suggestion s = suggestPlacement(fleet, occupancy, r);
        if (s.ok) {
            for (int n : s.nodes)
                occupancy.book(n, r.start, r.end);
        }
        result.suggestions[i] = std::move(s);
    }
    for (int i = 0; i < requests.size(); ++i) {
        const Suggestion &s = result.suggestions[i];
        if (s.ok) {
            ++result.placed;
            continue;
        }
        const QString who =
            requests[i].code.isEmpty() ? Text::tr("Request %1").arg(i + 1) : requests[i].code;
        //: A project's code, then why it was not placed.
        result.notPlaced << Text::tr("%1: %2").arg(who, s.refusal);
    }
    return result;
}

QList<int> firstFitPlacement(const FleetSnapshot &fleet, const FleetBookings &bookings,
                             const PlacementRequest &request)
{
    return firstFitPlacement(fleet, PlacementOccupancy(bookings), request);
}

namespace {
// First-fit in fleet order (cluster, rack, unit); with `oneCluster` a cluster that cannot hold the
// whole request is passed over instead of spilling into the next one.
QList<int> firstFit(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                    const PlacementRequest &request, bool oneCluster)
{
    QList<int> out;
    if (!requestProblem(fleet, request).isEmpty())
        return out;
    for (const FleetCluster &c : fleet.clusters) {
        if (oneCluster)
            out.clear();
        for (int r : c.racks) {
            for (int n : fleet.racks[r].nodes) {
                const FleetNode &node = fleet.nodes[n];
                if (node.type != request.type || (request.pool >= 0 && node.pool != request.pool) ||
                    !fleet.isUsable(n) || !occupancy.isFree(n, request.start, request.end))
                    continue;
                out.append(n);
                if (out.size() == request.nodes)
                    return out;
            }
        }
    }
    return QList<int>();
}
} // namespace

QList<int> firstFitPlacement(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                             const PlacementRequest &request)
{
    return firstFit(fleet, occupancy, request, false);
}

QList<int> firstFitInOneCluster(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
                                const PlacementRequest &request)
{
    return firstFit(fleet, occupancy, request, true);
}

double fragmentation(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy, int cluster,
                     qint64 start, qint64 end)
{
    if (cluster < 0 || cluster >= fleet.clusters.size())
        return 0;
    ClusterLine line;
    line.build(fleet, occupancy, cluster, nullptr, start, end);
    return fragmentationOf(line.longestRun(), line.freeCount);
}

int racksUsed(const FleetSnapshot &fleet, const QList<int> &nodes)
{
    QSet<int> racks;
    for (int n : nodes) {
        if (n >= 0 && n < fleet.nodes.size())
            racks.insert(fleet.nodes[n].rack);
    }
    return int(racks.size());
}

} // namespace gpudesk
