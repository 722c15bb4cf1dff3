// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileBackup.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUuid>
#include <algorithm>
#include <filesystem>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileBackup)
};

constexpr int kPagesPerStep = 256;

// A connection of our own, closed however the function leaves.
struct Connection
{
    sqlite3 *h = nullptr;
    ~Connection() { sqlite3_close_v2(h); }
    QString error() const { return h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString(); }
};

struct Statement
{
    sqlite3_stmt *st = nullptr;
    ~Statement() { sqlite3_finalize(st); }
};

QByteArray nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toUtf8();
}

bool openFile(Connection &c, const QString &path, bool writable, QString *error)
{
    const int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(nativePath(path).constData(), &c.h, flags, nullptr) != SQLITE_OK) {
        if (error)
            *error = c.error();
        return false;
    }
    sqlite3_busy_timeout(c.h, 5000);
    sqlite3_extended_result_codes(c.h, 1);
    return true;
}

bool exec(Connection &c, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(c.h, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : c.error();
    sqlite3_free(message);
    return false;
}

// The first column of the first row as text; empty (with *ok false) on an error.
QString scalarText(Connection &c, const QByteArray &sql, bool *ok = nullptr)
{
    Statement s;
    QString out;
    bool good = sqlite3_prepare_v2(c.h, sql.constData(), -1, &s.st, nullptr) == SQLITE_OK;
    if (good) {
        const int rc = sqlite3_step(s.st);
        good = rc == SQLITE_ROW || rc == SQLITE_DONE;
        if (rc == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.st, 0)));
    }
    if (ok)
        *ok = good;
    return out;
}

bool tableExists(Connection &c, const QString &table)
{
    Statement s;
    if (sqlite3_prepare_v2(c.h, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1,
                           &s.st, nullptr) != SQLITE_OK)
        return false;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(s.st, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    return sqlite3_step(s.st) == SQLITE_ROW;
}

QString integrityOf(Connection &c, bool full)
{
    bool ok = false;
    const QString result =
        scalarText(c, full ? "PRAGMA integrity_check(1)" : "PRAGMA quick_check(1)", &ok);
    return ok ? result : c.error();
}

// Whoever holds the profile's lock has it open: a gpudesk window (Store::open takes it).
bool isOpenElsewhere(const QString &profilePath, QLockFile *lock, QString *error)
{
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return false;
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    if (error)
        *error = Text::tr("The profile %1 is open in gpudesk (process %2 on %3). Close that "
                          "window first, or restore into another profile.")
                     .arg(QFileInfo(profilePath).fileName())
                     .arg(pid)
                     .arg(host);
    return true;
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec && error)
        *error = QString::fromLocal8Bit(ec.message().c_str());
    return !ec;
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

// Copies `source` into the new file `target` page by page, from one read snapshot of the source.
bool copyDatabase(const QString &source, const QString &target, QString *error,
                  const ProfileBackup::Progress &progress)
{
    Connection src, dst;
    QString detail;
    if (!openFile(src, source, false, &detail)) {
        *error = Text::tr("%1 cannot be opened for reading: %2").arg(QFileInfo(source).fileName(), detail);
        return false;
    }
    // One read transaction for the whole copy: every page comes from the same snapshot, whatever
    // the running gpudesk writes meanwhile (WAL lets it).
    if (!exec(src, "BEGIN", &detail) || scalarText(src, "SELECT count(*) FROM sqlite_master").isEmpty()) {
        *error = Text::tr("%1 cannot be read: %2").arg(QFileInfo(source).fileName(),
                                                       detail.isEmpty() ? src.error() : detail);
        return false;
    }
    if (!openFile(dst, target, true, &detail)) {
        *error = Text::tr("%1 cannot be created: %2").arg(target, detail);
        return false;
    }
    sqlite3_backup *b = sqlite3_backup_init(dst.h, "main", src.h, "main");
    if (!b) {
        *error = Text::tr("The copy could not start: %1").arg(dst.error());
        return false;
    }
    int rc = SQLITE_OK;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(b, kPagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(b);
        if (progress && !progress(total - sqlite3_backup_remaining(b), total)) {
            cancelled = true;
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    exec(src, "COMMIT", nullptr);
    if (cancelled) {
        *error = Text::tr("Cancelled; no copy was kept.");
        return false;
    }
    if (rc != SQLITE_DONE) {
        *error = Text::tr("The copy failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    // A single self-contained file, whatever the journal of the source.
    if (!exec(dst, "PRAGMA journal_mode = DELETE", &detail)) {
        *error = Text::tr("The copy could not be finished: %1").arg(detail);
        return false;
    }
    const QString integrity = integrityOf(dst, true);
    if (integrity != u"ok"_s) {
        *error = Text::tr("The copy failed its integrity check (%1); nothing was kept.").arg(integrity);
        return false;
    }
    return true;
}

QString partialPathFor(const QString &target)
{
    return target + u".partial-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// Rows of one table hashed one by one, the row hashes sorted and hashed again: the same contents
// give the same checksum in any row order.
bool tableChecksum(Connection &c, const QString &table, TableFingerprint *out, QString *error)
{
    Statement s;
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8().replace('"', "\"\"") + '"';
    if (sqlite3_prepare_v2(c.h, sql.constData(), -1, &s.st, nullptr) != SQLITE_OK) {
        *error = c.error();
        return false;
    }
    QList<QByteArray> rows;
    const int columns = sqlite3_column_count(s.st);
    int rc;
    while ((rc = sqlite3_step(s.st)) == SQLITE_ROW) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (int i = 0; i < columns; ++i) {
            const int type = sqlite3_column_type(s.st, i);
            h.addData(QByteArrayView(reinterpret_cast<const char *>(&type), sizeof type));
            switch (type) {
            case SQLITE_INTEGER: {
                const qint64 v = sqlite3_column_int64(s.st, i);
                h.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                break;
            }
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(s.st, i);
                h.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                break;
            }
            case SQLITE_NULL:
                break;
            default: {
                const void *data = sqlite3_column_blob(s.st, i);
                const int n = sqlite3_column_bytes(s.st, i);
                h.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
                if (data)
                    h.addData(QByteArrayView(static_cast<const char *>(data), n));
            }
            }
        }
        rows.append(h.result());
    }
    if (rc != SQLITE_DONE) {
        *error = c.error();
        return false;
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &r : std::as_const(rows))
        all.addData(r);
    *out = {table, rows.size(), all.result()};
    return true;
}

const QString kBackupInfix = u".backup-"_s;
const QString kStampFormat = u"yyyyMMdd-HHmmss"_s;

} // namespace

bool ProfileBackup::backup(const QString &profilePath, const QString &targetPath, QString *error,
                           const Progress &progress)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const QFileInfo source(profilePath);
    const QFileInfo target(targetPath);
    if (!source.exists()) {
        *error = Text::tr("The profile %1 does not exist.").arg(source.absoluteFilePath());
        return false;
    }
    if (source.absoluteFilePath() == target.absoluteFilePath() ||
        (target.exists() && source.canonicalFilePath() == target.canonicalFilePath())) {
        *error = Text::tr("The backup cannot be written over the profile itself; choose another "
                          "file.");
        return false;
    }
    QLockFile targetLock(target.absoluteFilePath() + u".lock"_s);
    if (target.exists() && isOpenElsewhere(targetPath, &targetLock, error))
        return false;
    if (!QDir().mkpath(target.absolutePath())) {
        *error = Text::tr("The folder %1 cannot be created; choose a folder you can write to.")
                     .arg(target.absolutePath());
        return false;
    }
    const QString partial = partialPathFor(target.absoluteFilePath());
    const bool ok = copyDatabase(source.absoluteFilePath(), partial, error, progress);
    if (!ok || !replaceFile(partial, target.absoluteFilePath(), error)) {
        if (ok)
            *error = Text::tr("The backup could not be named %1: %2").arg(targetPath, *error);
        removeWithSidecars(partial);
        return false;
    }
    QFile::remove(partial + u"-journal"_s);
    return true;
}

BackupInfo ProfileBackup::inspect(const QString &path, bool fullCheck)
{
    BackupInfo info;
    const QFileInfo fi(path);
    info.path = fi.absoluteFilePath();
    info.sizeBytes = fi.size();
    info.modified = fi.lastModified();
    if (!fi.exists()) {
        info.problem = Text::tr("The file %1 does not exist.").arg(fi.fileName());
        return info;
    }
    QFile header(path);
    if (!header.open(QIODevice::ReadOnly) ||
        header.read(16) != QByteArray("SQLite format 3\0", 16)) {
        info.problem = Text::tr("%1 is not a gpudesk profile or backup (not an SQLite database).")
                           .arg(fi.fileName());
        return info;
    }
    header.close();
    Connection c;
    QString detail;
    if (!openFile(c, path, false, &detail)) {
        info.problem = Text::tr("%1 cannot be opened: %2").arg(fi.fileName(), detail);
        return info;
    }
    info.readable = true;
    bool ok = false;
    const int appId = scalarText(c, "PRAGMA application_id", &ok).toInt();
    info.schemaVersion = scalarText(c, "PRAGMA user_version").toInt();
    if (!ok) {
        info.problem = Text::tr("%1 is damaged and cannot be read.").arg(fi.fileName());
        return info;
    }
    if (appId != Migrations::kApplicationId) {
        info.problem = Text::tr("%1 belongs to another program, not to gpudesk.").arg(fi.fileName());
        return info;
    }
    info.isProfile = true;
    if (info.schemaVersion > Migrations::latestVersion())
        info.problem = Text::tr("It was written by a newer gpudesk (schema %1; this version knows up "
                                "to %2). Install the newer gpudesk to restore it.")
                           .arg(info.schemaVersion)
                           .arg(Migrations::latestVersion());
    info.integrity = integrityOf(c, fullCheck);
    if (info.integrity != u"ok"_s && info.problem.isEmpty())
        info.problem = Text::tr("It fails the integrity check (%1); it cannot be restored.")
                           .arg(info.integrity);
    struct Count
    {
        const char *label;
        const char16_t *table;
        const char *where;
    };
    static const Count kCounts[] = {
        {QT_TRANSLATE_NOOP("ProfileBackup", "Calls"), u"calls", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Applications"), u"applications", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Documents"), u"documents", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Reviews"), u"reviews", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Users"), u"users", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Nodes"), u"nodes", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Allocations"), u"allocations", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Statements"), u"statements", "deleted = 0"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Audit trail entries"), u"audit_log", "1"},
        {QT_TRANSLATE_NOOP("ProfileBackup", "Changes not yet synced"), u"outbox", "1"},
    };
    for (const Count &k : kCounts) {
        const QString table = QString::fromUtf16(k.table);
        if (!tableExists(c, table))
            continue;
        const QByteArray sql = "SELECT count(*) FROM " + table.toUtf8() + " WHERE " + k.where;
        info.counts.append({QCoreApplication::translate("ProfileBackup", k.label),
                            scalarText(c, sql).toLongLong()});
    }
    for (const char *table : {"calls", "applications", "reviews", "nodes", "users", "grants"}) {
        if (tableExists(c, QString::fromLatin1(table)))
            info.lastChangeMs = qMax(info.lastChangeMs,
                                     scalarText(c, QByteArray("SELECT max(updated_at) FROM ") + table)
                                         .toLongLong());
    }
    if (tableExists(c, u"audit_log"_s))
        info.lastChangeMs =
            qMax(info.lastChangeMs, scalarText(c, "SELECT max(at) FROM audit_log").toLongLong());
    if (tableExists(c, u"calls"_s)) {
        Statement s;
        if (sqlite3_prepare_v2(c.h,
                               "SELECT code FROM calls WHERE deleted = 0 ORDER BY opens_on DESC, "
                               "code LIMIT 12",
                               -1, &s.st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(s.st) == SQLITE_ROW)
                info.callCodes << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(s.st, 0)));
        }
    }
    return info;
}

bool ProfileBackup::restore(const QString &backupPath, const QString &profilePath,
                            QString *keptCopy, QString *error, const Progress &progress,
                            const BackupInfo *checked)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const QFileInfo profile(profilePath);
    const QString target = profile.absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target) {
        *error = Text::tr("The backup and the profile are the same file; choose the profile to "
                          "restore into.");
        return false;
    }
    const QFileInfo source(backupPath);
    const bool stillChecked = checked && checked->path == source.absoluteFilePath() &&
                              checked->sizeBytes == source.size() &&
                              checked->modified == source.lastModified();
    const BackupInfo info = stillChecked ? *checked : inspect(backupPath, true);
    if (!info.canRestore()) {
        *error = info.problem;
        return false;
    }
    if (!QDir().mkpath(profile.absolutePath())) {
        *error = Text::tr("The folder %1 cannot be created; choose a folder you can write to.")
                     .arg(profile.absolutePath());
        return false;
    }
    QLockFile lock(target + u".lock"_s);
    if (isOpenElsewhere(target, &lock, error))
        return false;
    if (profile.exists()) {
        // Keep what is replaced: a consistent copy (the WAL's last changes included).
        const QString kept =
            profile.absolutePath() + u'/' + profile.completeBaseName() + u".replaced-"_s +
            QDateTime::currentDateTime().toString(kStampFormat) + u".sqlite"_s;
        if (!backup(target, kept, error)) {
            *error = Text::tr("The profile to be replaced could not be kept as a copy, so nothing "
                              "was restored: %1")
                         .arg(*error);
            return false;
        }
        if (keptCopy)
            *keptCopy = kept;
        // Fold the write-ahead log into the file, so that no stale log meets the restored one.
        Connection old;
        if (openFile(old, target, true, nullptr))
            exec(old, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr);
    }
    const QString partial = partialPathFor(target);
    if (!copyDatabase(QFileInfo(backupPath).absoluteFilePath(), partial, error, progress)) {
        removeWithSidecars(partial);
        return false;
    }
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);
    if (!replaceFile(partial, target, error)) {
        *error = Text::tr("The restored profile could not take the name %1: %2. The backup is "
                          "unchanged; try again.")
                     .arg(target, *error);
        removeWithSidecars(partial);
        return false;
    }
    QFile::remove(partial + u"-journal"_s);
    return true;
}

QList<TableFingerprint> ProfileBackup::fingerprint(const QString &path, QString *error)
{
    QList<TableFingerprint> out;
    Connection c;
    QString scratch;
    if (!error)
        error = &scratch;
    if (!openFile(c, path, false, error))
        return out;
    QStringList tables;
    {
        Statement s;
        if (sqlite3_prepare_v2(c.h,
                               "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                               -1, &s.st, nullptr) != SQLITE_OK) {
            *error = c.error();
            return out;
        }
        while (sqlite3_step(s.st) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s.st, 0)));
    }
    for (const QString &t : std::as_const(tables)) {
        TableFingerprint f;
        if (!tableChecksum(c, t, &f, error))
            return {};
        out.append(f);
    }
    return out;
}

QString ProfileBackup::backupPathFor(const QString &profilePath, const QString &folder,
                                     const QDateTime &when)
{
    return QDir(folder).filePath(QFileInfo(profilePath).completeBaseName() + kBackupInfix +
                                 when.toString(kStampFormat) + u".sqlite"_s);
}

QList<QPair<QString, QDateTime>> ProfileBackup::listBackups(const QString &profilePath,
                                                            const QString &folder)
{
    QList<QPair<QString, QDateTime>> out;
    const QString prefix = QFileInfo(profilePath).completeBaseName() + kBackupInfix;
    const QFileInfoList files =
        QDir(folder).entryInfoList({prefix + u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        const QString stamp = f.fileName().mid(prefix.size()).chopped(7); // ".sqlite"
        const QDateTime when = QDateTime::fromString(stamp, kStampFormat);
        if (when.isValid())
            out.append({f.absoluteFilePath(), when});
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

QStringList ProfileBackup::backupsToPrune(const QList<QPair<QString, QDateTime>> &backups, int keep)
{
    QList<QPair<QString, QDateTime>> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList out;
    for (int i = qMax(keep, 1); i < sorted.size(); ++i)
        out << sorted[i].first;
    return out;
}

QStringList ProfileBackup::prune(const QString &profilePath, const QString &folder, int keep,
                                 QString *error)
{
    QStringList removed;
    for (const QString &path : backupsToPrune(listBackups(profilePath, folder), keep)) {
        if (QFile::remove(path))
            removed << QFileInfo(path).fileName();
        else if (error)
            *error = Text::tr("The old backup %1 could not be deleted.").arg(QFileInfo(path).fileName());
    }
    return removed;
}

bool ProfileBackup::isDue(qint64 lastBackupMs, int intervalHours, qint64 nowMs)
{
    if (intervalHours <= 0)
        return false;
    return lastBackupMs <= 0 || nowMs - lastBackupMs >= qint64(intervalHours) * 3600 * 1000;
}

} // namespace gpudesk
