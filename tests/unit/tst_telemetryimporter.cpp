// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UsageSeed.h"
#include "store/Store.h"
#include "store/UsageRepository.h"
#include "telemetry/TelemetryImporter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

Q_DECLARE_METATYPE(gpudesk::UsageScope)
Q_DECLARE_METATYPE(gpudesk::UsageTier)
Q_DECLARE_METATYPE(gpudesk::UsageMetric)

namespace {

// 2027-03-01 00:00 in Seoul: a whole hour in UTC, so the 5 min and 1 h buckets start here.
const qint64 T0 = seoulMidnight(2027, 3, 1);

QByteArray line(const char *metric, const char *host, int gpu, double value, qint64 ts)
{
    return QByteArray(metric) + "{gpu=\"" + QByteArray::number(gpu) + "\",UUID=\"GPU-" + host +
           QByteArray::number(gpu) + "\",Hostname=\"" + host + "\",modelName=\"NVIDIA B200\"} " +
           QByteArray::number(value) + ' ' + QByteArray::number(ts) + '\n';
}

// First file: a1-01 GPU 0 at T0 (20 %, engine 0.5) and T0+60 s (40 %); an unknown host twice.
QByteArray firstFile()
{
    return "# HELP DCGM_FI_DEV_GPU_UTIL GPU utilization (in %).\n"
           "# TYPE DCGM_FI_DEV_GPU_UTIL gauge\n" +
           line("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0, 20, T0) +
           line("DCGM_FI_PROF_GR_ENGINE_ACTIVE", "a1-01", 0, 0.5, T0) +
           line("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0, 40, T0 + 60000) +
           line("DCGM_FI_DEV_GPU_UTIL", "zz-99", 0, 10, T0) +
           line("DCGM_FI_DEV_GPU_UTIL", "zz-99", 1, 10, T0);
}

// Second file, into the same buckets: GPU 0 at T0+120 s (80 %, 300 W), GPU 1 at T0+120 s
// (60 %), and GPU 0 at T0+6 min (100 %), which falls in the next 5 min bucket.
QByteArray secondFile()
{
    return line("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0, 80, T0 + 120000) +
           line("DCGM_FI_DEV_POWER_USAGE", "a1-01", 0, 300, T0 + 120000) +
           line("DCGM_FI_DEV_GPU_UTIL", "a1-01", 1, 60, T0 + 120000) +
           line("DCGM_FI_DEV_GPU_UTIL", "a1-01", 0, 100, T0 + 360000);
}

// ap-b's grant holds a1-01 from T0+60 s: the first sample belongs to no project.
bool allocate(Store &store)
{
    return exec(store,
                {u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
                 "starts_at, ends_at, status) VALUES ('g-1', 'ap-b', 't-b200', 'pl-b', 1, %1, "
                 "%2, 'active')"_s.arg(T0 + 60000)
                     .arg(T0 + 86400000LL),
                 u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
                 "('al-1', 'g-1', 'n-a1-01', %1, %2)"_s.arg(T0 + 60000)
                     .arg(T0 + 86400000LL)});
}

} // namespace

class TelemetryImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesSamplesAndCountsUnknownHosts()
    {
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        TelemetryImporter importer(*store);
        const TelemetryImportReport r = importer.importDcgm(firstFile(), 0);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.unknownHosts.size(), 1);
        QCOMPARE(r.unknownHosts[0].first, u"zz-99"_s);
        QCOMPARE(r.unknownHosts[0].second, 2);
        QCOMPARE(r.skippedSamples(), 2);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 2);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(u"SELECT d.node_id, d.gpu_index, s.ts, s.gpu_util, s.engine_active, "
                       "s.fb_used_mib FROM usage_samples s JOIN usage_devices d ON d.id = s.device "
                       "ORDER BY s.ts"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"n-a1-01"_s);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toLongLong(), T0);
        QCOMPARE(q.value(3).toDouble(), 20.0);
        QCOMPARE(q.value(4).toDouble(), 0.5);
        QVERIFY(q.value(5).isNull());
        QVERIFY(q.next());
        QVERIFY(q.value(4).isNull());
        // Telemetry stays out of the outbox.
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    }

    void rollups_data()
    {
        QTest::addColumn<UsageTier>("tier");
        QTest::addColumn<UsageScope>("scope");
        QTest::addColumn<QString>("scopeId");
        QTest::addColumn<UsageMetric>("metric");
        QTest::addColumn<qint64>("bucket");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("sum");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("busy");
        // busy seconds per sample (60 s interval): 0.5 engine -> 30; 40 % -> 24; 80 % -> 48;
        // 60 % -> 36; 100 % -> 60. The second file adds into the buckets of the first.
        const UsageTier m5 = UsageTier::FiveMinutes, h = UsageTier::Hour, d = UsageTier::Day;
        const UsageMetric util = UsageMetric::GpuUtil;
        QTest::newRow("5m gpu0 util, both files")
            << m5 << UsageScope::Gpu << u"n-a1-01:0"_s << util << T0 << 3 << 20.0 << 80.0 << 140.0
            << 180.0 << 102.0;
        QTest::newRow("5m gpu0 engine")
            << m5 << UsageScope::Gpu << u"n-a1-01:0"_s << UsageMetric::EngineActive << T0 << 1
            << 0.5 << 0.5 << 0.5 << 180.0 << 102.0;
        QTest::newRow("5m gpu0 power")
            << m5 << UsageScope::Gpu << u"n-a1-01:0"_s << UsageMetric::PowerW << T0 << 1 << 300.0
            << 300.0 << 300.0 << 180.0 << 102.0;
        QTest::newRow("5m gpu0 next bucket")
            << m5 << UsageScope::Gpu << u"n-a1-01:0"_s << util << T0 + 300000 << 1 << 100.0 << 100.0
            << 100.0 << 60.0 << 60.0;
        QTest::newRow("5m gpu1 util") << m5 << UsageScope::Gpu << u"n-a1-01:1"_s << util << T0 << 1
                                      << 60.0 << 60.0 << 60.0 << 60.0 << 36.0;
        QTest::newRow("5m node util, added across files")
            << m5 << UsageScope::Node << u"n-a1-01"_s << util << T0 << 4 << 20.0 << 80.0 << 200.0
            << 240.0 << 138.0;
        QTest::newRow("5m node power")
            << m5 << UsageScope::Node << u"n-a1-01"_s << UsageMetric::PowerW << T0 << 1 << 300.0
            << 300.0 << 300.0 << 240.0 << 138.0;
        QTest::newRow("1h node util") << h << UsageScope::Node << u"n-a1-01"_s << util << T0 << 5
                                      << 20.0 << 100.0 << 300.0 << 300.0 << 198.0;
        // T0 is midnight in Seoul: the day bucket starts there, not at UTC midnight.
        QTest::newRow("1d node util") << d << UsageScope::Node << u"n-a1-01"_s << util << T0 << 5
                                      << 20.0 << 100.0 << 300.0 << 300.0 << 198.0;
        // The project follows the allocation: the T0 sample predates it.
        QTest::newRow("5m project util") << m5 << UsageScope::Project << u"ap-b"_s << util << T0
                                         << 3 << 40.0 << 80.0 << 180.0 << 180.0 << 108.0;
        QTest::newRow("1h project util") << h << UsageScope::Project << u"ap-b"_s << util << T0 << 4
                                         << 40.0 << 100.0 << 280.0 << 240.0 << 168.0;
        QTest::newRow("1h project engine: none held")
            << h << UsageScope::Project << u"ap-b"_s << UsageMetric::EngineActive << T0 << 0 << 0.0
            << 0.0 << 0.0 << 240.0 << 168.0;
        QTest::newRow("1d fleet") << d << UsageScope::Fleet << u""_s << util << T0 << 5 << 20.0
                                  << 100.0 << 300.0 << 300.0 << 198.0;
    }

    void rollups()
    {
        QFETCH(UsageTier, tier);
        QFETCH(UsageScope, scope);
        QFETCH(QString, scopeId);
        QFETCH(UsageMetric, metric);
        QFETCH(qint64, bucket);
        QFETCH(int, n);
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        QVERIFY(allocate(*store));
        TelemetryImporter importer(*store);
        QVERIFY(importer.importDcgm(firstFile(), 0).ok());
        QVERIFY(importer.importDcgm(secondFile(), 0).ok());
        UsageRepository repo(*store);
        UsageSeries series;
        QString error;
        QVERIFY2(repo.series({scope, scopeId, metric, tier, bucket, bucket + 1}, &series, &error),
                 qPrintable(error));
        QCOMPARE(series.buckets.size(), 1);
        const UsageBucket &b = series.buckets.constFirst();
        QCOMPARE(b.n, qint64(n));
        if (n > 0) {
            QTEST(b.min, "min");
            QTEST(b.max, "max");
        }
        QTEST(b.sum, "sum");
        QTEST(b.seconds, "seconds");
        QTEST(b.busySeconds, "busy");
    }

    void allOrNothing()
    {
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        QVERIFY(allocate(*store));
        // Fail the rollup step, after every sample of the file has been inserted.
        QSqlQuery q(store->db());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON usage_series "
                       "WHEN NEW.scope = 'project' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        TelemetryImporter importer(*store);
        const TelemetryImportReport r = importer.importDcgm(secondFile(), 0);
        QVERIFY(!r.ok());
        QVERIFY(r.fatal.contains(u"refused"_s));
        QCOMPARE(r.imported, 0);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 0);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_rollups"_s).toInt(), 0);
        QVERIFY(q.exec(u"DROP TRIGGER temp.refuse"_s));
        QVERIFY(importer.importDcgm(secondFile(), 0).ok());
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 3);
    }

    // A progress function that says stop rolls the whole file back.
    void cancelWritesNothing()
    {
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        TelemetryImporter importer(*store);
        QList<qint64> seen;
        importer.setProgress([&seen](qint64 done, qint64 total) {
            seen << done << total;
            return false;
        });
        const TelemetryImportReport r = importer.importDcgm(firstFile(), 0);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.imported, 0);
        QCOMPARE(seen, (QList<qint64>{0, 4}));
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 0);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_rollups"_s).toInt(), 0);

        // Let through, it reports the end as well.
        seen.clear();
        importer.setProgress([&seen](qint64 done, qint64 total) {
            seen << done << total;
            return true;
        });
        QVERIFY(importer.importDcgm(firstFile(), 0).ok());
        QCOMPARE(seen, (QList<qint64>{0, 4, 4, 4}));
    }

    // On a worker thread's own connection, as the GUI imports; the store hears of the change.
    void importsOnAWorkerConnection()
    {
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        TelemetryImporter importer(*store);
        QString error;
        QVERIFY(importer.load(&error));
        QSignalSpy changed(store.get(), &Store::tablesChanged);
        TelemetryImportReport r;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            {
                QSqlDatabase db = store->openWorkerConnection(u"worker"_s);
                importer.setWorkerConnection(db);
                r = importer.importDcgm(firstFile(), 0);
                importer.setWorkerConnection(QSqlDatabase());
            }
            QSqlDatabase::removeDatabase(u"worker"_s);
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.imported, 2);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 2);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(changed.constFirst().constFirst().value<QSet<QString>>().contains(
            u"usage_rollups"_s));
    }

    void nvidiaSmiUsesTheSiteZone()
    {
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        TelemetryImporter importer(*store);
        const QByteArray csv = "2027/03/01 09:00:00.000, NVIDIA B200, GPU-x, 00000000:1B:00.0, 3, "
                               "75, 1024, 183359, 700.00\n";
        const TelemetryImportReport r = importer.importNvidiaSmi(csv, u"A1-02"_s);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.imported, 1);
        // 09:00 in Seoul.
        QCOMPARE(scalar(store->db(), u"SELECT s.ts FROM usage_samples s JOIN usage_devices d "
                                     "ON d.id = s.device WHERE d.node_id = 'n-a1-02' "
                                     "AND d.gpu_index = 3"_s)
                     .toLongLong(),
                 T0 + 9 * 3600000LL);
        const TelemetryImportReport unknown = importer.importNvidiaSmi(csv, u"nowhere"_s);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.fatal.contains(u"nowhere"_s));
    }
};

QTEST_GUILESS_MAIN(TelemetryImporterTest)
#include "tst_telemetryimporter.moc"
