// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundScores.h"

namespace gpudesk {

QHash<QString, EntryScore> scoresById(const CallSelectionInput &call, RankBy by)
{
    QHash<QString, EntryScore> out;
    const QList<ApplicationScore> scores = scoreApplications(call.input);
    for (const SelectionType &type : call.types) {
        const Ranking ranking = rankApplications(call.input, scores, type.typeId, by);
        for (const RankedRow &row : ranking.rows) {
            const RankingApplication &a = call.input.applications[row.application];
            const ApplicationScore &s = scores[row.application];
            EntryScore e;
            e.reviews = s.reviews;
            e.reviewsRequired = call.input.reviewersPerApplication;
            e.score = by == RankBy::Normalised ? s.normalised : s.raw;
            e.rank = ranking.rankOf(row);
            e.tooFewReviews = row.tooFewReviews;
            out.insert(a.id, e);
        }
    }
    return out;
}

} // namespace gpudesk
