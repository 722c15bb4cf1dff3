// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/Statement.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace gpudesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<gpudesk::BilledWindow>)

namespace {

// Seoul wall-clock time as UTC ms, from a fixed +09:00 offset rather than the zone database the
// code under test uses, so the two are checked against each other.
qint64 kst(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
}

BilledWindow win(qint64 from, qint64 to, int nodes, int gpusPerNode = 8)
{
    return {from, to, nodes, gpusPerNode};
}

// The seed's rates (tests/common/TestStore.h).
constexpr qint64 kB200 = 9000;
constexpr qint64 kH200 = 6000;
constexpr int kUniversity = 0;
constexpr int kSme = 500;
constexpr int kLarge = 1000;

CallShareRate rate(int basisPoints)
{
    return {OrganizationType::Sme, true, basisPoints};
}

} // namespace

class TestStatement : public QObject
{
    Q_OBJECT

private slots:
    void statement_data();
    void statement();
    void refused_data();
    void refused();
    void breakdown();
    void summary();
};

void TestStatement::statement_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<QList<BilledWindow>>("windows");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<bool>("youth");
    QTest::addColumn<int>("lines");
    QTest::addColumn<qint64>("gpuHours");
    QTest::addColumn<qint64>("market");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<qint64>("total");

    // 28 days x 24 h x 8 GPUs = 5,376 GPU-h; x 9,000 = 48,384,000; x 5% = 2,419,200;
    // VAT 10% = 241,920; total 2,661,120.
    QTest::newRow("all of February 2026, one B200 node, SME")
        << u"2026-02"_s << QList{win(kst(2026, 2, 1), kst(2026, 3, 1), 1)} << kB200 << kSme << false
        << 1 << qint64(5376) << qint64(48384000) << qint64(2419200) << qint64(241920)
        << qint64(2661120);
    // Only February of 01-15..03-10: 28 x 24 x 16 = 10,752 GPU-h; x 6,000 = 64,512,000;
    // x 10% = 6,451,200; VAT 645,120; total 7,096,320.
    QTest::newRow("window spanning three months, two H200 nodes, large enterprise")
        << u"2026-02"_s << QList{win(kst(2026, 1, 15), kst(2026, 3, 10), 2)} << kH200 << kLarge
        << false << 1 << qint64(10752) << qint64(64512000) << qint64(6451200) << qint64(645120)
        << qint64(7096320);
    // 03-10 14:30 to 04-01 00:00 = 21 d 9.5 h = 513.5 h x 8 = 4,108 GPU-h; x 9,000 =
    // 36,972,000; x 5% = 1,848,600; x 50% = 924,300; VAT 92,430; total 1,016,730.
    QTest::newRow("starts mid-month at 14:30, youth startup")
        << u"2026-03"_s << QList{win(kst(2026, 3, 10, 14, 30), kst(2026, 4, 5), 1)} << kB200 << kSme
        << true << 1 << qint64(4108) << qint64(36972000) << qint64(924300) << qint64(92430)
        << qint64(1016730);
    // 48 h 20 min x 8 = 386.67 GPU-h -> 386; x 6,000 = 2,316,000; x 5% = 115,800; VAT 11,580.
    QTest::newRow("ends mid-month, a started hour is not billed")
        << u"2026-04"_s << QList{win(kst(2026, 4, 1), kst(2026, 4, 3, 0, 20), 1)} << kH200 << kSme
        << false << 1 << qint64(386) << qint64(2316000) << qint64(115800) << qint64(11580)
        << qint64(127380);
    // Ends at 02-01 00:00 Seoul (01-31 15:00 UTC): nothing of it is in February.
    QTest::newRow("ends at Seoul midnight of the 1st: not in that month")
        << u"2026-02"_s << QList{win(kst(2026, 1, 31), kst(2026, 2, 1), 1)} << kB200 << kSme
        << false << 0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // ... and all of it in January: 24 x 8 = 192 GPU-h; x 9,000 = 1,728,000; x 5% = 86,400.
    QTest::newRow("the same window is January's")
        << u"2026-01"_s << QList{win(kst(2026, 1, 31), kst(2026, 2, 1), 1)} << kB200 << kSme
        << false << 1 << qint64(192) << qint64(1728000) << qint64(86400) << qint64(8640)
        << qint64(95040);
    // 2026-02-28 15:00 UTC is 03-01 00:00 in Seoul: a UTC month would put it in February.
    QTest::newRow("UTC February 28th, 15:00 to 15:00, is Seoul's March 1st (February)")
        << u"2026-02"_s << QList{win(1772290800000, 1772377200000, 1)} << kB200 << kSme << false
        << 0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("UTC February 28th, 15:00 to 15:00, is Seoul's March 1st (March)")
        << u"2026-03"_s << QList{win(1772290800000, 1772377200000, 1)} << kB200 << kSme << false
        << 1 << qint64(192) << qint64(1728000) << qint64(86400) << qint64(8640) << qint64(95040);
    // 29 x 24 x 8 = 5,568 GPU-h; x 6,000 = 33,408,000; x 5% = 1,670,400; x 50% = 835,200;
    // VAT 83,520; total 918,720.
    QTest::newRow("leap February 2028, youth")
        << u"2028-02"_s << QList{win(kst(2028, 1, 20), kst(2028, 3, 2), 1)} << kH200 << kSme << true
        << 1 << qint64(5568) << qint64(33408000) << qint64(835200) << qint64(83520)
        << qint64(918720);
    // 10 d x 24 x 8 = 1,920 + 12 h x 16 = 192, the March window left out: 2,112 GPU-h;
    // x 9,000 = 19,008,000; x 10% = 1,900,800; VAT 190,080; total 2,090,880.
    QTest::newRow("several windows, one outside the month")
        << u"2026-02"_s
        << QList{win(kst(2026, 2, 1), kst(2026, 2, 11), 1),
                 win(kst(2026, 2, 5, 12), kst(2026, 2, 6), 2),
                 win(kst(2026, 3, 2), kst(2026, 3, 9), 4)}
        << kB200 << kLarge << false << 2 << qint64(2112) << qint64(19008000) << qint64(1900800)
        << qint64(190080) << qint64(2090880);
    // Two windows of 20 min x 8 GPUs = 2.67 GPU-h each: 5.33 -> 5 together (4 if each line
    // were floored); x 6,000 = 30,000; x 5% = 1,500; VAT 150.
    QTest::newRow("hours floored once, on the total")
        << u"2026-02"_s
        << QList{win(kst(2026, 2, 3, 9), kst(2026, 2, 3, 9, 20), 1),
                 win(kst(2026, 2, 4, 9), kst(2026, 2, 4, 9, 20), 1)}
        << kH200 << kSme << false << 2 << qint64(5) << qint64(30000) << qint64(1500) << qint64(150)
        << qint64(1650);
    QTest::newRow("59 GPU-minutes are no hour")
        << u"2026-02"_s << QList{win(kst(2026, 2, 3, 9), kst(2026, 2, 3, 9, 59), 1, 1)} << kB200
        << kSme << false << 1 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // Academia pays nothing, but the hours and their market value are still stated.
    QTest::newRow("university: share 0")
        << u"2026-02"_s << QList{win(kst(2026, 2, 1), kst(2026, 3, 1), 1)} << kB200 << kUniversity
        << false << 1 << qint64(5376) << qint64(48384000) << qint64(0) << qint64(0) << qint64(0);
    // 1 GPU-h x 9,000 x 5% x 50% = 225; VAT 22.5 -> 22; total 247.
    QTest::newRow("VAT truncated: 22.5 -> 22")
        << u"2026-02"_s << QList{win(kst(2026, 2, 3, 9), kst(2026, 2, 3, 10), 1, 1)} << kB200
        << kSme << true << 1 << qint64(1) << qint64(9000) << qint64(225) << qint64(22)
        << qint64(247);
    // A call's own rate: 3 GPU-h x 9,000 = 27,000 x 7.77% = 2,097.9 -> 2,097; VAT 209.7 -> 209.
    QTest::newRow("amount truncated once: 2,097.9 -> 2,097")
        << u"2026-02"_s << QList{win(kst(2026, 2, 3, 9), kst(2026, 2, 3, 12), 1, 1)} << kB200 << 777
        << false << 1 << qint64(3) << qint64(27000) << qint64(2097) << qint64(209) << qint64(2306);
    QTest::newRow("reversed and empty windows are left out")
        << u"2026-02"_s
        << QList{win(kst(2026, 2, 10), kst(2026, 2, 3), 1),
                 win(kst(2026, 2, 3), kst(2026, 2, 3), 1), win(kst(2026, 2, 3), kst(2026, 2, 4), 0)}
        << kB200 << kSme << false << 0 << qint64(0) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0);
    QTest::newRow("no windows") << u"2026-02"_s << QList<BilledWindow>{} << kB200 << kSme << false
                                << 0 << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                << qint64(0);
}

void TestStatement::statement()
{
    QFETCH(QString, month);
    QFETCH(QList<BilledWindow>, windows);
    QFETCH(qint64, price);
    QFETCH(int, basisPoints);
    QFETCH(bool, youth);
    QFETCH(int, lines);
    QFETCH(qint64, gpuHours);
    QFETCH(qint64, market);
    QFETCH(qint64, amount);
    QFETCH(qint64, vat);
    QFETCH(qint64, total);

    StatementInput in;
    in.month = month;
    in.windows = windows;
    in.pricePerGpuHour = price;
    in.shareRate = rate(basisPoints);
    in.youthFounded = youth;
    in.youthDiscountPercent = 50;
    in.vatPercent = 10;
    const Statement s = monthlyStatement(in);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.lines.size(), lines);
    QCOMPARE(s.gpuHours, gpuHours);
    QCOMPARE(s.marketValue.won, market);
    QCOMPARE(s.amount.won, amount);
    QCOMPARE(s.vat.won, vat);
    QCOMPARE(s.total.won, total);
    QCOMPARE(s.payPercent, youth ? 50 : 100);
}

void TestStatement::refused_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<bool>("hasRate");
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("month 13") << u"2026-13"_s << true << true << u"YYYY-MM"_s;
    QTest::newRow("one-digit month") << u"2026-2"_s << true << true << u"YYYY-MM"_s;
    QTest::newRow("a date, not a month") << u"2026-02-01"_s << true << true << u"YYYY-MM"_s;
    QTest::newRow("empty month") << QString() << true << true << u"YYYY-MM"_s;
    QTest::newRow("ineligible organisation type")
        << u"2026-02"_s << true << false << u"Public agency"_s;
    QTest::newRow("no share rate in the call")
        << u"2026-02"_s << false << true << u"no share rate"_s;
}

void TestStatement::refused()
{
    QFETCH(QString, month);
    QFETCH(bool, hasRate);
    QFETCH(bool, eligible);
    QFETCH(QString, mentions);

    StatementInput in;
    in.month = month;
    in.windows = {win(kst(2026, 2, 1), kst(2026, 3, 1), 1)};
    in.pricePerGpuHour = kB200;
    if (hasRate)
        in.shareRate = CallShareRate{OrganizationType::PublicAgency, eligible, kSme};
    const Statement s = monthlyStatement(in);
    QVERIFY(!s.ok());
    QVERIFY2(s.error.contains(mentions, Qt::CaseInsensitive), qPrintable(s.error));
    QCOMPARE(s.gpuHours, qint64(0));
    QCOMPARE(s.total, Money{});
}

void TestStatement::breakdown()
{
    // The lines keep the window's index and are cut to the month's Seoul bounds.
    StatementInput in;
    in.month = u"2026-02"_s;
    in.windows = {win(kst(2026, 3, 2), kst(2026, 3, 9), 4),
                  win(kst(2026, 1, 20), kst(2026, 2, 2), 2),
                  win(kst(2026, 2, 27, 6), kst(2026, 3, 5), 1)};
    in.pricePerGpuHour = kH200;
    in.shareRate = rate(kSme);
    const Statement s = monthlyStatement(in);
    QVERIFY(s.ok());
    QCOMPARE(s.monthStartMs, kst(2026, 2, 1));
    QCOMPARE(s.monthEndMs, kst(2026, 3, 1));
    QCOMPARE(s.lines.size(), 2);
    QCOMPARE(s.lines[0].window, 1);
    QCOMPARE(s.lines[0].startMs, kst(2026, 2, 1));
    QCOMPARE(s.lines[0].endMs, kst(2026, 2, 2));
    QCOMPARE(s.lines[0].gpus, 16);
    QCOMPARE(s.lines[0].gpuMilliseconds, qint64(24) * 16 * 3600 * 1000);
    QCOMPARE(s.lines[1].window, 2);
    QCOMPARE(s.lines[1].startMs, kst(2026, 2, 27, 6));
    QCOMPARE(s.lines[1].endMs, kst(2026, 3, 1));
    QCOMPARE(s.lines[1].gpuMilliseconds, qint64(42) * 8 * 3600 * 1000);
    // 384 + 336 = 720 GPU-h.
    QCOMPARE(s.gpuHours, qint64(720));
}

void TestStatement::summary()
{
    // The call's summary adds the projects' own figures (VAT is each statement's, not a VAT
    // of the sum) and counts refusals apart.
    StatementInput sme;
    sme.month = u"2026-02"_s;
    sme.windows = {win(kst(2026, 2, 1), kst(2026, 3, 1), 1)};
    sme.pricePerGpuHour = kB200;
    sme.shareRate = rate(kSme);
    StatementInput univ = sme;
    univ.shareRate = rate(kUniversity);
    StatementInput tiny = sme;
    tiny.windows = {win(kst(2026, 2, 3, 9), kst(2026, 2, 3, 10), 1, 1)};
    tiny.youthFounded = true;
    StatementInput bad = sme;
    bad.shareRate = CallShareRate{OrganizationType::PublicAgency, false, 0};

    const StatementSummary sum =
        summarizeStatements({monthlyStatement(sme), monthlyStatement(univ), monthlyStatement(tiny),
                             monthlyStatement(bad)});
    QCOMPARE(sum.projects, 3);
    QCOMPARE(sum.refused, 1);
    QCOMPARE(sum.gpuHours, qint64(5376 + 5376 + 1));
    QCOMPARE(sum.marketValue.won, qint64(48384000 + 48384000 + 9000));
    QCOMPARE(sum.amount.won, qint64(2419200 + 0 + 225));
    QCOMPARE(sum.vat.won, qint64(241920 + 0 + 22));
    QCOMPARE(sum.total.won, qint64(2661120 + 0 + 247));
}

QTEST_APPLESS_MAIN(TestStatement)
#include "tst_statement.moc"
