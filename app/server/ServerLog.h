// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gpudesk {

// The server's log: one line per event on stderr (journald adds the rest). Callers pass ids,
// codes and counts only; passwords, tokens and application contents never reach it.
class ServerLog final
{
public:
    static void info(const QString &message);
    static void warning(const QString &message);
    static void error(const QString &message);
    // Tests silence the log to keep their output readable.
    static void setQuiet(bool quiet);
};

} // namespace gpudesk
