// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString settingsKey(FileKind kind)
{
    return kind == FileKind::Export ? u"export/lastDir"_s : u"import/lastDir"_s;
}

QString lastFolder(FileKind kind)
{
    return QSettings()
        .value(settingsKey(kind),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

QString remember(FileKind kind, const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(settingsKey(kind), QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                        const QString &filter)
{
    return remember(FileKind::Export,
                    QFileDialog::getSaveFileName(
                        parent, title, QDir(lastFolder(FileKind::Export)).filePath(suggestedName),
                        filter));
}

QString askOpenFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return remember(FileKind::Import, QFileDialog::getOpenFileName(
                                          parent, title, lastFolder(FileKind::Import), filter));
}

} // namespace gpudesk
