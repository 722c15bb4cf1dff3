// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gpudesk::BackupCommands {

// gpudesk backup PROFILE FILE|FOLDER [--keep N]: an online backup, safe while gpudesk runs.
int backup(const QStringList &args);
// gpudesk restore FILE PROFILE: refused while the profile is open; the replaced profile is kept.
int restore(const QStringList &args);

} // namespace gpudesk::BackupCommands
