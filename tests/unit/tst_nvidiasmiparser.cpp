// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TelemetryFixture.h"
#include "telemetry/NvidiaSmiParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gpudesk::NvidiaSmiParser;
using gpudesk::TelemetryParseResult;
using gpudesk::TelemetrySample;
using testing::readingText;
using testing::telemetryFixture;

namespace {
constexpr qint64 kT0 = 1764028800000; // 2025-11-25 00:00 UTC = 09:00 in Seoul

// "host gpu uuid ts model | util used total power", ts relative to kT0.
QString describe(const TelemetrySample &s)
{
    return u"%1 %2 %3 %4 %5 | %6 %7 %8 %9"_s.arg(s.hostname, QString::number(s.gpu), s.uuid,
                                                 QString::number(s.ts - kT0), s.modelName,
                                                 readingText(s.gpuUtil), readingText(s.fbUsedMib),
                                                 readingText(s.fbTotalMib), readingText(s.powerW));
}

QStringList describeAll(const TelemetryParseResult &result)
{
    QStringList out;
    for (const TelemetrySample &s : result.samples)
        out << describe(s);
    return out;
}

QStringList skippedLines(const TelemetryParseResult &result)
{
    QStringList out;
    for (const auto &s : result.skipped)
        out << QString::number(s.line);
    return out;
}

NvidiaSmiParser::Options seoul(const QString &host)
{
    return {host, QTimeZone("Asia/Seoul")};
}
} // namespace

class TestNvidiaSmiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withHeaderAndUnits();
    void skipReasons_data();
    void skipReasons();
    void noHeaderNoUnits();
    void columnsByHeader();
    void unusableHeader();
    void timeZones_data();
    void timeZones();
};

void TestNvidiaSmiParser::withHeaderAndUnits()
{
    const TelemetryParseResult result =
        NvidiaSmiParser::parse(telemetryFixture(u"nvidia-smi-units.csv"_s), seoul(u"gpu-a01"_s));
    const QStringList expected = {
        u"gpu-a01 0 GPU-aaaa0000 123 NVIDIA B200 | 100 32362 183359 627.4"_s,
        u"gpu-a01 1 GPU-aaaa0001 125 NVIDIA B200 | 0 0 183359 -"_s,
        u"gpu-a01 2 GPU-aaaa0002 127 NVIDIA B200 | - 1 183359 140.12"_s,
    };
    QCOMPARE(describeAll(result), expected);
    QCOMPARE(skippedLines(result), QStringList({u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"10"_s}));
    QCOMPARE(result.linesRead, 10);
}

void TestNvidiaSmiParser::skipReasons_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("missing cell") << 0 << u"Expected 9 values"_s;
    QTest::newRow("hour without zero") << 1 << u"9:00:00.130"_s;
    QTest::newRow("GiB") << 2 << u"not a number in MiB"_s;
    QTest::newRow("index") << 3 << u"\"six\""_s;
    QTest::newRow("180 %") << 4 << u"above 100"_s;
}

void TestNvidiaSmiParser::skipReasons()
{
    QFETCH(int, index);
    QFETCH(QString, reasonPart);
    const TelemetryParseResult result =
        NvidiaSmiParser::parse(telemetryFixture(u"nvidia-smi-units.csv"_s), seoul(u"gpu-a01"_s));
    QCOMPARE(result.skipped.size(), 5);
    const QString reason = result.skipped.at(index).reason;
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
}

void TestNvidiaSmiParser::noHeaderNoUnits()
{
    const TelemetryParseResult result =
        NvidiaSmiParser::parse(telemetryFixture(u"nvidia-smi-nounits.csv"_s), seoul(u"gpu-b01"_s));
    const QStringList expected = {
        u"gpu-b01 0 GPU-bbbb0000 60000 NVIDIA H200 | 73 140001 143771 512.5"_s,
        u"gpu-b01 1 GPU-bbbb0001 60002 NVIDIA H200 | - - 143771 -"_s,
        u"gpu-b01 3 GPU-bbbb0003 60000 NVIDIA H200 | 5 10 143771 80"_s,
    };
    QCOMPARE(describeAll(result), expected);
    QCOMPARE(skippedLines(result), QStringList({u"3"_s, u"4"_s}));
    QVERIFY(result.skipped.at(1).reason.contains(u"2025/02/30"_s));
}

void TestNvidiaSmiParser::columnsByHeader()
{
    const QByteArray data = "uuid, timestamp, power.draw [W], fan.speed [%], index\n"
                            "GPU-x, 2025/11/25 09:00:00.000, 300.5 W, 40 %, 6\n";
    const TelemetryParseResult result = NvidiaSmiParser::parse(data, seoul(u"n1"_s));
    QCOMPARE(describeAll(result), QStringList({u"n1 6 GPU-x 0  | - - - 300.5"_s}));
    QVERIFY(result.skipped.isEmpty());
}

void TestNvidiaSmiParser::unusableHeader()
{
    const QByteArray data = "timestamp, name, power.draw [W]\n"
                            "2025/11/25 09:00:00.000, NVIDIA B200, 300 W\n";
    const TelemetryParseResult result = NvidiaSmiParser::parse(data, seoul(u"n1"_s));
    QVERIFY(result.samples.isEmpty());
    QCOMPARE(skippedLines(result), QStringList({u"1"_s}));
}

void TestNvidiaSmiParser::timeZones_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QByteArray>("local");
    QTest::addColumn<qint64>("utcMs");
    QTest::newRow("Seoul") << QByteArray("Asia/Seoul") << QByteArray("2025/11/25 09:00:00.000")
                           << qint64(1764028800000);
    QTest::newRow("UTC") << QByteArray("UTC") << QByteArray("2025/11/25 00:00:00.000")
                         << qint64(1764028800000);
    QTest::newRow("Berlin summer")
        << QByteArray("Europe/Berlin") << QByteArray("2025/07/01 12:00:00.000")
        << qint64(1751364000000);
    QTest::newRow("Berlin winter")
        << QByteArray("Europe/Berlin") << QByteArray("2025/01/15 12:00:00.250")
        << qint64(1736938800250);
}

void TestNvidiaSmiParser::timeZones()
{
    QFETCH(QByteArray, zone);
    QFETCH(QByteArray, local);
    QFETCH(qint64, utcMs);
    const QByteArray line = local + ", NVIDIA B200, GPU-z, 00000000:1B:00.0, 0, 1, 2, 3, 4\n";
    const TelemetryParseResult result = NvidiaSmiParser::parse(line, {u"n"_s, QTimeZone(zone)});
    QCOMPARE(result.samples.size(), 1);
    QCOMPARE(result.samples.at(0).ts, utcMs);
}

QTEST_APPLESS_MAIN(TestNvidiaSmiParser)
#include "tst_nvidiasmiparser.moc"
