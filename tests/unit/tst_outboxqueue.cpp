// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox as a push sees it: consecutive edits of the same rows coalesce, what went out never
// changes, batches end at transaction boundaries.
#include "../common/ReviewerFixture.h"
#include "store/ReviewerWorkspace.h"
#include "sync/OutboxQueue.h"

#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestOutboxQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_serial = 0;

    int coalesce()
    {
        int removed = -1;
        QString error;
        m_store->write(
            [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
                removed = OutboxQueue(db).coalesce(err);
                return removed >= 0;
            },
            &error, Store::Capture::Uncaptured);
        return removed;
    }

    QVariant one(const QString &sql) { return test::scalar(m_store->db(), sql); }

    bool edit(const QString &sql) { return test::exec(*m_store, {sql}, Store::Capture::Local); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store.reset();
        m_store = test::openWithReference(m_dir, u"q%1.sqlite"_s.arg(++m_serial));
        QVERIFY(m_store && test::seedReviewers(*m_store));
        m_store->setCurrentUser(u"u-rev1"_s, u"김평가"_s);
    }

    void cleanup() { m_store.reset(); }

    void draftsTypedBecomeOneMutation()
    {
        ReviewerWorkspace w(*m_store, u"u-rev1"_s);
        QString error;
        QVERIFY(w.acceptPledge(u"c-r1"_s, &error));
        QVERIFY(w.saveDraft(u"as-1"_s, {{u"k-tech"_s, 5}}, u"초"_s, &error));
        QVERIFY(w.saveDraft(u"as-1"_s, {{u"k-tech"_s, 6}}, u"초안"_s, &error));
        QVERIFY(w.saveDraft(u"as-1"_s, {{u"k-tech"_s, 7}}, u"초안 완성"_s, &error));
        const int before = one(u"SELECT count(*) FROM outbox"_s).toInt();
        QVERIFY(before >= 4); // pledge, first draft (+ acceptance), two more drafts
        QCOMPARE(coalesce(), 2);
        // One insert of the review with the last text, still in the first draft's transaction.
        QCOMPARE(one(u"SELECT count(*) FROM outbox WHERE table_name = 'reviews'"_s).toInt(), 1);
        QCOMPARE(one(u"SELECT op FROM outbox WHERE table_name = 'reviews'"_s).toString(),
                 u"insert"_s);
        QCOMPARE(one(u"SELECT json_extract(changes, '$.comment[1]') FROM outbox WHERE "
                     "table_name = 'reviews'"_s)
                     .toString(),
                 u"초안 완성"_s);
        QCOMPARE(one(u"SELECT count(DISTINCT tx_id) FROM outbox WHERE table_name IN ('reviews', "
                     "'review_assignments')"_s)
                     .toInt(),
                 1);
        QCOMPARE(coalesce(), 0); // nothing more to merge
    }

    void updatesKeepTheFirstOldValueAndDropWhatCameBack()
    {
        QVERIFY(edit(u"UPDATE applications SET title_en = 'One', summary = 'S' WHERE id = 'a1'"_s));
        QVERIFY(edit(u"UPDATE applications SET title_en = 'Two' WHERE id = 'a1'"_s));
        QVERIFY(edit(u"UPDATE applications SET summary = '' WHERE id = 'a1'"_s));
        QCOMPARE(coalesce(), 2);
        QCOMPARE(one(u"SELECT count(*) FROM outbox"_s).toInt(), 1);
        const QString changes = one(u"SELECT changes FROM outbox"_s).toString();
        QVERIFY2(!changes.contains(u"summary"_s), qPrintable(changes)); // back where it started
        QCOMPARE(one(u"SELECT json_extract(changes, '$.title_en[0]') FROM outbox"_s).toString(),
                 u"English 언어 모델 과제"_s);
        QCOMPARE(one(u"SELECT json_extract(changes, '$.title_en[1]') FROM outbox"_s).toString(),
                 u"Two"_s);
        // Set back entirely: nothing is left to say.
        QVERIFY(edit(u"UPDATE applications SET title_en = 'English 언어 모델 과제' WHERE id = 'a1'"_s));
        QCOMPARE(coalesce(), 2);
        QCOMPARE(one(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    }

    void whatWentOutNeverChanges()
    {
        QVERIFY(edit(u"UPDATE applications SET title_en = 'One' WHERE id = 'a1'"_s));
        QString error;
        QVERIFY(m_store->write(
            [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
                OutboxQueue q(db);
                return q.markSent(q.nextBatch(100, err), 1000, err);
            },
            &error, Store::Capture::Uncaptured));
        QVERIFY(edit(u"UPDATE applications SET title_en = 'Two' WHERE id = 'a1'"_s));
        QVERIFY(edit(u"UPDATE applications SET title_en = 'Three' WHERE id = 'a1'"_s));
        QCOMPARE(coalesce(), 1); // the two unsent ones merge, the sent one stays as it was
        QCOMPARE(one(u"SELECT json_extract(changes, '$.title_en[1]') FROM outbox WHERE sent_at > "
                     "0"_s)
                     .toString(),
                 u"One"_s);
        QCOMPARE(one(u"SELECT json_extract(changes, '$.title_en') FROM outbox WHERE sent_at = 0"_s)
                     .toString(),
                 u"[\"One\",\"Three\"]"_s);
    }

    void otherRowsInBetweenKeepTheOrder()
    {
        QVERIFY(edit(u"UPDATE applications SET title_en = 'One' WHERE id = 'a1'"_s));
        QVERIFY(edit(u"UPDATE applications SET title_en = 'Other' WHERE id = 'a2'"_s));
        QVERIFY(edit(u"UPDATE applications SET title_en = 'Two' WHERE id = 'a1'"_s));
        // A transaction with a row the previous one did not touch is left alone.
        QVERIFY(test::exec(*m_store,
                           {u"UPDATE applications SET months = 4 WHERE id = 'a1'"_s,
                            u"UPDATE applications SET months = 4 WHERE id = 'a3'"_s},
                           Store::Capture::Local));
        QCOMPARE(coalesce(), 0);
        QCOMPARE(one(u"SELECT count(*) FROM outbox"_s).toInt(), 5);
    }

    void batchesEndAtTransactionBoundaries()
    {
        QVERIFY(test::exec(*m_store,
                           {u"UPDATE applications SET months = 4 WHERE id = 'a1'"_s,
                            u"UPDATE applications SET months = 4 WHERE id = 'a2'"_s,
                            u"UPDATE applications SET months = 4 WHERE id = 'a3'"_s},
                           Store::Capture::Local));
        QVERIFY(edit(u"UPDATE applications SET months = 5 WHERE id = 'a4'"_s));
        QString error;
        OutboxQueue q(m_store->db());
        const sync::PushRequest first = q.nextBatch(2, &error);
        QCOMPARE(first.transactions.size(), 1);
        QCOMPARE(first.transactions[0].mutations.size(), 3); // whole, though more than 2
        const sync::PushRequest all = q.nextBatch(10, &error);
        QCOMPARE(all.transactions.size(), 2);
        QCOMPARE(q.pendingCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestOutboxQueue)
#include "tst_outboxqueue.moc"
