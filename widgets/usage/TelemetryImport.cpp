// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelemetryImport.h"

#include "TelemetryImportDialog.h"
#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "telemetry/TelemetryFormat.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString formatName(TelemetryFormat format)
{
    switch (format) {
    case TelemetryFormat::Dcgm:
        return TelemetryImport::tr("dcgm-exporter (Prometheus text)");
    case TelemetryFormat::NvidiaSmi:
        return TelemetryImport::tr("nvidia-smi CSV");
    case TelemetryFormat::Sacct:
        return TelemetryImport::tr("Slurm sacct");
    case TelemetryFormat::Unknown:
        break;
    }
    return {};
}

} // namespace

TelemetryImport::Prompts TelemetryImport::defaultPrompts()
{
    Prompts p;
    p.askFile = [](QWidget *parent) {
        return askOpenFileName(parent, tr("Import telemetry"),
                               tr("Telemetry (*.prom *.txt *.csv *.log *.out);;All files (*)"));
    };
    p.askHost = [](QWidget *parent, const QString &fileName, const QStringList &hosts) {
        bool ok = false;
        const QString host = QInputDialog::getItem(
            parent, tr("Import telemetry"),
            tr("nvidia-smi does not write the host's name. Which node is %1 from?").arg(fileName),
            hosts, -1, true, &ok);
        return ok ? host.trimmed() : QString();
    };
    p.showResult = [](QWidget *parent, const QString &fileName, const QString &format,
                      const TelemetryImportReport &report) {
        TelemetryImportDialog dialog(fileName, format, report, parent);
        dialog.exec();
    };
    p.showJobs = [](QWidget *parent, const QString &fileName, const SlurmImportReport &report) {
        QMessageBox box(QMessageBox::Information, tr("Slurm jobs imported"),
                        jobsSummary(fileName, report), QMessageBox::Close, parent);
        const QStringList notes = report.notes();
        if (!notes.isEmpty()) {
            box.setInformativeText(tr("Some lines or accounts need a look: see the details."));
            box.setDetailedText(notes.join(u'\n'));
        }
        box.exec();
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

QString TelemetryImport::run(QWidget *parent, Store &store, const Prompts &prompts)
{
    const QString path = prompts.askFile(parent);
    if (path.isEmpty())
        return {};
    return importFile(parent, store, path, prompts);
}

QString TelemetryImport::importFile(QWidget *parent, Store &store, const QString &path,
                                    const Prompts &prompts)
{
    const QString title = tr("Import telemetry");
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prompts.warn(parent, title,
                     tr("%1 could not be read: %2. Check that the file exists and that you may "
                        "read it.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const TelemetryFormat format = detectTelemetryFormat(file.read(16 * 1024));
    // A scrape's lines without their own time were read at about the time the file was saved.
    const qint64 scrapeMs = QFileInfo(file).lastModified().toMSecsSinceEpoch();
    file.close();
    if (format == TelemetryFormat::Unknown) {
        prompts.warn(parent, title,
                     tr("%1 is not a telemetry file gpudesk knows. It reads dcgm-exporter "
                        "metrics (Prometheus text), nvidia-smi --query-gpu CSV and Slurm "
                        "sacct -P lists; nothing was imported.")
                         .arg(name));
        return {};
    }

    if (format == TelemetryFormat::Sacct)
        return importJobs(parent, store, path, prompts);
    TelemetryImporter importer(store);
    QString error;
    if (!importer.load(&error)) {
        prompts.warn(parent, title, tr("The fleet could not be read: %1").arg(error));
        return {};
    }
    QString host;
    if (format == TelemetryFormat::NvidiaSmi) {
        QStringList hosts;
        hosts.reserve(importer.fleet().nodes.size());
        for (const FleetNode &n : importer.fleet().nodes)
            hosts << n.hostname;
        hosts.sort();
        host = prompts.askHost(parent, name, hosts);
        if (host.isEmpty())
            return {};
    }

    TelemetryImportReport report;
    runWithConnection(parent, store, title, [&](QSqlDatabase &db, TaskControl &control) {
        if (prompts.started)
            prompts.started(control);
        control.setStatus(tr("Importing %1…").arg(name));
        importer.setWorkerConnection(db);
        importer.setProgress(control.progressFn());
        report = format == TelemetryFormat::Dcgm ? importer.importDcgmFile(path, scrapeMs)
                                                 : importer.importNvidiaSmiFile(path, host);
        importer.setWorkerConnection(QSqlDatabase());
    });
    if (report.cancelled)
        return tr("Import of %1 cancelled: nothing was written.").arg(name);
    if (!report.ok()) {
        prompts.warn(parent, title,
                     tr("Nothing was imported from %1.").arg(name) + u"\n\n"_s + report.fatal);
        return {};
    }
    prompts.showResult(parent, name, formatName(format), report);
    return TelemetryImportDialog::summary(name, report);
}

QString TelemetryImport::importJobs(QWidget *parent, Store &store, const QString &path,
                                    const Prompts &prompts)
{
    const QString title = tr("Import telemetry");
    const QString name = QFileInfo(path).fileName();
    // Times in the program's zone (the controller's), as the command line reads them.
    SlurmImportReport report;
    runWithConnection(parent, store, title, [&](QSqlDatabase &db, TaskControl &control) {
        if (prompts.started)
            prompts.started(control);
        control.setStatus(tr("Importing %1…").arg(name));
        SlurmJobRepository jobs(store);
        jobs.setWorkerConnection(db);
        jobs.setProgress(control.progressFn());
        report = jobs.importSacctFile(path, displayTimeZone());
    });
    if (report.cancelled)
        return tr("Import of %1 cancelled: nothing was written.").arg(name);
    if (!report.ok()) {
        prompts.warn(parent, title,
                     tr("Nothing was imported from %1.").arg(name) + u"\n\n"_s + report.fatal);
        return {};
    }
    prompts.showJobs(parent, name, report);
    return jobsSummary(name, report);
}

QString TelemetryImport::jobsSummary(const QString &fileName, const SlurmImportReport &report)
{
    return tr("%1: %Ln new and %2 changed Slurm job(s) (%3 unchanged), %4 line(s) skipped.",
              nullptr, report.added)
        .arg(fileName)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.skippedLines.size());
}

} // namespace gpudesk
