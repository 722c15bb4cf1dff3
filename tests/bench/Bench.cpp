// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bench.h"

#include <algorithm>

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

} // namespace bench
