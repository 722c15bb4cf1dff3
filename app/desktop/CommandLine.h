// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gpudesk {

// `gpudesk <verb>`: the headless side of the program, for scheduled jobs and set-up scripts.
namespace CommandLine {

bool isVerb(const QString &word);
// True for the verbs that draw (report): they need a QApplication, on the offscreen platform.
bool needsPainting(const QString &word);
// Runs the verb named by args[1]; returns the process exit code.
int runVerb(const QStringList &args);

} // namespace CommandLine
} // namespace gpudesk
