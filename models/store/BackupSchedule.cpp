// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSchedule.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// Settings keys cannot hold a path: the group is named after a hash of it.
QString groupFor(const QString &profilePath)
{
    const QByteArray path = QFileInfo(profilePath).absoluteFilePath().toUtf8();
    return u"backup/"_s +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QString BackupSchedule::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/backups"_s;
}

BackupSchedule BackupSchedule::load(const QString &profilePath)
{
    QSettings s;
    s.beginGroup(groupFor(profilePath));
    BackupSchedule b;
    b.intervalHours = s.value(u"intervalHours"_s, 0).toInt();
    b.folder = s.value(u"folder"_s, defaultFolder()).toString();
    b.keep = qMax(1, s.value(u"keep"_s, 7).toInt());
    b.lastBackupMs = s.value(u"lastBackupMs"_s, 0).toLongLong();
    b.lastFile = s.value(u"lastFile"_s).toString();
    b.lastError = s.value(u"lastError"_s).toString();
    return b;
}

void BackupSchedule::save(const QString &profilePath) const
{
    QSettings s;
    s.beginGroup(groupFor(profilePath));
    s.setValue(u"profile"_s, QFileInfo(profilePath).fileName());
    s.setValue(u"intervalHours"_s, intervalHours);
    s.setValue(u"folder"_s, folder);
    s.setValue(u"keep"_s, keep);
    s.setValue(u"lastBackupMs"_s, lastBackupMs);
    s.setValue(u"lastFile"_s, lastFile);
    s.setValue(u"lastError"_s, lastError);
}

} // namespace gpudesk
