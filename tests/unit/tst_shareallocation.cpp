// SPDX-License-Identifier: GPL-3.0-or-later
// Annual-evaluation shares as data tables: proportional to the score above the floor, bounds by
// water-filling, whole nodes by largest remainder adding up to the capacity; and the properties
// over many generated programs.
#include "rules/ShareAllocation.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace gpudesk;

Q_DECLARE_METATYPE(QList<double>)
Q_DECLARE_METATYPE(QList<int>)

class tst_ShareAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void refusals_data();
    void refusals();
    void properties();
};

void tst_ShareAllocation::table_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<double>("floor");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<int>>("nodes");
    QTest::addColumn<int>("unused");

    QTest::newRow("proportional") << 10 << 0.0 << 0 << 0 << QList<double>{60, 40}
                                  << QList<int>{6, 4} << 0;
    QTest::newRow("floor: at the floor gets nothing")
        << 10 << 50.0 << 0 << 0 << QList<double>{90, 70, 50} << QList<int>{7, 3, 0} << 0;
    QTest::newRow("minimum lifts the weak, the strong pays")
        << 20 << 60.0 << 3 << 0 << QList<double>{100, 65, 61} << QList<int>{14, 3, 3} << 0;
    QTest::newRow("maximum caps the strong, the rest shared again")
        << 30 << 0.0 << 0 << 12 << QList<double>{90, 50, 40} << QList<int>{12, 10, 8} << 0;
    QTest::newRow("equal scores: the earlier team takes the odd node")
        << 10 << 0.0 << 0 << 0 << QList<double>{70, 70, 70} << QList<int>{4, 3, 3} << 0;
    QTest::newRow("everybody at the maximum leaves capacity unused")
        << 30 << 0.0 << 0 << 5 << QList<double>{90, 80, 70} << QList<int>{5, 5, 5} << 15;
    QTest::newRow("nobody passes the floor")
        << 12 << 80.0 << 2 << 0 << QList<double>{80, 60} << QList<int>{0, 0} << 12;
    QTest::newRow("minimum and maximum together")
        << 24 << 0.0 << 4 << 10 << QList<double>{100, 90, 20, 10} << QList<int>{8, 8, 4, 4} << 0;
    QTest::newRow("largest remainder goes to the larger fraction")
        << 7 << 0.0 << 0 << 0 << QList<double>{50, 30, 20} << QList<int>{4, 2, 1} << 0;
    QTest::newRow("a minimum of exactly the even share")
        << 9 << 0.0 << 3 << 0 << QList<double>{99, 50, 1} << QList<int>{3, 3, 3} << 0;
    QTest::newRow("no teams") << 10 << 0.0 << 1 << 0 << QList<double>{} << QList<int>{} << 10;
    // The World Best LLM shape: five teams, one under the floor, two held at the maximum, whole
    // nodes adding up to the capacity.
    QTest::newRow("five teams, floor, minimum and maximum")
        << 250 << 60.0 << 20 << 80 << QList<double>{91.5, 84.0, 77.2, 68.4, 55.0}
        << QList<int>{80, 80, 60, 30, 0} << 0;
    QTest::newRow("a team not scored yet gets nothing")
        << 10 << 0.0 << 0 << 0
        << QList<double>{80, std::numeric_limits<double>::quiet_NaN(), 60} << QList<int>{6, 0, 4}
        << 0;
}

void tst_ShareAllocation::table()
{
    QFETCH(int, capacity);
    QFETCH(double, floor);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    QFETCH(QList<double>, scores);
    QFETCH(QList<int>, nodes);
    QFETCH(int, unused);
    QList<TeamScore> teams;
    for (int i = 0; i < scores.size(); ++i)
        teams.append({u"team-%1"_s.arg(i), scores[i]});
    const ShareResult r = computeShares(teams, {capacity, floor, minimum, maximum});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QList<int> got;
    for (const TeamShare &s : r.shares)
        got << s.nodes;
    QCOMPARE(got, nodes);
    QCOMPARE(r.unusedNodes, unused);
    QCOMPARE(r.totalNodes + r.unusedNodes, capacity);
}

void tst_ShareAllocation::refusals_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("minimums exceed the capacity") << 5 << 2 << 0;
    QTest::newRow("maximum under minimum") << 50 << 6 << 4;
    QTest::newRow("negative capacity") << -1 << 0 << 0;
}

void tst_ShareAllocation::refusals()
{
    QFETCH(int, capacity);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const ShareResult r =
        computeShares({{u"a"_s, 90}, {u"b"_s, 80}, {u"c"_s, 70}}, {capacity, 0, minimum, maximum});
    QVERIFY(!r.ok());
    QVERIFY(r.shares.isEmpty());
}

// Whatever the program: within bounds, a better score never gets fewer nodes, and the shares
// add up to the capacity unless every passing team is at its maximum.
void tst_ShareAllocation::properties()
{
    QRandomGenerator rng(20261125);
    for (int round = 0; round < 2000; ++round) {
        const int teamCount = rng.bounded(1, 9);
        QList<TeamScore> teams;
        for (int i = 0; i < teamCount; ++i)
            teams.append({QString::number(i), rng.bounded(1000) / 10.0});
        ShareRule rule;
        rule.floor = rng.bounded(60);
        rule.minimumNodes = rng.bounded(4);
        rule.maximumNodes = rng.bounded(3) == 0 ? 0 : rule.minimumNodes + rng.bounded(1, 30);
        rule.capacityNodes = rng.bounded(0, 120);
        const ShareResult r = computeShares(teams, rule);
        int passing = 0;
        for (const TeamScore &t : teams)
            passing += t.score > rule.floor ? 1 : 0;
        if (passing * rule.minimumNodes > rule.capacityNodes) {
            QVERIFY(!r.ok());
            continue;
        }
        QVERIFY2(r.ok(), qPrintable(r.error));
        int sum = 0;
        for (const TeamShare &s : r.shares) {
            sum += s.nodes;
            if (!s.passed) {
                QCOMPARE(s.nodes, 0);
                continue;
            }
            QVERIFY(s.nodes >= rule.minimumNodes);
            if (rule.maximumNodes > 0)
                QVERIFY(s.nodes <= rule.maximumNodes);
            for (const TeamShare &o : r.shares) {
                if (o.passed && o.score > s.score)
                    QVERIFY2(o.nodes >= s.nodes, qPrintable(u"round %1"_s.arg(round)));
            }
        }
        QCOMPARE(sum, r.totalNodes);
        const bool allAtMax =
            rule.maximumNodes > 0 && qint64(passing) * rule.maximumNodes < rule.capacityNodes;
        if (passing > 0 && !allAtMax) {
            if (sum != rule.capacityNodes) {
                for (const TeamShare &s : r.shares)
                    qWarning() << s.score << s.passed << s.exact << s.nodes;
                qWarning() << rule.capacityNodes << rule.floor << rule.minimumNodes
                           << rule.maximumNodes;
            }
            QCOMPARE(sum, rule.capacityNodes);
        } else if (allAtMax)
            QCOMPARE(sum, passing * rule.maximumNodes);
    }
}

QTEST_GUILESS_MAIN(tst_ShareAllocation)
#include "tst_shareallocation.moc"
