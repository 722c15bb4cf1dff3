// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gpudesk {

// Asking for a password on the controlling terminal without echoing it.
class Terminal final
{
public:
    static bool stdinIsTerminal();
    // Prints `prompt` to stderr and reads one line with echo off; empty on end of input.
    static QString readSecret(const QString &prompt);
};

} // namespace gpudesk
