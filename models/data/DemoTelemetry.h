// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <functional>

namespace gpudesk {

class Store;

struct DemoTelemetryReport
{
    qint64 fromMs = 0; // the telemetry's period
    qint64 toMs = 0;
    int nodes = 0;
    int samples = 0;
    int jobs = 0;
    QStringList idleProjects; // receipt numbers of the projects made to sit idle
    QString gapProject;       // the one whose exporter was down for three days
};

// Telemetry for the demo profile, through the real importers: two-hourly dcgm-style readings of
// every GPU of every allocated node from five days before the grants start to thirty days after
// (the demo world's own "now" is only nine days into the grants, too soon for a 14-day idle
// check), and Slurm jobs of those projects. Most projects are busy with a daily rhythm; a few sit
// idle under 15% from their twelfth day on, so the idle check flags them; one project's exporter
// is silent for three days. Deterministic. progress(percent 0-100) may be empty; tests may ask
// for readings farther apart than the two hours the demo uses.
bool generateDemoTelemetry(Store &store, DemoTelemetryReport *report, QString *error,
                           const std::function<void(int percent)> &progress = {},
                           int intervalHours = 2);

} // namespace gpudesk
