// SPDX-License-Identifier: GPL-3.0-or-later
// Ranking: scores are the mean of the stored (weighted) totals, normalisation against a table
// worked out by hand, the tie rules, and applications with too few reviews.
#include "rules/Ranking.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

RankingApplication app(const QString &code, const QString &type = u"t-b200"_s,
                       ApplicationStatus status = ApplicationStatus::UnderReview,
                       qint64 submittedAt = 1000)
{
    RankingApplication a;
    a.id = u"id-"_s + code;
    a.code = code;
    a.acceleratorType = type;
    a.requestedNodes = 1;
    a.status = status;
    a.submittedAt = submittedAt;
    return a;
}

// The codes of a ranking's rows in their order.
QStringList codes(const RankingInput &in, const Ranking &r)
{
    QStringList out;
    for (const RankedRow &row : r.rows)
        out << in.applications[row.application].code;
    return out;
}

} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The score is the plain mean of the stored totals: the weights are already in each total
    // (reviews.total is the weighted rubric total written at submit), so no weight is applied
    // again here. Totals 62.5 and 87.25 (e.g. 40% x 50 + 60% x 70.8...) average to 74.875.
    void scoreIsTheMeanOfStoredWeightedTotals()
    {
        RankingInput in;
        in.reviewersPerApplication = 2;
        in.applications = {app(u"A"_s)};
        in.reviews = {{0, 0, 62.5}, {0, 1, 87.25}};
        const QList<ApplicationScore> s = scoreApplications(in);
        QCOMPARE(s[0].reviews, 2);
        QCOMPARE(s[0].raw, 74.875);
        QCOMPARE(s[0].minRaw, 62.5);
        QCOMPARE(s[0].maxRaw, 87.25);
        QCOMPARE(s[0].sdRaw, 12.375); // population sd of two values: half their distance
    }

    // Worked out by hand. Three reviewers, N = 2; A, B, C, D are B200, E is H200.
    //
    //   reviewer  A    B    C    D    E     own mean  own sd            z of each review
    //   R0        80   60   70   -    70    70        sqrt(200/4)=7.0711  A +1.4142, B -1.4142, C
    //   0, E 0 R1        90   90   -    -    -     90        0 (no spread)       A 0, B 0 R2 -    -
    //   50   70   -     60        10                  C -1, D +1
    //
    // Call: 8 totals, sum 580, mean 72.5; squared deviations 56.25 + 156.25 + 6.25 + 6.25 +
    // 306.25 + 306.25 + 506.25 + 6.25 = 1350, population sd = sqrt(1350 / 8) = sqrt(168.75)
    // = 12.990381. A normalised total is 72.5 + z x 12.990381; z = 1.4142 gives
    // 72.5 + sqrt(337.5) = 72.5 + 18.371173.
    //
    //   app  raw  normalised totals               normalised mean   raw rank  norm rank
    //   A    85   90.871173, 72.5                 81.685587         1         1
    //   B    75   54.128827, 72.5                 63.314413         2         3
    //   C    60   72.5, 59.509619                 66.004809         3         2
    //   D    70   85.490381 (one review: flagged) 85.490381         -         -
    //   E    70   72.5 (H200, one review: flagged)
    void normalisationMatchesTheHandComputedTable()
    {
        RankingInput in;
        in.reviewersPerApplication = 2;
        in.applications = {app(u"A"_s), app(u"B"_s), app(u"C"_s), app(u"D"_s),
                           app(u"E"_s, u"t-h200"_s)};
        in.reviews = {{0, 0, 80}, {1, 0, 60}, {2, 0, 70}, {4, 0, 70},
                      {0, 1, 90}, {1, 1, 90}, {2, 2, 50}, {3, 2, 70}};

        const CallScoreStats call = callScoreStats(in);
        QCOMPARE(call.reviews, 8);
        QCOMPARE(call.mean, 72.5);
        QVERIFY(qAbs(call.sd - 12.990381) < 1e-6);

        const QList<ApplicationScore> s = scoreApplications(in);
        const double expectedRaw[] = {85, 75, 60, 70, 70};
        const double expectedNorm[] = {81.685587, 63.314413, 66.004809, 85.490381, 72.5};
        const double expectedSd[] = {5, 15, 10, 0, 0};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(s[i].raw, expectedRaw[i]);
            QVERIFY2(qAbs(s[i].normalised - expectedNorm[i]) < 1e-6,
                     qPrintable(u"app %1: %2"_s.arg(i).arg(s[i].normalised, 0, 'f', 6)));
            QCOMPARE(s[i].sdRaw, expectedSd[i]);
        }
        QVERIFY(qAbs(s[1].minNormalised - 54.128827) < 1e-6);

        const Ranking raw = rankApplications(in, s, u"t-b200"_s, RankBy::Raw);
        QCOMPARE(codes(in, raw), (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
        const Ranking norm = rankApplications(in, s, u"t-b200"_s, RankBy::Normalised);
        QCOMPARE(codes(in, norm), (QStringList{u"A"_s, u"C"_s, u"B"_s, u"D"_s}));
        QCOMPARE(norm.rankedCount, 3);
        // Both ranks side by side on every row, whichever orders the list.
        const int rawRanks[] = {1, 3, 2, 0};
        const int normRanks[] = {1, 2, 3, 0};
        for (int r = 0; r < 4; ++r) {
            QCOMPARE(norm.rows[r].rawRank, rawRanks[r]);
            QCOMPARE(norm.rows[r].normalisedRank, normRanks[r]);
        }
        QVERIFY(norm.rows[3].tooFewReviews);

        const Ranking h200 = rankApplications(in, s, u"t-h200"_s, RankBy::Raw);
        QCOMPARE(codes(in, h200), QStringList{u"E"_s});
        QCOMPARE(h200.rankedCount, 0);
    }

    // A reviewer whose every total is the same, or who wrote one review, maps to the call mean.
    void reviewerWithoutSpreadMapsToTheCallMean()
    {
        RankingInput in;
        in.reviewersPerApplication = 1;
        in.applications = {app(u"A"_s), app(u"B"_s), app(u"C"_s)};
        in.reviews = {{0, 0, 40}, {1, 0, 40}, {2, 1, 100}}; // mean 60
        const QList<ApplicationScore> s = scoreApplications(in);
        for (const ApplicationScore &score : s)
            QCOMPARE(score.normalised, 60.0);
    }

    void ties_data()
    {
        QTest::addColumn<QList<double>>("totalsX");
        QTest::addColumn<QList<double>>("totalsY");
        QTest::addColumn<qint64>("submittedX");
        QTest::addColumn<qint64>("submittedY");
        QTest::addColumn<QString>("first");
        // Same mean 80: the higher minimum (80 against 70) goes first.
        QTest::newRow("higher minimum")
            << QList<double>{70, 90} << QList<double>{80, 80} << qint64(1) << qint64(2) << u"Y"_s;
        // Same mean and minimum: the earlier submission goes first.
        QTest::newRow("earlier submission")
            << QList<double>{80, 80} << QList<double>{80, 80} << qint64(2) << qint64(1) << u"Y"_s;
        // Everything equal: the code decides, so the order never depends on loading.
        QTest::newRow("code last")
            << QList<double>{75, 85} << QList<double>{85, 75} << qint64(5) << qint64(5) << u"X"_s;
        // A higher mean wins over a higher minimum.
        QTest::newRow("score first") << QList<double>{60, 100.5} << QList<double>{80, 80}
                                     << qint64(2) << qint64(1) << u"X"_s;
    }
    void ties()
    {
        QFETCH(QList<double>, totalsX);
        QFETCH(QList<double>, totalsY);
        QFETCH(qint64, submittedX);
        QFETCH(qint64, submittedY);
        QFETCH(QString, first);
        RankingInput in;
        in.reviewersPerApplication = 2;
        // Y is listed first so that an order kept from the input would fail the "X" rows.
        in.applications = {app(u"Y"_s, u"t"_s, ApplicationStatus::UnderReview, submittedY),
                           app(u"X"_s, u"t"_s, ApplicationStatus::UnderReview, submittedX)};
        // Reviewers 0 and 1 review both, so the normalised ranking sees the same tie.
        in.reviews = {
            {1, 0, totalsX[0]}, {1, 1, totalsX[1]}, {0, 0, totalsY[0]}, {0, 1, totalsY[1]}};
        const QList<ApplicationScore> s = scoreApplications(in);
        const Ranking r = rankApplications(in, s, u"t"_s, RankBy::Raw);
        QCOMPARE(in.applications[r.rows[0].application].code, first);
        QCOMPARE(r.rows[0].rawRank, 1);
        QCOMPARE(r.rows[1].rawRank, 2);
    }

    // N = 3: two reviews are not enough. Flagged rows come after the ranked ones, without a
    // rank, even with a higher score; an application rejected at screening is not listed.
    void fewerThanNAreFlaggedNotRanked()
    {
        RankingInput in;
        in.reviewersPerApplication = 3;
        in.applications = {app(u"TWO"_s), app(u"THREE"_s), app(u"NONE"_s),
                           app(u"SCREENED-OUT"_s, u"t-b200"_s, ApplicationStatus::Rejected),
                           app(u"FOUR"_s)};
        in.reviews = {{0, 0, 99}, {0, 1, 99}, {1, 0, 50}, {1, 1, 50}, {1, 2, 50},
                      {4, 0, 40}, {4, 1, 40}, {4, 2, 40}, {4, 3, 40}};
        const QList<ApplicationScore> s = scoreApplications(in);
        const Ranking r = rankApplications(in, s, u"t-b200"_s, RankBy::Raw);
        QCOMPARE(codes(in, r), (QStringList{u"THREE"_s, u"FOUR"_s, u"TWO"_s, u"NONE"_s}));
        QCOMPARE(r.rankedCount, 2);
        QVERIFY(!r.rows[1].tooFewReviews);
        QVERIFY(r.rows[2].tooFewReviews);
        QCOMPARE(r.rows[2].rawRank, 0);
        QCOMPARE(r.rows[2].normalisedRank, 0);
        QVERIFY(r.rows[3].tooFewReviews);
        QCOMPARE(s[2].reviews, 0);
    }

    void takesPart_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reviews");
        QTest::addColumn<bool>("expected");
        using S = ApplicationStatus;
        QTest::newRow("under review, none") << int(S::UnderReview) << 0 << true;
        QTest::newRow("selected, none") << int(S::Selected) << 0 << true;
        QTest::newRow("allocated") << int(S::Allocated) << 3 << true;
        QTest::newRow("rejected at screening") << int(S::Rejected) << 0 << false;
        QTest::newRow("rejected after review") << int(S::Rejected) << 2 << true;
        QTest::newRow("withdrawn early") << int(S::Withdrawn) << 0 << false;
        QTest::newRow("screening") << int(S::Screening) << 0 << false;
    }
    void takesPart()
    {
        QFETCH(int, status);
        QFETCH(int, reviews);
        QFETCH(bool, expected);
        QCOMPARE(takesPartInRanking(static_cast<ApplicationStatus>(status), reviews), expected);
    }
};

QTEST_APPLESS_MAIN(TestRanking)
#include "tst_ranking.moc"
