// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory written through the repositories on FleetSeed.h's fleet: each level added, edited
// and retired (only once empty) with its audit line and outbox capture; nodes with their GPUs;
// node states with a reason; pool moves refused when they would break an allocation and allowed
// once it has ended or been released; retiring nodes that still hold work refused.
#include "../common/FleetSeed.h"
#include "store/InventoryRepository.h"
#include "store/NodeRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

QString uuid(int i)
{
    return u"GPU-%1-aaaa-bbbb-cccc-0123456789ab"_s.arg(i, 8, 16, QLatin1Char('0'));
}

QStringList uuids(int first)
{
    QStringList out;
    for (int i = 0; i < 8; ++i)
        out << uuid(first + i);
    return out;
}

} // namespace

class TestInventoryRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql, const QVariantList &values = {}) const
    {
        return test::scalar(m_store->db(), sql, values).toInt();
    }
    // Grant of ap-b (pool pl-b) holding a1-01 and a1-02 from `start` to `end`.
    void allocate(qint64 start, qint64 end, const QString &status = u"planned"_s)
    {
        QVERIFY(test::exec(
            *m_store,
            {u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
             "starts_at, ends_at, status) VALUES ('g1', 'ap-b', 't-b200', 'pl-b', 2, %1, %2, '%3')"_s
                 .arg(start)
                 .arg(end)
                 .arg(status),
             u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
             "('al1', 'g1', 'n-a1-01', %1, %2), ('al2', 'g1', 'n-a1-02', %1, %2)"_s.arg(start).arg(end)}));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void buildANewProvidersRacks();
    void editsRecordOnlyWhatChanged();
    void refusesInvalidRecords();
    void retiresOnlyEmptyRecords();
    void callsPerPoolInOneQuery();
    void nodesWithTheirGpus();
    void gpuMovesFromARetiredNode();
    void nodeStatesNeedAReason();
    void poolMoveRefusedWhenItBreaksAnAllocation_data();
    void poolMoveRefusedWhenItBreaksAnAllocation();
    void poolMoveOfAWholeSelection();
    void retireNodeHoldingWorkRefused();
};

void TestInventoryRepository::buildANewProvidersRacks()
{
    InventoryRepository repo(*m_store);
    QString error;
    const int outbox = count(u"SELECT count(*) FROM outbox"_s);
    const auto provider = repo.saveProvider({{}, u"nhn"_s, u"NHN클라우드"_s, u"NHN Cloud"_s, u"noc@nhn.example"_s}, &error);
    QVERIFY2(provider, qPrintable(error));
    const auto site = repo.saveSite({{}, *provider, u"광주"_s, u"Asia/Seoul"_s, u"광주광역시"_s}, &error);
    QVERIFY2(site, qPrintable(error));
    const auto cluster = repo.saveCluster({{}, *site, u"B200-G1"_s, u"t-b200"_s}, &error);
    QVERIFY2(cluster, qPrintable(error));
    const auto row = repo.saveRow({{}, *site, u"A"_s, 1}, &error);
    QVERIFY2(row, qPrintable(error));
    const auto rack = repo.saveRack({{}, *cluster, *row, u"G001"_s, 1, 42}, &error);
    QVERIFY2(rack, qPrintable(error));
    NodeDraft node;
    node.rackId = *rack;
    node.hostname = u"gj-b200-g001-n1"_s;
    node.typeId = u"t-b200"_s;
    node.poolId = u"pl-nat"_s;
    node.gpuUuids = uuids(1);
    const auto nodeId = NodeRepository(*m_store).saveNode(node, &error);
    QVERIFY2(nodeId, qPrintable(error));

    QCOMPARE(test::scalar(m_store->db(), u"SELECT time_zone FROM sites WHERE id = ?"_s, {*site}).toString(),
             u"Asia/Seoul"_s);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'inventory_add'"_s), 6);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE entity = 'rack' AND entity_id = ?"_s, {*rack}), 1);
    // Six records, eight GPUs: captured for sync.
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox + 14);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'racks' AND op = 'insert'"_s), 1);
    const QString updatedBy =
        test::scalar(m_store->db(), u"SELECT updated_by FROM racks WHERE id = ?"_s, {*rack}).toString();
    QCOMPARE(updatedBy, u"u-officer"_s);
}

void TestInventoryRepository::editsRecordOnlyWhatChanged()
{
    InventoryRepository repo(*m_store);
    QString error;
    auto rack = repo.rack(u"rk-a1"_s);
    QVERIFY(rack);
    const int audits = count(u"SELECT count(*) FROM audit_log"_s);
    QVERIFY(repo.saveRack(*rack, &error)); // nothing changed: nothing recorded
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audits);
    rack->name = u"A01"_s;
    rack->units = 48;
    QVERIFY2(repo.saveRack(*rack, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audits + 1);
    const QJsonObject details =
        QJsonDocument::fromJson(test::scalar(m_store->db(), u"SELECT details FROM audit_log WHERE "
                                                            "action = 'inventory_change'"_s)
                                    .toString()
                                    .toUtf8())
            .object();
    const QJsonObject changes = details.value(u"changes"_s).toObject();
    QCOMPARE(changes.keys(), (QStringList{u"name"_s, u"units"_s}));
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'racks' AND op = 'update'"_s), 1);
}

void TestInventoryRepository::refusesInvalidRecords()
{
    InventoryRepository repo(*m_store);
    QString error;
    ValidationIssues issues;
    QVERIFY(!repo.saveSite({{}, u"pv-k"_s, u"목동"_s, u"Mars/Olympus"_s, {}}, &error, &issues));
    QCOMPARE(issues.size(), 2); // name taken, unknown zone
    QVERIFY(!error.isEmpty());
    QVERIFY(!repo.saveRack({{}, u"cl-b"_s, u"rw-a"_s, u"a1"_s, 9, 42}, &error, &issues));
    QCOMPARE(issues.value(0).field, u"name"_s);
    NodeDraft node = *NodeRepository(*m_store).node(u"n-a1-02"_s);
    node.rackUnit = 3; // onto a1-01
    QVERIFY(!NodeRepository(*m_store).saveNode(node, &error, &issues));
    QCOMPARE(issues.value(0).field, u"rackUnit"_s);
    QVERIFY2(error.contains(u"a1-01"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
}

void TestInventoryRepository::retiresOnlyEmptyRecords()
{
    InventoryRepository repo(*m_store);
    QString error;
    QVERIFY(!repo.retire(InventoryKind::Rack, u"rk-a3"_s, &error));
    QVERIFY2(error.contains(u"4 node(s)"_s), qPrintable(error));
    QVERIFY(!repo.retire(InventoryKind::Pool, u"pl-b"_s, &error));
    QVERIFY2(error.contains(u"call(s)"_s), qPrintable(error));

    NodeRepository nodes(*m_store);
    QVERIFY2(nodes.retire({u"n-a3-01"_s, u"n-a3-02"_s, u"n-a3-03"_s, u"n-a3-04"_s}, u"decommissioned"_s, &error),
             qPrintable(error));
    QVERIFY2(repo.retire(InventoryKind::Rack, u"rk-a3"_s, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT deleted FROM racks WHERE id = 'rk-a3'"_s), 1);
    QVERIFY2(repo.retire(InventoryKind::Pool, u"pl-nat"_s, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'inventory_retire'"_s), 6);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'nodes' AND op = 'delete'"_s), 4);
    QVERIFY(!repo.rack(u"rk-a3"_s));
}

void TestInventoryRepository::callsPerPoolInOneQuery()
{
    InventoryRepository repo(*m_store);
    QHash<QString, int> calls = repo.callsPerPool();
    QCOMPARE(calls.value(u"pl-b"_s), repo.callsUsingPool(u"pl-b"_s));
    QCOMPARE(calls.value(u"pl-h"_s), repo.callsUsingPool(u"pl-h"_s));
    QCOMPARE(calls.value(u"pl-b"_s), 1);
    QVERIFY(!calls.contains(u"pl-nat"_s));
    // A deleted call no longer draws on its pools.
    QVERIFY(test::exec(*m_store, {u"UPDATE calls SET deleted = 1"_s}));
    QVERIFY(repo.callsPerPool().isEmpty());
}

void TestInventoryRepository::nodesWithTheirGpus()
{
    NodeRepository repo(*m_store);
    QString error;
    NodeDraft n = *repo.node(u"n-a1-03"_s);
    QVERIFY(n.gpuUuids.isEmpty());
    n.gpuUuids = uuids(10);
    n.serial = u"KR25X"_s;
    QVERIFY2(repo.saveNode(n, &error), qPrintable(error));
    QCOMPARE(repo.node(u"n-a1-03"_s)->gpuUuids, uuids(10));
    // Two GPUs swapped, one replaced.
    n.gpuUuids.swapItemsAt(0, 1);
    n.gpuUuids[7] = uuid(99);
    QVERIFY2(repo.saveNode(n, &error), qPrintable(error));
    QCOMPARE(repo.node(u"n-a1-03"_s)->gpuUuids, n.gpuUuids);
    QCOMPARE(count(u"SELECT count(*) FROM node_gpus WHERE node_id = 'n-a1-03' AND deleted = 1"_s), 1);
    QVERIFY(test::scalar(m_store->db(), u"SELECT details FROM audit_log WHERE entity_id = 'n-a1-03' "
                                        "ORDER BY seq DESC LIMIT 1"_s)
                .toString()
                .contains(u"gpu_uuids"_s));
    // Another node cannot take one of them.
    NodeDraft other = *repo.node(u"n-a1-04"_s);
    other.gpuUuids = uuids(20);
    other.gpuUuids[0] = uuid(12);
    ValidationIssues issues;
    QVERIFY(!repo.saveNode(other, &error, &issues));
    QVERIFY2(error.contains(u"a1-03"_s), qPrintable(error));
}

void TestInventoryRepository::gpuMovesFromARetiredNode()
{
    NodeRepository repo(*m_store);
    QString error;
    NodeDraft a = *repo.node(u"n-a1-07"_s);
    a.gpuUuids = uuids(40);
    QVERIFY2(repo.saveNode(a, &error), qPrintable(error));
    QVERIFY2(repo.retire({a.id}, u"chassis fault"_s, &error), qPrintable(error));
    NodeDraft b = *repo.node(u"n-a1-08"_s);
    b.gpuUuids = uuids(40); // the same GPUs, moved to another chassis
    QVERIFY2(repo.saveNode(b, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM node_gpus WHERE uuid = ? AND node_id = 'n-a1-08' AND deleted = 0"_s,
                   {uuid(43)}),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM node_gpus"_s), 8); // moved, not copied
    // The retired node's host name stays with its records.
    NodeDraft c;
    c.rackId = u"rk-a1"_s;
    c.hostname = a.hostname;
    c.rackUnit = 33;
    c.typeId = u"t-b200"_s;
    ValidationIssues issues;
    QVERIFY(!repo.saveNode(c, &error, &issues));
    QCOMPARE(issues.value(0).field, u"hostname"_s);
}

void TestInventoryRepository::nodeStatesNeedAReason()
{
    NodeRepository repo(*m_store);
    QString error;
    allocate(test::seoulMidnight(2030, 1, 1), test::seoulMidnight(2030, 7, 1));
    QVERIFY(!repo.setState({u"n-a1-01"_s}, NodeState::Maintenance, u" "_s, &error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
    const QStringList effects = repo.outOfServiceEffects({u"n-a1-01"_s, u"n-a1-05"_s});
    QCOMPARE(effects.size(), 1);
    QVERIFY2(effects[0].contains(u"R1-0101"_s), qPrintable(effects[0]));
    QVERIFY2(repo.setState({u"n-a1-01"_s, u"n-a1-05"_s}, NodeState::Failed, u"GPU 3 XID 79"_s, &error),
             qPrintable(error));
    QCOMPARE(test::scalar(m_store->db(), u"SELECT state || ':' || state_reason FROM nodes WHERE id = 'n-a1-05'"_s)
                 .toString(),
             u"failed:GPU 3 XID 79"_s);
    QVERIFY(test::scalar(m_store->db(), u"SELECT details FROM audit_log WHERE entity_id = 'n-a1-01'"_s)
                .toString()
                .contains(u"R1-0101"_s));
    // Back in service: the reason goes from the node, the audit trail keeps both.
    QVERIFY2(repo.setState({u"n-a1-05"_s}, NodeState::Free, u"board replaced"_s, &error), qPrintable(error));
    QCOMPARE(test::scalar(m_store->db(), u"SELECT state || ':' || state_reason FROM nodes WHERE id = 'n-a1-05'"_s)
                 .toString(),
             u"free:"_s);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'node_state' AND entity_id = 'n-a1-05'"_s), 2);
    QVERIFY(!repo.setState({u"n-a1-05"_s}, NodeState::Allocated, {}, &error));
}

void TestInventoryRepository::poolMoveRefusedWhenItBreaksAnAllocation_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QString>("grantStatus");
    QTest::addColumn<bool>("ended");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("allocated node to the national pool") << u"n-a1-01"_s << u"pl-nat"_s << u"planned"_s << false << false;
    QTest::newRow("allocated node out of every pool") << u"n-a1-02"_s << QString() << u"active"_s << false << false;
    QTest::newRow("free node to the national pool") << u"n-a1-03"_s << u"pl-nat"_s << u"planned"_s << false << true;
    QTest::newRow("allocation over") << u"n-a1-01"_s << u"pl-nat"_s << u"completed"_s << true << true;
    QTest::newRow("grant released") << u"n-a1-01"_s << u"pl-nat"_s << u"released"_s << false << true;
    QTest::newRow("B200 node to the H200 pool") << u"n-a1-03"_s << u"pl-h"_s << u"planned"_s << false << false;
    QTest::newRow("already there") << u"n-a1-01"_s << u"pl-b"_s << u"planned"_s << false << true;
}

void TestInventoryRepository::poolMoveRefusedWhenItBreaksAnAllocation()
{
    QFETCH(QString, node);
    QFETCH(QString, pool);
    QFETCH(QString, grantStatus);
    QFETCH(bool, ended);
    QFETCH(bool, allowed);
    const qint64 now = Store::nowMs();
    const qint64 day = 86400000;
    if (ended)
        allocate(now - 90 * day, now - day, grantStatus);
    else
        allocate(now - day, now + 90 * day, grantStatus);
    NodeRepository repo(*m_store);
    const AllocationCheck check = repo.checkMove({node}, pool);
    QCOMPARE(check.ok, allowed);
    QString error;
    const QString before =
        test::scalar(m_store->db(), u"SELECT coalesce(pool_id, '') FROM nodes WHERE id = ?"_s, {node}).toString();
    QCOMPARE(repo.moveToPool({node}, pool, &error), allowed);
    const QString after =
        test::scalar(m_store->db(), u"SELECT coalesce(pool_id, '') FROM nodes WHERE id = ?"_s, {node}).toString();
    if (allowed) {
        QCOMPARE(after, pool);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'pool_move'"_s), before == pool ? 0 : 1);
    } else {
        QCOMPARE(after, before);
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
        if (grantStatus != u"released"_s && node == u"n-a1-01"_s)
            QVERIFY2(error.contains(u"R1-0101"_s) && error.contains(u"open-b200"_s), qPrintable(error));
    }
}

void TestInventoryRepository::poolMoveOfAWholeSelection()
{
    const qint64 now = Store::nowMs();
    allocate(now + 86400000, now + 30 * 86400000LL);
    NodeRepository repo(*m_store);
    QString error;
    // One node of the selection holds a future allocation: the whole move is refused.
    QVERIFY(!repo.moveToPool({u"n-a1-05"_s, u"n-a1-06"_s, u"n-a1-02"_s}, u"pl-nat"_s, &error));
    QCOMPARE(count(u"SELECT count(*) FROM nodes WHERE pool_id = 'pl-nat'"_s), 4);
    QVERIFY2(repo.moveToPool({u"n-a1-05"_s, u"n-a1-06"_s}, u"pl-nat"_s, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM nodes WHERE pool_id = 'pl-nat'"_s), 6);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'nodes' AND changes LIKE '%pool_id%'"_s), 2);
}

void TestInventoryRepository::retireNodeHoldingWorkRefused()
{
    const qint64 now = Store::nowMs();
    allocate(now + 86400000, now + 30 * 86400000LL);
    NodeRepository repo(*m_store);
    QString error;
    QVERIFY(!repo.retire({u"n-a1-01"_s}, u"old"_s, &error));
    QVERIFY2(error.contains(u"R1-0101"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT deleted FROM nodes WHERE id = 'n-a1-01'"_s), 0);
}

QTEST_GUILESS_MAIN(TestInventoryRepository)
#include "tst_inventoryrepository.moc"
