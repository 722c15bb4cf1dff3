// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/SacctParser.h"

#include "telemetry/TextFields.h"

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr int kFieldCount = 8;

enum class TimeResult
{
    Time,
    NoTime,
    Bad
};

// "2025-11-24T10:00:00" in zone; "Unknown", "None" and empty mean the job has no such time yet.
TimeResult readTime(QByteArrayView text, const QTimeZone &zone, std::optional<qint64> *out)
{
    if (text.isEmpty() || text == "Unknown" || text == "None")
        return TimeResult::NoTime;
    qint64 ms = 0;
    if (text.size() != 19 || !telemetry::readLocalTime(text, '-', 'T', zone, &ms))
        return TimeResult::Bad;
    *out = ms;
    return TimeResult::Time;
}

// GPUs in an AllocTRES such as "billing=224,cpu=224,gres/gpu:b200=8,gres/gpu=8,mem=2000G,node=1".
bool readGpus(QByteArrayView tres, int *gpus)
{
    std::optional<int> untyped;
    int typed = 0;
    qsizetype start = 0;
    while (start <= tres.size()) {
        qsizetype comma = tres.indexOf(',', start);
        if (comma < 0)
            comma = tres.size();
        const QByteArrayView item = tres.sliced(start, comma - start);
        start = comma + 1;
        const qsizetype eq = item.indexOf('=');
        const QByteArrayView key = eq < 0 ? item : item.first(eq);
        // gres/gpu and gres/gpu:<type>, but not gres/gpumem or gres/gpu_shard.
        const bool isUntyped = key == "gres/gpu";
        if (!isUntyped && !key.startsWith("gres/gpu:"))
            continue;
        int count = 0;
        if (eq < 0 || !telemetry::readCount(item.sliced(eq + 1), &count))
            return false;
        if (isUntyped)
            untyped = count;
        else
            typed += count;
    }
    *gpus = untyped.value_or(typed);
    return true;
}

} // namespace

SacctParseResult SacctParser::parse(QByteArrayView data, const Options &options)
{
    SacctParseResult result;
    QMap<QString, qint64> secondsByAccount;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype eol = data.indexOf('\n', pos);
        if (eol < 0)
            eol = data.size();
        QByteArrayView line = data.sliced(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const auto skip = [&](const QString &reason) { result.skipped.append({lineNo, reason}); };

        QByteArrayView fields[kFieldCount];
        int count = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == '|') {
                if (count < kFieldCount)
                    fields[count] = line.sliced(start, i - start);
                ++count;
                start = i + 1;
            }
        }
        if (count != kFieldCount) {
            skip(tr("Expected %1 fields separated by |, found %2. Export with sacct -a -X -P -n "
                    "--format=JobIDRaw,Account,State,Start,End,ElapsedRaw,AllocTRES,NodeList.")
                     .arg(kFieldCount)
                     .arg(count));
            continue;
        }
        // A file exported without -n starts with the column names.
        if (lineNo == 1 && fields[0] == "JobIDRaw")
            continue;

        SlurmJob job;
        job.line = lineNo;
        job.jobId = QString::fromUtf8(fields[0]);
        job.account = QString::fromUtf8(fields[1]);
        job.state = QString::fromUtf8(fields[2]);
        job.nodeList = QString::fromUtf8(fields[7]);
        if (job.jobId.isEmpty()) {
            skip(tr("The line has no job id."));
            continue;
        }
        if (readTime(fields[3], options.timeZone, &job.startMs) == TimeResult::Bad) {
            skip(tr("The start time \"%1\" is not of the form YYYY-MM-DDTHH:MM:SS.")
                     .arg(QString::fromUtf8(fields[3])));
            continue;
        }
        if (readTime(fields[4], options.timeZone, &job.endMs) == TimeResult::Bad) {
            skip(tr("The end time \"%1\" is not of the form YYYY-MM-DDTHH:MM:SS.")
                     .arg(QString::fromUtf8(fields[4])));
            continue;
        }
        if (!telemetry::readCount(fields[5], &job.elapsedSeconds)) {
            skip(tr("The elapsed time \"%1\" is not a whole number of seconds.")
                     .arg(QString::fromUtf8(fields[5])));
            continue;
        }
        if (!readGpus(fields[6], &job.gpus)) {
            skip(tr("The GPU count in AllocTRES \"%1\" cannot be read.")
                     .arg(QString::fromUtf8(fields[6])));
            continue;
        }
        job.gpuSeconds = job.elapsedSeconds * job.gpus;
        secondsByAccount[job.account] += job.gpuSeconds;
        result.jobs.append(std::move(job));
    }
    for (auto it = secondsByAccount.cbegin(); it != secondsByAccount.cend(); ++it)
        result.gpuHoursByAccount.insert(it.key(), double(it.value()) / 3600.0);
    result.linesRead = lineNo;
    return result;
}

} // namespace gpudesk
