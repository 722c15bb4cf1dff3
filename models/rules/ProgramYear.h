// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Fleet.h"

#include <QList>
#include <QString>
#include <QStringList>

// Next year's nodes of a program's teams on the map (연차평가 → 차년도 배정). Pure: reads the fleet
// and its bookings, proposes every team's nodes for the new year's window, writes nothing.
//
// Each team keeps its own nodes first (as many as its new share, in rack order, so what it gives
// up is the end of its block). The nodes that shrinking teams give up are offered to the growing
// teams before anything else — in the order the teams are given (the best score first), each
// taking released nodes in the clusters it already uses before others. Only what is still
// missing then comes from the pool's free nodes, by the rack map's placement suggestion (one
// cluster, few adjacent racks), or first-fit over several clusters when no single cluster has
// room. Released nodes nobody takes go back to the pool. Every node proposed is of the program's
// type, in its pool, usable and free for the whole window.
namespace gpudesk {

struct ProgramYearTeam
{
    QString code;    // the team's application for the new year, for messages
    QList<int> held; // nodes the team holds when the current year ends
    int share = 0;   // nodes for the new year
};

struct ProgramYearWindow
{
    int type = -1;
    int pool = -1; // -1: any pool
    qint64 start = 0;
    qint64 end = 0;
};

struct ProgramYearPlacement
{
    QList<int> kept;      // its own nodes it keeps
    QList<int> taken;     // nodes another team gave up
    QList<int> takenFrom; // for each of `taken`, the index of the team that gave it up
    QList<int> fromPool;  // free nodes of the pool
    QList<int> released;  // its own nodes it gives up
    QString refusal;      // translated; set when the pool cannot make up its share
    QList<int> nodes() const { return kept + taken + fromPool; }
};

struct ProgramYearPlan
{
    QList<ProgramYearPlacement> teams; // in the input order
    QList<int> returnedToPool;         // given up and taken by no team
    bool ok() const;
    QStringList refusals() const;
};

ProgramYearPlan planProgramYear(const FleetSnapshot &fleet, const FleetBookings &bookings,
                                const QList<ProgramYearTeam> &teams,
                                const ProgramYearWindow &window);

} // namespace gpudesk
