// SPDX-License-Identifier: GPL-3.0-or-later
// A provider's node list (tests/data/nodes) imported into FleetSeed.h's fleet: good files add
// every node with its GPUs, pool and an audit line; a file with bad rows names each row's
// problems and adds nothing; a broken header is refused as a whole.
#include "../common/FleetSeed.h"
#include "data/NodeListImporter.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(GPUDESK_TEST_DATA) + u"/nodes/"_s + name;
}

QStringList fieldsOf(const NodeListRow &row)
{
    QStringList out;
    for (const ValidationIssue &i : row.issues)
        out << i.field;
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestNodeListImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql) const { return test::scalar(m_store->db(), sql).toInt(); }

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

    void goodFile();
    void koreanHeaderAndSiteQualifiedRacks();
    void badRows_data();
    void badRows();
    void nothingFromABadFile();
    void brokenHeaders_data();
    void brokenHeaders();
    void otherProviderHasNoSuchRacks();
    void cancelRollsBack();
};

void TestNodeListImporter::goodFile()
{
    NodeListImporter importer(*m_store);
    const NodeListPreview preview = importer.previewFile(dataFile(u"good.csv"_s), u"pv-k"_s, u"pl-b"_s);
    QVERIFY2(preview.fatal.isEmpty(), qPrintable(preview.fatal));
    QCOMPARE(preview.rows.size(), 3);
    // H200 into the B200 pool: the preview says so before anything is written.
    QCOMPARE(fieldsOf(preview.rows[2]), QStringList{u"pool"_s});
    QVERIFY(!preview.canImport());

    const NodeListPreview fine = importer.previewFile(dataFile(u"good.csv"_s), u"pv-k"_s, {});
    QVERIFY(fine.canImport());
    QCOMPARE(fine.rows[0].line, 2);
    QCOMPARE(fine.rows[0].rackLabel, u"목동 / a1"_s);
    QCOMPARE(fine.rows[1].node.gpuUuids.size(), 8); // space-separated UUIDs
    const int nodes = count(u"SELECT count(*) FROM nodes"_s);
    const int outbox = count(u"SELECT count(*) FROM outbox"_s);
    QString error;
    QVERIFY2(importer.commit(fine, u"good.csv"_s, &error), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM nodes"_s), nodes + 3);
    QCOMPARE(count(u"SELECT count(*) FROM node_gpus g JOIN nodes n ON n.id = g.node_id "
                   "WHERE n.hostname = 'mok-a1-10'"_s),
             8);
    QCOMPARE(count(u"SELECT rack_unit FROM nodes WHERE hostname = 'mok-b1-07'"_s), 25);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'inventory_add' AND entity = "
                   "'node' AND details LIKE '%good.csv%'"_s),
             3);
    // Captured for sync: three nodes and 24 GPUs.
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox + 27);

    // The same file again: every host name is taken now.
    const NodeListPreview again = importer.previewFile(dataFile(u"good.csv"_s), u"pv-k"_s, {});
    QCOMPARE(again.invalidRows(), 3);
    QVERIFY(!importer.commit(again, u"good.csv"_s, &error));
}

void TestNodeListImporter::koreanHeaderAndSiteQualifiedRacks()
{
    NodeListImporter importer(*m_store);
    const NodeListPreview p =
        importer.previewFile(dataFile(u"good-korean-header.csv"_s), u"pv-k"_s, u"pl-b"_s);
    QVERIFY2(p.canImport(), qPrintable(p.fatal + issueMessages(p.rows.value(0).issues).join(u' ')));
    QString error;
    QVERIFY2(importer.commit(p, u"k.csv"_s, &error), qPrintable(error));
    QCOMPARE(test::scalar(m_store->db(), u"SELECT serial FROM nodes WHERE hostname = 'mok-a2-10'"_s)
                 .toString(),
             u"KR25ABCDEF02"_s);
    QCOMPARE(count(u"SELECT count(*) FROM nodes WHERE pool_id = 'pl-b' AND hostname LIKE 'mok-a2-%'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM node_gpus g JOIN nodes n ON n.id = g.node_id "
                   "WHERE n.hostname = 'mok-a2-10'"_s),
             0);
}

void TestNodeListImporter::badRows_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("host name in the fleet") << 2 << QStringList{u"hostname"_s};
    QTest::newRow("unknown rack") << 3 << QStringList{u"rack"_s};
    QTest::newRow("units taken") << 4 << QStringList{u"rackUnit"_s};
    QTest::newRow("unknown type") << 5 << QStringList{u"type"_s};
    QTest::newRow("four accelerators") << 6 << QStringList{u"accelerators"_s};
    QTest::newRow("malformed UUID") << 7 << QStringList{u"gpuUuids"_s};
    QTest::newRow("clean row") << 8 << QStringList{};
    QTest::newRow("position not a number") << 9 << QStringList{u"rackUnit"_s};
    QTest::newRow("UUIDs of an earlier row") << 10 << QStringList{u"gpuUuids"_s};
    QTest::newRow("host name with underscores") << 11 << QStringList{u"hostname"_s};
    QTest::newRow("host name of an earlier row, past the top")
        << 12 << QStringList{u"hostname"_s, u"rackUnit"_s};
    QTest::newRow("short row") << 13 << QStringList{u""_s};
}

void TestNodeListImporter::badRows()
{
    QFETCH(int, line);
    QFETCH(QStringList, fields);
    const NodeListPreview p =
        NodeListImporter(*m_store).previewFile(dataFile(u"bad-rows.csv"_s), u"pv-k"_s, {});
    QVERIFY2(p.fatal.isEmpty(), qPrintable(p.fatal));
    QCOMPARE(p.rows.size(), 12);
    for (const NodeListRow &r : p.rows) {
        if (r.line != line)
            continue;
        QCOMPARE(fieldsOf(r), fields);
        for (const ValidationIssue &i : r.issues)
            QVERIFY(!i.message.isEmpty());
        return;
    }
    QFAIL("no such line");
}

void TestNodeListImporter::nothingFromABadFile()
{
    NodeListImporter importer(*m_store);
    const NodeListPreview p = importer.previewFile(dataFile(u"bad-rows.csv"_s), u"pv-k"_s, {});
    QCOMPARE(p.invalidRows(), 11);
    const int nodes = count(u"SELECT count(*) FROM nodes"_s);
    const int outbox = count(u"SELECT count(*) FROM outbox"_s);
    QString error;
    QVERIFY(!importer.commit(p, u"bad-rows.csv"_s, &error));
    QVERIFY2(error.contains(u"11 row(s)"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM nodes"_s), nodes);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox);

    // Even a preview that lies is judged again before the write.
    NodeListPreview forged = p;
    for (NodeListRow &r : forged.rows)
        r.issues.clear();
    QVERIFY(!importer.commit(forged, u"bad-rows.csv"_s, &error));
    QVERIFY2(error.startsWith(u"Nothing was added"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM nodes"_s), nodes);
}

void TestNodeListImporter::brokenHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing column") << u"missing-column.csv"_s << u"gpu_uuids"_s;
    QTest::newRow("unknown column") << u"unknown-column.csv"_s << u"\"owner\""_s;
    QTest::newRow("no such file") << u"nothing-here.csv"_s << u"cannot be read"_s;
}

void TestNodeListImporter::brokenHeaders()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const NodeListPreview p = NodeListImporter(*m_store).previewFile(dataFile(file), u"pv-k"_s, {});
    QVERIFY2(p.fatal.contains(expected), qPrintable(p.fatal));
    QVERIFY(!p.canImport());
}

void TestNodeListImporter::otherProviderHasNoSuchRacks()
{
    QVERIFY(test::exec(*m_store, {u"INSERT INTO providers (id, code, name) VALUES ('pv-n', 'nhn', 'NHN')"_s}));
    const NodeListPreview p =
        NodeListImporter(*m_store).previewFile(dataFile(u"good.csv"_s), u"pv-n"_s, {});
    QCOMPARE(p.invalidRows(), 3);
    QCOMPARE(fieldsOf(p.rows[0]), QStringList{u"rack"_s});
}

void TestNodeListImporter::cancelRollsBack()
{
    NodeListImporter importer(*m_store);
    const NodeListPreview p = importer.previewFile(dataFile(u"good.csv"_s), u"pv-k"_s, {});
    const int nodes = count(u"SELECT count(*) FROM nodes"_s);
    QString error;
    QVERIFY(!importer.commit(p, u"good.csv"_s, &error, [](int done, int) { return done < 2; }));
    QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM nodes"_s), nodes);
}

QTEST_GUILESS_MAIN(TestNodeListImporter)
#include "tst_nodelistimporter.moc"
