// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"
#include "reports/ReportCall.h"
#include "store/PerformanceCheckRepository.h"
#include "telemetry/DashboardFigures.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gpudesk {

class Store;
class UsageSource;

// One project of the call over the report's period.
struct UsageProjectRow
{
    QString applicationId;
    QString code;
    QString title;
    QString organisation;
    QString typeCode;
    int nodesNow = 0;          // held at the end of the period
    UsageTotals totals;        // over the period, as the dashboard's project table has it
    QList<UsageBucket> days;   // its day rollups of GPU utilisation in the period
};

// A performance check recorded in the period.
struct CheckActionRow
{
    QString applicationId;
    QString code;
    qint64 openedAt = 0;
    CheckOutcome outcome = CheckOutcome::Open;
    QString reason;
    QString by;
    QStringList released; // hostnames released by a reduction or reclaim
};

// The usage and performance-check report of a call for the days [from, to] (Asia/Seoul): the
// fleet's figures as the usage dashboard computes them for a period ending on `to`, the call's
// projects with their daily series, the projects the idle check flags on `to` with their
// evidence, and the checks recorded in the period.
struct UsageReportData
{
    ReportCall call;
    QDate from;
    QDate to;
    DashboardFigures fleet; // computeDashboard() with the period [from, to]
    QList<UsageProjectRow> projects; // the call's, busiest first
    UsageTotals projectTotals;       // the call's projects added up
    QList<IdleProject> flagged;      // PerformanceCheckRepository::flagged() on `to`
    QList<CheckActionRow> actions;   // newest first
};

// Reads it all through UsageSource, FleetRepository and PerformanceCheckRepository. `to` at
// least `from`; periods over a year are refused.
bool loadUsageReport(Store &store, UsageSource &usage, const QString &callId, QDate from, QDate to,
                     UsageReportData *out, QString *error);

} // namespace gpudesk
