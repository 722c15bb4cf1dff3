// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteStatement.h"
#include "sync/JsonRowBinder.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using gpudesk::SqliteStatement;
using gpudesk::sync::JsonRowBinder;

class TestJsonRowBinder final : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;
    std::unique_ptr<SqliteStatement> m_insert;

    // Writes `rows` (wire columns id, a, skipped, b) into t(id, a, b).
    bool write(const QByteArray &rows, QStringList *ids, qsizetype *count, QString *error)
    {
        return JsonRowBinder({0, 1, 3}, 0).run(*m_insert, rows, ids, count, error);
    }

    QVariantList row(const QString &id)
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT a, typeof(a), b, typeof(b) FROM t WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0), q.value(1), q.value(2), q.value(3)};
    }

private slots:
    void init()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"binder"_s);
        m_db.setDatabaseName(u":memory:"_s);
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TABLE t (id TEXT PRIMARY KEY, a, b)"_s));
        QString error;
        m_insert = std::make_unique<SqliteStatement>();
        QVERIFY2(m_insert->prepare(gpudesk::sqliteHandle(m_db),
                                  "INSERT INTO t (id, a, b) VALUES (?, ?, ?) ON CONFLICT (id) DO "
                                  "UPDATE SET a = excluded.a, b = excluded.b",
                                  &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_insert.reset(); // finalised before the connection closes
        m_db = {};
        QSqlDatabase::removeDatabase(u"binder"_s);
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QVariant>("a");
        QTest::addColumn<QString>("type");
        QTest::addRow("plain text") << QByteArray("\"x\"") << QVariant(u"x"_s) << u"text"_s;
        QTest::addRow("escapes") << QByteArray("\"a\\\"b\\\\c\\/d\\n\\t\"")
                                 << QVariant(u"a\"b\\c/d\n\t"_s) << u"text"_s;
        QTest::addRow("unicode escape") << QByteArray("\"caf\\u00e9 \\uD55C\"")
                                        << QVariant(u"café 한"_s) << u"text"_s;
        QTest::addRow("raw UTF-8") << QByteArray("\"심사\"") << QVariant(u"심사"_s) << u"text"_s;
        QTest::addRow("surrogate pair") << QByteArray("\"\\ud83d\\ude00\"")
                                        << QVariant(u"\U0001F600"_s) << u"text"_s;
        QTest::addRow("lone surrogate") << QByteArray("\"\\ud83dx\"")
                                        << QVariant(u"\uFFFDx"_s) << u"text"_s;
        QTest::addRow("integer") << QByteArray("-1700000000000") << QVariant(-1700000000000LL)
                                 << u"integer"_s;
        QTest::addRow("real") << QByteArray("1.5") << QVariant(1.5) << u"real"_s;
        QTest::addRow("integral real") << QByteArray("2.0") << QVariant(2LL) << u"integer"_s;
        QTest::addRow("exponent") << QByteArray("1e3") << QVariant(1000LL) << u"integer"_s;
        QTest::addRow("true") << QByteArray("true") << QVariant(1LL) << u"integer"_s;
        QTest::addRow("false") << QByteArray("false") << QVariant(0LL) << u"integer"_s;
        QTest::addRow("null") << QByteArray("null") << QVariant() << u"null"_s;
    }

    void values()
    {
        QFETCH(QByteArray, json);
        QFETCH(QVariant, a);
        QFETCH(QString, type);
        QStringList ids;
        qsizetype count = -1;
        QString error;
        QVERIFY2(write("[[\"r1\", " + json + ", \"skipped\", 7]]", &ids, &count, &error),
                 qPrintable(error));
        QCOMPARE(count, 1);
        QCOMPARE(ids, QStringList{u"r1"_s});
        const QVariantList got = row(u"r1"_s);
        QCOMPARE(got.size(), 4);
        QCOMPARE(got[1].toString(), type);
        if (a.isValid())
            QCOMPARE(got[0].toString(), a.toString());
        else
            QVERIFY(got[0].isNull());
        QCOMPARE(got[2].toLongLong(), 7);
    }

    void manyRowsAndUpserts()
    {
        QStringList ids;
        qsizetype count = 0;
        QString error;
        QVERIFY2(write(" [ [\"r1\",1,0,2] ,\n[\"r2\",3,0,4],[\"r1\",5,0,6] ] ", &ids, &count,
                       &error),
                 qPrintable(error));
        QCOMPARE(count, 3);
        QCOMPARE(ids, (QStringList{u"r1"_s, u"r2"_s, u"r1"_s}));
        QCOMPARE(row(u"r1"_s).value(0).toLongLong(), 5);
        QCOMPARE(row(u"r2"_s).value(2).toLongLong(), 4);
        QVERIFY(write("[]", nullptr, &count, &error));
        QCOMPARE(count, 0);
    }

    // Parameter b takes bytes: hex on the wire, either case; null stays null; not hex is refused.
    void blobsBindAsTheBytesTheirHexSpell()
    {
        JsonRowBinder bytes({0, 1, 3}, 0, {false, false, true});
        qsizetype count = 0;
        QString error;
        QVERIFY2(bytes.run(*m_insert, R"([["r1", "00FF", 0, "00ffA17e"], ["r2", 1, 0, null],
                                          ["r3", 1, 0, ""]])",
                           nullptr, &count, &error),
                 qPrintable(error));
        QCOMPARE(count, 3);
        QCOMPARE(row(u"r1"_s).value(0).toString(), u"00FF"_s); // a is text, not bytes
        QCOMPARE(row(u"r1"_s).value(2).toByteArray(), QByteArray::fromHex("00ffa17e"));
        QCOMPARE(row(u"r1"_s).value(3).toString(), u"blob"_s);
        QCOMPARE(row(u"r2"_s).value(3).toString(), u"null"_s);
        QCOMPARE(row(u"r3"_s).value(3).toString(), u"blob"_s);
        for (const QByteArray &bad : {QByteArray(R"([["r4", 1, 0, "ABC"]])"),
                                      QByteArray(R"([["r4", 1, 0, "0G"]])")}) {
            QVERIFY(!bytes.run(*m_insert, bad, nullptr, &count, &error));
            QVERIFY2(error.contains(u"not hex"_s), qPrintable(error));
        }
        QVERIFY(row(u"r4"_s).isEmpty());
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("id not text") << QByteArray("[[1,2,3,4]]");
        QTest::addRow("no id") << QByteArray("[[]]");
        QTest::addRow("truncated") << QByteArray("[[\"r1\",2,3,4");
        QTest::addRow("unterminated string") << QByteArray("[[\"r1");
        QTest::addRow("bad escape") << QByteArray("[[\"\\u12\"]]");
        QTest::addRow("missing comma") << QByteArray("[[\"r1\" 2]]");
        QTest::addRow("not an array") << QByteArray("{\"id\":\"r1\"}");
        QTest::addRow("garbage after") << QByteArray("[[\"r1\",1,2,3]] x");
        QTest::addRow("bad literal") << QByteArray("[[\"r1\",nul,2,3]]");
        QTest::addRow("empty") << QByteArray();
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        qsizetype count = 0;
        QString error;
        QVERIFY(!write(json, nullptr, &count, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonRowBinder)
#include "tst_jsonrowbinder.moc"
