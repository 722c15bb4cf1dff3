// SPDX-License-Identifier: GPL-3.0-or-later
// Change capture: one outbox row per captured write, with what a three-way merge needs.
#include "../common/TestStore.h"
#include "store/SyncedTables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {
struct OutboxRow
{
    QString table, rowId, op;
    qint64 baseVersion = -1;
    qint64 txId = -1;
    QString mutationId;
    QJsonObject changes;
};

QList<OutboxRow> outbox(const QSqlDatabase &db)
{
    QList<OutboxRow> rows;
    QSqlQuery q(db);
    q.exec(u"SELECT table_name, row_id, op, base_version, tx_id, mutation_id, changes FROM outbox ORDER BY seq"_s);
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(),
                     QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    }
    return rows;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_store.reset();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"p.sqlite"_s));
        m_store = test::openFresh(m_dir, u"p%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_store);
    }
    void cleanup() { m_store.reset(); }

    void insertRecordsEveryColumn()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type, youth_founded) VALUES ('o1', '딥파인', 'startup', 1)"_s},
                           Store::Capture::Local));
        const auto rows = outbox(m_store->db());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].table, u"organizations"_s);
        QCOMPARE(rows[0].rowId, u"o1"_s);
        QCOMPARE(rows[0].op, u"insert"_s);
        QCOMPARE(rows[0].baseVersion, 0);
        QCOMPARE(rows[0].changes.value(u"name"_s).toArray(), (QJsonArray{QJsonValue::Null, u"딥파인"_s}));
        QCOMPARE(rows[0].changes.value(u"youth_founded"_s).toArray(), (QJsonArray{QJsonValue::Null, 1}));
        QVERIFY(rows[0].changes.contains(u"business_number"_s));
        QVERIFY(!rows[0].changes.contains(u"version"_s));
        QVERIFY(!rows[0].changes.contains(u"updated_at"_s));
        QVERIFY(QUuid::fromString(rows[0].mutationId).version() == QUuid::Random);
    }

    void updateRecordsOnlyChangedColumnsAndBaseVersion()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, version, name, org_type) VALUES ('o1', 7, '딥파인', 'startup')"_s}));
        QVERIFY(test::exec(*m_store, {u"UPDATE organizations SET name = '딥파인 AI', region = '서울', updated_at = 99 WHERE id = 'o1'"_s},
                           Store::Capture::Local));
        const auto rows = outbox(m_store->db());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].op, u"update"_s);
        QCOMPARE(rows[0].baseVersion, 7);
        QCOMPARE(rows[0].changes.keys(), (QStringList{u"name"_s, u"region"_s}));
        QCOMPARE(rows[0].changes.value(u"name"_s).toArray(), (QJsonArray{u"딥파인"_s, u"딥파인 AI"_s}));
        QCOMPARE(rows[0].changes.value(u"region"_s).toArray(), (QJsonArray{u""_s, u"서울"_s}));
    }

    void updateThatChangesNothingRecordsNothing()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', '딥파인', 'startup')"_s}));
        QVERIFY(test::exec(*m_store, {u"UPDATE organizations SET name = name WHERE id = 'o1'"_s}, Store::Capture::Local));
        QCOMPARE(outbox(m_store->db()).size(), 0);
    }

    void tombstoneIsADelete()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', '딥파인', 'startup')"_s}));
        QVERIFY(test::exec(*m_store, {u"UPDATE organizations SET deleted = 1 WHERE id = 'o1'"_s}, Store::Capture::Local));
        const auto rows = outbox(m_store->db());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].op, u"delete"_s);
        QCOMPARE(rows[0].changes.value(u"deleted"_s).toArray(), (QJsonArray{0, 1}));
    }

    void hardDeleteAndKeyChangeAreRefused()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', '딥파인', 'startup')"_s}));
        QString error;
        QVERIFY(!test::exec(*m_store, {u"DELETE FROM organizations WHERE id = 'o1'"_s}, Store::Capture::Local, &error));
        QVERIFY(error.contains(u"tombstoned"_s));
        QVERIFY(!test::exec(*m_store, {u"UPDATE organizations SET id = 'o2' WHERE id = 'o1'"_s}, Store::Capture::Local, &error));
        QVERIFY(error.contains(u"never changes"_s));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM organizations WHERE id = 'o1'"_s).toInt(), 1);
    }

    void rollbackLeavesNoOutboxRow()
    {
        QString error;
        QVERIFY(!test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', '딥파인', 'startup')"_s,
                                       u"INSERT INTO no_such_table VALUES (1)"_s},
                            Store::Capture::Local, &error));
        QCOMPARE(outbox(m_store->db()).size(), 0);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM organizations"_s).toInt(), 0);
    }

    void appliedPullIsNotCaptured()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, version, name, org_type) VALUES ('o1', 3, '딥파인', 'startup')"_s,
                                      u"UPDATE organizations SET name = '딥파인2', version = 4 WHERE id = 'o1'"_s,
                                      u"UPDATE organizations SET deleted = 1, version = 5 WHERE id = 'o1'"_s},
                           Store::Capture::Uncaptured));
        QCOMPARE(outbox(m_store->db()).size(), 0);
        // Capture is on again for the next local write.
        QVERIFY(test::exec(*m_store, {u"UPDATE organizations SET region = '부산' WHERE id = 'o1'"_s}, Store::Capture::Local));
        QCOMPARE(outbox(m_store->db()).size(), 1);
    }

    void rowsOfOneTransactionShareItsId()
    {
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', 'A', 'sme')"_s,
                                      u"INSERT INTO organizations (id, name, org_type) VALUES ('o2', 'B', 'sme')"_s},
                           Store::Capture::Local));
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o3', 'C', 'sme')"_s},
                           Store::Capture::Local));
        const auto rows = outbox(m_store->db());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].txId, rows[1].txId);
        QVERIFY(rows[2].txId > rows[1].txId);
        QSet<QString> ids{rows[0].mutationId, rows[1].mutationId, rows[2].mutationId};
        QCOMPARE(ids.size(), 3);
    }

    void blobsTravelAsHex()
    {
        QVERIFY(test::seedReference(*m_store));
        QVERIFY(test::addApplication(*m_store, u"a1"_s, u"R1-1"_s, u"과제"_s, u"o-univ"_s, u"t-b200"_s, 64, 6));
        QVERIFY(test::exec(*m_store, {u"INSERT INTO documents (id, application_id, file_name, content) VALUES ('d1', 'a1', 'x.txt', x'00ff10')"_s},
                           Store::Capture::Local));
        const auto rows = outbox(m_store->db());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].changes.value(u"content"_s).toArray(), (QJsonArray{QJsonValue::Null, u"00FF10"_s}));
    }

    void writerIsRecorded()
    {
        m_store->setCurrentUser(u"user-7"_s, u"김서연"_s);
        QVERIFY(test::exec(*m_store, {u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', 'A', 'sme')"_s}, Store::Capture::Local));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT created_by FROM outbox"_s).toString(), u"user-7"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
