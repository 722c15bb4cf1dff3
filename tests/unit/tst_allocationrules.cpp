// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/AllocationRules.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

qint64 seoul(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();
}

constexpr qint64 kDay = 24 * 3600 * 1000LL;
const qint64 D = seoul(2027, 3, 1);
const qint64 kNow = D - 30 * kDay;

// Nodes by index:
//  0..3 B200 open-b free         4 B200 national       5 H200 open-h
//  6 B200 open-b maintenance     7 failed              8 reserved
//  9 B200 in no pool             10 B200 open-b recorded 'allocated'
//  11 B200 open-b maintenance, held by the project itself
// Bookings: R1-9999 holds node 1 for [D+10, D+20); the project (R1-0001) holds 3 and 11 for
// [D+10, D+20).
struct Fixture
{
    FleetSnapshot fleet;
    FleetBookings bookings;
    PlacementProject project;

    Fixture()
    {
        fleet.types = {{u"t-b"_s, u"B200"_s, 8}, {u"t-h"_s, u"H200"_s, 8}};
        fleet.pools = {{u"p-b"_s, u"open-b200"_s, {}, {}, PoolKind::OpenCall, 0, 10},
                       {u"p-n"_s, u"national-b200"_s, {}, {}, PoolKind::National, 0, 10},
                       {u"p-h"_s, u"open-h200"_s, {}, {}, PoolKind::OpenCall, 1, 10}};
        const struct
        {
            int type, pool;
            NodeState state;
        } nodes[] = {{0, 0, NodeState::Free},        {0, 0, NodeState::Free},
                     {0, 0, NodeState::Free},        {0, 0, NodeState::Free},
                     {0, 1, NodeState::Free},        {1, 2, NodeState::Free},
                     {0, 0, NodeState::Maintenance}, {0, 0, NodeState::Failed},
                     {0, 0, NodeState::Reserved},    {0, -1, NodeState::Free},
                     {0, 0, NodeState::Allocated},   {0, 0, NodeState::Maintenance}};
        for (const auto &n : nodes) {
            FleetNode node;
            node.id = u"n%1"_s.arg(fleet.nodes.size());
            node.hostname = u"gpu-%1"_s.arg(fleet.nodes.size(), 2, 10, QLatin1Char('0'));
            node.type = n.type;
            node.pool = n.pool;
            node.state = n.state;
            fleet.nodeById.insert(node.id, int(fleet.nodes.size()));
            fleet.nodes.append(node);
        }
        GrantInfo other;
        other.id = u"g-other"_s;
        other.applicationId = u"other"_s;
        other.code = u"R1-9999"_s;
        other.start = D + 10 * kDay;
        other.end = D + 20 * kDay;
        GrantInfo own = other;
        own.id = u"g-own"_s;
        own.applicationId = u"me"_s;
        own.code = u"R1-0001"_s;
        bookings.grants = {other, own};
        bookings.allocations = {{u"al-1"_s, u"g-other"_s, -1, 1, other.start, other.end},
                                {u"al-2"_s, u"g-own"_s, -1, 3, own.start, own.end},
                                {u"al-3"_s, u"g-own"_s, -1, 11, own.start, own.end}};
        bookings.index(int(fleet.nodes.size()));

        project.applicationId = u"me"_s;
        project.code = u"R1-0001"_s;
        project.status = ApplicationStatus::Allocated;
        project.type = 0;
        project.pool = 0;
        project.nodesToGrant = 4;
        project.capNodes = 16;
    }
};

} // namespace

class TestAllocationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlap_data();
    void overlap();
    void rules_data();
    void rules();
    void currentPlacementOfGrant();
    void placementEquality();
    void latestEndIsTwelveCalendarMonths();
};

void TestAllocationRules::overlap_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<bool>("ok");
    // The other project holds [D+10, D+20).
    QTest::newRow("well before") << D << D + 5 * kDay << true;
    QTest::newRow("touches its start") << D << D + 10 * kDay << true;
    QTest::newRow("touches its end") << D + 20 * kDay << D + 30 * kDay << true;
    QTest::newRow("well after") << D + 25 * kDay << D + 30 * kDay << true;
    QTest::newRow("one ms into its start") << D << D + 10 * kDay + 1 << false;
    QTest::newRow("one ms before its end") << D + 20 * kDay - 1 << D + 30 * kDay << false;
    QTest::newRow("overlaps its start") << D + 5 * kDay << D + 15 * kDay << false;
    QTest::newRow("overlaps its end") << D + 15 * kDay << D + 25 * kDay << false;
    QTest::newRow("inside it") << D + 12 * kDay << D + 18 * kDay << false;
    QTest::newRow("contains it") << D << D + 30 * kDay << false;
    QTest::newRow("identical") << D + 10 * kDay << D + 20 * kDay << false;
    QTest::newRow("same start, shorter") << D + 10 * kDay << D + 15 * kDay << false;
    QTest::newRow("same end, later start") << D + 15 * kDay << D + 20 * kDay << false;
}

void TestAllocationRules::overlap()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(bool, ok);
    const Fixture f;
    const AllocationCheck check =
        checkPlacement(f.fleet, f.bookings, f.project, {{1}, start, end}, kNow);
    QCOMPARE(check.ok, ok);
    if (!ok) {
        QCOMPARE(check.refusals.size(), 1);
        QVERIFY2(check.refusals.first().contains(u"gpu-01"_s), qPrintable(check.refusals.first()));
        QVERIFY2(check.refusals.first().contains(u"R1-9999"_s), qPrintable(check.refusals.first()));
    } else {
        QVERIFY(check.refusals.isEmpty());
    }
    // The project's own allocation of node 3 over the same window never counts.
    QVERIFY(checkPlacement(f.fleet, f.bookings, f.project, {{3}, start, end}, kNow).ok);
}

void TestAllocationRules::rules_data()
{
    QTest::addColumn<QList<int>>("nodes");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("toGrant");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("pool");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("refusal"); // empty: accepted; else a part of the only refusal

    const qint64 s = D, e = D + 30 * kDay;
    const int allocated = int(ApplicationStatus::Allocated);
    QTest::newRow("four free nodes") << QList<int>{0, 1, 2, 3} << D + 30 * kDay << D + 60 * kDay
                                     << 4 << 16 << 0 << allocated << QString();
    // Type
    QTest::newRow("wrong type") << QList<int>{5} << s << e << 4 << 16 << -1 << allocated
                                << u"gpu-05 is a H200 node; R1-0001 asked for B200"_s;
    // Count against the request and the cap
    QTest::newRow("more than granted")
        << QList<int>{0, 2, 3, 10, 11} << D + 30 * kDay << D + 60 * kDay << 4 << 16 << 0
        << allocated << u"R1-0001 was granted 4 nodes; 5 node(s) chosen"_s;
    QTest::newRow("exactly granted")
        << QList<int>{0, 2} << s << e << 2 << 16 << 0 << allocated << QString();
    QTest::newRow("above the cap") << QList<int>{0, 2, 3} << s << e << 4 << 2 << 0 << allocated
                                   << u"at most 2 nodes per project; 3 node(s) chosen"_s;
    QTest::newRow("at the cap") << QList<int>{0, 2} << s << e << 4 << 2 << 0 << allocated
                                << QString();
    QTest::newRow("no cap set") << QList<int>{0, 2, 3} << s << e << 4 << 0 << 0 << allocated
                                << QString();
    // Pool
    QTest::newRow("other pool")
        << QList<int>{4} << s << e << 4 << 16 << 0 << allocated
        << u"gpu-04 is in pool national-b200; R1-0001 draws on pool open-b200"_s;
    QTest::newRow("in no pool") << QList<int>{9} << s << e << 4 << 16 << 0 << allocated
                                << u"gpu-09 is in no pool; R1-0001 draws on pool open-b200"_s;
    QTest::newRow("project names no pool")
        << QList<int>{4, 9} << s << e << 4 << 16 << -1 << allocated << QString();
    // State
    QTest::newRow("maintenance") << QList<int>{6} << s << e << 4 << 16 << 0 << allocated
                                 << u"gpu-06 is in maintenance"_s;
    QTest::newRow("failed") << QList<int>{7} << s << e << 4 << 16 << 0 << allocated
                            << u"gpu-07 has failed"_s;
    QTest::newRow("reserved") << QList<int>{8} << s << e << 4 << 16 << 0 << allocated
                              << u"gpu-08 is reserved"_s;
    QTest::newRow("recorded allocated is usable")
        << QList<int>{10} << s << e << 4 << 16 << 0 << allocated << QString();
    QTest::newRow("held node in maintenance may stay")
        << QList<int>{3, 11} << D << D + 40 * kDay << 4 << 16 << 0 << allocated << QString();
    // Window
    QTest::newRow("exactly 12 months")
        << QList<int>{0} << D << seoul(2028, 3, 1) << 4 << 16 << 0 << allocated << QString();
    QTest::newRow("12 months and a day")
        << QList<int>{0} << D << seoul(2028, 3, 2) << 4 << 16 << 0 << allocated
        << u"longer than 12 months; let it end on 2028-02-29 at the latest"_s;
    QTest::newRow("empty window") << QList<int>{0} << D << D << 4 << 16 << 0 << allocated
                                  << u"must end after it starts"_s;
    QTest::newRow("backwards window") << QList<int>{0} << D << D - kDay << 4 << 16 << 0 << allocated
                                      << u"must end after it starts"_s;
    QTest::newRow("already over") << QList<int>{0} << kNow - 10 * kDay << kNow << 4 << 16 << 0
                                  << allocated << u"is already over"_s;
    QTest::newRow("started, not over") << QList<int>{0} << kNow - 10 * kDay << kNow + kDay << 4
                                       << 16 << 0 << allocated << QString();
    // Duplicates and unknown nodes
    QTest::newRow("duplicate") << QList<int>{0, 0} << s << e << 4 << 16 << 0 << allocated
                               << u"gpu-00 is chosen twice"_s;
    QTest::newRow("unknown node") << QList<int>{42} << s << e << 4 << 16 << 0 << allocated
                                  << u"no longer in the fleet"_s;
    // The project's status
    QTest::newRow("rejected project")
        << QList<int>{0} << s << e << 4 << 16 << 0 << int(ApplicationStatus::Rejected)
        << u"R1-0001 is Rejected"_s;
    QTest::newRow("release allocated")
        << QList<int>{} << s << e << 4 << 16 << 0 << allocated << QString();
    QTest::newRow("release active")
        << QList<int>{} << s << e << 4 << 16 << 0 << int(ApplicationStatus::Active)
        << u"R1-0001 is active: its nodes are in use"_s;
}

void TestAllocationRules::rules()
{
    QFETCH(QList<int>, nodes);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, toGrant);
    QFETCH(int, cap);
    QFETCH(int, pool);
    QFETCH(int, status);
    QFETCH(QString, refusal);
    Fixture f;
    f.project.nodesToGrant = toGrant;
    f.project.capNodes = cap;
    f.project.pool = pool;
    f.project.status = static_cast<ApplicationStatus>(status);
    const AllocationCheck check =
        checkPlacement(f.fleet, f.bookings, f.project, {nodes, start, end}, kNow);
    if (refusal.isEmpty()) {
        QVERIFY2(check.ok, qPrintable(check.refusals.join(u" | "_s)));
        QVERIFY(check.refusals.isEmpty());
        return;
    }
    QVERIFY(!check.ok);
    QCOMPARE(check.refusals.size(), 1);
    QVERIFY2(check.refusals.first().contains(refusal), qPrintable(check.refusals.first()));
}

void TestAllocationRules::currentPlacementOfGrant()
{
    const Fixture f;
    const Placement own = currentPlacement(f.bookings, u"me"_s);
    QCOMPARE(own.nodes, (QList<int>{3, 11}));
    QCOMPARE(own.start, D + 10 * kDay);
    QCOMPARE(own.end, D + 20 * kDay);
    QVERIFY(currentPlacement(f.bookings, u"nobody"_s).isEmpty());
    QVERIFY(released().isEmpty());
}

void TestAllocationRules::placementEquality()
{
    const Placement a{{1, 2, 3}, D, D + kDay};
    QVERIFY(a == (Placement{{3, 1, 2}, D, D + kDay}));
    QVERIFY(a != a.withWindow(D, D + 2 * kDay));
    QVERIFY(a != a.withNodes({1, 2}));
    QVERIFY(a != released());
    // Empty placements are equal whatever their window says.
    QVERIFY(released() == (Placement{{}, D, D + kDay}));
}

void TestAllocationRules::latestEndIsTwelveCalendarMonths()
{
    QCOMPARE(latestWindowEnd(seoul(2027, 3, 1)), seoul(2028, 3, 1));
    QCOMPARE(latestWindowEnd(seoul(2027, 8, 31)), seoul(2028, 8, 31));
}

QTEST_APPLESS_MAIN(TestAllocationRules)
#include "tst_allocationrules.moc"
