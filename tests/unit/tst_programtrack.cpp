// SPDX-License-Identifier: GPL-3.0-or-later
// A program's annual evaluation from scores to next year's allocations, through the stores the
// GUI uses: a new yearly round from the closed one, the evaluation's scores, the rule's proposal,
// the officer's adjustment with a reason, and the new shares on the map from the new year's date,
// the nodes a team gives up going to the others before the pool.
#include "../common/TracksSeed.h"
#include "rules/AllocationRules.h"
#include "store/CallStageRepository.h"
#include "store/FleetRepository.h"
#include "store/ProgramRepository.h"
#include "store/ProgramShareRepository.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestProgramTrack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList hostsOf(const QString &applicationId)
    {
        QSqlQuery q(m_store->db());
        q.prepare(u"SELECT n.hostname FROM allocations al JOIN grants g ON g.id = al.grant_id "
                  "JOIN nodes n ON n.id = al.node_id WHERE g.application_id = ? AND "
                  "al.deleted = 0 AND g.status <> 'released' ORDER BY n.hostname"_s);
        q.addBindValue(applicationId);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::seedTracks(*m_store));
    }
    void cleanupTestCase() { m_store.reset(); }

    void scoresToNextYear()
    {
        ProgramRepository programs(*m_store);
        QCOMPARE(programs.programs().size(), 1);
        const ProgramInfo program = programs.programs().first();
        QCOMPARE(program.rule.capacityNodes, 12);
        QCOMPARE(program.yearStart(2), QDate(2031, 8, 1));

        // 1. Year 2's round, made from the closed year 1.
        QString error, callId;
        const QDate today = QDate::currentDate();
        NewRoundInput input{today.addDays(14), today.addDays(30)};
        QVERIFY2(programs.createRound(program.id, input, &error, &callId), qPrintable(error));
        const QList<ProgramRound> rounds = programs.rounds(program.id);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds[1].code, u"WBL-Y2"_s);
        QCOMPARE(rounds[1].stage, u"submission"_s);
        QCOMPARE(rounds[1].yearStart, QDate(2031, 8, 1));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM rubric_criteria WHERE call_id = ?"_s,
                              {callId}),
                 QVariant(2));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM panel_members WHERE call_id = ?"_s, {callId}),
                 QVariant(2));
        // Year 3 waits for year 2 to close.
        QVERIFY(!programs.createRound(program.id, input, &error));
        QVERIFY2(error.contains(u"not closed yet"_s), qPrintable(error));

        auto view = programs.roundView(callId, RankBy::Raw, &error);
        QVERIFY2(view, qPrintable(error));
        QCOMPARE(view->teams.size(), 3);
        for (const RoundTeam &t : view->teams) {
            QCOMPARE(t.requestedNodes, 4);
            QCOMPARE(t.heldNodes, 4);
            QCOMPARE(t.status, ApplicationStatus::Submitted);
        }

        // 2. The evaluation: the results go to review; reviewers score them.
        CallStageRepository stages(*m_store);
        QVERIFY2(stages.moveTo(callId, u"evaluation"_s, QString(), &error), qPrintable(error));
        auto appOf = [&](const QString &team) {
            return test::scalar(m_store->db(),
                                u"SELECT e.application_id FROM program_entries e WHERE "
                                "e.team_id = ? AND e.year = 2"_s,
                                {team})
                .toString();
        };
        const QString a = appOf(u"tm-a"_s), b = appOf(u"tm-b"_s), c = appOf(u"tm-c"_s);
        QVERIFY(test::addSubmittedReviews(*m_store, a, {92, 88}));
        QVERIFY(test::addSubmittedReviews(*m_store, b, {70, 70}));
        QVERIFY(test::addSubmittedReviews(*m_store, c, {40}));

        // 3. Shares: only at the share stage, only with every team fully reviewed.
        ProgramShareRepository shares(*m_store);
        QVERIFY(!shares.decideShares(callId, {}, RankBy::Raw, &error));
        QVERIFY2(error.contains(u"Share decision"_s), qPrintable(error));
        QVERIFY(stages.moveTo(callId, u"decision"_s, QString(), &error));
        view = programs.roundView(callId, RankBy::Raw, &error);
        QCOMPARE(view->teams[0].applicationId, a);
        QCOMPARE(view->teams[0].score.rank, 1);
        QCOMPARE(view->teams[1].applicationId, b);
        QVERIFY(view->teams[2].score.tooFewReviews);
        QVERIFY(!shares.decideShares(callId, {{a, 6, {}}, {b, 6, {}}, {c, 0, {}}}, RankBy::Raw,
                                     &error));
        QVERIFY2(error.contains(u"1 of 2 reviews"_s), qPrintable(error));
        QVERIFY(test::exec(
            *m_store,
            {u"INSERT INTO review_assignments (id, application_id, reviewer_id, status, "
             u"assigned_at) "
             "VALUES ('as-c-2', '%1', 'r2', 'accepted', 1)"_s.arg(c),
             u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status, total, "
             "submitted_at) VALUES ('rv-c-2', 'as-c-2', '%1', 'r2', 'submitted', 44, 2)"_s.arg(
                 c)}));

        // The rule: capacity 12, floor 50, 2..6 per team: A 6, B 6, C (42) nothing.
        view = programs.roundView(callId, RankBy::Raw, &error);
        QVERIFY(view->proposal.ok());
        QCOMPARE(view->teams[0].proposedNodes, 6);
        QCOMPARE(view->teams[1].proposedNodes, 6);
        QCOMPARE(view->teams[2].proposedNodes, 0);
        QVERIFY(!view->teams[2].passedFloor);

        // An adjustment needs a reason; the total stays within the capacity.
        QVERIFY(!shares.decideShares(callId, {{a, 6, {}}, {b, 5, {}}, {c, 0, {}}}, RankBy::Raw,
                                     &error));
        QVERIFY2(error.contains(u"needs a reason"_s), qPrintable(error));
        QVERIFY(!shares.decideShares(callId, {{a, 8, u"x"_s}, {b, 6, {}}, {c, 0, {}}}, RankBy::Raw,
                                     &error));
        QVERIFY2(error.contains(u"more than the program's capacity of 12"_s), qPrintable(error));
        QVERIFY2(shares.decideShares(
                     callId, {{a, 6, {}}, {b, 5, u"데이터 구축 지연으로 1노드 감축"_s}, {c, 0, {}}},
                     RankBy::Raw, &error),
                 qPrintable(error));
        view = programs.roundView(callId, RankBy::Raw, &error);
        QCOMPARE(view->teams[0].status, ApplicationStatus::Selected);
        QCOMPARE(*view->teams[1].grantedNodes, 5);
        QCOMPARE(*view->teams[1].recordedProposal, 6);
        QVERIFY(view->teams[1].decisionReason.contains(u"데이터 구축 지연"_s));
        QCOMPARE(view->teams[2].status, ApplicationStatus::Rejected);
        QVERIFY(view->teams[2].decisionReason.contains(u"floor"_s));
        QCOMPARE(view->decidedNodes, 11);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT decided_by_override FROM applications WHERE id = ?"_s, {b}),
                 QVariant(1));

        // 4. Next year on the map: own nodes first, C's nodes to A and B, the rest to the pool.
        QVERIFY(!shares.applyNextYear(*shares.planNextYear(callId, &error), &error));
        QVERIFY2(error.contains(u"allocation stage"_s), qPrintable(error));
        QVERIFY(stages.moveTo(callId, u"allocation"_s, QString(), &error));
        auto plan = shares.planNextYear(callId, &error);
        QVERIFY2(plan, qPrintable(error));
        QVERIFY(plan->plan.ok());
        QVERIFY(!plan->appliedAlready);
        QCOMPARE(plan->firstDay, QDate(2031, 8, 1));
        QCOMPARE(plan->lastDay, QDate(2032, 7, 31));
        QCOMPARE(plan->teams[0].share, 6);
        QCOMPARE(plan->plan.teams[0].kept.size(), 4);
        QCOMPARE(plan->plan.teams[0].taken.size(), 2);
        QCOMPARE(plan->plan.teams[1].taken.size(), 1);
        QCOMPARE(plan->plan.teams[2].released.size(), 4);
        QCOMPARE(plan->plan.returnedToPool.size(), 1);
        QVERIFY2(shares.applyNextYear(*plan, &error), qPrintable(error));

        QCOMPARE(hostsOf(a), (QStringList{u"n1-01"_s, u"n1-02"_s, u"n1-03"_s, u"n1-04"_s,
                                          u"n2-01"_s, u"n2-02"_s}));
        QCOMPARE(hostsOf(b),
                 (QStringList{u"n1-05"_s, u"n1-06"_s, u"n1-07"_s, u"n1-08"_s, u"n2-03"_s}));
        QVERIFY(hostsOf(c).isEmpty());
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT min(al.starts_at) FROM allocations al JOIN grants "
                              "g ON g.id = al.grant_id WHERE g.application_id = ?"_s,
                              {a}),
                 QVariant(test::seoulMidnight(2031, 8, 1)));
        // The year before is untouched: its windows end exactly where the new ones begin.
        QCOMPARE(hostsOf(u"ap-yc"_s).size(), 4);
        QCOMPARE(
            test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s, {a}),
            QVariant(u"allocated"_s));
        const QString reason =
            test::scalar(m_store->db(),
                         u"SELECT reason FROM application_status_history WHERE "
                         "application_id = ? ORDER BY changed_at DESC, rowid DESC "
                         "LIMIT 1"_s,
                         {a})
                .toString();
        QVERIFY2(reason.contains(u"4 of its own kept"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"given up by"_s), qPrintable(reason));

        // Planning again now gives the same nodes, and says so.
        plan = shares.planNextYear(callId, &error);
        QVERIFY(plan && plan->appliedAlready);
    }
};

QTEST_GUILESS_MAIN(TestProgramTrack)
#include "tst_programtrack.moc"
