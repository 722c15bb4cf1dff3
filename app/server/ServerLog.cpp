// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLog.h"

#include <QDateTime>
#include <atomic>
#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
std::mutex g_mutex;
std::atomic<bool> g_quiet{false};

void write(const char *level, const QString &message)
{
    if (g_quiet)
        return;
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            ' ' + level + ' ' + message.toUtf8() + '\n';
    std::lock_guard lock(g_mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void ServerLog::info(const QString &message)
{
    write("info", message);
}

void ServerLog::warning(const QString &message)
{
    write("warning", message);
}

void ServerLog::error(const QString &message)
{
    write("error", message);
}

void ServerLog::setQuiet(bool quiet)
{
    g_quiet = quiet;
}

} // namespace gpudesk
