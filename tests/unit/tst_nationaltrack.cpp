// SPDX-License-Identifier: GPL-3.0-or-later
// A national-project round from survey to allocated nodes, through the stores the GUI uses:
// demands entered and imported, the stage steps (and what entering the pre-review does), the
// expert scores, the agenda against the national pool, the meeting's decisions with history and
// audit, and the approved project placed on the rack map inside the national pool only.
#include "../common/TracksSeed.h"
#include "data/DemandImporter.h"
#include "rules/Placement.h"
#include "store/AllocationRepository.h"
#include "store/ApplicationRepository.h"
#include "store/CallStageRepository.h"
#include "store/DeliberationRepository.h"
#include "store/DemandRepository.h"
#include "store/FleetRepository.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestNationalTrack : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString idOf(const QString &project)
    {
        return test::scalar(m_store->db(),
                            u"SELECT id FROM applications WHERE call_id = 'c-np' AND title = ?"_s,
                            {project})
            .toString();
    }
    QString statusOf(const QString &id)
    {
        return test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s, {id})
            .toString();
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

    void surveyToAllocation()
    {
        // 1. The survey: one demand by hand, a ministry's sheet imported whole.
        DemandRepository demands(*m_store);
        DemandFacts d = test::quantumDemand();
        d.priority = 3;
        QString error;
        QVERIFY2(demands.add(u"c-np"_s, d, &error), qPrintable(error));
        const QString sheet = m_dir.filePath(u"demands-good.csv"_s);
        QVERIFY(QFile::copy(QStringLiteral(GPUDESK_TEST_DATA "/demands-good.csv"), sheet));
        DemandImporter importer(*m_store);
        const DemandPreview preview = importer.previewFile(sheet, u"c-np"_s);
        QVERIFY2(importer.commit(preview, u"c-np"_s, &error), qPrintable(error));
        QCOMPARE(demands.demands(u"c-np"_s).size(), 5);

        // 2. Stages: no skipping; the pre-review takes the demands into review.
        CallStageRepository stages(*m_store);
        QVERIFY(!stages.moveTo(u"c-np"_s, u"deliberation"_s, QString(), &error));
        QVERIFY2(error.contains(u"Cannot skip"_s), qPrintable(error));
        QVERIFY(stages.consequences(u"c-np"_s, u"pre_review"_s).contains(u"5 entry(ies)"_s));
        QString done;
        QVERIFY2(stages.moveTo(u"c-np"_s, u"pre_review"_s, QString(), &error, &done),
                 qPrintable(error));
        QVERIFY2(done.contains(u"5 went to review"_s), qPrintable(done));
        for (const DemandRow &row : demands.demands(u"c-np"_s))
            QCOMPARE(row.status, ApplicationStatus::UnderReview);
        // Going back needs a reason, and comes back.
        QVERIFY(!stages.moveTo(u"c-np"_s, u"demand_survey"_s, u" "_s, &error));
        QVERIFY(
            stages.moveTo(u"c-np"_s, u"demand_survey"_s, u"보건복지부 추가 수요 접수"_s, &error));
        QVERIFY(stages.moveTo(u"c-np"_s, u"pre_review"_s, QString(), &error));
        QCOMPARE(stages.history(u"c-np"_s).size(), 3);
        QCOMPARE(stages.history(u"c-np"_s)[1].reason, u"보건복지부 추가 수요 접수"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log WHERE "
                                             "action = 'stage_change' AND entity_id = 'c-np'"_s),
                 QVariant(3));

        // 3. The experts' pre-review (the reviewer machinery), two reviews each.
        const QString found = idOf(u"독자 AI 파운데이션 모델"_s);
        const QString science = idOf(u"과학 데이터 AI 분석"_s);
        const QString imaging = idOf(u"의료 영상 판독 모델"_s);
        const QString twin = idOf(u"교통 디지털 트윈"_s);
        const QString quantum = idOf(u"양자 소재 시뮬레이션"_s);
        QVERIFY(test::addSubmittedReviews(*m_store, found, {92, 88}));
        QVERIFY(test::addSubmittedReviews(*m_store, imaging, {80, 84}));
        QVERIFY(test::addSubmittedReviews(*m_store, science, {70, 72}));
        QVERIFY(test::addSubmittedReviews(*m_store, twin, {60, 50}));
        QVERIFY(test::addSubmittedReviews(*m_store, quantum, {75}));
        QVERIFY(stages.moveTo(u"c-np"_s, u"deliberation"_s, QString(), &error));

        // 4. The agenda: ranked by the pre-review, against the national pool.
        DeliberationRepository deliberation(*m_store);
        auto agenda = deliberation.agenda(u"c-np"_s, RankBy::Raw, &error);
        QVERIFY2(agenda, qPrintable(error));
        QCOMPARE(agenda->items.size(), 5);
        QCOMPARE(agenda->items[0].applicationId, found);
        QCOMPARE(agenda->items[0].rank, 1);
        QCOMPARE(*agenda->items[0].score, 90.0);
        QCOMPARE(agenda->items[0].ministry,
                 u"Ministry of Science and ICT"_s); // the window speaks English
        QCOMPARE(agenda->items[1].applicationId, imaging);
        QCOMPARE(agenda->items.last().applicationId, quantum); // one review of two: not ranked
        QCOMPARE(agenda->items.last().rank, 0);
        QCOMPARE(agenda->pools.size(), 1);
        const AgendaPool &pool = agenda->pools.first();
        QCOMPARE(pool.poolCode, u"national-b200"_s);
        QCOMPARE(pool.capacityNodes, 24);
        QCOMPARE(pool.committedNodes, 12); // the program's three teams
        QCOMPARE(pool.pendingNodes, 16 + 6 + 8 + 4 + 2);
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(deliberation.writeAgendaCsv(&csv, *agenda, &error));
        QVERIFY(QString::fromUtf8(csv.data()).contains(u"독자 AI 파운데이션 모델"_s));

        // 4b. The officer's proposals for the meeting, from the pre-review results.
        DemandProposal proposal;
        proposal.outcome = MeetingDecision::Outcome::Approve;
        proposal.nodes = 17; // more than the 16 asked for
        proposal.start = QDate(2031, 4, 1);
        proposal.months = 12;
        proposal.reason = u"사전 검토 1위(90.0점); 국가 풀 잔여 12노드"_s;
        QVERIFY(!deliberation.propose(found, proposal, &error));
        QVERIFY2(error.contains(u"approve between 1 and 16"_s), qPrintable(error));
        proposal.nodes = 8;
        DemandProposal noReason = proposal;
        noReason.reason = u" "_s;
        QVERIFY(!deliberation.propose(found, noReason, &error));
        QVERIFY2(error.contains(u"reason"_s), qPrintable(error));
        QVERIFY2(deliberation.propose(found, proposal, &error), qPrintable(error));
        DemandProposal deferTwin;
        deferTwin.outcome = MeetingDecision::Outcome::Defer;
        deferTwin.reason = u"점수 하위; 다음 회의에서 재검토"_s;
        QVERIFY2(deliberation.propose(twin, deferTwin, &error), qPrintable(error));
        // A second proposal replaces the first; the status does not move.
        proposal.months = 9;
        QVERIFY2(deliberation.propose(found, proposal, &error), qPrintable(error));
        QCOMPARE(statusOf(found), u"under_review"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM proposed_decisions"_s).toInt(),
                 2);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log WHERE action = "
                                             "'decision_proposal'"_s)
                     .toInt(),
                 3);
        agenda = deliberation.agenda(u"c-np"_s, RankBy::Raw, &error);
        QVERIFY2(agenda, qPrintable(error));
        QVERIFY(agenda->items[0].proposal);
        QCOMPARE(agenda->items[0].proposal->nodes, 8);
        QCOMPARE(agenda->items[0].proposal->months, 9);
        QCOMPARE(agenda->items[0].proposal->proposedBy, u"김서연"_s);
        const QString text = DeliberationRepository::proposalText(*agenda->items[0].proposal);
        QVERIFY2(text.startsWith(u"Approve 8 node"_s) && text.endsWith(u"2031-04-01 – 2031-12-31"_s),
                 qPrintable(text));
        QVERIFY(!agenda->items[1].proposal); // imaging: none yet
        QBuffer proposedCsv;
        QVERIFY(proposedCsv.open(QIODevice::WriteOnly));
        QVERIFY(deliberation.writeAgendaCsv(&proposedCsv, *agenda, &error));
        QVERIFY(QString::fromUtf8(proposedCsv.data()).contains(proposal.reason));

        // 5. The meeting's decisions.
        MeetingDecision approve;
        approve.outcome = MeetingDecision::Outcome::Approve;
        approve.nodes = 16;
        approve.start = QDate(2031, 4, 1);
        approve.months = 12;
        approve.meetingOn = QDate(2031, 3, 12);
        approve.reference = u"제21회 과학기술관계장관회의 안건 제2호"_s;
        // More than the pool has left (24 - 12 = 12) is refused, as is a missing reference.
        QVERIFY(!deliberation.record(found, approve, &error));
        QVERIFY2(error.contains(u"has 12 nodes left"_s), qPrintable(error));
        approve.nodes = 8;
        MeetingDecision noReference = approve;
        noReference.reference = u"  "_s;
        QVERIFY(!deliberation.record(found, noReference, &error));
        QVERIFY2(error.contains(u"reference"_s), qPrintable(error));
        QVERIFY2(deliberation.record(found, approve, &error), qPrintable(error));
        QCOMPARE(statusOf(found), u"selected"_s);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT granted_nodes FROM applications WHERE id = ?"_s, {found}),
                 QVariant(8));

        // The meeting decided otherwise than proposed: both stay, each as it was.
        QVERIFY(!deliberation.propose(found, proposal, &error));
        QVERIFY2(error.contains(u"pre-review or deferred"_s), qPrintable(error));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT months FROM proposed_decisions WHERE application_id = ?"_s,
                              {found}),
                 QVariant(9));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT months FROM track_decisions WHERE application_id = ?"_s,
                              {found}),
                 QVariant(12));

        MeetingDecision defer = approve;
        defer.outcome = MeetingDecision::Outcome::Defer;
        QVERIFY2(deliberation.record(imaging, defer, &error), qPrintable(error));
        QCOMPARE(statusOf(imaging), u"waitlisted"_s);
        MeetingDecision reject = approve;
        reject.outcome = MeetingDecision::Outcome::Reject;
        reject.note = u"부처 자체 자원으로 수행 가능"_s;
        QVERIFY2(deliberation.record(twin, reject, &error), qPrintable(error));
        QCOMPARE(statusOf(twin), u"rejected"_s);
        const QList<HistoryEntry> history = ApplicationRepository(*m_store).history(twin);
        QVERIFY(history.last().reason.contains(u"2031-03-12"_s));
        QVERIFY(history.last().reason.contains(u"부처 자체 자원으로 수행 가능"_s));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM audit_log WHERE action = "
                              "'status_change' AND entity_id = ?"_s,
                              {twin}),
                 QVariant(3)); // screening, review, the decision
        agenda = deliberation.agenda(u"c-np"_s, RankBy::Raw, &error);
        QCOMPARE(agenda->items[0].decidedOn, QDate(2031, 3, 12));
        QCOMPARE(agenda->items[0].approvedStart, QDate(2031, 4, 1));
        QCOMPARE(agenda->pools.first().approvedNodes, 8);
        QCOMPARE(agenda->pools.first().left(), 4);

        // Decisions belong to the deliberation stage.
        QVERIFY(stages.moveTo(u"c-np"_s, u"allocation"_s, QString(), &error));
        QVERIFY(!deliberation.record(science, approve, &error));
        QVERIFY2(error.contains(u"Deliberation and decision"_s), qPrintable(error));

        // 6. The approved project waits on the rack map, in the national pool, for its period.
        FleetSnapshot fleet;
        FleetBookings bookings;
        FleetRepository fleets(*m_store);
        QVERIFY(fleets.loadFleet(&fleet, &error));
        QVERIFY(fleets.loadBookings(fleet, &bookings, &error));
        const auto project = fleets.projectToPlace(fleet, bookings, found);
        QVERIFY(project);
        QCOMPARE(project->nodesToGrant, 8);
        QCOMPARE(fleet.pools[project->pool].code, u"national-b200"_s);
        QCOMPARE(project->defaultStart, test::seoulMidnight(2031, 4, 1));
        QCOMPARE(project->defaultEnd, test::seoulMidnight(2032, 4, 1));
        QVERIFY(!fleets.projectToPlace(fleet, bookings, imaging)); // deferred: nothing to place

        // A node of the open-call pool is refused; the suggestion stays in the national pool.
        AllocationRepository allocations(*m_store);
        const Placement wrong{{fleet.nodeById.value(test::tracksNode(u"o1-01"_s))},
                              project->defaultStart,
                              project->defaultEnd};
        QVERIFY(!allocations.setPlacement(found, wrong, QString(), &error));
        QVERIFY2(error.contains(u"draws on pool national-b200"_s), qPrintable(error));
        const Suggestion s = suggestPlacement(fleet, bookings, placementRequest(*project));
        QVERIFY2(s.ok, qPrintable(s.refusal));
        for (int n : s.nodes)
            QCOMPARE(fleet.pools[fleet.nodes[n].pool].code, u"national-b200"_s);
        QVERIFY2(allocations.setPlacement(found,
                                          {s.nodes, project->defaultStart, project->defaultEnd},
                                          QString(), &error),
                 qPrintable(error));
        QCOMPARE(statusOf(found), u"allocated"_s);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM allocations al JOIN grants g ON "
                              "g.id = al.grant_id WHERE g.application_id = ? AND "
                              "al.deleted = 0"_s,
                              {found}),
                 QVariant(8));
        agenda = deliberation.agenda(u"c-np"_s, RankBy::Raw, &error);
        QCOMPARE(agenda->items[0].placedNodes, 8);
        // Holding nodes, it cannot be decided again.
        QVERIFY(stages.moveTo(u"c-np"_s, u"deliberation"_s, u"추가 의결"_s, &error));
        QVERIFY(!deliberation.record(found, defer, &error));
        QVERIFY2(error.contains(u"already holds nodes"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNationalTrack)
#include "tst_nationaltrack.moc"
