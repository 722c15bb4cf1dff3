// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApplicationData.h"
#include "domain/Call.h"

#include <QList>
#include <QString>

// Screening (요건 검토): an application against the rules of its call. Every rule is checked and
// every failure kept, so an officer can tell the applicant everything to fix at once.
namespace gpudesk {

enum class ScreeningCode
{
    TypeNotOffered,
    NoRequest,
    NotWholeNodes,
    OverNodeCap,
    NoMonths,
    TooLong,
    OrgTypeIneligible,
    BeforeWindow,
    AfterWindow,
};

// One broken rule; the message is translated and names the figures involved.
struct ScreeningFailure
{
    ScreeningCode code;
    QString message;
};

// The outcome of screening one application: empty when it meets every rule.
struct ScreeningResult
{
    QList<ScreeningFailure> failures;

    bool passed() const;
    bool has(ScreeningCode code) const;
    // The messages joined with "; ", for the transition reason of a rejection.
    QString reasonText() const;
};

// Nodes needed to hold `gpus` GPUs, rounded up; 0 when either figure is not positive.
int nodesFor(int gpus, int gpusPerNode);

ScreeningResult screen(const ApplicationFacts &app, const CallRules &call);

} // namespace gpudesk
