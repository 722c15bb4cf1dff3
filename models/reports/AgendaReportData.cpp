// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AgendaReportData.h"

#include "rules/CallStages.h"
#include "store/CallStageRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

void add(AgendaTypeTotals *t, const AgendaItem &item)
{
    ++t->demands;
    t->requestedNodes += item.requestedNodes;
    if (DeliberationRepository::isApproved(item.status)) {
        ++t->approved;
        // As the agenda counts a pool's approved nodes.
        t->approvedNodes += item.grantedNodes.value_or(item.requestedNodes);
    } else if (item.status == ApplicationStatus::Waitlisted) {
        ++t->deferred;
    } else if (item.status == ApplicationStatus::Rejected) {
        ++t->notApproved;
    } else if (item.status == ApplicationStatus::UnderReview) {
        ++t->open;
    }
}

} // namespace

bool loadAgendaReport(Store &store, const QString &callId, RankBy by, AgendaReportData *out,
                      QString *error)
{
    AgendaReportData d;
    if (!loadReportCall(store, callId, &d.call, error))
        return false;
    const auto state = CallStageRepository(store).state(d.call.id);
    if (!state || !state->typeAllows(StageActivity::Deliberation)) {
        *error = Text::tr("%1 is not a national-project round: the agenda is made for rounds "
                          "whose type has the stage %2. Choose such a round.")
                     .arg(d.call.code, stageLabel(QStringLiteral("deliberation")));
        return false;
    }
    const auto agenda = DeliberationRepository(store).agenda(d.call.id, by, error);
    if (!agenda)
        return false;
    d.stage = agenda->stage;
    d.rankBy = by;
    d.items = agenda->items;
    for (const AgendaPool &pool : agenda->pools) {
        AgendaTypeTotals t;
        t.pool = pool;
        for (const AgendaItem &item : std::as_const(d.items)) {
            if (item.typeCode == pool.typeCode)
                add(&t, item);
        }
        d.types.append(t);
    }
    for (const AgendaItem &item : std::as_const(d.items)) {
        // A type the round offers without a pool: its demands are listed all the same.
        const bool known =
            std::any_of(d.types.cbegin(), d.types.cend(), [&item](const AgendaTypeTotals &t) {
                return t.pool.typeCode == item.typeCode;
            });
        if (!known) {
            AgendaTypeTotals t;
            t.pool.typeCode = item.typeCode;
            t.pool.gpusPerNode = item.gpusPerNode;
            for (const AgendaItem &other : std::as_const(d.items)) {
                if (other.typeCode == item.typeCode)
                    add(&t, other);
            }
            d.types.append(t);
        }
    }
    for (const AgendaItem &item : std::as_const(d.items)) {
        add(&d.total, item);
        if (item.decidedOn.isValid())
            d.decided.append(item);
    }
    std::stable_sort(
        d.decided.begin(), d.decided.end(),
        [](const AgendaItem &x, const AgendaItem &y) { return x.decidedOn < y.decidedOn; });
    *out = std::move(d);
    return true;
}

} // namespace gpudesk
