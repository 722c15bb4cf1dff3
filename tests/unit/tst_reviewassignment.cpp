// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ReviewAssignment.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <climits>

using namespace Qt::StringLiterals;
using namespace gpudesk;

Q_DECLARE_METATYPE(gpudesk::Exclusion)
Q_DECLARE_METATYPE(gpudesk::AssignmentReviewer)
Q_DECLARE_METATYPE(gpudesk::AssignmentApplication)

namespace {

AssignmentReviewer reviewer(int org, QList<int> fields = {}, int load = 0, int email = -1,
                            QList<int> declared = {})
{
    AssignmentReviewer r;
    r.org = org;
    r.fields = fields;
    r.load = load;
    r.email = email;
    r.conflictOrgs = declared;
    return r;
}

AssignmentApplication application(int org, int field = -1)
{
    AssignmentApplication a;
    a.org = org;
    a.field = field;
    return a;
}

// A panel with conflicts of every kind, drawn from a seed: organisations, declared
// organisations, people named in applications, declines and conflicts declared earlier.
AssignmentInput randomInput(quint32 seed, int reviewers, int apps, int n, int orgs, int fields,
                            double conflictRate)
{
    QRandomGenerator rng(seed);
    AssignmentInput in;
    in.perApplication = n;
    for (int r = 0; r < reviewers; ++r) {
        // One draw per statement: the order of a call's arguments is the compiler's choice.
        const int org = int(rng.bounded(orgs));
        const int field = int(rng.bounded(fields));
        AssignmentReviewer rv = reviewer(org, {field});
        rv.email = r;
        if (rng.generateDouble() < conflictRate)
            rv.conflictOrgs << int(rng.bounded(orgs));
        in.reviewers << rv;
    }
    for (int a = 0; a < apps; ++a) {
        const int org = int(rng.bounded(orgs));
        const int field = int(rng.bounded(fields));
        AssignmentApplication ap = application(org, field);
        if (rng.generateDouble() < conflictRate)
            ap.namedEmails << int(rng.bounded(reviewers));
        if (rng.generateDouble() < conflictRate)
            ap.declined << int(rng.bounded(reviewers));
        if (rng.generateDouble() < conflictRate)
            ap.conflicts << int(rng.bounded(reviewers));
        in.applications << ap;
    }
    return in;
}

int eligibleCount(const AssignmentInput &in, int a)
{
    int n = 0;
    for (int r = 0; r < in.reviewers.size(); ++r)
        n += exclusionOf(in, a, r) == Exclusion::None ? 1 : 0;
    return n;
}

} // namespace

class TestReviewAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exclusion_data()
    {
        QTest::addColumn<AssignmentReviewer>("rv");
        QTest::addColumn<AssignmentApplication>("app");
        QTest::addColumn<Exclusion>("expected");
        AssignmentApplication plain = application(1);
        QTest::newRow("eligible") << reviewer(2) << plain << Exclusion::None;
        QTest::newRow("no organisation") << reviewer(-1) << plain << Exclusion::None;
        QTest::newRow("same organisation") << reviewer(1) << plain << Exclusion::SameOrganisation;
        QTest::newRow("declared organisation")
            << reviewer(2, {}, 0, -1, {5, 1}) << plain << Exclusion::DeclaredOrganisation;
        AssignmentApplication named = application(1);
        named.namedEmails << 7;
        QTest::newRow("named") << reviewer(2, {}, 0, 7) << named << Exclusion::NamedInApplication;
        QTest::newRow("other name") << reviewer(2, {}, 0, 8) << named << Exclusion::None;
        AssignmentApplication declined = application(1);
        declined.declined << 0;
        QTest::newRow("declined") << reviewer(2) << declined << Exclusion::Declined;
        AssignmentApplication conflict = application(1);
        conflict.conflicts << 0;
        QTest::newRow("declared a conflict")
            << reviewer(2) << conflict << Exclusion::DeclaredConflict;
        AssignmentApplication active = application(1);
        active.active << 0;
        QTest::newRow("already assigned") << reviewer(2) << active << Exclusion::AlreadyAssigned;
        QTest::newRow("organisation before assignment")
            << reviewer(1) << active << Exclusion::SameOrganisation;
    }

    void exclusion()
    {
        QFETCH(AssignmentReviewer, rv);
        QFETCH(AssignmentApplication, app);
        QFETCH(Exclusion, expected);
        AssignmentInput in;
        in.reviewers << rv;
        in.applications << app;
        QCOMPARE(exclusionOf(in, 0, 0), expected);
        QVERIFY(!exclusionLabel(expected).isEmpty());
        // A conflicted pair is never planned, whatever N asks for.
        in.perApplication = 1;
        const AssignmentPlan plan = planAssignments(in);
        QCOMPARE(plan.assignments.size(), expected == Exclusion::None ? 1 : 0);
    }

    void labels()
    {
        QCOMPARE(exclusionLabel(Exclusion::DeclaredOrganisation, u"DeepFine Inc."_s),
                 u"Declared conflict with DeepFine Inc."_s);
        QVERIFY(isConflictOfInterest(Exclusion::NamedInApplication));
        QVERIFY(!isConflictOfInterest(Exclusion::Declined));
        QVERIFY(!isConflictOfInterest(Exclusion::AlreadyAssigned));
    }

    // Conflicts never assigned, N filled as far as eligibility allows, loads balanced, shortfalls
    // exactly the applications with too few eligible reviewers.
    void randomPanels_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("reviewers");
        QTest::addColumn<int>("apps");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("orgs");
        QTest::addColumn<double>("conflictRate");
        QTest::addColumn<bool>("expectBalanced");
        QTest::newRow("demo-sized") << 1u << 60 << 230 << 3 << 40 << 0.2 << true;
        QTest::newRow("many conflicts") << 2u << 30 << 200 << 5 << 6 << 0.6 << true;
        QTest::newRow("large") << 3u << 300 << 3000 << 3 << 200 << 0.3 << true;
        QTest::newRow("more slots than pairs") << 4u << 8 << 50 << 7 << 3 << 0.5 << false;
        QTest::newRow("tiny panel") << 5u << 3 << 10 << 3 << 2 << 0.3 << false;
        // Every eligible reviewer is taken: no choice left, so no promise about balance.
        QTest::newRow("n bigger than panel") << 6u << 4 << 20 << 6 << 20 << 0.0 << false;
    }

    void randomPanels()
    {
        QFETCH(quint32, seed);
        QFETCH(int, reviewers);
        QFETCH(int, apps);
        QFETCH(int, n);
        QFETCH(int, orgs);
        QFETCH(double, conflictRate);
        QFETCH(bool, expectBalanced);
        const AssignmentInput in = randomInput(seed, reviewers, apps, n, orgs, 5, conflictRate);
        const AssignmentPlan plan = planAssignments(in);

        QList<int> got(apps, 0);
        QSet<qint64> pairs;
        QList<int> loads(reviewers, 0);
        for (const PlannedAssignment &p : plan.assignments) {
            QCOMPARE(exclusionOf(in, p.application, p.reviewer), Exclusion::None);
            QVERIFY2(!pairs.contains(qint64(p.application) * reviewers + p.reviewer), "duplicate");
            pairs.insert(qint64(p.application) * reviewers + p.reviewer);
            ++got[p.application];
            ++loads[p.reviewer];
            QCOMPARE(p.fieldMatch, in.reviewers[p.reviewer].fields.contains(
                                       in.applications[p.application].field));
        }
        QCOMPARE(plan.loads, loads);
        QHash<int, AssignmentShortfall> shortfalls;
        for (const AssignmentShortfall &s : plan.shortfalls)
            shortfalls.insert(s.application, s);
        for (int a = 0; a < apps; ++a) {
            const int eligible = eligibleCount(in, a);
            QCOMPARE(got[a], qMin(n, eligible));
            if (eligible < n) {
                QVERIFY(shortfalls.contains(a));
                QCOMPARE(shortfalls[a].missing, n - eligible);
                QCOMPARE(shortfalls[a].eligible, eligible);
            } else {
                QVERIFY(!shortfalls.contains(a));
            }
        }
        const auto [lo, hi] = std::minmax_element(loads.cbegin(), loads.cend());
        QCOMPARE(plan.minLoad, *lo);
        QCOMPARE(plan.maxLoad, *hi);
        QCOMPARE(plan.balanced, *hi - *lo <= 1);
        if (expectBalanced)
            QVERIFY2(plan.balanced, qPrintable(u"loads %1..%2"_s.arg(*lo).arg(*hi)));
    }

    // Each priority wins over the next one: a table of small panels with the one pick expected.
    void priorities_data()
    {
        QTest::addColumn<QList<AssignmentReviewer>>("panel");
        QTest::addColumn<AssignmentApplication>("app");
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<int>>("expected"); // reviewers, sorted
        // (1) over (2): the only free reviewer is conflicted, so N is not met.
        QTest::newRow("conflict over N") << QList<AssignmentReviewer>{reviewer(1), reviewer(2)}
                                         << application(1) << 2 << QList<int>{1};
        // (2) over (3): N is met even though it loads an already busy reviewer.
        QTest::newRow("N over balance")
            << QList<AssignmentReviewer>{reviewer(2, {}, 9), reviewer(3, {}, 0)} << application(1)
            << 2 << QList<int>{0, 1};
        // (3) over (4): the less loaded reviewer wins over the field expert.
        QTest::newRow("balance over field")
            << QList<AssignmentReviewer>{reviewer(2, {7}, 1), reviewer(3, {}, 0)}
            << application(1, 7) << 1 << QList<int>{1};
        // (4) decides between equal loads.
        QTest::newRow("field between equals")
            << QList<AssignmentReviewer>{reviewer(2, {}, 1), reviewer(3, {7}, 1),
                                         reviewer(4, {}, 1)}
            << application(1, 7) << 1 << QList<int>{1};
        QTest::newRow("field among the least loaded")
            << QList<AssignmentReviewer>{reviewer(2, {7}, 0), reviewer(3, {}, 0),
                                         reviewer(4, {7}, 2), reviewer(5, {7}, 0)}
            << application(1, 7) << 2 << QList<int>{0, 3};
    }

    void priorities()
    {
        QFETCH(QList<AssignmentReviewer>, panel);
        QFETCH(AssignmentApplication, app);
        QFETCH(int, n);
        QFETCH(QList<int>, expected);
        AssignmentInput in;
        in.reviewers = panel;
        in.applications << app;
        in.perApplication = n;
        const AssignmentPlan plan = planAssignments(in);
        QList<int> got;
        for (const PlannedAssignment &p : plan.assignments)
            got << p.reviewer;
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
        QCOMPARE(plan.shortfalls.isEmpty(), int(expected.size()) == n);
    }

    // Existing assignments count towards N and towards load; the plan only tops up.
    void topsUpExisting()
    {
        AssignmentInput in;
        in.perApplication = 3;
        for (int r = 0; r < 6; ++r)
            in.reviewers << reviewer(10 + r);
        in.reviewers[0].load = 1;
        in.reviewers[1].load = 1;
        AssignmentApplication a = application(1);
        a.active << 0 << 1;
        a.declined << 2;
        in.applications << a;
        const AssignmentPlan plan = planAssignments(in);
        QCOMPARE(plan.assignments.size(), 1);
        QVERIFY(plan.assignments[0].reviewer >= 3);
        QVERIFY(plan.shortfalls.isEmpty());
    }

    // Repeated ties spread over the whole panel instead of piling on the first reviewers.
    void tiesSpread()
    {
        AssignmentInput in;
        in.perApplication = 1;
        for (int r = 0; r < 10; ++r)
            in.reviewers << reviewer(100 + r);
        for (int a = 0; a < 10; ++a)
            in.applications << application(a);
        const AssignmentPlan plan = planAssignments(in);
        QCOMPARE(plan.minLoad, 1);
        QCOMPARE(plan.maxLoad, 1);
    }

    // "Balanced where the pool allows", checked against brute force: on small panels with
    // conflicts and existing loads, every way of filling the applications is tried, and the plan's
    // spread (max - min load) must be the smallest any of them reaches.
    void balanceIsBestPossible_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 60; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void balanceIsBestPossible()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const int reviewers = 3 + int(rng.bounded(3)); // 3-5
        const int apps = 2 + int(rng.bounded(3));      // 2-4
        AssignmentInput in = randomInput(seed, reviewers, apps, 1 + int(rng.bounded(2)), 4, 3, 0.5);
        for (AssignmentReviewer &r : in.reviewers)
            r.load = int(rng.bounded(3));
        const AssignmentPlan plan = planAssignments(in);

        // Every application's choices: the subsets of its eligible reviewers of the size N allows.
        QList<QList<int>> choices(apps); // bit masks
        for (int a = 0; a < apps; ++a) {
            int eligibleMask = 0, eligible = 0;
            for (int r = 0; r < reviewers; ++r)
                if (exclusionOf(in, a, r) == Exclusion::None)
                    eligibleMask |= 1 << r, ++eligible;
            const int want = qMin(in.perApplication, eligible);
            for (int m = 0; m < (1 << reviewers); ++m)
                if ((m & ~eligibleMask) == 0 && int(qPopulationCount(quint32(m))) == want)
                    choices[a] << m;
        }
        int best = INT_MAX;
        QList<int> pick(apps, 0);
        for (;;) {
            QList<int> loads;
            for (const AssignmentReviewer &r : in.reviewers)
                loads << r.load;
            for (int a = 0; a < apps; ++a)
                for (int r = 0; r < reviewers; ++r)
                    loads[r] += (choices[a][pick[a]] >> r) & 1;
            const auto [lo, hi] = std::minmax_element(loads.cbegin(), loads.cend());
            best = qMin(best, *hi - *lo);
            int a = 0;
            while (a < apps && ++pick[a] == choices[a].size())
                pick[a++] = 0;
            if (a == apps)
                break;
        }
        QCOMPARE(plan.maxLoad - plan.minLoad, best);
    }
};

QTEST_APPLESS_MAIN(TestReviewAssignment)
#include "tst_reviewassignment.moc"
