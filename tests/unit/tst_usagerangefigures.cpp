// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of a chart's range: which buckets a range touches and their sums.
#include "telemetry/UsageRangeFigures.h"

#include <QTest>

using namespace gpudesk;

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr qint64 kT0 = 1798761600000LL; // 2027-01-01 00:00 UTC

// Hourly buckets at the given hour offsets from kT0; bucket h holds value v = h * 10 twice
// (min v, max v + 5), 7200 GPU-seconds of which v% busy.
QList<UsageBucket> hours(const QList<int> &offsets)
{
    QList<UsageBucket> out;
    for (int h : offsets) {
        const double v = h * 10.0;
        out.append({kT0 + h * kHour, 2, v, v + 5, 2 * v + 5, 7200, 7200 * v / 100});
    }
    return out;
}

} // namespace

class TestUsageRangeFigures : public QObject
{
    Q_OBJECT

private slots:
    void range_data()
    {
        QTest::addColumn<QList<int>>("offsets");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("busyHours");

        const QList<int> all{0, 1, 2, 3, 4};
        // Means: bucket h has sum 20h+5 over 2 readings.
        QTest::newRow("everything") << all << kT0 << kT0 + 5 * kHour << 0 << 5 << 5
                                    << (5 + 25 + 45 + 65 + 85) / 10.0 << 0.0 << 45.0
                                    << 0 + 0.2 + 0.4 + 0.6 + 0.8;
        QTest::newRow("part of a bucket counts")
            << all << kT0 + kHour + 1 << kT0 + 2 * kHour + 1 << 1 << 3 << 2 << (25 + 45) / 4.0
            << 10.0 << 25.0 << 0.2 + 0.4;
        QTest::newRow("edge: a range ending at a bucket's start leaves it out")
            << all << kT0 + kHour << kT0 + 2 * kHour << 1 << 2 << 1 << 12.5 << 10.0 << 15.0
            << 0.2;
        QTest::newRow("a gap adds nothing")
            << QList<int>{0, 1, 4} << kT0 << kT0 + 5 * kHour << 0 << 3 << 3
            << (5 + 25 + 85) / 6.0 << 0.0 << 45.0 << 0 + 0.2 + 0.8;
        QTest::newRow("range inside a gap") << QList<int>{0, 4} << kT0 + 2 * kHour
                                            << kT0 + 3 * kHour << 1 << 1 << 0 << qQNaN()
                                            << qQNaN() << qQNaN() << 0.0;
        QTest::newRow("before the data") << all << kT0 - 5 * kHour << kT0 << 0 << 0 << 0
                                         << qQNaN() << qQNaN() << qQNaN() << 0.0;
        QTest::newRow("empty range") << all << kT0 + kHour << kT0 + kHour << 0 << 0 << 0
                                     << qQNaN() << qQNaN() << qQNaN() << 0.0;
        QTest::newRow("no buckets") << QList<int>{} << kT0 << kT0 + kHour << 0 << 0 << 0
                                    << qQNaN() << qQNaN() << qQNaN() << 0.0;
    }

    void range()
    {
        QFETCH(QList<int>, offsets);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const QList<UsageBucket> b = hours(offsets);
        const auto span = usageBucketsInRange(b, UsageTier::Hour, from, to);
        QTEST(span.first, "first");
        QTEST(span.second, "last");
        const UsageRangeFigures f = usageRangeFigures(b, UsageTier::Hour, from, to);
        QTEST(f.buckets, "buckets");
        QFETCH(double, mean);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, busyHours);
        if (qIsNaN(mean)) {
            QVERIFY(f.isEmpty());
            QVERIFY(qIsNaN(f.mean()));
            QVERIFY(qIsNaN(f.min) && qIsNaN(f.max));
        } else {
            QCOMPARE(f.mean(), mean);
            QCOMPARE(f.min, min);
            QCOMPARE(f.max, max);
            QCOMPARE(f.endMs - f.firstMs, (span.second > span.first
                                               ? b[span.second - 1].startMs - b[span.first].startMs
                                               : 0) + kHour);
        }
        QVERIFY(qAbs(f.busyGpuHours() - busyHours) < 1e-9);
    }

    void bucketAt_data()
    {
        QTest::addColumn<qint64>("t");
        QTest::addColumn<int>("index");
        QTest::newRow("start of the first") << kT0 << 0;
        QTest::newRow("inside the second") << kT0 + kHour + 59 * 60000 << 1;
        QTest::newRow("last ms of the second") << kT0 + 2 * kHour - 1 << 1;
        QTest::newRow("in the gap") << kT0 + 2 * kHour << -1;
        QTest::newRow("after the last") << kT0 + 7 * kHour << -1;
        QTest::newRow("before the first") << kT0 - 1 << -1;
        QTest::newRow("the last") << kT0 + 6 * kHour + 1 << 2;
    }

    void bucketAt()
    {
        QFETCH(qint64, t);
        QTEST(usageBucketAt(hours({0, 1, 6}), UsageTier::Hour, t), "index");
    }

    // Day buckets are Seoul days of 24 hours; a range of two Seoul days holds exactly two.
    void dayTier()
    {
        const qint64 seoulMidnight = kT0 - 9 * kHour; // 2027-01-01 00:00 in Asia/Seoul
        QList<UsageBucket> days;
        for (int d = 0; d < 5; ++d)
            days.append({seoulMidnight + d * 24 * kHour, 1, 50, 50, 50, 86400, 43200});
        const UsageRangeFigures f = usageRangeFigures(days, UsageTier::Day, seoulMidnight + 24 * kHour,
                                                      seoulMidnight + 72 * kHour);
        QCOMPARE(f.buckets, 2);
        QCOMPARE(f.busyGpuHours(), 24.0);
        QCOMPARE(f.busyRatio(), 0.5);
    }
};

QTEST_APPLESS_MAIN(TestUsageRangeFigures)
#include "tst_usagerangefigures.moc"
