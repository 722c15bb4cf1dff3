// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppLog.h"

#include "Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gpudesk::AppLog {
namespace {

constexpr qint64 kMaxBytes = 1024 * 1024;
constexpr int kKeep = 2;

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString logPath(int generation)
{
    const QString base = QDir(folder()).filePath(u"gpudesk.log"_s);
    return generation == 0 ? base : base + u'.' + QString::number(generation);
}

void rotate()
{
    QFile::remove(logPath(kKeep));
    for (int g = kKeep - 1; g >= 0; --g)
        QFile::rename(logPath(g), logPath(g + 1));
}

QtMessageHandler &previous()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const kinds[] = {"debug", "warning", "critical", "fatal", "info"};
    const int t = static_cast<int>(type);
    QString category = QString::fromLatin1(t >= 0 && t < 5 ? kinds[t] : "log");
    if (context.category && qstrcmp(context.category, "default") != 0)
        category += u' ' + QString::fromLatin1(context.category);
    write(category, message);
    if (previous())
        previous()(type, context, Redaction::redact(message));
}

} // namespace

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

QStringList files()
{
    QStringList out;
    for (int g = 0; g <= kKeep; ++g) {
        if (QFile::exists(logPath(g)))
            out << logPath(g);
    }
    return out;
}

void write(const QString &category, const QString &message)
{
    const QString line = u"%1 [%2] %3\n"_s.arg(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), category,
        Redaction::redact(message));
    QMutexLocker lock(&mutex());
    QDir().mkpath(folder());
    QFile f(logPath(0));
    if (f.exists() && f.size() > kMaxBytes)
        rotate();
    if (f.open(QIODevice::Append | QIODevice::Text))
        f.write(line.toUtf8());
}

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previous() = qInstallMessageHandler(handler);
}

} // namespace gpudesk::AppLog
