// SPDX-License-Identifier: GPL-3.0-or-later
// assign_reviewers_ms: automatic assignment on the scale profile, every application x 3 from
// every reviewer as one pool (existing assignments ignored), timed from loading the input out of
// the database to the finished plan. Writing the plan is timed once, for information, on a copy.
#include "Bench.h"

#include "rules/ReviewAssignment.h"
#include "store/ReviewPanelRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

std::unique_ptr<Store> openProfile(const QString &path)
{
    OpenOutcome outcome;
    OpenOptions options;
    options.create = false;
    auto store = Store::open(path, options, &outcome);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(outcome.message));
    return store;
}

struct Timed
{
    double ms = 0;
    AssignmentData data;
    AssignmentPlan plan;
};

Timed planOnce(Store &store)
{
    ReviewPanelRepository repo(store);
    ReviewPanelRepository::LoadOptions options;
    options.wholeProfile = true;
    options.ignoreExisting = true;
    Timed t;
    QElapsedTimer timer;
    timer.start();
    t.data = repo.loadAssignmentInput(QString(), options);
    t.data.input.perApplication = 3;
    const double loaded = double(timer.nsecsElapsed()) / 1e6;
    t.plan = planAssignments(t.data.input);
    t.ms = double(timer.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
        std::fprintf(stderr, "load %.1f ms, plan %.1f ms: %lld assignments, loads %d..%d, "
                             "%d field matches, %lld shortfalls\n",
                     loaded, t.ms - loaded, qlonglong(t.plan.assignments.size()), t.plan.minLoad,
                     t.plan.maxLoad, t.plan.fieldMatches, qlonglong(t.plan.shortfalls.size()));
    return t;
}

// The write goes to a copy so the shared scale profile stays as generated.
void timeWrite(const Timed &t)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"write.sqlite"_s);
    if (!QFile::copy(bench::scaleProfilePath(), copy)) {
        std::fprintf(stderr, "assign_reviewers: could not copy the profile to time the write\n");
        return;
    }
    auto store = openProfile(copy);
    store->setCurrentUser(u"bench"_s, u"bench"_s);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool ok = ReviewPanelRepository(*store).writePlan(QString(), t.data, t.plan,
                                                            u"auto_assign"_s, &error);
    std::fprintf(stderr, "assign_reviewers: writing %lld assignments in one transaction: %.0f ms%s\n",
                 qlonglong(t.plan.assignments.size()), double(timer.nsecsElapsed()) / 1e6,
                 ok ? "" : qPrintable(u" (failed: "_s + error + u")"_s));
}

const bool registered = [] {
    bench::add({u"assign_reviewers_ms"_s, u"ms"_s, 2000, true, [] {
                    auto store = openProfile(bench::scaleProfilePath());
                    const Timed warm = planOnce(*store);
                    if (warm.plan.assignments.size() != warm.data.input.applications.size() * 3 ||
                        !warm.plan.balanced)
                        std::fprintf(stderr, "assign_reviewers: %lld of %lld assignments, "
                                             "loads %d..%d\n",
                                     qlonglong(warm.plan.assignments.size()),
                                     qlonglong(warm.data.input.applications.size() * 3),
                                     warm.plan.minLoad, warm.plan.maxLoad);
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i)
                        v << planOnce(*store).ms;
                    timeWrite(warm);
                    return bench::median(v);
                }});
    return true;
}();

} // namespace
