// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeetingRules.h"

#include <QCoreApplication>

namespace gpudesk {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationRepository)
};

} // namespace

QStringList approvalProblems(const DemandTerms &demand, int nodes, const QDate &start, int months)
{
    QStringList problems;
    if (nodes < 1 || nodes > demand.requestedNodes)
        problems << Text::tr("%1 asked for %2 nodes: approve between 1 and %2.")
                        .arg(demand.code)
                        .arg(demand.requestedNodes);
    if (!start.isValid())
        problems << Text::tr("Give the first day of the approved period.");
    if (months < 1 || months > demand.maxMonths)
        problems << Text::tr("The approved period must be 1 to %1 months.").arg(demand.maxMonths);
    return problems;
}

QStringList proposalProblems(const DemandTerms &demand, bool approve, int nodes, const QDate &start,
                             int months, const QString &reason)
{
    QStringList problems;
    if (reason.trimmed().isEmpty())
        problems << Text::tr("Give the reason for the proposal: what the pre-review found.");
    if (approve)
        problems << approvalProblems(demand, nodes, start, months);
    return problems;
}

} // namespace gpudesk
