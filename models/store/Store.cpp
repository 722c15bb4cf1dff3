// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "IndexSetAside.h"
#include "Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>
#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// SQLite keeps allocation statistics under one lock shared by every connection of the process
// unless told not to before its first use. Nothing here reads them, and the desktop's worker
// connections and the server's workers would otherwise queue on that lock for each allocation.
const bool kAllocationStatisticsOff = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
}();

// The translation context lupdate and the runtime agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

QString nextConnectionName(const QString &prefix)
{
    static std::atomic<int> counter{0};
    return u"%1-%2"_s.arg(prefix).arg(++counter);
}

// UNC paths (\\server\share, //server/share) and the network file systems of Linux.
bool isNetworkFileSystem(const QString &dir)
{
    if (dir.startsWith(u"//"_s) || dir.startsWith(u"\\\\"_s))
        return true;
    if (!QFileInfo::exists(dir))
        return false;
    const QByteArray fs = QStorageInfo(dir).fileSystemType().toLower();
    static const QList<QByteArray> network = {"nfs", "nfs4",       "cifs", "smbfs", "smb3",
                                              "9p",  "fuse.sshfs", "afs",  "ncpfs", "davfs"};
    return network.contains(fs);
}

// Reads the 16-byte header without going through SQLite, so nothing can be written to the file.
enum class Header
{
    SQLite,
    Empty,
    Other,
    Unreadable
};
Header readHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Header::Unreadable;
    if (f.size() == 0)
        return Header::Empty;
    return f.read(16) == QByteArray("SQLite format 3\0", 16) ? Header::SQLite : Header::Other;
}

bool fail(OpenOutcome *o, OpenError e, const QString &message, const QString &detail = {})
{
    o->error = e;
    o->message = message;
    o->detail = detail;
    return false;
}

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s,
                               u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s,
                               u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -32768"_s}) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString backupPathFor(const QString &path, int version)
{
    const QFileInfo fi(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    return fi.absolutePath() + u'/' + fi.completeBaseName() +
           u".v%1-%2.backup.sqlite"_s.arg(version).arg(stamp);
}

// Looks at an existing file through a read-only connection: is it ours, which version, sound?
bool inspect(const QString &path, OpenOutcome *o, int *version, bool *needsSchema)
{
    const QString name = nextConnectionName(u"gpudesk-inspect"_s);
    bool ok = true;
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        ro.setDatabaseName(path);
        ro.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!ro.open()) {
            ok = fail(
                o, OpenError::NotADatabase,
                Text::tr("The file cannot be read as a database. It may be damaged or belong to "
                         "another program. Choose another profile or create a new one."),
                ro.lastError().text());
        } else {
            QSqlQuery q(ro);
            int appId = -1;
            int tables = -1;
            if (q.exec(u"PRAGMA application_id"_s) && q.next())
                appId = q.value(0).toInt();
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                *version = q.value(0).toInt();
            if (q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next())
                tables = q.value(0).toInt();
            if (appId < 0 || tables < 0) {
                ok = fail(
                    o, OpenError::Corrupt,
                    Text::tr("The profile database is damaged and cannot be read. Restore it from "
                             "a backup, or create a new profile."),
                    q.lastError().text());
            } else if (appId == 0 && tables == 0) {
                *needsSchema = true; // an empty SQLite file: treat it as new
                *version = 0;
            } else if (appId != Migrations::kApplicationId) {
                ok = fail(
                    o, OpenError::ForeignDatabase,
                    Text::tr("This SQLite file belongs to another program, not to gpudesk. It was "
                             "left untouched. Choose a gpudesk profile or create a new one."));
            } else if (*version > Migrations::latestVersion()) {
                ok = fail(
                    o, OpenError::NewerSchema,
                    Text::tr("This profile was written by a newer version of gpudesk (schema %1; "
                             "this version knows up to %2). It was left untouched. Install the "
                             "newer gpudesk to open it.")
                        .arg(*version)
                        .arg(Migrations::latestVersion()));
            } else {
                QString result;
                if (q.exec(u"PRAGMA quick_check(1)"_s) && q.next())
                    result = q.value(0).toString();
                if (result != u"ok"_s) {
                    ok = fail(
                        o, OpenError::Corrupt,
                        Text::tr("The profile database is damaged (its integrity check failed). "
                                 "Nothing was changed. Restore it from a backup, or create a new "
                                 "profile."),
                        result.isEmpty() ? q.lastError().text() : result);
                }
            }
        }
        ro.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool makeBackup(const QString &path, const QString &target, QString *error)
{
    const QString name = nextConnectionName(u"gpudesk-backup"_s);
    bool ok = false;
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        ro.setDatabaseName(path);
        ro.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (ro.open()) {
            QSqlQuery q(ro);
            q.prepare(u"VACUUM INTO ?"_s);
            q.addBindValue(target);
            ok = q.exec();
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = ro.lastError().text();
        }
        ro.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

Store::Store(const QString &path, const QString &connection, std::unique_ptr<QLockFile> lock,
             QObject *parent)
    : QObject(parent), m_path(path), m_connection(connection), m_lock(std::move(lock))
{
}

Store::~Store()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen()) {
            QSqlQuery q(d);
            q.exec(u"PRAGMA optimize"_s);
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Store> Store::open(const QString &path, const OpenOptions &options,
                                   OpenOutcome *outcome, QObject *parent)
{
    OpenOutcome scratch;
    OpenOutcome *o = outcome ? outcome : &scratch;
    *o = OpenOutcome{};
    const QFileInfo fi(path);
    const QString file = fi.absoluteFilePath();
    const QString dir = fi.absolutePath();

    if (!options.allowNetwork && (isNetworkFileSystem(path) || isNetworkFileSystem(dir))) {
        fail(
            o, OpenError::NetworkLocation,
            Text::tr(
                "The profile is on a network drive. gpudesk keeps its database on a local disk "
                "so that it cannot be damaged by a dropped connection. Copy the profile to a local "
                "folder and open it there."),
            dir);
        return nullptr;
    }

    bool exists = fi.exists();
    if (!exists && !options.create) {
        fail(o, OpenError::IoError, Text::tr("The profile %1 does not exist.").arg(file));
        return nullptr;
    }
    if (!exists && !QDir().mkpath(dir)) {
        fail(o, OpenError::ReadOnly,
             Text::tr("The folder %1 cannot be created. Choose a folder you can write to.")
                 .arg(dir));
        return nullptr;
    }

    auto lock = std::make_unique<QLockFile>(file + u".lock"_s);
    lock->setStaleLockTime(0); // stale only when its process is gone, however old
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            fail(o, OpenError::Locked,
                 Text::tr(
                     "This profile is already open in another gpudesk window (process %1 on %2). "
                     "Switch to that window, or open another profile.")
                     .arg(pid)
                     .arg(host));
        } else {
            fail(o, OpenError::ReadOnly,
                 Text::tr(
                     "The folder of this profile is not writable, so gpudesk cannot lock it. Copy "
                     "the profile to a folder you can write to."),
                 dir);
        }
        return nullptr;
    }

    int version = 0;
    bool needsSchema = !exists;
    if (exists) {
        switch (readHeader(file)) {
        case Header::Empty:
            needsSchema = true;
            break;
        case Header::Unreadable:
            fail(
                o, OpenError::ReadOnly,
                Text::tr("The profile file cannot be read. Check its permissions or choose another "
                         "profile."),
                file);
            return nullptr;
        case Header::Other:
            fail(o, OpenError::NotADatabase,
                 Text::tr(
                     "This file is not a gpudesk profile (it is not an SQLite database). It was "
                     "left untouched. Choose another file or create a new profile."),
                 file);
            return nullptr;
        case Header::SQLite:
            if (!inspect(file, o, &version, &needsSchema))
                return nullptr;
            break;
        }
        const QFileInfo dirInfo(dir);
        if (!fi.isWritable() || !dirInfo.isWritable()) {
            fail(o, OpenError::ReadOnly,
                 Text::tr(
                     "The profile or its folder is read-only. gpudesk needs to write next to the "
                     "database (its journal). Copy the profile to a folder you can write to."),
                 file);
            return nullptr;
        }
    }

    if (exists && !needsSchema && version < Migrations::latestVersion()) {
        QString error;
        const QString target = backupPathFor(file, version);
        if (!makeBackup(file, target, &error)) {
            fail(o, OpenError::BackupFailed,
                 Text::tr(
                     "Before upgrading the profile, gpudesk makes a backup copy, and that failed. "
                     "Nothing was changed. Free some disk space or check the folder's "
                     "permissions."),
                 error);
            return nullptr;
        }
        o->backupPath = target;
    }

    const QString name = nextConnectionName(u"gpudesk"_s);
    std::unique_ptr<Store> store(new Store(file, name, std::move(lock), parent));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(file);
    QString error;
    if (!db.open() || !applyPragmas(db, &error)) {
        fail(o, OpenError::IoError,
             Text::tr("The profile database could not be opened for writing."),
             error.isEmpty() ? db.lastError().text() : error);
        return nullptr;
    }
    // Indexes a sync set aside and could not put back (it crashed or was killed): back first,
    // before any migration expects them.
    if (!IndexSetAside::restore(db, &error)) {
        fail(o, OpenError::IoError,
             Text::tr("The profile's indexes could not be rebuilt after an interrupted sync. "
                      "Nothing was lost; free some disk space and open the profile again."),
             error);
        return nullptr;
    }
    o->fromVersion = version;
    o->toVersion = Migrations::latestVersion();
    o->created = needsSchema;
    if (version < Migrations::latestVersion() &&
        !Migrations::migrate(db, version, Migrations::latestVersion(), &error)) {
        fail(o, OpenError::MigrationFailed,
             Text::tr(
                 "Upgrading the profile failed and was undone; the profile is as it was. A backup "
                 "copy is at %1.")
                 .arg(o->backupPath.isEmpty() ? Text::tr("(none: the profile was new)")
                                              : o->backupPath),
             error);
        return nullptr;
    }
    return store;
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void Store::setCurrentUser(const QString &userId, const QString &displayName)
{
    m_userId = userId;
    m_userName = displayName;
}

bool Store::write(const WriteFn &fn, QString *error, Capture capture)
{
    QSqlDatabase d = db();
    QSet<QString> changed;
    if (!runWrite(d, m_userId, fn, &changed, error, capture))
        return false;
    if (!changed.isEmpty())
        Q_EMIT tablesChanged(changed);
    return true;
}

bool Store::writeFromWorker(QSqlDatabase &connection, const WriteFn &fn, QString *error,
                            Capture capture)
{
    QSet<QString> changed;
    if (!runWrite(connection, m_userId, fn, &changed, error, capture))
        return false;
    if (!changed.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, changed] { Q_EMIT tablesChanged(changed); }, Qt::QueuedConnection);
    }
    return true;
}

bool Store::writeOn(QSqlDatabase &connection, const WriteFn &fn, QString *error, Capture capture)
{
    if (!connection.isValid() || connection.connectionName() == connectionName())
        return write(fn, error, capture);
    return writeFromWorker(connection, fn, error, capture);
}

bool Store::runWrite(QSqlDatabase &d, const QString &userId, const WriteFn &fn,
                     QSet<QString> *changed, QString *error, Capture capture)
{
    QString scratch;
    if (!error)
        error = &scratch;
    QSqlQuery q(d);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = Text::tr("The database is busy or read-only: %1").arg(q.lastError().text());
        return false;
    }
    q.prepare(
        u"UPDATE sync_control SET capture = ?, tx_id = tx_id + 1, user_id = ? WHERE id = 1"_s);
    q.addBindValue(capture == Capture::Local ? 1 : 0);
    q.addBindValue(userId.isEmpty() ? u""_s : userId); // a null QString would bind NULL
    bool ok = q.exec();
    if (!ok)
        *error = q.lastError().text();
    ok = ok && fn(d, *changed, error);
    if (ok && capture != Capture::Local) {
        ok = q.exec(u"UPDATE sync_control SET capture = 1 WHERE id = 1"_s);
        if (!ok)
            *error = q.lastError().text();
    }
    if (ok && !q.exec(u"COMMIT"_s)) {
        *error = q.lastError().text();
        ok = false;
    }
    if (!ok) {
        q.exec(u"ROLLBACK"_s);
        changed->clear();
        return false;
    }
    return true;
}

QSqlDatabase Store::openWorkerConnection(const QString &name) const
{
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    d.setDatabaseName(m_path);
    QString error;
    if (d.open())
        applyPragmas(d, &error);
    return d;
}

void Store::withWorkerConnection(const QString &purpose,
                                 const std::function<void(QSqlDatabase &)> &fn) const
{
    const QString name = purpose + u'-' + newId();
    {
        QSqlDatabase db = openWorkerConnection(name);
        fn(db);
    }
    QSqlDatabase::removeDatabase(name);
}

QString Store::sqliteVersion() const
{
    QSqlQuery q(db());
    if (q.exec(u"SELECT sqlite_version()"_s) && q.next())
        return q.value(0).toString();
    return {};
}

QString Store::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 Store::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace gpudesk
