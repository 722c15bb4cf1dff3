// SPDX-License-Identifier: GPL-3.0-or-later
// pdf_40_pages_ms: a 40-page call summary with its charts, in Korean with a classification,
// composed and written to a PDF file: the largest decided call of the scale profile, its selected
// list lengthened with the other calls' selected applications until the report takes 40 pages.
// The data is read before the timing; the charts, the layout and the file are timed.
// report_cli_scale_ms: `gpudesk report call-summary` of that call on the scale profile, from the
// start of the process until it has exited with the file closed.
#include "Bench.h"

#include "domain/DisplayLanguage.h"
#include "reports/CallSummaryData.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPainter.h"
#include "store/Store.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr int kPages = 40;

std::unique_ptr<Store> openScale()
{
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    auto store = Store::open(bench::scaleProfilePath(), options, &outcome);
    if (!store)
        std::fprintf(stderr, "cannot open the scale profile: %s\n", qPrintable(outcome.message));
    return store;
}

// The decided call with the most applications selected by its review, and the other calls.
QStringList callsBySelected(Store &store)
{
    QStringList out;
    QSqlQuery q(store.db());
    q.exec(u"SELECT c.code FROM calls c JOIN applications a ON a.call_id = c.id "
           "WHERE a.deleted = 0 GROUP BY c.id ORDER BY sum(a.status IN ('selected', "
           "'allocated', 'active', 'completed', 'reclaimed')) DESC, c.code"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

ReportRequest koreanRequest()
{
    ReportRequest r;
    r.language = u"ko"_s;
    r.classification = u"대외비"_s;
    r.preparedBy = u"벤치마크"_s;
    r.nowMs = Store::nowMs();
    return r;
}

int pagesOf(const ReportDocument &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    ReportPainter::prepare(&writer, doc);
    return ReportPainter(doc).pageCount(&writer);
}

double pdf40Pages()
{
    DisplayLanguage::installOverride();
    const DisplayLanguage::Scope korean(u"ko"_s);
    CallSummaryData data;
    {
        auto store = openScale();
        if (!store)
            return -1;
        const QStringList calls = callsBySelected(*store);
        QString error;
        if (calls.isEmpty() || !loadCallSummary(*store, calls.first(), RankBy::Raw, &data, &error)) {
            std::fprintf(stderr, "call summary: %s\n", qPrintable(error));
            return -1;
        }
        for (const QString &other : calls.mid(1)) {
            CallSummaryData more;
            if (loadCallSummary(*store, other, RankBy::Raw, &more, &error))
                data.selected += more.selected;
        }
    }
    const ReportRequest request = koreanRequest();
    // The longest selected list that still fits in 40 pages.
    const QList<RankedApplication> all = data.selected;
    qsizetype low = 0, high = all.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        data.selected = all.mid(0, mid);
        if (pagesOf(ReportBuilder::callSummary(data, request)) <= kPages)
            low = mid;
        else
            high = mid - 1;
    }
    data.selected = all.mid(0, low);
    const int pages = pagesOf(ReportBuilder::callSummary(data, request));
    std::fprintf(stderr, "pdf_40_pages_ms: %d pages, %lld selected applications\n", pages,
                 static_cast<long long>(low));
    if (pages != kPages)
        return -1;

    QTemporaryDir dir;
    QList<double> times;
    for (int i = 0; i <= bench::runs(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const ReportDocument doc = ReportBuilder::callSummary(data, request);
        QString error;
        if (!ReportPainter::writePdf(doc, dir.filePath(u"summary.pdf"_s), {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return -1;
        }
        if (i > 0) // the first run warms the font caches
            times << double(timer.nsecsElapsed()) / 1e6;
    }
    return bench::median(times);
}

double reportCli()
{
    QString call;
    {
        auto store = openScale();
        if (!store)
            return -1;
        call = callsBySelected(*store).value(0);
    }
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    QList<double> times;
    for (int i = 0; i <= bench::runs(); ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        const QString out = dir.filePath(u"summary-%1.pdf"_s.arg(i));
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(GPUDESK_EXE),
                {u"report"_s, u"call-summary"_s, u"--profile"_s, bench::scaleProfilePath(),
                 u"--call"_s, call, u"--out"_s, out, u"--classification"_s, u"대외비"_s});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "gpudesk report failed: %s\n", p.readAllStandardError().constData());
            return -1;
        }
        if (i > 0) // the first run warms the file cache
            times << double(timer.nsecsElapsed()) / 1e6;
    }
    return bench::median(times);
}

const bool registered = [] {
    bench::add({u"pdf_40_pages_ms"_s, u"ms"_s, 2000, true, pdf40Pages});
    bench::add({u"report_cli_scale_ms"_s, u"ms"_s, 5000, true, reportCli});
    return true;
}();

} // namespace
