// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace gpudesk {

// Opens the window: language and look from the settings, the profile (the demo profile made on
// first run), the user, then the main window. Returns the event loop's exit code.
int runDesktop(QApplication &app);

} // namespace gpudesk
