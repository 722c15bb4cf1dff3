// SPDX-License-Identifier: GPL-3.0-or-later
// open_review_form_ms: in the reviewer's area on the scale profile, the time from the request to
// open an assignment until the application pane and the scoring form are painted. The reviewer
// is the one with the most open assignments in a call under review; each run opens ten of their
// assignments in turn (a different one each time) and counts the mean.
#include "Bench.h"
#include "PaintCounter.h"
#include "review/MyReviewsView.h"
#include "review/ReviewApplicationPane.h"
#include "review/ReviewForm.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr int kOpensPerRun = 10;

struct Session
{
    std::unique_ptr<Store> store;
    std::unique_ptr<MyReviewsView> view;
    QStringList assignments;
    int next = 0;
};

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

Session openSession()
{
    Session s;
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    s.store = Store::open(bench::scaleProfilePath(), options, &outcome);
    if (!s.store)
        qFatal("cannot open the scale profile: %s", qPrintable(outcome.message));

    // The busiest reviewer of a call under review, and their open assignments there.
    QSqlQuery q(s.store->db());
    if (!q.exec(
            u"SELECT r.user_id, c.id, count(*) AS n FROM review_assignments ra "
            "JOIN applications a ON a.id = ra.application_id "
            "JOIN calls c ON c.id = a.call_id AND c.stage = 'review' AND c.panel_closed_at IS NULL "
            "JOIN reviewers r ON r.id = ra.reviewer_id AND r.user_id IS NOT NULL "
            "WHERE ra.deleted = 0 AND ra.status IN ('assigned', 'accepted') "
            "GROUP BY ra.reviewer_id, c.id ORDER BY n DESC, r.user_id LIMIT 1"_s) ||
        !q.next())
        qFatal("the scale profile has no reviewer with assignments in a call under review");
    const QString userId = q.value(0).toString();
    const QString callId = q.value(1).toString();
    s.store->setCurrentUser(userId, userId);

    s.view = std::make_unique<MyReviewsView>(*s.store, userId);
    // A reviewer who has not signed yet accepts the pledge here, outside the timing.
    s.view->setPledgePrompt([](QWidget *, const QString &, const QString &) { return true; });
    s.view->resize(1920, 1080);
    s.view->show();
    s.view->selectCall(callId);
    QCoreApplication::processEvents();
    s.view->repaint();

    q.prepare(
        u"SELECT ra.id FROM review_assignments ra JOIN applications a ON a.id = ra.application_id "
        "JOIN reviewers r ON r.id = ra.reviewer_id "
        "WHERE r.user_id = ? AND a.call_id = ? AND ra.deleted = 0 "
        "AND ra.status IN ('assigned', 'accepted') ORDER BY a.code"_s);
    q.addBindValue(userId);
    q.addBindValue(callId);
    if (q.exec()) {
        while (q.next())
            s.assignments << q.value(0).toString();
    }
    if (s.assignments.size() < 2)
        qFatal("the busiest reviewer has fewer than two assignments");
    if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
        std::fprintf(stderr, "reviewer user %s, call %s, %d assignments\n", qPrintable(userId),
                     qPrintable(callId), int(s.assignments.size()));
    return s;
}

double openOnce(Session &s)
{
    bench::PaintCounter counter;
    s.view->applicationPane()->installEventFilter(&counter);
    s.view->form()->installEventFilter(&counter);
    double sum = 0;
    for (int i = 0; i < kOpensPerRun; ++i) {
        const QString id = s.assignments[s.next++ % s.assignments.size()];
        QElapsedTimer t;
        t.start();
        if (!s.view->openAssignment(id))
            qFatal("the assignment %s did not open", qPrintable(id));
        const int before = counter.frames;
        // The updates the new content asked for paint now; if nothing was painted, the frame is
        // forced, so each opening counts one frame.
        QCoreApplication::processEvents();
        if (counter.frames == before)
            s.view->repaint();
        sum += ms(t);
        if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
            std::fprintf(stderr, "open %s: %.1f ms\n", qPrintable(id), ms(t));
    }
    return sum / kOpensPerRun;
}

const bool registered = [] {
    bench::add({u"open_review_form_ms"_s, u"ms"_s, 50, true, [] {
                    Session s = openSession();
                    openOnce(s); // warm-up: the pledge, the rubric's widgets, the caches
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i)
                        v << openOnce(s);
                    return bench::median(v);
                }});
    return true;
}();

} // namespace
