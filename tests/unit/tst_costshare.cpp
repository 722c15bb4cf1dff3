// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CostShare.h"

#include <QTest>
#include <limits>

using namespace gpudesk;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
} // namespace

class TestCostShare : public QObject
{
    Q_OBJECT

private slots:
    void costShare_data();
    void costShare();
    void gpuHoursBetween_data();
    void gpuHoursBetween();
    void statementOfAMonth();
    void vatOn_data();
    void vatOn();
};

void TestCostShare::costShare_data()
{
    QTest::addColumn<qint64>("gpuHours");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<bool>("youth");
    QTest::addColumn<int>("discount");
    QTest::addColumn<qint64>("expected");

    // 16 nodes x 8 GPUs x 30 days x 24 h = 92,160 GPU-h; at 5,000 won a GPU-hour the market
    // value is 92,160 x 5,000 = 460,800,000 won.
    const qint64 month = 92160;
    QTest::newRow("SME 5%: 460,800,000 x 0.05")
        << month << qint64(5000) << 500 << false << 50 << qint64(23040000);
    QTest::newRow("startup 10%: 460,800,000 x 0.10")
        << month << qint64(5000) << 1000 << false << 50 << qint64(46080000);
    QTest::newRow("youth SME 5%, half: 23,040,000 / 2")
        << month << qint64(5000) << 500 << true << 50 << qint64(11520000);
    QTest::newRow("youth startup 10%, half: 46,080,000 / 2")
        << month << qint64(5000) << 1000 << true << 50 << qint64(23040000);
    QTest::newRow("university 0%") << month << qint64(5000) << 0 << false << 50 << qint64(0);
    QTest::newRow("youth university 0%") << month << qint64(5000) << 0 << true << 50 << qint64(0);
    QTest::newRow("full price 100%")
        << month << qint64(5000) << 10000 << false << 50 << qint64(460800000);
    QTest::newRow("not youth: the discount does not apply")
        << month << qint64(5000) << 500 << false << 90 << qint64(23040000);
    QTest::newRow("youth with a 0% discount pays all of the share")
        << month << qint64(5000) << 500 << true << 0 << qint64(23040000);
    QTest::newRow("youth with a call's 30% discount: 23,040,000 x 0.7")
        << month << qint64(5000) << 500 << true << 30 << qint64(16128000);
    QTest::newRow("no hours") << qint64(0) << qint64(5000) << 500 << false << 50 << qint64(0);
    QTest::newRow("no price") << month << qint64(0) << 500 << false << 50 << qint64(0);

    // Truncation: a fraction of a won is dropped, never rounded up.
    // 1 x 4,321 x 0.05 = 216.05
    QTest::newRow("216.05 -> 216")
        << qint64(1) << qint64(4321) << 500 << false << 50 << qint64(216);
    // 1 x 4,321 x 0.05 x 0.5 = 108.025
    QTest::newRow("108.025 -> 108")
        << qint64(1) << qint64(4321) << 500 << true << 50 << qint64(108);
    // 3 x 333 x 0.0777 = 999 x 0.0777 = 77.6223
    QTest::newRow("77.6223 -> 77") << qint64(3) << qint64(333) << 777 << false << 50 << qint64(77);
    // 1 x 19 x 0.05 = 0.95: under a won is nothing, not one won.
    QTest::newRow("0.95 -> 0") << qint64(1) << qint64(19) << 500 << false << 50 << qint64(0);
    // 1 x 1 x 0.9999 = 0.9999
    QTest::newRow("0.9999 -> 0") << qint64(1) << qint64(1) << 9999 << false << 50 << qint64(0);
    // 99 x 1 x 0.05 = 4.95, x 0.5 = 2.475 -> 2; rounding 4.95 to 5 first would give 3.
    QTest::newRow("2.475 -> 2") << qint64(99) << qint64(1) << 500 << true << 50 << qint64(2);
    // 38 x 1 x 0.05 = 1.9, x 0.7 = 1.33 -> 1; truncating 1.9 to 1 first would give 0.7 -> 0.
    QTest::newRow("one truncation at the end: 1.33 -> 1")
        << qint64(38) << qint64(1) << 500 << true << 30 << qint64(1);

    // A year of the 2028 fleet: 52,000 GPUs x 8,760 h = 455,520,000 GPU-h; x 10,000 won =
    // 4,555,200,000,000 won market; x 10% = 455,520,000,000 won.
    const qint64 fleetYear = 455520000;
    QTest::newRow("52,000 GPUs for a year at 10%")
        << fleetYear << qint64(10000) << 1000 << false << 50 << qint64(455520000000);
    QTest::newRow("52,000 GPUs for a year at 10%, youth half")
        << fleetYear << qint64(10000) << 1000 << true << 50 << qint64(227760000000);
    // Past double precision (2^53 ~ 9.0 x 10^15), with a fraction:
    // 455,520,001 x 9,999 = 4,554,744,489,999; x 777 = 3,539,036,468,729,223; x 50 =
    // 176,951,823,436,461,150; / 1,000,000 = 176,951,823,436.46115 -> 176,951,823,436.
    QTest::newRow("exact past 2^53")
        << qint64(455520001) << qint64(9999) << 777 << true << 50 << qint64(176951823436);
    // The product of all four factors (10^12 x 10^6 x 10^4 x 100 = 10^24) overflows 64 bits,
    // the answer (10^18) does not.
    QTest::newRow("10^12 GPU-h x 10^6 won at 100%")
        << qint64(1000000000000) << qint64(1000000) << 10000 << false << 50
        << qint64(1000000000000000000);
    // 10^19 won does not fit: capped, not wrapped into a negative amount.
    QTest::newRow("overflowing amount is capped")
        << kMax << qint64(2) << 10000 << false << 50 << kMax;

    // Negative inputs count as 0; a discount past 100% counts as 100%.
    QTest::newRow("negative hours")
        << qint64(-92160) << qint64(5000) << 500 << false << 50 << qint64(0);
    QTest::newRow("negative price") << month << qint64(-5000) << 500 << false << 50 << qint64(0);
    QTest::newRow("negative rate") << month << qint64(5000) << -500 << false << 50 << qint64(0);
    QTest::newRow("negative discount = none")
        << month << qint64(5000) << 500 << true << -50 << qint64(23040000);
    QTest::newRow("discount 150% = free")
        << month << qint64(5000) << 500 << true << 150 << qint64(0);
}

void TestCostShare::costShare()
{
    QFETCH(qint64, gpuHours);
    QFETCH(qint64, price);
    QFETCH(int, basisPoints);
    QFETCH(bool, youth);
    QFETCH(int, discount);
    QFETCH(qint64, expected);

    CostShareInput in;
    in.gpuHours = gpuHours;
    in.pricePerGpuHour = price;
    in.shareBasisPoints = basisPoints;
    in.youthFounded = youth;
    in.youthDiscountPercent = discount;
    QCOMPARE(gpudesk::costShare(in).won, expected);
}

void TestCostShare::gpuHoursBetween_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<qint64>("expected");

    // February 2026 has 28 days: 02-01 to 03-03 is 30 days; x 24 x 128 = 92,160.
    QTest::newRow("16 nodes for 30 days")
        << QDate(2026, 2, 1) << QDate(2026, 3, 3) << 128 << qint64(92160);
    // 365 days x 24 x 52,000 = 455,520,000.
    QTest::newRow("52,000 GPUs for 2026-02-01..2027-02-01")
        << QDate(2026, 2, 1) << QDate(2027, 2, 1) << 52000 << qint64(455520000);
    // 2028 is a leap year: 366 x 24 x 8 = 70,272.
    QTest::newRow("one node for leap 2028")
        << QDate(2028, 1, 1) << QDate(2029, 1, 1) << 8 << qint64(70272);
    QTest::newRow("one day, one node: 24 x 8")
        << QDate(2026, 2, 1) << QDate(2026, 2, 2) << 8 << qint64(192);
    QTest::newRow("the end is exclusive: same day")
        << QDate(2026, 2, 1) << QDate(2026, 2, 1) << 8 << qint64(0);
    QTest::newRow("reversed") << QDate(2026, 3, 1) << QDate(2026, 2, 1) << 8 << qint64(0);
    QTest::newRow("invalid start") << QDate() << QDate(2026, 2, 1) << 8 << qint64(0);
    QTest::newRow("invalid end") << QDate(2026, 2, 1) << QDate() << 8 << qint64(0);
    QTest::newRow("no GPUs") << QDate(2026, 2, 1) << QDate(2026, 3, 1) << 0 << qint64(0);
    QTest::newRow("negative GPUs") << QDate(2026, 2, 1) << QDate(2026, 3, 1) << -8 << qint64(0);
}

void TestCostShare::gpuHoursBetween()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, gpus);
    QFETCH(qint64, expected);
    QCOMPARE(gpudesk::gpuHoursBetween(start, end, gpus), expected);
}

void TestCostShare::statementOfAMonth()
{
    // The two functions together, as a statement uses them: 128 B200 GPUs for 30 days at
    // 6,000 won, youth-founded startup at 10%: 92,160 x 6,000 = 552,960,000; x 10% =
    // 55,296,000; half = 27,648,000.
    CostShareInput in;
    in.gpuHours = gpudesk::gpuHoursBetween(QDate(2026, 2, 1), QDate(2026, 3, 3), 128);
    in.pricePerGpuHour = 6000;
    in.shareBasisPoints = 1000;
    in.youthFounded = true;
    QCOMPARE(gpudesk::costShare(in), Money{27648000});
    QCOMPARE(formatMoney(gpudesk::costShare(in)), QStringLiteral("₩27,648,000"));
}

void TestCostShare::vatOn_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("10% of 2,419,200") << qint64(2419200) << 10 << qint64(241920);
    QTest::newRow("22.5 -> 22") << qint64(225) << 10 << qint64(22);
    QTest::newRow("0.9 -> 0") << qint64(9) << 10 << qint64(0);
    QTest::newRow("2,097 x 10% = 209.7 -> 209") << qint64(2097) << 10 << qint64(209);
    QTest::newRow("no VAT") << qint64(2097) << 0 << qint64(0);
    QTest::newRow("nothing to tax") << qint64(0) << 10 << qint64(0);
    QTest::newRow("negative amount") << qint64(-1000) << 10 << qint64(0);
    QTest::newRow("negative rate") << qint64(1000) << -10 << qint64(0);
    // 9,223,372,036,854,775,807 x 10% = 922,337,203,685,477,580.7: exact without overflowing.
    QTest::newRow("largest amount") << kMax << 10 << qint64(922337203685477580);
    QTest::newRow("overflowing tax is capped") << kMax << 200 << kMax;
}

void TestCostShare::vatOn()
{
    QFETCH(qint64, amount);
    QFETCH(int, percent);
    QFETCH(qint64, expected);
    QCOMPARE(gpudesk::vatOn(Money{amount}, percent).won, expected);
}

QTEST_APPLESS_MAIN(TestCostShare)
#include "tst_costshare.moc"
