// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusCommand.h"

#include "Console.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "telemetry/PrometheusFetch.h"
#include "telemetry/TelemetryImporter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace gpudesk::CommandLine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// "60s", "5m", "1h", "90": seconds, or -1.
int readStep(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,6})([smh]?)$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    return unit == u"h"_s ? n * 3600 : unit == u"m"_s ? n * 60 : n;
}

bool sourceFrom(const PrometheusArguments &args, PrometheusSource *source, qint64 *fromMs,
                qint64 *toMs, QTextStream &err)
{
    if (args.url.isEmpty()) {
        err << Text::tr("Name the Prometheus server with --url, such as "
                        "--url https://prometheus.example:9090/.")
            << Qt::endl;
        return false;
    }
    source->name = args.url;
    source->url = QUrl::fromUserInput(args.url);
    source->caFile = args.ca;
    source->labelFilter = args.match;
    if (!args.step.isEmpty()) {
        source->stepSeconds = readStep(args.step);
        if (source->stepSeconds < 1) {
            err << Text::tr("--step %1 is not a step such as 60s, 5m or 1h.").arg(args.step)
                << Qt::endl;
            return false;
        }
    }
    *toMs = Store::nowMs() - 60 * 1000;
    const std::optional<qint64> to = Console::readTime(args.to);
    if (!args.to.isEmpty() && !to) {
        err << Text::tr("--to %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.")
                   .arg(args.to)
            << Qt::endl;
        return false;
    }
    if (to)
        *toMs = *to;
    *fromMs = *toMs - 60 * 60 * 1000;
    const std::optional<qint64> from = Console::readTime(args.from);
    if (!args.from.isEmpty() && !from) {
        err << Text::tr("--from %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.")
                   .arg(args.from)
            << Qt::endl;
        return false;
    }
    if (from)
        *fromMs = *from;
    const QByteArray token = qgetenv("GPUDESK_PROMETHEUS_TOKEN");
    const QByteArray user = qgetenv("GPUDESK_PROMETHEUS_USER");
    if (!token.isEmpty()) {
        source->auth = PrometheusSource::Auth::Bearer;
        source->secret = QString::fromUtf8(token);
    } else if (!user.isEmpty()) {
        source->auth = PrometheusSource::Auth::Basic;
        source->user = QString::fromUtf8(user);
        source->secret = QString::fromUtf8(qgetenv("GPUDESK_PROMETHEUS_PASSWORD"));
    }
    return true;
}

} // namespace

int checkPrometheusArguments(const PrometheusArguments &args, QTextStream &err)
{
    PrometheusSource source;
    qint64 from = 0;
    qint64 to = 0;
    return sourceFrom(args, &source, &from, &to, err) ? 0 : 2;
}

int importPrometheus(Store &store, const PrometheusArguments &args, QTextStream &out,
                     QTextStream &err)
{
    PrometheusSource source;
    qint64 from = 0;
    qint64 to = 0;
    if (!sourceFrom(args, &source, &from, &to, err))
        return 2;
    TelemetryImporter importer(store);
    QString error;
    if (!importer.load(&error)) {
        err << Text::tr("Nothing was imported: %1").arg(error) << Qt::endl;
        return 1;
    }
    PrometheusFetch::Hooks hooks;
    hooks.progress = [&err](qint64 done, qint64 total, const QString &status) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        err << u"[%1%] "_s.arg(percent, 3) << status << Qt::endl;
    };
    const PrometheusFetchReport report = PrometheusFetch::run(source, from, to, importer, hooks);
    for (const QString &line : report.details())
        err << line << Qt::endl;
    if (!report.error.isEmpty()) {
        err << report.error << Qt::endl;
        if (report.fetchedUpToMs > 0)
            err << Text::tr("The samples up to %1 were imported; fetch again from there.")
                       .arg(formatDateTime(report.fetchedUpToMs))
                << Qt::endl;
        else
            err << Text::tr("Nothing was imported.") << Qt::endl;
    }
    out << report.summary() << Qt::endl;
    if (!report.error.isEmpty())
        return 1;
    return report.skippedSeries.isEmpty() && report.skippedSamples() == 0 ? 0 : 3;
}

} // namespace gpudesk::CommandLine
