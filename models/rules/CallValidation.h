// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CallDefinition.h"
#include "domain/ValidationIssue.h"

#include <QJsonObject>
#include <QStringList>

// The rules a call must meet before it is saved, and what a change to a saved call changes.
// Pure functions: the call editor shows the issues as the officer types, the repository refuses
// a save that still has any.
namespace gpudesk {

// Every rule is checked and every failure kept, each with the field it concerns:
//   code, title, type, stage, window (opens/closes ordered), reviewDeadline, allocationFrom,
//   maxMonths, offers (at least one; per type: caps positive and within the pool, price positive,
//   the pool's type; a type the call's applications ask for stays offered), shareTerms (rates
//   0-100 %, at least one eligible type), youthDiscount, rubric (criteria named, weights positive
//   and summing to 100, ranges ordered; unchanged once reviews were submitted against it),
//   reviewers, waitlist, idle thresholds, vat.
ValidationIssues validateCall(const CallDefinition &call, const CallContext &context);

// True when the two rubrics differ in anything a submitted score depends on (criteria, weights,
// ranges); names and guidance may be corrected at any time.
bool rubricScoringChanged(const QList<RubricCriterion> &before,
                          const QList<RubricCriterion> &after);

// What changed between the saved call and the edited one: one translated line per change for the
// confirmation, and {field: [old, new]} for the audit trail. Empty when nothing changed.
struct CallChanges
{
    QStringList lines;
    QJsonObject details;

    bool isEmpty() const { return lines.isEmpty(); }
};
CallChanges diffCalls(const CallDefinition &before, const CallDefinition &after);

} // namespace gpudesk
