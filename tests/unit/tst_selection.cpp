// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity cut: skip and continue with whole-node requests, the waitlist length, decisions
// already taken, and the promotion of a waitlisted application.
#include "rules/Selection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

// One reviewed application per entry, scored 100, 99, 98, ... so the list order is the ranking.
struct Entry
{
    int nodes;
    ApplicationStatus status = ApplicationStatus::UnderReview;
};

RankingInput makeInput(const QList<Entry> &entries)
{
    RankingInput in;
    in.reviewersPerApplication = 1;
    for (int i = 0; i < entries.size(); ++i) {
        RankingApplication a;
        a.id = u"id%1"_s.arg(i + 1);
        a.code = u"R%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        a.acceleratorType = u"t-b200"_s;
        a.requestedNodes = entries[i].nodes;
        a.status = entries[i].status;
        in.applications.append(a);
        in.reviews.append(ReviewScore{i, 0, 100.0 - i});
    }
    return in;
}

QString letters(const RankingInput &in, const SelectionProposal &p)
{
    QString out(in.applications.size(), u'.'); // '.' = no proposal (already decided)
    for (const ProposedDecision &d : p.decisions) {
        const char c = d.decision == SelectionDecision::Select     ? 'S'
                       : d.decision == SelectionDecision::Waitlist ? 'W'
                                                                   : 'R';
        out[d.application] = QLatin1Char(c);
    }
    return out;
}

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cut_data()
    {
        QTest::addColumn<QList<int>>("requests");
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("waitlist");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("leftAfter");
        // 10 nodes: 4 and 5 fit (1 left), 3 and 2 do not and are waitlisted, 1 still fits,
        // the last is rejected as the waitlist is full.
        QTest::newRow("skip and continue")
            << QList<int>{4, 5, 3, 2, 1, 6} << 10 << 2 << u"SSWWSR"_s << 0;
        // Never partly granted: 7 does not fit in 6 even though 6 nodes are free.
        QTest::newRow("no partial grant") << QList<int>{7, 6} << 6 << 0 << u"RS"_s << 0;
        QTest::newRow("exact fit") << QList<int>{3, 3, 4} << 10 << 1 << u"SSS"_s << 0;
        QTest::newRow("nothing left") << QList<int>{1, 1, 1} << 0 << 2 << u"WWR"_s << 0;
        // An over-committed pool counts as nothing left.
        QTest::newRow("over-committed") << QList<int>{1, 2} << -3 << 1 << u"WR"_s << 0;
        QTest::newRow("no waitlist") << QList<int>{5, 5, 1} << 6 << 0 << u"SRS"_s << 0;
        QTest::newRow("room to spare") << QList<int>{1, 2} << 8 << 3 << u"SS"_s << 5;
    }
    void cut()
    {
        QFETCH(QList<int>, requests);
        QFETCH(int, left);
        QFETCH(int, waitlist);
        QFETCH(QString, expected);
        QFETCH(int, leftAfter);
        QList<Entry> entries;
        for (int n : requests)
            entries.append(Entry{n});
        const RankingInput in = makeInput(entries);
        const Ranking r = rankApplications(in, scoreApplications(in), u"t-b200"_s, RankBy::Raw);
        const SelectionProposal p = proposeSelection(in, r, left, waitlist);
        QCOMPARE(letters(in, p), expected);
        QCOMPARE(p.nodesLeftAfter, leftAfter);
        QCOMPARE(p.selected + p.waitlisted + p.rejected, requests.size());
        int nodes = 0;
        for (const ProposedDecision &d : p.decisions) {
            if (d.decision == SelectionDecision::Select) {
                QCOMPARE(d.nodes, in.applications[d.application].requestedNodes);
                nodes += d.nodes;
            } else {
                QCOMPARE(d.nodes, 0);
            }
        }
        QCOMPARE(p.selectedNodes, nodes);
    }

    // Already decided applications keep their decision and get no proposal; those already
    // waitlisted take their places on the waitlist first.
    void decidedOnesKeepTheirDecisionAndCountTowardsTheWaitlist()
    {
        using S = ApplicationStatus;
        const RankingInput in =
            makeInput({{4, S::Selected}, {2, S::Waitlisted}, {3}, {5}, {1}, {2}, {9, S::Rejected}});
        const Ranking r = rankApplications(in, scoreApplications(in), u"t-b200"_s, RankBy::Raw);
        // The selected one's 4 nodes are already in the committed figure: 4 left of 8.
        const SelectionProposal p = proposeSelection(in, r, 4, 2);
        QCOMPARE(letters(in, p), u"..SWSR."_s);
        QCOMPARE(p.alreadyWaitlisted, 1);
        QCOMPARE(p.decisions[1].waitlistPlace, 2);
        QCOMPARE(p.decisions[1].rank, 4);
        QCOMPARE(p.decisions[1].nodesLeftBefore, 1);
        QCOMPARE(p.rankedCount, 7);
    }

    // Flagged applications (too few reviews) are left to the officer.
    void flaggedOnesGetNoProposal()
    {
        RankingInput in = makeInput({{1}, {1}, {1}});
        in.reviewersPerApplication = 2;
        in.reviews.append(ReviewScore{0, 1, 90});
        const Ranking r = rankApplications(in, scoreApplications(in), u"t-b200"_s, RankBy::Raw);
        const SelectionProposal p = proposeSelection(in, r, 10, 5);
        QCOMPARE(letters(in, p), u"S.."_s);
    }

    void promotion_data()
    {
        QTest::addColumn<int>("left");
        QTest::addColumn<int>("expected"); // index of the promoted application, -1 for none
        // Waitlisted: #2 wants 5 nodes, #4 wants 2, #5 wants 1.
        QTest::newRow("first that fits") << 3 << 3;
        QTest::newRow("the best when it fits") << 5 << 1;
        QTest::newRow("only the smallest") << 1 << 4;
        QTest::newRow("nothing free") << 0 << -1;
    }
    void promotion()
    {
        QFETCH(int, left);
        QFETCH(int, expected);
        using S = ApplicationStatus;
        const RankingInput in = makeInput({{4, S::Selected},
                                           {5, S::Waitlisted},
                                           {2, S::Rejected},
                                           {2, S::Waitlisted},
                                           {1, S::Waitlisted}});
        const Ranking r = rankApplications(in, scoreApplications(in), u"t-b200"_s, RankBy::Raw);
        const auto p = promotionCandidate(in, r, left);
        if (expected < 0) {
            QVERIFY(!p);
            return;
        }
        QVERIFY(p);
        QCOMPARE(p->application, expected);
        QCOMPARE(p->rank, expected + 1);
        QCOMPARE(p->nodes, in.applications[expected].requestedNodes);
        QVERIFY(
            promotionReason(*p, r.rankedCount, 90).contains(u"rank %1 of 5"_s.arg(expected + 1)));
    }

    // While ranked applications wait for the cut, the cut hands out free nodes, not promotion.
    void noPromotionBeforeTheCut()
    {
        using S = ApplicationStatus;
        CallSelectionInput call;
        call.waitlistLength = 2;
        call.input = makeInput({{1}, {2, S::Waitlisted}});
        SelectionType type;
        type.typeId = u"t-b200"_s;
        type.hasPool = true;
        type.pool.capacityNodes = 5;
        const QList<ApplicationScore> scores = scoreApplications(call.input);
        TypeSelection t = selectType(call, scores, type, RankBy::Raw);
        QCOMPARE(t.proposal.decisions.size(), 1);
        QVERIFY(!t.promotion);
        call.input.applications[0].status = S::Selected;
        type.pool.committedNodes = 1;
        t = selectType(call, scores, type, RankBy::Raw);
        QVERIFY(t.proposal.decisions.isEmpty());
        QVERIFY(t.promotion);
        QCOMPARE(t.promotion->application, 1);
    }

    void reasonsSayWhy()
    {
        ProposedDecision d;
        d.rank = 57;
        d.requestedNodes = 4;
        d.nodesLeftBefore = 2;
        d.decision = SelectionDecision::Reject;
        QCOMPARE(proposalReason(d, 80, 61.04),
                 u"Below the capacity cut: rank 57 of 80, 4 node(s) requested, 2 left"_s);
        d.rank = 12;
        d.decision = SelectionDecision::Select;
        d.nodes = 4;
        QCOMPARE(proposalReason(d, 80, 84.26), u"Rank 12 of 80 (score 84.3)"_s);
    }
};

QTEST_APPLESS_MAIN(TestSelection)
#include "tst_selection.moc"
