// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "BackupCommands.h"
#include "ConnectCommand.h"
#include "Console.h"
#include "PrometheusCommand.h"
#include "ReportCommand.h"
#include "data/ApplicationImporter.h"
#include "data/DataGenerator.h"
#include "data/DemoTelemetry.h"
#include "domain/TimeFormat.h"
#include "store/SlurmJobRepository.h"
#include "store/Store.h"
#include "store/UsageMaintenance.h"
#include "telemetry/TelemetryImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace gpudesk::CommandLine {
namespace {

// The translation context lupdate and the runtime agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using Console::err;
using Console::openProfile;
using Console::out;
using Console::profileOption;

int generate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Fills a new profile with generated data.\n"
        "  demo   the fleet of the program today, the round-1 call, about 400 applications,\n"
        "         a national-project round and the World Best LLM program\n"
        "  scale  the 2028 fleet: 6,500 nodes, 20,000 applications, 100,000 reviews"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"kind"_s, Text::tr("demo or scale"));
    parser.addOption(profileOption());
    const QCommandLineOption seed(u"seed"_s,
                                  Text::tr("Seed of the generator (same seed, same data)."),
                                  Text::tr("number"), u"20251222"_s);
    parser.addOption(seed);
    parser.process(args);
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 1 || (rest[0] != u"demo"_s && rest[0] != u"scale"_s)) {
        err() << Text::tr("Say which data to generate: demo or scale.") << Qt::endl;
        return 2;
    }
    bool seedOk = false;
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk) {
        err() << Text::tr("The seed must be a whole number.") << Qt::endl;
        return 2;
    }
    auto store = openProfile(parser.value(u"profile"_s), true);
    if (!store)
        return 1;
    QElapsedTimer timer;
    timer.start();
    GenerateReport report;
    QString error;
    const auto kind = rest[0] == u"scale"_s ? DatasetKind::Scale : DatasetKind::Demo;
    const bool ok = generateDataset(*store, kind, seedValue, &report, &error,
                                    [](int percent, const QString &step) {
                                        err() << u"[%1%] "_s.arg(percent, 3) << step << Qt::endl;
                                    });
    if (!ok) {
        err() << Text::tr("Nothing was generated: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr(
                 "Generated %1 nodes in %2 racks, %3 organisations, %4 applications, %5 reviewers, "
                 "%6 reviews, %7 allocations in %8 s.")
                 .arg(report.nodes)
                 .arg(report.racks)
                 .arg(report.organizations)
                 .arg(report.applications)
                 .arg(report.reviewers)
                 .arg(report.reviews)
                 .arg(report.allocations)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (report.demands > 0 || report.teams > 0)
        out() << Text::tr("Other tracks: %1 national-project demands, %2 program teams.")
                     .arg(report.demands)
                     .arg(report.teams)
              << Qt::endl;
    if (kind != DatasetKind::Demo)
        return 0;
    timer.restart();
    DemoTelemetryReport telemetry;
    // Its percent steps on stderr as the dataset's, each ten percent once.
    const auto progress = [last = -1](int percent) mutable {
        if (percent / 10 == last / 10)
            return;
        last = percent;
        err() << u"[%1%] "_s.arg(percent, 3) << Text::tr("Importing demo telemetry…") << Qt::endl;
    };
    if (!generateDemoTelemetry(*store, &telemetry, &error, progress)) {
        err() << Text::tr("The demo telemetry could not be made: %1").arg(error) << Qt::endl;
        return 1;
    }
    out()
        << Text::tr(
               "Imported %1 GPU readings (every two hours) of %2 nodes from %3 to %4 and %5 Slurm "
               "jobs in %6 s; idle on purpose: %7; exporter silent for three days: %8.")
               .arg(telemetry.samples)
               .arg(telemetry.nodes)
               .arg(formatDate(telemetry.fromMs), formatDate(telemetry.toMs - 1))
               .arg(telemetry.jobs)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
               .arg(telemetry.idleProjects.join(u", "_s), telemetry.gapProject)
        << Qt::endl;
    return 0;
}

// Slurm accounting: jobs into slurm_jobs, times in the program's zone (the controller's).
int importSacct(const QString &file, Store &store)
{
    const SlurmImportReport report =
        SlurmJobRepository(store).importSacctFile(file, displayTimeZone());
    if (!report.ok()) {
        err() << Text::tr("Nothing was imported: %1").arg(report.fatal) << Qt::endl;
        return 1;
    }
    const QString name = QFileInfo(file).fileName();
    for (const QString &note : report.notes())
        err() << name << u": "_s << note << Qt::endl;
    out() << Text::tr("Imported %1 new and %2 changed jobs (%3 unchanged) from %4 lines; %5 "
                      "lines skipped.")
                 .arg(report.added)
                 .arg(report.updated)
                 .arg(report.unchanged)
                 .arg(report.linesRead)
                 .arg(report.skippedLines.size())
          << Qt::endl;
    return report.skippedLines.isEmpty() ? 0 : 3;
}

int importTelemetry(const QString &file, const QString &profile, const QString &format,
                    const QString &host, const QString &at)
{
    const bool dcgm = format == u"dcgm"_s;
    const bool sacct = format == u"sacct"_s;
    if (!dcgm && !sacct && format != u"nvidia-smi"_s) {
        err() << Text::tr("Name the telemetry format with --format dcgm, nvidia-smi or sacct (or "
                          "prometheus with --url instead of a file).")
              << Qt::endl;
        return 2;
    }
    if (format == u"nvidia-smi"_s && host.isEmpty()) {
        err() << Text::tr("nvidia-smi files do not say which host they come from: name it with "
                          "--host HOSTNAME.")
              << Qt::endl;
        return 2;
    }
    qint64 scrapeMs = Store::nowMs();
    if (!at.isEmpty()) {
        const std::optional<qint64> t = Console::readTime(at);
        if (!t) {
            err() << Text::tr("--at %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.")
                         .arg(at)
                  << Qt::endl;
            return 2;
        }
        scrapeMs = *t;
    }
    auto store = openProfile(profile, false);
    if (!store)
        return 1;
    if (sacct)
        return importSacct(file, *store);
    TelemetryImporter importer(*store);
    const TelemetryImportReport report =
        dcgm ? importer.importDcgmFile(file, scrapeMs) : importer.importNvidiaSmiFile(file, host);
    if (!report.ok()) {
        err() << Text::tr("Nothing was imported: %1").arg(report.fatal) << Qt::endl;
        return 1;
    }
    const QString name = QFileInfo(file).fileName();
    for (const SkippedLine &s : report.skippedLines)
        err() << Text::tr("%1:%2: %3").arg(name).arg(s.line).arg(s.reason) << Qt::endl;
    for (const QString &line : report.sampleNotes())
        err() << line << Qt::endl;
    out() << Text::tr("Imported %1 samples (%2 of MIG instances; %3 rollup rows written) from %4 "
                      "lines; %5 lines and %6 samples skipped.")
                 .arg(report.imported)
                 .arg(report.migSamples)
                 .arg(report.rollupRows)
                 .arg(report.linesRead)
                 .arg(report.skippedLines.size())
                 .arg(report.skippedSamples())
          << Qt::endl;
    return report.skippedLines.isEmpty() && report.skippedSamples() == 0 ? 0 : 3;
}

int import(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Imports a file into a profile.\n"
        "  applications FILE   applications exported by the online platform (CSV or JSON;\n"
        "                      see docs/import-format.md). Every row is checked; rejected rows\n"
        "                      are listed with their line and reason.\n"
        "  telemetry FILE      GPU telemetry: --format dcgm (dcgm-exporter text), nvidia-smi\n"
        "                      (CSV of one host, named with --host) or sacct (Slurm jobs, times\n"
        "                      in Asia/Seoul). Samples of hosts not in the fleet are counted per\n"
        "                      host; a sample or job already stored is not counted twice; the\n"
        "                      file is written whole or not at all.\n"
        "  telemetry --format prometheus --url URL\n"
        "                      dcgm-exporter metrics from a Prometheus server's\n"
        "                      HTTP API over a period; a token or password comes\n"
        "                      from GPUDESK_PROMETHEUS_TOKEN, or\n"
        "                      GPUDESK_PROMETHEUS_USER and _PASSWORD."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"what"_s, Text::tr("applications or telemetry"));
    parser.addPositionalArgument(u"file"_s, Text::tr("the file to import"));
    parser.addOption(profileOption());
    const QCommandLineOption format(
        u"format"_s, Text::tr("Telemetry format: dcgm, nvidia-smi, sacct or prometheus."),
        Text::tr("format"));
    const QCommandLineOption host(u"host"_s, Text::tr("The host an nvidia-smi file comes from."),
                                  Text::tr("hostname"));
    const QCommandLineOption at(u"at"_s,
                                Text::tr("For dcgm lines without a timestamp: the moment of the "
                                         "scrape (ISO 8601; default now)."),
                                Text::tr("time"));
    parser.addOptions({format, host, at});
    const QCommandLineOption url(u"url"_s, Text::tr("Prometheus: the server's base URL."),
                                 Text::tr("url"));
    const QCommandLineOption from(u"from"_s, Text::tr("Prometheus: start (ISO 8601; default an "
                                                      "hour before --to)."),
                                  Text::tr("time"));
    const QCommandLineOption to(u"to"_s, Text::tr("Prometheus: end (ISO 8601; default now)."),
                                Text::tr("time"));
    const QCommandLineOption step(u"step"_s, Text::tr("Prometheus: step, such as 60s or 5m."),
                                  Text::tr("step"));
    const QCommandLineOption match(u"match"_s,
                                   Text::tr("Prometheus: label matchers, such as job=\"dcgm\"."),
                                   Text::tr("selector"));
    const QCommandLineOption ca(u"ca"_s, Text::tr("Prometheus: CA file to verify the server."),
                                Text::tr("file"));
    parser.addOptions({url, from, to, step, match, ca});
    parser.process(args);
    const QStringList rest = parser.positionalArguments();
    if (rest.size() == 1 && rest[0] == u"telemetry"_s &&
        parser.value(format) == u"prometheus"_s) {
        const PrometheusArguments p{parser.value(url),  parser.value(from),  parser.value(to),
                                    parser.value(step), parser.value(match), parser.value(ca)};
        if (checkPrometheusArguments(p, err()) != 0)
            return 2;
        auto store = openProfile(parser.value(u"profile"_s), false);
        return store ? importPrometheus(*store, p, out(), err()) : 1;
    }
    if (rest.size() == 2 && rest[0] == u"telemetry"_s)
        return importTelemetry(rest[1], parser.value(u"profile"_s), parser.value(format),
                               parser.value(host), parser.value(at));
    if (rest.size() != 2 || rest[0] != u"applications"_s) {
        err() << Text::tr("Usage: gpudesk import applications FILE [--profile PATH]\n"
                          "       gpudesk import telemetry --format dcgm|nvidia-smi|sacct FILE "
                          "[--profile PATH] [--host HOSTNAME] [--at ISO-TIME]\n"
                          "       gpudesk import telemetry --format prometheus --url URL "
                          "[--from ISO-TIME] [--to ISO-TIME] [--step 60s] [--match SELECTOR] "
                          "[--ca FILE] [--profile PATH]")
              << Qt::endl;
        return 2;
    }
    auto store = openProfile(parser.value(u"profile"_s), false);
    if (!store)
        return 1;
    store->setCurrentUser(u"cli"_s, Text::tr("command line import"));
    ApplicationImporter importer(*store);
    const ImportReport report = importer.importFile(rest[1]);
    if (!report.ok()) {
        err() << Text::tr("Nothing was imported: %1").arg(report.fatal) << Qt::endl;
        return 1;
    }
    for (const ImportIssue &issue : report.rejected) {
        err() << Text::tr("%1:%2: %3%4")
                     .arg(QFileInfo(rest[1]).fileName())
                     .arg(issue.line)
                     .arg(issue.field.isEmpty() ? QString() : issue.field + u": "_s, issue.reason)
              << Qt::endl;
    }
    out() << Text::tr("Imported %1 applications (%2 new organisations); %3 rows rejected.")
                 .arg(report.accepted)
                 .arg(report.organizationsCreated)
                 .arg(report.rejectedRows())
          << Qt::endl;
    return report.rejected.isEmpty() ? 0 : 3;
}

int rollup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Rebuilds the usage figures (every scope and tier) of a period from the stored "
                 "samples, for instance after allocations were changed after the fact. Days are "
                 "Asia/Seoul days; --to is inclusive. Only days that still have samples can be "
                 "rebuilt."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"rebuild"_s, Text::tr("what to do: rebuild"));
    parser.addOption(profileOption());
    const QCommandLineOption from(u"from"_s, Text::tr("First day (YYYY-MM-DD) or moment."),
                                  Text::tr("day"));
    const QCommandLineOption to(u"to"_s, Text::tr("Last day (YYYY-MM-DD) or moment."),
                                Text::tr("day"));
    parser.addOptions({from, to});
    parser.process(args);
    const auto fromMs = Console::readTime(parser.value(from));
    const auto toMs = Console::readTime(parser.value(to), true);
    if (parser.positionalArguments() != QStringList{u"rebuild"_s} || !fromMs || !toMs ||
        *toMs <= *fromMs) {
        err() << Text::tr("Usage: gpudesk rollup rebuild --from YYYY-MM-DD --to YYYY-MM-DD "
                          "[--profile PATH]")
              << Qt::endl;
        return 2;
    }
    auto store = openProfile(parser.value(u"profile"_s), false);
    if (!store)
        return 1;
    QElapsedTimer timer;
    timer.start();
    UsageRebuildReport report;
    QString error;
    if (!UsageMaintenance(*store).rebuild(*fromMs, *toMs, &report, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << Text::tr("Rebuilt %1 rollup rows from %2 readings between %3 and %4 in %5 s.")
                 .arg(report.rollupRows)
                 .arg(report.samples)
                 .arg(formatDateTime(report.fromMs), formatDateTime(report.toMs))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace

bool isVerb(const QString &word)
{
    return word == u"generate"_s || word == u"import"_s || word == u"rollup"_s ||
           word == u"report"_s || word == u"backup"_s || word == u"restore"_s ||
           word == u"connect"_s;
}

bool needsPainting(const QString &word)
{
    return word == u"report"_s;
}

int runVerb(const QStringList &args)
{
    // QCommandLineParser wants the program name first: "gpudesk generate" reads as one program.
    QStringList verbArgs = args.mid(2);
    verbArgs.prepend(args.value(0) + u' ' + args.value(1));
    if (args.value(1) == u"generate"_s)
        return generate(verbArgs);
    if (args.value(1) == u"rollup"_s)
        return rollup(verbArgs);
    if (args.value(1) == u"report"_s)
        return ReportCommand::run(verbArgs);
    if (args.value(1) == u"backup"_s)
        return BackupCommands::backup(verbArgs);
    if (args.value(1) == u"restore"_s)
        return BackupCommands::restore(verbArgs);
    if (args.value(1) == u"connect"_s)
        return ConnectCommand::run(verbArgs);
    return import(verbArgs);
}

} // namespace gpudesk::CommandLine
