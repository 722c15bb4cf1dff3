// SPDX-License-Identifier: GPL-3.0-or-later
// The data of the two reports of the tracks, checked as tables against figures worked out by
// hand and against what the views show with the same repositories: the agenda of a national
// round (its pool figures, the agenda table's decisions) before and after the ministers'
// meeting, and a program round's evaluation (the share table's total and statuses) before and
// after the shares are decided.
#include "../common/SelectionSeed.h"
#include "../common/TracksSeed.h"
#include "data/DemandImporter.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/ShareTableModel.h"
#include "reports/AgendaReportData.h"
#include "reports/EvaluationReportData.h"
#include "store/CallStageRepository.h"
#include "store/DemandRepository.h"
#include "store/ProgramShareRepository.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

QString demandId(Store &store, const QString &project)
{
    return test::scalar(store.db(),
                        u"SELECT id FROM applications WHERE call_id = 'c-np' AND title = ?"_s,
                        {project})
        .toString();
}

// The round 2031-NP1 at its deliberation: five demands (16, 6, 8, 4 and 2 nodes), the last with
// one review of two; with `decide`, the meeting approves 8 of the first, defers the medical one
// and does not approve the digital twin.
bool prepareAgenda(Store &store, const QTemporaryDir &dir, bool decide)
{
    DemandFacts d = test::quantumDemand();
    d.priority = 3;
    QString error;
    if (!DemandRepository(store).add(u"c-np"_s, d, &error))
        return false;
    const QString sheet = dir.filePath(u"demands.csv"_s);
    QFile::copy(QStringLiteral(GPUDESK_TEST_DATA "/demands-good.csv"), sheet);
    DemandImporter importer(store);
    if (!importer.commit(importer.previewFile(sheet, u"c-np"_s), u"c-np"_s, &error))
        return false;
    CallStageRepository stages(store);
    if (!stages.moveTo(u"c-np"_s, u"pre_review"_s, QString(), &error))
        return false;
    const QString found = demandId(store, u"독자 AI 파운데이션 모델"_s);
    const QString imaging = demandId(store, u"의료 영상 판독 모델"_s);
    const QString twin = demandId(store, u"교통 디지털 트윈"_s);
    if (!test::addSubmittedReviews(store, found, {92, 88}) ||
        !test::addSubmittedReviews(store, imaging, {80, 84}) ||
        !test::addSubmittedReviews(store, demandId(store, u"과학 데이터 AI 분석"_s), {70, 72}) ||
        !test::addSubmittedReviews(store, twin, {60, 50}) ||
        !test::addSubmittedReviews(store, demandId(store, u"양자 소재 시뮬레이션"_s), {75}) ||
        !stages.moveTo(u"c-np"_s, u"deliberation"_s, QString(), &error))
        return false;
    if (!decide)
        return true;
    DeliberationRepository deliberation(store);
    MeetingDecision m;
    m.nodes = 8;
    m.start = QDate(2031, 4, 1);
    m.months = 12;
    m.meetingOn = QDate(2031, 3, 12);
    m.reference = u"제21회 과학기술관계장관회의 안건 제2호"_s;
    if (!deliberation.record(found, m, &error))
        return false;
    m.outcome = MeetingDecision::Outcome::Defer;
    if (!deliberation.record(imaging, m, &error))
        return false;
    m.outcome = MeetingDecision::Outcome::Reject;
    m.meetingOn = QDate(2031, 3, 10);
    return deliberation.record(twin, m, &error);
}

// Year 2 of the program WBL at its share decision: A scored 92/88, B 70/70, C 40/44; with
// `decide`, the officer gives B one node less than the rule with a reason.
QString prepareRound(Store &store, bool decide)
{
    ProgramRepository programs(store);
    QString error, callId;
    const QDate today = QDate::currentDate();
    if (!programs.createRound(u"pg-wbl"_s, {today.addDays(14), today.addDays(30)}, &error, &callId))
        return {};
    CallStageRepository stages(store);
    if (!stages.moveTo(callId, u"evaluation"_s, QString(), &error))
        return {};
    auto appOf = [&](const QString &team) {
        return test::scalar(store.db(),
                            u"SELECT application_id FROM program_entries WHERE team_id = ? AND "
                            "year = 2"_s,
                            {team})
            .toString();
    };
    const QString a = appOf(u"tm-a"_s), b = appOf(u"tm-b"_s), c = appOf(u"tm-c"_s);
    if (!test::addSubmittedReviews(store, a, {92, 88}) ||
        !test::addSubmittedReviews(store, b, {70, 70}) ||
        !test::addSubmittedReviews(store, c, {40, 44}) ||
        !stages.moveTo(callId, u"decision"_s, QString(), &error))
        return {};
    if (decide &&
        !ProgramShareRepository(store).decideShares(
            callId, {{a, 6, {}}, {b, 5, u"GPU 활용률 미흡"_s}, {c, 0, {}}}, RankBy::Raw, &error))
        return {};
    return callId;
}

std::unique_ptr<Store> openTracks(const QTemporaryDir &dir)
{
    auto store = test::openWithReference(dir);
    if (!store)
        return store;
    store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
    return test::seedTracks(*store) ? std::move(store) : nullptr;
}

} // namespace

class TestTrackReportData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void agendaAsTheView_data()
    {
        QTest::addColumn<bool>("decide");
        // demands requested approved approvedNodes deferred notApproved open decided pending left
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QStringList>("decisions"); // in the agenda's order
        QTest::newRow("before the meeting")
            << false << QList<int>{5, 36, 0, 0, 0, 0, 5, 0, 36, 12}
            << QStringList{u"For the meeting"_s, u"For the meeting"_s, u"For the meeting"_s,
                           u"For the meeting"_s, u"Too few reviews"_s};
        QTest::newRow("after the meeting")
            << true << QList<int>{5, 36, 1, 8, 1, 1, 2, 3, 16, 4}
            << QStringList{u"Approved"_s, u"Deferred"_s, u"For the meeting"_s, u"Not approved"_s,
                           u"Too few reviews"_s};
    }
    void agendaAsTheView()
    {
        QFETCH(bool, decide);
        QFETCH(QList<int>, expected);
        QFETCH(QStringList, decisions);
        QTemporaryDir dir;
        auto store = openTracks(dir);
        QVERIFY(store);
        QVERIFY(prepareAgenda(*store, dir, decide));

        AgendaReportData d;
        QString error;
        QVERIFY2(loadAgendaReport(*store, u"2031-NP1"_s, RankBy::Raw, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.call.id, u"c-np"_s);
        QCOMPARE(d.stage, u"deliberation"_s);
        QCOMPARE(d.types.size(), 1);
        const AgendaTypeTotals &t = d.types.first();
        QCOMPARE(t.pool.poolCode, u"national-b200"_s);
        QCOMPARE(t.pool.capacityNodes, 24);
        const QList<int> got{
            t.demands,           t.requestedNodes, t.approved, t.approvedNodes,
            t.deferred,          t.notApproved,    t.open,     int(d.decided.size()),
            t.pool.pendingNodes, t.pool.left()};
        QCOMPARE(got, expected);
        QCOMPARE(d.total.requestedNodes, t.requestedNodes);
        // The pool's line of the agenda view agrees with the demands added up.
        QCOMPARE(t.approvedNodes, t.pool.approvedNodes);

        // Row for row what the agenda table shows.
        const auto agenda = DeliberationRepository(*store).agenda(u"c-np"_s, RankBy::Raw, &error);
        QVERIFY(agenda);
        AgendaTableModel model;
        model.setAgenda(*agenda);
        QCOMPARE(model.rowCount(), d.items.size());
        QStringList shown;
        int requested = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(d.items[row].applicationId, model.itemAt(row)->applicationId);
            QCOMPARE(AgendaTableModel::decisionText(d.items[row]),
                     model.index(row, AgendaTableModel::Decision).data().toString());
            shown << model.index(row, AgendaTableModel::Decision).data().toString();
            requested += model.itemAt(row)->requestedNodes;
        }
        QCOMPARE(shown, decisions);
        QCOMPARE(requested, d.total.requestedNodes);
        QCOMPARE(d.items.first().project, u"독자 AI 파운데이션 모델"_s);
        QCOMPARE(d.items.first().rank, 1);
        if (decide) {
            // By meeting date: the rejection of 10 March first.
            QCOMPARE(d.decided.first().project, u"교통 디지털 트윈"_s);
            QCOMPARE(d.decided.last().reference, u"제21회 과학기술관계장관회의 안건 제2호"_s);
        }

        // Only a national round has an agenda; an unknown code names the calls.
        QVERIFY(!loadAgendaReport(*store, u"WBL-Y1"_s, RankBy::Raw, &d, &error));
        QVERIFY2(error.contains(u"not a national-project round"_s), qPrintable(error));
        QVERIFY(!loadAgendaReport(*store, u"NOPE"_s, RankBy::Raw, &d, &error));
        QVERIFY2(error.contains(u"2031-NP1"_s), qPrintable(error));
    }

    void evaluationAsTheShareTable_data()
    {
        QTest::addColumn<bool>("decide");
        // held proposed next-year decidedTeams scoredTeams
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QStringList>(
            "teams"); // "name rank share status" (English names: the window speaks English)
        QTest::newRow("the rule's proposal")
            << false << QList<int>{12, 12, 12, 0, 3}
            << QStringList{u"Hanbit AI 1 6 Not decided"_s, u"DeepFine 2 6 Not decided"_s,
                           u"Seoul Data 3 0 Under the floor"_s};
        QTest::newRow("decided, one adjusted")
            << true << QList<int>{12, 12, 11, 3, 3}
            << QStringList{u"Hanbit AI 1 6 Decided: 6 node(s)"_s,
                           u"DeepFine 2 5 Decided: 5 node(s)"_s,
                           u"Seoul Data 3 0 Decided: no share"_s};
    }
    void evaluationAsTheShareTable()
    {
        QFETCH(bool, decide);
        QFETCH(QList<int>, expected);
        QFETCH(QStringList, teams);
        QTemporaryDir dir;
        auto store = openTracks(dir);
        QVERIFY(store);
        const QString callId = prepareRound(*store, decide);
        QVERIFY(!callId.isEmpty());

        EvaluationReportData d;
        QString error;
        QVERIFY2(loadEvaluationReport(*store, u"WBL-Y2"_s, RankBy::Raw, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.call.id, callId);
        QCOMPARE(d.round.year, 2);
        QCOMPARE(d.round.yearStart, QDate(2031, 8, 1));
        QCOMPARE(d.program.rule.capacityNodes, 12);
        QVERIFY(d.proposalError.isEmpty());
        const QList<int> got{d.heldNodes, d.proposedNodes, d.shareNodes, d.decidedTeams,
                             d.scoredTeams};
        QCOMPARE(got, expected);

        // What the share table shows: its total, and each team's share and status.
        const auto view = ProgramRepository(*store).roundView(callId, RankBy::Raw, &error);
        QVERIFY(view);
        ShareTableModel model;
        model.setView(*view, !decide);
        QCOMPARE(model.totalShare(), d.shareNodes);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            const RoundTeam &t = d.teams[row];
            QCOMPARE(model.index(row, ShareTableModel::Share).data().toString(),
                     QString::number(t.nextYearShare()));
            QCOMPARE(model.index(row, ShareTableModel::Status).data().toString(),
                     ShareTableModel::statusText(t));
            shown << u"%1 %2 %3 %4"_s.arg(t.teamName)
                         .arg(t.score.rank)
                         .arg(t.nextYearShare())
                         .arg(ShareTableModel::statusText(t));
        }
        QCOMPARE(shown, teams);
        if (decide) {
            QVERIFY2(d.teams[1].decisionReason.contains(u"GPU 활용률 미흡"_s),
                     qPrintable(d.teams[1].decisionReason));
            QVERIFY(d.teams[0].decisionReason.contains(u"As the program's rule proposes"_s));
        }

        // Only a program's round has an evaluation result.
        QVERIFY(!loadEvaluationReport(*store, u"2031-NP1"_s, RankBy::Raw, &d, &error));
        QVERIFY2(error.contains(u"not a round of a program"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrackReportData)
#include "tst_trackreportdata.moc"
