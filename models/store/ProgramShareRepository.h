// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"
#include "rules/ProgramYear.h"
#include "rules/Ranking.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gpudesk {

class Store;

// The officer's share for one team of a round: the rule's proposal or an adjustment with a reason.
struct ShareDecision
{
    QString applicationId;
    int nodes = 0;
    QString reason; // required when nodes differ from the rule's proposal
};

// One team as the next year's plan sees it.
struct NextYearTeam
{
    QString applicationId; // this round's application: it holds the new year's nodes
    QString code;
    QString teamName;
    QString previousId; // the application holding the team's nodes in the year that ends
    QString previousCode;
    int share = 0;
    int held = 0;
};

// Next year on the map: every team's nodes for the new year's window, own nodes kept first, the
// nodes given up by shrinking teams offered to growing ones before the pool's free nodes.
struct NextYearPlan
{
    QString callId;
    QString roundCode;
    int year = 0;
    QDate firstDay;
    QDate lastDay;
    ProgramYearWindow window;
    QList<NextYearTeam> teams;   // best score first
    ProgramYearPlan plan;        // in the order of `teams`
    FleetSnapshot fleet;         // what the plan's node indexes refer to
    QStringList shortened;       // year-before applications whose window runs past the new year
    bool appliedAlready = false; // every team already holds exactly its planned nodes
};

// The decisions of a program's yearly round: next year's shares from the evaluation (the rule's
// proposal, adjusted by the officer with reasons) through the application state machine, and
// the new shares on the map from the new year's first day through the allocation repository's
// single write path, all teams in one transaction.
class ProgramShareRepository final
{
public:
    explicit ProgramShareRepository(Store &store) : m_store(store) {}

    // Every team of the round in one transaction: a share above 0 selects the team's application
    // with those nodes, 0 rejects it. Refused (nothing written) unless the round is at its share
    // stage, every team is listed and fully reviewed, none holds nodes of the new year yet, the
    // shares add up to at most the program's capacity and every adjustment has a reason.
    bool decideShares(const QString &callId, const QList<ShareDecision> &decisions, RankBy by,
                      QString *error);

    // The plan for the new year's window; needs every team's share decided.
    std::optional<NextYearPlan> planNextYear(const QString &callId, QString *error) const;

    // Writes the plan: year-before windows that run past the new year end on its first day, and
    // each team with a share gets its planned nodes from then for twelve months. All or nothing;
    // refused unless the round is at its allocation stage and the plan has no refusal.
    bool applyNextYear(const NextYearPlan &plan, QString *error);

private:
    Store &m_store;
};

} // namespace gpudesk
