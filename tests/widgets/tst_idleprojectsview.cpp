// SPDX-License-Identifier: GPL-3.0-or-later
// The idle projects view on two running projects fed by fake busy days: flagged first, the
// evidence chart (idle days, days without data, the threshold, the shaded run), search and
// sorting, the action buttons following the selection, and a reclaim and a reduction driven
// through the real reason dialog down to the store.
#include "../common/ChecksSeed.h"
#include "../common/FakeBusyDays.h"
#include "common/SearchLineEdit.h"
#include "review/ReasonDialog.h"
#include "usage/IdleEvidenceChart.h"
#include "usage/IdleProjectsView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

// Answers the next reason dialog once it is on screen: `fill` sets it up, then OK is clicked.
void answerReasonDialog(const std::function<void(ReasonDialog *)> &fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    timer->start();
}

QString status(Store &store, const QString &app)
{
    return test::scalar(store.db(), u"SELECT status FROM applications WHERE id = ?"_s, {app})
        .toString();
}

} // namespace

class TestIdleProjectsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    test::FakeBusyDays m_usage;
    QDate m_asOf;
    QStringList m_confirmed;
    QStringList m_warnings;

    // The view on c-r1 and m_asOf, with the real reason dialog and the confirmations answered
    // (and recorded) here.
    std::unique_ptr<IdleProjectsView> makeView(bool confirm = true)
    {
        auto view = std::make_unique<IdleProjectsView>(*m_store, &m_usage);
        IdleProjectsView::Prompts prompts = IdleProjectsView::defaultPrompts();
        m_confirmed.clear();
        m_warnings.clear();
        prompts.confirm = [this, confirm](QWidget *, const QString &, const QString &text) {
            m_confirmed << text;
            return confirm;
        };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            m_warnings << text;
        };
        view->setPrompts(prompts);
        view->resize(1280, 760);
        view->setCall(u"c-r1"_s);
        view->setAsOf(m_asOf);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("the view was not exposed");
        view->refresh();
        return view;
    }

    int row(IdleProjectsView &view, const QString &code)
    {
        for (int r = 0; r < view.proxy()->rowCount(); ++r) {
            if (view.proxy()->index(r, IdleProjectsView::Code).data().toString() == code)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    // R1-0102 idle (5%) for the last 20 days with one day missing 16 days ago, so only its last
    // 15 days form a run; R1-0101 busy at 80%.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithRunningProjects(*m_dir);
        QVERIFY(m_store);
        m_asOf = PerformanceCheckRepository::defaultAsOf(Store::nowMs());
        m_usage.days.clear();
        m_usage.failing.clear();
        QList<double> idle(20, 0.05);
        idle[4] = -1;
        m_usage.addRun(u"ap-b2"_s, m_asOf.addDays(-19), idle);
        m_usage.addDays(u"ap-b"_s, m_asOf, 20, 0.8);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void listsFlaggedFirstWithEvidence();
    void searchAndSort();
    void buttonsFollowSelection();
    void reclaimThroughDialog();
    void reduceThroughDialog();
    void cancelledConfirmationWritesNothing();
};

void TestIdleProjectsView::listsFlaggedFirstWithEvidence()
{
    auto view = makeView();
    QAbstractItemModelTester tester(view->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->asOf(), m_asOf);
    QCOMPARE(view->proxy()->rowCount(), 2);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::Code).data().toString(), u"R1-0102"_s);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::Finding).data().toString(), u"Flagged"_s);
    QCOMPARE(view->proxy()->index(1, IdleProjectsView::Finding).data().toString(),
             u"Not flagged"_s);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::MeanBusy).data().toString(), u"5.0 %"_s);
    QVERIFY(
        view->proxy()->index(0, IdleProjectsView::MeanBusy).data(Qt::TextAlignmentRole).toInt() &
        Qt::AlignRight);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::CurrentRun).data().toString(),
             u"15 day(s)"_s);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::Source).data().toString(),
             u"Engine activity"_s);
    QVERIFY2(view->summary()->text().startsWith(u"1 of 2 project(s) flagged"_s),
             qPrintable(view->summary()->text()));

    // The chart of the flagged project: 19 idle days, the missing one and those before the
    // data began shown as no data (not as 0%), the threshold, the run shaded.
    QVERIFY(view->selectProject(u"ap-b2"_s));
    const IdleEvidenceChart::Facts facts = view->chart()->facts();
    QCOMPARE(facts.idleDays, 19);
    QCOMPARE(facts.busyDays, 0);
    const int shown = int(view->currentProject()->from.daysTo(m_asOf)) + 1;
    QCOMPARE(facts.noDataDays, shown - 19);
    QVERIFY(facts.noDataDays >= 1);
    QCOMPARE(facts.thresholdPercent, 30.0);
    QVERIFY(facts.runShaded);
    QVERIFY(view->chart()->accessibleDescription().contains(u"19 idle"_s));

    QVERIFY(view->selectProject(u"ap-b"_s));
    QCOMPARE(view->chart()->facts().busyDays, 20);
    QVERIFY(!view->chart()->facts().runShaded);
}

void TestIdleProjectsView::searchAndSort()
{
    auto view = makeView();
    view->searchEdit()->setFocus();
    QTest::keyClicks(view->searchEdit(), u"0101"_s);
    QTRY_COMPARE(view->proxy()->rowCount(), 1);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::Code).data().toString(), u"R1-0101"_s);
    view->searchEdit()->clear();
    QTRY_COMPARE(view->proxy()->rowCount(), 2);

    // Sorting by mean busy, descending: the busy project first.
    view->table()->sortByColumn(IdleProjectsView::MeanBusy, Qt::DescendingOrder);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::Code).data().toString(), u"R1-0101"_s);
    view->table()->sortByColumn(IdleProjectsView::MeanBusy, Qt::AscendingOrder);
    QCOMPARE(view->proxy()->index(0, IdleProjectsView::Code).data().toString(), u"R1-0102"_s);
}

void TestIdleProjectsView::buttonsFollowSelection()
{
    auto view = makeView();
    view->table()->setCurrentIndex({});
    for (CheckOutcome o : {CheckOutcome::Warning, CheckOutcome::Reduction, CheckOutcome::Reclaim,
                           CheckOutcome::Cleared})
        QVERIFY(!view->button(o)->isEnabled());
    QTest::mouseClick(
        view->table()->viewport(), Qt::LeftButton, {},
        view->table()->visualRect(view->proxy()->index(row(*view, u"R1-0102"_s), 0)).center());
    QCOMPARE(view->currentProject()->code, u"R1-0102"_s);
    for (CheckOutcome o : {CheckOutcome::Warning, CheckOutcome::Reduction, CheckOutcome::Reclaim,
                           CheckOutcome::Cleared})
        QVERIFY(view->button(o)->isEnabled());
}

void TestIdleProjectsView::reclaimThroughDialog()
{
    auto view = makeView();
    QVERIFY(view->selectProject(u"ap-b2"_s));
    QSignalSpy messages(view.get(), &IdleProjectsView::statusMessage);
    bool okWasDisabled = false;
    answerReasonDialog([&](ReasonDialog *dialog) {
        okWasDisabled = !dialog->okButton()->isEnabled(); // no reason, no reclaim
        QVERIFY(!dialog->findChild<QSpinBox *>());        // a reclaim takes every node
        // Korean text cannot be typed key by key in QTest; pasted, as an input method would.
        dialog->reasonEdit()->setPlainText(u"14일 이상 사용률 5%"_s);
    });
    QTest::mouseClick(view->button(CheckOutcome::Reclaim), Qt::LeftButton);

    QVERIFY(okWasDisabled);
    QCOMPARE(m_confirmed.size(), 1);
    QVERIFY2(m_confirmed.first().contains(u"Reclaim R1-0102"_s), qPrintable(m_confirmed.first()));
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    QCOMPARE(status(*m_store, u"ap-b2"_s), u"reclaimed"_s);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT outcome || ' ' || reason FROM "
                                         "performance_checks WHERE application_id = 'ap-b2'"_s)
                 .toString(),
             u"reclaim 14일 이상 사용률 5%"_s);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(u"2 node(s) released"_s));

    // Still listed, as reclaimed, with its check in the history and no action left.
    QCOMPARE(view->currentProject()->applicationId, u"ap-b2"_s);
    QCOMPARE(view->currentProject()->status, ApplicationStatus::Reclaimed);
    QCOMPARE(view->historyTable()->rowCount(), 1);
    QCOMPARE(view->historyTable()->item(0, 1)->text(), u"Reclaim"_s);
    QCOMPARE(view->historyTable()->item(0, 4)->text(), u"a2-01, a2-02"_s);
    QVERIFY(!view->button(CheckOutcome::Reclaim)->isEnabled());
    QVERIFY(!view->button(CheckOutcome::Warning)->isEnabled());
}

void TestIdleProjectsView::reduceThroughDialog()
{
    auto view = makeView();
    QVERIFY(view->selectProject(u"ap-b"_s));
    answerReasonDialog([&](ReasonDialog *dialog) {
        auto *spin = dialog->findChild<QSpinBox *>(u"releaseNodesSpin"_s);
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 3); // at least one node stays
        spin->setValue(2);
        dialog->reasonEdit()->setPlainText(u"절반만 사용"_s);
    });
    QTest::mouseClick(view->button(CheckOutcome::Reduction), Qt::LeftButton);
    QCOMPARE(m_confirmed.size(), 1);
    QVERIFY2(m_confirmed.first().contains(u"Release 2 node(s) of R1-0101"_s),
             qPrintable(m_confirmed.first()));
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    QCOMPARE(status(*m_store, u"ap-b"_s), u"active"_s);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT nodes FROM grants WHERE application_id = "
                                         "'ap-b' AND status <> 'released'"_s)
                 .toInt(),
             2);
    QCOMPARE(view->currentProject()->nodes, 2);
    QCOMPARE(view->historyTable()->item(0, 4)->text(), u"a1-03, a1-04"_s);
    // Two nodes left: one more may still go.
    QVERIFY(view->button(CheckOutcome::Reduction)->isEnabled());
}

void TestIdleProjectsView::cancelledConfirmationWritesNothing()
{
    auto view = makeView(false);
    QVERIFY(view->selectProject(u"ap-b2"_s));
    answerReasonDialog(
        [](ReasonDialog *dialog) { QTest::keyClicks(dialog->reasonEdit(), u"idle"_s); });
    QTest::mouseClick(view->button(CheckOutcome::Reclaim), Qt::LeftButton);
    QCOMPARE(m_confirmed.size(), 1);
    QCOMPARE(status(*m_store, u"ap-b2"_s), u"active"_s);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM performance_checks"_s).toInt(), 0);

    // A warning needs no confirmation: the reason is the whole act.
    answerReasonDialog([](ReasonDialog *dialog) {
        QTest::keyClicks(dialog->reasonEdit(), u"please use your nodes"_s);
    });
    QTest::mouseClick(view->button(CheckOutcome::Warning), Qt::LeftButton);
    QCOMPARE(m_confirmed.size(), 1);
    QCOMPARE(test::scalar(m_store->db(), u"SELECT outcome FROM performance_checks"_s).toString(),
             u"warning"_s);
    QCOMPARE(view->historyTable()->rowCount(), 1);
}

QTEST_MAIN(TestIdleProjectsView)
#include "tst_idleprojectsview.moc"
