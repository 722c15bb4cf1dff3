// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

// The life of an application (DOMAIN.md): which status may follow which, and which moves need a
// written reason. The one place that decides it, so the UI, the store and the server agree.
namespace gpudesk {

// The answer to "may this application move?"; refusal is translated and names both statuses.
struct TransitionCheck
{
    bool allowed = false;
    QString refusal;
};

// In the order of the life of an application (the enum order), so menus can list them as is.
QList<ApplicationStatus> allowedTransitions(ApplicationStatus from);

// True for every move to rejected, withdrawn or reclaimed and for the officer's overrides of a
// decision (selected -> waitlisted/rejected, rejected -> selected/waitlisted). Answers for any
// pair, allowed or not; checkTransition() decides whether the move exists.
bool reasonRequired(ApplicationStatus from, ApplicationStatus to);

// A reason is blank when it is empty after trimming.
TransitionCheck checkTransition(ApplicationStatus from, ApplicationStatus to,
                                const QString &reason);

bool isTerminal(ApplicationStatus s);

} // namespace gpudesk
