// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramYear.h"

#include "Placement.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramYear)
};

bool fits(const FleetSnapshot &fleet, const PlacementOccupancy &occupancy,
          const ProgramYearWindow &w, int n)
{
    if (n < 0 || n >= fleet.nodes.size())
        return false;
    const FleetNode &node = fleet.nodes[n];
    return node.type == w.type && (w.pool < 0 || node.pool == w.pool) && fleet.isUsable(n) &&
           occupancy.isFree(n, w.start, w.end);
}

} // namespace

bool ProgramYearPlan::ok() const
{
    return refusals().isEmpty();
}

QStringList ProgramYearPlan::refusals() const
{
    QStringList out;
    for (const ProgramYearPlacement &t : teams) {
        if (!t.refusal.isEmpty())
            out << t.refusal;
    }
    return out;
}

ProgramYearPlan planProgramYear(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                const QList<ProgramYearTeam> &teams, const ProgramYearWindow &w)
{
    ProgramYearPlan plan;
    plan.teams.resize(teams.size());
    PlacementOccupancy occupancy(bookings);
    auto take = [&](int n) { occupancy.book(n, w.start, w.end); };

    // Each team's own nodes first.
    struct Offer
    {
        int node;
        int giver;
    };
    QList<Offer> offered;
    for (int i = 0; i < teams.size(); ++i) {
        QList<int> held = teams[i].held;
        std::sort(held.begin(), held.end());
        held.erase(std::unique(held.begin(), held.end()), held.end());
        ProgramYearPlacement &p = plan.teams[i];
        for (int n : std::as_const(held)) {
            if (p.kept.size() < teams[i].share && fits(fleet, occupancy, w, n)) {
                p.kept.append(n);
                take(n);
            } else {
                p.released.append(n);
            }
        }
    }
    // What the shrinking teams gave up, in team order, when it can serve the new year at all.
    for (int i = 0; i < teams.size(); ++i) {
        for (int n : std::as_const(plan.teams[i].released)) {
            if (fits(fleet, occupancy, w, n))
                offered.append({n, i});
        }
    }
    // Growing teams take released nodes, in their own clusters first.
    for (int i = 0; i < teams.size(); ++i) {
        ProgramYearPlacement &p = plan.teams[i];
        int need = teams[i].share - int(p.kept.size());
        if (need <= 0)
            continue;
        QSet<int> clusters;
        for (int n : std::as_const(p.kept))
            clusters.insert(fleet.racks[fleet.nodes[n].rack].cluster);
        for (int pass = 0; pass < 2 && need > 0; ++pass) {
            for (qsizetype k = 0; k < offered.size() && need > 0;) {
                const Offer o = offered[k];
                const bool near = clusters.contains(fleet.racks[fleet.nodes[o.node].rack].cluster);
                if ((pass == 0 && !near) || o.giver == i) {
                    ++k;
                    continue;
                }
                p.taken.append(o.node);
                p.takenFrom.append(o.giver);
                take(o.node);
                offered.removeAt(k);
                --need;
            }
        }
    }
    // The rest from the pool's free nodes.
    for (int i = 0; i < teams.size(); ++i) {
        ProgramYearPlacement &p = plan.teams[i];
        const int need = teams[i].share - int(p.nodes().size());
        if (need <= 0)
            continue;
        PlacementRequest request;
        request.project = i;
        request.code = teams[i].code;
        request.type = w.type;
        request.pool = w.pool;
        request.nodes = need;
        request.start = w.start;
        request.end = w.end;
        const Suggestion s = suggestPlacement(fleet, occupancy, request);
        QList<int> chosen = s.ok ? s.nodes : firstFitPlacement(fleet, occupancy, request);
        if (chosen.size() < need) {
            p.refusal = Text::tr("%1 needs %n more node(s) than its own and those the other teams "
                                 "gave up, and the pool has too few free ones for the new year.",
                                 nullptr, need)
                            .arg(teams[i].code);
            continue;
        }
        for (int n : std::as_const(chosen))
            take(n);
        p.fromPool = chosen;
    }
    for (const Offer &o : std::as_const(offered))
        plan.returnedToPool.append(o.node);
    return plan;
}

} // namespace gpudesk
