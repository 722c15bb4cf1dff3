// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gpudesk::FetchedRange;
using gpudesk::PrometheusQuery;

namespace {
constexpr qint64 kMin = 60 * 1000;

QString rangesText(const QList<FetchedRange> &ranges)
{
    QStringList parts;
    for (const FetchedRange &r : ranges)
        parts << u"%1-%2"_s.arg(r.from / kMin).arg(r.to / kMin);
    return parts.join(u' ');
}
} // namespace

class TestPrometheusQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selector()
    {
        const QString s = PrometheusQuery::selector(u"job=\"dcgm\""_s);
        QVERIFY(s.startsWith(u"{__name__=~\"DCGM_FI_DEV_GPU_UTIL|DCGM_FI_PROF_GR_ENGINE_ACTIVE|"
                             "DCGM_FI_DEV_FB_USED|"_s));
        QVERIFY(s.contains(u"|dcgm_power_usage_watts\""_s));
        QVERIFY(s.endsWith(u"\",job=\"dcgm\"}"_s));
        QVERIFY(PrometheusQuery::selector(QString()).endsWith(u"watts\"}"_s));
        const QString e = PrometheusQuery::expression(QString(), 60);
        const QString bare = PrometheusQuery::selector(QString());
        QCOMPARE(e, bare + u" and last_over_time("_s + bare + u"[59999ms])"_s);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("result"); // the matchers, or a piece of the error
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("one") << u"job=\"dcgm\""_s << true << u"job=\"dcgm\""_s;
        QTest::newRow("braces, spaces, all operators")
            << u" { job = \"dcgm\" , cluster=~\"b200-.*\",env!=\"test\", rack !~ \"x\" } "_s << true
            << u"job=\"dcgm\",cluster=~\"b200-.*\",env!=\"test\",rack!~\"x\""_s;
        QTest::newRow("trailing comma") << u"job=\"dcgm\","_s << true << u"job=\"dcgm\""_s;
        QTest::newRow("escaped quote and comma in a value")
            << u"name=\"a\\\"b,c\""_s << true << u"name=\"a\\\"b,c\""_s;
        QTest::newRow("Korean value") << u"site=\"목동\""_s << true << u"site=\"목동\""_s;
        QTest::newRow("no quotes") << u"job=dcgm"_s << false << u"double quotes"_s;
        QTest::newRow("no operator") << u"job \"dcgm\""_s << false << u"expected =, !=, =~ or !~"_s;
        QTest::newRow("unterminated") << u"job=\"dcgm"_s << false << u"closing double quote"_s;
        QTest::newRow("bad name") << u"1job=\"x\""_s << false << u"label name"_s;
        QTest::newRow("metric name") << u"__name__=\"up\""_s << false << u"chosen by gpudesk"_s;
        QTest::newRow("injection") << u"job=\"x\"} or vector(1) {"_s << false
                                   << u"comma between matchers"_s;
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, result);
        QString matchers = u"unchanged"_s;
        QString error;
        QCOMPARE(PrometheusQuery::normaliseFilter(text, &matchers, &error), ok);
        if (ok)
            QCOMPARE(matchers, result);
        else
            QVERIFY2(error.contains(result), qPrintable(error));
    }

    void chunks_data()
    {
        QTest::addColumn<qint64>("fromMs");
        QTest::addColumn<qint64>("toMs");
        QTest::addColumn<int>("seriesSeen");
        QTest::addColumn<QString>("chunks"); // in minutes
        QTest::newRow("fits one chunk") << 0LL << 100 * kMin << 0 << u"0-100"_s;
        QTest::newRow("first chunk is 720 steps")
            << 0LL << 1000 * kMin << 0 << u"0-719 720-1000"_s;
        QTest::newRow("many series: small chunks")
            << 0LL << 1000 * kMin << 4000 << u"0-249 250-499 500-749 750-999 1000-1000"_s;
        QTest::newRow("few series: never past 10,000 steps")
            << 0LL << 25000 * kMin << 1 << u"0-9999 10000-19999 20000-25000"_s;
        QTest::newRow("start off the grid") << 90 * 1000LL << 3 * kMin << 1 << u"2-3"_s;
        QTest::newRow("end off the grid") << 0LL << 3 * kMin + 30000 << 1 << u"0-3"_s;
    }

    void chunks()
    {
        QFETCH(qint64, fromMs);
        QFETCH(qint64, toMs);
        QFETCH(int, seriesSeen);
        QStringList got;
        qint64 start = PrometheusQuery::alignUp(fromMs, kMin);
        while (start <= toMs) {
            const qint64 end = PrometheusQuery::chunkEnd(
                start, toMs, kMin, PrometheusQuery::chunkPoints(seriesSeen));
            QVERIFY((end - start) / kMin + 1 < PrometheusQuery::maxPointsPerSeries);
            got << u"%1-%2"_s.arg(start / kMin).arg(end / kMin);
            start = end + kMin;
        }
        QTEST(got.join(u' '), "chunks");
    }

    void missing_data()
    {
        QTest::addColumn<QString>("covered"); // "from:to;..." in minutes
        QTest::addColumn<qint64>("fromMin");
        QTest::addColumn<qint64>("toMin");
        QTest::addColumn<QString>("missing");
        QTest::newRow("nothing covered") << QString() << 0LL << 10LL << u"0-10"_s;
        QTest::newRow("all covered") << u"0:20"_s << 5LL << 10LL << QString();
        QTest::newRow("after") << u"0:10"_s << 5LL << 20LL << u"11-20"_s;
        QTest::newRow("before") << u"10:20"_s << 0LL << 15LL << u"0-9"_s;
        QTest::newRow("hole in the middle") << u"0:5;8:10"_s << 0LL << 10LL << u"6-7"_s;
        QTest::newRow("around") << u"5:6"_s << 0LL << 10LL << u"0-4 7-10"_s;
    }

    void missing()
    {
        QFETCH(QString, covered);
        QFETCH(qint64, fromMin);
        QFETCH(qint64, toMin);
        QList<FetchedRange> ranges;
        for (const FetchedRange &r : PrometheusQuery::rangesFromText(covered))
            ranges.append({r.from * kMin, r.to * kMin});
        QTEST(rangesText(PrometheusQuery::missing(ranges, fromMin * kMin, toMin * kMin, kMin)),
              "missing");
    }

    void cover_data()
    {
        QTest::addColumn<QString>("covered");
        QTest::addColumn<qint64>("fromMin");
        QTest::addColumn<qint64>("toMin");
        QTest::addColumn<QString>("after");
        QTest::newRow("first") << QString() << 0LL << 5LL << u"0-5"_s;
        QTest::newRow("adjacent merges") << u"0:5"_s << 6LL << 9LL << u"0-9"_s;
        QTest::newRow("gap stays") << u"0:5"_s << 7LL << 9LL << u"0-5 7-9"_s;
        QTest::newRow("fills a hole") << u"0:5;8:10"_s << 6LL << 7LL << u"0-10"_s;
        QTest::newRow("before, sorted") << u"10:20"_s << 0LL << 3LL << u"0-3 10-20"_s;
    }

    void cover()
    {
        QFETCH(QString, covered);
        QFETCH(qint64, fromMin);
        QFETCH(qint64, toMin);
        QList<FetchedRange> ranges;
        for (const FetchedRange &r : PrometheusQuery::rangesFromText(covered))
            ranges.append({r.from * kMin, r.to * kMin});
        PrometheusQuery::cover(&ranges, {fromMin * kMin, toMin * kMin}, kMin);
        QTEST(rangesText(ranges), "after");
        // And the text form round-trips.
        QCOMPARE(PrometheusQuery::rangesFromText(PrometheusQuery::rangesText(ranges)), ranges);
    }

    void rangesTextRefusesJunk()
    {
        QCOMPARE(PrometheusQuery::rangesFromText(u"5:1;x:2;3;7:9"_s),
                 (QList<FetchedRange>{{7, 9}}));
    }
};

QTEST_APPLESS_MAIN(TestPrometheusQuery)
#include "tst_prometheusquery.moc"
