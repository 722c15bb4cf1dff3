// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStateMachine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace gpudesk {

namespace {
using S = ApplicationStatus;
} // namespace

QList<ApplicationStatus> allowedTransitions(ApplicationStatus from)
{
    switch (from) {
    case S::Submitted:
        return {S::Screening, S::Withdrawn};
    case S::Screening:
        return {S::UnderReview, S::Rejected, S::Withdrawn};
    case S::UnderReview:
        return {S::Selected, S::Waitlisted, S::Rejected, S::Withdrawn};
    case S::Selected:
        // Waitlisted and rejected here are overrides of the selection.
        return {S::Waitlisted, S::Rejected, S::Allocated, S::Withdrawn};
    case S::Waitlisted:
        // Selected is a promotion when a selected project drops out.
        return {S::Selected, S::Rejected, S::Withdrawn};
    case S::Rejected:
        // Overrides only: a rejection stands unless an officer reverses it; nothing is left to
        // withdraw.
        return {S::Selected, S::Waitlisted};
    case S::Allocated:
        // Back to selected once every node is released, e.g. to move the project elsewhere.
        return {S::Selected, S::Active, S::Withdrawn, S::Reclaimed};
    case S::Active:
        return {S::Completed, S::Withdrawn, S::Reclaimed};
    case S::Completed:
    case S::Withdrawn:
    case S::Reclaimed:
        return {};
    }
    return {};
}

bool reasonRequired(ApplicationStatus from, ApplicationStatus to)
{
    // Moves that end or reverse someone's project must be explainable to them later.
    if (to == S::Rejected || to == S::Withdrawn || to == S::Reclaimed)
        return true;
    if (from == S::Selected && to == S::Waitlisted)
        return true;
    if (from == S::Rejected && (to == S::Selected || to == S::Waitlisted))
        return true;
    return false;
}

bool isTerminal(ApplicationStatus s)
{
    return s == S::Completed || s == S::Withdrawn || s == S::Reclaimed;
}

TransitionCheck checkTransition(ApplicationStatus from, ApplicationStatus to, const QString &reason)
{
    const QString fromLabel = statusLabel(from);
    const QString toLabel = statusLabel(to);

    if (from == to) {
        return {false, QCoreApplication::translate(
                           "ApplicationStateMachine",
                           "Cannot move from %1 to %2: the application is already in that status")
                           .arg(fromLabel, toLabel)};
    }
    if (isTerminal(from)) {
        return {false,
                QCoreApplication::translate(
                    "ApplicationStateMachine",
                    "Cannot move from %1 to %2: %1 is final and the application cannot change")
                    .arg(fromLabel, toLabel)};
    }
    const QList<ApplicationStatus> next = allowedTransitions(from);
    if (!next.contains(to)) {
        QStringList labels;
        for (ApplicationStatus s : next)
            labels << statusLabel(s);
        return {false, QCoreApplication::translate(
                           "ApplicationStateMachine",
                           "Cannot move from %1 to %2: from %1 the application can only go to %3")
                           .arg(fromLabel, toLabel, QLocale().createSeparatedList(labels))};
    }
    if (reasonRequired(from, to) && reason.trimmed().isEmpty()) {
        return {false, QCoreApplication::translate(
                           "ApplicationStateMachine",
                           "Moving from %1 to %2 needs a reason; write why before confirming")
                           .arg(fromLabel, toLabel)};
    }
    return {true, {}};
}

} // namespace gpudesk
