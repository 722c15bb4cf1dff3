// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TelemetryFixture.h"
#include "telemetry/DcgmParser.h"

#include <QTest>
#include <vector>

using namespace Qt::StringLiterals;
using gpudesk::DcgmParser;
using gpudesk::TelemetryParseResult;
using gpudesk::TelemetrySample;
using testing::readingText;
using testing::telemetryFixture;

namespace {
constexpr qint64 kT0 = 1764028800000;        // 2025-11-25 00:00 UTC, the fixture's scrape
constexpr qint64 kDefaultTs = 1764032400000; // what the caller passes for lines without a time

// One sample as "host gpu mig/profile ts model | util engine fbUsed power" for compact tables.
QString describe(const TelemetrySample &s)
{
    return u"%1 %2 %3/%4 %5 %6 | %7 %8 %9 %10"_s
        .arg(s.hostname, QString::number(s.gpu), s.migInstance, s.migProfile,
             QString::number(s.ts - kT0), s.modelName, readingText(s.gpuUtil),
             readingText(s.engineActive), readingText(s.fbUsedMib))
        .arg(readingText(s.powerW));
}

TelemetryParseResult parse(QByteArrayView data, const QString &defaultHost = {})
{
    return DcgmParser::parse(data, {kDefaultTs, defaultHost});
}
} // namespace

class TestDcgmParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesOfTheFixture();
    void skippedLinesOfTheFixture_data();
    void skippedLinesOfTheFixture();
    void unknownMetricCountedOnce();
    void defaultHostname();
    void lineEndsAndBom();
    void specialValues_data();
    void specialValues();
    void everyPrefix();
    void twoThreadsReadAsOne_data();
    void twoThreadsReadAsOne();
};

void TestDcgmParser::samplesOfTheFixture()
{
    const TelemetryParseResult result = parse(telemetryFixture(u"dcgm-two-hosts.prom"_s));
    QStringList got;
    for (const TelemetrySample &s : result.samples)
        got << describe(s);
    const QString defaultOffset = QString::number(kDefaultTs - kT0);
    const QStringList expected = {
        // Four metric lines of one GPU and moment merge into one sample.
        u"gpu-a01 0 / 0 NVIDIA B200 | 87 0.812345 32362 627.4"_s,
        // 140 is no engine ratio (skipped); the FB value is a DCGM blank (no reading).
        u"gpu-a01 1 / 0 NVIDIA B200 | 12 - - -"_s,
        // Lower-case hostname label, spaces and a trailing comma; memory in bytes -> MiB.
        u"gpu-b01 0 / 0 NVIDIA H200 | 55 - 2048 -"_s,
        // gpu-b01 GPU 1 reported only blanks: no sample. MIG instances stay apart.
        u"gpu-b01 0 1/3g.71gb 0 NVIDIA H200 | - 0.25 - -"_s,
        u"gpu-b01 0 2/3g.71gb 0 NVIDIA H200 | - 0.75 - -"_s,
        u"gpu-a01 0 / 60000 NVIDIA B200 | - - - 401.5"_s,
        u"gpu-a01 0 / %1 NVIDIA B200 | - - - 390.25"_s.arg(defaultOffset),
        // A renamed metric as a 0-1 ratio, and an escaped quote in a label value.
        u"gpu-a01 2 / 0 NVIDIA \"B200\" SXM | 50 - - -"_s,
    };
    QCOMPARE(got, expected);
    QCOMPARE(result.samples.at(0).uuid, u"GPU-aaaa0000"_s);
    QCOMPARE(result.samples.at(2).uuid, u"GPU-bbbb0000"_s);
    QCOMPARE(result.linesRead, 35);
}

void TestDcgmParser::skippedLinesOfTheFixture_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("ratio above 1") << 10 << u"outside the possible range"_s;
    QTest::newRow("unknown metric") << 23 << u"DCGM_FI_DEV_SM_CLOCK"_s;
    QTest::newRow("unclosed labels") << 26 << u"label set"_s;
    QTest::newRow("word for a value") << 27 << u"not a number"_s;
    QTest::newRow("no value") << 28 << u"no value"_s;
    QTest::newRow("bad timestamp") << 29 << u"timestamp"_s;
    QTest::newRow("no host") << 30 << u"Hostname"_s;
    QTest::newRow("bad gpu") << 31 << u"GPU index"_s;
    QTest::newRow("no metric name") << 32 << u"metric name"_s;
    QTest::newRow("negative percent") << 33 << u"outside the possible range"_s;
    QTest::newRow("trailing text") << 34 << u"after the timestamp"_s;
}

void TestDcgmParser::skippedLinesOfTheFixture()
{
    QFETCH(int, line);
    QFETCH(QString, reasonPart);
    const TelemetryParseResult result = parse(telemetryFixture(u"dcgm-two-hosts.prom"_s));
    QCOMPARE(result.skipped.size(), 11);
    for (const auto &skipped : result.skipped) {
        if (skipped.line == line) {
            QVERIFY2(skipped.reason.contains(reasonPart), qPrintable(skipped.reason));
            return;
        }
    }
    QFAIL(qPrintable(u"line %1 not reported as skipped"_s.arg(line)));
}

void TestDcgmParser::unknownMetricCountedOnce()
{
    const TelemetryParseResult result = parse(telemetryFixture(u"dcgm-two-hosts.prom"_s));
    int reports = 0;
    for (const auto &skipped : result.skipped) {
        if (skipped.reason.contains(u"DCGM_FI_DEV_SM_CLOCK"_s)) {
            ++reports;
            QVERIFY2(skipped.reason.contains(u"2 line"_s), qPrintable(skipped.reason));
        }
    }
    QCOMPARE(reports, 1);
}

void TestDcgmParser::defaultHostname()
{
    const QByteArray data = "DCGM_FI_DEV_GPU_UTIL{gpu=\"3\",UUID=\"GPU-c\"} 40 1000\n"
                            "DCGM_FI_DEV_GPU_UTIL{UUID=\"GPU-d\"} 30\n";
    const TelemetryParseResult without = parse(data);
    QCOMPARE(without.samples.size(), 0);
    QCOMPARE(without.skipped.size(), 2);
    const TelemetryParseResult with = parse(data, u"node7"_s);
    QCOMPARE(with.skipped.size(), 0);
    QCOMPARE(with.samples.size(), 2);
    QCOMPARE(with.samples.at(0).hostname, u"node7"_s);
    QCOMPARE(with.samples.at(0).ts, 1000);
    QCOMPARE(with.samples.at(1).gpu, -1);
    QCOMPARE(with.samples.at(1).uuid, u"GPU-d"_s);
    QCOMPARE(with.samples.at(1).ts, kDefaultTs);
}

void TestDcgmParser::lineEndsAndBom()
{
    const QByteArray data = "\xEF\xBB\xBF# HELP x\r\n"
                            "DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",Hostname=\"h\"} 10 5\r\n"
                            "\r\n"
                            "  DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",Hostname=\"h\"} 20 6\t \r\n"
                            "DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",Hostname=\"h\"} oops 7";
    const TelemetryParseResult result = parse(data);
    QCOMPARE(result.samples.size(), 2);
    QCOMPARE(*result.samples.at(1).gpuUtil, 20.0);
    QCOMPARE(result.samples.at(1).ts, 6);
    QCOMPARE(result.skipped.size(), 1);
    QCOMPARE(result.skipped.at(0).line, 5);
    QCOMPARE(result.linesRead, 5);
}

void TestDcgmParser::specialValues_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reading"); // "-" no reading, "skip" skipped, else the value
    const QByteArray pre = "{gpu=\"0\",Hostname=\"h\"} ";
    QTest::newRow("int32 blank") << "DCGM_FI_DEV_GPU_UTIL" + pre + "2147483632" << u"-"_s;
    QTest::newRow("int32 max") << "DCGM_FI_DEV_POWER_USAGE" + pre + "2147483647" << u"-"_s;
    QTest::newRow("fp64 blank") << "DCGM_FI_DEV_POWER_USAGE" + pre + "140737488355328" << u"-"_s;
    QTest::newRow("int64 blank") << "DCGM_FI_DEV_FB_USED" + pre + "9223372036854775792" << u"-"_s;
    QTest::newRow("bytes blank") << "DCGM_FI_DEV_FB_USED_BYTES" + pre + "1.40737488355328e14"
                                 << u"-"_s;
    QTest::newRow("big bytes") << "DCGM_FI_DEV_FB_USED_BYTES" + pre + "193273528320" << u"184320"_s;
    QTest::newRow("NaN") << "DCGM_FI_DEV_GPU_UTIL" + pre + "NaN" << u"-"_s;
    QTest::newRow("+Inf") << "DCGM_FI_DEV_GPU_UTIL" + pre + "+Inf" << u"-"_s;
    QTest::newRow("exponent") << "DCGM_FI_DEV_POWER_USAGE" + pre + "6.274e2" << u"627.4"_s;
    QTest::newRow("ratio 1") << "dcgm_gpu_utilization_ratio" + pre + "1" << u"100"_s;
    QTest::newRow("percent 101") << "DCGM_FI_DEV_GPU_UTIL" + pre + "101" << u"skip"_s;
    QTest::newRow("hex") << "DCGM_FI_DEV_GPU_UTIL" + pre + "0x10" << u"skip"_s;
}

void TestDcgmParser::specialValues()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reading);
    const TelemetryParseResult result = parse(line);
    if (reading == u"skip"_s) {
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.samples.size(), 0);
        return;
    }
    QCOMPARE(result.skipped.size(), 0);
    if (reading == u"-"_s) {
        QCOMPARE(result.samples.size(), 0);
        return;
    }
    QCOMPARE(result.samples.size(), 1);
    const TelemetrySample &s = result.samples.at(0);
    const std::optional<double> value = s.gpuUtil ? s.gpuUtil : s.powerW ? s.powerW : s.fbUsedMib;
    QVERIFY(value);
    QCOMPARE(*value, reading.toDouble());
}

// A file cut anywhere (a copy still being written) must parse without reading past its end; the
// exact-size buffer lets the sanitizer build see any overrun. Cut mid-line, the last line is
// skipped or read as what it now says.
void TestDcgmParser::everyPrefix()
{
    const QByteArray whole = telemetryFixture(u"dcgm-two-hosts.prom"_s);
    const TelemetryParseResult full = parse(whole);
    for (qsizetype n = 0; n <= whole.size(); ++n) {
        const std::vector<char> buffer(whole.cbegin(), whole.cbegin() + n);
        const TelemetryParseResult cut = parse(QByteArrayView(buffer.data(), n));
        // A number cut short is still a number (another timestamp), so at most one extra sample.
        QVERIFY(cut.samples.size() <= full.samples.size() + 1);
        QVERIFY(cut.skipped.size() <= full.skipped.size() + 1);
        const int lines = int(whole.first(n).count('\n')) + (n > 0 && whole.at(n - 1) != '\n');
        QCOMPARE(cut.linesRead, lines);
    }
}

namespace {

// dcgm-exporter's layout, large enough to be read in two halves: per scrape a block of each
// metric over every GPU of `hosts` hosts.
QByteArray scrapes(int hosts, int count, int firstScrape, const QList<QByteArray> &metrics)
{
    QByteArray out;
    for (int s = firstScrape; s < firstScrape + count; ++s) {
        for (const QByteArray &metric : metrics) {
            out += "# TYPE " + metric + " gauge\n";
            for (int h = 0; h < hosts; ++h) {
                for (int g = 0; g < 8; ++g) {
                    const int v = (s * 7 + h * 3 + g) % 100;
                    const QByteArray value = metric.endsWith("ACTIVE")
                                                 ? QByteArray::number(v / 100.0)
                                                 : QByteArray::number(v);
                    out += metric + "{gpu=\"" + QByteArray::number(g) + "\",UUID=\"GPU-" +
                           QByteArray::number(h * 8 + g) + "\",Hostname=\"host" +
                           QByteArray::number(h) + "\"} " + value + ' ' +
                           QByteArray::number(kT0 + s * 60000LL) + '\n';
                }
            }
        }
    }
    return out;
}

} // namespace

// The importer reads large files as two halves on two threads: the joined result is what one
// pass gives, samples in the same order, skipped lines with their numbers in the whole file.
void TestDcgmParser::twoThreadsReadAsOne_data()
{
    QTest::addColumn<QByteArray>("data");
    const QList<QByteArray> two{"DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_PROF_GR_ENGINE_ACTIVE"};
    QTest::newRow("scrapes in order") << scrapes(200, 16, 0, two);
    // The middle falls between one scrape's two metric blocks: its readings merge across halves.
    QTest::newRow("a scrape cut in two") << scrapes(3500, 1, 0, two);
    // The second half goes back in time over moments of the first, with other values.
    QTest::newRow("back in time") << scrapes(400, 8, 0, two) +
                                         scrapes(400, 8, 4, {"DCGM_FI_DEV_POWER_USAGE"}) +
                                         scrapes(400, 4, 0, {"DCGM_FI_DEV_GPU_UTIL"});
    QByteArray noisy = scrapes(200, 8, 0, two);
    noisy.insert(100, "DCGM_FI_UNKNOWN{gpu=\"0\",Hostname=\"h\"} 1\nbroken line\n");
    noisy += "DCGM_FI_UNKNOWN{gpu=\"0\",Hostname=\"h\"} 2\nDCGM_FI_DEV_GPU_UTIL{gpu=\"x\"} 1\n";
    noisy += scrapes(200, 8, 8, two);
    QTest::newRow("unknown metrics and bad lines in both halves") << noisy;
}

void TestDcgmParser::twoThreadsReadAsOne()
{
    QFETCH(QByteArray, data);
    QVERIFY(data.size() > 4 * 1024 * 1024);
    const TelemetryParseResult one = parse(data);
    const TelemetryParseResult two =
        DcgmParser::parseBatch(data, {kDefaultTs, QString()}).toParseResult();
    QCOMPARE(two.linesRead, one.linesRead);
    QCOMPARE(two.samples.size(), one.samples.size());
    for (qsizetype i = 0; i < one.samples.size(); ++i) {
        if (describe(two.samples[i]) != describe(one.samples[i]))
            QFAIL(qPrintable(u"sample %1: %2 instead of %3"_s.arg(i).arg(
                describe(two.samples[i]), describe(one.samples[i]))));
    }
    QCOMPARE(two.skipped.size(), one.skipped.size());
    for (qsizetype i = 0; i < one.skipped.size(); ++i) {
        QCOMPARE(two.skipped[i].line, one.skipped[i].line);
        QCOMPARE(two.skipped[i].reason, one.skipped[i].reason);
    }
}

QTEST_APPLESS_MAIN(TestDcgmParser)
#include "tst_dcgmparser.moc"
