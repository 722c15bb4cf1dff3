// SPDX-License-Identifier: GPL-3.0-or-later
// Next year's nodes of a program's teams (rules/ProgramYear): own nodes kept first, the nodes of
// shrinking teams offered to growing ones (own cluster first, best team first) before the pool,
// the rest back to the pool, never a node of another pool, a broken node or a busy one.
#include "rules/ProgramYear.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr qint64 kStart = 1000;
constexpr qint64 kEnd = 2000;

// One B200 type; cluster 0: racks 0 (nodes 0-7) and 1 (8-15); cluster 1: rack 2 (16-23) in the
// program's pool 0, and rack 3 (24-27) in another pool.
FleetSnapshot fleet(const QList<int> &broken)
{
    FleetSnapshot f;
    f.types.append({u"t"_s, u"B200"_s, 8});
    f.pools.append(
        {u"p0"_s, u"national-b200"_s, u"국가"_s, u"National"_s, PoolKind::National, 0, 24});
    f.pools.append({u"p1"_s, u"open-b200"_s, u"공모"_s, u"Open"_s, PoolKind::OpenCall, 0, 4});
    f.clusters.append({u"c0"_s, u"C0"_s, -1, 0, {0, 1}});
    f.clusters.append({u"c1"_s, u"C1"_s, -1, 0, {2, 3}});
    for (int r = 0; r < 4; ++r) {
        FleetRack rack;
        rack.id = u"r%1"_s.arg(r);
        rack.name = rack.id;
        rack.cluster = r < 2 ? 0 : 1;
        rack.ordinal = r;
        const int count = r < 3 ? 8 : 4;
        for (int k = 0; k < count; ++k) {
            FleetNode n;
            n.id = u"n%1"_s.arg(f.nodes.size());
            n.hostname = n.id;
            n.rack = r;
            n.rackUnit = 1 + 4 * k;
            n.type = 0;
            n.pool = r < 3 ? 0 : 1;
            if (broken.contains(int(f.nodes.size())))
                n.state = NodeState::Maintenance;
            f.nodeById.insert(n.id, int(f.nodes.size()));
            rack.nodes.append(int(f.nodes.size()));
            f.nodes.append(n);
        }
        f.racks.append(rack);
    }
    f.typeById.insert(u"t"_s, 0);
    return f;
}

// The teams' current grants end where the new year starts; `busy` nodes belong to someone else
// through the new year.
FleetBookings bookings(const QList<QList<int>> &held, const QList<int> &busy, int nodes)
{
    FleetBookings b;
    for (int t = 0; t < held.size(); ++t) {
        GrantInfo g;
        g.id = u"g%1"_s.arg(t);
        g.applicationId = u"old%1"_s.arg(t);
        g.start = 0;
        g.end = kStart;
        g.status = GrantStatus::Active;
        b.grants.append(g);
        for (int n : held[t])
            b.allocations.append({u"a%1-%2"_s.arg(t).arg(n), g.id, t, n, 0, kStart});
    }
    GrantInfo other;
    other.id = u"gx"_s;
    other.applicationId = u"someone-else"_s;
    other.start = 0;
    other.end = kEnd + 500;
    b.grants.append(other);
    for (int n : busy)
        b.allocations.append(
            {u"ax-%1"_s.arg(n), other.id, int(b.grants.size() - 1), n, 0, kEnd + 500});
    b.index(nodes);
    return b;
}

QList<int> sorted(QList<int> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

class TestProgramYear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QList<QList<int>>>("held");
        QTest::addColumn<QList<int>>("shares");
        QTest::addColumn<QList<int>>("broken");
        QTest::addColumn<QList<int>>("busy");
        QTest::addColumn<QList<QList<int>>>("kept");
        QTest::addColumn<QList<QList<int>>>("taken");
        QTest::addColumn<QList<int>>("fromPool"); // how many per team
        QTest::addColumn<QList<int>>("returned");
        QTest::addColumn<bool>("ok");

        using L = QList<int>;
        using LL = QList<QList<int>>;
        QTest::newRow("kept, given up to the others, the rest returned")
            << LL{{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9, 10, 11}} << L{6, 5, 0} << L{} << L{}
            << LL{{0, 1, 2, 3}, {4, 5, 6, 7}, {}} << LL{{8, 9}, {10}, {}} << L{0, 0, 0} << L{11}
            << true;
        QTest::newRow("given-up nodes in the team's own cluster first")
            << LL{{0, 1}, {16, 17}, {2, 3}} << L{4, 0, 0} << L{} << L{} << LL{{0, 1}, {}, {}}
            << LL{{2, 3}, {}, {}} << L{0, 0, 0} << L{16, 17} << true;
        QTest::newRow("the best team takes first")
            << LL{{0}, {1}, {2, 3, 4, 5}} << L{3, 3, 0} << L{} << L{} << LL{{0}, {1}, {}}
            << LL{{2, 3}, {4, 5}, {}} << L{0, 0, 0} << L{} << true;
        QTest::newRow("the pool makes up the rest")
            << LL{{0, 1}, {}, {}} << L{4, 2, 0} << L{} << L{} << LL{{0, 1}, {}, {}}
            << LL{{}, {}, {}} << L{2, 2, 0} << L{} << true;
        QTest::newRow("a broken node is given up, not passed on")
            << LL{{0, 1, 2}, {3}, {}} << L{3, 0, 0} << L{1} << L{} << LL{{0, 2}, {}, {}}
            << LL{{3}, {}, {}} << L{0, 0, 0} << L{} << true;
        QTest::newRow("a node someone else holds next year is not kept")
            << LL{{0, 1}, {}, {}} << L{2, 0, 0} << L{} << L{1} << LL{{0}, {}, {}} << LL{{}, {}, {}}
            << L{1, 0, 0} << L{} << true;
        QTest::newRow("more than the pool has")
            << LL{{0}, {}, {}} << L{30, 0, 0} << L{} << L{} << LL{{0}, {}, {}} << LL{{}, {}, {}}
            << L{0, 0, 0} << L{} << false;
    }
    void plan()
    {
        QFETCH(QList<QList<int>>, held);
        QFETCH(QList<int>, shares);
        QFETCH(QList<int>, broken);
        QFETCH(QList<int>, busy);
        QFETCH(QList<QList<int>>, kept);
        QFETCH(QList<QList<int>>, taken);
        QFETCH(QList<int>, fromPool);
        QFETCH(QList<int>, returned);
        QFETCH(bool, ok);

        const FleetSnapshot f = fleet(broken);
        const FleetBookings b = bookings(held, busy, int(f.nodes.size()));
        QList<ProgramYearTeam> teams;
        for (int t = 0; t < held.size(); ++t)
            teams.append({u"T%1"_s.arg(t), held[t], shares[t]});
        const ProgramYearPlan plan = planProgramYear(f, b, teams, {0, 0, kStart, kEnd});
        QCOMPARE(plan.ok(), ok);
        QCOMPARE(plan.teams.size(), held.size());
        QCOMPARE(sorted(plan.returnedToPool), returned);
        QSet<int> everyNode;
        for (int t = 0; t < held.size(); ++t) {
            const ProgramYearPlacement &p = plan.teams[t];
            QCOMPARE(sorted(p.kept), kept[t]);
            QCOMPARE(sorted(p.taken), taken[t]);
            QCOMPARE(p.taken.size(), p.takenFrom.size());
            for (int giver : p.takenFrom) {
                QVERIFY(giver != t);
                QVERIFY(p.taken.size() == 0 || plan.teams[giver].released.size() > 0);
            }
            QCOMPARE(int(p.fromPool.size()), fromPool[t]);
            if (!ok && shares[t] > int(p.kept.size() + p.taken.size())) {
                QVERIFY(p.refusal.contains(u"T%1"_s.arg(t)));
                continue;
            }
            QVERIFY(p.refusal.isEmpty());
            QCOMPARE(int(p.nodes().size()), shares[t]);
            for (int n : p.nodes()) {
                QVERIFY2(!everyNode.contains(n), "a node planned twice");
                everyNode.insert(n);
                QCOMPARE(f.nodes[n].pool, 0);
                QVERIFY(f.isUsable(n));
                QVERIFY(!busy.contains(n));
            }
            for (int n : p.fromPool) {
                for (const QList<int> &h : held)
                    QVERIFY2(!h.contains(n), "a held node counted as new from the pool");
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestProgramYear)
#include "tst_programyear.moc"
