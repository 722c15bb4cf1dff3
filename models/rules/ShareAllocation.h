// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Next year's node shares of a program's teams from their annual evaluation scores (연차평가):
// support moves towards the best teams. Pure; the rule is the program's data.
//
// A team's weight is its score above the floor (score - floor); a team at or under the floor
// gets nothing. Shares are proportional to weight and held within [minimum, maximum] per team by
// water-filling: each share is clamp(lambda x weight, minimum, maximum) for the one lambda that
// makes them add up to the capacity, so a team held at a bound lets the others share the rest in
// proportion to their weights. Whole nodes at the end by
// largest remainder (ties to the higher score, then the earlier team), never crossing a bound,
// so the shares add up to the capacity whenever the bounds allow it.
namespace gpudesk {

struct ShareRule
{
    int capacityNodes = 0; // what the program hands out next year
    double floor = 0;      // scores at or under it get no share
    int minimumNodes = 0;  // per team that passes the floor
    int maximumNodes = 0;  // per team; 0: no maximum
};

struct TeamScore
{
    QString id;
    double score = 0;
};

struct TeamShare
{
    QString id;
    double score = 0;
    bool passed = false; // above the floor
    double exact = 0;    // the share before rounding
    int nodes = 0;
};

struct ShareResult
{
    QString error;           // set when the rule cannot be met; shares are then empty
    QList<TeamShare> shares; // in the order of the input
    int totalNodes = 0;
    int unusedNodes = 0; // capacity left because every passing team is at its maximum
    bool ok() const { return error.isEmpty(); }
};

ShareResult computeShares(const QList<TeamScore> &teams, const ShareRule &rule);

} // namespace gpudesk
