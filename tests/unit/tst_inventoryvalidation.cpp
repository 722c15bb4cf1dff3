// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory rules as data tables over a small snapshot: one provider with one site, a B200
// cluster (racks r1 with two nodes at units 1-4 and 5-8, and r2, empty) and an H200 cluster
// (rack h1), pools open-b200 (B200 only) and spare (any type). Each row changes one thing about a
// valid record and names the fields whose issues must appear.
#include "rules/InventoryValidation.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

FleetSnapshot fleet()
{
    FleetSnapshot f;
    f.types = {{u"t-b"_s, u"B200"_s, 8}, {u"t-h"_s, u"H200"_s, 8}};
    f.typeById = {{u"t-b"_s, 0}, {u"t-h"_s, 1}};
    f.pools = {{u"p-b"_s, u"open-b200"_s, u"공모 B200"_s, {}, PoolKind::OpenCall, 0, 16},
               {u"p-s"_s, u"spare"_s, u"예비"_s, {}, PoolKind::Maintenance, -1, 0}};
    f.poolById = {{u"p-b"_s, 0}, {u"p-s"_s, 1}};
    f.providers = {{u"pv"_s, u"ktc"_s, u"케이티"_s, {}, {0}}};
    f.sites = {{u"s1"_s, u"목동"_s, u"Asia/Seoul"_s, 0, {0, 1}, {0, 1}}};
    f.clusters = {{u"cb"_s, u"B200-1"_s, 0, 0, {0, 1}}, {u"ch"_s, u"H200-1"_s, 0, 1, {2}}};
    f.rows = {{u"w1"_s, u"A"_s, 0, 1, {0, 1}}, {u"w2"_s, u"B"_s, 0, 2, {2}}};
    f.racks = {{u"r1"_s, u"R001"_s, 0, 0, 1, 42, {0, 1}},
               {u"r2"_s, u"R002"_s, 0, 0, 2, 42, {}},
               {u"h1"_s, u"R003"_s, 1, 1, 1, 42, {}}};
    f.rackById = {{u"r1"_s, 0}, {u"r2"_s, 1}, {u"h1"_s, 2}};
    FleetNode a;
    a.id = u"n1"_s;
    a.hostname = u"mok-b200-r001-n1"_s;
    a.rack = 0;
    a.rackUnit = 1;
    a.type = 0;
    a.pool = 0;
    FleetNode b = a;
    b.id = u"n2"_s;
    b.hostname = u"mok-b200-r001-n2"_s;
    b.rackUnit = 5;
    f.nodes = {a, b};
    f.nodeById = {{u"n1"_s, 0}, {u"n2"_s, 1}};
    f.nodeByHostname = {{a.hostname, 0}, {b.hostname, 1}};
    return f;
}

QString uuid(int i)
{
    return u"GPU-%1-aaaa-bbbb-cccc-0123456789ab"_s.arg(i, 8, 16, QLatin1Char('0'));
}

QStringList uuids(int first, int n = 8)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << uuid(first + i);
    return out;
}

NodeDraft validNode()
{
    NodeDraft n;
    n.rackId = u"r1"_s;
    n.hostname = u"mok-b200-r001-n3"_s;
    n.rackUnit = 9;
    n.typeId = u"t-b"_s;
    n.accelerators = 8;
    n.poolId = u"p-b"_s;
    n.gpuUuids = uuids(100);
    return n;
}

NodeContext context()
{
    NodeContext ctx;
    ctx.retiredHostnames = {u"mok-b200-r001-old"_s};
    ctx.gpuOwner.insert(uuid(1).toUpper(), u"n1"_s);
    return ctx;
}

QStringList fieldsOf(const ValidationIssues &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.field;
    out.removeDuplicates();
    out.sort();
    return out;
}

using NodeMutation = std::function<void(NodeDraft &)>;
QHash<QString, NodeMutation> &nodeMutations()
{
    static QHash<QString, NodeMutation> m;
    return m;
}

using RackMutation = std::function<void(RackDraft &)>;
QHash<QString, RackMutation> &rackMutations()
{
    static QHash<QString, RackMutation> m;
    return m;
}

} // namespace

class TestInventoryValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostnames_data();
    void hostnames();
    void gpuUuids_data();
    void gpuUuids();
    void nodes_data();
    void nodes();
    void racks_data();
    void racks();
    void upperLevels();
    void pools();
    void batchSeesEarlierRows();
    void retiring();
};

void TestInventoryValidation::hostnames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"node1"_s << true;
    QTest::newRow("dotted") << u"gpu-01.mok.example"_s << true;
    QTest::newRow("upper case") << u"MOK-B200-R001-N1"_s << true;
    QTest::newRow("empty") << u""_s << false;
    QTest::newRow("leading hyphen") << u"-node"_s << false;
    QTest::newRow("trailing hyphen") << u"node-"_s << false;
    QTest::newRow("underscore") << u"node_1"_s << false;
    QTest::newRow("space") << u"node 1"_s << false;
    QTest::newRow("empty label") << u"a..b"_s << false;
    QTest::newRow("korean") << u"노드1"_s << false;
    QTest::newRow("label of 63") << QString(63, u'a') << true;
    QTest::newRow("label of 64") << QString(64, u'a') << false;
    QTest::newRow("254 in all") << QString(QString(63, u'a') + u'.').repeated(4).left(254) << false;
}

void TestInventoryValidation::hostnames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidHostname(name), valid);
}

void TestInventoryValidation::gpuUuids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one") << uuid(1) << QStringList{uuid(1)} << true;
    QTest::newRow("upper hex") << uuid(1).toUpper() << QStringList{uuid(1).toUpper()} << true;
    QTest::newRow("semicolons and spaces") << (uuid(1) + u" ; "_s + uuid(2))
                                           << QStringList{uuid(1), uuid(2)} << true;
    QTest::newRow("commas and line breaks") << (uuid(1) + u",\n"_s + uuid(2))
                                            << QStringList{uuid(1), uuid(2)} << true;
    QTest::newRow("no prefix") << uuid(1).mid(4) << QStringList{uuid(1).mid(4)} << false;
    QTest::newRow("short group") << u"GPU-1234-aaaa-bbbb-cccc-0123456789ab"_s
                                 << QStringList{u"GPU-1234-aaaa-bbbb-cccc-0123456789ab"_s} << false;
    QTest::newRow("not hex") << u"GPU-zzzzzzzz-aaaa-bbbb-cccc-0123456789ab"_s
                             << QStringList{u"GPU-zzzzzzzz-aaaa-bbbb-cccc-0123456789ab"_s} << false;
    QTest::newRow("MIG instance") << u"MIG-12345678-aaaa-bbbb-cccc-0123456789ab"_s
                                  << QStringList{u"MIG-12345678-aaaa-bbbb-cccc-0123456789ab"_s}
                                  << false;
}

void TestInventoryValidation::gpuUuids()
{
    QFETCH(QString, text);
    QFETCH(QStringList, parts);
    QFETCH(bool, valid);
    QCOMPARE(splitGpuUuids(text), parts);
    for (const QString &p : parts)
        QCOMPARE(isValidGpuUuid(p), valid);
}

void TestInventoryValidation::nodes_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QStringList>("fields");
    auto row = [](const char *name, const QStringList &fields, NodeMutation m) {
        nodeMutations().insert(QString::fromLatin1(name), std::move(m));
        QTest::newRow(name) << QString::fromLatin1(name) << fields;
    };
    using F = QStringList;
    row("valid", {}, [](NodeDraft &) {});
    row("GPU UUIDs not known yet", {}, [](NodeDraft &n) { n.gpuUuids.clear(); });
    row("no pool", {}, [](NodeDraft &n) { n.poolId.clear(); });
    row("pool of any type", {}, [](NodeDraft &n) { n.poolId = u"p-s"_s; });
    row("top of the rack", {}, [](NodeDraft &n) { n.rackUnit = 39; });
    row("hostname missing", F{u"hostname"_s}, [](NodeDraft &n) { n.hostname.clear(); });
    row("hostname invalid", F{u"hostname"_s}, [](NodeDraft &n) { n.hostname = u"mok b200"_s; });
    row("hostname taken, other case", F{u"hostname"_s},
        [](NodeDraft &n) { n.hostname = u"MOK-B200-R001-N1"_s; });
    row("hostname of a retired node", F{u"hostname"_s},
        [](NodeDraft &n) { n.hostname = u"mok-b200-r001-old"_s; });
    row("editing keeps its own hostname", {}, [](NodeDraft &n) {
        n.id = u"n2"_s;
        n.hostname = u"mok-b200-r001-n2"_s;
        n.rackUnit = 5;
    });
    row("no rack", F{u"rack"_s}, [](NodeDraft &n) { n.rackId = u"zz"_s; });
    row("overlaps the node below", F{u"rackUnit"_s}, [](NodeDraft &n) { n.rackUnit = 8; });
    row("overlaps the node above", F{u"rackUnit"_s}, [](NodeDraft &n) { n.rackUnit = 2; });
    row("unit zero", F{u"rackUnit"_s}, [](NodeDraft &n) {
        n.rackId = u"r2"_s;
        n.rackUnit = 0;
    });
    row("past the top", F{u"rackUnit"_s}, [](NodeDraft &n) { n.rackUnit = 40; });
    row("height zero", F{u"heightUnits"_s}, [](NodeDraft &n) { n.heightUnits = 0; });
    row("height eleven", F{u"heightUnits"_s}, [](NodeDraft &n) { n.heightUnits = 11; });
    row("unknown type", F{u"type"_s}, [](NodeDraft &n) { n.typeId = u"t-x"_s; });
    row("H200 in a B200 rack", F{u"pool"_s, u"type"_s}, [](NodeDraft &n) { n.typeId = u"t-h"_s; });
    row("H200 in an H200 rack", {}, [](NodeDraft &n) {
        n.typeId = u"t-h"_s;
        n.rackId = u"h1"_s;
        n.rackUnit = 1;
        n.poolId.clear();
    });
    row("seven accelerators", F{u"accelerators"_s, u"gpuUuids"_s}, [](NodeDraft &n) { n.accelerators = 7; });
    row("seven accelerators, no UUIDs", F{u"accelerators"_s}, [](NodeDraft &n) {
        n.accelerators = 7;
        n.gpuUuids.clear();
    });
    row("pool gone", F{u"pool"_s}, [](NodeDraft &n) { n.poolId = u"p-x"_s; });
    row("seven UUIDs", F{u"gpuUuids"_s}, [](NodeDraft &n) { n.gpuUuids.removeLast(); });
    row("UUID malformed", F{u"gpuUuids"_s}, [](NodeDraft &n) { n.gpuUuids[3] = u"GPU-3"_s; });
    row("UUID twice", F{u"gpuUuids"_s}, [](NodeDraft &n) { n.gpuUuids[3] = n.gpuUuids[2]; });
    row("UUID twice, other case", F{u"gpuUuids"_s},
        [](NodeDraft &n) { n.gpuUuids[3] = n.gpuUuids[2].toUpper(); });
    row("UUID of another node", F{u"gpuUuids"_s}, [](NodeDraft &n) { n.gpuUuids[0] = uuid(1); });
    row("UUID of the node itself", {}, [](NodeDraft &n) {
        n.id = u"n1"_s;
        n.hostname = u"mok-b200-r001-n1"_s;
        n.rackUnit = 1;
        n.gpuUuids[0] = uuid(1);
    });
}

void TestInventoryValidation::nodes()
{
    QFETCH(QString, mutation);
    QFETCH(QStringList, fields);
    NodeDraft n = validNode();
    nodeMutations().value(mutation)(n);
    fields.sort();
    const ValidationIssues issues = validateNode(n, fleet(), context());
    QCOMPARE(fieldsOf(issues), fields);
}

void TestInventoryValidation::racks_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QStringList>("fields");
    auto row = [](const char *name, const QStringList &fields, RackMutation m) {
        rackMutations().insert(QString::fromLatin1(name), std::move(m));
        QTest::newRow(name) << QString::fromLatin1(name) << fields;
    };
    using F = QStringList;
    row("new rack at position 3", {}, [](RackDraft &) {});
    row("name taken in the site", F{u"name"_s}, [](RackDraft &r) { r.name = u"r001"_s; });
    row("position taken", F{u"ordinal"_s}, [](RackDraft &r) { r.ordinal = 2; });
    row("position zero", F{u"ordinal"_s}, [](RackDraft &r) { r.ordinal = 0; });
    row("no cluster", F{u"cluster"_s}, [](RackDraft &r) { r.clusterId.clear(); });
    row("no row", F{u"row"_s}, [](RackDraft &r) { r.rowId = u"w9"_s; });
    row("61 units", F{u"units"_s}, [](RackDraft &r) { r.units = 61; });
    row("unnamed", F{u"name"_s}, [](RackDraft &r) { r.name = u" "_s; });
    row("shrinking below its nodes", F{u"units"_s}, [](RackDraft &r) {
        r.id = u"r1"_s;
        r.name = u"R001"_s;
        r.ordinal = 1;
        r.units = 7;
    });
    row("shrinking to its nodes", {}, [](RackDraft &r) {
        r.id = u"r1"_s;
        r.name = u"R001"_s;
        r.ordinal = 1;
        r.units = 8;
    });
    row("full rack to an H200 cluster", F{u"cluster"_s}, [](RackDraft &r) {
        r.id = u"r1"_s;
        r.name = u"R001"_s;
        r.ordinal = 1;
        r.clusterId = u"ch"_s;
    });
    row("empty rack to an H200 cluster", {}, [](RackDraft &r) {
        r.id = u"r2"_s;
        r.name = u"R002"_s;
        r.ordinal = 2;
        r.clusterId = u"ch"_s;
    });
}

void TestInventoryValidation::racks()
{
    QFETCH(QString, mutation);
    QFETCH(QStringList, fields);
    RackDraft r{{}, u"cb"_s, u"w1"_s, u"R010"_s, 3, 42};
    rackMutations().value(mutation)(r);
    fields.sort();
    QCOMPARE(fieldsOf(validateRack(r, fleet())), fields);
}

void TestInventoryValidation::upperLevels()
{
    const FleetSnapshot f = fleet();
    QVERIFY(validateProvider({{}, u"naver"_s, u"네이버클라우드"_s, {}, {}}, f).isEmpty());
    QCOMPARE(fieldsOf(validateProvider({{}, u"KTC"_s, u"x"_s, {}, {}}, f)), QStringList{u"code"_s});
    QCOMPARE(fieldsOf(validateProvider({{}, u"ktc"_s, u"x"_s, {}, {}}, f)), QStringList{u"code"_s});
    QVERIFY(validateProvider({u"pv"_s, u"ktc"_s, u"케이티"_s, {}, {}}, f).isEmpty());
    QCOMPARE(fieldsOf(validateProvider({{}, u"nhn"_s, u""_s, {}, {}}, f)), QStringList{u"name"_s});

    QVERIFY(validateSite({{}, u"pv"_s, u"판교"_s, u"Asia/Seoul"_s, {}}, f).isEmpty());
    QVERIFY(validateSite({{}, u"pv"_s, u"Frankfurt"_s, u"Europe/Berlin"_s, {}}, f).isEmpty());
    QCOMPARE(fieldsOf(validateSite({{}, u"pv"_s, u"판교"_s, u"Asia/Nowhere"_s, {}}, f)),
             QStringList{u"timeZone"_s});
    QCOMPARE(fieldsOf(validateSite({{}, u"pv"_s, u"목동"_s, u"Asia/Seoul"_s, {}}, f)),
             QStringList{u"name"_s});
    QCOMPARE(fieldsOf(validateSite({{}, u"px"_s, u"판교"_s, u"Asia/Seoul"_s, {}}, f)),
             QStringList{u"provider"_s});

    QVERIFY(validateCluster({{}, u"s1"_s, u"B200-2"_s, u"t-b"_s}, f).isEmpty());
    QCOMPARE(fieldsOf(validateCluster({{}, u"s1"_s, u"b200-1"_s, u"t-b"_s}, f)),
             QStringList{u"name"_s});
    QCOMPARE(fieldsOf(validateCluster({u"cb"_s, u"s1"_s, u"B200-1"_s, u"t-h"_s}, f)),
             QStringList{u"type"_s}); // it holds nodes
    QVERIFY(validateCluster({u"ch"_s, u"s1"_s, u"H200-1"_s, u"t-b"_s}, f).isEmpty()); // empty

    QVERIFY(validateRow({{}, u"s1"_s, u"C"_s, 3}, f).isEmpty());
    QCOMPARE(fieldsOf(validateRow({{}, u"s1"_s, u"a"_s, 3}, f)), QStringList{u"name"_s});
    QCOMPARE(fieldsOf(validateRow({{}, u"s1"_s, u"C"_s, 0}, f)), QStringList{u"ordinal"_s});
}

void TestInventoryValidation::pools()
{
    const FleetSnapshot f = fleet();
    QVERIFY(validatePool({{}, u"national-b200"_s, u"국가"_s, {}, PoolKind::National, u"t-b"_s, 765}, f, 0)
                .isEmpty());
    QCOMPARE(fieldsOf(validatePool({{}, u"Open B200"_s, u"x"_s, {}, PoolKind::OpenCall, {}, 1}, f, 0)),
             QStringList{u"code"_s});
    QCOMPARE(fieldsOf(validatePool({{}, u"spare"_s, u"x"_s, {}, PoolKind::OpenCall, {}, 1}, f, 0)),
             QStringList{u"code"_s});
    QCOMPARE(fieldsOf(validatePool({{}, u"x"_s, u"x"_s, {}, PoolKind::OpenCall, {}, -1}, f, 0)),
             QStringList{u"capacity"_s});
    // open-b200 holds B200 nodes: it cannot become an H200 pool, nor change type under a call.
    QCOMPARE(fieldsOf(validatePool({u"p-b"_s, u"open-b200"_s, u"x"_s, {}, PoolKind::OpenCall,
                                    u"t-h"_s, 16},
                                   f, 0)),
             QStringList{u"type"_s});
    QCOMPARE(fieldsOf(validatePool({u"p-s"_s, u"spare"_s, u"x"_s, {}, PoolKind::Maintenance,
                                    u"t-h"_s, 0},
                                   f, 2)),
             QStringList{u"type"_s});
    QVERIFY(validatePool({u"p-s"_s, u"spare"_s, u"x"_s, {}, PoolKind::Maintenance, u"t-h"_s, 0}, f, 0)
                .isEmpty());
}

void TestInventoryValidation::batchSeesEarlierRows()
{
    NodeDraft a = validNode();
    NodeDraft b = validNode(); // same host name, units and GPUs as a
    NodeDraft c = validNode();
    c.hostname = u"mok-b200-r001-n4"_s;
    c.rackUnit = 13;
    c.gpuUuids = uuids(200);
    NodeDraft d = validNode();
    d.hostname = u"mok-b200-r001-n5"_s;
    d.rackUnit = 15; // overlaps c (13-16)
    d.gpuUuids = uuids(300);
    d.gpuUuids[7] = uuid(205); // c's
    const QList<ValidationIssues> issues = validateNodeBatch({a, b, c, d}, fleet(), context());
    QCOMPARE(issues.size(), 4);
    QVERIFY(issues[0].isEmpty());
    QCOMPARE(fieldsOf(issues[1]), (QStringList{u"gpuUuids"_s, u"hostname"_s, u"rackUnit"_s}));
    QVERIFY(issues[2].isEmpty());
    QCOMPARE(fieldsOf(issues[3]), (QStringList{u"gpuUuids"_s, u"rackUnit"_s}));
}

void TestInventoryValidation::retiring()
{
    const FleetSnapshot f = fleet();
    QCOMPARE(retireProviderProblems(f, 0).size(), 1);
    QCOMPARE(retireSiteProblems(f, 0).size(), 2);
    QCOMPARE(retireClusterProblems(f, 1).size(), 1);
    QCOMPARE(retireRackProblems(f, 0).size(), 1);
    QVERIFY(retireRackProblems(f, 1).isEmpty());
    QVERIFY(retireRowProblems(f, 1).size() == 1);
    QCOMPARE(retirePoolProblems(f, 0, 0).size(), 1);
    QCOMPARE(retirePoolProblems(f, 1, 1).size(), 1);
    QVERIFY(retirePoolProblems(f, 1, 0).isEmpty());
}

QTEST_APPLESS_MAIN(TestInventoryValidation)
#include "tst_inventoryvalidation.moc"
