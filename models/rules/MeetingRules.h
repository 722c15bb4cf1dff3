// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What a decision on a national project's demand must meet, whether the ministers' meeting
// records it or the officer proposes it for the meeting's agenda beforehand. Pure.
namespace gpudesk {

// The demand and its round, as the checks need them.
struct DemandTerms
{
    QString code;
    int requestedNodes = 0;
    int maxMonths = 12; // the round's longest period
};

// The nodes and period of an approval: 1 to the requested nodes, a first day, 1 to the round's
// months. One translated line per problem; empty when the terms are fine.
QStringList approvalProblems(const DemandTerms &demand, int nodes, const QDate &start, int months);

// A proposed decision: a reason always (what the pre-review found), and for an approval the
// approval's terms.
QStringList proposalProblems(const DemandTerms &demand, bool approve, int nodes, const QDate &start,
                             int months, const QString &reason);

} // namespace gpudesk
