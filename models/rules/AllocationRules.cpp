// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationRules.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AllocationRules)
};

// Windows end exclusively at midnight; people read the last day they may use.
QString lastDay(qint64 endMs)
{
    return formatDate(endMs - 1);
}

QString typeCode(const FleetSnapshot &fleet, int type)
{
    return type >= 0 && type < fleet.types.size() ? fleet.types[type].code : Text::tr("unknown");
}

QString poolCode(const FleetSnapshot &fleet, int pool)
{
    return pool >= 0 && pool < fleet.pools.size() ? fleet.pools[pool].code : QString();
}

QString stateRefusal(const FleetNode &node)
{
    QString text;
    switch (node.state) {
    case NodeState::Maintenance:
        text = Text::tr("%1 is in maintenance and takes no new work.");
        break;
    case NodeState::Failed:
        text = Text::tr("%1 has failed and takes no new work.");
        break;
    case NodeState::Reserved:
        text = Text::tr("%1 is reserved and takes no new work.");
        break;
    case NodeState::Free:
    case NodeState::Allocated:
        return {};
    }
    text = text.arg(node.hostname);
    if (!node.stateReason.isEmpty())
        text = Text::tr("%1 (%2)").arg(text, node.stateReason);
    return text;
}

void checkWindow(const Placement &t, qint64 nowMs, QStringList *refusals)
{
    if (t.end <= t.start) {
        refusals->append(Text::tr("The window must end after it starts (it runs from %1 to %2).")
                             .arg(formatDate(t.start), formatDate(t.end)));
        return;
    }
    const qint64 latest = latestWindowEnd(t.start);
    if (t.end > latest)
        refusals->append(Text::tr("The window from %1 to %2 is longer than 12 months; let it "
                                  "end on %3 at the latest.")
                             .arg(formatDate(t.start), lastDay(t.end), lastDay(latest)));
    if (t.end <= nowMs)
        refusals->append(Text::tr("The window from %1 to %2 is already over; choose dates to "
                                  "come.")
                             .arg(formatDate(t.start), lastDay(t.end)));
}

void checkCount(const PlacementProject &p, int count, QStringList *refusals)
{
    if (count > p.nodesToGrant)
        refusals->append(Text::tr("%1 was granted %2 nodes; %n node(s) chosen.", nullptr, count)
                             .arg(p.code)
                             .arg(p.nodesToGrant));
    if (p.capNodes > 0 && count > p.capNodes)
        refusals->append(
            Text::tr("The call allows at most %1 nodes per project; %n node(s) chosen for %2.",
                     nullptr, count)
                .arg(p.capNodes)
                .arg(p.code));
}

void checkNode(const FleetSnapshot &fleet, const FleetBookings &bookings, const PlacementProject &p,
               const Placement &t, int n, bool held, QStringList *refusals)
{
    const FleetNode &node = fleet.nodes[n];
    if (node.type != p.type)
        refusals->append(
            Text::tr("%1 is a %2 node; %3 asked for %4.")
                .arg(node.hostname, typeCode(fleet, node.type), p.code, typeCode(fleet, p.type)));
    // A node the project already holds may have changed pool or state since; that must not
    // stop the officer from shortening or extending what it holds, so these two rules judge
    // only nodes being added.
    if (!held) {
        if (p.pool >= 0 && node.pool != p.pool) {
            if (node.pool < 0)
                refusals->append(Text::tr("%1 is in no pool; %2 draws on pool %3.")
                                     .arg(node.hostname, p.code, poolCode(fleet, p.pool)));
            else
                refusals->append(Text::tr("%1 is in pool %2; %3 draws on pool %4.")
                                     .arg(node.hostname, poolCode(fleet, node.pool), p.code,
                                          poolCode(fleet, p.pool)));
        }
        const QString state = stateRefusal(node);
        if (!state.isEmpty())
            refusals->append(state);
    }
    if (t.end <= t.start || n >= bookings.byNode.size())
        return;
    for (int a : bookings.byNode[n]) {
        const AllocationWindow &w = bookings.allocations[a];
        if (w.start >= t.end)
            break; // sorted by start
        if (!w.overlaps(t.start, t.end) || w.grant < 0)
            continue;
        const GrantInfo &g = bookings.grants[w.grant];
        if (g.status == GrantStatus::Released || g.applicationId == p.applicationId)
            continue;
        refusals->append(Text::tr("%1 is already allocated to %2 from %3 to %4.")
                             .arg(node.hostname, g.code, formatDate(w.start), lastDay(w.end)));
    }
}

} // namespace

bool operator==(const Placement &a, const Placement &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    if (a.start != b.start || a.end != b.end || a.nodes.size() != b.nodes.size())
        return false;
    QList<int> x = a.nodes, y = b.nodes;
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    return x == y;
}

qint64 latestWindowEnd(qint64 start)
{
    return QDateTime::fromMSecsSinceEpoch(start, displayTimeZone())
        .addMonths(12)
        .toMSecsSinceEpoch();
}

Placement currentPlacement(const FleetBookings &bookings, const QString &applicationId)
{
    Placement p;
    const int g = bookings.grantByApplication.value(applicationId, -1);
    if (g < 0)
        return p;
    for (const AllocationWindow &w : bookings.allocations) {
        if (w.grant == g && w.node >= 0)
            p.nodes.append(w.node);
    }
    std::sort(p.nodes.begin(), p.nodes.end());
    p.start = bookings.grants[g].start;
    p.end = bookings.grants[g].end;
    return p;
}

AllocationCheck checkPlacement(const FleetSnapshot &fleet, const FleetBookings &bookings,
                               const PlacementProject &project, const Placement &target,
                               qint64 nowMs)
{
    AllocationCheck check;
    QStringList &refusals = check.refusals;
    const bool placeable = project.status == ApplicationStatus::Selected ||
                           project.status == ApplicationStatus::Allocated ||
                           project.status == ApplicationStatus::Active;
    if (target.isEmpty()) {
        if (project.status == ApplicationStatus::Active)
            refusals.append(Text::tr("%1 is active: its nodes are in use. Shorten its window "
                                     "instead, or reclaim the project.")
                                .arg(project.code));
        check.ok = refusals.isEmpty();
        return check;
    }
    if (!placeable) {
        refusals.append(Text::tr("%1 is %2; only selected, allocated and active projects hold "
                                 "nodes.")
                            .arg(project.code, statusLabel(project.status)));
    }
    checkWindow(target, nowMs, &refusals);
    checkCount(project, int(target.nodes.size()), &refusals);

    QSet<int> held;
    const int g = bookings.grantByApplication.value(project.applicationId, -1);
    if (g >= 0) {
        for (const AllocationWindow &w : bookings.allocations) {
            if (w.grant == g)
                held.insert(w.node);
        }
    }
    QSet<int> seen;
    for (int n : target.nodes) {
        if (n < 0 || n >= fleet.nodes.size()) {
            refusals.append(Text::tr("A chosen node is no longer in the fleet; reload the map "
                                     "and choose again."));
            continue;
        }
        if (seen.contains(n)) {
            refusals.append(Text::tr("%1 is chosen twice.").arg(fleet.nodes[n].hostname));
            continue;
        }
        seen.insert(n);
        checkNode(fleet, bookings, project, target, n, held.contains(n), &refusals);
    }
    check.ok = refusals.isEmpty();
    return check;
}

QList<int> nodeCommitments(const FleetBookings &bookings, int node, qint64 nowMs)
{
    QList<int> out;
    if (node < 0 || node >= bookings.byNode.size())
        return out;
    for (int a : bookings.byNode[node]) {
        const AllocationWindow &w = bookings.allocations[a];
        if (w.end <= nowMs || w.grant < 0)
            continue;
        if (bookings.grants[w.grant].status == GrantStatus::Released)
            continue;
        out.append(a);
    }
    return out;
}

AllocationCheck checkPoolMove(const FleetSnapshot &fleet, const FleetBookings &bookings,
                              const QList<int> &nodes, int targetPool, qint64 nowMs)
{
    AllocationCheck check;
    const FleetPool *target =
        targetPool >= 0 && targetPool < fleet.pools.size() ? &fleet.pools[targetPool] : nullptr;
    const QString targetName = target ? target->code : Text::tr("no pool");
    for (int n : nodes) {
        if (n < 0 || n >= fleet.nodes.size()) {
            check.refusals.append(Text::tr("A chosen node is no longer in the fleet; reload and "
                                           "choose again."));
            continue;
        }
        const FleetNode &node = fleet.nodes[n];
        if (node.pool == targetPool)
            continue;
        if (target && target->type >= 0 && target->type != node.type)
            check.refusals.append(Text::tr("%1 is a %2 node; pool %3 holds %4 nodes.")
                                      .arg(node.hostname, typeCode(fleet, node.type), target->code,
                                           typeCode(fleet, target->type)));
        for (int a : nodeCommitments(bookings, n, nowMs)) {
            const AllocationWindow &w = bookings.allocations[a];
            const GrantInfo &g = bookings.grants[w.grant];
            if (g.pool < 0 || g.pool == targetPool)
                continue;
            check.refusals.append(
                Text::tr("%1 is allocated to %2 from pool %3 until %4; moving it to %5 would take "
                         "it from that project. Move or release the allocation on the rack map "
                         "first.")
                    .arg(node.hostname, g.code, poolCode(fleet, g.pool), lastDay(w.end), targetName));
        }
    }
    check.ok = check.refusals.isEmpty();
    return check;
}

QStringList retireNodeProblems(const FleetSnapshot &fleet, const FleetBookings &bookings, int node,
                               qint64 nowMs)
{
    QStringList out;
    if (node < 0 || node >= fleet.nodes.size())
        return out;
    for (int a : nodeCommitments(bookings, node, nowMs)) {
        const AllocationWindow &w = bookings.allocations[a];
        out.append(Text::tr("%1 is allocated to %2 from %3 to %4; release or move that allocation "
                            "first.")
                       .arg(fleet.nodes[node].hostname, bookings.grants[w.grant].code,
                            formatDate(w.start), lastDay(w.end)));
    }
    return out;
}

QStringList outOfServiceEffects(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                int node, qint64 nowMs)
{
    QStringList out;
    if (node < 0 || node >= fleet.nodes.size())
        return out;
    for (int a : nodeCommitments(bookings, node, nowMs)) {
        const AllocationWindow &w = bookings.allocations[a];
        out.append(Text::tr("%1 holds %2's allocation from %3 to %4; move the project to another "
                            "node on the rack map.")
                       .arg(fleet.nodes[node].hostname, bookings.grants[w.grant].code,
                            formatDate(w.start), lastDay(w.end)));
    }
    return out;
}

} // namespace gpudesk
