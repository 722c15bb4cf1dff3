// SPDX-License-Identifier: GPL-3.0-or-later
// The Programs area driven as an officer would: the share rule changed with a reason, a new
// yearly round opened, the evaluation's scores turned into the rule's proposal, one share adjusted
// (refused until it has a reason), the shares decided after a confirmation, and next year applied
// to the map with the nodes a team gives up going to the others.
#include "../common/TracksSeed.h"
#include "itemmodels/NextYearModel.h"
#include "itemmodels/ShareTableModel.h"
#include "tracks/CallStageBar.h"
#include "tracks/NextYearView.h"
#include "tracks/ProgramsArea.h"
#include "tracks/RuleDialog.h"
#include "tracks/SharesView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestProgramsArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProgramsArea> m_area;
    QStringList m_confirmations;
    QStringList m_warnings;

    QString appOf(const QString &team)
    {
        return test::scalar(m_store->db(),
                            u"SELECT application_id FROM program_entries WHERE "
                            "team_id = ? AND year = 2"_s,
                            {team})
            .toString();
    }
    int rowOf(QAbstractItemModel *m, const QString &team)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, ShareTableModel::Team).data().toString() == team)
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
        m_area = std::make_unique<ProgramsArea>(*m_store);
        auto confirm = [this](QWidget *, const QString &, const QString &text) {
            m_confirmations << text;
            return true;
        };
        auto warn = [this](QWidget *, const QString &, const QString &text) { m_warnings << text; };
        CallStageBar::Prompts stages;
        stages.confirm = confirm;
        stages.warn = warn;
        stages.askReason = [](QWidget *, const QString &, const QString &) {
            return std::optional<QString>(u"late"_s);
        };
        m_area->stageBar()->setPrompts(stages);
        m_area->shares()->setPrompts({confirm, warn});
        m_area->nextYear()->setPrompts({confirm, warn});
        new QAbstractItemModelTester(m_area->shares()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_area.get());
        new QAbstractItemModelTester(m_area->nextYear()->table()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_area.get());
        m_area->resize(1366, 700);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    }
    void cleanupTestCase()
    {
        m_area.reset();
        m_store.reset();
    }

    void showsTheProgramAndItsRule()
    {
        QCOMPARE(m_area->programSelector()->count(), 1);
        QCOMPARE(m_area->roundSelector()->count(), 1);
        QVERIFY(m_area->ruleLabel()->text().contains(u"12 nodes a year"_s));

        // The rule dialog wants a reason before it changes anything.
        RuleDialog dialog(u"WBL"_s, {12, 50, 2, 6});
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.findChild<QPlainTextEdit *>(u"ruleReason"_s)->setPlainText(u"예산 반영"_s);
        QVERIFY(dialog.okButton()->isEnabled());

        ProgramsArea::Prompts prompts;
        prompts.askRule = [](QWidget *, const QString &, const ShareRule &rule) {
            ShareRule r = rule;
            r.capacityNodes = 13;
            return std::optional<ProgramsArea::RuleAnswer>({r, u"추가 예산 확보"_s});
        };
        prompts.askRound = [](QWidget *, const NewRound &defaults) {
            return std::optional<NewRound>(defaults);
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        m_area->setPrompts(prompts);
        m_area->editRule();
        QVERIFY(m_area->ruleLabel()->text().contains(u"13 nodes a year"_s));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM audit_log WHERE action = "
                                             "'rule_change'"_s),
                 QVariant(1));
        // Back to 12 for the rest.
        QVERIFY(test::exec(*m_store, {u"UPDATE programs SET capacity_nodes = 12"_s}));
    }

    void opensYearTwoAndScoresIt()
    {
        m_area->newRound();
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
        QTRY_COMPARE(m_area->roundSelector()->count(), 2);
        QCOMPARE(m_area->roundSelector()->currentText(), u"Year 2 · WBL-Y2"_s);
        CallStageBar *bar = m_area->stageBar();
        QCOMPARE(bar->stage(), u"submission"_s);
        QVERIFY(bar->goNext());
        QVERIFY(m_confirmations.last().contains(u"3 entry(ies)"_s));
        QVERIFY(test::addSubmittedReviews(*m_store, appOf(u"tm-a"_s), {92, 88}));
        QVERIFY(test::addSubmittedReviews(*m_store, appOf(u"tm-b"_s), {70, 70}));
        QVERIFY(test::addSubmittedReviews(*m_store, appOf(u"tm-c"_s), {40, 44}));
        QVERIFY(bar->goNext());
        QCOMPARE(bar->stage(), u"decision"_s);
    }

    void decidesTheShares()
    {
        SharesView *shares = m_area->shares();
        QAbstractItemModel *m = shares->table()->model();
        QTRY_COMPARE(m->rowCount(), 3);
        const int b =
            rowOf(m, u"DeepFine"_s) >= 0 ? rowOf(m, u"DeepFine"_s) : rowOf(m, u"딥파인 팀"_s);
        QVERIFY(b >= 0);
        QCOMPARE(m->index(b, ShareTableModel::Proposed).data().toString(), u"6"_s);
        QVERIFY(shares->decideAction()->isEnabled());
        // One node less for B, first without a reason: refused, nothing written.
        QVERIFY(m->setData(m->index(b, ShareTableModel::Share), 5));
        QVERIFY(shares->summary()->text().contains(u"11 of the program's 12 nodes"_s));
        shares->decideShares();
        QVERIFY(m_warnings.last().contains(u"Write why"_s));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s,
                              {appOf(u"tm-b"_s)}),
                 QVariant(u"under_review"_s));
        QVERIFY(m->setData(m->index(b, ShareTableModel::Reason), u"데이터 구축 지연"_s));
        shares->table()->setFocus();
        QTest::keyClick(shares->table(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_confirmations.last().contains(u"Decide next year's shares for year 2"_s));
        QTRY_COMPARE(test::scalar(m_store->db(),
                                  u"SELECT granted_nodes FROM applications WHERE id = ?"_s,
                                  {appOf(u"tm-b"_s)}),
                     QVariant(5));
        QCOMPARE(test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s,
                              {appOf(u"tm-c"_s)}),
                 QVariant(u"rejected"_s));
    }

    void appliesNextYearToTheMap()
    {
        QVERIFY(m_area->stageBar()->goNext());
        QCOMPARE(m_area->tabs()->currentWidget(), m_area->nextYear());
        NextYearView *next = m_area->nextYear();
        QTRY_COMPARE(next->table()->model()->rowCount(), 3);
        QVERIFY2(next->summary()->text().contains(u"3 handed from team to team"_s),
                 qPrintable(next->summary()->text()));
        QVERIFY(next->applyAction()->isEnabled());
        next->applyPlan();
        QVERIFY(
            m_confirmations.last().contains(u"Allocate year 2 from 2031-08-01 to 2032-07-31"_s));
        QTRY_COMPARE(test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s,
                                  {appOf(u"tm-a"_s)}),
                     QVariant(u"allocated"_s));
        QTRY_VERIFY(next->summary()->text().contains(u"The plan is on the map"_s));
        QVERIFY(!next->applyAction()->isEnabled());
        QVERIFY(m_warnings.size() == 1); // only the missing reason earlier
    }
};

QTEST_MAIN(TestProgramsArea)
#include "tst_programsarea.moc"
