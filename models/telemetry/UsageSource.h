// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"
#include "rules/IdleDetection.h"

#include <QDate>
#include <QHash>
#include <QString>

// Read access to the usage rollups, as an interface: the charts, the dashboard, the idle check
// and the rack map read through it, so widget tests can feed them a fake and the store can
// change its layout without touching them. UsageRepository (models/store) is the real one.
namespace gpudesk {

class UsageSource
{
public:
    virtual ~UsageSource() = default;

    // The buckets of one scope, metric and tier in [query.fromMs, query.toMs).
    virtual bool series(const UsageQuery &query, UsageSeries *out, QString *error) = 0;

    // Busy and observed GPU-seconds per scope id over [fromMs, toMs), for every id of the scope
    // that has data there (rack-map colouring by node, projects ranked by use, ...). Reads the
    // coarsest tier whose buckets fit the period's edges.
    virtual bool totals(UsageScope scope, qint64 fromMs, qint64 toMs,
                        QHash<QString, UsageTotals> *out, QString *error) = 0;

    // One project's days in Asia/Seoul from `from` to `to` inclusive, for detectIdle(): busy
    // GPU-seconds from the project's day rollups, allocated GPU-seconds from its allocation
    // windows, and which reading the busy time came from. Days without either are left out.
    virtual bool busyDays(const QString &applicationId, QDate from, QDate to, QList<BusyDay> *out,
                          QString *error) = 0;

    // The latest bucket start of the 5-minute tier with any data, or 0 when there is none:
    // "now" for a dashboard fed by imports rather than a live feed.
    virtual qint64 latestSampleMs() = 0;

    // Slurm GPU-hours per project (applications.id, matched through applications.slurm_account)
    // over [fromMs, toMs): each job's GPUs x the part of its run inside the period. Projects
    // without jobs there are absent. A source without Slurm accounting has none (the default).
    virtual bool jobGpuHours(qint64 fromMs, qint64 toMs, QHash<QString, double> *out,
                             QString *error)
    {
        Q_UNUSED(fromMs)
        Q_UNUSED(toMs)
        Q_UNUSED(error)
        out->clear();
        return true;
    }
};

} // namespace gpudesk
