// SPDX-License-Identifier: GPL-3.0-or-later
// rank_and_cut_ms: on the scale profile, from loading every call's applications and submitted
// reviews out of the database to the finished proposals: scores with normalisation, the ranking
// and the capacity cut of every call and accelerator type.
#include "Bench.h"
#include "store/SelectionRepository.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

double rankAndCutOnce(Store &store)
{
    QElapsedTimer t;
    t.start();
    QString error;
    const QList<CallSelectionInput> calls = SelectionRepository(store).loadAll(&error);
    if (!error.isEmpty())
        qFatal("loading the ranking input failed: %s", qPrintable(error));
    const double loaded = static_cast<double>(t.nsecsElapsed()) / 1e6;
    int decisions = 0;
    int reviews = 0;
    for (const CallSelectionInput &call : calls) {
        reviews += static_cast<int>(call.input.reviews.size());
        const QList<ApplicationScore> scores = scoreApplications(call.input);
        for (const SelectionType &type : call.types)
            decisions += static_cast<int>(
                selectType(call, scores, type, RankBy::Normalised).proposal.decisions.size());
    }
    const double total = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (qEnvironmentVariableIsSet("GPUDESK_BENCH_DETAIL"))
        std::fprintf(stderr, "load %.1f ms, total %.1f ms: %lld calls, %d reviews, %d proposals\n",
                     loaded, total, static_cast<long long>(calls.size()), reviews, decisions);
    return total;
}

const bool registered = [] {
    bench::add({u"rank_and_cut_ms"_s, u"ms"_s, 200, true, [] {
                    OpenOutcome outcome;
                    OpenOptions options;
                    options.create = false;
                    auto store = Store::open(bench::scaleProfilePath(), options, &outcome);
                    if (!store)
                        qFatal("cannot open the scale profile: %s", qPrintable(outcome.message));
                    rankAndCutOnce(*store); // warm-up: the page cache, prepared statements
                    QList<double> v;
                    for (int i = 0; i < bench::runs(); ++i)
                        v << rankAndCutOnce(*store);
                    return bench::median(v);
                }});
    return true;
}();

} // namespace
