// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gpudesk {

// `gpudesk report TYPE --out FILE ...`: a report written to PDF without a window, for scheduled
// runs. Needs a QApplication (charts are drawn by a widget); main() starts one on the offscreen
// platform.
namespace ReportCommand {

// args: the program name first, then the verb's own arguments. Returns the exit code: 0 written,
// 1 the report could not be made or written, 2 the command line is wrong.
int run(const QStringList &args);

} // namespace ReportCommand
} // namespace gpudesk
