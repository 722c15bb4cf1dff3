// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Selection.h"

#include <QHash>
#include <QString>

// The ranking of a call read by application: what the national-project agenda and a program's
// share table show beside each demand or team. The same scores and ranks as the Review area's
// ranking (rules/Ranking), per accelerator type. Pure.
namespace gpudesk {

struct EntryScore
{
    int reviews = 0;         // submitted reviews
    int reviewsRequired = 0; // the call's reviewers per application
    double score = 0;        // raw or normalised mean, as asked; 0 without reviews
    int rank = 0;            // 1-based within its type; 0 when not ranked
    bool tooFewReviews = false;
};

// Every application that takes part in the ranking (takesPartInRanking), by id.
QHash<QString, EntryScore> scoresById(const CallSelectionInput &call, RankBy by);

} // namespace gpudesk
