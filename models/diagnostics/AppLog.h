// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The desktop's log: every qDebug/qInfo/qWarning/qCritical line, stamped and redacted, appended to
// <local data folder>/logs/gpudesk.log, which rotates at 1 MiB keeping two older files. Support
// receives it in the diagnostics bundle.
namespace gpudesk::AppLog {

QString folder();
// The current file first, then the older ones that exist.
QStringList files();
// Routes Qt's messages to the log (and still to stderr). Safe to call once per process.
void install();
// Writes one line as install() would (for tests and for the handler itself).
void write(const QString &category, const QString &message);

} // namespace gpudesk::AppLog
