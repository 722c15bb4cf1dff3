// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UsageSeed.h"
#include "store/UsageMaintenance.h"
#include "store/UsageRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

using Files = QList<QList<TelemetrySample>>;
Q_DECLARE_METATYPE(Files)
Q_DECLARE_METATYPE(QList<gpudesk::TelemetrySample>)

namespace {

const qint64 T0 = kUsageT0;

TelemetrySample mig(const char *host, int gpu, const char *instance, const char *profile, qint64 ts,
                    double engine, double fb)
{
    TelemetrySample s = usageSample(host, gpu, ts, {}, engine);
    s.migInstance = QString::fromLatin1(instance);
    s.migProfile = QString::fromLatin1(profile);
    s.fbUsedMib = fb;
    s.powerW = 400;
    return s;
}

// The seed with one reading changed.
QList<TelemetrySample> seedWith(int index, double util)
{
    QList<TelemetrySample> samples = usageSeedSamples();
    samples[index].gpuUtil = util;
    return samples;
}

std::unique_ptr<Store> openAllocated(const QTemporaryDir &dir)
{
    auto store = openWithFleet(dir);
    if (store && !allocateUsageSeed(*store))
        store.reset();
    return store;
}

TelemetryImportReport importAll(Store &store, const QList<TelemetrySample> &samples)
{
    TelemetryImporter importer(store);
    importer.setRetention(false);
    return importer.importSamples(samples);
}

} // namespace

class UsageStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Files imported one after the other leave exactly what one import of their result leaves:
    // the same samples and the same rollups, bucket by bucket.
    void reimport_data()
    {
        QTest::addColumn<Files>("files");
        QTest::addColumn<QList<TelemetrySample>>("result");
        QTest::addColumn<int>("imported"); // by the last file
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("replaced");
        const QList<TelemetrySample> seed = usageSeedSamples();
        QTest::newRow("the same file twice") << Files{seed, seed} << seed << 0 << 7 << 0;
        QTest::newRow("a corrected reading inside the buckets' range")
            << Files{seed, seedWith(1, 45)} << seedWith(1, 45) << 1 << 6 << 1;
        QTest::newRow("a corrected minimum") // 20 was the minimum of the node, project, cluster
            << Files{seed, seedWith(0, 95)} << seedWith(0, 95) << 1 << 6 << 1;
        QTest::newRow("a corrected maximum on the next Seoul day's UTC side")
            << Files{seed, seedWith(6, 5)} << seedWith(6, 5) << 1 << 6 << 1;
        QList<TelemetrySample> more = {usageSample("a1-01", 2, T0 + kMinute, 70),
                                       usageSample("a1-02", 0, T0 + kMinute, 30)};
        QList<TelemetrySample> corrected = {usageSample("a1-01", 0, T0 + kMinute, 41)};
        corrected += more;
        QList<TelemetrySample> result = seedWith(1, 41) + more;
        QTest::newRow("new readings beside a correction in the same buckets")
            << Files{seed, corrected} << result << 3 << 0 << 1;
        QTest::newRow("new readings into stored buckets")
            << Files{seed, more} << seed + more << 2 << 0 << 0;
        QList<TelemetrySample> twice = seed;
        twice.append(seed[2]);
        QTest::newRow("a reading twice in one file") << Files{twice} << seed << 7 << 1 << 0;
        // MIG instances of a1-02 GPU 5 (profiles without a share: a plain mean), arriving in two
        // files: the GPU's reading combines them whichever file brought which.
        const QList<TelemetrySample> first = {mig("a1-02", 5, "1", "", T0, 0.5, 1000),
                                              mig("a1-02", 5, "1", "", T0 + kMinute, 0.25, 1000)};
        const QList<TelemetrySample> second = {mig("a1-02", 5, "2", "", T0, 0.25, 3000),
                                               mig("a1-02", 5, "2", "", T0 + kMinute, 1, 500)};
        QTest::newRow("MIG instances across files")
            << Files{seed, first, second} << seed + first + second << 2 << 0 << 0;
        QTest::newRow("MIG instance corrected")
            << Files{first + second, {mig("a1-02", 5, "2", "", T0, 0.75, 3000)}}
            << QList<TelemetrySample>{first[0], first[1], mig("a1-02", 5, "2", "", T0, 0.75, 3000),
                                      second[1]}
            << 1 << 0 << 1;
    }

    void reimport()
    {
        QFETCH(Files, files);
        QFETCH(QList<TelemetrySample>, result);
        QTemporaryDir dir;
        auto store = openAllocated(dir);
        QVERIFY(store);
        TelemetryImportReport last;
        for (const auto &file : std::as_const(files)) {
            last = importAll(*store, file);
            QVERIFY2(last.ok(), qPrintable(last.fatal));
        }
        QTEST(last.imported, "imported");
        QTEST(last.duplicates, "duplicates");
        QTEST(last.replaced, "replaced");

        QTemporaryDir freshDir;
        auto fresh = openAllocated(freshDir);
        QVERIFY(fresh);
        QVERIFY(importAll(*fresh, result).ok());
        const QStringList expected = usageDump(*fresh);
        QVERIFY(expected.size() > 10);
        QCOMPARE(usageDump(*store), expected);
    }

    // An instance's share of the GPU weighs its engine activity; memory adds up; power is the
    // board's, repeated by every instance.
    void migRollsUpIntoItsGpu()
    {
        QTemporaryDir dir;
        auto store = openAllocated(dir);
        QVERIFY(store);
        const TelemetryImportReport r =
            importAll(*store, {mig("a1-01", 3, "1", "3g.90gb", T0, 0.7, 1000),
                               mig("a1-01", 3, "2", "4g.90gb", T0, 0.35, 2000)});
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.migSamples, 2);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_devices WHERE node_id = "
                                     "'n-a1-01' AND gpu_index = 3"_s)
                     .toInt(),
                 2);
        UsageRepository repo(*store);
        QString error;
        UsageSeries engine, fb, power;
        QVERIFY(repo.series({UsageScope::Gpu, u"n-a1-01:3"_s, UsageMetric::EngineActive,
                             UsageTier::FiveMinutes, T0, T0 + kHour},
                            &engine, &error));
        QCOMPARE(engine.buckets.size(), 1);
        QCOMPARE(engine.buckets[0].n, 1);
        QVERIFY(qFuzzyCompare(engine.buckets[0].sum, 3.0 / 7 * 0.7 + 4.0 / 7 * 0.35));
        QCOMPARE(engine.buckets[0].seconds, 60.0);
        QVERIFY(repo.series({UsageScope::Node, u"n-a1-01"_s, UsageMetric::FbUsedMib,
                             UsageTier::Hour, T0, T0 + kHour},
                            &fb, &error));
        QCOMPARE(fb.buckets.size(), 1);
        QCOMPARE(fb.buckets[0].n, 1);
        QCOMPARE(fb.buckets[0].sum, 3000.0);
        QVERIFY(repo.series(
            {UsageScope::Fleet, u""_s, UsageMetric::PowerW, UsageTier::Day, T0, T0 + kDay}, &power,
            &error));
        QCOMPARE(power.buckets.size(), 1);
        QCOMPARE(power.buckets[0].sum, 400.0);
    }

    // Allocations changed after the import: a rebuild of the range gives what an import under
    // the new allocations gives.
    void rebuildAfterAllocationsChange()
    {
        QTemporaryDir dir;
        auto store = openAllocated(dir);
        QVERIFY(store);
        QVERIFY(importAll(*store, usageSeedSamples()).ok());
        const QStringList change{
            u"UPDATE allocations SET starts_at = %1 WHERE id = 'al-1'"_s.arg(T0),
            u"DELETE FROM allocations WHERE id = 'al-4'"_s};
        QVERIFY(exec(*store, change));
        UsageMaintenance maintenance(*store);
        UsageRebuildReport report;
        QString error;
        QVERIFY2(maintenance.rebuild(T0 - kDay, T0 + 2 * kDay, &report, &error), qPrintable(error));
        QCOMPARE(report.samples, 7);
        QCOMPARE(report.fromMs, T0); // clamped to the first day with samples

        QTemporaryDir freshDir;
        auto fresh = openAllocated(freshDir);
        QVERIFY(fresh);
        QVERIFY(exec(*fresh, change));
        QVERIFY(importAll(*fresh, usageSeedSamples()).ok());
        QCOMPARE(usageDump(*store), usageDump(*fresh));

        UsageSeries s;
        QVERIFY(UsageRepository(*store).series(
            {UsageScope::Project, u"ap-b"_s, UsageMetric::GpuUtil, UsageTier::Day, T0, T0 + kDay},
            &s, &error));
        QCOMPARE(s.buckets.size(), 1);
        QCOMPARE(s.buckets[0].n, 5); // s1 now counts for ap-b too
    }

    // The standalone rebuild reads half of the GPUs on a second connection: a GPU's MIG
    // instances stay on one side, and rebuilding what an import made changes nothing.
    void rebuildChangesNothingAfterAnImport()
    {
        QTemporaryDir dir;
        auto store = openAllocated(dir);
        QVERIFY(store);
        QList<TelemetrySample> samples = usageSeedSamples();
        for (const char *host : {"a1-01", "a2-03", "b2-04"}) {
            for (int i = 0; i < 3; ++i) {
                samples << mig(host, 6, "1", "", T0 + i * kMinute, 0.5, 1000)
                        << mig(host, 6, "2", "", T0 + i * kMinute, 0.25, 2000)
                        << usageSample(host, 7, T0 + i * kMinute, 30 + i);
            }
        }
        QVERIFY(importAll(*store, samples).ok());
        const QStringList before = usageDump(*store);
        UsageRebuildReport report;
        QString error;
        QVERIFY2(UsageMaintenance(*store).rebuild(T0, T0 + kDay, &report, &error),
                 qPrintable(error));
        QCOMPARE(report.samples, 7 + 3 * 3 * 2);
        QCOMPARE(usageDump(*store), before);
    }

    void rebuildOfNothing()
    {
        QTemporaryDir dir;
        auto store = openAllocated(dir);
        QVERIFY(store);
        UsageRebuildReport report;
        QString error;
        QVERIFY(UsageMaintenance(*store).rebuild(T0, T0 + kDay, &report, &error));
        QCOMPARE(report.samples, 0);
        QCOMPARE(report.rollupRows, 0);
    }

    void prune_data()
    {
        QTest::addColumn<int>("ageDays");      // of the old readings, before the newest one
        QTest::addColumn<int>("samples");      // left
        QTest::addColumn<QStringList>("kept"); // "scope tier" of the old readings' rollups
        QTest::newRow("6 days: everything kept")
            << 6 << 2 << QStringList{u"fleet 1d"_s, u"fleet 1h"_s, u"fleet 5m"_s,
                                     u"node 1d"_s,  u"node 1h"_s,  u"node 5m"_s};
        QTest::newRow("7 days: samples and 5 minutes gone")
            << 7 << 1 << QStringList{u"fleet 1d"_s, u"fleet 1h"_s, u"node 1d"_s, u"node 1h"_s};
        QTest::newRow("29 days: node hours kept")
            << 29 << 1 << QStringList{u"fleet 1d"_s, u"fleet 1h"_s, u"node 1d"_s, u"node 1h"_s};
        QTest::newRow("30 days: node hours gone")
            << 30 << 1 << QStringList{u"fleet 1d"_s, u"fleet 1h"_s, u"node 1d"_s};
        QTest::newRow("365 days: days and other hours kept")
            << 365 << 1 << QStringList{u"fleet 1d"_s, u"fleet 1h"_s, u"node 1d"_s};
        QTest::newRow("366 days: all gone") << 366 << 1 << QStringList{};
    }

    void prune()
    {
        QFETCH(int, ageDays);
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        // In the past, so the wall clock does not bound the reference.
        const qint64 newest = seoulMidnight(2025, 6, 1) + 12 * kHour;
        const qint64 old = newest - ageDays * kDay;
        TelemetryImporter importer(*store);
        const TelemetryImportReport r = importer.importSamples(
            {usageSample("a2-01", 0, old, 50), usageSample("a2-02", 0, newest, 70)});
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QTEST(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), "samples");
        QSqlQuery q(store->db());
        q.prepare(u"SELECT DISTINCT s.scope || ' ' || CASE r.tier WHEN 0 THEN '5m' WHEN 1 THEN "
                  "'1h' ELSE '1d' END FROM usage_rollups r JOIN usage_series s ON s.id = r.series "
                  "WHERE r.bucket < ? AND s.scope IN ('node', 'fleet') ORDER BY 1"_s);
        q.addBindValue(usageBucketStart(UsageTier::Day, newest));
        QVERIFY(q.exec());
        QStringList kept;
        while (q.next())
            kept << q.value(0).toString();
        QTEST(kept, "kept");
        // The newest readings are never pruned.
        UsageSeries s;
        QString error;
        QVERIFY(
            UsageRepository(*store).series({UsageScope::Node, u"n-a2-02"_s, UsageMetric::GpuUtil,
                                            UsageTier::FiveMinutes, newest, newest + kHour},
                                           &s, &error));
        QCOMPARE(s.buckets.size(), 1);
    }

    // Pruning counts from the newest telemetry, not the wall clock: an old profile keeps it all.
    void pruneReference()
    {
        QTemporaryDir dir;
        auto store = openWithFleet(dir);
        QVERIFY(store);
        const qint64 past = seoulMidnight(2020, 5, 1);
        QVERIFY(importAll(*store, {usageSample("a2-01", 0, past, 50)}).ok());
        UsageMaintenance maintenance(*store);
        QCOMPARE(maintenance.referenceMs(), past + 5 * kMinute);
        UsagePruneReport report;
        QString error;
        QVERIFY(maintenance.prune(maintenance.referenceMs(), {}, &report, &error));
        QCOMPARE(report.samples, 0);
        QCOMPARE(report.rollups, 0);
        QCOMPARE(report.recentCutoffMs, seoulMidnight(2020, 4, 25));
        QCOMPARE(report.nodeHourCutoffMs, seoulMidnight(2020, 4, 2));
    }
};

QTEST_GUILESS_MAIN(UsageStoreTest)
#include "tst_usagestore.moc"
