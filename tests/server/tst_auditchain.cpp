// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"
#include "AuditHeadFile.h"
#include "ServerLog.h"
#include "SqliteServerStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

// The audit chain in a real store, then tampered with behind the store's back the way someone
// with the database file would: every kind of tampering is found and named.
class TestAuditChain : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<SqliteServerStore> store;
        QString db() const { return dir.filePath(u"server.sqlite"_s); }
        QString heads() const { return dir.filePath(u"audit-head.log"_s); }
    };

    static std::unique_ptr<Fixture> withRows(int n)
    {
        auto f = std::make_unique<Fixture>();
        QString error;
        f->store = SqliteServerStore::open(f->db(), f->heads(), true, &error);
        if (!f->store)
            qWarning("%s", qPrintable(error));
        for (int i = 1; i <= n; ++i) {
            f->store->appendAudit(AuditEvent{u"user-%1"_s.arg(i), u"test.event"_s, u"thing"_s,
                                             QString::number(i),
                                             QJsonObject{{u"n"_s, i}, {u"text"_s, u"한국어"_s}}});
        }
        return f;
    }

    // Runs SQL on a separate connection, dropping the append-only triggers first.
    static void tamper(const Fixture &f, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(f.db());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DROP TRIGGER audit_chain_no_update"_s));
            QVERIFY(q.exec(u"DROP TRIGGER audit_chain_no_delete"_s));
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
    }

private Q_SLOTS:
    void initTestCase() { ServerLog::setQuiet(true); }

    void intactChainVerifies()
    {
        auto f = withRows(5);
        const AuditVerdict v = f->store->verifyAudit();
        QVERIFY2(v.ok(), qPrintable(v.describe()));
        QCOMPARE(v.rows, qint64(5));
        QCOMPARE(v.lastHeadSeq, qint64(5));
        QCOMPARE(v.code(), u"audit.ok"_s);
    }

    void tableRefusesEdits()
    {
        auto f = withRows(2);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"direct"_s);
        db.setDatabaseName(f->db());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"UPDATE audit_chain SET actor = 'x' WHERE seq = 1"_s));
            QVERIFY(!q.exec(u"DELETE FROM audit_chain WHERE seq = 2"_s));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"direct"_s);
    }

    void editedRowIsFound()
    {
        auto f = withRows(5);
        tamper(*f, {u"UPDATE audit_chain SET details = '{\"n\":99}' WHERE seq = 3"_s});
        const AuditVerdict v = f->store->verifyAudit();
        QCOMPARE(v.problem, AuditVerdict::Problem::EditedRow);
        QCOMPARE(v.seq, qint64(3));
        QCOMPARE(v.code(), u"audit.edited_row"_s);
    }

    void cutTailIsFound()
    {
        auto f = withRows(5);
        tamper(*f, {u"DELETE FROM audit_chain WHERE seq >= 4"_s});
        const AuditVerdict v = f->store->verifyAudit();
        QCOMPARE(v.problem, AuditVerdict::Problem::CutTail);
        QCOMPARE(v.lastHeadSeq, qint64(5));
        QCOMPARE(v.tableLastSeq, qint64(3));
        QVERIFY(v.describe().contains(u"cut off"_s));
    }

    void deletedMiddleRowIsFound()
    {
        auto f = withRows(5);
        tamper(*f, {u"DELETE FROM audit_chain WHERE seq = 2"_s});
        const AuditVerdict v = f->store->verifyAudit();
        QCOMPARE(v.problem, AuditVerdict::Problem::MissingRow);
        QCOMPARE(v.seq, qint64(2));
    }

    void rewrittenChainIsFoundByTheHeadFile()
    {
        // An attacker edits row 2 and recomputes every hash after it: the chain is consistent
        // again, but the heads written outside the database no longer match.
        auto f = withRows(4);
        QList<AuditRecord> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read"_s);
            db.setDatabaseName(f->db());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT seq, at, actor, action, entity, entity_id, details FROM "
                           "audit_chain ORDER BY seq"_s));
            while (q.next()) {
                AuditRecord r;
                r.seq = q.value(0).toLongLong();
                r.at = q.value(1).toLongLong();
                r.actor = q.value(2).toString();
                r.action = q.value(3).toString();
                r.entity = q.value(4).toString();
                r.entityId = q.value(5).toString();
                r.details = q.value(6).toString();
                rows.append(r);
            }
        }
        QSqlDatabase::removeDatabase(u"read"_s);
        QCOMPARE(rows.size(), 4);
        rows[1].actor = u"someone-else"_s;
        QStringList updates;
        QString prev = AuditChain::genesisHash();
        for (AuditRecord &r : rows) {
            r.prevHash = prev;
            r.hash = AuditChain::hashOf(prev, r);
            prev = r.hash;
            updates << u"UPDATE audit_chain SET actor = '%1', prev_hash = '%2', hash = '%3' WHERE "
                       "seq = %4"_s.arg(r.actor, r.prevHash, r.hash)
                           .arg(r.seq);
        }
        tamper(*f, updates);
        const AuditVerdict v = f->store->verifyAudit();
        QCOMPARE(v.problem, AuditVerdict::Problem::HeadMismatch);
        QCOMPARE(v.seq, qint64(2));
    }

    void missingHeadFileIsFound()
    {
        auto f = withRows(2);
        QVERIFY(QFile::remove(f->heads()));
        QCOMPARE(f->store->verifyAudit().problem, AuditVerdict::Problem::HeadFileMissing);
    }

    void damagedHeadFileIsFound()
    {
        auto f = withRows(2);
        QFile file(f->heads());
        QVERIFY(file.open(QIODevice::Append));
        file.write("3 not-a-hash\n");
        file.close();
        const AuditVerdict v = f->store->verifyAudit();
        QCOMPARE(v.problem, AuditVerdict::Problem::HeadFileDamaged);
        QCOMPARE(v.seq, qint64(3));
    }

    void canonicalFormSeparatesFields()
    {
        // "ab" + "c" and "a" + "bc" must not hash alike.
        AuditRecord a;
        a.actor = u"ab"_s;
        a.action = u"c"_s;
        AuditRecord b;
        b.actor = u"a"_s;
        b.action = u"bc"_s;
        QVERIFY(AuditChain::canonical(a) != AuditChain::canonical(b));
        QVERIFY(AuditChain::hashOf(AuditChain::genesisHash(), a) !=
                AuditChain::hashOf(AuditChain::genesisHash(), b));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
