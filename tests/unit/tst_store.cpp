// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations, the script splitter, the synced-table declaration and the write path.
#include "../common/TestStore.h"
#include "store/Migrations.h"
#include "store/SqlScript.h"
#include "store/SyncedTables.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
           "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QSqlDatabase rawDatabase(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.open();
    return db;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void splitScript_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two plain") << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
                                   << QStringList{u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
        QTest::newRow("comments dropped") << u"-- header\nCREATE TABLE a ( -- why\n x);\n"_s
                                          << QStringList{u"CREATE TABLE a (\nx)"_s};
        QTest::newRow("trigger body kept whole")
            << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  INSERT INTO b VALUES (1);\n  DELETE FROM c;\nEND;\nCREATE TABLE z (q);"_s
            << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\nINSERT INTO b VALUES (1);\nDELETE FROM c;\nEND"_s,
                           u"CREATE TABLE z (q)"_s};
        QTest::newRow("one-line trigger") << u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN SELECT 1; END;\n"_s
                                          << QStringList{u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN SELECT 1; END"_s};
        QTest::newRow("unterminated tail") << u"SELECT 1"_s << QStringList{u"SELECT 1"_s};
    }
    void splitScript()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(splitSqlScript(script), statements);
    }

    void freshProfileIsMarkedAndVersioned()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QCOMPARE(test::scalar(store->db(), u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(test::scalar(store->db(), u"PRAGMA application_id"_s).toInt(), Migrations::kApplicationId);
        QCOMPARE(test::scalar(store->db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(test::scalar(store->db(), u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    // Every step from the first schema: a profile stopped at version v and then migrated the rest
    // of the way ends with exactly the schema of a profile migrated in one go.
    void everyStepReachesTheSameSchema()
    {
        QTemporaryDir dir;
        QSqlDatabase fresh = rawDatabase(dir.filePath(u"fresh.sqlite"_s), u"fresh"_s);
        QString error;
        QVERIFY2(Migrations::migrate(fresh, 0, Migrations::latestVersion(), &error), qPrintable(error));
        const QStringList expected = schemaOf(fresh);
        QVERIFY(expected.size() > 40);
        for (int v = 1; v <= Migrations::latestVersion(); ++v) {
            const QString name = u"step%1"_s.arg(v);
            {
                QSqlDatabase db = rawDatabase(dir.filePath(name + u".sqlite"_s), name);
                QVERIFY2(Migrations::migrate(db, 0, v, &error), qPrintable(error));
                QCOMPARE(Migrations::currentVersion(db), v);
                QVERIFY2(Migrations::migrate(db, v, Migrations::latestVersion(), &error), qPrintable(error));
                QCOMPARE(schemaOf(db), expected);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        fresh.close();
        fresh = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fresh"_s);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            auto store = test::openFresh(dir, u"newer.sqlite"_s);
            QVERIFY(store);
            QSqlQuery q(store->db());
            const QString bump = u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1);
            QVERIFY(q.exec(bump));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        OpenOutcome outcome;
        auto store = Store::open(path, OpenOptions{}, &outcome);
        QVERIFY(!store);
        QCOMPARE(outcome.error, OpenError::NewerSchema);
        QVERIFY(outcome.message.contains(QString::number(Migrations::latestVersion() + 1)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
    }

    // The declaration is the single source: every table shaped like a synced table is declared,
    // and every declared one has each of its capture triggers.
    void everySyncedTableHasCaptureTriggers()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(u"SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND "
                       "(SELECT count(*) FROM pragma_table_info(m.name) p WHERE p.name IN "
                       "('id', 'version', 'updated_at', 'updated_by', 'deleted')) = 5"_s));
        QStringList shaped;
        while (q.next())
            shaped << q.value(0).toString();
        shaped.sort();
        QStringList declared = SyncedTables::names();
        declared.sort();
        QCOMPARE(shaped, declared);
        for (const QString &table : SyncedTables::names()) {
            for (const QString &trigger : SyncedTables::triggerNames(table)) {
                QVERIFY2(test::scalar(store->db(), u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"_s,
                                      {trigger}).toInt() == 1,
                         qPrintable(trigger));
            }
        }
    }

    void writeSignalsChangedTablesOnce()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QSignalSpy spy(store.get(), &Store::tablesChanged);
        QString error;
        QVERIFY(store->write([](QSqlDatabase &db, QSet<QString> &changed, QString *) {
            QSqlQuery q(db);
            changed << u"organizations"_s << u"users"_s;
            return q.exec(u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', '가나다', 'sme')"_s);
        }, &error));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QSet<QString>>(), (QSet<QString>{u"organizations"_s, u"users"_s}));
    }

    void failedWriteRollsBackAndStaysQuiet()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QSignalSpy spy(store.get(), &Store::tablesChanged);
        QString error;
        QVERIFY(!store->write([](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            QSqlQuery q(db);
            changed << u"organizations"_s;
            q.exec(u"INSERT INTO organizations (id, name, org_type) VALUES ('o1', '가나다', 'sme')"_s);
            *err = u"stop"_s;
            return false;
        }, &error));
        QCOMPARE(error, u"stop"_s);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::scalar(store->db(), u"SELECT count(*) FROM organizations"_s).toInt(), 0);
        QCOMPARE(test::scalar(store->db(), u"SELECT capture FROM sync_control"_s).toInt(), 1);
    }

    void auditLogIsAppendOnly()
    {
        QTemporaryDir dir;
        auto store = test::openFresh(dir);
        QVERIFY(store);
        QVERIFY(test::exec(*store, {u"INSERT INTO audit_log (at, user_id, action, entity, entity_id) VALUES (1, 'u', 'x', 'e', 'i')"_s}));
        QString error;
        QVERIFY(!test::exec(*store, {u"UPDATE audit_log SET action = 'y'"_s}, Store::Capture::Local, &error));
        QVERIFY(error.contains(u"append-only"_s));
        QVERIFY(!test::exec(*store, {u"DELETE FROM audit_log"_s}, Store::Capture::Local, &error));
        QCOMPARE(test::scalar(store->db(), u"SELECT action FROM audit_log"_s).toString(), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
