// SPDX-License-Identifier: GPL-3.0-or-later
// Debian's real Prometheus on a loopback port, over a TSDB backfilled with promtool from an
// OpenMetrics file this test writes; the client fetches the range, the importer stores it, and the
// stored samples and rollups must equal what was written.
#include "../common/ClosedPort.h"
#include "../common/FleetSeed.h"
#include "store/Store.h"
#include "telemetry/PrometheusFetch.h"
#include "telemetry/PrometheusPoller.h"
#include "telemetry/PrometheusQuery.h"
#include "telemetry/PrometheusSourceSettings.h"
#include "telemetry/TelemetryImporter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

namespace {

constexpr qint64 kStepMs = 60 * 1000;
constexpr int kMinutes = 12;

// One written reading.
struct Written
{
    QString host;
    int gpu;
    qint64 ts;
    std::optional<double> util;
    std::optional<double> engine;
    std::optional<double> fbMib;
    std::optional<double> power;
};

// The devices of the file: two fleet hosts (three GPUs), one host outside the fleet, and a MIG
// instance (3g.90gb: three sevenths of its GPU).
struct Device
{
    const char *host;
    int gpu;
    const char *mig; // GPU_I_ID or empty
    bool renamed;    // writes memory as dcgm_fb_used_bytes and utilisation as a ratio
};
constexpr Device kDevices[] = {{"a1-01", 0, "", false},
                               {"a1-01", 1, "", false},
                               {"a1-02", 0, "", true},
                               {"zz-99", 0, "", false},
                               {"b1-01", 0, "3", false}};

// Deterministic readings: utilisation moves by the minute, engine activity only on GPU 0 of a1-01.
Written reading(const Device &d, int minute, qint64 t0)
{
    Written w{QString::fromLatin1(d.host), d.gpu, t0 + minute * kStepMs, {}, {}, {}, {}};
    const int seed = d.gpu * 17 + int(qstrlen(d.host)) * 3 + (d.renamed ? 11 : 0);
    w.util = double((seed + minute * 7) % 101);
    if (qstrcmp(d.host, "a1-01") == 0 && d.gpu == 0)
        w.engine = double((minute * 13) % 100) / 100.0;
    w.fbMib = double(1024 * (1 + (seed + minute) % 90));
    w.power = 300.0 + minute * 12.5 + d.gpu;
    return w;
}

QByteArray labels(const Device &d)
{
    QByteArray l = "gpu=\"" + QByteArray::number(d.gpu) + "\",UUID=\"GPU-" + d.host + '-' +
                   QByteArray::number(d.gpu) + "\",Hostname=\"" + d.host +
                   "\",modelName=\"NVIDIA B200\"";
    if (*d.mig)
        l += ",GPU_I_ID=\"" + QByteArray(d.mig) + "\",GPU_I_PROFILE=\"3g.90gb\"";
    return '{' + l + '}';
}

// OpenMetrics: each family's samples together, timestamps in seconds, "# EOF" at the end.
QByteArray openMetrics(qint64 t0)
{
    struct Family
    {
        const char *name;
        int devices; // 0: classic devices, 1: renamed ones, 2: all
        std::function<std::optional<double>(const Written &)> value;
    };
    const Family families[] = {
        {"DCGM_FI_DEV_GPU_UTIL", 0, [](const Written &w) { return w.util; }},
        {"DCGM_FI_DEV_GPU_UTIL_RATIO", 1,
         [](const Written &w) { return std::optional<double>(*w.util / 100.0); }},
        {"DCGM_FI_PROF_GR_ENGINE_ACTIVE", 0, [](const Written &w) { return w.engine; }},
        {"DCGM_FI_DEV_FB_USED", 0, [](const Written &w) { return w.fbMib; }},
        {"dcgm_fb_used_bytes", 1,
         [](const Written &w) { return std::optional<double>(*w.fbMib * 1024 * 1024); }},
        {"DCGM_FI_DEV_POWER_USAGE", 2, [](const Written &w) { return w.power; }},
    };
    QByteArray out;
    for (const Family &f : families) {
        out += "# TYPE " + QByteArray(f.name) + " gauge\n";
        for (const Device &d : kDevices) {
            if (f.devices != 2 && d.renamed != (f.devices == 1))
                continue;
            for (int m = 0; m < kMinutes; ++m) {
                const std::optional<double> v = f.value(reading(d, m, t0));
                if (!v)
                    continue;
                out += QByteArray(f.name) + labels(d) + ' ' + QByteArray::number(*v, 'g', 17) +
                       ' ' + QByteArray::number((t0 + m * kStepMs) / 1000) + '\n';
            }
        }
    }
    return out + "# EOF\n";
}

} // namespace

class TestPrometheusIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchesWhatWasWritten();
    void prometheusErrorIsShown();
    void pollerFetchesOnAWorkerFromWhereItLeftOff();
    void cleanupTestCase();

private:
    bool waitUntilReady(QString *why);

    QTemporaryDir m_dir;
    QProcess m_prometheus;
    QUrl m_url;
    qint64 m_t0 = 0;
};

void TestPrometheusIntegration::initTestCase()
{
    const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (prometheus.isEmpty() || promtool.isEmpty())
        QSKIP("Debian's prometheus package is not installed (it brings prometheus and promtool): "
              "run installer/debian-deps.sh test, or apt-get install prometheus.");
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"gpudesk-tests"_s);
    QStandardPaths::setTestModeEnabled(true);
    // Whole minutes, a few hours back: in the past for the TSDB, well inside its retention.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_t0 = (now - 3 * 3600 * 1000LL) / (3600 * 1000LL) * (3600 * 1000LL);

    const QString file = m_dir.filePath(u"dcgm.om"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(openMetrics(m_t0));
    out.close();
    const QString tsdb = m_dir.filePath(u"tsdb"_s);
    QProcess tool;
    tool.start(promtool, {u"tsdb"_s, u"create-blocks-from"_s, u"openmetrics"_s, file, tsdb});
    QVERIFY(tool.waitForFinished(60000));
    QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError().constData());

    QFile config(m_dir.filePath(u"prometheus.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("# No scraping: the TSDB holds only what was backfilled.\nglobal: {}\n");
    config.close();
    QString why;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int port = test::closedLoopbackPort();
        QVERIFY(port > 0);
        m_url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(prometheus,
                           {u"--config.file="_s + config.fileName(),
                            u"--storage.tsdb.path="_s + tsdb,
                            u"--storage.tsdb.retention.time=100y"_s,
                            u"--web.listen-address=127.0.0.1:%1"_s.arg(port),
                            u"--log.level=warn"_s});
        QVERIFY(m_prometheus.waitForStarted(10000));
        if (waitUntilReady(&why))
            return;
        m_prometheus.kill();
        m_prometheus.waitForFinished(5000);
    }
    QFAIL(qPrintable(u"Prometheus did not become ready: "_s + why));
}

bool TestPrometheusIntegration::waitUntilReady(QString *why)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_prometheus.state() == QProcess::NotRunning) {
            *why = QString::fromUtf8(m_prometheus.readAll());
            return false;
        }
        QNetworkRequest request(m_url.resolved(QUrl(u"-/ready"_s)));
        request.setTransferTimeout(2000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200)
            return true;
        QTest::qWait(100); // poll again: not a fixed wait for readiness
    }
    *why = u"no answer from /-/ready within 30 s"_s;
    return false;
}

void TestPrometheusIntegration::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000))
            m_prometheus.kill();
        m_prometheus.waitForFinished(5000);
    }
}

void TestPrometheusIntegration::fetchesWhatWasWritten()
{
    QTemporaryDir dir;
    auto store = openWithFleet(dir);
    QVERIFY(store);
    // ap-b holds a1-01 from the sixth minute on: project rollups start there.
    const qint64 held = m_t0 + 6 * kStepMs;
    QVERIFY(exec(*store,
                 {u"INSERT INTO grants (id, application_id, accelerator_type_id, pool_id, nodes, "
                  "starts_at, ends_at, status) VALUES ('g-1', 'ap-b', 't-b200', 'pl-b', 1, %1, "
                  "%2, 'active')"_s.arg(held)
                      .arg(held + 86400000LL),
                  u"INSERT INTO allocations (id, grant_id, node_id, starts_at, ends_at) VALUES "
                  "('al-1', 'g-1', 'n-a1-01', %1, %2)"_s.arg(held)
                      .arg(held + 86400000LL)}));

    PrometheusSource source;
    source.id = u"s1"_s;
    source.name = u"loopback"_s;
    source.url = m_url;
    source.stepSeconds = 60;
    const qint64 from = m_t0;
    // Six minutes past the last sample: Prometheus' lookback must not repeat it as readings.
    const qint64 to = m_t0 + (kMinutes - 1 + 6) * kStepMs;

    TelemetryImporter importer(*store);
    QString error;
    QVERIFY2(importer.load(&error), qPrintable(error));
    int progressCalls = 0;
    PrometheusFetch::Hooks hooks;
    hooks.progress = [&](qint64, qint64, const QString &) { ++progressCalls; };
    const PrometheusFetchReport report = PrometheusFetch::run(source, from, to, importer, hooks);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(progressCalls >= 2);
    QCOMPARE(report.fetched, (QList<FetchedRange>{{from, to}}));
    // a1-01 GPU 0 and 1, a1-02 GPU 0, and the MIG instance on b1-01.
    QCOMPARE(report.written.imported, 4 * kMinutes);
    QCOMPARE(report.written.unknownHosts, (QList<QPair<QString, int>>{{u"zz-99"_s, kMinutes}}));
    QCOMPARE(report.written.migSamples, kMinutes);
    QVERIFY2(report.skippedSeries.isEmpty(), qPrintable(report.skippedSeries.join(u'\n')));

    // Every stored sample is the written one, in stored units.
    QMap<QString, Written> expected;
    QMap<QString, bool> isMig;
    for (const Device &d : kDevices) {
        if (qstrcmp(d.host, "zz-99") == 0)
            continue;
        for (int m = 0; m < kMinutes; ++m) {
            const Written w = reading(d, m, m_t0);
            const QString key =
                u"n-%1:%2:%3@%4"_s.arg(w.host).arg(w.gpu).arg(QLatin1String(d.mig)).arg(w.ts);
            expected.insert(key, w);
            isMig.insert(key, *d.mig != 0);
        }
    }
    QSqlQuery q(store->db());
    QVERIFY(q.exec(u"SELECT d.node_id, d.gpu_index, d.mig_instance, s.ts, s.gpu_util, "
                   "s.engine_active, s.fb_used_mib, s.power_w FROM usage_samples s "
                   "JOIN usage_devices d ON d.id = s.device"_s));
    int rows = 0;
    const auto optional = [](const QVariant &v) {
        return v.isNull() ? std::optional<double>() : std::optional<double>(v.toDouble());
    };
    const auto near = [](std::optional<double> a, std::optional<double> b) {
        return a.has_value() == b.has_value() && (!a || qAbs(*a - *b) < 1e-9 * (1 + qAbs(*b)));
    };
    while (q.next()) {
        ++rows;
        const QString key = u"%1:%2:%3@%4"_s.arg(q.value(0).toString())
                                .arg(q.value(1).toInt())
                                .arg(q.value(2).toString())
                                .arg(q.value(3).toLongLong());
        QVERIFY2(expected.contains(key), qPrintable(key));
        const Written &w = expected[key];
        QVERIFY2(near(optional(q.value(4)), w.util), qPrintable(key));
        QVERIFY2(near(optional(q.value(5)), w.engine), qPrintable(key));
        QVERIFY2(near(optional(q.value(6)), w.fbMib), qPrintable(key));
        QVERIFY2(near(optional(q.value(7)), w.power), qPrintable(key));
    }
    QCOMPARE(rows, expected.size());

    // Rollups: recomputed here from what was written, per tier (5 minutes, hours), node and
    // project. The MIG instance's GPU reads three sevenths of the instance's utilisation.
    struct Acc
    {
        int n = 0;
        double sum = 0, min = 1e300, max = -1e300, busy = 0;
    };
    QMap<QString, Acc> rollups; // "tier scope id bucket" for gpu_util
    const qint64 tiers[2] = {5 * 60 * 1000LL, 60 * 60 * 1000LL};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Written &w = it.value();
        const double util = isMig.value(it.key()) ? (3.0 / 7.0) * *w.util : *w.util;
        const double busy = (w.engine ? *w.engine : util / 100.0) * 60.0;
        const QString node = u"n-"_s + w.host;
        QStringList scopes{u"node "_s + node};
        if (w.host == u"a1-01"_s && w.ts >= held)
            scopes << u"project ap-b"_s;
        for (int t = 0; t < 2; ++t) {
            for (const QString &scope : scopes) {
                Acc &a = rollups[u"%1 %2 %3"_s.arg(t).arg(scope).arg(w.ts - w.ts % tiers[t])];
                ++a.n;
                a.sum += util;
                a.min = qMin(a.min, util);
                a.max = qMax(a.max, util);
                a.busy += busy;
            }
        }
    }
    QVERIFY(q.exec(u"SELECT r.tier, s.scope, s.scope_id, r.bucket, r.util_n, r.util_sum, "
                   "r.util_min, r.util_max, r.busy_seconds FROM usage_rollups r JOIN usage_series "
                   "s ON s.id = r.series WHERE r.tier IN (0, 1) AND s.scope IN ('node', "
                   "'project')"_s));
    int rollupRows = 0;
    while (q.next()) {
        ++rollupRows;
        const QString key =
            u"%1 %2 %3 %4"_s
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                .arg(q.value(3).toLongLong());
        QVERIFY2(rollups.contains(key), qPrintable(key));
        const Acc &a = rollups[key];
        QCOMPARE(q.value(4).toInt(), a.n);
        QVERIFY2(qAbs(q.value(5).toDouble() - a.sum) < 1e-6, qPrintable(key));
        QCOMPARE(q.value(6).toDouble(), a.min);
        QCOMPARE(q.value(7).toDouble(), a.max);
        QVERIFY2(qAbs(q.value(8).toDouble() - a.busy) < 1e-6, qPrintable(key));
    }
    QCOMPARE(rollupRows, rollups.size());

    // Fetching the same period again asks for nothing, so nothing counts twice.
    source.fetched = report.fetched;
    const PrometheusFetchReport again = PrometheusFetch::run(source, from, to, importer);
    QVERIFY(again.ok());
    QVERIFY(again.nothingToFetch());
    QCOMPARE(again.written.imported, 0);

    // A fetch that overlaps what is stored (the record of it lost, or a wider window asked for)
    // finds every reading already there: the samples and every total stay as they were.
    const auto totals = [&] {
        return scalar(store->db(),
                      u"SELECT count(*) || ' ' || sum(util_n) || ' ' || printf('%.6f', "
                      "sum(util_sum)) || ' ' || printf('%.6f', sum(seconds)) || ' ' || "
                      "printf('%.6f', sum(busy_seconds)) || ' ' || (SELECT count(*) FROM "
                      "usage_samples) FROM usage_rollups"_s)
            .toString();
    };
    const QString before = totals();
    QCOMPARE(scalar(store->db(), u"SELECT sum(r.util_n) FROM usage_rollups r JOIN usage_series s "
                                 "ON s.id = r.series WHERE r.tier = 1 AND s.scope = 'node'"_s)
                 .toInt(),
             4 * kMinutes);
    source.fetched.clear();
    const PrometheusFetchReport overlap =
        PrometheusFetch::run(source, from + 10 * kStepMs, to, importer);
    QVERIFY2(overlap.ok(), qPrintable(overlap.error));
    QCOMPARE(overlap.written.imported, 0);
    QCOMPARE(overlap.written.replaced, 0);
    QCOMPARE(overlap.written.duplicates, 4 * (kMinutes - 10));
    QCOMPARE(totals(), before);

    // A label filter narrows the series: only a1-02 (by its Hostname label), into a new profile.
    QTemporaryDir dir2;
    auto store2 = openWithFleet(dir2);
    QVERIFY(store2);
    TelemetryImporter importer2(*store2);
    QVERIFY(importer2.load(&error));
    PrometheusSource filtered = source;
    filtered.fetched.clear();
    filtered.labelFilter = u"Hostname=\"a1-02\""_s;
    const PrometheusFetchReport narrow = PrometheusFetch::run(filtered, from, to, importer2);
    QVERIFY2(narrow.ok(), qPrintable(narrow.error));
    QCOMPARE(narrow.written.imported, kMinutes);
    QCOMPARE(narrow.skippedSamples(), 0);
}

void TestPrometheusIntegration::prometheusErrorIsShown()
{
    QTemporaryDir dir;
    auto store = openWithFleet(dir);
    QVERIFY(store);
    TelemetryImporter importer(*store);
    QString error;
    QVERIFY(importer.load(&error));
    PrometheusSource source;
    source.name = u"loopback"_s;
    source.url = m_url;
    source.labelFilter = u"job=~\"(\""_s; // well formed for gpudesk, a broken regex for Prometheus
    const PrometheusFetchReport report =
        PrometheusFetch::run(source, m_t0, m_t0 + 5 * kStepMs, importer);
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(u"HTTP 400"_s) && report.error.contains(u"bad_data"_s),
             qPrintable(report.error));
    QCOMPARE(report.fetchedUpToMs, 0);
}

// The periodic fetch: a configured source, fetched on the poller's worker thread with its own
// connection, the imported ranges saved; the next poll asks only for what came after them.
void TestPrometheusIntegration::pollerFetchesOnAWorkerFromWhereItLeftOff()
{
    QTemporaryDir dir;
    auto store = openWithFleet(dir);
    QVERIFY(store);
    PrometheusSource source;
    source.id = u"poll-1"_s;
    source.name = u"loopback"_s;
    source.url = m_url;
    source.periodic = true;
    source.intervalMinutes = 15;
    QString error;
    PrometheusSourceSettings settings(store->path());
    QVERIFY2(settings.save({source}, &error), qPrintable(error));

    // "Now" is just after the file's last minute: the first poll reaches back one interval.
    qint64 now = m_t0 + kMinutes * kStepMs + PrometheusPoller::lagMs;
    PrometheusPoller poller(*store);
    poller.setClock([&now] { return now; });
    QSignalSpy fetched(&poller, &PrometheusPoller::fetched);
    poller.pollNow();
    QVERIFY(poller.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 20000);
    auto report = fetched.at(0).at(2).value<PrometheusFetchReport>();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.written.imported, 4 * kMinutes); // three GPUs and a MIG instance
    QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 4 * kMinutes);
    // Up to a minute ago (the lag), though the last sample is older.
    const qint64 firstEnd = m_t0 + kMinutes * kStepMs;
    QList<PrometheusSource> stored = settings.load();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].fetchedUpToMs(), firstEnd);

    // Not due again before the interval has passed.
    now += 60 * 1000;
    poller.pollNow();
    QVERIFY(!poller.isBusy());

    // Due: from the step after the last one imported, nothing new in the TSDB.
    now += 15 * 60 * 1000;
    poller.pollNow();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 2, 20000);
    report = fetched.at(1).at(2).value<PrometheusFetchReport>();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.asked.value(0).from, firstEnd + kStepMs);
    QCOMPARE(report.written.imported, 0);
    QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM usage_samples"_s).toInt(), 4 * kMinutes);
    stored = settings.load();
    QCOMPARE(stored[0].fetched.size(), 1); // one merged range
    QCOMPARE(stored[0].fetchedUpToMs(), now - PrometheusPoller::lagMs - (now % kStepMs));
}

QTEST_GUILESS_MAIN(TestPrometheusIntegration)
#include "tst_prometheusintegration.moc"
