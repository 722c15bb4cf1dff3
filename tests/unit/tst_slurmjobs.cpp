// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/FleetSeed.h"
#include "../common/TelemetryFixture.h"
#include "store/SlurmJobRepository.h"
#include "store/UsageRepository.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

namespace {

QTimeZone seoul()
{
    return QTimeZone(QByteArrayLiteral("Asia/Seoul"));
}

qint64 seoulTime(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 11, day), QTime(hour, minute), seoul()).toMSecsSinceEpoch();
}

// ap-b bills to proj-alpha, ap-h to proj-beta; proj-gamma is nobody's.
std::unique_ptr<Store> openWithAccounts(const QTemporaryDir &dir)
{
    auto store = openWithFleet(dir);
    if (store && !exec(*store, {u"UPDATE applications SET slurm_account = 'proj-alpha' WHERE id = "
                                "'ap-b'"_s,
                                u"UPDATE applications SET slurm_account = 'proj-beta' WHERE id = "
                                "'ap-h'"_s}))
        store.reset();
    return store;
}

// Imports `file` on a thread of its own through a connection of its own, as File > Import
// telemetry does.
SlurmImportReport importOnWorker(Store &store, const QByteArray &file,
                                 const SlurmJobRepository::Progress &progress)
{
    SlurmImportReport report;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const QString name = u"slurm-worker"_s;
        {
            QSqlDatabase db = store.openWorkerConnection(name);
            SlurmJobRepository repo(store);
            repo.setWorkerConnection(db);
            repo.setProgress(progress);
            report = repo.importSacct(file, seoul());
        }
        QSqlDatabase::removeDatabase(name);
    }));
    thread->start();
    thread->wait();
    return report;
}

} // namespace

class SlurmJobsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importTwiceChangesNothing()
    {
        QTemporaryDir dir;
        auto store = openWithAccounts(dir);
        QVERIFY(store);
        SlurmJobRepository repo(*store);
        const QByteArray file = testing::telemetryFixture(u"sacct.txt"_s);
        const SlurmImportReport first = repo.importSacct(file, seoul());
        QVERIFY2(first.ok(), qPrintable(first.fatal));
        QCOMPARE(first.added, 7);
        QCOMPARE(first.linesRead, 13);
        QCOMPARE(first.skippedLines.size(), 5);
        QCOMPARE(first.skippedLines.at(0).line, 7);
        QCOMPARE(first.unmatchedAccounts, (QList<QPair<QString, int>>{{u"proj-gamma"_s, 2}}));
        const SlurmImportReport second = repo.importSacct(file, seoul());
        QVERIFY(second.ok());
        QCOMPARE(second.added, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 7);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 7);
        // Telemetry stays out of the outbox.
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    }

    // Off the store's thread: the jobs land through the worker's connection, progress reaches
    // all of them, and the store's views hear of the change on its own thread.
    void importsOnAWorker()
    {
        QTemporaryDir dir;
        auto store = openWithAccounts(dir);
        QVERIFY(store);
        QSignalSpy changed(store.get(), &Store::tablesChanged);
        QList<QPair<qint64, qint64>> steps;
        const SlurmImportReport r = importOnWorker(
            *store, testing::telemetryFixture(u"sacct.txt"_s), [&steps](qint64 done, qint64 total) {
                steps.append({done, total});
                return true;
            });
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.added, 7);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 7);
        QCOMPARE(steps.constFirst(), (QPair<qint64, qint64>{0, 7}));
        QCOMPARE(steps.constLast(), (QPair<qint64, qint64>{7, 7}));
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY(changed.constFirst().constFirst().value<QSet<QString>>().contains(u"slurm_jobs"_s));
    }

    // A progress function that says stop cancels the import: nothing is written.
    void cancelledImportWritesNothing()
    {
        QTemporaryDir dir;
        auto store = openWithAccounts(dir);
        QVERIFY(store);
        const SlurmImportReport r =
            importOnWorker(*store, testing::telemetryFixture(u"sacct.txt"_s),
                           [](qint64, qint64) { return false; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(r.added, 0);
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 0);
    }

    // What needs a look, one line each: the accounts no project has, then the skipped lines.
    void notes()
    {
        SlurmImportReport r;
        r.unmatchedAccounts = {{u"proj-gamma"_s, 2}};
        r.skippedLines = {{7, u"no JobIDRaw"_s}};
        const QStringList lines = r.notes();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(u"proj-gamma"_s), qPrintable(lines[0]));
        QCOMPARE(lines[1], u"Line 7: no JobIDRaw"_s);
    }

    void laterFileUpdatesAJob()
    {
        QTemporaryDir dir;
        auto store = openWithAccounts(dir);
        QVERIFY(store);
        SlurmJobRepository repo(*store);
        QVERIFY(repo.importSacct(testing::telemetryFixture(u"sacct.txt"_s), seoul()).ok());
        // Job 1002 has ended since; 1012 is new.
        const SlurmImportReport r = repo.importSacct(
            "1002|proj-alpha|COMPLETED|2025-11-25T08:00:00|2025-11-25T10:00:00|7200|"
            "gres/gpu=2|gpu-a02\n"
            "1012|proj-beta|RUNNING|2025-11-25T09:00:00|Unknown|60|gres/gpu=8|gpu-b03\n",
            seoul());
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.added, 1);
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 0);
        QCOMPARE(scalar(store->db(), u"SELECT elapsed_s FROM slurm_jobs WHERE job_id = '1002'"_s)
                     .toInt(),
                 7200);
        QCOMPARE(scalar(store->db(), u"SELECT end_at FROM slurm_jobs WHERE job_id = '1002'"_s)
                     .toLongLong(),
                 seoulTime(25, 10));
    }

    void allOrNothing()
    {
        QTemporaryDir dir;
        auto store = openWithAccounts(dir);
        QVERIFY(store);
        QSqlQuery q(store->db());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON slurm_jobs "
                       "WHEN NEW.job_id = '1006' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
        SlurmJobRepository repo(*store);
        const SlurmImportReport r =
            repo.importSacct(testing::telemetryFixture(u"sacct.txt"_s), seoul());
        QVERIFY(!r.ok());
        QVERIFY(r.fatal.contains(u"refused"_s));
        QCOMPARE(scalar(store->db(), u"SELECT count(*) FROM slurm_jobs"_s).toInt(), 0);
    }

    void gpuHours_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QStringList>("hours"); // "application hours", sorted
        QTest::newRow("the whole file")
            << seoulTime(23, 0) << seoulTime(27, 0) << QStringList{u"ap-b 18"_s, u"ap-h 6.5"_s};
        // 1001 (8 GPUs, 10:00-12:00) for an hour; 1002 (2 GPUs from 08:00 on the 25th) for
        // half an hour; proj-beta's jobs all ran before.
        QTest::newRow("cutting through jobs")
            << seoulTime(24, 11) << seoulTime(25, 8, 30) << QStringList{u"ap-b 9"_s};
        QTest::newRow("a running job counts its elapsed time")
            << seoulTime(25, 8, 30) << seoulTime(26, 0) << QStringList{u"ap-b 1"_s};
        QTest::newRow("nothing ran") << seoulTime(20, 0) << seoulTime(21, 0) << QStringList{};
    }

    void gpuHours()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QTemporaryDir dir;
        auto store = openWithAccounts(dir);
        QVERIFY(store);
        QVERIFY(SlurmJobRepository(*store)
                    .importSacct(testing::telemetryFixture(u"sacct.txt"_s), seoul())
                    .ok());
        QHash<QString, double> hours;
        QString error;
        UsageRepository usage(*store);
        QVERIFY2(usage.jobGpuHours(from, to, &hours, &error), qPrintable(error));
        QStringList got;
        for (auto it = hours.cbegin(); it != hours.cend(); ++it)
            got << it.key() + u' ' + QString::number(it.value(), 'g', 12);
        got.sort();
        QTEST(got, "hours");
    }
};

QTEST_GUILESS_MAIN(SlurmJobsTest)
#include "tst_slurmjobs.moc"
