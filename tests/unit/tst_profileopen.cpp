// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a profile safely: every bad case gives its own error and leaves the file untouched.
#include "../common/TestStore.h"
#include "store/IndexSetAside.h"
#include "store/Migrations.h"
#include "store/SqlExec.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {
QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A database written by plain SQLite, as another program would.
void makeSqlite(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

class TestProfileOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void indexesAnInterruptedSyncSetAsideAreBuiltOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cut.sqlite"_s);
        const QString indexes =
            u"SELECT group_concat(name || ':' || sql, '\n') FROM (SELECT name, sql FROM "
            "sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"_s;
        QString before;
        {
            OpenOutcome outcome;
            auto store = Store::open(path, OpenOptions{}, &outcome);
            QVERIFY(store);
            before = sql::scalar(store->db(), indexes).toString();
            QString error;
            int setAside = 0;
            QVERIFY2(store->write(
                         [&](QSqlDatabase &db, QSet<QString> &, QString *err) {
                             setAside = IndexSetAside::setAside(db, err);
                             return setAside >= 0;
                         },
                         &error, Store::Capture::Uncaptured),
                     qPrintable(error));
            // The synced tables' and the browse rows' non-unique indexes; unique ones stay.
            QVERIFY(setAside > 20);
            const QString during = sql::scalar(store->db(), indexes).toString();
            QVERIFY(!during.contains(u"reviews_app:"_s));
            QVERIFY(!during.contains(u"application_browse_title:"_s));
            QVERIFY(during.contains(u"reviews_assignment:"_s));
            QVERIFY(during.contains(u"outbox_row:"_s));
            QCOMPARE(sql::scalar(store->db(), u"SELECT count(*) FROM index_set_aside"_s).toInt(),
                     setAside);
            // The process dies here: nothing puts them back.
        }
        OpenOutcome outcome;
        auto store = Store::open(path, OpenOptions{}, &outcome);
        QVERIFY2(store, qPrintable(outcome.message + u' ' + outcome.detail));
        QCOMPARE(sql::scalar(store->db(), indexes).toString(), before);
        QCOMPARE(sql::scalar(store->db(), u"SELECT count(*) FROM index_set_aside"_s).toInt(), 0);
        QString error;
        QVERIFY2(IndexSetAside::restore(store->db(), &error), qPrintable(error)); // nothing left
    }

    void newProfileIsCreated()
    {
        QTemporaryDir dir;
        OpenOutcome outcome;
        auto store = Store::open(dir.filePath(u"sub/new.sqlite"_s), OpenOptions{}, &outcome);
        QVERIFY(store);
        QVERIFY(outcome.created);
        QCOMPARE(outcome.error, OpenError::None);
        QCOMPARE(outcome.toVersion, Migrations::latestVersion());
    }

    void missingProfileWithoutCreateIsAnError()
    {
        QTemporaryDir dir;
        OpenOutcome outcome;
        OpenOptions options;
        options.create = false;
        QVERIFY(!Store::open(dir.filePath(u"none.sqlite"_s), options, &outcome));
        QCOMPARE(outcome.error, OpenError::IoError);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"none.sqlite"_s)));
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<OpenError>("expected");
        QTest::newRow("text file") << 0 << OpenError::NotADatabase;
        QTest::newRow("another program's SQLite") << 1 << OpenError::ForeignDatabase;
        QTest::newRow("ours, damaged") << 2 << OpenError::Corrupt;
        QTest::newRow("ours, header cut off") << 3 << OpenError::NotADatabase;
    }
    void badFilesAreRefusedUntouched()
    {
        QFETCH(int, kind);
        QFETCH(OpenError, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.sqlite"_s);
        switch (kind) {
        case 0:
            writeFile(path, "name,organisation\n김하늘,딥파인\n");
            break;
        case 1:
            makeSqlite(path, {u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s,
                              u"INSERT INTO moz_places (url) VALUES ('https://example.org')"_s});
            break;
        case 2:
        case 3: {
            {
                auto store = test::openFresh(dir, u"bad.sqlite"_s);
                QVERIFY(store);
                QVERIFY(test::seedReference(*store));
                for (int i = 0; i < 300; ++i)
                    QVERIFY(test::addApplication(*store, u"a%1"_s.arg(i), u"R-%1"_s.arg(i),
                                                 u"대규모 언어 모델 미세조정 연구 %1"_s.arg(i), u"o-univ"_s, u"t-b200"_s, 64, 6));
                QSqlQuery q(store->db());
                QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            if (kind == 2) {
                // Scribble over the pages after the schema page: the header still says "ours".
                for (qsizetype i = 8192; i < bytes.size(); i += 7)
                    bytes[i] = static_cast<char>(0xA5);
            } else {
                bytes = bytes.mid(100);
            }
            f.seek(0);
            f.resize(0);
            f.write(bytes);
            break;
        }
        }
        const QByteArray before = digest(path);
        OpenOutcome outcome;
        QVERIFY(!Store::open(path, OpenOptions{}, &outcome));
        QCOMPARE(outcome.error, expected);
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(digest(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
    }

    void secondInstanceIsToldItIsOpen()
    {
        QTemporaryDir dir;
        auto first = test::openFresh(dir);
        QVERIFY(first);
        OpenOutcome outcome;
        QVERIFY(!Store::open(dir.filePath(u"p.sqlite"_s), OpenOptions{}, &outcome));
        QCOMPARE(outcome.error, OpenError::Locked);
        QVERIFY(outcome.message.contains(QString::number(QCoreApplication::applicationPid())));
        first.reset();
        QVERIFY(test::openFresh(dir)); // the lock goes with the first store
    }

    void networkLocationIsRefused()
    {
        OpenOutcome outcome;
        QVERIFY(!Store::open(u"//fileserver/share/profile.sqlite"_s, OpenOptions{}, &outcome));
        QCOMPARE(outcome.error, OpenError::NetworkLocation);
        QVERIFY(!QFileInfo::exists(u"//fileserver/share/profile.sqlite"_s));
    }

    void readOnlyFolderIsRefused()
    {
        QTemporaryDir dir;
        { QVERIFY(test::openFresh(dir)); }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        QFile::setPermissions(dir.filePath(u"p.sqlite"_s), QFile::ReadOwner);
        const bool enforced = !QFileInfo(dir.filePath(u"p.sqlite"_s)).isWritable();
        OpenOutcome outcome;
        auto store = Store::open(dir.filePath(u"p.sqlite"_s), OpenOptions{}, &outcome);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!enforced)
            QSKIP("running as root: file permissions do not bind, so a read-only file cannot be made here");
        QVERIFY(!store);
        QCOMPARE(outcome.error, OpenError::ReadOnly);
    }

    void olderProfileIsBackedUpThenMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        // Version 0 of our own format: marked as gpudesk's, no schema yet, one row of user data.
        makeSqlite(path, {u"PRAGMA application_id = %1"_s.arg(Migrations::kApplicationId),
                          u"CREATE TABLE notes (text TEXT)"_s, u"INSERT INTO notes VALUES ('메모')"_s});
        OpenOutcome outcome;
        auto store = Store::open(path, OpenOptions{}, &outcome);
        QVERIFY2(store, qPrintable(outcome.detail));
        QCOMPARE(outcome.fromVersion, 0);
        QVERIFY(!outcome.backupPath.isEmpty());
        QVERIFY(QFileInfo::exists(outcome.backupPath));
        QCOMPARE(test::scalar(store->db(), u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(test::scalar(store->db(), u"SELECT text FROM notes"_s).toString(), u"메모"_s);
        makeSqlite(outcome.backupPath, {u"SELECT 1"_s});
    }

    void emptyFileBecomesAProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        writeFile(path, QByteArray());
        OpenOutcome outcome;
        QVERIFY(Store::open(path, OpenOptions{}, &outcome));
        QVERIFY(outcome.created);
    }
};

QTEST_GUILESS_MAIN(TestProfileOpen)
#include "tst_profileopen.moc"
