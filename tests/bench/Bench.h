// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <memory>

class QTemporaryDir;
namespace gpudesk {
class Store;
}

// The benchmark harness: figures register here; main() runs the ones asked for and prints one
// JSON line each. Values are medians of several runs.
namespace bench {

struct Figure
{
    QString name;
    QString unit;
    double target = 0;
    bool lowerIsBetter = true;
    std::function<double()> run; // returns the median
};

QList<Figure> &registry();
void add(Figure f);

// The scale profile (generated on first use, then reused) and its folder.
QString scaleProfilePath();
// A copy of the scale profile with a year of usage rollups (generateUsageHistory, ending on the
// scale world's "now", 2028-03-16 in Seoul), made on first use and kept beside it; for the chart,
// dashboard and rack-map benches. Empty when it cannot be made (the reason on stderr).
QString usageProfilePath();
qint64 usageProfileEndMs();
void setDataDir(const QString &dir);
// A copy of the profile at `source` (with its -wal and -shm) in `dir`, opened; stops the bench
// with the reason when it cannot.
std::unique_ptr<gpudesk::Store> openProfileCopy(const QString &source, const QTemporaryDir &dir);

double median(QList<double> values);
int runs(); // how many measured runs each figure takes (5 unless --runs says otherwise)
void setRuns(int n);

} // namespace bench
