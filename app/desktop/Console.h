// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>
#include <cstdio>

// Where the headless verbs write: results to standard output, progress and problems to standard
// error (so a scheduled job's log keeps both apart).
namespace gpudesk::Console {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace gpudesk::Console
