// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/SacctParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <functional>

namespace gpudesk {

class Store;

// What one sacct import did. When `fatal` is set nothing was written.
struct SlurmImportReport
{
    int linesRead = 0;
    int added = 0;     // jobs new to the profile
    int updated = 0;   // jobs stored before whose fields changed (a running job that ended, ...)
    int unchanged = 0; // jobs stored before exactly so
    QList<SkippedLine> skippedLines;
    // Accounts that no application names as its slurm_account, with their job counts: their
    // GPU-hours count for no project until one does.
    QList<QPair<QString, int>> unmatchedAccounts;
    QString fatal;
    bool cancelled = false; // the caller's progress function said stop: nothing was written
    bool ok() const { return fatal.isEmpty(); }
    // One translated line per unmatched account, then per skipped line.
    QStringList notes() const;
};

// Slurm's accounting in the profile (slurm_jobs): jobs stored by JobIDRaw, so importing a file
// again changes nothing and a later file updates the jobs it repeats; one transaction per file.
// Accounts map to projects through applications.slurm_account when the hours are read, so
// setting an account later counts its jobs from then on.
class SlurmJobRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SlurmJobRepository)

public:
    explicit SlurmJobRepository(Store &store) : m_store(store) {}

    // Writes through Store::writeFromWorker on this connection (a worker thread's, from
    // Store::openWorkerConnection), so a long accounting file imports off the GUI thread.
    void setWorkerConnection(const QSqlDatabase &connection) { m_worker = connection; }
    // Called every few hundred jobs while writing, with the jobs done and in all; returning
    // false cancels the import, which then writes nothing.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // `zone` is the controller's: sacct prints its local time.
    SlurmImportReport importSacct(const QByteArray &data, const QTimeZone &zone);
    SlurmImportReport importSacctFile(const QString &path, const QTimeZone &zone);
    // The parsed jobs (a parser's result), written the same way.
    SlurmImportReport importJobs(const SacctParseResult &parsed);

    // GPU-hours per project (applications.id) over [fromMs, toMs): each job's GPUs x the part of
    // its run (Start + ElapsedRaw) inside the period.
    bool gpuHoursByProject(qint64 fromMs, qint64 toMs, QHash<QString, double> *out,
                           QString *error) const;

private:
    Store &m_store;
    QSqlDatabase m_worker;
    Progress m_progress;
};

} // namespace gpudesk
