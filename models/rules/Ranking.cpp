// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ranking.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace gpudesk {
namespace {

// Below this a spread is taken as none: totals are stored with a few decimals at most.
constexpr double kNoSpread = 1e-9;

struct Moments
{
    int n = 0;
    double sum = 0;
    double squares = 0; // sum of squared deviations from the mean, filled by a second pass

    double mean() const { return n > 0 ? sum / n : 0; }
    double sd() const { return n > 0 ? std::sqrt(squares / n) : 0; }
};

} // namespace

CallScoreStats callScoreStats(const RankingInput &in)
{
    Moments m;
    for (const ReviewScore &r : in.reviews) {
        ++m.n;
        m.sum += r.total;
    }
    const double mean = m.mean();
    for (const ReviewScore &r : in.reviews)
        m.squares += (r.total - mean) * (r.total - mean);
    return {m.n, mean, m.sd()};
}

QList<ApplicationScore> scoreApplications(const RankingInput &in)
{
    const CallScoreStats call = callScoreStats(in);

    // Each reviewer's own mean and spread, in two passes for accuracy.
    int reviewerCount = 0;
    for (const ReviewScore &r : in.reviews)
        reviewerCount = std::max(reviewerCount, r.reviewer + 1);
    std::vector<Moments> reviewers(static_cast<size_t>(reviewerCount));
    for (const ReviewScore &r : in.reviews) {
        Moments &m = reviewers[static_cast<size_t>(r.reviewer)];
        ++m.n;
        m.sum += r.total;
    }
    for (const ReviewScore &r : in.reviews) {
        Moments &m = reviewers[static_cast<size_t>(r.reviewer)];
        const double d = r.total - m.mean();
        m.squares += d * d;
    }

    const qsizetype count = in.applications.size();
    QList<ApplicationScore> scores(count);
    std::vector<double> normalisedSum(static_cast<size_t>(count), 0.0);
    for (const ReviewScore &r : in.reviews) {
        ApplicationScore &s = scores[r.application];
        const Moments &m = reviewers[static_cast<size_t>(r.reviewer)];
        const double sd = m.sd();
        const double z = (m.n > 1 && sd > kNoSpread) ? (r.total - m.mean()) / sd : 0.0;
        const double normalised = call.mean + z * call.sd;
        if (s.reviews == 0) {
            s.minRaw = s.maxRaw = r.total;
            s.minNormalised = normalised;
        } else {
            s.minRaw = std::min(s.minRaw, r.total);
            s.maxRaw = std::max(s.maxRaw, r.total);
            s.minNormalised = std::min(s.minNormalised, normalised);
        }
        ++s.reviews;
        s.raw += r.total; // a sum until the means below
        normalisedSum[static_cast<size_t>(r.application)] += normalised;
    }
    for (qsizetype i = 0; i < count; ++i) {
        ApplicationScore &s = scores[i];
        if (s.reviews > 0) {
            s.raw /= s.reviews;
            s.normalised = normalisedSum[static_cast<size_t>(i)] / s.reviews;
        }
    }
    // The spread of each application's totals around its own mean.
    std::vector<double> squares(static_cast<size_t>(count), 0.0);
    for (const ReviewScore &r : in.reviews) {
        const double d = r.total - scores[r.application].raw;
        squares[static_cast<size_t>(r.application)] += d * d;
    }
    for (qsizetype i = 0; i < count; ++i) {
        ApplicationScore &s = scores[i];
        if (s.reviews > 0)
            s.sdRaw = std::sqrt(squares[static_cast<size_t>(i)] / s.reviews);
    }
    return scores;
}

bool takesPartInRanking(ApplicationStatus status, int submittedReviews)
{
    switch (status) {
    case ApplicationStatus::UnderReview:
    case ApplicationStatus::Selected:
    case ApplicationStatus::Waitlisted:
    case ApplicationStatus::Allocated:
    case ApplicationStatus::Active:
        return true;
    case ApplicationStatus::Rejected:
    case ApplicationStatus::Withdrawn:
    case ApplicationStatus::Reclaimed:
    case ApplicationStatus::Completed:
        return submittedReviews > 0;
    case ApplicationStatus::Submitted:
    case ApplicationStatus::Screening:
        return false;
    }
    return false;
}

Ranking rankApplications(const RankingInput &in, const QList<ApplicationScore> &scores,
                         const QString &acceleratorType, RankBy by)
{
    std::vector<int> ranked;
    std::vector<int> flagged;
    for (int i = 0; i < in.applications.size(); ++i) {
        const RankingApplication &a = in.applications[i];
        if (a.acceleratorType != acceleratorType ||
            !takesPartInRanking(a.status, scores[i].reviews))
            continue;
        (scores[i].reviews >= in.reviewersPerApplication ? ranked : flagged).push_back(i);
    }

    auto ordering = [&](RankBy key) {
        return [&, key](int x, int y) {
            const ApplicationScore &sx = scores[x];
            const ApplicationScore &sy = scores[y];
            const bool norm = key == RankBy::Normalised;
            // Flagged applications without any review sort last among themselves.
            const double nothing = -std::numeric_limits<double>::infinity();
            const double vx = sx.reviews ? (norm ? sx.normalised : sx.raw) : nothing;
            const double vy = sy.reviews ? (norm ? sy.normalised : sy.raw) : nothing;
            if (vx != vy)
                return vx > vy;
            const double mx = sx.reviews ? (norm ? sx.minNormalised : sx.minRaw) : nothing;
            const double my = sy.reviews ? (norm ? sy.minNormalised : sy.minRaw) : nothing;
            if (mx != my)
                return mx > my;
            const RankingApplication &ax = in.applications[x];
            const RankingApplication &ay = in.applications[y];
            if (ax.submittedAt != ay.submittedAt)
                return ax.submittedAt < ay.submittedAt;
            return ax.code < ay.code;
        };
    };

    Ranking out;
    out.by = by;
    out.rankedCount = static_cast<int>(ranked.size());

    // Both ranks are always computed, so that they can be shown side by side.
    std::vector<int> rawOrder = ranked;
    std::sort(rawOrder.begin(), rawOrder.end(), ordering(RankBy::Raw));
    std::vector<int> normOrder = ranked;
    std::sort(normOrder.begin(), normOrder.end(), ordering(RankBy::Normalised));
    std::vector<int> rawRank(static_cast<size_t>(in.applications.size()), 0);
    for (size_t r = 0; r < rawOrder.size(); ++r)
        rawRank[static_cast<size_t>(rawOrder[r])] = static_cast<int>(r) + 1;
    std::vector<int> normRank(static_cast<size_t>(in.applications.size()), 0);
    for (size_t r = 0; r < normOrder.size(); ++r)
        normRank[static_cast<size_t>(normOrder[r])] = static_cast<int>(r) + 1;

    const std::vector<int> &order = by == RankBy::Normalised ? normOrder : rawOrder;
    std::sort(flagged.begin(), flagged.end(), ordering(by));
    out.rows.reserve(static_cast<qsizetype>(order.size() + flagged.size()));
    for (int i : order)
        out.rows.append(
            {i, rawRank[static_cast<size_t>(i)], normRank[static_cast<size_t>(i)], false});
    for (int i : flagged)
        out.rows.append({i, 0, 0, true});
    return out;
}

} // namespace gpudesk
