// SPDX-License-Identifier: GPL-3.0-or-later
// Change capture: one outbox row per captured write, with what a three-way merge needs.
#include "../common/TestStore.h"
#include "store/SyncedTables.h"
#include "sync/RowWriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // A pull writes with the connection's triggers off while it upserts (RowWriter::setTriggers):
    // the rows are right, derived rows follow at the end, a removal still clears them, and the
    // next local write on the same connection is captured.
    void pullRowsWithTriggersOffLeaveDerivedRowsAndCaptureRight()
    {
        QVERIFY(test::seedReference(*m_store));
        QString error;
        const QByteArray rows =
            R"([["a1", 2, "c-r1", "o-univ", "A-1", "초거대 언어모델", "LLM", "김하늘", "f-nlp",
                 "t-b200", 8, 1, 6, "2026-02-01", 1767225600000, "submitted", 1767225600000],
                ["a2", 2, "c-r1", "o-start", "A-2", "신약 후보 탐색", "Drug", "이바다", "f-bio",
                 "t-h200", 16, 2, 3, "2026-03-01", 1767225600000, "submitted", 1767225600000]])";
        const QStringList columns = {u"id"_s, u"version"_s, u"call_id"_s, u"organization_id"_s,
                                     u"code"_s, u"title"_s, u"title_en"_s, u"pi_name"_s,
                                     u"field_id"_s, u"accelerator_type_id"_s,
                                     u"requested_gpus"_s, u"requested_nodes"_s, u"months"_s,
                                     u"desired_start"_s, u"submitted_at"_s, u"status"_s,
                                     u"status_changed_at"_s};
        const QByteArray firstRow = rows.left(rows.indexOf("],") + 1) + "]";
        // Each step below is one pull's write: capture off, derived rows deferred.
        const auto pull = [&](const std::function<bool(RowWriter &, QSqlDatabase &, QString *)> &steps) {
            return m_store->write(
                [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
                    RowWriter writer(db);
                    return writer.deferDerived(err) && steps(writer, db, err);
                },
                &error, Store::Capture::Uncaptured);
        };
        bool offForUpserts = false;
        bool onForRemovals = false;
        const bool pulled = pull([&](RowWriter &writer, QSqlDatabase &db, QString *err) {
            if (!writer.upsertRows(u"applications"_s, columns, rows, 2, err))
                return false;
            offForUpserts = !RowWriter::triggersOn(db);
            if (!writer.remove(u"applications"_s, u"a2"_s, err))
                return false;
            onForRemovals = RowWriter::triggersOn(db);
            return writer.finishDeferred(err);
        });
        QVERIFY2(pulled, qPrintable(error));
        QVERIFY(offForUpserts);
        QVERIFY(onForRemovals);
        const QSqlDatabase db = m_store->db();
        QCOMPARE(outbox(db).size(), 0);
        QCOMPARE(test::scalar(db, u"SELECT group_concat(id) FROM applications"_s).toString(), u"a1"_s);
        QCOMPARE(test::scalar(db, u"SELECT group_concat(code) FROM application_browse"_s).toString(),
                 u"A-1"_s);
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM application_search WHERE application_search "
                                  "MATCH '언어모델'"_s).toInt(),
                 1);
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM application_search"_s).toInt(), 1);
        // The writer is gone: triggers are on again for the local edit that follows.
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET title = '초거대 언어모델 2' WHERE id = 'a1'"_s},
                           Store::Capture::Local));
        QCOMPARE(outbox(db).size(), 1);
        QCOMPARE(test::scalar(db, u"SELECT title FROM application_browse"_s).toString(),
                 u"초거대 언어모델 2"_s);
        // A pull that fails after its upserts leaves the triggers on, and rolls back.
        const bool failed = pull([&](RowWriter &writer, QSqlDatabase &, QString *err) {
            if (!writer.upsertRows(u"applications"_s, columns, rows, 2, err))
                return false;
            *err = u"cut"_s;
            return false;
        });
        QVERIFY(!failed);
        QVERIFY(RowWriter::triggersOn(db));
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM applications"_s).toInt(), 1);

        // The local edit still waits in the outbox when the server's row comes back: it is
        // re-applied on top, derived rows included, and stays queued.
        const bool rebased = pull([&](RowWriter &writer, QSqlDatabase &, QString *err) {
            return writer.loadPending(err) &&
                   writer.upsertRows(u"applications"_s, columns, firstRow, 1, err) &&
                   writer.finishDeferred(err);
        });
        QVERIFY2(rebased, qPrintable(error));
        QCOMPARE(test::scalar(db, u"SELECT title FROM applications"_s).toString(),
                 u"초거대 언어모델 2"_s);
        QCOMPARE(test::scalar(db, u"SELECT title FROM application_browse"_s).toString(),
                 u"초거대 언어모델 2"_s);
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM application_search WHERE application_search "
                                  "MATCH '언어모델 2'"_s).toInt(),
                 1);
        QCOMPARE(outbox(db).size(), 1);

        // A later pull removes the row: its derived rows go with it.
        const bool removed = pull([&](RowWriter &writer, QSqlDatabase &, QString *err) {
            return writer.upsertRows(u"applications"_s, columns, firstRow, 1, err) &&
                   writer.remove(u"applications"_s, u"a1"_s, err) && writer.finishDeferred(err);
        });
        QVERIFY2(removed, qPrintable(error));
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM applications"_s).toInt(), 0);
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM application_browse"_s).toInt(), 0);
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM application_text_ko"_s).toInt(), 0);
        QCOMPARE(test::scalar(db, u"SELECT count(*) FROM application_search"_s).toInt(), 0);
    }

    // RowWriter switches triggers off for a pull's upserts on the grounds that each trigger of a
    // synced table is of a kind that does nothing then. A new kind must be looked at there first.
    void everyTriggerOfASyncedTableIsOfAKindThePullKnows()
    {
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(u"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"_s));
        int checked = 0;
        while (q.next()) {
            const QString name = q.value(0).toString();
            const QString table = q.value(1).toString();
            const QString sql = q.value(2).toString().simplified();
            if (!SyncedTables::isSynced(table))
                continue;
            const QString head = sql.left(sql.indexOf(u" BEGIN"_s));
            const bool captureGuard = head.endsWith(
                u"WHEN (SELECT capture FROM sync_control WHERE id = 1) = 1"_s);
            // The tables RowWriter::finishDeferred rebuilds derived rows for.
            const bool derivedGuard =
                QStringList{u"applications"_s, u"organizations"_s, u"fields"_s,
                            u"accelerator_types"_s, u"calls"_s}
                    .contains(table) &&
                head.endsWith(u"WHEN (SELECT deferred_derived FROM sync_control WHERE id = 1) = 0"_s);
            const bool known =
                (name == u"capture_%1_insert"_s.arg(table) && captureGuard) ||
                (name == u"capture_%1_update"_s.arg(table) && captureGuard) ||
                (name == u"capture_%1_nodelete"_s.arg(table) && captureGuard &&
                 head.contains(u" BEFORE DELETE ON "_s)) ||
                (name == u"capture_%1_fixedid"_s.arg(table) &&
                 head.contains(u" BEFORE UPDATE OF id ON "_s) &&
                 head.endsWith(u"WHEN OLD.id IS NOT NEW.id"_s)) ||
                (derivedGuard && (head.contains(u" AFTER INSERT ON "_s) ||
                                  head.contains(u" AFTER UPDATE "_s))) ||
                head.contains(u" AFTER DELETE ON "_s);
            QVERIFY2(known, qPrintable(u"%1 on %2: %3"_s.arg(name, table, head)));
            ++checked;
        }
        QVERIFY(checked > 100);
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
