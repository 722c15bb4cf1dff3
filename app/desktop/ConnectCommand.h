// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gpudesk {

// `gpudesk connect --server URL --ca FILE --login LOGIN --password-stdin [--profile PATH]`:
// signs a profile in to a gpudesk-server without a window (the CA file of `gpudesk-server init`
// is trusted) and runs its first sync, so the window opens on the server's data. The password
// is read from standard input, never from the command line, and is not stored.
namespace ConnectCommand {

// args: the program name first, then the verb's own arguments. Returns the exit code: 0 signed
// in and synced, 1 refused or failed (the reason on stderr), 2 the command line is wrong.
int run(const QStringList &args);

} // namespace ConnectCommand
} // namespace gpudesk
