// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DemoTelemetry.h"

#include "data/FleetGenerator.h"
#include "domain/TimeFormat.h"
#include "store/SlurmJobRepository.h"
#include "store/Store.h"
#include "telemetry/TelemetryImporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr qint64 kHour = 3600 * 1000LL;
constexpr double kTau = 6.283185307179586;

enum class Habit
{
    Busy,
    Idle, // busy for eleven days, then under 15 %
    Gap,  // busy, but the exporter is silent on days 14 to 16
};

struct Window
{
    qint64 start;
    qint64 end;
    int project;
};

struct DemoNode
{
    QString hostname;
    bool b200 = true;
    int gpus = 8;
    QList<Window> windows;
};

struct DemoProject
{
    QString code;
    QString account;
    Habit habit = Habit::Busy;
    double base = 0.7; // mean busy share on weekdays
    double phase = 0;  // of its daily rhythm
    qint64 start = 0;  // first allocation
    qint64 end = 0;    // end of the last
    int gpus = 0;
};

QString text(const char *source)
{
    return QCoreApplication::translate("DemoTelemetry", source);
}

// How busy a node of `p` is at t (0-1), by the project's habit, its daily rhythm and weekends.
double busyShare(const DemoProject &p, qint64 t, gen::Rng &rng)
{
    const int day = int((t - p.start) / (24 * kHour));
    if (p.habit == Habit::Idle && day >= 11)
        return rng.uniform(0.03, 0.14);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, displayTimeZone());
    const double hour = local.time().hour();
    const bool weekend = local.date().dayOfWeek() >= 6;
    double r = p.base + 0.18 * std::sin(kTau * (hour - 6) / 24.0 + p.phase);
    if (weekend)
        r *= 0.75;
    // Jobs start slowly in the first days of a grant.
    r *= std::min(1.0, 0.35 + 0.2 * day);
    return std::clamp(r + rng.uniform(-0.06, 0.06), 0.0, 1.0);
}

bool loadAllocations(Store &store, QList<DemoNode> *nodes, QList<DemoProject> *projects,
                     QString *error)
{
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT n.hostname, n.accelerator_count, t.code, a.code, a.slurm_account, "
            "al.starts_at, al.ends_at FROM allocations al "
            "JOIN grants g ON g.id = al.grant_id JOIN applications a ON a.id = g.application_id "
            "JOIN nodes n ON n.id = al.node_id "
            "JOIN accelerator_types t ON t.id = n.accelerator_type_id "
            "WHERE al.deleted = 0 AND g.deleted = 0 ORDER BY a.code, n.hostname"_s)) {
        *error = q.lastError().text();
        return false;
    }
    QMap<QString, int> nodeIndex;
    QMap<QString, int> projectIndex;
    while (q.next()) {
        const QString code = q.value(3).toString();
        auto p = projectIndex.find(code);
        if (p == projectIndex.end()) {
            p = projectIndex.insert(code, int(projects->size()));
            DemoProject project;
            project.code = code;
            project.account = q.value(4).toString();
            project.start = q.value(5).toLongLong();
            project.end = q.value(6).toLongLong();
            projects->append(project);
        }
        DemoProject &project = (*projects)[p.value()];
        project.start = std::min(project.start, q.value(5).toLongLong());
        project.end = std::max(project.end, q.value(6).toLongLong());
        project.gpus += q.value(1).toInt();
        const QString host = q.value(0).toString();
        auto n = nodeIndex.find(host);
        if (n == nodeIndex.end()) {
            n = nodeIndex.insert(host, int(nodes->size()));
            nodes->append({host, q.value(2).toString() == u"B200"_s, q.value(1).toInt(), {}});
        }
        (*nodes)[n.value()].windows.append(
            {q.value(5).toLongLong(), q.value(6).toLongLong(), p.value()});
    }
    if (projects->isEmpty()) {
        *error = text("The profile has no allocations to make telemetry for.");
        return false;
    }
    return true;
}

// Slurm jobs of each project: busy ones run two long jobs over all their GPUs a day, idle ones
// now and then a small one.
SacctParseResult demoJobs(const QList<DemoProject> &projects, qint64 end, gen::Rng &rng)
{
    SacctParseResult jobs;
    int id = 700000;
    for (const DemoProject &p : projects) {
        for (qint64 day = p.start; day < std::min(end, p.end); day += 24 * kHour) {
            const int index = int((day - p.start) / (24 * kHour));
            const bool idle = p.habit == Habit::Idle && index >= 11;
            const int count = idle ? (rng.chance(0.3) ? 1 : 0) : 2;
            for (int j = 0; j < count; ++j) {
                SlurmJob job;
                job.jobId = QString::number(++id);
                job.account = p.account;
                job.startMs = day + (j == 0 ? rng.between(0, 3) : rng.between(11, 13)) * kHour;
                job.elapsedSeconds = idle ? rng.between(600, 3600) : rng.between(8, 11) * 3600;
                job.gpus = idle ? 1 : p.gpus;
                job.gpuSeconds = job.elapsedSeconds * job.gpus;
                const qint64 jobEnd = *job.startMs + job.elapsedSeconds * 1000;
                if (jobEnd <= end) {
                    job.state = u"COMPLETED"_s;
                    job.endMs = jobEnd;
                } else {
                    job.state = u"RUNNING"_s;
                    job.elapsedSeconds = (end - *job.startMs) / 1000;
                    job.gpuSeconds = job.elapsedSeconds * job.gpus;
                }
                job.nodeList = p.code.toLower();
                if (*job.startMs < end)
                    jobs.jobs.append(job);
            }
        }
    }
    return jobs;
}

} // namespace

bool generateDemoTelemetry(Store &store, DemoTelemetryReport *report, QString *error,
                           const std::function<void(int)> &progress, int intervalHours)
{
    // One reading every two hours by default: a month of the demo's allocated nodes (about 400)
    // stays near a million and a half rows, imported in a few seconds.
    const qint64 kInterval = qBound(1, intervalHours, 24) * kHour;
    QList<DemoNode> nodes;
    QList<DemoProject> projects;
    if (!loadAllocations(store, &nodes, &projects, error))
        return false;
    gen::Rng rng(20251222, "telemetry");
    qint64 latestStart = projects.constFirst().start;
    for (const DemoProject &p : std::as_const(projects))
        latestStart = std::max(latestStart, p.start);
    // Five weeks of readings: up to today while projects still hold nodes, so the dashboard's
    // "now" and its last 30 days have figures; else the month after the latest start.
    DemoTelemetryReport result;
    result.toMs = startOfDay(displayDate(latestStart).addDays(30));
    const qint64 today = startOfDay(displayDate(QDateTime::currentMSecsSinceEpoch()));
    for (const DemoProject &p : std::as_const(projects)) {
        if (today > result.toMs && p.start < today && today < p.end)
            result.toMs = today;
    }
    result.fromMs = startOfDay(displayDate(result.toMs).addDays(-35));
    // Readings come from the nodes allocated at some time in the window.
    nodes.removeIf([&result](const DemoNode &n) {
        return std::none_of(n.windows.cbegin(), n.windows.cend(), [&result](const Window &w) {
            return w.start < result.toMs && w.end > result.fromMs;
        });
    });
    result.nodes = int(nodes.size());
    // Habits among the projects holding nodes in the window: every fifth idle, one silent.
    int active = 0;
    for (DemoProject &p : projects) {
        p.base = rng.uniform(0.55, 0.85);
        p.phase = rng.uniform(-0.8, 0.8);
        if (p.end <= result.fromMs || p.start >= result.toMs)
            continue;
        p.habit = active % 5 == 2 ? Habit::Idle : active == 4 ? Habit::Gap : Habit::Busy;
        ++active;
        if (p.habit == Habit::Idle)
            result.idleProjects << p.code;
        else if (p.habit == Habit::Gap)
            result.gapProject = p.code;
    }

    // Readings series by series in time order, as a file of scrapes would give them.
    TelemetryBatch batch;
    for (const DemoNode &n : std::as_const(nodes)) {
        for (int g = 0; g < n.gpus; ++g) {
            batch.series.append({n.hostname, u"GPU-%1-%2"_s.arg(n.hostname).arg(g), g, QString(),
                                 QString(), n.b200 ? u"NVIDIA B200"_s : u"NVIDIA H200"_s});
        }
    }
    const qint64 moments = (result.toMs - result.fromMs) / kInterval;
    batch.readings.reserve(size_t(moments) * size_t(batch.series.size()));
    for (qint64 m = 0; m < moments; ++m) {
        const qint64 t = result.fromMs + m * kInterval;
        int series = 0;
        for (const DemoNode &n : std::as_const(nodes)) {
            int project = -1;
            for (const Window &w : n.windows) {
                if (w.start <= t && t < w.end)
                    project = w.project;
            }
            const DemoProject *p = project >= 0 ? &projects[project] : nullptr;
            // Three days without readings in the window's fourth week.
            const int windowDay = int((t - result.fromMs) / (24 * kHour));
            const bool silent = p && p->habit == Habit::Gap && windowDay >= 19 && windowDay < 22;
            const double share = p ? busyShare(*p, t, rng) : rng.uniform(0.0, 0.03);
            for (int g = 0; g < n.gpus; ++g, ++series) {
                if (silent)
                    continue;
                const double r = std::clamp(share + rng.uniform(-0.05, 0.05), 0.0, 1.0);
                TelemetryReading &reading = batch.readings.emplace_back();
                reading.ts = t;
                reading.series = series;
                reading.value[int(TelemetryField::GpuUtil)] = std::round(100 * r);
                // DCGM's profiling metrics on the B200 nodes only: the H200 clusters' exporters
                // run without them, so their busy time comes from utilisation.
                if (n.b200)
                    reading.value[int(TelemetryField::EngineActive)] = std::round(900 * r) / 1000;
                const double memory = n.b200 ? 184320 : 144384;
                reading.value[int(TelemetryField::FbUsedMib)] =
                    std::round(memory * (0.05 + 0.85 * std::sqrt(r)));
                reading.value[int(TelemetryField::PowerW)] =
                    std::round(10 * (140 + (n.b200 ? 860 : 560) * r)) / 10;
            }
        }
    }
    result.samples = int(batch.readings.size());
    if (progress)
        progress(30);

    TelemetryImporter importer(store);
    importer.setIntervalSeconds(double(kInterval) / 1000);
    if (progress) {
        // Writing the readings is most of the work: 30 to 90 percent.
        importer.setProgress([&progress](qint64 done, qint64 total) {
            progress(30 + int(total > 0 ? done * 60 / total : 0));
            return true;
        });
    }
    const TelemetryImportReport imported = importer.importBatch(batch);
    if (!imported.ok()) {
        *error = imported.fatal;
        return false;
    }
    if (progress)
        progress(90);
    const SlurmImportReport jobs =
        SlurmJobRepository(store).importJobs(demoJobs(projects, result.toMs, rng));
    if (!jobs.ok()) {
        *error = jobs.fatal;
        return false;
    }
    result.jobs = jobs.added;
    if (progress)
        progress(100);
    if (report)
        *report = result;
    return true;
}

} // namespace gpudesk
