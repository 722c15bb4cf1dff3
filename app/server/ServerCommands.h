// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gpudesk {

// The verbs of `gpudesk-server`: init, serve, verify-audit, import applications, client-cert.
// Exit codes: 0 done, 1 failed, 2 wrong usage, 3 done with rejected rows / audit problems found.
class ServerCommands final
{
public:
    static int run(const QStringList &arguments);
};

} // namespace gpudesk
