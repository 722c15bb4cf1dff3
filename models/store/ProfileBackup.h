// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>

namespace gpudesk {

// What a backup (or any profile file) holds, for the restore preview.
struct BackupInfo
{
    QString path;
    qint64 sizeBytes = 0;
    QDateTime modified;
    bool readable = false;  // an SQLite file that could be opened
    bool isProfile = false; // gpudesk's, of a schema this version can open
    QString problem;        // translated: why it cannot be restored; empty when it can
    int schemaVersion = 0;
    QString integrity;      // "ok", or what the integrity check found
    qint64 lastChangeMs = 0; // the newest write it records (UTC ms); 0 when none
    QList<QPair<QString, qint64>> counts; // (translated label, rows)
    QStringList callCodes;                // its calls, newest first (at most 12)

    bool canRestore() const { return isProfile && problem.isEmpty(); }
};

// One table's contents, as a count and a checksum that does not depend on row order.
struct TableFingerprint
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256;

    bool operator==(const TableFingerprint &o) const
    {
        return table == o.table && rows == o.rows && sha256 == o.sha256;
    }
};

// Backup and restore of a profile through SQLite's online backup (sqlite3_backup_*) on connections
// of its own: consistent while gpudesk keeps writing to the profile (the copy reads one snapshot,
// under WAL), safe on a worker thread, and never touching the source. A backup is a single file in
// rollback-journal mode, checked with PRAGMA integrity_check before it takes its name.
class ProfileBackup final
{
public:
    // (pages done, pages in all); returning false cancels and leaves nothing behind.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static bool backup(const QString &profilePath, const QString &targetPath, QString *error,
                       const Progress &progress = {});

    // Opens the file read-only and reports what it holds; `fullCheck` runs PRAGMA
    // integrity_check (seconds on a large profile) instead of quick_check.
    static BackupInfo inspect(const QString &path, bool fullCheck = true);

    // Replaces `profilePath` with the backup. Refused while the profile is open in gpudesk (its
    // lock is held) and when the backup is not a sound gpudesk profile of a schema this version
    // opens. An existing profile is first kept as a copy next to it (*keptCopy). `checked`, when
    // given, is inspect(backupPath, true) that the caller just showed: it stands for restore's
    // own check of the backup while the file is unchanged since (its size and time). The copy
    // restored is integrity-checked either way.
    static bool restore(const QString &backupPath, const QString &profilePath, QString *keptCopy,
                        QString *error, const Progress &progress = {},
                        const BackupInfo *checked = nullptr);

    // Every table's rows and checksum, by table name: two databases with the same fingerprints
    // hold the same data.
    static QList<TableFingerprint> fingerprint(const QString &path, QString *error);

    // "<profile>.backup-20260201-140000.sqlite" in `folder`, for a backup made `when` (local).
    static QString backupPathFor(const QString &profilePath, const QString &folder,
                                 const QDateTime &when);
    // This profile's backups in `folder`, newest first.
    static QList<QPair<QString, QDateTime>> listBackups(const QString &profilePath,
                                                        const QString &folder);
    // Which of `backups` (newest first or not) fall outside the newest `keep`: to delete.
    static QStringList backupsToPrune(const QList<QPair<QString, QDateTime>> &backups, int keep);
    // Deletes this profile's backups in `folder` beyond the newest `keep`; the names removed.
    static QStringList prune(const QString &profilePath, const QString &folder, int keep,
                             QString *error);
    // True when a scheduled backup is due: never made, or made `intervalHours` or more ago.
    static bool isDue(qint64 lastBackupMs, int intervalHours, qint64 nowMs);
};

} // namespace gpudesk
