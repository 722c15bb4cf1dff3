// SPDX-License-Identifier: GPL-3.0-or-later
// Reading one chart line: the metric fallback, and the head of a range filled from coarser tiers
// where the finer ones are no longer kept (5-minute buckets for a month, hours for a year).
#include "../common/FakeUsageSeries.h"
#include "telemetry/UsageLine.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kDay = 24 * kHour;
// 2027-03-20 00:00 in Seoul: a whole hour in UTC.
const qint64 kNow = QDateTime(QDate(2027, 3, 20), QTime(0, 0), QTimeZone("Asia/Seoul"))
                        .toMSecsSinceEpoch();

test::FakeUsageSeries retained()
{
    test::FakeUsageSeries f;
    f.fromMs = kNow - 800 * kDay;
    f.toMs = kNow;
    f.keptFrom.insert(int(UsageTier::FiveMinutes), kNow - 30 * kDay);
    f.keptFrom.insert(int(UsageTier::Hour), kNow - 366 * kDay);
    return f;
}

} // namespace

class TestUsageLine : public QObject
{
    Q_OBJECT

private slots:
    void pieces_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<QList<int>>("tiers");   // of the pieces, oldest first
        QTest::addColumn<QList<int>>("buckets"); // per piece
        QTest::addColumn<int>("queries");
        const int m5 = int(UsageTier::FiveMinutes), h = int(UsageTier::Hour),
                  d = int(UsageTier::Day);
        QTest::newRow("all kept") << m5 << kNow - kDay << QList<int>{m5} << QList<int>{288} << 1;
        QTest::newRow("5 minutes, then hours before")
            << m5 << kNow - 40 * kDay << QList<int>{h, m5} << QList<int>{240, 30 * 288} << 2;
        QTest::newRow("hours, then days before")
            << h << kNow - 400 * kDay << QList<int>{d, h} << QList<int>{34, 366 * 24} << 2;
        QTest::newRow("5 minutes past every hour: days")
            << m5 << kNow - 500 * kDay << QList<int>{d, h, m5}
            << QList<int>{134, 336 * 24, 30 * 288} << 3;
        QTest::newRow("nothing finer left at all")
            << m5 << kNow - 600 * kDay << QList<int>{d, h, m5}
            << QList<int>{234, 336 * 24, 30 * 288} << 3;
        QTest::newRow("days need nothing coarser")
            << d << kNow - 600 * kDay << QList<int>{d} << QList<int>{600} << 1;
    }

    void pieces()
    {
        QFETCH(int, tier);
        QFETCH(qint64, from);
        QFETCH(QList<int>, tiers);
        QFETCH(QList<int>, buckets);
        test::FakeUsageSeries source = retained();
        UsageLine line;
        int queries = 0;
        QVERIFY(readUsageLine(source, UsageScope::Project, u"ap"_s, {UsageMetric::GpuUtil},
                              UsageTier(tier), from, kNow, &line, &queries));
        QTEST(queries, "queries");
        QList<int> gotTiers, gotBuckets;
        for (const UsagePiece &p : line.pieces) {
            if (p.buckets.isEmpty())
                continue;
            gotTiers << int(p.tier);
            gotBuckets << int(p.buckets.size());
        }
        QCOMPARE(gotTiers, tiers);
        QCOMPARE(gotBuckets, buckets);
        // Nothing counted twice: pieces follow one another.
        qint64 end = from;
        for (const UsagePiece &p : line.pieces) {
            if (p.buckets.isEmpty())
                continue;
            QVERIFY(p.buckets.constFirst().startMs >= end);
            end = p.buckets.constLast().startMs + usageTierLengthMs(p.tier);
        }
        // The figures add every piece: 8 GPUs a minute over the whole range.
        const UsageRangeFigures f = line.figures(from, kNow);
        QCOMPARE(f.n, (kNow - from) / 60000 * test::FakeUsageSeries::gpus);
        QCOMPARE(f.buckets, int(line.entriesIn(from, kNow).size()));
        QCOMPARE(line.coarserBefore() != 0, tiers.size() > 1);
    }

    void metricFallbackAndLookups()
    {
        test::FakeUsageSeries source = retained();
        source.engineActive = false;
        UsageLine line;
        int queries = 0;
        QVERIFY(readUsageLine(source, UsageScope::Node, u"n1"_s,
                              {UsageMetric::EngineActive, UsageMetric::GpuUtil}, UsageTier::Hour,
                              kNow - 40 * kDay, kNow, &line, &queries));
        QCOMPARE(line.metric, UsageMetric::GpuUtil);
        QCOMPARE(queries, 2);
        UsageTier tier = UsageTier::Day;
        const UsageBucket *b = line.bucketAt(kNow - kHour + 1, &tier);
        QVERIFY(b);
        QCOMPARE(tier, UsageTier::Hour);
        QCOMPARE(b->startMs, kNow - kHour);
        QVERIFY(!line.bucketAt(kNow + 1));
        QCOMPARE(line.coarserBefore(), 0);
    }

    void failuresAndNothing()
    {
        test::FakeUsageSeries source = retained();
        source.failing = u"bad"_s;
        UsageLine line;
        int queries = 0;
        QVERIFY(!readUsageLine(source, UsageScope::Project, u"bad"_s, {UsageMetric::GpuUtil},
                               UsageTier::Hour, kNow - kDay, kNow, &line, &queries));
        QVERIFY(!line.error.isEmpty());
        source.fromMs = source.toMs = 0; // no telemetry at all
        QVERIFY(readUsageLine(source, UsageScope::Project, u"ap"_s, {UsageMetric::GpuUtil},
                              UsageTier::FiveMinutes, kNow - kDay, kNow, &line, &queries));
        QVERIFY(line.isEmpty());
        QVERIFY(line.figures(kNow - kDay, kNow).isEmpty());
    }

    void floorToBucket()
    {
        const qint64 t = kNow + 3 * kHour + 7 * 60000 + 5;
        QCOMPARE(usageFloorToBucket(UsageTier::FiveMinutes, t), kNow + 3 * kHour + 5 * 60000);
        QCOMPARE(usageFloorToBucket(UsageTier::Hour, t), kNow + 3 * kHour);
        QCOMPARE(usageFloorToBucket(UsageTier::Day, t), kNow);             // a Seoul midnight
        QCOMPARE(usageFloorToBucket(UsageTier::Day, kNow - 1), kNow - kDay);
    }
};

QTEST_APPLESS_MAIN(TestUsageLine)
#include "tst_usageline.moc"
