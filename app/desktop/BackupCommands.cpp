// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommands.h"

#include "Console.h"
#include "Profiles.h"
#include "domain/TimeFormat.h"
#include "store/ProfileBackup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpudesk::BackupCommands {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using Console::err;
using Console::out;

// A path as given, or the name of a profile in the profiles folder ("demo" -> .../demo.sqlite).
QString profilePath(const QString &given)
{
    if (QFileInfo::exists(given) || given.contains(u'/') || given.contains(u'\\'))
        return given;
    const QString name = given.endsWith(u".sqlite"_s) ? given : given + u".sqlite"_s;
    return QDir(Profiles::folder()).filePath(name);
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(bytes / (1024.0 * 1024.0), 'f', 1);
}

// Percent steps on stderr, so a scheduled job's log shows how far it got.
ProfileBackup::Progress percentOnStderr()
{
    return [last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (percent / 10 != last / 10) {
            err() << u"[%1%]"_s.arg(percent, 3) << Qt::endl;
            last = percent;
        }
        return true;
    };
}

void printPreview(const BackupInfo &info)
{
    out() << Text::tr("%1: schema %2, %3 MB, integrity %4, last change %5")
                 .arg(QFileInfo(info.path).fileName())
                 .arg(info.schemaVersion)
                 .arg(megabytes(info.sizeBytes), info.integrity,
                      info.lastChangeMs > 0 ? formatDateTime(info.lastChangeMs) : Text::tr("none"))
          << Qt::endl;
    for (const auto &c : info.counts)
        out() << u"  %1: %2"_s.arg(c.first).arg(c.second) << Qt::endl;
    if (!info.callCodes.isEmpty())
        out() << u"  "_s << Text::tr("Call codes: %1").arg(info.callCodes.join(u", "_s)) << Qt::endl;
}

} // namespace

int backup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Backs up a profile while gpudesk may be using it (SQLite's online backup: one consistent "
        "snapshot, checked before it is kept).\n"
        "  PROFILE  the profile file, or the name of one in the profiles folder\n"
        "  FILE     the backup to write; a folder names it PROFILE.backup-DATE-TIME.sqlite"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"profile"_s, Text::tr("the profile to back up"));
    parser.addPositionalArgument(u"file"_s, Text::tr("the backup file or folder"));
    const QCommandLineOption keep(u"keep"_s,
                                  Text::tr("With a folder: keep only the newest N backups of "
                                           "this profile there."),
                                  Text::tr("N"));
    parser.addOption(keep);
    parser.process(args);
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 2) {
        err() << Text::tr("Usage: gpudesk backup PROFILE FILE|FOLDER [--keep N]") << Qt::endl;
        return 2;
    }
    int keepCount = 0;
    if (parser.isSet(keep)) {
        bool ok = false;
        keepCount = parser.value(keep).toInt(&ok);
        if (!ok || keepCount < 1) {
            err() << Text::tr("--keep needs a whole number of at least 1.") << Qt::endl;
            return 2;
        }
    }
    const QString profile = profilePath(rest[0]);
    const QFileInfo target(rest[1]);
    const bool folder = target.isDir() || rest[1].endsWith(u'/') || rest[1].endsWith(u'\\');
    if (keepCount > 0 && !folder) {
        err() << Text::tr("--keep applies to a folder of backups; name a folder.") << Qt::endl;
        return 2;
    }
    const QString file = folder ? ProfileBackup::backupPathFor(profile, rest[1],
                                                               QDateTime::currentDateTime())
                                : rest[1];
    QString error;
    if (!ProfileBackup::backup(profile, file, &error, percentOnStderr())) {
        err() << Text::tr("No backup was made: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("Backed up %1 to %2 (%3 MB, integrity ok).")
                 .arg(QFileInfo(profile).absoluteFilePath(), QFileInfo(file).absoluteFilePath(),
                      megabytes(QFileInfo(file).size()))
          << Qt::endl;
    if (keepCount > 0) {
        const QStringList removed = ProfileBackup::prune(profile, rest[1], keepCount, &error);
        for (const QString &name : removed)
            out() << Text::tr("Removed the older backup %1.").arg(name) << Qt::endl;
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return 3;
        }
    }
    return 0;
}

int restore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Restores a backup into a profile. Refused while the profile is open in gpudesk; an "
        "existing profile is first kept next to it as PROFILE.replaced-DATE-TIME.sqlite.\n"
        "  FILE     the backup\n"
        "  PROFILE  the profile file, or the name of one in the profiles folder"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, Text::tr("the backup to restore"));
    parser.addPositionalArgument(u"profile"_s, Text::tr("the profile to restore into"));
    parser.process(args);
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 2) {
        err() << Text::tr("Usage: gpudesk restore FILE PROFILE") << Qt::endl;
        return 2;
    }
    const QString profile = profilePath(rest[1]);
    const BackupInfo info = ProfileBackup::inspect(rest[0]);
    if (info.isProfile)
        printPreview(info);
    if (!info.canRestore()) {
        err() << Text::tr("Nothing was restored: %1").arg(info.problem) << Qt::endl;
        return 1;
    }
    QString kept, error;
    if (!ProfileBackup::restore(rest[0], profile, &kept, &error, percentOnStderr(), &info)) {
        err() << Text::tr("Nothing was restored: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("Restored %1 into %2.")
                 .arg(QFileInfo(rest[0]).absoluteFilePath(), QFileInfo(profile).absoluteFilePath())
          << Qt::endl;
    if (!kept.isEmpty())
        out() << Text::tr("The profile it replaced is kept as %1.").arg(kept) << Qt::endl;
    return 0;
}

} // namespace gpudesk::BackupCommands
