// SPDX-License-Identifier: GPL-3.0-or-later
// The headless verbs for scheduled jobs: gpudesk backup PROFILE FOLDER --keep N writes a named,
// identical backup while the profile is open; gpudesk restore FILE PROFILE restores it, keeps the
// profile it replaces, and refuses a profile that is open. Exit codes: 0 done, 1 refused or
// failed, 2 misused.
#include "../common/FleetSeed.h"
#include "CommandLine.h"
#include "store/ProfileBackup.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestBackupCommands : public QObject
{
    Q_OBJECT

private:
    static int run(const QStringList &words)
    {
        return CommandLine::runVerb(QStringList{u"gpudesk"_s} + words);
    }
    static QList<TableFingerprint> prints(const QString &path)
    {
        QString error;
        return ProfileBackup::fingerprint(path, &error);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void verbs();
    void backupWhileOpenRestoreWhenClosed();
    void misuse();
};

void TestBackupCommands::verbs()
{
    QVERIFY(CommandLine::isVerb(u"backup"_s));
    QVERIFY(CommandLine::isVerb(u"restore"_s));
}

void TestBackupCommands::backupWhileOpenRestoreWhenClosed()
{
    QTemporaryDir dir;
    auto store = test::openWithFleet(dir);
    QVERIFY(store);
    const QString profile = store->path();
    const QString folder = dir.filePath(u"backups/"_s);
    QVERIFY(QDir().mkpath(folder));
    // An older backup of the same profile that --keep 1 will let go.
    {
        QFile old(ProfileBackup::backupPathFor(profile, folder, QDateTime(QDate(2020, 1, 1), QTime(0, 0))));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    QCOMPARE(run({u"backup"_s, profile, folder, u"--keep"_s, u"1"_s}), 0);
    const auto backups = ProfileBackup::listBackups(profile, folder);
    QCOMPARE(backups.size(), 1);
    const QString backup = backups.first().first;
    QCOMPARE(prints(backup), prints(profile));

    // Restoring over the open profile is refused and changes nothing.
    QVERIFY(test::exec(*store, {u"DELETE FROM documents"_s, u"UPDATE nodes SET state = 'failed'"_s}));
    const auto changed = prints(profile);
    QCOMPARE(run({u"restore"_s, backup, profile}), 1);
    QCOMPARE(prints(profile), changed);

    // Once it is closed, the restore goes through and keeps what it replaced.
    store.reset();
    QCOMPARE(run({u"restore"_s, backup, profile}), 0);
    QCOMPARE(prints(profile), prints(backup));
    const QStringList kept = QDir(dir.path()).entryList({u"p.replaced-*.sqlite"_s});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(prints(dir.filePath(kept.first())), changed);
    // And into a new profile.
    QCOMPARE(run({u"restore"_s, backup, dir.filePath(u"copy.sqlite"_s)}), 0);
    QCOMPARE(prints(dir.filePath(u"copy.sqlite"_s)), prints(backup));
}

void TestBackupCommands::misuse()
{
    QTemporaryDir dir;
    QCOMPARE(run({u"backup"_s, dir.filePath(u"x.sqlite"_s)}), 2);
    QCOMPARE(run({u"backup"_s, dir.filePath(u"none.sqlite"_s), dir.filePath(u"b.sqlite"_s)}), 1);
    QCOMPARE(run({u"backup"_s, dir.filePath(u"none.sqlite"_s), dir.filePath(u"b.sqlite"_s),
                  u"--keep"_s, u"2"_s}),
             2);
    QCOMPARE(run({u"restore"_s, dir.filePath(u"none.sqlite"_s), dir.filePath(u"p.sqlite"_s)}), 1);
    QVERIFY(!QFile::exists(dir.filePath(u"p.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestBackupCommands)
#include "tst_backupcommands.moc"
