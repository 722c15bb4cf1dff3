// SPDX-License-Identifier: GPL-3.0-or-later
// search_keystroke_ms and sort_ms: the application browser on the scale profile, in a
// 1920x1080 window, timed from the input to the end of the repaint.
#include "Bench.h"
#include "PaintCounter.h"

#include "applications/ApplicationBrowser.h"
#include "applications/FilterBar.h"
#include "common/SearchLineEdit.h"
#include "itemmodels/ApplicationTableModel.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

struct Session
{
    std::unique_ptr<Store> store;
    std::unique_ptr<ApplicationBrowser> browser;
};

Session openBrowser()
{
    Session s;
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    s.store = Store::open(bench::scaleProfilePath(), options, &outcome);
    if (!s.store)
        qFatal("cannot open the scale profile: %s", qPrintable(outcome.message));
    s.browser = std::make_unique<ApplicationBrowser>(*s.store);
    s.browser->resize(1920, 1080);
    s.browser->show();
    QCoreApplication::processEvents();
    s.browser->table()->viewport()->repaint();
    return s;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Korean of one and two syllables (the LIKE path), longer words (the trigram path), names.
const QStringList kQueries = {u"서울"_s, u"학습"_s, u"모델"_s, u"의료"_s, u"한"_s,
                              u"김"_s,   u"기후"_s, u"데이터"_s, u"언어 모델"_s, u"신약 개발"_s};

double searchOnce(Session &s)
{
    SearchLineEdit *edit = s.browser->filterBar()->searchEdit();
    QWidget *viewport = s.browser->table()->viewport();
    bench::PaintCounter counter;
    viewport->installEventFilter(&counter);
    QList<double> times;
    for (const QString &query : kQueries) {
        edit->clear();
        viewport->repaint();
        for (const QChar c : query) {
            QElapsedTimer t;
            t.start();
            QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
            const int before = counter.frames;
            // Anything queued (a debounce, the repaint the new rows asked for) runs now; if the
            // event loop painted nothing, the frame is forced, so each key counts one frame.
            QCoreApplication::processEvents();
            if (counter.frames == before)
                viewport->repaint();
            times << ms(t);
            if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
                std::fprintf(stderr, "key '%s': %.1f ms, %d rows\n", qPrintable(edit->text()), ms(t),
                             s.browser->table()->model()->rowCount());
        }
    }
    edit->clear();
    double sum = 0;
    for (double v : times)
        sum += v;
    return sum / static_cast<double>(times.size()); // the mean keeps slow keys in the figure
}

double sortOnce(Session &s, int run)
{
    QTableView *table = s.browser->table();
    bench::PaintCounter counter;
    table->viewport()->installEventFilter(&counter);
    double worst = 0;
    for (int c = 0; c < ApplicationTableModel::ColumnCount; ++c) {
        QElapsedTimer t;
        t.start();
        table->sortByColumn(c, (run + c) % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        const int before = counter.frames;
        QCoreApplication::processEvents();
        if (counter.frames == before)
            table->viewport()->repaint();
        worst = qMax(worst, ms(t));
        if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
            std::fprintf(stderr, "sort column %d: %.1f ms\n", c, ms(t));
    }
    return worst;
}

const bool registered = [] {
    bench::add({u"search_keystroke_ms"_s, u"ms"_s, 20, true, [] {
                    Session s = openBrowser();
                    searchOnce(s); // warm-up
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i)
                        v << searchOnce(s);
                    return bench::median(v);
                }});
    bench::add({u"sort_ms"_s, u"ms"_s, 50, true, [] {
                    Session s = openBrowser();
                    sortOnce(s, 0);
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i)
                        v << sortOnce(s, i + 1);
                    return bench::median(v); // of the slowest column in each run
                }});
    return true;
}();

} // namespace
