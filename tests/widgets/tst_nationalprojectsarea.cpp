// SPDX-License-Identifier: GPL-3.0-or-later
// The National projects area driven as an officer would: a demand entered and a ministry's sheet
// imported (a bad sheet refused whole), the stage steps with their confirmation and reason, the
// agenda with the pool's capacity, a decision recorded from the keyboard, the agenda exported,
// and the approved project sent to the rack map.
#include "../common/TracksSeed.h"
#include "common/ToolActions.h"
#include "itemmodels/AgendaTableModel.h"
#include "itemmodels/DemandTableModel.h"
#include "store/DemandRepository.h"
#include "tracks/AgendaView.h"
#include "tracks/CallStageBar.h"
#include "tracks/DecisionDialog.h"
#include "tracks/DemandImportDialog.h"
#include "tracks/DemandsView.h"
#include "tracks/NationalProjectsArea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestNationalProjectsArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<NationalProjectsArea> m_area;
    QStringList m_confirmations;
    QStringList m_warnings;
    int m_decisionsAsked = 0;

    QString fixture(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        QFile::remove(target);
        QFile::copy(QStringLiteral(GPUDESK_TEST_DATA "/") + name, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
    QString statusOf(const QString &project)
    {
        return test::scalar(m_store->db(), u"SELECT status FROM applications WHERE title = ?"_s,
                            {project})
            .toString();
    }
    int rowOfProject(QTableView *table, int column, const QString &project)
    {
        QAbstractItemModel *m = table->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, column).data().toString() == project)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::seedTracks(*m_store));
        m_area = std::make_unique<NationalProjectsArea>(*m_store);
        CallStageBar::Prompts stages;
        stages.confirm = [this](QWidget *, const QString &, const QString &text) {
            m_confirmations << text;
            return true;
        };
        stages.askReason = [](QWidget *, const QString &, const QString &) {
            return std::optional<QString>(u"보건복지부 추가 수요"_s);
        };
        stages.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        m_area->stageBar()->setPrompts(stages);
        new QAbstractItemModelTester(m_area->demands()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_area.get());
        new QAbstractItemModelTester(m_area->agenda()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_area.get());
        m_area->resize(1366, 700);
        m_area->show();
        m_area->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
    }
    void cleanupTestCase()
    {
        m_area.reset();
        m_store.reset();
    }

    void showsTheRoundAtItsSurvey()
    {
        QCOMPARE(m_area->roundSelector()->count(), 1);
        QCOMPARE(m_area->currentRound(), u"c-np"_s);
        QCOMPARE(m_area->tabs()->currentWidget(), m_area->demands());
        QVERIFY(m_area->stageBar()->chainLabel()->text().contains(u"<b>▶ Demand survey</b>"_s));
        QVERIFY(m_area->stageBar()->nextButton()->text().contains(u"Pre-review"_s));
        QVERIFY(!m_area->stageBar()->backButton()->isVisible());
        QVERIFY(m_area->demands()->addAction()->isEnabled());
        QVERIFY(m_area->demands()->importAction()->isEnabled());
    }

    void entersADemandFromTheKeyboard()
    {
        DemandsView *view = m_area->demands();
        DemandsView::Prompts prompts;
        prompts.askDemand = [](QWidget *, const QString &, const std::optional<DemandRow> &) {
            return std::optional<DemandFacts>(test::quantumDemand());
        };
        prompts.importSheet = [this](QWidget *parent, const QString &callId) {
            DemandImportDialog dialog(*m_store, callId, parent);
            dialog.loadFile(fixture(u"demands-good.csv"_s));
            dialog.accept();
            return dialog.imported();
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        view->setPrompts(prompts);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);
        QCOMPARE(statusOf(u"양자 소재 시뮬레이션"_s), u"submitted"_s);

        QTest::keyClick(view->table(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(view->table()->model()->rowCount(), 5);
        QVERIFY2(view->summary()->text().contains(u"5 demand(s)"_s),
                 qPrintable(view->summary()->text()));
        QVERIFY(view->summary()->text().contains(u"36 nodes (288 GPUs)"_s));
        QVERIFY(m_warnings.isEmpty());
    }

    void aBadSheetIsRefusedWhole()
    {
        DemandImportDialog dialog(*m_store, u"c-np"_s);
        dialog.loadFile(fixture(u"demands-bad.csv"_s));
        QCOMPARE(dialog.table()->rowCount(), 7);
        QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.summary()->text().contains(u"7 of the sheet's rows have problems"_s));
        QVERIFY(dialog.table()->item(0, 9)->text().contains(u"H100"_s));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM applications WHERE "
                                             "call_id = 'c-np'"_s),
                 QVariant(5));
    }

    void stepsThroughThePreReview()
    {
        CallStageBar *bar = m_area->stageBar();
        QSignalSpy said(bar, &CallStageBar::statusMessage);
        QVERIFY(bar->goNext());
        QVERIFY2(said.last().first().toString().contains(u"now at the stage Pre-review"_s),
                 qPrintable(said.last().first().toString()));
        QVERIFY(m_confirmations.last().contains(u"5 entry(ies) are checked"_s));
        QVERIFY(bar->chainLabel()->text().contains(u"<b>▶ Pre-review</b>"_s));
        QCOMPARE(statusOf(u"독자 AI 파운데이션 모델"_s), u"under_review"_s);
        QVERIFY(!m_area->demands()->addAction()->isEnabled());
        // Back, with the reason asked, and forward again.
        QVERIFY(bar->backButton()->isVisible());
        QVERIFY(bar->goBack());
        QCOMPARE(bar->stage(), u"demand_survey"_s);
        QVERIFY(bar->goNext());
        QSignalSpy open(bar, &CallStageBar::openArea);
        QTest::mouseClick(bar->findChild<QPushButton *>(u"stageOpenArea"_s), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).toString(), u"review"_s);

        for (const auto &[project, totals] :
             {std::pair{u"독자 AI 파운데이션 모델"_s, QList<double>{92, 88}},
              std::pair{u"의료 영상 판독 모델"_s, QList<double>{80, 84}},
              std::pair{u"과학 데이터 AI 분석"_s, QList<double>{70, 72}},
              std::pair{u"교통 디지털 트윈"_s, QList<double>{60, 50}}}) {
            const QString id =
                test::scalar(m_store->db(), u"SELECT id FROM applications WHERE title = ?"_s,
                             {project})
                    .toString();
            QVERIFY(test::addSubmittedReviews(*m_store, id, totals));
        }
        QVERIFY(bar->goNext());
        QCOMPARE(bar->stage(), u"deliberation"_s);
    }

    void recordsTheMeetingsDecision()
    {
        AgendaView *agenda = m_area->agenda();
        m_area->tabs()->setCurrentWidget(agenda);
        QTRY_COMPARE(agenda->table()->model()->rowCount(), 5);
        const QString pools = agenda->poolSummary()->text();
        QVERIFY2(pools.contains(u"24 nodes (192 GPUs); 12 committed, 12 left"_s),
                 qPrintable(pools));
        QCOMPARE(agenda->table()->model()->index(0, AgendaTableModel::Project).data().toString(),
                 u"독자 AI 파운데이션 모델"_s);
        QCOMPARE(agenda->table()->model()->index(0, AgendaTableModel::Score).data().toString(),
                 u"90.0"_s);

        AgendaView::Prompts prompts;
        prompts.askDecision = [this](QWidget *, const AgendaItem &item, int maxMonths,
                                     const MeetingDecision &) {
            ++m_decisionsAsked;
            MeetingDecision d;
            d.outcome = MeetingDecision::Outcome::Approve;
            d.nodes = qMin(item.requestedNodes, 8);
            d.start = item.start;
            d.months = qMin(item.months, maxMonths);
            d.meetingOn = QDate(2031, 3, 12);
            d.reference = u"제21회 과학기술관계장관회의 안건 제2호"_s;
            return std::optional<MeetingDecision>(d);
        };
        prompts.askExportPath = [this](QWidget *, const QString &) {
            return m_dir.filePath(u"agenda.csv"_s);
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        // Before the meeting: the officer proposes, through the real dialog, which wants a reason.
        bool proposalNeedsReason = false;
        prompts.askProposal = [&](QWidget *, const AgendaItem &item, int maxMonths) {
            DecisionDialog dialog(DecisionDialog::Mode::Proposal, item, maxMonths, {});
            proposalNeedsReason = !dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog.nodes()->setValue(6);
            dialog.note()->setPlainText(u"사전 검토 1위, 풀 잔여 고려"_s); // keyClicks is ASCII only
            return dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled()
                       ? std::optional<DemandProposal>(dialog.proposal())
                       : std::nullopt;
        };
        agenda->setPrompts(prompts);
        selectOnlyRow(agenda->table(), 0);
        agenda->table()->setFocus();
        QVERIFY(agenda->proposeAction()->isEnabled());
        QTest::keyClick(agenda->table(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(proposalNeedsReason);
        QTRY_VERIFY(agenda->table()
                        ->model()
                        ->index(0, AgendaTableModel::Proposed)
                        .data()
                        .toString()
                        .startsWith(u"Approve 6 node"_s));
        QCOMPARE(agenda->table()->model()->index(0, AgendaTableModel::Proposed).data(
                     Qt::ToolTipRole),
                 QVariant(u"Proposed by 김서연: 사전 검토 1위, 풀 잔여 고려"_s));
        QCOMPARE(statusOf(u"독자 AI 파운데이션 모델"_s), u"under_review"_s);
        selectOnlyRow(agenda->table(), 0);
        QVERIFY(agenda->decideAction()->isEnabled());
        QTest::keyClick(agenda->table(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_decisionsAsked, 1);
        QTRY_COMPARE(statusOf(u"독자 AI 파운데이션 모델"_s), u"selected"_s);
        QTRY_VERIFY(
            agenda->table()->model()->index(0, AgendaTableModel::Decision).data().toString() ==
            u"Approved"_s);
        QCOMPARE(agenda->table()->model()->index(0, AgendaTableModel::Approved).data().toString(),
                 u"8"_s);
        QVERIFY(agenda->poolSummary()->text().contains(u"20 committed, 4 left"_s));
        QVERIFY(agenda->table()
                    ->model()
                    ->index(0, AgendaTableModel::Proposed)
                    .data()
                    .toString()
                    .startsWith(u"Approve 6 node"_s));
        QVERIFY(!agenda->proposeAction()->isEnabled()); // decided: no more proposals

        agenda->exportAgenda();
        QFile csv(m_dir.filePath(u"agenda.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(
            QString::fromUtf8(csv.readAll()).contains(u"제21회 과학기술관계장관회의 안건 제2호"_s));
        QVERIFY(m_warnings.isEmpty());
    }

    void sendsTheApprovedProjectToTheMap()
    {
        QVERIFY(m_area->stageBar()->goNext());
        AgendaView *agenda = m_area->agenda();
        QTRY_VERIFY(!agenda->decideAction()->isEnabled() ||
                    agenda->table()->selectionModel()->selectedRows().isEmpty());
        const int row =
            rowOfProject(agenda->table(), AgendaTableModel::Project, u"독자 AI 파운데이션 모델"_s);
        selectOnlyRow(agenda->table(), row);
        QVERIFY(!agenda->decideAction()->isEnabled()); // decisions belong to the deliberation
        QVERIFY(agenda->showOnMapAction()->isEnabled());
        QSignalSpy spy(m_area.get(), &NationalProjectsArea::showOnRackMap);
        agenda->showOnMapAction()->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(),
                 test::scalar(m_store->db(), u"SELECT id FROM applications WHERE title = ?"_s,
                              {u"독자 AI 파운데이션 모델"_s})
                     .toString());
    }
};

QTEST_MAIN(TestNationalProjectsArea)
#include "tst_nationalprojectsarea.moc"
