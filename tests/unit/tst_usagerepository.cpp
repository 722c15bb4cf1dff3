// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/UsageSeed.h"
#include "store/UsageRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

Q_DECLARE_METATYPE(gpudesk::UsageScope)
Q_DECLARE_METATYPE(gpudesk::UsageTier)
Q_DECLARE_METATYPE(gpudesk::UsageMetric)
Q_DECLARE_METATYPE(gpudesk::BusySource)

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 12);
}

// "start n min max sum seconds busy" per bucket, starts in minutes after T0.
QString describe(const UsageBucket &b)
{
    return QStringList{QString::number((b.startMs - kUsageT0) / kMinute),
                       QString::number(b.n),
                       num(b.n > 0 ? b.min : 0),
                       num(b.n > 0 ? b.max : 0),
                       num(b.sum),
                       num(b.seconds),
                       num(b.busySeconds)}
        .join(u' ');
}

} // namespace

class UsageRepositoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = openWithFleet(m_dir);
        QVERIFY(m_store);
        QVERIFY(allocateUsageSeed(*m_store));
        TelemetryImporter importer(*m_store);
        importer.setRetention(false);
        const TelemetryImportReport r = importer.importSamples(usageSeedSamples());
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.imported, 7);
    }

    void series_data()
    {
        QTest::addColumn<UsageScope>("scope");
        QTest::addColumn<QString>("id");
        QTest::addColumn<UsageMetric>("metric");
        QTest::addColumn<UsageTier>("tier");
        QTest::addColumn<qint64>("from"); // minutes after T0
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("buckets");
        const UsageMetric util = UsageMetric::GpuUtil;
        const UsageTier m5 = UsageTier::FiveMinutes, h = UsageTier::Hour, d = UsageTier::Day;
        const qint64 day = 24 * 60;
        QTest::newRow("gpu 5m: two buckets")
            << UsageScope::Gpu << u"n-a1-01:0"_s << util << m5 << 0LL << 60LL
            << QStringList{u"0 2 20 40 60 120 54"_s, u"5 1 100 100 100 60 60"_s};
        QTest::newRow("gpu 1h") << UsageScope::Gpu << u"n-a1-01:0"_s << util << h << 0LL << 60LL
                                << QStringList{u"0 3 20 100 160 180 114"_s};
        QTest::newRow("gpu 1d") << UsageScope::Gpu << u"n-a1-01:0"_s << util << d << 0LL << day
                                << QStringList{u"0 3 20 100 160 180 114"_s};
        QTest::newRow("gpu range starts inside a bucket: only later ones")
            << UsageScope::Gpu << u"n-a1-01:0"_s << util << m5 << 1LL << 60LL
            << QStringList{u"5 1 100 100 100 60 60"_s};
        QTest::newRow("node 5m") << UsageScope::Node << u"n-a1-01"_s << util << m5 << 0LL << 5LL
                                 << QStringList{u"0 3 20 60 120 180 90"_s};
        QTest::newRow("node 1h") << UsageScope::Node << u"n-a1-01"_s << util << h << 0LL << 60LL
                                 << QStringList{u"0 4 20 100 220 240 150"_s};
        QTest::newRow("node 1d") << UsageScope::Node << u"n-a1-01"_s << util << d << 0LL << day
                                 << QStringList{u"0 4 20 100 220 240 150"_s};
        QTest::newRow("node engine: one reading, busy of all")
            << UsageScope::Node << u"n-a1-01"_s << UsageMetric::EngineActive << h << 0LL << 60LL
            << QStringList{u"0 1 0.5 0.5 0.5 240 150"_s};
        QTest::newRow("node without power: busy figures only")
            << UsageScope::Node << u"n-a1-01"_s << UsageMetric::PowerW << h << 0LL << 60LL
            << QStringList{u"0 0 0 0 0 240 150"_s};
        QTest::newRow("project follows the allocation")
            << UsageScope::Project << u"ap-b"_s << util << m5 << 0LL << 60LL
            << QStringList{u"0 3 40 80 180 180 108"_s, u"5 1 100 100 100 60 60"_s};
        QTest::newRow("project 1h") << UsageScope::Project << u"ap-b"_s << util << h << 0LL << 60LL
                                    << QStringList{u"0 4 40 100 280 240 168"_s};
        QTest::newRow("project power")
            << UsageScope::Project << u"ap-b"_s << UsageMetric::PowerW << h << 0LL << 60LL
            << QStringList{u"0 1 500 500 500 240 168"_s};
        QTest::newRow("cluster 5m") << UsageScope::Cluster << u"cl-b"_s << util << m5 << 0LL << 5LL
                                    << QStringList{u"0 4 20 80 200 240 138"_s};
        QTest::newRow("cluster Seoul day holds the next UTC day")
            << UsageScope::Cluster << u"cl-b"_s << util << d << 0LL << day
            << QStringList{u"0 6 20 100 350 360 213"_s};
        QTest::newRow("no day bucket at UTC midnight")
            << UsageScope::Cluster << u"cl-b"_s << util << d << 60LL << day << QStringList{};
        QTest::newRow("other cluster") << UsageScope::Cluster << u"cl-h"_s << util << h << 0LL
                                       << 60LL << QStringList{u"0 1 10 10 10 60 6"_s};
        QTest::newRow("provider day") << UsageScope::Provider << u"pv-k"_s << util << d << 0LL
                                      << day << QStringList{u"0 7 10 100 360 420 219"_s};
        QTest::newRow("pool 1h") << UsageScope::Pool << u"pl-b"_s << util << h << 0LL << 60LL
                                 << QStringList{u"0 5 20 100 300 300 198"_s};
        QTest::newRow("pool hours") << UsageScope::Pool << u"pl-nat"_s << util << h << 0LL << day
                                    << QStringList{u"600 1 50 50 50 60 15"_s};
        QTest::newRow("fleet 5m") << UsageScope::Fleet << u""_s << util << m5 << 0LL << 5LL
                                  << QStringList{u"0 5 10 80 210 300 144"_s};
        QTest::newRow("fleet 1h, both hours")
            << UsageScope::Fleet << u""_s << util << h << 0LL << day
            << QStringList{u"0 6 10 100 310 360 204"_s, u"600 1 50 50 50 60 15"_s};
        QTest::newRow("fleet day") << UsageScope::Fleet << u""_s << util << d << 0LL << day
                                   << QStringList{u"0 7 10 100 360 420 219"_s};
        QTest::newRow("unknown project")
            << UsageScope::Project << u"ap-x"_s << util << d << 0LL << day << QStringList{};
        QTest::newRow("empty range")
            << UsageScope::Fleet << u""_s << util << d << day << 0LL << QStringList{};
    }

    void series()
    {
        QFETCH(UsageScope, scope);
        QFETCH(QString, id);
        QFETCH(UsageMetric, metric);
        QFETCH(UsageTier, tier);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QStringList, buckets);
        UsageRepository repo(*m_store);
        UsageSeries s;
        QString error;
        const UsageQuery q{
            scope, id, metric, tier, kUsageT0 + from * kMinute, kUsageT0 + to * kMinute};
        QVERIFY2(repo.series(q, &s, &error), qPrintable(error));
        QStringList got;
        for (const UsageBucket &b : s.buckets)
            got << describe(b);
        QCOMPARE(got, buckets);
        QCOMPARE(s.query.scopeId, id);
    }

    void badGpuId()
    {
        UsageRepository repo(*m_store);
        UsageSeries s;
        QString error;
        QVERIFY(!repo.series({UsageScope::Gpu, u"n-a1-01"_s, UsageMetric::GpuUtil, UsageTier::Hour,
                              kUsageT0, kUsageT0 + kDay},
                             &s, &error));
        QVERIFY(error.contains(u"n-a1-01"_s));
    }

    void pieces_data()
    {
        QTest::addColumn<qint64>("from"); // minutes after T0
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("pieces"); // "tier from to" in minutes
        QTest::newRow("whole days") << 0LL << 2 * 1440LL << QStringList{u"1d 0 2880"_s};
        QTest::newRow("days, hours and 5 minutes at the edges")
            << 55LL << 2 * 1440LL + 70
            << QStringList{u"5m 55 60"_s, u"1h 60 1440"_s, u"1d 1440 2880"_s, u"1h 2880 2940"_s,
                           u"5m 2940 2950"_s};
        QTest::newRow("inside one hour") << 7LL << 23LL << QStringList{u"5m 7 23"_s};
        QTest::newRow("hours only") << 60LL << 180LL << QStringList{u"1h 60 180"_s};
        QTest::newRow("empty") << 60LL << 60LL << QStringList{};
    }

    void pieces()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QStringList got;
        for (const auto &p :
             UsageRepository::pieces(kUsageT0 + from * kMinute, kUsageT0 + to * kMinute))
            got << u"%1 %2 %3"_s.arg(usageTierKey(p.tier))
                       .arg((p.fromMs - kUsageT0) / kMinute)
                       .arg((p.toMs - kUsageT0) / kMinute);
        QTEST(got, "pieces");
    }

    void totals_data()
    {
        QTest::addColumn<UsageScope>("scope");
        QTest::addColumn<qint64>("from"); // minutes after T0
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("totals"); // "id seconds busy", sorted
        QTest::newRow("nodes over the day") << UsageScope::Node << 0LL << 1440LL
                                            << QStringList{u"n-a1-01 240 150"_s, u"n-a1-02 60 48"_s,
                                                           u"n-a3-01 60 15"_s, u"n-b1-01 60 6"_s};
        QTest::newRow("nodes over a week from mid-morning (days, hours, 5 minutes)")
            << UsageScope::Node << -(24 * 60 + 63LL) << 7 * 1440LL
            << QStringList{u"n-a1-01 240 150"_s, u"n-a1-02 60 48"_s, u"n-a3-01 60 15"_s,
                           u"n-b1-01 60 6"_s};
        QTest::newRow("buckets starting inside the period only")
            << UsageScope::Node << 1LL << 7LL << QStringList{u"n-a1-01 60 60"_s};
        QTest::newRow("projects") << UsageScope::Project << 0LL << 1440LL
                                  << QStringList{u"ap-b 240 168"_s, u"ap-h 120 21"_s};
        QTest::newRow("pools") << UsageScope::Pool << 0LL << 1440LL
                               << QStringList{u"pl-b 300 198"_s, u"pl-h 60 6"_s, u"pl-nat 60 15"_s};
        QTest::newRow("fleet, first hour")
            << UsageScope::Fleet << 0LL << 60LL << QStringList{u" 360 204"_s};
        QTest::newRow("gpus from the samples")
            << UsageScope::Gpu << 0LL << 1440LL
            << QStringList{u"n-a1-01:0 180 114"_s, u"n-a1-01:1 60 36"_s, u"n-a1-02:0 60 48"_s,
                           u"n-a3-01:0 60 15"_s, u"n-b1-01:0 60 6"_s};
        QTest::newRow("before any data") << UsageScope::Node << -1440LL << 0LL << QStringList{};
    }

    void totals()
    {
        QFETCH(UsageScope, scope);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        UsageRepository repo(*m_store);
        QHash<QString, UsageTotals> out;
        QString error;
        QVERIFY2(
            repo.totals(scope, kUsageT0 + from * kMinute, kUsageT0 + to * kMinute, &out, &error),
            qPrintable(error));
        QStringList got;
        for (auto it = out.cbegin(); it != out.cend(); ++it)
            got << it.key() + u' ' + num(it->seconds) + u' ' + num(it->busySeconds);
        got.sort();
        QTEST(got, "totals");
    }

    void busyDays_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<int>("days");             // from 2027-03-01
        QTest::addColumn<QStringList>("expected"); // "day busy allocated source"
        const QString full = QString::number(2 * 86400 * 8);
        QTest::newRow("utilisation, then allocated days without data")
            << u"ap-b"_s << 3
            << QStringList{u"2027-03-01 168 %1 1"_s.arg((86400 - 60) * 8 + 86400 * 8),
                           u"2027-03-02 0 %1 0"_s.arg(full), u"2027-03-03 0 %1 0"_s.arg(full)};
        QTest::newRow("engine on one node, utilisation on the other: mixed")
            << u"ap-h"_s << 1 << QStringList{u"2027-03-01 21 %1 2"_s.arg(full)};
        QTest::newRow("before the allocation") << u"ap-b"_s << 0 << QStringList{};
        QTest::newRow("no allocation, no data") << u"ap-b2"_s << 5 << QStringList{};
    }

    void busyDays()
    {
        QFETCH(QString, app);
        QFETCH(int, days);
        UsageRepository repo(*m_store);
        QList<BusyDay> out;
        QString error;
        const QDate first(2027, 3, 1);
        // days == 0: the day before the data.
        const QDate from = days > 0 ? first : first.addDays(-1);
        const QDate to = days > 0 ? first.addDays(days - 1) : first.addDays(-1);
        QVERIFY2(repo.busyDays(app, from, to, &out, &error), qPrintable(error));
        QStringList got;
        for (const BusyDay &d : out)
            got << QStringList{d.day.toString(Qt::ISODate), num(d.busyGpuSeconds),
                               num(d.allocatedGpuSeconds), QString::number(int(d.source))}
                       .join(u' ');
        QTEST(got, "expected");
    }

    void latestSample()
    {
        UsageRepository repo(*m_store);
        QCOMPARE(repo.latestSampleMs(), kUsageT0 + 10 * kHour);
        QTemporaryDir dir;
        auto empty = openWithFleet(dir);
        QVERIFY(empty);
        QCOMPARE(UsageRepository(*empty).latestSampleMs(), 0);
    }
};

QTEST_GUILESS_MAIN(UsageRepositoryTest)
#include "tst_usagerepository.moc"
