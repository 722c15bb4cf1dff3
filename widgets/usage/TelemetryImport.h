// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SlurmJobRepository.h"
#include "telemetry/TelemetryImporter.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QWidget;

namespace gpudesk {

class Store;
class TaskControl;

// File > Import telemetry…: a dcgm-exporter scrape, an nvidia-smi CSV (the host asked for) or
// a Slurm sacct list, its format recognised from its first lines. Readings (TelemetryImporter)
// and jobs (SlurmJobRepository, as `gpudesk import --format sacct`) are imported on a worker
// thread with a connection of its own, with progress and Cancel (a cancelled import writes
// nothing); then what it did in a dialog.
class TelemetryImport final
{
    Q_DECLARE_TR_FUNCTIONS(TelemetryImport)

public:
    // Seams for the dialogs, so tests can answer them.
    struct Prompts
    {
        std::function<QString(QWidget *parent)> askFile; // empty: cancelled
        // The host an nvidia-smi file comes from; empty: cancelled.
        std::function<QString(QWidget *parent, const QString &fileName, const QStringList &hosts)>
            askHost;
        std::function<void(QWidget *parent, const QString &fileName, const QString &format,
                           const TelemetryImportReport &report)>
            showResult;
        // What a sacct import did.
        std::function<void(QWidget *parent, const QString &fileName,
                           const SlurmImportReport &report)>
            showJobs;
        std::function<void(QWidget *parent, const QString &title, const QString &text)> warn;
        // Called on the worker thread as the work starts (tests cancel here).
        std::function<void(TaskControl &control)> started;
    };
    static Prompts defaultPrompts();

    // Asks for a file and imports it; returns the status-bar line (empty when nothing ran).
    static QString run(QWidget *parent, Store &store, const Prompts &prompts);
    // The same for a file already chosen.
    static QString importFile(QWidget *parent, Store &store, const QString &path,
                              const Prompts &prompts);

    // The status-bar line of a sacct import.
    static QString jobsSummary(const QString &fileName, const SlurmImportReport &report);

private:
    static QString importJobs(QWidget *parent, Store &store, const QString &path,
                              const Prompts &prompts);
};

} // namespace gpudesk
