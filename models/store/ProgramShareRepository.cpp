// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramShareRepository.h"

#include "AllocationRepository.h"
#include "ApplicationRepository.h"
#include "CallStageRepository.h"
#include "DeliberationRepository.h"
#include "FleetRepository.h"
#include "ProgramRepository.h"
#include "Store.h"
#include "TrackDecisions.h"
#include "domain/TimeFormat.h"
#include "rules/AllocationRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgramShareRepository)
};

using S = ApplicationStatus;

QString score(double v)
{
    return QLocale().toString(v, 'f', 1);
}

// What the history says for a team's share.
QString shareReason(const RoundView &view, const RoundTeam &t, const ShareDecision &d)
{
    const ProgramRound &r = view.round;
    QString text;
    if (d.nodes > 0)
        text = Text::tr("Annual evaluation %1: score %2, rank %3 of %4; %n node(s) in year %5 "
                        "from %6.",
                        nullptr, d.nodes)
                   .arg(r.code, score(t.score.score))
                   .arg(t.score.rank)
                   .arg(view.teams.size())
                   .arg(r.year)
                   .arg(r.yearStart.toString(Qt::ISODate));
    else if (!t.passedFloor)
        text = Text::tr("Annual evaluation %1: score %2, at or under the program's floor of %3; "
                        "no share in year %4.")
                   .arg(r.code, score(t.score.score), score(view.program.rule.floor))
                   .arg(r.year);
    else
        text = Text::tr("Annual evaluation %1: score %2, rank %3 of %4; no share in year %5.")
                   .arg(r.code, score(t.score.score))
                   .arg(t.score.rank)
                   .arg(view.teams.size())
                   .arg(r.year);
    if (d.nodes == t.proposedNodes)
        return text + u' ' + Text::tr("As the program's rule proposes.");
    return text + u' ' +
           Text::tr("Adjusted from the rule's %n node(s): %1", nullptr, t.proposedNodes)
               .arg(d.reason.trimmed());
}

} // namespace

bool ProgramShareRepository::decideShares(const QString &callId,
                                          const QList<ShareDecision> &decisions, RankBy by,
                                          QString *error)
{
    const auto view = ProgramRepository(m_store).roundView(callId, by, error);
    if (!view)
        return false;
    const auto round = CallStageRepository(m_store).state(callId);
    if (!round || !round->allows(StageActivity::Shares)) {
        *error =
            Text::tr("The round %1 is at the stage %2; shares are decided at the stage %3.")
                .arg(view->round.code, stageLabel(view->round.stage), stageLabel(u"decision"_s));
        return false;
    }
    if (!view->proposal.ok()) {
        *error = view->proposal.error;
        return false;
    }
    QHash<QString, ShareDecision> byId;
    for (const ShareDecision &d : decisions)
        byId.insert(d.applicationId, d);
    QStringList problems;
    int total = 0;
    for (const RoundTeam &t : view->teams) {
        const auto it = byId.constFind(t.applicationId);
        if (it == byId.cend()) {
            problems << Text::tr("%1 (%2) has no share; decide every team at once.")
                            .arg(t.teamName, t.code);
            continue;
        }
        if (t.score.tooFewReviews || t.score.reviews == 0)
            problems << Text::tr("%1 has %2 of %3 reviews; finish its evaluation first.")
                            .arg(t.teamName)
                            .arg(t.score.reviews)
                            .arg(t.score.reviewsRequired);
        if (t.status == S::Allocated || t.status == S::Active)
            problems << Text::tr("%1 already holds nodes for the new year; release them on the "
                                 "rack map before deciding again.")
                            .arg(t.teamName);
        if (it->nodes < 0)
            problems << Text::tr("%1: a share cannot be negative.").arg(t.teamName);
        if (it->nodes != t.proposedNodes && it->reason.trimmed().isEmpty())
            problems << Text::tr("%1: %2 nodes instead of the rule's %3 needs a reason.")
                            .arg(t.teamName)
                            .arg(it->nodes)
                            .arg(t.proposedNodes);
        total += qMax(0, it->nodes);
    }
    if (byId.size() != view->teams.size())
        problems << Text::tr("The shares name applications that are not teams of this round.");
    if (total > view->program.rule.capacityNodes)
        problems << Text::tr("The shares add up to %1 nodes, more than the program's capacity of "
                             "%2.")
                        .arg(total)
                        .arg(view->program.rule.capacityNodes);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }

    ApplicationRepository apps(m_store);
    const QDate today = displayDate(Store::nowMs());
    return m_store.write(
        [&](QSqlDatabase &db, QSet<QString> &changed, QString *err) {
            for (const RoundTeam &t : view->teams) {
                const ShareDecision &d = byId[t.applicationId];
                ApplicationRepository::Move move;
                move.id = t.applicationId;
                move.reason = shareReason(*view, t, d);
                move.decidedByOverride = d.nodes != t.proposedNodes;
                if (d.nodes > 0) {
                    move.to = S::Selected;
                    move.grant = ApplicationRepository::Grant::Set;
                    move.grantedNodes = d.nodes;
                } else {
                    move.to = S::Rejected;
                    move.grant = ApplicationRepository::Grant::Clear;
                }
                if (t.status == S::Submitted || t.status == S::Screening) {
                    *err = Text::tr("%1 has not been evaluated yet.").arg(t.teamName);
                    return false;
                }
                move.allocationChange = move.to == t.status;
                if (!apps.applyWithin(db, changed, move, err))
                    return false;
                TrackDecision row;
                row.applicationId = t.applicationId;
                row.decidedOn = today;
                row.reference = view->round.code;
                if (d.nodes > 0) {
                    row.startsOn = view->round.yearStart;
                    row.months = 12;
                }
                row.proposedNodes = t.proposedNodes;
                row.score = t.score.score;
                if (!saveTrackDecision(db, m_store.currentUserId(), Store::nowMs(), row, err))
                    return false;
            }
            changed << u"track_decisions"_s;
            return true;
        },
        error);
}

std::optional<NextYearPlan> ProgramShareRepository::planNextYear(const QString &callId,
                                                                 QString *error) const
{
    const auto view = ProgramRepository(m_store).roundView(callId, RankBy::Raw, error);
    if (!view)
        return std::nullopt;
    for (const RoundTeam &t : view->teams) {
        if (!DeliberationRepository::isApproved(t.status) && t.status != S::Rejected) {
            *error =
                Text::tr("%1 has no decided share yet; decide the shares first.").arg(t.teamName);
            return std::nullopt;
        }
    }
    NextYearPlan out;
    out.callId = callId;
    out.roundCode = view->round.code;
    out.year = view->round.year;
    out.firstDay = view->round.yearStart;
    out.lastDay = view->round.yearStart.addMonths(12).addDays(-1);
    FleetBookings bookings;
    FleetRepository fleets(m_store);
    if (!fleets.loadFleet(&out.fleet, error) || !fleets.loadBookings(out.fleet, &bookings, error))
        return std::nullopt;
    out.window.type = out.fleet.typeById.value(view->program.typeId, -1);
    out.window.pool =
        view->program.poolId.isEmpty() ? -1 : out.fleet.poolById.value(view->program.poolId, -1);
    out.window.start = startOfDay(out.firstDay);
    out.window.end = startOfDay(out.firstDay.addMonths(12));

    QSet<QString> fresh, before;
    QList<ProgramYearTeam> input;
    for (const RoundTeam &t : view->teams) {
        NextYearTeam n{t.applicationId,
                       t.code,
                       t.teamName,
                       t.previousId,
                       t.previousCode,
                       DeliberationRepository::isApproved(t.status) ? t.grantedNodes.value_or(0)
                                                                    : 0,
                       0};
        const Placement held = currentPlacement(bookings, t.previousId);
        n.held = int(held.nodes.size());
        if (!held.isEmpty() && held.end > out.window.start)
            out.shortened << t.previousId;
        fresh.insert(t.applicationId);
        before.insert(t.previousId);
        input.append({t.code, held.nodes, n.share});
        out.teams.append(n);
    }
    // The plan sees the year before ending on the new year's first day, and none of this round's
    // own nodes (planning again after applying gives the same plan).
    FleetBookings next = bookings;
    next.allocations.removeIf([&](const AllocationWindow &w) {
        return w.grant >= 0 && fresh.contains(next.grants[w.grant].applicationId);
    });
    for (AllocationWindow &w : next.allocations) {
        if (w.grant >= 0 && before.contains(next.grants[w.grant].applicationId) &&
            w.end > out.window.start)
            w.end = qMax(w.start, out.window.start);
    }
    next.allocations.removeIf([](const AllocationWindow &w) { return w.end <= w.start; });
    next.index(int(out.fleet.nodes.size()));
    out.plan = planProgramYear(out.fleet, next, input, out.window);

    out.appliedAlready = true;
    for (int i = 0; i < out.teams.size(); ++i) {
        const Placement now = currentPlacement(bookings, out.teams[i].applicationId);
        const Placement planned{out.plan.teams[i].nodes(), out.window.start, out.window.end};
        out.appliedAlready = out.appliedAlready && now == planned;
    }
    return out;
}

bool ProgramShareRepository::applyNextYear(const NextYearPlan &plan, QString *error)
{
    const auto round = CallStageRepository(m_store).state(plan.callId);
    if (!round || !round->allows(StageActivity::Allocation)) {
        *error = Text::tr("The round %1 is not at its allocation stage; move it there first.")
                     .arg(plan.roundCode);
        return false;
    }
    if (!plan.plan.ok()) {
        *error = plan.plan.refusals().join(u'\n');
        return false;
    }
    FleetBookings bookings;
    if (!FleetRepository(m_store).loadBookings(plan.fleet, &bookings, error))
        return false;
    QList<AllocationRepository::PlacementChange> changes;
    const QString first = plan.firstDay.toString(Qt::ISODate);
    for (const QString &id : plan.shortened) {
        const Placement held = currentPlacement(bookings, id);
        if (held.isEmpty() || held.end <= plan.window.start)
            continue;
        changes.append({id, held.withWindow(held.start, plan.window.start),
                        Text::tr("Ends when year %1 begins on %2 (%3).")
                            .arg(plan.year)
                            .arg(first, plan.roundCode)});
    }
    for (int i = 0; i < plan.teams.size(); ++i) {
        const NextYearTeam &t = plan.teams[i];
        const ProgramYearPlacement &p = plan.plan.teams[i];
        if (t.share <= 0)
            continue;
        QStringList givers;
        for (int g : p.takenFrom) {
            const QString name = plan.teams.value(g).teamName;
            if (!givers.contains(name))
                givers << name;
        }
        QString reason = Text::tr("Year %1 (%2) from %3: %n node(s).", nullptr, t.share)
                             .arg(plan.year)
                             .arg(plan.roundCode, first);
        reason += u' ' + Text::tr("%n of its own kept", nullptr, int(p.kept.size()));
        if (!p.taken.isEmpty())
            reason += u", "_s + Text::tr("%n given up by %1", nullptr, int(p.taken.size()))
                                    .arg(QLocale().createSeparatedList(givers));
        if (!p.fromPool.isEmpty())
            reason += u", "_s + Text::tr("%n new from the pool", nullptr, int(p.fromPool.size()));
        changes.append({t.applicationId, Placement{p.nodes(), plan.window.start, plan.window.end},
                        reason + u'.'});
    }
    return AllocationRepository(m_store).setPlacements(plan.fleet, changes, error);
}

} // namespace gpudesk
