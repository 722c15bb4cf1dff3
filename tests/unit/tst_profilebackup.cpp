// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore of a profile: a backup made while the profile is open equals it (integrity
// check, row counts, checksums of every table) and reads one snapshot even while another
// connection writes; a restore gives back an identical database, keeps the profile it replaced,
// and is refused over an open profile or from a file that is not a sound profile; the preview,
// retention and the schedule's rule.
#include "../common/FleetSeed.h"
#include "store/Migrations.h"
#include "store/ProfileBackup.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestProfileBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QList<TableFingerprint> prints(const QString &file) const
    {
        QString error;
        const auto p = ProfileBackup::fingerprint(file, &error);
        if (p.isEmpty())
            qWarning("fingerprint of %s failed: %s", qPrintable(file), qPrintable(error));
        return p;
    }
    qint64 rows(const QList<TableFingerprint> &p, const QString &table) const
    {
        for (const TableFingerprint &f : p) {
            if (f.table == table)
                return f.rows;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithFleet(*m_dir);
        QVERIFY(m_store);
        // Some of everything, a document's bytes among it, left in the write-ahead log.
        QVERIFY(test::exec(*m_store,
                           {u"INSERT INTO users (id, login, display_name, role) VALUES "
                            "('u-a', 'admin', '박준혁', 'administrator')"_s,
                            u"INSERT INTO documents (id, application_id, file_name, content) "
                            "VALUES ('d-1', 'ap-b', '계획서.pdf', zeroblob(3000000))"_s,
                            u"INSERT INTO audit_log (at, user_id, action, entity, entity_id) "
                            "VALUES (1767225600000, 'u-a', 'call_change', 'call', 'c-r1')"_s},
                           Store::Capture::Local));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void backupWhileOpenThenRestoreIsIdentical();
    void backupReadsOneSnapshotWhileOthersWrite();
    void restoreKeepsTheReplacedProfile();
    void restoreRefusedOverAnOpenProfile();
    void restoreTrustsTheCheckJustMade();
    void restoreRefusesWhatIsNotASoundProfile_data();
    void restoreRefusesWhatIsNotASoundProfile();
    void previewSaysWhatItHolds();
    void cancelLeavesNothing();
    void backupNeverOverwritesItsSource();
    void retention();
    void schedule_data();
    void schedule();
};

void TestProfileBackup::backupWhileOpenThenRestoreIsIdentical()
{
    const QString backup = path(u"backups/p.backup-20260201-140000.sqlite"_s);
    QString error;
    QList<qint64> steps;
    QVERIFY2(ProfileBackup::backup(m_store->path(), backup, &error,
                                   [&](qint64 done, qint64 total) {
                                       steps << done;
                                       return done <= total;
                                   }),
             qPrintable(error));
    QVERIFY(steps.size() > 2); // the 3 MB document makes several steps
    const auto original = prints(m_store->path());
    QVERIFY(!original.isEmpty());
    QCOMPARE(prints(backup), original);
    QVERIFY(rows(original, u"nodes"_s) == 30);
    QCOMPARE(rows(original, u"audit_log"_s), 1);
    // A single file: no write-ahead log beside it, and its header no longer says WAL.
    QVERIFY(!QFile::exists(backup + u"-wal"_s));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(int(f.read(20).at(18)), 1);
    QCOMPARE(ProfileBackup::inspect(backup).integrity, u"ok"_s);
    QVERIFY(QDir(path(u"backups"_s)).entryList(QDir::Files).size() == 1); // no partial left

    // Restored into a new profile: identical, and it opens as a profile.
    const QString restored = path(u"restored.sqlite"_s);
    QString kept;
    QVERIFY2(ProfileBackup::restore(backup, restored, &kept, &error), qPrintable(error));
    QVERIFY(kept.isEmpty()); // nothing was replaced
    QCOMPARE(prints(restored), original);
    OpenOutcome outcome;
    auto reopened = Store::open(restored, OpenOptions{}, &outcome);
    QVERIFY2(reopened, qPrintable(outcome.message));
    QCOMPARE(test::scalar(reopened->db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(test::scalar(reopened->db(), u"SELECT length(content) FROM documents"_s).toInt(), 3000000);
}

void TestProfileBackup::backupReadsOneSnapshotWhileOthersWrite()
{
    const auto before = prints(m_store->path());
    const QString name = u"other-writer"_s;
    bool wrote = false;
    QString error;
    {
        QSqlDatabase other = m_store->openWorkerConnection(name);
        QVERIFY(other.isOpen());
        QVERIFY2(ProfileBackup::backup(m_store->path(), path(u"b.sqlite"_s), &error,
                                       [&](qint64, qint64) {
                                           if (!wrote) { // mid-copy, another connection commits
                                               QSqlQuery q(other);
                                               wrote = q.exec(u"UPDATE sync_control SET capture = 0"_s) &&
                                                       q.exec(u"INSERT INTO audit_log (at, user_id, action, entity, "
                                                              "entity_id) VALUES (2, 'x', 'y', 'z', 'w')"_s) &&
                                                       q.exec(u"UPDATE nodes SET state = 'failed'"_s) &&
                                                       q.exec(u"UPDATE sync_control SET capture = 1"_s);
                                           }
                                           return true;
                                       }),
                 qPrintable(error));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(wrote);
    QCOMPARE(prints(path(u"b.sqlite"_s)), before);
    QVERIFY(prints(m_store->path()) != before);
    QCOMPARE(ProfileBackup::inspect(path(u"b.sqlite"_s)).integrity, u"ok"_s);
}

void TestProfileBackup::restoreKeepsTheReplacedProfile()
{
    QString error;
    const QString backup = path(u"b.sqlite"_s);
    QVERIFY(ProfileBackup::backup(m_store->path(), backup, &error));
    const auto atBackup = prints(backup);
    // Work goes on after the backup, then the profile is closed and the backup restored over it.
    QVERIFY(test::exec(*m_store, {u"DELETE FROM documents"_s, u"UPDATE nodes SET state = 'failed'"_s}));
    const auto afterWork = prints(m_store->path());
    const QString profile = m_store->path();
    m_store.reset();
    QString kept;
    QVERIFY2(ProfileBackup::restore(backup, profile, &kept, &error), qPrintable(error));
    QCOMPARE(prints(profile), atBackup);
    QVERIFY(QFile::exists(kept));
    QVERIFY(kept.contains(u".replaced-"_s));
    QCOMPARE(prints(kept), afterWork);
    QVERIFY(!QFile::exists(profile + u"-wal"_s));
    OpenOutcome outcome;
    auto reopened = Store::open(profile, OpenOptions{}, &outcome);
    QVERIFY2(reopened, qPrintable(outcome.message));
    QCOMPARE(test::scalar(reopened->db(), u"SELECT count(*) FROM documents"_s).toInt(), 1);
}

void TestProfileBackup::restoreRefusedOverAnOpenProfile()
{
    QString error;
    const QString backup = path(u"b.sqlite"_s);
    QVERIFY(ProfileBackup::backup(m_store->path(), backup, &error));
    QVERIFY(test::exec(*m_store, {u"DELETE FROM documents"_s}));
    const auto before = prints(m_store->path());
    QString kept;
    QVERIFY(!ProfileBackup::restore(backup, m_store->path(), &kept, &error));
    QVERIFY2(error.contains(u"open in gpudesk"_s), qPrintable(error));
    QVERIFY(kept.isEmpty());
    QCOMPARE(prints(m_store->path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.replaced-*"_s}).size(), 0);
}

// The preview's full check stands for restore's own while the backup is unchanged; another file's,
// or one made before the file changed, does not.
void TestProfileBackup::restoreTrustsTheCheckJustMade()
{
    QString error, kept;
    const QString backup = path(u"b.sqlite"_s);
    QVERIFY(ProfileBackup::backup(m_store->path(), backup, &error));
    BackupInfo checked = ProfileBackup::inspect(backup);
    QVERIFY(checked.canRestore());
    checked.problem = u"found wanting by the preview"_s;
    QVERIFY(!ProfileBackup::restore(backup, path(u"r1.sqlite"_s), &kept, &error, {}, &checked));
    QCOMPARE(error, checked.problem);
    QVERIFY(!QFile::exists(path(u"r1.sqlite"_s)));
    BackupInfo other = checked;
    other.path = path(u"other.sqlite"_s);
    QVERIFY2(ProfileBackup::restore(backup, path(u"r2.sqlite"_s), &kept, &error, {}, &other),
             qPrintable(error));
    QCOMPARE(prints(path(u"r2.sqlite"_s)), prints(backup));
    BackupInfo stale = checked;
    stale.sizeBytes += 1;
    QVERIFY2(ProfileBackup::restore(backup, path(u"r3.sqlite"_s), &kept, &error, {}, &stale),
             qPrintable(error));
}

void TestProfileBackup::restoreRefusesWhatIsNotASoundProfile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << u"text"_s << u"not an SQLite database"_s;
    QTest::newRow("another program's database") << u"foreign"_s << u"another program"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"newer gpudesk"_s;
    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
}

void TestProfileBackup::restoreRefusesWhatIsNotASoundProfile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path(u"candidate.sqlite"_s);
    if (kind == u"text"_s) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hostname,rack\n");
    } else if (kind != u"missing"_s) {
        const QString name = u"make-"_s + kind;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            if (kind == u"newer"_s) {
                QString error;
                QVERIFY2(Migrations::markVersion(db, Migrations::latestVersion() + 1, &error),
                         qPrintable(error));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const BackupInfo info = ProfileBackup::inspect(file);
    QVERIFY(!info.canRestore());
    QVERIFY2(info.problem.contains(expected), qPrintable(info.problem));
    QString error, kept;
    const QString target = path(u"target.sqlite"_s);
    QVERIFY(!ProfileBackup::restore(file, target, &kept, &error));
    QVERIFY(!QFile::exists(target));
}

void TestProfileBackup::previewSaysWhatItHolds()
{
    QString error;
    QVERIFY(ProfileBackup::backup(m_store->path(), path(u"b.sqlite"_s), &error));
    const BackupInfo info = ProfileBackup::inspect(path(u"b.sqlite"_s));
    QVERIFY2(info.canRestore(), qPrintable(info.problem));
    QCOMPARE(info.schemaVersion, Migrations::latestVersion());
    QCOMPARE(info.integrity, u"ok"_s);
    QCOMPARE(info.callCodes, QStringList{u"2025-R1"_s});
    QCOMPARE(info.lastChangeMs, 1767225600000);
    QHash<QString, qint64> counts;
    for (const auto &c : info.counts)
        counts.insert(c.first, c.second);
    QCOMPARE(counts.value(u"Applications"_s), 4);
    QCOMPARE(counts.value(u"Nodes"_s), 30);
    QCOMPARE(counts.value(u"Users"_s), 1);
    QCOMPARE(counts.value(u"Changes not yet synced"_s), 2);
    QVERIFY(info.sizeBytes > 3000000);
}

void TestProfileBackup::cancelLeavesNothing()
{
    QString error;
    const QString target = path(u"out/c.sqlite"_s);
    QVERIFY(!ProfileBackup::backup(m_store->path(), target, &error,
                                   [](qint64 done, qint64) { return done < 300; }));
    QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
    QVERIFY(QDir(path(u"out"_s)).entryList(QDir::Files).isEmpty());
}

void TestProfileBackup::backupNeverOverwritesItsSource()
{
    QString error;
    QVERIFY(!ProfileBackup::backup(m_store->path(), m_store->path(), &error));
    QVERIFY2(error.contains(u"profile itself"_s), qPrintable(error));
    // Nor another profile that is open: its lock is held.
    QTemporaryDir other;
    auto open = test::openFresh(other);
    QVERIFY(open);
    QVERIFY(!ProfileBackup::backup(m_store->path(), open->path(), &error));
    QVERIFY2(error.contains(u"open in gpudesk"_s), qPrintable(error));
}

void TestProfileBackup::retention()
{
    const QString folder = path(u"keep"_s);
    QVERIFY(QDir().mkpath(folder));
    const QDateTime base(QDate(2026, 2, 1), QTime(3, 0));
    for (int day = 0; day < 5; ++day) {
        QFile f(ProfileBackup::backupPathFor(m_store->path(), folder, base.addDays(day)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QFile other(folder + u"/other.backup-20260101-000000.sqlite"_s); // another profile's
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    const auto list = ProfileBackup::listBackups(m_store->path(), folder);
    QCOMPARE(list.size(), 5);
    QCOMPARE(list.first().second, base.addDays(4));
    QString error;
    const QStringList removed = ProfileBackup::prune(m_store->path(), folder, 3, &error);
    QCOMPARE(removed, (QStringList{u"p.backup-20260202-030000.sqlite"_s,
                                   u"p.backup-20260201-030000.sqlite"_s}));
    QCOMPARE(ProfileBackup::listBackups(m_store->path(), folder).size(), 3);
    QVERIFY(QFile::exists(other.fileName()));
    QCOMPARE(ProfileBackup::backupsToPrune(list, 0).size(), 4); // the newest always stays
}

void TestProfileBackup::schedule_data()
{
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("hours");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("due");
    const qint64 h = 3600000;
    QTest::newRow("off") << qint64(0) << 0 << 100 * h << false;
    QTest::newRow("never made") << qint64(0) << 24 << 100 * h << true;
    QTest::newRow("daily, 23 h ago") << 77 * h << 24 << 100 * h << false;
    QTest::newRow("daily, 24 h ago") << 76 * h << 24 << 100 * h << true;
    QTest::newRow("weekly, 3 days ago") << 28 * h << 168 << 100 * h << false;
}

void TestProfileBackup::schedule()
{
    QFETCH(qint64, last);
    QFETCH(int, hours);
    QFETCH(qint64, now);
    QFETCH(bool, due);
    QCOMPARE(ProfileBackup::isDue(last, hours, now), due);
}

QTEST_GUILESS_MAIN(TestProfileBackup)
#include "tst_profilebackup.moc"
