// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TestStore.h"
#include "common/SearchLineEdit.h"
#include "itemmodels/ReviewMatrixModel.h"
#include "review/AssignmentPanel.h"
#include "review/ReviewProgressView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using gpudesk::test::exec;
using gpudesk::test::scalar;

namespace {

// 2026-02-21 09:00 in Seoul: the day after the review deadline set below.
const qint64 kAfterDeadline =
    QDateTime(QDate(2026, 2, 21), QTime(9, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();

} // namespace

class TestReviewProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString cellText(ReviewProgressView &view, const QString &code, const QString &reviewer)
    {
        ReviewMatrixModel *m = view.model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, ReviewMatrixModel::Code).data().toString() != code)
                continue;
            for (int col = ReviewMatrixModel::FixedColumns; col < m->columnCount(); ++col)
                if (m->headerData(col, Qt::Horizontal, Qt::DisplayRole).toString() == reviewer)
                    return m->index(row, col).data(ReviewMatrixModel::StateKeyRole).toString();
        }
        return u"<none>"_s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Three applications under review, three reviewers; a-1: submitted (A), draft (B);
    // a-2: declined (A), assigned (C); a-3: accepted (B), conflict (C).
    void init()
    {
        m_store = test::openWithReference(m_dir,
                                          u"p%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_store);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(test::addApplication(*m_store, u"a-%1"_s.arg(i), u"R1-00%1"_s.arg(i),
                                         u"과제 %1"_s.arg(i), u"o-start"_s, u"t-b200"_s, 16, 6,
                                         u"under_review"_s));
        QVERIFY(exec(
            *m_store,
            {
                u"UPDATE calls SET review_deadline = '2026-02-20'"_s,
                u"INSERT INTO reviewers (id, name, email, organization_id) VALUES "
                "('rA', 'Alpha', 'a@x.example', 'o-sme'), ('rB', 'Bravo', 'b@x.example', 'o-sme'), "
                "('rC', 'Charlie', 'c@x.example', 'o-univ')"_s,
                u"INSERT INTO panel_members (id, call_id, reviewer_id) VALUES ('p1', 'c-r1', "
                u"'rA'), "
                "('p2', 'c-r1', 'rB'), ('p3', 'c-r1', 'rC')"_s,
                u"INSERT INTO review_assignments (id, application_id, reviewer_id, status, "
                u"assigned_at) VALUES "
                "('x1', 'a-1', 'rA', 'accepted', 1767225600000), ('x2', 'a-1', 'rB', 'accepted', "
                "1767225600000), "
                "('x3', 'a-2', 'rA', 'declined', 1767225600000), ('x4', 'a-2', 'rC', 'assigned', "
                "1767225600000), "
                "('x5', 'a-3', 'rB', 'accepted', 1767312000000), ('x6', 'a-3', 'rC', 'conflict', 1767225600000)"_s,
                u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status) "
                u"VALUES "
                "('v1', 'x1', 'a-1', 'rA', 'submitted'), ('v2', 'x2', 'a-1', 'rB', 'draft')"_s,
            }));
        m_store->setCurrentUser(u"u-officer"_s, u"담당자"_s);
    }

    void cleanup() { m_store.reset(); }

    void statesBeforeTheDeadline()
    {
        ReviewProgressView view(*m_store);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setNowForTesting(kAfterDeadline - 2 * 86400000LL);
        view.setCall(u"c-r1"_s);
        QCOMPARE(view.model()->rowCount(), 0); // nothing is loaded while nobody can see it
        view.show();
        ReviewMatrixModel *m = view.model();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->columnCount(), ReviewMatrixModel::FixedColumns + 3);
        QCOMPARE(cellText(view, u"R1-001"_s, u"Alpha"_s), u"submitted"_s);
        QCOMPARE(cellText(view, u"R1-001"_s, u"Bravo"_s), u"draft"_s);
        QCOMPARE(cellText(view, u"R1-001"_s, u"Charlie"_s), QString()); // empty cell
        QCOMPARE(cellText(view, u"R1-002"_s, u"Alpha"_s), u"declined"_s);
        QCOMPARE(cellText(view, u"R1-002"_s, u"Charlie"_s), u"assigned"_s);
        QCOMPARE(cellText(view, u"R1-003"_s, u"Bravo"_s), u"accepted"_s);
        QCOMPARE(cellText(view, u"R1-003"_s, u"Charlie"_s), u"conflict"_s);
        QCOMPARE(m->index(0, ReviewMatrixModel::Progress).data().toString(), u"1/2"_s);
        QVERIFY(view.summary()->text().contains(u"Submitted 1"_s));
        QCOMPARE(view.lateList()->rowCount(), 0);
    }

    void overdueAfterTheDeadlineAndFilters()
    {
        ReviewProgressView view(*m_store);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setNowForTesting(kAfterDeadline);
        view.setCall(u"c-r1"_s);
        view.show();
        ReviewMatrixModel *m = view.model();
        QCOMPARE(cellText(view, u"R1-001"_s, u"Bravo"_s), u"overdue"_s);
        QCOMPARE(cellText(view, u"R1-002"_s, u"Charlie"_s), u"overdue"_s);
        QCOMPARE(cellText(view, u"R1-003"_s, u"Bravo"_s), u"overdue"_s);
        QCOMPARE(cellText(view, u"R1-001"_s, u"Alpha"_s), u"submitted"_s);
        QCOMPARE(view.model()->progress().counts[int(ReviewCellState::Overdue)], 3);
        QVERIFY(view.summary()->text().contains(u"Overdue 3"_s));

        // The late list: Bravo twice (the oldest on R1-001), Charlie once.
        QTableWidget *late = view.lateList();
        QCOMPARE(late->rowCount(), 2);
        late->sortItems(2, Qt::DescendingOrder); // a remembered sort may differ
        QCOMPARE(late->item(0, 0)->text(), u"Bravo"_s);
        QCOMPARE(late->item(0, 2)->data(Qt::DisplayRole).toInt(), 2);
        QCOMPARE(late->item(0, 4)->text(), u"R1-001"_s);
        QCOMPARE(late->item(1, 0)->text(), u"Charlie"_s);
        QCOMPARE(late->item(1, 2)->data(Qt::DisplayRole).toInt(), 1);

        // Only overdue: all three applications, only Bravo and Charlie as columns.
        view.stateFilter()->setCurrentIndex(
            view.stateFilter()->findData(int(ReviewCellState::Overdue)));
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->columnCount(), ReviewMatrixModel::FixedColumns + 2);
        QVERIFY(view.summary()->text().contains(u"Overdue 3"_s));
        // Only declined: R1-002 alone.
        view.stateFilter()->setCurrentIndex(
            view.stateFilter()->findData(int(ReviewCellState::Declined)));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, ReviewMatrixModel::Code).data().toString(), u"R1-002"_s);
        view.stateFilter()->setCurrentIndex(0);
        QCOMPARE(m->rowCount(), 3);

        // Text: an application code, then a reviewer's name.
        QTest::keyClicks(view.searchEdit(), u"R1-003"_s);
        QTRY_COMPARE(m->rowCount(), 1);
        view.searchEdit()->clear();
        QTest::keyClicks(view.searchEdit(), u"alpha"_s);
        QTRY_COMPARE(m->columnCount(), ReviewMatrixModel::FixedColumns + 1);
        QCOMPARE(m->rowCount(), 2); // R1-001 and R1-002

        // Sorting by the progress column keeps the model consistent.
        view.searchEdit()->clear();
        QTRY_COMPARE(m->rowCount(), 3);
        view.matrix()->sortByColumn(ReviewMatrixModel::Progress, Qt::DescendingOrder);
        QCOMPARE(m->index(0, ReviewMatrixModel::Code).data().toString(), u"R1-001"_s);
    }

    void reopenAsksForAReason()
    {
        ReviewProgressView view(*m_store);
        view.setNowForTesting(kAfterDeadline);
        QStringList asked;
        QString answer;
        view.setPrompts({[&](QWidget *, const QString &what) -> std::optional<QString> {
                             asked << what;
                             return answer;
                         },
                         [&](QWidget *, const QString &, const QString &text) { asked << text; }});
        view.setCall(u"c-r1"_s);
        view.show();
        auto *reopen = view.findChild<QAction *>(u"reopenReviewAction"_s);
        QVERIFY(reopen);
        ReviewMatrixModel *m = view.model();
        // A draft cell: nothing to reopen.
        int row = 0;
        for (; m->index(row, ReviewMatrixModel::Code).data().toString() != u"R1-001"_s; ++row) {
        }
        const int alpha = ReviewMatrixModel::FixedColumns, bravo = alpha + 1;
        view.matrix()->setCurrentIndex(m->index(row, bravo));
        QVERIFY(!reopen->isEnabled());
        view.matrix()->setCurrentIndex(m->index(row, alpha));
        QVERIFY(reopen->isEnabled());

        // An empty reason is refused with the repository's message; nothing changes.
        reopen->trigger();
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked[1].contains(u"reason"_s));
        QCOMPARE(scalar(m_store->db(), u"SELECT status FROM reviews WHERE id = 'v1'"_s).toString(),
                 u"submitted"_s);

        QSignalSpy status(&view, &ReviewProgressView::statusMessage);
        answer = u"점수와 의견이 맞지 않음"_s;
        reopen->trigger();
        QCOMPARE(scalar(m_store->db(), u"SELECT status FROM reviews WHERE id = 'v1'"_s).toString(),
                 u"reopened"_s);
        QCOMPARE(status.count(), 1);
        // The store's change refreshed the matrix: the cell is overdue again (reopened, late).
        QCOMPARE(cellText(view, u"R1-001"_s, u"Alpha"_s), u"overdue"_s);
    }

    void assignmentPanelAutoAssigns()
    {
        QVERIFY(exec(
            *m_store,
            {u"INSERT INTO reviewers (id, name, email, organization_id) VALUES "
             "('rD', 'Delta', 'd@x.example', 'o-sme')"_s,
             u"INSERT INTO panel_members (id, call_id, reviewer_id) VALUES ('p4', 'c-r1', 'rD')"_s}));
        AssignmentPanel panel(*m_store);
        QList<AutoAssignReport> reports;
        panel.setPrompts(
            {[](QWidget *, const QString &, const QString &) { return true; },
             [&](QWidget *, const QString &, const AutoAssignReport &r) { reports << r; },
             [](QWidget *, const QString &, const QString &, const QStringList &) {},
             [](QWidget *, const QString &, const QString &) {}});
        panel.setCall(u"c-r1"_s);
        panel.show();
        QCOMPARE(panel.applicationsTable()->model()->rowCount(), 3);
        // Select R1-003: Charlie is shown with the reason he is out (declared a conflict).
        QAbstractItemModel *apps = panel.applicationsTable()->model();
        for (int r = 0; r < apps->rowCount(); ++r)
            if (apps->index(r, 0).data().toString() == u"R1-003"_s)
                panel.applicationsTable()->selectRow(r);
        QAbstractItemModel *reviewers = panel.reviewersTable()->model();
        QCOMPARE(reviewers->rowCount(), 4);
        QString charlie;
        for (int r = 0; r < reviewers->rowCount(); ++r)
            if (reviewers->index(r, 0).data().toString() == u"Charlie"_s)
                charlie = reviewers->index(r, 4).data().toString();
        QCOMPARE(charlie, u"Declared a conflict"_s);

        panel.findChild<QAction *>(u"autoAssignAction"_s)->trigger();
        QCOMPARE(reports.size(), 1);
        // N = 3 from four reviewers: each application ends with 3 active assignments or a
        // shortfall that says how many are missing; never Alpha again on a-2 (declined).
        QCOMPARE(scalar(m_store->db(), u"SELECT count(*) FROM review_assignments WHERE deleted = 0 "
                                       "AND status IN ('assigned', 'accepted')"_s)
                     .toInt(),
                 4 + reports[0].created);
        for (const QString &app : {u"a-1"_s, u"a-2"_s, u"a-3"_s}) {
            const int active =
                scalar(m_store->db(),
                       u"SELECT count(*) FROM review_assignments WHERE application_id = ? "
                       "AND deleted = 0 AND status IN ('assigned', 'accepted')"_s,
                       {app})
                    .toInt();
            int missing = 0;
            for (const AssignmentShortfallLine &s : reports[0].shortfalls)
                if (s.applicationId == app)
                    missing = s.missing;
            QCOMPARE(active + missing, 3);
        }
        QCOMPARE(scalar(m_store->db(),
                        u"SELECT count(*) FROM review_assignments WHERE application_id = 'a-2' "
                        "AND reviewer_id = 'rA' AND deleted = 0"_s)
                     .toInt(),
                 1); // only the decline
        // The table refreshed from the store's signal.
        QTRY_COMPARE(panel.applicationsTable()->model()->index(0, 4).data().toString(), u"3/3"_s);
    }
};

QTEST_MAIN(TestReviewProgress)
#include "tst_reviewprogress.moc"
