// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SlurmJobRepository.h"

#include "store/Store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

QVariant optionalTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QStringList SlurmImportReport::notes() const
{
    QStringList lines;
    for (const auto &a : unmatchedAccounts)
        lines << SlurmJobRepository::tr("Account %1: %n job(s) count for no project; no "
                                        "application has it as its Slurm account.",
                                        nullptr, a.second)
                     .arg(a.first);
    for (const SkippedLine &s : skippedLines)
        lines << SlurmJobRepository::tr("Line %1: %2").arg(s.line).arg(s.reason);
    return lines;
}

SlurmImportReport SlurmJobRepository::importSacctFile(const QString &path, const QTimeZone &zone)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SlurmImportReport report;
        report.fatal = tr("Cannot read %1: %2. Check the path and that the file is readable.")
                           .arg(path, f.errorString());
        return report;
    }
    return importSacct(f.readAll(), zone);
}

SlurmImportReport SlurmJobRepository::importSacct(const QByteArray &data, const QTimeZone &zone)
{
    SacctParser::Options options;
    options.timeZone = zone;
    return importJobs(SacctParser::parse(data, options));
}

SlurmImportReport SlurmJobRepository::importJobs(const SacctParseResult &parsed)
{
    SlurmImportReport report;
    report.linesRead = parsed.linesRead;
    report.skippedLines = parsed.skipped;
    bool cancelled = false;
    const auto write = [&](QSqlDatabase &db, QSet<QString> &changed, QString *error) {
        QSqlQuery find(db);
        find.prepare(u"SELECT account, state, start_at, end_at, elapsed_s, gpus, node_list "
                     "FROM slurm_jobs WHERE job_id = ?"_s);
        QSqlQuery put(db);
        put.prepare(u"INSERT INTO slurm_jobs (job_id, account, state, start_at, end_at, "
                    "elapsed_s, gpus, node_list) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (job_id) DO UPDATE SET account = excluded.account, "
                    "state = excluded.state, start_at = excluded.start_at, "
                    "end_at = excluded.end_at, elapsed_s = excluded.elapsed_s, "
                    "gpus = excluded.gpus, node_list = excluded.node_list"_s);
        const qint64 total = parsed.jobs.size();
        for (qint64 k = 0; k < total; ++k) {
            if (m_progress && k % 256 == 0 && !m_progress(k, total)) {
                cancelled = true;
                *error = tr("The import was cancelled; nothing was written.");
                return false;
            }
            const SlurmJob &job = parsed.jobs[k];
            const QVariantList values{job.account,
                                      job.state,
                                      optionalTime(job.startMs),
                                      optionalTime(job.endMs),
                                      job.elapsedSeconds,
                                      job.gpus,
                                      job.nodeList};
            find.addBindValue(job.jobId);
            if (!find.exec()) {
                *error = find.lastError().text();
                return false;
            }
            bool existed = false;
            if (find.next()) {
                existed = true;
                bool same = true;
                for (int i = 0; i < values.size() && same; ++i) {
                    const QVariant stored = find.value(i);
                    same = stored.isNull() == values[i].isNull() &&
                           (stored.isNull() || stored.toString() == values[i].toString());
                }
                find.finish();
                if (same) {
                    ++report.unchanged;
                    continue;
                }
            }
            find.finish();
            put.addBindValue(job.jobId);
            for (const QVariant &v : values)
                put.addBindValue(v);
            if (!put.exec()) {
                *error = put.lastError().text();
                return false;
            }
            ++(existed ? report.updated : report.added);
        }
        if (report.added + report.updated > 0)
            changed.insert(u"slurm_jobs"_s);

        QSqlQuery unmatched(db);
        if (!unmatched.exec(u"SELECT j.account, count(*) FROM slurm_jobs j WHERE NOT EXISTS ("
                            "SELECT 1 FROM applications a WHERE a.slurm_account = j.account "
                            "AND a.deleted = 0) GROUP BY j.account ORDER BY j.account"_s)) {
            *error = unmatched.lastError().text();
            return false;
        }
        QSet<QString> inFile;
        for (const SlurmJob &job : parsed.jobs)
            inFile.insert(job.account);
        while (unmatched.next()) {
            const QString account = unmatched.value(0).toString();
            if (inFile.contains(account))
                report.unmatchedAccounts.append({account, unmatched.value(1).toInt()});
        }
        return true;
    };
    QString error;
    const bool written = m_store.writeOn(m_worker, write, &error, Store::Capture::Uncaptured);
    if (!written && cancelled) {
        SlurmImportReport stopped;
        stopped.cancelled = true;
        stopped.fatal = error;
        return stopped;
    }
    if (!written) {
        SlurmImportReport failed;
        failed.fatal = tr("Nothing was imported: writing %n job(s) to the profile failed (%1). "
                          "The profile is unchanged; check free disk space and try again.",
                          nullptr, int(parsed.jobs.size()))
                           .arg(error);
        return failed;
    }
    if (m_progress)
        m_progress(parsed.jobs.size(), parsed.jobs.size());
    return report;
}

bool SlurmJobRepository::gpuHoursByProject(qint64 fromMs, qint64 toMs, QHash<QString, double> *out,
                                           QString *error) const
{
    out->clear();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // A job ran from Start for ElapsedRaw seconds (also while still running, when End is empty).
    q.prepare(u"SELECT a.id, sum(j.gpus * (min(j.start_at + j.elapsed_s * 1000, ?) "
              "- max(j.start_at, ?))) FROM applications a "
              "JOIN slurm_jobs j ON j.account = a.slurm_account "
              "WHERE a.deleted = 0 AND a.slurm_account <> '' AND j.start_at IS NOT NULL "
              "AND j.start_at < ? AND j.start_at + j.elapsed_s * 1000 > ? "
              "AND j.gpus > 0 GROUP BY a.id"_s);
    for (const qint64 v : {toMs, fromMs, toMs, fromMs})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("The Slurm jobs could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toDouble() / 3600000.0);
    return true;
}

} // namespace gpudesk
