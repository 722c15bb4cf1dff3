// SPDX-License-Identifier: GPL-3.0-or-later
// The allocation write path on the small seeded fleet: assigning, releasing, shortening,
// extending and moving write grants, allocations, the status move, history, audit and outbox in
// one transaction; refusals write nothing; undo and redo restore the exact business state; grants
// start and end by date; the providers' hand-over list.
#include "../common/FleetSeed.h"
#include "data/Csv.h"
#include "store/AllocationRepository.h"
#include "store/FleetRepository.h"

#include <QBuffer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000LL;
const qint64 D = test::seoulMidnight(2027, 3, 1);
const qint64 D6 = test::seoulMidnight(2027, 9, 1);

int count(Store &store, const QString &sql)
{
    return test::scalar(store.db(), sql).toInt();
}

// Everything a change on the map may touch, as text, in a stable order.
QStringList businessState(Store &store)
{
    QStringList out;
    QSqlQuery q(store.db());
    q.exec(u"SELECT g.application_id, n.hostname, al.starts_at, al.ends_at FROM allocations al "
           "JOIN grants g ON g.id = al.grant_id JOIN nodes n ON n.id = al.node_id "
           "WHERE al.deleted = 0 AND g.deleted = 0 AND g.status <> 'released'"_s);
    while (q.next())
        out << u"allocation %1 %2 %3..%4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString());
    q.exec(u"SELECT application_id, status, nodes, starts_at, ends_at, pool_id, "
           "accelerator_type_id FROM grants WHERE deleted = 0 AND status <> 'released'"_s);
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        out << u"grant "_s + cells.join(u' ');
    }
    q.exec(u"SELECT id, status, coalesce(granted_nodes, -1) FROM applications"_s);
    while (q.next())
        out << u"application %1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString());
    q.exec(u"SELECT id, state FROM nodes WHERE state <> 'free'"_s);
    while (q.next())
        out << u"node %1 %2"_s.arg(q.value(0).toString(), q.value(1).toString());
    out.sort();
    return out;
}

class Fixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    FleetSnapshot fleet;

    bool open()
    {
        store = test::openWithFleet(dir);
        QString error;
        return store && FleetRepository(*store).loadFleet(&fleet, &error);
    }
    QList<int> nodes(const QStringList &hostnames) const
    {
        QList<int> out;
        for (const QString &h : hostnames)
            out << fleet.nodeByHostname.value(h, -1);
        return out;
    }
    Placement current(const QString &app) const
    {
        FleetBookings b;
        QString error;
        FleetRepository(*store).loadBookings(fleet, &b, &error);
        return currentPlacement(b, app);
    }
    bool set(const QString &app, const Placement &p, QString *error,
             const QString &reason = u"on the map"_s, const Placement *expected = nullptr)
    {
        return AllocationRepository(*store).setPlacement(fleet, app, p, reason, error, expected);
    }
};

} // namespace

class TestAllocationRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void assignCreatesGrant();
    void releaseRestoresSelected();
    void shortenExtendMove();
    void refusedChangeWritesNothing_data();
    void refusedChangeWritesNothing();
    void changedMeanwhile();
    void undoRedoRoundTrips_data();
    void undoRedoRoundTrips();
    void advanceLifecycleByDate();
    void handOver();
};

void TestAllocationRepository::assignCreatesGrant()
{
    Fixture f;
    QVERIFY(f.open());
    const int outboxBefore = count(*f.store, u"SELECT count(*) FROM outbox"_s);
    QString error;
    const Placement target{f.nodes({u"a1-01"_s, u"a1-02"_s, u"a1-03"_s, u"a1-04"_s}), D, D6};
    // Through the overload that loads the fleet itself.
    QVERIFY2(AllocationRepository(*f.store).setPlacement(u"ap-b"_s, target, u"first placement"_s,
                                                         &error),
             qPrintable(error));

    QCOMPARE(count(*f.store, u"SELECT count(*) FROM grants WHERE application_id = 'ap-b' AND "
                             "status = 'planned' AND nodes = 4 AND pool_id = 'pl-b' AND "
                             "accelerator_type_id = 't-b200' AND starts_at = %1 AND ends_at = %2 "
                             "AND updated_by = 'u-officer'"_s.arg(D)
                                 .arg(D6)),
             1);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM allocations WHERE deleted = 0 AND "
                             "starts_at = %1 AND ends_at = %2"_s.arg(D)
                                 .arg(D6)),
             4);
    QCOMPARE(test::scalar(f.store->db(), u"SELECT status FROM applications WHERE id = 'ap-b'"_s)
                 .toString(),
             u"allocated"_s);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM application_status_history WHERE "
                             "application_id = 'ap-b' AND from_status = 'selected' AND "
                             "to_status = 'allocated' AND reason = 'first placement'"_s),
             1);
    const QString audit =
        test::scalar(f.store->db(), u"SELECT details FROM audit_log WHERE action = "
                                    "'allocation_change' AND entity_id = 'ap-b'"_s)
            .toString();
    QVERIFY2(audit.contains(u"\"added\":[\"a1-01\",\"a1-02\",\"a1-03\",\"a1-04\"]"_s),
             qPrintable(audit));
    QVERIFY(audit.contains(u"\"removed\":[]"_s));
    QVERIFY(audit.contains(u"first placement"_s));
    // Captured for sync: the grant, four allocations, the application and its history.
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox WHERE table_name = 'grants'"_s), 1);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox WHERE table_name = 'allocations' AND "
                             "op = 'insert'"_s),
             4);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox WHERE table_name = 'applications'"_s),
             1);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox"_s), outboxBefore + 7);
    // The node's recorded state is left alone: occupancy comes from the allocations.
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM nodes WHERE state = 'allocated'"_s), 0);
    QCOMPARE(f.current(u"ap-b"_s), target);

    // Setting what it already holds writes nothing.
    const int outbox = count(*f.store, u"SELECT count(*) FROM outbox"_s);
    QVERIFY(f.set(u"ap-b"_s, target, &error));
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox"_s), outbox);
}

void TestAllocationRepository::releaseRestoresSelected()
{
    Fixture f;
    QVERIFY(f.open());
    QString error;
    QVERIFY(f.set(u"ap-b"_s, {f.nodes({u"a1-01"_s, u"a1-02"_s}), D, D6}, &error));
    QVERIFY2(f.set(u"ap-b"_s, released(), &error, QString()), qPrintable(error));
    QCOMPARE(test::scalar(f.store->db(), u"SELECT status FROM applications WHERE id = 'ap-b'"_s)
                 .toString(),
             u"selected"_s);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM grants WHERE status = 'released'"_s), 1);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM allocations WHERE deleted = 1"_s), 2);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM allocations WHERE deleted = 0"_s), 0);
    // A blank reason is replaced by what happened.
    QCOMPARE(test::scalar(f.store->db(), u"SELECT reason FROM application_status_history WHERE "
                                         "from_status = 'allocated' AND to_status = 'selected'"_s)
                 .toString(),
             u"Released 2 node(s)."_s);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox WHERE table_name = 'allocations' AND "
                             "op = 'delete'"_s),
             2);
    QVERIFY(f.current(u"ap-b"_s).isEmpty());
    // The nodes are free again for another project.
    QVERIFY2(f.set(u"ap-b2"_s, {f.nodes({u"a1-01"_s, u"a1-02"_s}), D, D6}, &error),
             qPrintable(error));
}

void TestAllocationRepository::shortenExtendMove()
{
    Fixture f;
    QVERIFY(f.open());
    QString error;
    const Placement start{f.nodes({u"a1-01"_s, u"a1-02"_s, u"a1-03"_s, u"a1-04"_s}), D, D6};
    QVERIFY(f.set(u"ap-b"_s, start, &error));

    const qint64 shorter = D + 60 * kDay;
    QVERIFY2(f.set(u"ap-b"_s, start.withWindow(D, shorter), &error, u"shorten"_s),
             qPrintable(error));
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM allocations WHERE deleted = 0 AND "
                             "ends_at = %1"_s.arg(shorter)),
             4);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM grants WHERE ends_at = %1"_s.arg(shorter)), 1);

    const qint64 longer = test::seoulMidnight(2028, 3, 1);
    QVERIFY2(f.set(u"ap-b"_s, start.withWindow(D, longer), &error, u"extend"_s), qPrintable(error));
    QCOMPARE(f.current(u"ap-b"_s), start.withWindow(D, longer));
    // Beyond 12 months is refused.
    QVERIFY(!f.set(u"ap-b"_s, start.withWindow(D, longer + kDay), &error, u"too long"_s));
    QVERIFY(error.contains(u"longer than 12 months"_s));

    const Placement moved = start.withWindow(D, longer).withNodes(
        f.nodes({u"a1-01"_s, u"a1-02"_s, u"a2-01"_s, u"a2-02"_s}));
    QVERIFY2(f.set(u"ap-b"_s, moved, &error, u"move"_s), qPrintable(error));
    QCOMPARE(f.current(u"ap-b"_s), moved);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM allocations WHERE deleted = 1"_s), 2);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM allocations WHERE deleted = 0"_s), 4);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM grants"_s), 1);
    const QString audit =
        test::scalar(f.store->db(), u"SELECT details FROM audit_log WHERE action = "
                                    "'allocation_change' ORDER BY seq DESC LIMIT 1"_s)
            .toString();
    QVERIFY2(audit.contains(u"\"added\":[\"a2-01\",\"a2-02\"]"_s), qPrintable(audit));
    QVERIFY(audit.contains(u"\"removed\":[\"a1-03\",\"a1-04\"]"_s));
    // Each change is in the history, the status staying allocated.
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM application_status_history WHERE "
                             "from_status = 'allocated' AND to_status = 'allocated' AND "
                             "reason IN ('shorten', 'extend', 'move')"_s),
             3);
    QCOMPARE(test::scalar(f.store->db(), u"SELECT status FROM applications WHERE id = 'ap-b'"_s)
                 .toString(),
             u"allocated"_s);
}

void TestAllocationRepository::refusedChangeWritesNothing_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("refusal");
    // ap-b2 holds a1-05 and a1-06 over [D, D6) before each row.
    QTest::newRow("overlap") << u"ap-b"_s << QStringList{u"a1-04"_s, u"a1-05"_s} << D + kDay << D6
                             << u"a1-05 is already allocated to R1-0102"_s;
    QTest::newRow("failed node") << u"ap-b"_s << QStringList{u"a2-07"_s} << D << D6
                                 << u"a2-07 has failed"_s;
    QTest::newRow("maintenance") << u"ap-b"_s << QStringList{u"a2-08"_s} << D << D6
                                 << u"a2-08 is in maintenance and takes no new work. (PSU swap)"_s;
    QTest::newRow("wrong type") << u"ap-b"_s << QStringList{u"b1-01"_s} << D << D6
                                << u"b1-01 is a H200 node"_s;
    QTest::newRow("other pool") << u"ap-b"_s << QStringList{u"a3-01"_s} << D << D6
                                << u"a3-01 is in pool national-b200"_s;
    QTest::newRow("over the request")
        << u"ap-b"_s << QStringList{u"a1-01"_s, u"a1-02"_s, u"a1-03"_s, u"a1-04"_s, u"a2-01"_s} << D
        << D6 << u"R1-0101 was granted 4 nodes; 5 node(s) chosen"_s;
    QTest::newRow("not selected") << u"ap-rv"_s << QStringList{u"a1-01"_s} << D << D6
                                  << u"R1-0104 is"_s;
    QTest::newRow("duplicate") << u"ap-b"_s << QStringList{u"a1-01"_s, u"a1-01"_s} << D << D6
                               << u"a1-01 is chosen twice"_s;
}

void TestAllocationRepository::refusedChangeWritesNothing()
{
    QFETCH(QString, app);
    QFETCH(QStringList, hosts);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, refusal);
    Fixture f;
    QVERIFY(f.open());
    QString error;
    QVERIFY(f.set(u"ap-b2"_s, {f.nodes({u"a1-05"_s, u"a1-06"_s}), D, D6}, &error));
    const QStringList state = businessState(*f.store);
    const int outbox = count(*f.store, u"SELECT count(*) FROM outbox"_s);
    const int audit = count(*f.store, u"SELECT count(*) FROM audit_log"_s);
    const int history = count(*f.store, u"SELECT count(*) FROM application_status_history"_s);
    QVERIFY(!f.set(app, {f.nodes(hosts), start, end}, &error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QCOMPARE(businessState(*f.store), state);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox"_s), outbox);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM application_status_history"_s), history);
}

void TestAllocationRepository::changedMeanwhile()
{
    Fixture f;
    QVERIFY(f.open());
    QString error;
    const Placement mine{f.nodes({u"a1-01"_s, u"a1-02"_s}), D, D6};
    QVERIFY(f.set(u"ap-b"_s, mine, &error));
    // Another window (or a sync) shortens it meanwhile.
    QVERIFY(f.set(u"ap-b"_s, mine.withWindow(D, D + 30 * kDay), &error));
    const QStringList state = businessState(*f.store);
    QVERIFY(!f.set(u"ap-b"_s, mine.withWindow(D, D + 90 * kDay), &error, u"extend"_s, &mine));
    QVERIFY2(error.contains(u"changed meanwhile"_s), qPrintable(error));
    QCOMPARE(businessState(*f.store), state);
    const Placement now = mine.withWindow(D, D + 30 * kDay);
    QVERIFY2(f.set(u"ap-b"_s, mine.withWindow(D, D + 90 * kDay), &error, u"extend"_s, &now),
             qPrintable(error));
}

void TestAllocationRepository::undoRedoRoundTrips_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("assign") << u"assign"_s;
    QTest::newRow("release") << u"release"_s;
    QTest::newRow("shorten") << u"shorten"_s;
    QTest::newRow("extend") << u"extend"_s;
    QTest::newRow("move") << u"move"_s;
    QTest::newRow("move and reshape") << u"reshape"_s;
}

void TestAllocationRepository::undoRedoRoundTrips()
{
    QFETCH(QString, change);
    Fixture f;
    QVERIFY(f.open());
    QString error;
    // Neighbours that must not be disturbed, and (except for "assign") ap-b's starting point.
    QVERIFY(f.set(u"ap-b2"_s, {f.nodes({u"a1-05"_s, u"a1-06"_s}), D, D6}, &error));
    QVERIFY(f.set(u"ap-h"_s, {f.nodes({u"b1-01"_s}), D, D6}, &error));
    const Placement start{f.nodes({u"a1-01"_s, u"a1-02"_s, u"a1-03"_s}), D, D6};
    if (change != u"assign"_s)
        QVERIFY(f.set(u"ap-b"_s, start, &error));

    Placement target;
    if (change == u"assign"_s)
        target = start;
    else if (change == u"release"_s)
        target = released();
    else if (change == u"shorten"_s)
        target = start.withWindow(D, D + 40 * kDay);
    else if (change == u"extend"_s)
        target = start.withWindow(D, test::seoulMidnight(2028, 2, 1));
    else if (change == u"move"_s)
        target = start.withNodes(f.nodes({u"a2-01"_s, u"a2-02"_s, u"a2-03"_s}));
    else
        target = Placement{f.nodes({u"a1-01"_s, u"a2-04"_s}), D + 10 * kDay, D + 100 * kDay};

    const QStringList before = businessState(*f.store);
    const Placement previous = f.current(u"ap-b"_s);
    QVERIFY2(f.set(u"ap-b"_s, target, &error, u"do"_s, &previous), qPrintable(error));
    const QStringList after = businessState(*f.store);
    QVERIFY(after != before);
    QCOMPARE(f.current(u"ap-b"_s), target);

    // Undo: the prior placement written back as a new change.
    QVERIFY2(f.set(u"ap-b"_s, previous, &error, u"undo"_s, &target), qPrintable(error));
    QCOMPARE(businessState(*f.store), before);
    QCOMPARE(f.current(u"ap-b"_s), previous);
    // Redo.
    QVERIFY2(f.set(u"ap-b"_s, target, &error, u"redo"_s, &previous), qPrintable(error));
    QCOMPARE(businessState(*f.store), after);
    // And once more, to see that a round trip can repeat.
    QVERIFY(f.set(u"ap-b"_s, previous, &error, u"undo"_s, &target));
    QCOMPARE(businessState(*f.store), before);

    // Both are in the history and the audit log like any change.
    QVERIFY(count(*f.store, u"SELECT count(*) FROM application_status_history WHERE "
                            "application_id = 'ap-b' AND reason = 'undo'"_s) == 2);
    QVERIFY(count(*f.store, u"SELECT count(*) FROM audit_log WHERE action = 'allocation_change' "
                            "AND details LIKE '%\"reason\":\"redo\"%'"_s) == 1);
}

void TestAllocationRepository::advanceLifecycleByDate()
{
    Fixture f;
    QVERIFY(f.open());
    QString error;
    const qint64 m1 = test::seoulMidnight(2027, 4, 1);
    const qint64 m2 = test::seoulMidnight(2027, 5, 1);
    const qint64 m3 = test::seoulMidnight(2027, 6, 1);
    QVERIFY(f.set(u"ap-b"_s, {f.nodes({u"a1-01"_s, u"a1-02"_s}), D, m3}, &error));
    QVERIFY(f.set(u"ap-b2"_s, {f.nodes({u"a1-03"_s}), m1, m2}, &error));
    QVERIFY(f.set(u"ap-h"_s, {f.nodes({u"b1-01"_s}), m1 + 5 * kDay, m2}, &error));
    AllocationRepository repo(*f.store);
    const auto status = [&](const char *app) {
        return test::scalar(f.store->db(), u"SELECT status FROM applications WHERE id = ?"_s,
                            {QString::fromLatin1(app)})
            .toString();
    };
    const auto grant = [&](const char *app) {
        return test::scalar(f.store->db(), u"SELECT status FROM grants WHERE application_id = ?"_s,
                            {QString::fromLatin1(app)})
            .toString();
    };

    QCOMPARE(repo.advanceLifecycle(D - 1, &error), 0);
    QCOMPARE(grant("ap-b"), u"planned"_s);
    // The start is inclusive.
    QCOMPARE(repo.advanceLifecycle(D, &error), 1);
    QCOMPARE(grant("ap-b"), u"active"_s);
    QCOMPARE(status("ap-b"), u"active"_s);
    QCOMPARE(status("ap-b2"), u"allocated"_s);
    QCOMPARE(repo.advanceLifecycle(D + kDay, &error), 0); // nothing more is due

    // ap-b2 starts, then both ap-b2 and ap-h end; ap-h was never started by the program, and
    // goes through active to completed at once.
    QCOMPARE(repo.advanceLifecycle(m1 + kDay, &error), 1);
    QCOMPARE(status("ap-b2"), u"active"_s);
    QCOMPARE(status("ap-h"), u"allocated"_s);
    QCOMPARE(repo.advanceLifecycle(m2, &error), 2);
    QCOMPARE(status("ap-b2"), u"completed"_s);
    QCOMPARE(grant("ap-b2"), u"completed"_s);
    QCOMPARE(status("ap-h"), u"completed"_s);
    QCOMPARE(grant("ap-h"), u"completed"_s);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM application_status_history WHERE "
                             "application_id = 'ap-h' AND to_status IN ('active', 'completed')"_s),
             2);
    QCOMPARE(status("ap-b"), u"active"_s);
    // The end is exclusive: at m3 the window is over.
    QCOMPARE(repo.advanceLifecycle(m3 - 1, &error), 0);
    QCOMPARE(repo.advanceLifecycle(m3, &error), 1);
    QCOMPARE(status("ap-b"), u"completed"_s);
    QCOMPARE(test::scalar(f.store->db(), u"SELECT reason FROM application_status_history WHERE "
                                         "application_id = 'ap-b' AND to_status = 'completed'"_s)
                 .toString(),
             u"The allocation window ended after 2027-05-31."_s);
    QCOMPARE(count(*f.store, u"SELECT count(*) FROM outbox WHERE table_name = 'grants' AND "
                             "op = 'update'"_s),
             5);
}

void TestAllocationRepository::handOver()
{
    Fixture f;
    QVERIFY(f.open());
    QString error;
    QVERIFY(f.set(u"ap-h"_s, {f.nodes({u"b1-02"_s}), D + 10 * kDay, D + 40 * kDay}, &error));
    QVERIFY(f.set(u"ap-b"_s, {f.nodes({u"a1-02"_s, u"a1-01"_s}), D, D6}, &error));
    QVERIFY(f.set(u"ap-b2"_s, {f.nodes({u"a2-01"_s}), D, D + 20 * kDay}, &error));
    QVERIFY(f.set(u"ap-b2"_s, released(), &error)); // released: not handed over

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(AllocationRepository(*f.store).writeHandOver(&buffer, u"pv-k"_s, D, &error),
             qPrintable(error));
    CsvReader reader(buffer.data());
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(&record))
        rows << record.fields;
    QVERIFY(!reader.hasError());
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QStringList{u"Site"_s, u"Row"_s, u"Rack"_s, u"Hostname"_s, u"Rack unit"_s,
                                   u"Accelerator"_s, u"GPUs"_s, u"Project"_s, u"Slurm account"_s,
                                   u"Organisation"_s, u"First day"_s, u"Last day"_s, u"Status"_s}));
    QCOMPARE(rows[1], (QStringList{u"목동"_s, u"A"_s, u"a1"_s, u"a1-01"_s, u"1"_s, u"B200"_s,
                                   u"8"_s, u"R1-0101"_s, u"hanbit01"_s, u"한빛과학기술대학교"_s,
                                   u"2027-03-01"_s, u"2027-08-31"_s, u"planned"_s}));
    QCOMPARE(rows[2][3], u"a1-02"_s);
    QCOMPARE(rows[2][4], u"5"_s);
    QCOMPARE(rows[3], (QStringList{u"목동"_s, u"B"_s, u"b1"_s, u"b1-02"_s, u"5"_s, u"H200"_s,
                                   u"8"_s, u"R1-0103"_s, u"sdl-h"_s, u"서울데이터랩(주)"_s,
                                   u"2027-03-11"_s, u"2027-04-09"_s, u"planned"_s}));

    // From a later date, windows already over are left out.
    QBuffer later;
    later.open(QIODevice::WriteOnly);
    QVERIFY(AllocationRepository(*f.store).writeHandOver(&later, u"pv-k"_s, D + 40 * kDay, &error));
    QCOMPARE(later.data().count("R1-0103"), 0);
    QCOMPARE(later.data().count("R1-0101"), 2);

    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QVERIFY(!AllocationRepository(*f.store).writeHandOver(&none, u"nobody"_s, D, &error));
    QVERIFY(error.contains(u"provider no longer exists"_s));
}

QTEST_MAIN(TestAllocationRepository)
#include "tst_allocationrepository.moc"
