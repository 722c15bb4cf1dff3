// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gpudesk {

// When a profile backs itself up while gpudesk runs, where to, and how many backups it keeps;
// remembered per profile in the user's settings, with the outcome of the last run.
struct BackupSchedule
{
    int intervalHours = 0; // 0: off; 24 daily; 168 weekly
    QString folder;
    int keep = 7;
    qint64 lastBackupMs = 0;
    QString lastFile;
    QString lastError; // empty after a success

    bool enabled() const { return intervalHours > 0 && !folder.isEmpty(); }

    // The folder backups go to unless the administrator chose another.
    static QString defaultFolder();
    static BackupSchedule load(const QString &profilePath);
    void save(const QString &profilePath) const;
};

} // namespace gpudesk
