// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportCall.h"
#include "store/DeliberationRepository.h"

#include <QList>
#include <QString>

namespace gpudesk {

class Store;

// What a national-project round asks of one pool, added up from the agenda's demands of its
// accelerator type; the pool's own figures (capacity, committed, approved, still asked for) are
// the agenda's, as the agenda view states them.
struct AgendaTypeTotals
{
    AgendaPool pool;
    int demands = 0;
    int requestedNodes = 0; // every demand of the type on the agenda
    int approved = 0;       // approved by the meeting (selected, allocated or active)
    int approvedNodes = 0;  // their approved nodes
    int deferred = 0;
    int notApproved = 0;
    int open = 0; // still before the meeting (under review)
};

// The agenda of the ministers' meeting (국가 프로젝트 장관회의 안건) for one national-project
// round: the reviewed demands ranked by their pre-review score as the agenda view lists them,
// per pool what they ask against its capacity, and the decisions recorded so far.
struct AgendaReportData
{
    ReportCall call;
    QString stage; // the round's stage key
    RankBy rankBy = RankBy::Raw;
    QList<AgendaItem> items; // the agenda's order: per type ranked ones, then those not ranked
    QList<AgendaTypeTotals> types; // one per pool of the round
    AgendaTypeTotals total;        // over every type (its pool left empty)
    QList<AgendaItem> decided;     // items with a recorded decision, by meeting date
};

// Reads the round (id or code) through DeliberationRepository; refused with the reason when the
// call is no national-project round (its type has no deliberation stage).
bool loadAgendaReport(Store &store, const QString &callId, RankBy by, AgendaReportData *out,
                      QString *error);

} // namespace gpudesk
