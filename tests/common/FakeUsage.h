// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TimeFormat.h"
#include "telemetry/UsageSource.h"

#include <QHash>
#include <QPair>

// A UsageSource with day buckets set by hand per scope and id (the fleet, nodes, projects) and
// busy days per project: enough for the dashboard's figures, the idle check and the usage
// report, with sums that a test can add up by itself.
namespace gpudesk::test {

class FakeUsage final : public UsageSource
{
public:
    QHash<QPair<int, QString>, QList<UsageBucket>> days; // (scope, id) -> day buckets by start
    QHash<QString, QList<BusyDay>> busy;                 // per application id
    qint64 latest = 0;

    // One day of `gpus` GPUs reporting all day, busy `ratio` of the time.
    void addDay(UsageScope scope, const QString &id, QDate day, double ratio, int gpus = 8)
    {
        UsageBucket b;
        b.startMs = startOfDay(day);
        b.n = 288;
        b.seconds = 86400.0 * gpus;
        b.busySeconds = b.seconds * ratio;
        b.sum = ratio * 100.0 * b.n;
        b.min = b.max = ratio * 100.0;
        days[{int(scope), id}].append(b);
        latest = qMax(latest, b.startMs);
    }
    // A project's busy days for the idle check, `count` days of `ratio` ending on `last`.
    void addBusyDays(const QString &applicationId, QDate last, int count, double ratio,
                     int gpus = 8)
    {
        for (int i = count - 1; i >= 0; --i) {
            const double allocated = 86400.0 * gpus;
            busy[applicationId].append(
                {last.addDays(-i), allocated * ratio, allocated, BusySource::EngineActive});
        }
    }

    bool series(const UsageQuery &query, UsageSeries *out, QString *) override
    {
        out->query = query;
        out->buckets.clear();
        if (query.tier != UsageTier::Day)
            return true;
        for (const UsageBucket &b : days.value({int(query.scope), query.scopeId})) {
            if (b.startMs >= query.fromMs && b.startMs < query.toMs)
                out->buckets.append(b);
        }
        return true;
    }
    bool totals(UsageScope scope, qint64 fromMs, qint64 toMs, QHash<QString, UsageTotals> *out,
                QString *) override
    {
        out->clear();
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            if (it.key().first != int(scope))
                continue;
            for (const UsageBucket &b : it.value()) {
                if (b.startMs < fromMs || b.startMs >= toMs)
                    continue;
                UsageTotals &t = (*out)[it.key().second];
                t.seconds += b.seconds;
                t.busySeconds += b.busySeconds;
            }
        }
        return true;
    }
    bool busyDays(const QString &applicationId, QDate from, QDate to, QList<BusyDay> *out,
                  QString *) override
    {
        out->clear();
        for (const BusyDay &d : busy.value(applicationId)) {
            if (d.day >= from && d.day <= to)
                out->append(d);
        }
        return true;
    }
    qint64 latestSampleMs() override { return latest; }
};

} // namespace gpudesk::test
