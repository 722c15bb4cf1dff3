// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet repository on the small seeded fleet: the hierarchy and its indexes, the bookings and
// their per-node order, and the projects waiting for nodes with their default windows.
#include "../common/FleetSeed.h"
#include "store/FleetRepository.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestFleetRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void loadsTheHierarchy();
    void indexesBookings();
    void projectsToPlace();
    void placedNodesCountTheGrant();
};

void TestFleetRepository::loadsTheHierarchy()
{
    QTemporaryDir dir;
    auto store = test::openWithFleet(dir);
    QVERIFY(store);
    FleetSnapshot f;
    QString error;
    QVERIFY2(FleetRepository(*store).loadFleet(&f, &error), qPrintable(error));
    QCOMPARE(f.types.size(), 2);
    QCOMPARE(f.providers.size(), 1);
    QCOMPARE(f.sites.size(), 1);
    QCOMPARE(f.clusters.size(), 2);
    QCOMPARE(f.rows.size(), 2);
    QCOMPARE(f.racks.size(), 5);
    QCOMPARE(f.nodes.size(), 30);
    QCOMPARE(f.pools.size(), 3);
    QCOMPARE(f.providers[0].sites, QList<int>{0});
    QCOMPARE(f.sites[0].rows.size(), 2);

    // Racks in (row, position) order, nodes bottom to top, every cross-reference consistent.
    QStringList rackNames;
    for (const FleetRack &r : f.racks)
        rackNames << r.name;
    QCOMPARE(rackNames, (QStringList{u"a1"_s, u"a2"_s, u"a3"_s, u"b1"_s, u"b2"_s}));
    const FleetRack &a1 = f.racks[f.rackById.value(u"rk-a1"_s)];
    QCOMPARE(a1.nodes.size(), 8);
    QCOMPARE(f.nodes[a1.nodes.first()].rackUnit, 1);
    QCOMPARE(f.nodes[a1.nodes.last()].rackUnit, 29);
    QCOMPARE(f.clusters[a1.cluster].name, u"B200-1"_s);
    QCOMPARE(f.types[f.clusters[a1.cluster].type].code, u"B200"_s);
    QCOMPARE(f.clusters[a1.cluster].racks.size(), 3);

    const int failed = f.nodeByHostname.value(u"a2-07"_s, -1);
    QVERIFY(failed >= 0);
    QCOMPARE(f.nodes[failed].state, NodeState::Failed);
    QVERIFY(!f.isUsable(failed));
    const int maint = f.nodeById.value(u"n-a2-08"_s, -1);
    QCOMPARE(f.nodes[maint].state, NodeState::Maintenance);
    QCOMPARE(f.nodes[maint].stateReason, u"PSU swap"_s);
    const int national = f.nodeById.value(u"n-a3-01"_s);
    QCOMPARE(f.pools[f.nodes[national].pool].code, u"national-b200"_s);
    QCOMPARE(f.types[f.nodes[f.nodeById.value(u"n-b1-01"_s)].type].code, u"H200"_s);
    QVERIFY(f.isUsable(national));
    QCOMPARE(f.typeIndex(u"H200"_s), f.typeById.value(u"t-h200"_s));
}

void TestFleetRepository::indexesBookings()
{
    QTemporaryDir dir;
    auto store = test::openWithFleet(dir);
    QVERIFY(store);
    const qint64 d = test::seoulMidnight(2027, 3, 1);
    const qint64 day = 24 * 3600 * 1000LL;
    // Two grants on node a1-01, inserted late-first, and a released one that must not show.
    QVERIFY(test::exec(
        *store, {u"UPDATE applications SET status = 'allocated' WHERE id IN ('ap-b', 'ap-b2')"_s,
                 u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
                 "starts_at, ends_at, status) VALUES ('g-2', 'ap-b2', 't-b200', 'pl-b', 1, %1, %2, "
                 "'planned'), ('g-1', 'ap-b', 't-b200', 'pl-b', 2, %3, %1, 'active'), "
                 "('g-r', 'ap-h', 't-h200', 'pl-h', 1, %3, %2, 'released')"_s.arg(d + 10 * day)
                     .arg(d + 20 * day)
                     .arg(d),
                 u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
                 "('al-2', 'g-2', 'n-a1-01', %1, %2), ('al-1', 'g-1', 'n-a1-01', %3, %1), "
                 "('al-1b', 'g-1', 'n-a1-02', %3, %1), ('al-r', 'g-r', 'n-b1-01', %3, %2), "
                 "('al-x', 'g-1', 'n-a1-03', %3, %1)"_s.arg(d + 10 * day)
                     .arg(d + 20 * day)
                     .arg(d),
                 u"UPDATE allocations SET deleted = 1 WHERE id = 'al-x'"_s}));
    FleetRepository repo(*store);
    FleetSnapshot f;
    FleetBookings b;
    QString error;
    QVERIFY(repo.loadFleet(&f, &error));
    QVERIFY2(repo.loadBookings(f, &b, &error), qPrintable(error));
    QCOMPARE(b.grants.size(), 2);
    QCOMPARE(b.allocations.size(), 3);
    const int n1 = f.nodeById.value(u"n-a1-01"_s);
    QCOMPARE(b.byNode[n1].size(), 2);
    QCOMPARE(b.allocations[b.byNode[n1][0]].id, u"al-1"_s); // by start
    QCOMPARE(b.allocations[b.byNode[n1][1]].id, u"al-2"_s);
    QCOMPARE(b.grants[b.allocations[b.byNode[n1][1]].grant].code, u"R1-0102"_s);
    QVERIFY(b.byNode[f.nodeById.value(u"n-a1-03"_s)].isEmpty());
    QVERIFY(b.byNode[f.nodeById.value(u"n-b1-01"_s)].isEmpty());
    QVERIFY(!b.grantByApplication.contains(u"ap-h"_s));
    QCOMPARE(b.grants[b.grantByApplication.value(u"ap-b"_s)].status, GrantStatus::Active);

    QVERIFY(b.isFree(n1, d - 5 * day, d));             // touches the first window
    QVERIFY(b.isFree(n1, d + 20 * day, d + 30 * day)); // touches the second
    QVERIFY(!b.isFree(n1, d + 5 * day, d + 6 * day));
    QVERIFY(!b.isFree(n1, d + 19 * day, d + 21 * day));
    QCOMPARE(b.allocations[b.holderAt(n1, d)].id, u"al-1"_s);
    QCOMPARE(b.allocations[b.holderAt(n1, d + 10 * day)].id, u"al-2"_s);
    QCOMPARE(b.holderAt(n1, d + 20 * day), -1);
    QCOMPARE(b.holderAt(n1, d - 1), -1);
}

void TestFleetRepository::projectsToPlace()
{
    QTemporaryDir dir;
    auto store = test::openWithFleet(dir);
    QVERIFY(store);
    FleetRepository repo(*store);
    FleetSnapshot f;
    FleetBookings b;
    QString error;
    QVERIFY(repo.loadFleet(&f, &error));
    QVERIFY(repo.loadBookings(f, &b, &error));
    const QList<PlacementProject> all = repo.projectsToPlace(f, b);
    QStringList codes;
    for (const PlacementProject &p : all)
        codes << p.code;
    // Under review is not placed yet.
    QCOMPARE(codes, (QStringList{u"R1-0101"_s, u"R1-0102"_s, u"R1-0103"_s}));
    QCOMPARE(repo.projectsToPlace(f, b, u"c-r1"_s).size(), 3);
    QVERIFY(repo.projectsToPlace(f, b, u"no-such-call"_s).isEmpty());

    const PlacementProject &p = all[0];
    QCOMPARE(p.applicationId, u"ap-b"_s);
    QCOMPARE(f.types[p.type].code, u"B200"_s);
    QCOMPARE(f.pools[p.pool].code, u"open-b200"_s);
    QCOMPARE(p.nodesToGrant, 4);
    QCOMPARE(p.capNodes, 16);
    QCOMPARE(p.placedNodes, 0);
    QCOMPARE(p.status, ApplicationStatus::Selected);
    QCOMPARE(p.callCode, u"2025-R1"_s);
    // Desired 2026-02-01 is before the call's allocation start 2027-03-01: the later one wins.
    QCOMPARE(p.defaultStart, test::seoulMidnight(2027, 3, 1));
    QCOMPARE(p.defaultEnd, test::seoulMidnight(2027, 9, 1));
    // Desired 2027-05-01 is after it: the desired start stands, 12 months on.
    const PlacementProject &h = all[2];
    QCOMPARE(f.pools[h.pool].code, u"open-h200"_s);
    QCOMPARE(h.capNodes, 32);
    QCOMPARE(h.defaultStart, test::seoulMidnight(2027, 5, 1));
    QCOMPARE(h.defaultEnd, test::seoulMidnight(2028, 5, 1));

    // A granted count below the request wins.
    QVERIFY(test::exec(*store, {u"UPDATE applications SET granted_nodes = 3 WHERE id = 'ap-b'"_s}));
    const auto one = repo.projectToPlace(f, b, u"ap-b"_s);
    QVERIFY(one);
    QCOMPARE(one->nodesToGrant, 3);
    QVERIFY(!repo.projectToPlace(f, b, u"ap-rv"_s));
}

void TestFleetRepository::placedNodesCountTheGrant()
{
    QTemporaryDir dir;
    auto store = test::openWithFleet(dir);
    QVERIFY(store);
    const qint64 d = test::seoulMidnight(2027, 3, 1);
    QVERIFY(test::exec(
        *store, {u"UPDATE applications SET status = 'allocated' WHERE id = 'ap-b'"_s,
                 u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
                 "starts_at, ends_at) VALUES ('g-1', 'ap-b', 't-b200', 'pl-b', 2, %1, %2)"_s.arg(d)
                     .arg(d + 86400000LL),
                 u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
                 "('al-1', 'g-1', 'n-a1-01', %1, %2), ('al-2', 'g-1', 'n-a1-02', %1, %2)"_s.arg(d)
                     .arg(d + 86400000LL)}));
    FleetRepository repo(*store);
    FleetSnapshot f;
    FleetBookings b;
    QString error;
    QVERIFY(repo.loadFleet(&f, &error));
    QVERIFY(repo.loadBookings(f, &b, &error));
    const auto p = repo.projectToPlace(f, b, u"ap-b"_s);
    QVERIFY(p);
    QCOMPARE(p->placedNodes, 2);
    QCOMPARE(p->status, ApplicationStatus::Allocated);
    QCOMPARE(repo.projectToPlace(f, b, u"ap-b2"_s)->placedNodes, 0);
}

QTEST_MAIN(TestFleetRepository)
#include "tst_fleetrepository.moc"
