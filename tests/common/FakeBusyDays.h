// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/UsageSource.h"

#include <QHash>
#include <QSet>

// A UsageSource for the idle check's tests: busy days set by hand per project, nothing else.
// The real UsageRepository reads the rollups; the check only ever asks for busyDays().
namespace gpudesk::test {

class FakeBusyDays final : public UsageSource
{
public:
    QHash<QString, QList<BusyDay>> days; // per application id
    QSet<QString> failing;               // application ids whose read fails
    int calls = 0;

    // One day per ratio from `first` on; a negative ratio leaves the day out (no telemetry).
    void addRun(const QString &applicationId, QDate first, const QList<double> &ratios,
                BusySource source = BusySource::EngineActive, int gpus = 8)
    {
        const double allocated = 86400.0 * gpus;
        for (int i = 0; i < ratios.size(); ++i) {
            if (ratios[i] < 0)
                continue;
            days[applicationId].append(
                {first.addDays(i), ratios[i] * allocated, allocated, source});
        }
    }
    // `count` days of the same ratio ending on `last`.
    void addDays(const QString &applicationId, QDate last, int count, double ratio,
                 BusySource source = BusySource::EngineActive)
    {
        addRun(applicationId, last.addDays(1 - count), QList<double>(count, ratio), source);
    }

    bool series(const UsageQuery &, UsageSeries *, QString *error) override
    {
        *error = QStringLiteral("the fake has no series");
        return false;
    }
    bool totals(UsageScope, qint64, qint64, QHash<QString, UsageTotals> *out, QString *) override
    {
        out->clear();
        return true;
    }
    bool busyDays(const QString &applicationId, QDate from, QDate to, QList<BusyDay> *out,
                  QString *error) override
    {
        ++calls;
        out->clear();
        if (failing.contains(applicationId)) {
            *error = QStringLiteral("The usage store is unavailable.");
            return false;
        }
        for (const BusyDay &d : days.value(applicationId)) {
            if (d.day >= from && d.day <= to)
                out->append(d);
        }
        return true;
    }
    qint64 latestSampleMs() override { return 0; }
};

} // namespace gpudesk::test
