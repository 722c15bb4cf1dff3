// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewAssignment.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// Groups reviewer indexes by a key (an organisation, an e-mail, a field) in one flat array:
// the reviewers of key k are items[start[k] .. start[k + 1]).
struct Buckets
{
    std::vector<int> start;
    std::vector<int> items;

    template <typename KeysOf> void build(int keyCount, int reviewerCount, KeysOf keysOf)
    {
        start.assign(std::size_t(keyCount) + 1, 0);
        for (int r = 0; r < reviewerCount; ++r)
            keysOf(r, [&](int k) {
                if (k >= 0 && k < keyCount)
                    ++start[std::size_t(k) + 1];
            });
        for (int k = 0; k < keyCount; ++k)
            start[std::size_t(k) + 1] += start[std::size_t(k)];
        items.assign(std::size_t(start.back()), 0);
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (int r = 0; r < reviewerCount; ++r)
            keysOf(r, [&](int k) {
                if (k >= 0 && k < keyCount)
                    items[std::size_t(fill[std::size_t(k)]++)] = r;
            });
    }

    template <typename Fn> void forEach(int key, Fn fn) const
    {
        if (key < 0 || std::size_t(key) + 1 >= start.size())
            return;
        for (int i = start[std::size_t(key)]; i < start[std::size_t(key) + 1]; ++i)
            fn(items[std::size_t(i)]);
    }
};

int keyCount(const AssignmentInput &in, int (*pick)(const AssignmentReviewer &),
             int (*pickApp)(const AssignmentApplication &))
{
    int n = 0;
    for (const AssignmentReviewer &r : in.reviewers)
        n = std::max(n, pick(r) + 1);
    for (const AssignmentApplication &a : in.applications)
        n = std::max(n, pickApp(a) + 1);
    return n;
}

// The planner's working state: flat per-reviewer arrays and stamps, so that marking who is
// excluded from or matches an application costs only the reviewers concerned, never a clear.
class Planner
{
public:
    explicit Planner(const AssignmentInput &in) : m_in(in), m_r(int(in.reviewers.size()))
    {
        int orgs = keyCount(
            in, [](const AssignmentReviewer &r) { return r.org; },
            [](const AssignmentApplication &a) { return a.org; });
        for (const AssignmentReviewer &r : in.reviewers)
            for (int o : r.conflictOrgs)
                orgs = std::max(orgs, o + 1);
        int emails = 0;
        for (const AssignmentReviewer &r : in.reviewers)
            emails = std::max(emails, r.email + 1);
        int fields = 0;
        for (const AssignmentReviewer &r : in.reviewers)
            for (int f : r.fields)
                fields = std::max(fields, f + 1);
        const auto &rv = in.reviewers;
        m_byOrg.build(orgs, m_r, [&](int r, auto add) { add(rv[r].org); });
        m_byDeclaredOrg.build(orgs, m_r, [&](int r, auto add) {
            for (int o : rv[r].conflictOrgs)
                add(o);
        });
        m_byEmail.build(emails, m_r, [&](int r, auto add) { add(rv[r].email); });
        m_byField.build(fields, m_r, [&](int r, auto add) {
            for (int f : rv[r].fields)
                add(f);
        });
        m_excluded.assign(std::size_t(m_r), 0);
        m_matches.assign(std::size_t(m_r), 0);
        m_load.resize(std::size_t(m_r));
        for (int r = 0; r < m_r; ++r)
            m_load[std::size_t(r)] = rv[r].load;
    }

    // Stamps the reviewers who may not take application a; returns how many distinct ones.
    int markExcluded(int a)
    {
        const int stamp = a + 1;
        int count = 0;
        auto mark = [&](int r) {
            if (r >= 0 && r < m_r && m_excluded[std::size_t(r)] != stamp) {
                m_excluded[std::size_t(r)] = stamp;
                ++count;
            }
        };
        const AssignmentApplication &app = m_in.applications[a];
        m_byOrg.forEach(app.org, mark);
        m_byDeclaredOrg.forEach(app.org, mark);
        for (int e : app.namedEmails)
            m_byEmail.forEach(e, mark);
        for (const QList<int> *list : {&app.active, &app.declined, &app.conflicts})
            for (int r : *list)
                mark(r);
        return count;
    }

    void markMatches(int a)
    {
        m_byField.forEach(m_in.applications[a].field,
                          [&](int r) { m_matches[std::size_t(r)] = a + 1; });
    }

    bool excluded(int a, int r) const { return m_excluded[std::size_t(r)] == a + 1; }
    bool matches(int a, int r) const { return m_matches[std::size_t(r)] == a + 1; }

    AssignmentPlan run();

private:
    void pick(int a, int need, int rotation, AssignmentPlan &plan);
    void balance(AssignmentPlan &plan);

    const AssignmentInput &m_in;
    const int m_r;
    Buckets m_byOrg, m_byDeclaredOrg, m_byEmail, m_byField;
    std::vector<int> m_excluded, m_matches, m_load;
    std::vector<int> m_planStart, m_planCount; // per application, into plan.assignments
};

// Takes the `need` best eligible reviewers for application a in one pass: lowest load first
// (priority 3), then a matching field (priority 4), then a rotating start so that equal
// candidates are spread over the panel instead of always favouring the first ones.
void Planner::pick(int a, int need, int rotation, AssignmentPlan &plan)
{
    constexpr int kMaxPick = 32;
    need = std::min(need, kMaxPick);
    std::uint64_t best[kMaxPick];
    int found = 0;
    for (int i = 0; i < m_r; ++i) {
        int r = rotation + i;
        if (r >= m_r)
            r -= m_r;
        if (m_excluded[std::size_t(r)] == a + 1)
            continue;
        const std::uint64_t key =
            (std::uint64_t(m_load[std::size_t(r)]) * 2 + (matches(a, r) ? 0 : 1)) << 32 |
            std::uint32_t(i);
        if (found == need && key >= best[found - 1])
            continue;
        int j = found < need ? found++ : found - 1;
        while (j > 0 && best[j - 1] > key) {
            best[j] = best[j - 1];
            --j;
        }
        best[j] = key;
    }
    m_planStart[std::size_t(a)] = int(plan.assignments.size());
    m_planCount[std::size_t(a)] = found;
    for (int j = 0; j < found; ++j) {
        int r = rotation + int(best[j] & 0xffffffffu);
        if (r >= m_r)
            r -= m_r;
        ++m_load[std::size_t(r)];
        plan.assignments.append({a, r, matches(a, r)});
    }
}

// When conflicts kept the least loaded reviewers out of some applications, the greedy pass can
// leave loads more than one apart. Planned assignments then move from a reviewer at least two
// above the lowest to a lowest one who may take the application; each move narrows the spread,
// so the loop ends. Existing assignments never move.
void Planner::balance(AssignmentPlan &plan)
{
    if (m_r == 0)
        return;
    for (;;) {
        const auto [lo, hi] = std::minmax_element(m_load.begin(), m_load.end());
        const int minLoad = *lo;
        if (*hi - minLoad <= 1)
            return;
        bool moved = false;
        for (int u = 0; u < m_r && !moved; ++u) {
            if (m_load[std::size_t(u)] != minLoad)
                continue;
            for (PlannedAssignment &p : plan.assignments) {
                if (m_load[std::size_t(p.reviewer)] < minLoad + 2)
                    continue;
                const int a = p.application;
                if (exclusionOf(m_in, a, u) != Exclusion::None)
                    continue;
                bool onIt = false;
                for (int k = 0; k < m_planCount[std::size_t(a)]; ++k)
                    onIt = onIt || plan.assignments[m_planStart[std::size_t(a)] + k].reviewer == u;
                if (onIt)
                    continue;
                --m_load[std::size_t(p.reviewer)];
                ++m_load[std::size_t(u)];
                p.reviewer = u;
                p.fieldMatch = m_in.applications[a].field >= 0 &&
                               m_in.reviewers[u].fields.contains(m_in.applications[a].field);
                moved = true;
                break;
            }
        }
        if (!moved)
            return;
    }
}

AssignmentPlan Planner::run()
{
    AssignmentPlan plan;
    const int n = int(m_in.applications.size());
    m_planStart.assign(std::size_t(n), 0);
    m_planCount.assign(std::size_t(n), 0);
    // The most constrained applications choose first, while the whole panel is still open to
    // them; the rest have plenty of reviewers to pick from anyway.
    std::vector<int> eligible(static_cast<std::size_t>(n));
    for (int a = 0; a < n; ++a)
        eligible[std::size_t(a)] = m_r - markExcluded(a);
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int a = 0; a < n; ++a)
        order[std::size_t(a)] = a;
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return eligible[std::size_t(x)] < eligible[std::size_t(y)];
    });
    plan.assignments.reserve(qsizetype(n) * std::max(0, m_in.perApplication));
    int rotation = 0;
    for (int a : order) {
        const AssignmentApplication &app = m_in.applications[a];
        const int need = std::max(0, m_in.perApplication - int(app.active.size()));
        if (need == 0 || m_r == 0) {
            if (need > 0)
                plan.shortfalls.append({a, need, 0});
            continue;
        }
        markExcluded(a);
        markMatches(a);
        pick(a, need, rotation, plan);
        rotation = (rotation + need) % m_r;
        const int got = m_planCount[std::size_t(a)];
        if (got < need)
            plan.shortfalls.append({a, need - got, eligible[std::size_t(a)]});
    }
    balance(plan);
    std::sort(plan.shortfalls.begin(), plan.shortfalls.end(),
              [](const AssignmentShortfall &x, const AssignmentShortfall &y) {
                  return x.application < y.application;
              });
    plan.loads = QList<int>(m_load.begin(), m_load.end());
    if (m_r > 0) {
        const auto [lo, hi] = std::minmax_element(m_load.begin(), m_load.end());
        plan.minLoad = *lo;
        plan.maxLoad = *hi;
    }
    plan.balanced = plan.maxLoad - plan.minLoad <= 1;
    for (const PlannedAssignment &p : std::as_const(plan.assignments))
        plan.fieldMatches += p.fieldMatch ? 1 : 0;
    return plan;
}

} // namespace

Exclusion exclusionOf(const AssignmentInput &input, int application, int reviewer)
{
    const AssignmentApplication &a = input.applications[application];
    const AssignmentReviewer &r = input.reviewers[reviewer];
    if (r.org >= 0 && r.org == a.org)
        return Exclusion::SameOrganisation;
    if (a.org >= 0 && r.conflictOrgs.contains(a.org))
        return Exclusion::DeclaredOrganisation;
    if (r.email >= 0 && a.namedEmails.contains(r.email))
        return Exclusion::NamedInApplication;
    if (a.declined.contains(reviewer))
        return Exclusion::Declined;
    if (a.conflicts.contains(reviewer))
        return Exclusion::DeclaredConflict;
    if (a.active.contains(reviewer))
        return Exclusion::AlreadyAssigned;
    return Exclusion::None;
}

QString exclusionLabel(Exclusion e, const QString &orgName)
{
    switch (e) {
    case Exclusion::None:
        return QCoreApplication::translate("Exclusion", "Eligible");
    case Exclusion::SameOrganisation:
        return QCoreApplication::translate("Exclusion", "Same organisation");
    case Exclusion::DeclaredOrganisation:
        return orgName.isEmpty()
                   ? QCoreApplication::translate("Exclusion",
                                                 "Declared conflict with the organisation")
                   : QCoreApplication::translate("Exclusion", "Declared conflict with %1")
                         .arg(orgName);
    case Exclusion::NamedInApplication:
        return QCoreApplication::translate("Exclusion", "Named in the application");
    case Exclusion::Declined:
        //: The reviewer declined this application earlier.
        return QCoreApplication::translate("Exclusion", "Declined");
    case Exclusion::DeclaredConflict:
        //: The reviewer declared a conflict of interest for this application.
        return QCoreApplication::translate("Exclusion", "Declared a conflict");
    case Exclusion::AlreadyAssigned:
        return QCoreApplication::translate("Exclusion", "Already assigned");
    }
    return {};
}

bool isConflictOfInterest(Exclusion e)
{
    return e == Exclusion::SameOrganisation || e == Exclusion::DeclaredOrganisation ||
           e == Exclusion::NamedInApplication || e == Exclusion::DeclaredConflict;
}

AssignmentPlan planAssignments(const AssignmentInput &input)
{
    return Planner(input).run();
}

} // namespace gpudesk
