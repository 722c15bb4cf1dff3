// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusFetch.h"

#include "domain/TimeFormat.h"
#include "telemetry/PrometheusClient.h"
#include "telemetry/PrometheusQuery.h"
#include "telemetry/TelemetryImporter.h"

#include <QEventLoop>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr int kCancelPollMs = 100;

// One range query, waited for in a local event loop that also watches for a cancel.
PrometheusAnswer ask(PrometheusClient &client, qint64 fromMs, qint64 toMs,
                     const std::function<bool()> &isCancelled)
{
    PrometheusAnswer answer;
    QEventLoop loop;
    QObject::connect(&client, &PrometheusClient::answered, &loop,
                     [&](const PrometheusAnswer &a) {
                         answer = a;
                         loop.quit();
                     });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &client, [&] {
        if (isCancelled && isCancelled())
            client.cancel();
    });
    poll.start(kCancelPollMs);
    client.queryRange(fromMs, toMs);
    if (client.isBusy())
        loop.exec();
    return answer;
}

} // namespace

int PrometheusFetchReport::skippedSamples() const
{
    return written.skippedSamples();
}

QString PrometheusFetchReport::summary() const
{
    const QLocale locale;
    return PrometheusFetch::tr("Imported %1 samples (%2 rollup rows updated) from %n query(ies); "
                               "%3 samples and %4 series skipped.",
                               nullptr, chunks)
        .arg(locale.toString(written.imported), locale.toString(written.rollupRows),
             locale.toString(skippedSamples()), locale.toString(skippedSeries.size()));
}

QStringList PrometheusFetchReport::details() const
{
    QStringList lines;
    for (const QString &w : warnings)
        lines << PrometheusFetch::tr("Prometheus warns: %1").arg(w);
    lines << skippedSeries;
    lines << written.sampleNotes();
    return lines;
}

PrometheusFetchReport PrometheusFetch::run(const PrometheusSource &source, qint64 fromMs,
                                           qint64 toMs, TelemetryImporter &importer,
                                           const Hooks &hooks)
{
    if (source.stepSeconds < 1) {
        PrometheusFetchReport report;
        PrometheusClient client;
        client.configure(source, &report.error); // says what is wrong with the step
        return report;
    }
    const qint64 stepMs = qint64(source.stepSeconds) * 1000;
    if (toMs < PrometheusQuery::alignUp(fromMs, stepMs)) {
        PrometheusFetchReport report;
        report.error = tr("The period is empty: its end comes before its start (or before the "
                          "first step of %1 s after it). Choose a later end.")
                           .arg(source.stepSeconds);
        return report;
    }
    return runRanges(source, PrometheusQuery::missing(source.fetched, fromMs, toMs, stepMs),
                     importer, hooks);
}

PrometheusFetchReport PrometheusFetch::runRanges(const PrometheusSource &source,
                                                 const QList<FetchedRange> &ranges,
                                                 TelemetryImporter &importer, const Hooks &hooks)
{
    PrometheusFetchReport report;
    PrometheusClient client;
    if (!client.configure(source, &report.error))
        return report;
    report.asked = ranges;
    const qint64 stepMs = qint64(source.stepSeconds) * 1000;
    importer.setIntervalSeconds(source.stepSeconds);
    qint64 totalSteps = 0;
    for (const FetchedRange &r : ranges)
        totalSteps += (r.to - r.from) / stepMs + 1;
    qint64 doneSteps = 0;
    QSet<QString> skippedSeen;
    QSet<QString> warningsSeen;
    int seriesSeen = 0;
    // Each chunk is its own transaction; the retention prunes once after all of them.
    bool wrote = false;
    for (const FetchedRange &range : ranges) {
        qint64 start = range.from;
        while (start <= range.to && report.ok()) {
            if (hooks.isCancelled && hooks.isCancelled()) {
                report.cancelled = true;
                break;
            }
            const qint64 end = PrometheusQuery::chunkEnd(start, range.to, stepMs,
                                                         PrometheusQuery::chunkPoints(seriesSeen));
            if (hooks.progress)
                hooks.progress(doneSteps, totalSteps,
                               tr("Fetching %1 to %2 from %3…")
                                   .arg(formatDateTime(start), formatDateTime(end), source.name));
            const PrometheusAnswer answer = ask(client, start, end, hooks.isCancelled);
            if (answer.cancelled) {
                report.cancelled = true;
                break;
            }
            if (!answer.ok()) {
                report.error = answer.error;
                break;
            }
            const PrometheusDecodeResult &decoded = answer.decoded;
            ++report.chunks;
            seriesSeen = decoded.series;
            report.points += decoded.points;
            report.samples += int(decoded.samples.size());
            for (const SkippedLine &s : decoded.skipped) {
                if (!skippedSeen.contains(s.reason)) {
                    skippedSeen.insert(s.reason);
                    report.skippedSeries << s.reason;
                }
            }
            for (const QString &w : decoded.warnings) {
                if (!warningsSeen.contains(w)) {
                    warningsSeen.insert(w);
                    report.warnings << w;
                }
            }
            if (!decoded.samples.isEmpty()) {
                const TelemetryImportReport imported = importer.importSamples(
                    decoded.samples, TelemetryImporter::Pruning::ByCaller);
                if (!imported.ok()) {
                    report.error = imported.fatal;
                    break;
                }
                wrote = true;
                report.written.add(imported);
            }
            PrometheusQuery::cover(&report.fetched, {start, end}, stepMs);
            report.fetchedUpToMs = end;
            doneSteps += (end - start) / stepMs + 1;
            start = end + stepMs;
        }
        if (!report.ok())
            break;
    }
    UsagePruneReport pruned;
    QString pruneError;
    if (importer.prunes() && wrote && !importer.prune(&pruned, &pruneError) && report.error.isEmpty())
        report.error = pruneError;
    if (hooks.progress && report.ok())
        hooks.progress(totalSteps, totalSteps, tr("Fetched %1.").arg(source.name));
    return report;
}

} // namespace gpudesk
