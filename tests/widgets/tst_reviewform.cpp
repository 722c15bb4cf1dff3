// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's area driven as a reviewer would: the pledge before the first application, the
// scoring form whose draft survives closing the window, a submission that locks the inputs, and
// the answers that take an assignment out of the list.
#include "../common/ReviewerFixture.h"
#include "../common/WidgetInput.h"
#include "review/MyReviewsView.h"
#include "review/PledgeDialog.h"
#include "review/ReasonDialog.h"
#include "review/ReviewApplicationPane.h"
#include "review/ReviewForm.h"
#include "store/ReviewerWorkspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using test::typeText;

namespace {

// Replaces a spin box's value by typing, as a reviewer does.
void typeScore(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

QStringList codesIn(const QTableView *table)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << table->model()->index(r, MyReviewsView::CodeColumn).data().toString();
    out.sort();
    return out;
}

} // namespace

class TestReviewForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MyReviewsView> m_view;
    int m_profile = 0;
    int m_pledgeAsked = 0;
    bool m_pledgeAnswer = true;
    QString m_profilePath;

    void openStore()
    {
        OpenOutcome outcome;
        m_store = Store::open(m_profilePath, OpenOptions{}, &outcome);
        QVERIFY2(m_store, qPrintable(outcome.message));
        m_store->setCurrentUser(u"u-rev1"_s, u"김평가"_s);
    }

    void openView()
    {
        m_view = std::make_unique<MyReviewsView>(*m_store, u"u-rev1"_s);
        m_view->setPledgePrompt([this](QWidget *, const QString &, const QString &text) {
            ++m_pledgeAsked;
            return m_pledgeAnswer && text == QString::fromUtf8(test::kPledgeText);
        });
        m_view->form()->setConfirmSubmit([](QWidget *, const QString &) { return true; });
        m_view->resize(1366, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    QSpinBox *spin(const QString &criterion)
    {
        return m_view->form()->findChild<QSpinBox *>(u"score_"_s + criterion);
    }
    QPlainTextEdit *comment()
    {
        return m_view->form()->findChild<QPlainTextEdit *>(u"reviewComment"_s);
    }
    QPushButton *submitButton()
    {
        return m_view->form()->findChild<QPushButton *>(u"submitReviewButton"_s);
    }

    void fillEverything()
    {
        typeScore(spin(u"k-tech"_s), 8);
        typeScore(spin(u"k-feas"_s), 6);
        typeScore(spin(u"k-need"_s), 10);
        typeScore(spin(u"k-impact"_s), 3);
        comment()->setFocus();
        typeText(comment(), u"방법이 타당함"_s);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_pledgeAsked = 0;
        m_pledgeAnswer = true;
        m_profilePath = m_dir.filePath(u"p%1.sqlite"_s.arg(++m_profile));
        openStore();
        QVERIFY(test::seedReference(*m_store));
        QVERIFY(test::seedReviewers(*m_store));
        openView();
    }
    void cleanup()
    {
        m_view.reset();
        m_store.reset();
    }

    void listsOnlyTheirAssignments()
    {
        QCOMPARE(m_view->currentCallId(), u"c-r1"_s);
        QCOMPARE(codesIn(m_view->table()), (QStringList{u"R1-0001"_s, u"R1-0002"_s, u"R1-0004"_s}));
        const auto summary = m_view->findChild<QLabel *>(u"reviewCallSummary"_s);
        QVERIFY(summary->text().contains(u"2026-02-20"_s));
        QVERIFY(summary->text().contains(u"3 assigned"_s));
        QSignalSpy refused(m_view.get(), &MyReviewsView::statusMessage);
        QVERIFY(!m_view->openAssignment(u"as-3"_s)); // the other reviewer's
        QCOMPARE(refused.size(), 1);
        QVERIFY(m_view->openedAssignmentId().isEmpty());
    }

    void cancellingThePledgeOpensNothing()
    {
        m_pledgeAnswer = false;
        QVERIFY(!m_view->openAssignment(u"as-1"_s));
        QCOMPARE(m_pledgeAsked, 1);
        QVERIFY(m_view->applicationPane()->assignmentId().isEmpty());
        QVERIFY(m_view->form()->assignmentId().isEmpty());
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT count(*) FROM pledges WHERE reviewer_id = 'rv-1'"_s)
                     .toInt(),
                 0);

        m_pledgeAnswer = true;
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        QCOMPARE(m_pledgeAsked, 2);
        QVERIFY(m_view->openAssignment(u"as-2"_s)); // asked once a call
        QCOMPARE(m_pledgeAsked, 2);
        // The application and its document read from the local profile.
        QCOMPARE(m_view->applicationPane()->assignmentId(), u"as-2"_s);
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        QCOMPARE(m_view->applicationPane()->documentList()->count(), 1);
        QCOMPARE(m_view->applicationPane()->documentViewer()->toPlainText(), u"연구 계획서 본문"_s);
        QVERIFY(m_view->applicationPane()->documentViewer()->isReadOnly());
    }

    void pledgeDialogAcceptsOnlyWhenTicked()
    {
        PledgeDialog dialog(u"2025-R1"_s, QString::fromUtf8(test::kPledgeText));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QTest::mouseClick(dialog.readCheck(), Qt::LeftButton);
        QVERIFY(dialog.acceptButton()->isEnabled());
        ReasonDialog reason(u"Decline"_s, u"Why?"_s, u"Decline"_s);
        QVERIFY(!reason.okButton()->isEnabled());
        typeText(reason.reasonEdit(), u"  "_s);
        QVERIFY(!reason.okButton()->isEnabled());
        typeText(reason.reasonEdit(), u"바쁨"_s);
        QVERIFY(reason.okButton()->isEnabled());
    }

    void draftSurvivesClosingTheWindow()
    {
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        typeScore(spin(u"k-tech"_s), 7);
        typeScore(spin(u"k-impact"_s), 4);
        comment()->setFocus();
        typeText(comment(), u"초안: 자료가 충분함"_s);
        // Closed at once, before the autosave timer could fire.
        m_view->close();
        m_view.reset();
        m_store.reset();

        openStore();
        openView();
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        QCOMPARE(m_pledgeAsked, 1);
        QCOMPARE(spin(u"k-tech"_s)->value(), 7);
        QCOMPARE(spin(u"k-impact"_s)->value(), 4);
        QCOMPARE(spin(u"k-feas"_s)->value(), spin(u"k-feas"_s)->minimum()); // still unscored
        QCOMPARE(comment()->toPlainText(), u"초안: 자료가 충분함"_s);
        QVERIFY(!submitButton()->isEnabled());
    }

    void draftSurvivesDestroyingTheFormWithoutClosing()
    {
        QVERIFY(m_view->openAssignment(u"as-2"_s));
        typeScore(spin(u"k-need"_s), 9);
        comment()->setFocus();
        typeText(comment(), u"x"_s);
        m_view.reset(); // no close, no hide: the destructor saves
        m_store.reset();
        openStore();
        ReviewerWorkspace ws(*m_store, u"u-rev1"_s);
        const ReviewRecord r = ws.review(u"as-2"_s);
        QVERIFY(r.exists);
        QCOMPARE(r.scores.value(u"k-need"_s), 9);
        QCOMPARE(r.comment, u"x"_s);
    }

    void draftIsSavedWhileTyping()
    {
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        ReviewerWorkspace ws(*m_store, u"u-rev1"_s);
        typeScore(spin(u"k-feas"_s), 5);
        QTRY_COMPARE(ws.review(u"as-1"_s).scores.value(u"k-feas"_s), 5);
        comment()->setFocus();
        typeText(comment(), u"계속"_s);
        QTRY_COMPARE(ws.review(u"as-1"_s).comment, u"계속"_s);
        QVERIFY(!m_view->form()->hasUnsavedChanges());
        // Opening another assignment keeps the first one's latest keystroke too.
        typeText(comment(), u"!"_s);
        QVERIFY(m_view->openAssignment(u"as-2"_s));
        QCOMPARE(ws.review(u"as-1"_s).comment, u"계속!"_s);
        QCOMPARE(comment()->toPlainText(), QString());
    }

    void submitLocksTheInputs()
    {
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        const auto hint = m_view->form()->findChild<QLabel *>(u"submitHint"_s);
        QVERIFY(!submitButton()->isEnabled());
        QVERIFY(hint->text().contains(u"score 4 more"_s));
        fillEverything();
        QVERIFY(submitButton()->isEnabled());
        QVERIFY(m_view->form()->findChild<QLabel *>(u"reviewTotal"_s)->text().contains(u"74.0"_s));
        QSignalSpy submitted(m_view->form(), &ReviewForm::reviewSubmitted);
        QTest::mouseClick(submitButton(), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);

        QVERIFY(m_view->form()->isLocked());
        for (const QString &c : {u"k-tech"_s, u"k-feas"_s, u"k-need"_s, u"k-impact"_s})
            QVERIFY(spin(c)->isReadOnly());
        QVERIFY(comment()->isReadOnly());
        QVERIFY(!submitButton()->isEnabled());
        QVERIFY(!m_view->form()->findChild<QPushButton *>(u"saveDraftButton"_s)->isEnabled());
        const auto banner = m_view->form()->findChild<QLabel *>(u"reviewBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"locked"_s));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT status FROM reviews WHERE assignment_id = 'as-1'"_s)
                     .toString(),
                 u"submitted"_s);
        // Typing into the locked form changes nothing.
        typeScore(spin(u"k-tech"_s), 1);
        QCOMPARE(spin(u"k-tech"_s)->value(), 8);

        // Reopened by an officer: editable again, with the reason in the banner.
        QVERIFY(test::exec(*m_store,
                           {u"UPDATE reviews SET status = 'reopened', reopen_reason = '근거 보완' "
                            "WHERE assignment_id = 'as-1'"_s}));
        QVERIFY(m_view->openAssignment(u"as-1"_s));
        QVERIFY(!m_view->form()->isLocked());
        QVERIFY(!comment()->isReadOnly());
        QVERIFY(banner->text().contains(u"근거 보완"_s));
        QVERIFY(submitButton()->isEnabled());
    }

    void declineNeedsAReasonAndRemovesTheRow()
    {
        QStringList asked;
        std::optional<QString> answer;
        m_view->setReasonPrompt(
            [&](QWidget *, const QString &title, const QString &, const QString &) {
                asked << title;
                return answer;
            });
        m_view->table()->selectRow(1); // R1-0002, sorted by code
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"declineAssignmentButton"_s),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(codesIn(m_view->table()).size(), 3); // cancelled: nothing changed
        answer = u"일정상 어려움"_s;
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"declineAssignmentButton"_s),
                          Qt::LeftButton);
        QCOMPARE(codesIn(m_view->table()), (QStringList{u"R1-0001"_s, u"R1-0004"_s}));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT reason FROM review_assignments WHERE id = 'as-2'"_s)
                     .toString(),
                 u"일정상 어려움"_s);

        m_view->table()->selectRow(1); // R1-0004
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"conflictAssignmentButton"_s),
                          Qt::LeftButton);
        QCOMPARE(codesIn(m_view->table()), (QStringList{u"R1-0001"_s}));
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT status FROM review_assignments WHERE id = 'as-5'"_s)
                     .toString(),
                 u"conflict"_s);

        m_view->table()->selectRow(0);
        auto *accept = m_view->findChild<QPushButton *>(u"acceptAssignmentButton"_s);
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT status FROM review_assignments WHERE id = 'as-1'"_s)
                     .toString(),
                 u"accepted"_s);
        QVERIFY(!accept->isEnabled());
    }

    void enterOpensTheSelectedAssignment()
    {
        m_view->table()->setFocus();
        m_view->table()->selectRow(0);
        QTest::keyClick(m_view->table(), Qt::Key_Return);
        QCOMPARE(m_view->openedAssignmentId(), u"as-1"_s);
        QCOMPARE(m_view->form()->assignmentId(), u"as-1"_s);
    }
};

QTEST_MAIN(TestReviewForm)
#include "tst_reviewform.moc"
