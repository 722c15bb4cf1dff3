// SPDX-License-Identifier: GPL-3.0-or-later
// The sync wire's decoders: what they accept, and a code for everything they refuse.
#include "sync/SyncValues.h"
#include "sync/SyncWire.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::sync;

namespace {
QByteArray mutation(const QByteArray &fields)
{
    return "{\"transactions\":[{\"tx\":\"1\",\"mutations\":[{" + fields + "}]}]}";
}
const QByteArray kGoodMutation = "\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\","
                                 "\"base\":3,\"changes\":{\"comment\":[\"a\",\"b\"]}";
} // namespace

class TestSyncWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<QString>("field");
        QTest::newRow("good") << mutation(kGoodMutation) << QString() << QString();
        QTest::newRow("not json") << QByteArray("{\"transactions\":") << u"request.malformed_json"_s
                                  << QString();
        QTest::newRow("array") << QByteArray("[]") << u"request.malformed_json"_s << QString();
        QTest::newRow("invalid utf-8") << QByteArray("{\"transactions\":[\"\xff\xfe\"]}")
                                       << u"request.malformed_json"_s << QString();
        QTest::newRow("unknown top field") << QByteArray("{\"transactions\":[],\"x\":1}")
                                           << u"request.unknown_field"_s << u"x"_s;
        QTest::newRow("missing transactions") << QByteArray("{}") << u"request.missing_field"_s
                                              << u"transactions"_s;
        QTest::newRow("transactions not array") << QByteArray("{\"transactions\":{}}")
                                                << u"request.invalid_field"_s << u"transactions"_s;
        QTest::newRow("empty mutations")
            << QByteArray("{\"transactions\":[{\"tx\":\"1\",\"mutations\":[]}]}")
            << u"request.invalid_field"_s << u"transactions[0].mutations"_s;
        QTest::newRow("unknown mutation field")
            << mutation(kGoodMutation + ",\"extra\":1") << u"request.unknown_field"_s
            << u"transactions[0].mutations[0].extra"_s;
        QTest::newRow("unsynced table")
            << mutation("\"id\":\"m1\",\"t\":\"local_credentials\",\"row\":\"r1\",\"op\":\"update\","
                        "\"base\":3,\"changes\":{}")
            << u"request.invalid_field"_s << u"transactions[0].mutations[0].t"_s;
        QTest::newRow("bad op")
            << mutation("\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"drop\","
                        "\"base\":3,\"changes\":{}")
            << u"request.invalid_field"_s << u"transactions[0].mutations[0].op"_s;
        QTest::newRow("negative base")
            << mutation("\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\","
                        "\"base\":-1,\"changes\":{}")
            << u"request.invalid_field"_s << u"transactions[0].mutations[0].base"_s;
        QTest::newRow("fractional base")
            << mutation("\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\","
                        "\"base\":1.5,\"changes\":{}")
            << u"request.invalid_field"_s << u"transactions[0].mutations[0].base"_s;
        QTest::newRow("column name with sql")
            << mutation("\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\","
                        "\"base\":1,\"changes\":{\"comment = 1 --\":[1,2]}")
            << u"request.invalid_field"_s << QString();
        QTest::newRow("change not a pair")
            << mutation("\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\","
                        "\"base\":1,\"changes\":{\"comment\":[1]}")
            << u"request.invalid_field"_s << QString();
        QTest::newRow("nested value")
            << mutation("\"id\":\"m1\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\","
                        "\"base\":1,\"changes\":{\"comment\":[1,{\"a\":1}]}")
            << u"request.invalid_field"_s << QString();
        QTest::newRow("id too long")
            << mutation("\"id\":\"" + QByteArray(65, 'x') +
                        "\",\"t\":\"reviews\",\"row\":\"r1\",\"op\":\"update\",\"base\":1,"
                        "\"changes\":{}")
            << u"request.invalid_field"_s << u"transactions[0].mutations[0].id"_s;
        QByteArray twice = "{\"transactions\":[{\"tx\":\"1\",\"mutations\":[{" + kGoodMutation +
                           "},{" + kGoodMutation + "}]}]}";
        QTest::newRow("same mutation twice") << twice << u"request.invalid_field"_s
                                             << u"transactions[0].mutations[1].id"_s;
        QByteArray many = "{\"transactions\":[";
        for (int i = 0; i < 1001; ++i)
            many += QByteArray(i ? "," : "") + "{\"tx\":\"1\",\"mutations\":[]}";
        many += "]}";
        QTest::newRow("too many transactions") << many << u"request.invalid_field"_s
                                               << u"transactions"_s;
    }

    void pushRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        WireError e;
        const auto r = decodePushRequest(body, &e);
        if (code.isEmpty()) {
            QVERIFY(r);
            QCOMPARE(r->transactions.size(), 1);
            const Mutation &m = r->transactions[0].mutations[0];
            QCOMPARE(m.table, u"reviews"_s);
            QCOMPARE(m.op, MutationOp::Update);
            QCOMPARE(m.baseVersion, 3);
            QCOMPARE(m.changes.value(u"comment"_s).toArray(), (QJsonArray{u"a"_s, u"b"_s}));
            // What the desktop encodes, the server decodes back the same.
            const auto again = decodePushRequest(encode(*r), &e);
            QVERIFY(again);
            QCOMPARE(again->transactions[0].mutations[0].changes, m.changes);
            return;
        }
        QVERIFY(!r);
        QCOMPARE(e.code, code);
        if (!field.isEmpty())
            QCOMPARE(e.params.value(u"field"_s).toString(), field);
    }

    void pullRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("cursor");
        QTest::addColumn<int>("limit");
        QTest::newRow("cursor only") << QByteArray("{\"cursor\":12}") << true << qint64(12)
                                     << kDefaultPullLimit;
        QTest::newRow("with limit") << QByteArray("{\"cursor\":0,\"limit\":50}") << true
                                    << qint64(0) << 50;
        QTest::newRow("limit too big") << QByteArray("{\"cursor\":0,\"limit\":10001}") << false
                                       << qint64(0) << 0;
        QTest::newRow("cursor string") << QByteArray("{\"cursor\":\"12\"}") << false << qint64(0)
                                       << 0;
        QTest::newRow("no cursor") << QByteArray("{\"limit\":5}") << false << qint64(0) << 0;
        QTest::newRow("extra") << QByteArray("{\"cursor\":1,\"user\":\"u-rev2\"}") << false
                               << qint64(0) << 0;
    }

    void pullRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        WireError e;
        const auto r = decodePullRequest(body, &e);
        QCOMPARE(bool(r), ok);
        if (!ok) {
            QVERIFY(e.code.startsWith(u"request."_s));
            return;
        }
        QFETCH(qint64, cursor);
        QFETCH(int, limit);
        QCOMPARE(r->cursor, cursor);
        QCOMPARE(r->limit, limit);
    }

    void pagesRoundTripAndBadPagesAreRefused()
    {
        PullPage p;
        p.serverId = u"abc"_s;
        p.cursor = 42;
        p.more = true;
        p.high = 99;
        p.tables.append(pullTable(u"reviews"_s, {u"id"_s, u"version"_s, u"comment"_s},
                                  {QJsonArray{u"r1"_s, 7, u"좋음"_s},
                                   QJsonArray{u"r2"_s, 9, QJsonValue::Null}}));
        p.gone.append({u"documents"_s, {u"d1"_s}});
        WireError e;
        const auto back = decodePullPage(encode(p), &e);
        QVERIFY(back);
        QCOMPARE(back->cursor, 42);
        QCOMPARE(back->high, 99);
        QVERIFY(back->more);
        QCOMPARE(back->tables[0].rowCount, 2);
        QCOMPARE(rowArrays(back->tables[0])[1].at(2), QJsonValue(QJsonValue::Null));
        QCOMPARE(back->gone[0].ids, QStringList{u"d1"_s});
        // A row with the wrong width, a table of another program, columns without an id.
        for (const QByteArray &bad :
             {QByteArray("{\"server_id\":\"a\",\"cursor\":1,\"more\":false,\"tables\":[{\"t\":"
                         "\"reviews\",\"cols\":[\"id\",\"version\"],\"rows\":[[\"r1\"]]}]}"),
              QByteArray("{\"server_id\":\"a\",\"cursor\":1,\"more\":false,\"tables\":[{\"t\":"
                         "\"sqlite_master\",\"cols\":[\"id\",\"version\"],\"rows\":[]}]}"),
              QByteArray("{\"server_id\":\"a\",\"cursor\":1,\"more\":false,\"tables\":[{\"t\":"
                         "\"reviews\",\"cols\":[\"version\"],\"rows\":[]}]}"),
              QByteArray("{\"server_id\":\"a\",\"cursor\":1,\"more\":\"no\",\"tables\":[]}")}) {
            QVERIFY2(!decodePullPage(bad, &e), bad.constData());
            QVERIFY(!e.code.isEmpty());
        }
    }

    void pushResponses()
    {
        PushResponse r;
        MutationResult applied;
        applied.mutationId = u"m1"_s;
        applied.outcome = Outcome::Applied;
        applied.version = 12;
        MutationResult rejected;
        rejected.mutationId = u"m2"_s;
        rejected.outcome = Outcome::Rejected;
        rejected.code = u"review.locked"_s;
        rejected.hasRow = true; // the server has no such row
        r.results = {applied, rejected};
        WireError e;
        const auto back = decodePushResponse(encode(r), &e);
        QVERIFY(back);
        QCOMPARE(back->results[0].version, 12);
        QCOMPARE(back->results[1].code, u"review.locked"_s);
        QVERIFY(back->results[1].hasRow && back->results[1].row.isEmpty());
        QVERIFY(!decodePushResponse("{\"results\":[{\"id\":\"m\",\"outcome\":\"rejected\"}]}", &e));
        QVERIFY(!decodePushResponse("{\"results\":[{\"id\":\"m\",\"outcome\":\"maybe\"}]}", &e));
    }

    void valuesCompareAsTheMergeNeeds()
    {
        QVERIFY(syncvalue::same(QJsonValue(1), QJsonValue(1.0)));
        QVERIFY(syncvalue::same(QJsonValue(true), QJsonValue(1)));
        QVERIFY(syncvalue::same(QJsonValue::Null, QJsonValue::Undefined));
        QVERIFY(!syncvalue::same(QJsonValue(u"1"_s), QJsonValue(1)));
        QVERIFY(!syncvalue::same(QJsonValue(u""_s), QJsonValue::Null));
        QCOMPARE(syncvalue::toSql(QJsonValue(3.0), false).typeId(), QMetaType::LongLong);
        QCOMPARE(syncvalue::toSql(QJsonValue(81.25), false).toDouble(), 81.25);
        QCOMPARE(syncvalue::toSql(QJsonValue(u"00FF"_s), true).toByteArray(), QByteArray("\x00\xff", 2));
        QCOMPARE(syncvalue::fromSql(QVariant(QByteArray("\x01\xab", 2)), true), QJsonValue(u"01AB"_s));
        QVERIFY(syncvalue::toSql(QJsonValue::Null, false).isNull());
    }
};

QTEST_APPLESS_MAIN(TestSyncWire)
#include "tst_syncwire.moc"
