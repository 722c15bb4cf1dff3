// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/IdleDetection.h"

#include <QTest>

using namespace gpudesk;

Q_DECLARE_METATYPE(QList<gpudesk::BusyDay>)

namespace {

// One 8-GPU node for a whole day.
constexpr double kNodeDay = 8 * 86400.0;
constexpr int kGap = -1; // the day is missing from the series

// Consecutive days from `start`, one busy percentage each (kGap: not reported). Busy seconds are
// computed as pct x allocation / 100 so 30% is exactly 30% in binary too.
QList<BusyDay> run(QDate start, const QList<int> &percents,
                   BusySource source = BusySource::EngineActive)
{
    QList<BusyDay> out;
    for (int i = 0; i < percents.size(); ++i) {
        if (percents[i] == kGap)
            continue;
        out.append({start.addDays(i), percents[i] * kNodeDay / 100, kNodeDay, source});
    }
    return out;
}

QList<int> repeat(int percent, int n)
{
    return QList<int>(n, percent);
}

const QDate kStart(2026, 3, 1);

} // namespace

class TestIdleDetection : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void evidence();
    void noData();
};

void TestIdleDetection::detect_data()
{
    QTest::addColumn<QList<BusyDay>>("series");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("longest");
    QTest::addColumn<QDate>("longestStart");
    QTest::addColumn<double>("mean");
    QTest::addColumn<int>("daysWithData");

    const QDate day14 = kStart.addDays(13);
    QTest::newRow("14 days at 10%: flagged") << run(kStart, repeat(10, 14)) << day14 << 30 << 14
                                             << true << 14 << 14 << kStart << 0.10 << 14;
    QTest::newRow("13 days at 10%: short history, not yet")
        << run(kStart.addDays(1), repeat(10, 13)) << day14 << 30 << 14 << false << 13 << 13
        << kStart.addDays(1) << 0.10 << 13;
    QTest::newRow("exactly 30% is not under 30%") << run(kStart, repeat(30, 14)) << day14 << 30
                                                  << 14 << false << 0 << 0 << QDate() << 0.30 << 14;
    QTest::newRow("29% is under") << run(kStart, repeat(29, 14)) << day14 << 30 << 14 << true << 14
                                  << 14 << kStart << 0.29 << 14;
    QTest::newRow("all 0%") << run(kStart, repeat(0, 14)) << day14 << 30 << 14 << true << 14 << 14
                            << kStart << 0.0 << 14;
    QTest::newRow("a missing day breaks the run")
        << run(kStart, repeat(10, 7) + QList{kGap} + repeat(10, 6)) << day14 << 30 << 14 << false
        << 6 << 7 << kStart << 0.10 << 13;
    QTest::newRow("no data for the last day: not flagged on missing telemetry")
        << run(kStart, repeat(10, 14) + QList{kGap}) << kStart.addDays(14) << 30 << 14 << false << 0
        << 14 << kStart << 0.10 << 13;
    QTest::newRow("one busy day resets the run")
        << run(kStart, repeat(10, 10) + QList{80} + repeat(10, 14)) << kStart.addDays(24) << 30
        << 14 << true << 14 << 14 << kStart.addDays(11) << 0.10 << 14;
    QTest::newRow("idle long ago, busy now")
        << run(kStart, repeat(5, 20) + repeat(60, 14)) << kStart.addDays(33) << 30 << 14 << false
        << 0 << 20 << kStart << 0.60 << 14;
    // Mean over the 14-day window: (4 x 80% + 10 x 10%) / 14 = 4.2 / 14 = 0.30.
    QTest::newRow("window mean mixes the busy days in")
        << run(kStart, repeat(80, 4) + repeat(10, 10)) << day14 << 30 << 14 << false << 10 << 10
        << kStart.addDays(4) << 0.30 << 14;
    QTest::newRow("mixed sources in one run")
        << run(kStart, repeat(10, 7), BusySource::EngineActive) +
               run(kStart.addDays(7), repeat(20, 7), BusySource::GpuUtil)
        << day14 << 30 << 14 << true << 14 << 14 << kStart << 0.15 << 14;
    QTest::newRow("the call's own rule: under 50% for 7 days")
        << run(kStart, repeat(45, 7)) << kStart.addDays(6) << 50 << 7 << true << 7 << 7 << kStart
        << 0.45 << 7;
    QTest::newRow("days after asOf are not counted")
        << run(kStart, repeat(10, 14) + repeat(90, 3)) << day14 << 30 << 14 << true << 14 << 14
        << kStart << 0.10 << 14;
    // A day allocated nothing is a day without data, not an idle one.
    QList<BusyDay> zeroAllocation = run(kStart, repeat(10, 14));
    zeroAllocation[9].allocatedGpuSeconds = 0;
    zeroAllocation[9].busyGpuSeconds = 0;
    QTest::newRow("a day with no allocation breaks the run")
        << zeroAllocation << day14 << 30 << 14 << false << 4 << 9 << kStart << 0.10 << 13;
    // Ratio of sums: a 1-GPU day fully busy and a 9-GPU day idle are 10% together, not the 50%
    // a mean of the two daily ratios would say.
    const QList<BusyDay> weighted{{kStart, 86400, 86400, BusySource::EngineActive},
                                  {kStart.addDays(1), 0, 9 * 86400, BusySource::EngineActive}};
    QTest::newRow("ratio of sums, not mean of ratios")
        << weighted << kStart.addDays(1) << 30 << 2 << false << 1 << 1 << kStart.addDays(1) << 0.10
        << 2;
    // Two reports of one day (say, two node sets) are summed before the day is judged:
    // (0 + 8 x 0.5) / 16 = 25%, idle, though one of them alone was 50%.
    const QList<BusyDay> twice{{kStart, 0, kNodeDay, BusySource::EngineActive},
                               {kStart, kNodeDay / 2, kNodeDay, BusySource::GpuUtil}};
    QTest::newRow("a day reported twice is summed")
        << twice << kStart << 30 << 1 << true << 1 << 1 << kStart << 0.25 << 1;
}

void TestIdleDetection::detect()
{
    QFETCH(QList<BusyDay>, series);
    QFETCH(QDate, asOf);
    QFETCH(int, threshold);
    QFETCH(int, days);
    QFETCH(bool, flagged);
    QFETCH(int, current);
    QFETCH(int, longest);
    QFETCH(QDate, longestStart);
    QFETCH(double, mean);
    QFETCH(int, daysWithData);

    const IdleFinding f = detectIdle(series, asOf, {threshold, days});
    QCOMPARE(f.flagged, flagged);
    QCOMPARE(f.currentRun, current);
    QCOMPARE(f.longestRun, longest);
    QCOMPARE(f.longestRunStart, longestStart);
    QCOMPARE(f.meanRatio, mean);
    QCOMPARE(f.daysWithData, daysWithData);
    QCOMPARE(f.windowStart, asOf.addDays(1 - days));
}

void TestIdleDetection::evidence()
{
    // Every calendar day from the first report to asOf, gaps included, with each day's source.
    QList<BusyDay> series = run(kStart, {10, kGap, 40}, BusySource::GpuUtil);
    series.append({kStart.addDays(3), kNodeDay / 10, kNodeDay, BusySource::EngineActive});
    series.append({kStart.addDays(3), 0, kNodeDay, BusySource::GpuUtil});
    const IdleFinding f = detectIdle(series, kStart.addDays(4), {30, 2});

    QCOMPARE(f.evidence.size(), 5);
    QCOMPARE(f.evidence[0].day, kStart);
    QVERIFY(f.evidence[0].hasData);
    QVERIFY(f.evidence[0].idle);
    QCOMPARE(f.evidence[0].ratio, 0.10);
    QCOMPARE(f.evidence[0].source, BusySource::GpuUtil);
    QVERIFY(!f.evidence[1].hasData);
    QVERIFY(!f.evidence[1].idle);
    QVERIFY(!f.evidence[2].idle);
    QCOMPARE(f.evidence[2].ratio, 0.40);
    QCOMPARE(f.evidence[3].source, BusySource::Mixed);
    QCOMPARE(f.evidence[3].allocatedGpuSeconds, 2 * kNodeDay);
    QCOMPARE(f.evidence[3].ratio, 0.05);
    QVERIFY(f.evidence[3].idle);
    QCOMPARE(f.evidence[4].day, kStart.addDays(4));
    QVERIFY(!f.evidence[4].hasData);
    // The 2-day window is day 3 (data) and day 4 (none).
    QCOMPARE(f.daysWithData, 1);
    QCOMPARE(f.meanRatio, 0.05);
    QCOMPARE(f.currentRun, 0);
    QVERIFY(!f.flagged);
}

void TestIdleDetection::noData()
{
    // Nothing reported: the window is shown empty and nobody is flagged.
    const IdleFinding f = detectIdle({}, kStart, {});
    QVERIFY(!f.flagged);
    QCOMPARE(f.evidence.size(), 14);
    QCOMPARE(f.evidence.first().day, kStart.addDays(-13));
    QCOMPARE(f.daysWithData, 0);
    QCOMPARE(f.meanRatio, 0.0);
    QCOMPARE(f.longestRun, 0);
    QVERIFY(!f.longestRunStart.isValid());
    // Busy time past the allocation is capped at 100%.
    const IdleFinding over =
        detectIdle({{kStart, 2 * kNodeDay, kNodeDay, BusySource::GpuUtil}}, kStart, {30, 1});
    QCOMPARE(over.meanRatio, 1.0);
}

QTEST_APPLESS_MAIN(TestIdleDetection)
#include "tst_idledetection.moc"
