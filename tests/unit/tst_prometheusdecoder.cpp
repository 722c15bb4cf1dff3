// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TelemetryFixture.h"
#include "telemetry/PrometheusDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gpudesk::PrometheusDecoder;
using gpudesk::PrometheusDecodeResult;
using gpudesk::SkippedLine;
using gpudesk::TelemetrySample;
using testing::readingText;

namespace {

constexpr qint64 kT0 = 1764028800000; // 2025-11-25 00:00 UTC

// "host gpu mig/profile +seconds model uuid | util engine fbUsed power" for compact tables.
QString describe(const TelemetrySample &s)
{
    return u"%1 %2 %3/%4 +%5 %6 %7 | %8 %9 %10 %11"_s
        .arg(s.hostname, QString::number(s.gpu), s.migInstance, s.migProfile,
             QString::number(double(s.ts - kT0) / 1000.0), s.modelName, s.uuid,
             readingText(s.gpuUtil), readingText(s.engineActive))
        .arg(readingText(s.fbUsedMib), readingText(s.powerW));
}

// One series of a matrix answer: labels as JSON members, values as [seconds-after-T0, "text"].
QByteArray series(const QByteArray &labels, const QList<QPair<double, QByteArray>> &values)
{
    QByteArray out = "{\"metric\":{" + labels + "},\"values\":[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '[' + QByteArray::number(double(kT0) / 1000.0 + values[i].first, 'f', 3) + ",\"" +
               values[i].second + "\"]";
    }
    return out + "]}";
}

QByteArray matrix(const QList<QByteArray> &seriesList)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (qsizetype i = 0; i < seriesList.size(); ++i) {
        if (i)
            out += ',';
        out += seriesList[i];
    }
    return out + "]}}";
}

QByteArray gpuLabels(const char *metric, const char *host, int gpu, const char *extra = "")
{
    return QByteArray("\"__name__\":\"") + metric + "\",\"Hostname\":\"" + host + "\",\"gpu\":\"" +
           QByteArray::number(gpu) + "\",\"UUID\":\"GPU-" + host + '-' + QByteArray::number(gpu) +
           "\",\"modelName\":\"NVIDIA B200\",\"job\":\"dcgm\"" + extra;
}

} // namespace

class TestPrometheusDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void errors_data();
    void errors();
    void everyPrefix();
};

void TestPrometheusDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QStringList>("skipped");
    QTest::addColumn<int>("seriesCount");
    QTest::addColumn<int>("points");

    QTest::newRow("several series merge per GPU and moment")
        << matrix({series(gpuLabels("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0), {{0, "87"}, {60, "90"}}),
                   series(gpuLabels("DCGM_FI_DEV_POWER_USAGE", "a1-01", 0),
                          {{0, "627.4"}, {60, "630"}}),
                   series(gpuLabels("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "a1-01", 0),
                          {{0, "0.812345"}}),
                   series(gpuLabels("DCGM_FI_DEV_FB_USED", "a1-01", 1), {{0, "32362"}}),
                   series(gpuLabels("DCGM_FI_DEV_GPU_UTIL", "a1-02", 0), {{0, "5"}})})
        << QStringList{u"a1-01 0 / +0 NVIDIA B200 GPU-a1-01-0 | 87 0.812345 - 627.4"_s,
                       u"a1-01 0 / +60 NVIDIA B200 GPU-a1-01-0 | 90 - - 630"_s,
                       u"a1-01 1 / +0 NVIDIA B200 GPU-a1-01-1 | - - 32362 -"_s,
                       u"a1-02 0 / +0 NVIDIA B200 GPU-a1-02-0 | 5 - - -"_s}
        << QStringList() << 5 << 7;

    QTest::newRow("MIG instances stay apart")
        << matrix({series(gpuLabels("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "b1-01", 0,
                                    ",\"GPU_I_ID\":\"1\",\"GPU_I_PROFILE\":\"3g.71gb\""),
                          {{0, "0.25"}}),
                   series(gpuLabels("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "b1-01", 0,
                                    ",\"GPU_I_ID\":\"2\",\"GPU_I_PROFILE\":\"3g.71gb\""),
                          {{0, "0.75"}}),
                   series(gpuLabels("DCGM_FI_DEV_FB_USED", "b1-01", 0,
                                    ",\"GPU_I_ID\":\"2\",\"GPU_I_PROFILE\":\"3g.71gb\""),
                          {{0, "1024"}})})
        << QStringList{u"b1-01 0 1/3g.71gb +0 NVIDIA B200 GPU-b1-01-0 | - 0.25 - -"_s,
                       u"b1-01 0 2/3g.71gb +0 NVIDIA B200 GPU-b1-01-0 | - 0.75 1024 -"_s}
        << QStringList() << 3 << 3;

    QTest::newRow("NaN, infinities and DCGM blanks are no reading")
        << matrix({series(gpuLabels("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0),
                          {{0, "NaN"}, {60, "+Inf"}, {120, "2147483632"}, {180, "40"}}),
                   series(gpuLabels("DCGM_FI_DEV_FB_USED_BYTES", "a1-01", 0),
                          {{180, "140737488355328"}, {240, "-Inf"}}),
                   series(gpuLabels("DCGM_FI_DEV_POWER_USAGE", "a1-01", 0),
                          {{180, "9223372036854775792"}})})
        << QStringList{u"a1-01 0 / +180 NVIDIA B200 GPU-a1-01-0 | 40 - - -"_s} << QStringList()
        << 3 << 7;

    QTest::newRow("renamed metrics in ratios and bytes, lower-case hostname")
        << matrix({series("\"__name__\":\"DCGM_FI_DEV_GPU_UTIL_RATIO\",\"hostname\":\"b1-02\","
                          "\"gpu\":\"3\",\"UUID\":\"GPU-x\"",
                          {{0, "0.5"}}),
                   series("\"__name__\":\"dcgm_fb_used_bytes\",\"hostname\":\"b1-02\","
                          "\"gpu\":\"3\",\"UUID\":\"GPU-x\"",
                          {{0, "2147483648"}}),
                   series("\"__name__\":\"dcgm_gr_engine_active_ratio\",\"hostname\":\"b1-02\","
                          "\"gpu\":\"3\",\"UUID\":\"GPU-x\"",
                          {{0, "1e-1"}}),
                   series("\"__name__\":\"dcgm_power_usage_watts\",\"hostname\":\"b1-02\","
                          "\"gpu\":\"3\",\"UUID\":\"GPU-x\"",
                          {{0, "+700.5"}})})
        << QStringList{u"b1-02 3 / +0  GPU-x | 50 0.1 2048 700.5"_s} << QStringList() << 4 << 4;

    QTest::newRow("fractional seconds round to the millisecond")
        << matrix({series(gpuLabels("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0), {{0.5, "1"}, {1.001, "2"}})})
        << QStringList{u"a1-01 0 / +0.5 NVIDIA B200 GPU-a1-01-0 | 1 - - -"_s,
                       u"a1-01 0 / +1.001 NVIDIA B200 GPU-a1-01-0 | 2 - - -"_s}
        << QStringList() << 1 << 2;

    QTest::newRow("impossible values and broken points counted per series")
        << matrix({series(gpuLabels("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "a1-01", 0),
                          {{0, "1.4"}, {60, "0.5"}, {120, "-0.1"}}),
                   series(gpuLabels("DCGM_FI_DEV_GPU_UTIL", "a1-01", 1),
                          {{0, "eighty"}, {60, ""}, {120, "12"}})})
        << QStringList{u"a1-01 0 / +60 NVIDIA B200 GPU-a1-01-0 | - 0.5 - -"_s,
                       u"a1-01 1 / +120 NVIDIA B200 GPU-a1-01-1 | 12 - - -"_s}
        << QStringList{u"1 DCGM_FI_PROF_GR_ENGINE_ACTIVE a1-01 GPU 0: 2 value(s) are outside the "
                       "possible range for this metric."_s,
                       u"2 DCGM_FI_DEV_GPU_UTIL a1-01 GPU 1: 2 point(s) are not a [time, "
                       "\"value\"] pair with a number."_s}
        << 2 << 4;

    QTest::newRow("huge numbers: times past the year 9999, values past double")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                      R"({"metric":{"__name__":"DCGM_FI_DEV_FB_USED","Hostname":"a1-01","gpu":"0"},)"
                      R"("values":[[1e300,"5"],[-1,"5"],[1764028800,"1e999"],)"
                      R"([1764028800,"1.7976931348623157e308"],[1764028860,"123456789"],)"
                      R"([1764028920,"99999999999999999999999999"]]}]}})")
        << QStringList{u"a1-01 0 / +60   | - - 123456789 -"_s}
        << QStringList{u"1 DCGM_FI_DEV_FB_USED a1-01 GPU 0: 3 point(s) are not a [time, "
                       "\"value\"] pair with a number."_s}
        << 1 << 3;

    QTest::newRow("series the importer cannot place")
        << matrix({series("\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"gpu\":\"0\"", {{0, "1"}}),
                   series("\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"Hostname\":\"h\"", {{0, "1"}}),
                   series("\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"Hostname\":\"h\",\"gpu\":\"x\"",
                          {{0, "1"}}),
                   series("\"__name__\":\"DCGM_FI_DEV_SM_CLOCK\",\"Hostname\":\"h\",\"gpu\":\"0\"",
                          {{0, "1"}}),
                   series("\"Hostname\":\"h\",\"gpu\":\"0\"", {{0, "1"}}),
                   series("\"__name__\":\"DCGM_FI_DEV_GPU_UTIL\",\"Hostname\":\"h\",\"UUID\":\"GPU-u\"",
                          {{0, "7"}})})
        << QStringList{u"h -1 / +0  GPU-u | 7 - - -"_s}
        << QStringList{
               u"1 DCGM_FI_DEV_GPU_UTIL GPU 0: the series has no Hostname label, so its node is "
               "unknown."_s,
               u"2 DCGM_FI_DEV_GPU_UTIL h: the series has neither a gpu nor a UUID label."_s,
               u"3 DCGM_FI_DEV_GPU_UTIL h GPU x: the gpu label is not a GPU index."_s,
               u"4 DCGM_FI_DEV_SM_CLOCK h GPU 0: the metric is not one gpudesk stores."_s,
               u"5 (no metric name) h GPU 0: the metric is not one gpudesk stores."_s}
        << 6 << 1;

    QTest::newRow("no series") << matrix({}) << QStringList() << QStringList() << 0 << 0;

    QTest::newRow("a series without values")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                      R"({"metric":{"__name__":"DCGM_FI_DEV_GPU_UTIL","Hostname":"h","gpu":"0"}}]}})")
        << QStringList()
        << QStringList{u"1 DCGM_FI_DEV_GPU_UTIL h GPU 0: the series has no list of values."_s}
        << 1 << 0;
}

void TestPrometheusDecoder::decode()
{
    QFETCH(QByteArray, body);
    const PrometheusDecodeResult r = PrometheusDecoder::decode(body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList got;
    for (const TelemetrySample &s : r.samples)
        got << describe(s);
    QTEST(got, "samples");
    QStringList skipped;
    for (const SkippedLine &s : r.skipped)
        skipped << QString::number(s.line) + u' ' + s.reason;
    QTEST(skipped, "skipped");
    QTEST(r.series, "seriesCount");
    QTEST(r.points, "points");
}

void TestPrometheusDecoder::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("Prometheus error body")
        << QByteArray(R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:14: parse error: unexpected character"})")
        << u"bad_data"_s << u"invalid parameter \"query\": 1:14: parse error"_s;
    QTest::newRow("too many points")
        << QByteArray(R"x({"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"})x")
        << u"bad_data"_s << u"11,000 points"_s;
    QTest::newRow("error without message") << QByteArray(R"({"status":"error"})") << QString()
                                           << u"without a message"_s;
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)")
        << QString() << u"not valid JSON"_s;
    QTest::newRow("HTML error page") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                     << QString() << u"not valid JSON"_s;
    QTest::newRow("empty body") << QByteArray() << QString() << u"not valid JSON"_s;
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << QString()
                                << u"not a Prometheus answer"_s;
    QTest::newRow("no status") << QByteArray(R"({"data":{}})") << QString()
                               << u"no \"status\": \"success\""_s;
    QTest::newRow("instant vector instead of matrix")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})")
        << QString() << u"type \"vector\""_s;
}

void TestPrometheusDecoder::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorContains);
    const PrometheusDecodeResult r = PrometheusDecoder::decode(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    QTEST(r.errorType, "errorType");
    QVERIFY(r.samples.isEmpty());
}

// Every truncation of a good answer is either read or refused with a message: never a crash.
void TestPrometheusDecoder::everyPrefix()
{
    const QByteArray body =
        matrix({series(gpuLabels("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0,
                                 ",\"GPU_I_ID\":\"1\",\"GPU_I_PROFILE\":\"1g.23gb\""),
                       {{0, "87"}, {60, "NaN"}}),
                series(gpuLabels("DCGM_FI_DEV_FB_USED_BYTES", "a1-01", 1), {{0, "1e9"}})});
    for (qsizetype n = 0; n <= body.size(); ++n) {
        const PrometheusDecodeResult r = PrometheusDecoder::decode(body.left(n));
        QVERIFY(r.ok() || !r.error.isEmpty());
        if (n == body.size())
            QCOMPARE(r.samples.size(), 2);
    }
}

QTEST_APPLESS_MAIN(TestPrometheusDecoder)
#include "tst_prometheusdecoder.moc"
