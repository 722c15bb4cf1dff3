// SPDX-License-Identifier: GPL-3.0-or-later
// gpudesk-bench [--list] [--runs N] [--data DIR] [FIGURE ...]
// Prints one JSON line per figure: {"figure", "value", "unit", "target", "better"}.
#include "Bench.h"

#include "data/DataGenerator.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool ensureScaleProfile()
{
    if (QFileInfo::exists(bench::scaleProfilePath()))
        return true;
    std::fprintf(stderr, "generating the scale dataset into %s ...\n", qPrintable(bench::scaleProfilePath()));
    gpudesk::OpenOutcome outcome;
    auto store = gpudesk::Store::open(bench::scaleProfilePath(), gpudesk::OpenOptions{}, &outcome);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.message));
        return false;
    }
    QElapsedTimer t;
    t.start();
    QString error;
    gpudesk::GenerateReport report;
    if (!gpudesk::generateDataset(*store, gpudesk::DatasetKind::Scale, 20251222, &report, &error)) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(error));
        store.reset();
        QFile::remove(bench::scaleProfilePath());
        return false;
    }
    std::fprintf(stderr, "generated %d applications, %d nodes, %d reviews in %.1f s\n",
                 report.applications, report.nodes, report.reviews, t.elapsed() / 1000.0);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"gpudesk-bench"_s);
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption list(u"list"_s, u"Name the figures and exit."_s);
    const QCommandLineOption runs(u"runs"_s, u"Measured runs per figure (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption data(u"data"_s, u"Folder of the scale dataset (made on first use)."_s,
                                  u"dir"_s, QDir::currentPath() + u"/bench-data"_s);
    parser.addOptions({list, runs, data});
    parser.addPositionalArgument(u"figure"_s, u"Figures to run (default: all)."_s);
    parser.process(app);

    if (parser.isSet(list)) {
        for (const bench::Figure &f : bench::registry())
            std::printf("%s\n", qPrintable(f.name));
        return 0;
    }
    bench::setRuns(parser.value(runs).toInt());
    QDir().mkpath(parser.value(data));
    bench::setDataDir(QFileInfo(parser.value(data)).absoluteFilePath());
    const QStringList wanted = parser.positionalArguments();
    for (const QString &name : wanted) {
        bool known = false;
        for (const bench::Figure &f : bench::registry())
            known |= f.name == name;
        if (!known) {
            std::fprintf(stderr, "unknown figure %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }
    if (!ensureScaleProfile())
        return 1;
    for (const bench::Figure &f : bench::registry()) {
        if (!wanted.isEmpty() && !wanted.contains(f.name))
            continue;
        const double value = f.run();
        const QJsonObject line{{u"figure"_s, f.name},
                               {u"value"_s, qRound(value * 100) / 100.0},
                               {u"unit"_s, f.unit},
                               {u"target"_s, f.target},
                               {u"better"_s, f.lowerIsBetter ? u"lower"_s : u"higher"_s}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
