// SPDX-License-Identifier: GPL-3.0-or-later
// import_dcgm_samples_per_s: 1,000,000 generated dcgm-exporter lines (one line = one sample:
// 1000 nodes x 8 GPUs of the scale fleet x 125 one-minute scrapes), parsed, written to
// usage_samples and rolled up (5m/1h/1d x gpu/node/project) by TelemetryImporter, on a copy of
// the scale profile so the shared one stays unchanged. Fleet and bookings load outside the timing.
// import_vs_sqlite3_ratio: that rate over the rate at which the sqlite3 shell's `.import` puts the
// same rows (as CSV) into a table of the same definition under the same pragmas, in the same run
// (each run alternates the two, so both see the same machine load).
#include "Bench.h"
#include "store/Store.h"
#include "telemetry/TelemetryImporter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr int kNodes = 1000;
constexpr int kGpus = 8;
constexpr int kScrapes = 125; // 1000 x 8 x 125 = 1,000,000 lines

struct Results
{
    double importRate = 0;
    double ratio = 0;
    bool done = false;
};

// The same definition as usage_samples in 0005_usage_store.sql (no secondary index there either).
const char *const kTableSql =
    "CREATE TABLE usage_samples (device INTEGER NOT NULL, ts INTEGER NOT NULL, interval_s REAL NOT "
    "NULL, gpu_util REAL, engine_active REAL, fb_used_mib REAL, power_w REAL, PRIMARY KEY "
    "(device, ts)) WITHOUT ROWID;";

bool runSqlite3(const QString &db, const QString &script, QString *error)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db});
    if (!p.waitForStarted()) {
        *error = u"cannot start sqlite3"_s;
        return false;
    }
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0 || !err.isEmpty()) {
        *error = QString::fromUtf8(err);
        return false;
    }
    return true;
}

Results measure()
{
    Results r;
    QTemporaryDir dir;
    auto store = bench::openProfileCopy(bench::scaleProfilePath(), dir);
    TelemetryImporter importer(*store);
    QString error;
    if (!importer.load(&error))
        qFatal("cannot load the fleet: %s", qPrintable(error));
    const FleetSnapshot &fleet = importer.fleet();
    if (fleet.nodes.size() < kNodes)
        qFatal("the scale fleet has only %d nodes", int(fleet.nodes.size()));

    // One scrape a minute from mid-2027, when the scale fleet's grants hold most nodes.
    const qint64 t0 =
        QDateTime(QDate(2027, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto utilOf = [](int s, int n, int g) { return (s * 7 + n * 3 + g * 11) % 101; };
    QByteArray dcgm;
    dcgm.reserve(160 * kNodes * kGpus * kScrapes);
    for (int s = 0; s < kScrapes; ++s) {
        const QByteArray ts = QByteArray::number(t0 + s * 60000LL);
        for (int n = 0; n < kNodes; ++n) {
            const QByteArray host = fleet.nodes[n].hostname.toUtf8();
            const QByteArray id = fleet.nodes[n].id.toUtf8();
            for (int g = 0; g < kGpus; ++g) {
                const QByteArray util = QByteArray::number(utilOf(s, n, g));
                const QByteArray gpu = QByteArray::number(g);
                dcgm += "DCGM_FI_DEV_GPU_UTIL{gpu=\"" + gpu + "\",UUID=\"GPU-" + id + '-' + gpu +
                        "\",Hostname=\"" + host + "\",modelName=\"NVIDIA B200\"} " + util + ' ' +
                        ts + '\n';
            }
        }
    }
    const QString dcgmPath = dir.filePath(u"dcgm.prom"_s);
    const QString csvPath = dir.filePath(u"rows.csv"_s);
    QFile f1(dcgmPath);
    if (!f1.open(QIODevice::WriteOnly) || f1.write(dcgm) != dcgm.size())
        qFatal("cannot write the bench files");
    f1.close();
    dcgm.clear();
    // The same rows as CSV, in the file's order, with the device numbers the first import gave
    // (written after it, untimed).
    const auto writeCsv = [&] {
        QHash<QPair<QString, int>, qint64> device;
        QSqlQuery q(store->db());
        q.exec(u"SELECT id, node_id, gpu_index FROM usage_devices"_s);
        while (q.next())
            device.insert({q.value(1).toString(), q.value(2).toInt()}, q.value(0).toLongLong());
        QByteArray csv;
        csv.reserve(40 * kNodes * kGpus * kScrapes);
        for (int s = 0; s < kScrapes; ++s) {
            const QByteArray ts = QByteArray::number(t0 + s * 60000LL);
            for (int n = 0; n < kNodes; ++n) {
                for (int g = 0; g < kGpus; ++g) {
                    const qint64 d = device.value({fleet.nodes[n].id, g}, -1);
                    if (d < 0)
                        qFatal("no device for node %d GPU %d", n, g);
                    csv += QByteArray::number(d) + ',' + ts + ",60," +
                           QByteArray::number(utilOf(s, n, g)) + ",,,\n";
                }
            }
        }
        QFile f2(csvPath);
        if (!f2.open(QIODevice::WriteOnly) || f2.write(csv) != csv.size())
            qFatal("cannot write the bench files");
    };
    const double lines = double(kNodes) * kGpus * kScrapes;

    QList<double> ours, theirs, ratios;
    for (int run = 0; run < bench::runs(); ++run) {
        // Start each run from empty telemetry tables (untimed), or rollups would keep adding up.
        {
            QSqlQuery q(store->db());
            q.exec(u"DELETE FROM usage_samples"_s);
            q.exec(u"DELETE FROM usage_rollups"_s);
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.finish(); // no statement may stay open across the import's commit
        }

        QElapsedTimer timer;
        timer.start();
        const TelemetryImportReport report = importer.importDcgmFile(dcgmPath, 0);
        const double secs = double(timer.nsecsElapsed()) / 1e9;
        if (!report.ok() || report.imported != int(lines))
            qFatal("import failed: %s (%d samples)", qPrintable(report.fatal), report.imported);
        ours << lines / secs;
        if (run == 0)
            writeCsv();

        const QString db = dir.filePath(u"cli-%1.sqlite"_s.arg(run));
        if (!runSqlite3(db, u"PRAGMA journal_mode=WAL;\n"_s + QLatin1String(kTableSql), &error))
            qFatal("sqlite3 setup failed: %s", qPrintable(error));
        timer.restart();
        // The pragmas Store applies to every connection (Store.cpp, applyPragmas).
        if (!runSqlite3(
                db,
                u"PRAGMA synchronous=NORMAL;\nPRAGMA temp_store=MEMORY;\n"
                "PRAGMA cache_size=-32768;\n.mode csv\n.import '%1' usage_samples\n"_s.arg(csvPath),
                &error))
            qFatal("sqlite3 .import failed: %s", qPrintable(error));
        const double cliSecs = double(timer.nsecsElapsed()) / 1e9;
        theirs << lines / cliSecs;
        ratios << (lines / secs) / (lines / cliSecs);
        std::fprintf(stderr,
                     "telemetry run %d: importer %.2f s (%.0f samples/s, %d rollup rows), "
                     "sqlite3 .import %.2f s (%.0f rows/s)\n",
                     run, secs, lines / secs, report.rollupRows, cliSecs, lines / cliSecs);
        QFile::remove(db);
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
    }
    std::fprintf(stderr, "sqlite3 .import median: %.0f rows/s\n", bench::median(theirs));
    r.importRate = bench::median(ours);
    r.ratio = bench::median(ratios);
    r.done = true;
    return r;
}

Results &results()
{
    static Results r;
    if (!r.done)
        r = measure();
    return r;
}

const bool registered = [] {
    bench::add({u"import_dcgm_samples_per_s"_s, u"samples/s"_s, 250000, false,
                [] { return results().importRate; }});
    bench::add(
        {u"import_vs_sqlite3_ratio"_s, u"ratio"_s, 0.8, false, [] { return results().ratio; }});
    return true;
}();

} // namespace
