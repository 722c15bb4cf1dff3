// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace gpudesk {

bool Terminal::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString Terminal::readSecret(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    QString out = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    if (out.endsWith(u'\r'))
        out.chop(1);
    // Overwrite the copy we own; Qt's copy is freed with `out`'s last reference.
    std::fill(line.begin(), line.end(), '\0');
    return out;
}

} // namespace gpudesk
