// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection on the fixtures and on near misses.
#include "telemetry/TelemetryFormat.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class tst_TelemetryFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void lines_data();
    void lines();
};

void tst_TelemetryFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("dcgm") << u"dcgm-two-hosts.prom"_s << u"dcgm"_s;
    QTest::newRow("smi units") << u"nvidia-smi-units.csv"_s << u"nvidia-smi"_s;
    QTest::newRow("smi nounits") << u"nvidia-smi-nounits.csv"_s << u"nvidia-smi"_s;
    QTest::newRow("sacct") << u"sacct.txt"_s << u"sacct"_s;
}

void tst_TelemetryFormat::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFile f(QStringLiteral(GPUDESK_TEST_DATA "/telemetry/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(telemetryFormatKey(detectTelemetryFormat(f.read(8192))), format);
}

void tst_TelemetryFormat::lines_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QTest::newRow("blank lines first")
        << QByteArray("\n\n  \nDCGM_FI_DEV_GPU_UTIL{gpu=\"0\"} 5\n") << u"dcgm"_s;
    QTest::newRow("renamed metric, no HELP")
        << QByteArray("dcgm_gpu_utilization{gpu=\"0\",hostname=\"a\"} 0.5 1764028800000\n")
        << u"dcgm"_s;
    QTest::newRow("sacct header")
        << QByteArray("JobIDRaw|Account|State|Start|End|ElapsedRaw|AllocTRES|NodeList\n")
        << u"sacct"_s;
    QTest::newRow("sacct array job")
        << QByteArray("1001_3|acct|COMPLETED|2025-11-24T10:00:00|2025-11-24T12:00:00|7200|"
                      "gres/gpu=8|gpu-a01\n")
        << u"sacct"_s;
    QTest::newRow("spreadsheet CSV")
        << QByteArray("code,title,organisation\nA-1,x,y\n") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString();
}

void tst_TelemetryFormat::lines()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    QCOMPARE(telemetryFormatKey(detectTelemetryFormat(head)), format);
}

QTEST_GUILESS_MAIN(tst_TelemetryFormat)
#include "tst_telemetryformat.moc"
