// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "Console.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCall.h"
#include "reports/ReportPainter.h"
#include "store/Store.h"
#include "store/UsageRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportCommand {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using Console::err;
using Console::out;

// "2026-02-01", or a month "2026-02" (its first day for --from, its last for --to).
bool parseDay(const QString &text, bool end, QDate *day)
{
    if (text.isEmpty())
        return true;
    QDate d = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!d.isValid()) {
        d = QDate::fromString(text + u"-01"_s, u"yyyy-MM-dd"_s);
        if (d.isValid() && end)
            d = d.addMonths(1).addDays(-1);
    }
    *day = d;
    return d.isValid();
}

// The call the user named, or the profile's only call (for the agenda and the evaluation: its
// only round of that kind).
bool chooseCall(Store &store, ReportKind kind, const QString &named, QString *callId)
{
    if (!named.isEmpty()) {
        *callId = named;
        return true;
    }
    QStringList ids, codes;
    for (const CallSummary &c : reportCalls(store, reportRoundActivity(kind))) {
        ids << c.id;
        codes << c.code;
    }
    if (ids.size() == 1) {
        *callId = ids.first();
        return true;
    }
    if (reportRoundActivity(kind))
        err() << (codes.isEmpty()
                      ? Text::tr("This profile has no round for the %1 report: there is nothing "
                                 "to report on yet.")
                            .arg(reportKindKey(kind))
                      : Text::tr("Name the round with --round; the profile has %1.")
                            .arg(codes.join(u", "_s)))
              << Qt::endl;
    else
        err() << (codes.isEmpty()
                      ? Text::tr("This profile has no calls: there is nothing to report on yet.")
                      : Text::tr("Name the call with --call; the profile has %1.")
                            .arg(codes.join(u", "_s)))
              << Qt::endl;
    return false;
}

} // namespace

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Writes a report as a PDF (A4, fonts embedded), without a window.\n"
        "  call-summary  a call's applications, review outcome, selected and waitlisted\n"
        "  allocation    the fleet's nodes, occupancy over the coming year, allocations ending\n"
        "  usage         utilisation, projects flagged as idle with their evidence, checks\n"
        "  statements    a call's monthly cost-share statements and its total\n"
        "  agenda        a national-project round's demands for the ministers' meeting\n"
        "  evaluation    a program round's teams by score with next year's shares"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"type"_s,
                                 Text::tr("call-summary, allocation, usage, statements, agenda or "
                                          "evaluation"));
    parser.addOption(Console::profileOption());
    const QCommandLineOption outFile({u"o"_s, u"out"_s}, Text::tr("The PDF file to write."),
                                     Text::tr("file"));
    const QCommandLineOption lang(u"lang"_s, Text::tr("Language of the report: ko or en."),
                                  Text::tr("language"), u"ko"_s);
    const QCommandLineOption call({u"call"_s, u"round"_s},
                                  Text::tr("The call, by code or id (default: the profile's only "
                                           "call); for agenda and evaluation the round (default: "
                                           "the profile's only round of that kind)."),
                                  Text::tr("call"));
    const QCommandLineOption from(u"from"_s,
                                  Text::tr("First day (YYYY-MM-DD) or month (YYYY-MM): usage "
                                           "and statements. Usage defaults to the 30 days up to "
                                           "yesterday, statements to every month."),
                                  Text::tr("day"));
    const QCommandLineOption to(u"to"_s, Text::tr("Last day or month: usage and statements."),
                                Text::tr("day"));
    const QCommandLineOption classification(
        u"classification"_s,
        Text::tr("The classification printed on every page, such as 대외비 (default: none)."),
        Text::tr("text"));
    const QCommandLineOption preparedBy(u"prepared-by"_s,
                                        Text::tr("The name printed as the report's author."),
                                        Text::tr("name"));
    const QCommandLineOption normalised(u"normalised"_s,
                                        Text::tr("Call summary, agenda and evaluation: rank by "
                                                 "normalised scores."));
    parser.addOptions({outFile, lang, call, from, to, classification, preparedBy, normalised});
    parser.process(args);

    const QStringList rest = parser.positionalArguments();
    const std::optional<ReportKind> kind =
        rest.size() == 1 ? reportKindFromKey(rest[0]) : std::nullopt;
    if (!kind) {
        err() << Text::tr("Say which report to write: call-summary, allocation, usage, "
                          "statements, agenda or evaluation. See gpudesk report --help.")
              << Qt::endl;
        return 2;
    }
    if (parser.value(outFile).isEmpty()) {
        err() << Text::tr("Name the PDF to write with --out FILE.") << Qt::endl;
        return 2;
    }
    if (parser.value(lang) != u"ko"_s && parser.value(lang) != u"en"_s) {
        err() << Text::tr("--lang takes ko or en, not %1.").arg(parser.value(lang)) << Qt::endl;
        return 2;
    }
    ReportRequest request;
    request.kind = *kind;
    request.language = parser.value(lang);
    request.classification = parser.value(classification);
    request.preparedBy = parser.value(preparedBy);
    request.rankBy = parser.isSet(normalised) ? RankBy::Normalised : RankBy::Raw;
    if (!parseDay(parser.value(from), false, &request.from) ||
        !parseDay(parser.value(to), true, &request.to)) {
        err() << Text::tr("Write days as YYYY-MM-DD (2026-02-01) or months as YYYY-MM (2026-02).")
              << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    auto store = Console::openProfile(parser.value(u"profile"_s), false);
    if (!store)
        return 1;
    if (reportNeedsCall(*kind) && !chooseCall(*store, *kind, parser.value(call), &request.callId))
        return 2;
    ReportDocument document;
    QString error;
    // The profile's own telemetry, for the usage report.
    UsageRepository usage(*store);
    if (!ReportBuilder::build(*store, &usage, request, &document, &error)) {
        err() << Text::tr("No report was written: %1").arg(error) << Qt::endl;
        return 1;
    }
    const QString path = QFileInfo(parser.value(outFile)).absoluteFilePath();
    int pages = 0;
    if (!ReportPainter::writePdf(document, path,
                                 [&pages](int, int total) {
                                     pages = total;
                                     return true;
                                 },
                                 &error)) {
        err() << Text::tr("No report was written: %1").arg(error) << Qt::endl;
        return 1;
    }
    out() << Text::tr("Wrote %1: %2, %n page(s), in %3 s.", nullptr, pages)
                 .arg(QDir::toNativeSeparators(path), reportKindLabel(*kind))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace gpudesk::ReportCommand
