// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TelemetryFixture.h"
#include "telemetry/SacctParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gpudesk::SacctParser;
using gpudesk::SacctParseResult;
using gpudesk::SlurmJob;

namespace {
constexpr qint64 kHour = 3600 * 1000;
// 2025-11-24 10:00 in Seoul is 01:00 UTC.
constexpr qint64 kSeoul1000 = 1763946000000;

QString time(const std::optional<qint64> &ms)
{
    return ms ? QString::number((*ms - kSeoul1000) / 1000) : u"-"_s;
}

// "id account state start end elapsed gpus gpuSeconds nodes", times in s after 10:00 Seoul.
QString describe(const SlurmJob &job)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(job.jobId, job.account, job.state, time(job.startMs),
                                               time(job.endMs), QString::number(job.elapsedSeconds),
                                               QString::number(job.gpus),
                                               QString::number(job.gpuSeconds), job.nodeList);
}

SacctParseResult parseFixture(const char *zone = "Asia/Seoul")
{
    return SacctParser::parse(testing::telemetryFixture(u"sacct.txt"_s), {QTimeZone(zone)});
}
} // namespace

class TestSacctParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobs();
    void gpuHoursPerAccount();
    void skipped_data();
    void skipped();
    void gpuCount_data();
    void gpuCount();
    void timeZone();
    void headerLineAndCrlf();
};

void TestSacctParser::jobs()
{
    const SacctParseResult result = parseFixture();
    QStringList got;
    for (const SlurmJob &job : result.jobs)
        got << describe(job);
    const QStringList expected = {
        // Untyped and typed counts describe the same 8 GPUs: counted once.
        u"1001 proj-alpha COMPLETED 0 7200 7200 8 57600 gpu-a01"_s,
        u"1002 proj-alpha RUNNING 79200 - 3600 2 7200 gpu-a02"_s,
        // Only a typed count: it is used.
        u"1003 proj-beta COMPLETED -36000 -30600 5400 4 21600 gpu-b01"_s,
        // Pending: empty AllocTRES, no times, no GPUs, no error.
        u"1004 proj-beta PENDING - - 0 0 0 None assigned"_s,
        u"1005 proj-gamma CANCELLED by 1234 -3600 -3570 30 0 0 gpu-c01"_s,
        // Two typed counts without an untyped one add up.
        u"1006 proj-beta COMPLETED -28800 -28200 600 3 1800 gpu-b[01-02]"_s,
        u"1011 proj-gamma COMPLETED 46800 - 3600 1 3600 gpu-c01"_s,
    };
    QCOMPARE(got, expected);
    QCOMPARE(result.jobs.at(0).line, 1);
    QCOMPARE(result.jobs.at(6).line, 13);
    QCOMPARE(result.jobs.at(0).gpuHours(), 16.0);
    QCOMPARE(result.linesRead, 13);
}

void TestSacctParser::gpuHoursPerAccount()
{
    const SacctParseResult result = parseFixture();
    const QMap<QString, double> expected = {
        {u"proj-alpha"_s, 18.0}, {u"proj-beta"_s, 6.5}, {u"proj-gamma"_s, 1.0}};
    QCOMPARE(result.gpuHoursByAccount, expected);
}

void TestSacctParser::skipped_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("no pipes") << 0 << 7 << u"found 1"_s;
    QTest::newRow("elapsed") << 1 << 8 << u"\"lots\""_s;
    QTest::newRow("start") << 2 << 9 << u"start time \"2025-11-24 10:00\""_s;
    QTest::newRow("gres") << 3 << 11 << u"gres/gpu=eight"_s;
    QTest::newRow("seven fields") << 4 << 12 << u"found 7"_s;
}

void TestSacctParser::skipped()
{
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(QString, reasonPart);
    const SacctParseResult result = parseFixture();
    QCOMPARE(result.skipped.size(), 5);
    QCOMPARE(result.skipped.at(index).line, line);
    QVERIFY2(result.skipped.at(index).reason.contains(reasonPart),
             qPrintable(result.skipped.at(index).reason));
}

void TestSacctParser::gpuCount_data()
{
    QTest::addColumn<QByteArray>("tres");
    QTest::addColumn<int>("gpus");
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("no gpus") << QByteArray("cpu=4,mem=8G,node=1") << 0;
    QTest::newRow("untyped") << QByteArray("gres/gpu=4") << 4;
    QTest::newRow("typed first") << QByteArray("gres/gpu:b200=8,gres/gpu=8") << 8;
    QTest::newRow("untyped first") << QByteArray("gres/gpu=8,gres/gpu:b200=8") << 8;
    QTest::newRow("typed only") << QByteArray("cpu=1,gres/gpu:a100=2") << 2;
    QTest::newRow("other gres") << QByteArray("gres/shard=4,gres/gpumem=80G,gres/gpu=1") << 1;
}

void TestSacctParser::gpuCount()
{
    QFETCH(QByteArray, tres);
    QFETCH(int, gpus);
    const QByteArray line =
        "7|acct|COMPLETED|2025-01-01T00:00:00|2025-01-01T01:00:00|3600|" + tres + "|n1\n";
    const SacctParseResult result = SacctParser::parse(line, {QTimeZone("UTC")});
    QCOMPARE(result.skipped.size(), 0);
    QCOMPARE(result.jobs.size(), 1);
    QCOMPARE(result.jobs.at(0).gpus, gpus);
    QCOMPARE(result.jobs.at(0).gpuSeconds, qint64(3600) * gpus);
}

void TestSacctParser::timeZone()
{
    // The same wall-clock time read in another zone is another moment.
    const SacctParseResult seoul = parseFixture("Asia/Seoul");
    const SacctParseResult utc = parseFixture("UTC");
    QCOMPARE(*utc.jobs.at(0).startMs - *seoul.jobs.at(0).startMs, 9 * kHour);
}

void TestSacctParser::headerLineAndCrlf()
{
    const QByteArray data = "JobIDRaw|Account|State|Start|End|ElapsedRaw|AllocTRES|NodeList\r\n"
                            "1|a|COMPLETED|None|None|60|gres/gpu=2|n1\r\n";
    const SacctParseResult result = SacctParser::parse(data, {QTimeZone("UTC")});
    QCOMPARE(result.skipped.size(), 0);
    QCOMPARE(result.jobs.size(), 1);
    QCOMPARE(result.jobs.at(0).nodeList, u"n1"_s);
    QCOMPARE(result.jobs.at(0).gpuSeconds, 120);
}

QTEST_APPLESS_MAIN(TestSacctParser)
#include "tst_sacctparser.moc"
