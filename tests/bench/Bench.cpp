// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bench.h"

#include "data/UsageHistory.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace bench {
namespace {
QString g_dataDir;
int g_runs = 5;
} // namespace

QList<Figure> &registry()
{
    static QList<Figure> figures;
    return figures;
}

void add(Figure f)
{
    registry().append(std::move(f));
}

void setDataDir(const QString &dir)
{
    g_dataDir = dir;
}

QString scaleProfilePath()
{
    return g_dataDir + u"/scale.sqlite"_s;
}

qint64 usageProfileEndMs()
{
    return gpudesk::startOfDay(QDate(2028, 3, 16));
}

QString usageProfilePath()
{
    const QString path = g_dataDir + u"/scale-usage.sqlite"_s;
    if (QFileInfo::exists(path))
        return path;
    const QString part = path + u".part"_s;
    QFile::remove(part);
    if (!QFile::copy(scaleProfilePath(), part)) {
        std::fprintf(stderr, "cannot copy the scale profile to %s\n", qPrintable(part));
        return {};
    }
    std::fprintf(stderr, "generating a year of usage rollups into %s ...\n", qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    {
        gpudesk::OpenOutcome outcome;
        gpudesk::OpenOptions options;
        options.create = false;
        auto store = gpudesk::Store::open(part, options, &outcome);
        QString error;
        gpudesk::UsageHistoryShape shape;
        shape.endMs = usageProfileEndMs();
        gpudesk::UsageHistoryReport report;
        if (!store || !gpudesk::generateUsageHistory(*store, shape, &report, &error)) {
            std::fprintf(stderr, "usage history failed: %s\n",
                         qPrintable(store ? error : outcome.message));
            return {};
        }
        std::fprintf(stderr, "%lld rollup rows of %d series in %.1f s\n",
                     static_cast<long long>(report.rows), report.series, timer.elapsed() / 1000.0);
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(part + QLatin1String(suffix));
    if (!QFile::rename(part, path)) {
        std::fprintf(stderr, "cannot rename %s\n", qPrintable(part));
        return {};
    }
    return path;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int runs()
{
    return g_runs;
}

void setRuns(int n)
{
    g_runs = qMax(1, n);
}

std::unique_ptr<gpudesk::Store> openProfileCopy(const QString &source, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"profile.sqlite"_s);
    if (!QFile::copy(source, path))
        qFatal("cannot copy %s", qPrintable(source));
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(source + QLatin1String(suffix)))
            QFile::copy(source + QLatin1String(suffix), path + QLatin1String(suffix));
    }
    gpudesk::OpenOutcome outcome;
    gpudesk::OpenOptions options;
    options.create = false;
    auto store = gpudesk::Store::open(path, options, &outcome);
    if (!store)
        qFatal("cannot open the copy of %s: %s", qPrintable(source), qPrintable(outcome.message));
    return store;
}

} // namespace bench
