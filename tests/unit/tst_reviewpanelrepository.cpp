// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TestStore.h"
#include "store/ReviewPanelRepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using gpudesk::test::exec;
using gpudesk::test::scalar;

namespace {

qint64 seoul(int y, int m, int d, int h)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toMSecsSinceEpoch();
}

} // namespace

class TestReviewPanelRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql, const QVariantList &values = {})
    {
        return scalar(m_store->db(), sql, values).toInt();
    }

    // Reviewers: same organisation as a-1 (o-univ), one who declared o-univ, one named in a-1 by
    // e-mail (in other case), and free reviewers from elsewhere; all on the panel of c-r1.
    void seedPanel(int freeReviewers)
    {
        QStringList sql = {
            u"INSERT INTO organizations (id, name, org_type) VALUES ('o-ext', '외부기관', 'public_agency')"_s,
            u"INSERT INTO reviewers (id, name, email, organization_id) VALUES "
            "('rv-same', '같은기관', 'same@hanbit.example', 'o-univ'), "
            "('rv-decl', '신고자', 'decl@ext.example', 'o-ext'), "
            "('rv-named', '참여자', 'Named.Person@Ext.example', 'o-ext')"_s,
            u"INSERT INTO reviewer_conflicts (id, reviewer_id, organization_id) VALUES ('rc1', 'rv-decl', 'o-univ')"_s,
        };
        for (int i = 0; i < freeReviewers; ++i) {
            sql << u"INSERT INTO reviewers (id, name, email, organization_id) VALUES ('rv-%1', '평가위원%1', 'r%1@ext.example', 'o-ext')"_s
                       .arg(i);
            sql << u"INSERT INTO reviewer_fields (id, reviewer_id, field_id) VALUES ('rf-%1', 'rv-%1', '%2')"_s
                       .arg(i)
                       .arg(i % 2 ? u"f-bio"_s : u"f-nlp"_s);
        }
        QVERIFY(exec(*m_store, sql));
        QStringList ids = {u"rv-same"_s, u"rv-decl"_s, u"rv-named"_s};
        for (int i = 0; i < freeReviewers; ++i)
            ids << u"rv-%1"_s.arg(i);
        QString error;
        QVERIFY2(ReviewPanelRepository(*m_store).addMembers(u"c-r1"_s, ids, &error),
                 qPrintable(error));
    }

    void seedApplications(int n)
    {
        for (int i = 1; i <= n; ++i)
            QVERIFY(test::addApplication(*m_store, u"a-%1"_s.arg(i),
                                         u"R1-%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                         u"과제 %1"_s.arg(i), i == 1 ? u"o-univ"_s : u"o-start"_s,
                                         u"t-b200"_s, 16, 6, u"under_review"_s));
        QVERIFY(exec(*m_store,
                     {u"INSERT INTO application_people (id, application_id, name, email) VALUES "
                      "('ap1', 'a-1', '참여자', 'named.person@ext.example')"_s}));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::openWithReference(m_dir,
                                          u"p%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"담당자"_s);
    }

    void cleanup() { m_store.reset(); }

    void handAssignRefusesConflicts()
    {
        seedPanel(2);
        seedApplications(1);
        ReviewPanelRepository repo(*m_store);
        HandAssignResult result;
        QString error;
        QVERIFY2(repo.assignByHand(u"c-r1"_s, {u"a-1"_s},
                                   {u"rv-same"_s, u"rv-decl"_s, u"rv-named"_s, u"rv-0"_s}, &result,
                                   &error),
                 qPrintable(error));
        QCOMPARE(result.created, 1);
        QCOMPARE(result.skipped.size(), 3);
        QVERIFY(result.skipped[0].contains(u"Same organisation"_s));
        QVERIFY(result.skipped[1].contains(u"Declared conflict with 한빛과학기술대학교"_s));
        QVERIFY(result.skipped[2].contains(u"Named in the application"_s));
        QCOMPARE(count(u"SELECT count(*) FROM review_assignments WHERE deleted = 0"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM review_assignments WHERE reviewer_id IN "
                       "('rv-same', 'rv-decl', 'rv-named')"_s),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'review_assignments'"_s),
                 1);

        // Again: a duplicate now, skipped with its reason; nothing written.
        QVERIFY(repo.assignByHand(u"c-r1"_s, {u"a-1"_s}, {u"rv-0"_s}, &result, &error));
        QCOMPARE(result.created, 0);
        QCOMPARE(result.skipped.size(), 1);
        QVERIFY(result.skipped[0].contains(u"Already assigned"_s));

        // Eligibility says the same, reviewer by reviewer.
        const auto rows = repo.eligibility(u"c-r1"_s, {u"a-1"_s});
        QCOMPARE(rows.size(), 1);
        QHash<QString, Exclusion> reasons;
        for (const ReviewerEligibility &e : rows[0])
            reasons.insert(e.reviewerId, e.reason);
        QCOMPARE(reasons.value(u"rv-same"_s), Exclusion::SameOrganisation);
        QCOMPARE(reasons.value(u"rv-decl"_s), Exclusion::DeclaredOrganisation);
        QCOMPARE(reasons.value(u"rv-named"_s), Exclusion::NamedInApplication);
        QCOMPARE(reasons.value(u"rv-0"_s), Exclusion::AlreadyAssigned);
        QCOMPARE(reasons.value(u"rv-1"_s), Exclusion::None);
    }

    void autoAssignWritesNPerApplication()
    {
        seedPanel(6);
        seedApplications(4);
        ReviewPanelRepository repo(*m_store);
        AutoAssignReport report;
        QString error;
        QVERIFY2(repo.autoAssign(u"c-r1"_s, &report, &error), qPrintable(error));
        QCOMPARE(report.applications, 4);
        QCOMPARE(report.created, 12);
        QVERIFY(report.shortfalls.isEmpty());
        QVERIFY(report.balanced);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(count(u"SELECT count(*) FROM review_assignments WHERE application_id = ? "
                           "AND deleted = 0 AND status = 'assigned'"_s,
                           {u"a-%1"_s.arg(i)}),
                     3);
        QCOMPARE(count(u"SELECT count(*) FROM review_assignments WHERE application_id = 'a-1' "
                       "AND reviewer_id IN ('rv-same', 'rv-decl', 'rv-named')"_s),
                 0);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'review_assignments' "
                       "AND op = 'insert'"_s),
                 12);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'auto_assign'"_s), 1);
        // Run again: everything is full, nothing more is written.
        QVERIFY(repo.autoAssign(u"c-r1"_s, &report, &error));
        QCOMPARE(report.created, 0);
        const auto apps = repo.applicationsUnderReview(u"c-r1"_s);
        QCOMPARE(apps.size(), 4);
        for (const AssignableApplication &a : apps)
            QCOMPARE(a.assigned, 3);
    }

    void shortfallReported()
    {
        seedPanel(1); // a-1 may only have rv-0: two missing
        seedApplications(1);
        AutoAssignReport report;
        QString error;
        QVERIFY(ReviewPanelRepository(*m_store).autoAssign(u"c-r1"_s, &report, &error));
        QCOMPARE(report.created, 1);
        QCOMPARE(report.shortfalls.size(), 1);
        QCOMPARE(report.shortfalls[0].code, u"R1-001"_s);
        QCOMPARE(report.shortfalls[0].missing, 2);
        QCOMPARE(report.shortfalls[0].eligible, 1);
        // Tests run in English: the English title where the application has one.
        QCOMPARE(report.shortfalls[0].title, u"English 과제 1"_s);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        const auto korean = ReviewPanelRepository(*m_store).applicationsUnderReview(u"c-r1"_s);
        QLocale::setDefault(QLocale::c());
        QVERIFY(!korean.isEmpty());
        QCOMPARE(korean[0].title, u"과제 1"_s);
    }

    void reassignAfterDecline()
    {
        seedPanel(5);
        seedApplications(3);
        ReviewPanelRepository repo(*m_store);
        AutoAssignReport report;
        QString error;
        QVERIFY(repo.autoAssign(u"c-r1"_s, &report, &error));
        const QString declinedReviewer =
            scalar(m_store->db(),
                   u"SELECT reviewer_id FROM review_assignments WHERE application_id = 'a-2' "
                   "ORDER BY reviewer_id LIMIT 1"_s)
                .toString();
        // The reviewer's answer arrives by sync: not captured here.
        QVERIFY(exec(*m_store,
                     {u"UPDATE review_assignments SET status = 'declined' WHERE "
                      "application_id = 'a-2' AND reviewer_id = '%1'"_s.arg(declinedReviewer)}));
        QVERIFY2(repo.reassignDeclined(u"c-r1"_s, &report, &error), qPrintable(error));
        QCOMPARE(report.applications, 1);
        QCOMPARE(report.created, 1);
        QCOMPARE(count(u"SELECT count(*) FROM review_assignments WHERE application_id = 'a-2' "
                       "AND status = 'assigned' AND deleted = 0"_s),
                 3);
        QCOMPARE(count(u"SELECT count(*) FROM review_assignments WHERE application_id = 'a-2' "
                       "AND reviewer_id = ?"_s,
                       {declinedReviewer}),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'reassign'"_s), 1);
    }

    void withdrawAndRemoveMember()
    {
        seedPanel(3);
        seedApplications(1);
        ReviewPanelRepository repo(*m_store);
        HandAssignResult result;
        QString error;
        QVERIFY(repo.assignByHand(u"c-r1"_s, {u"a-1"_s}, {u"rv-0"_s, u"rv-1"_s}, &result, &error));
        QCOMPARE(result.created, 2);
        QVERIFY(!repo.removeMembers(u"c-r1"_s, {u"rv-0"_s}, &error));
        QVERIFY(error.contains(u"active assignment"_s));
        QCOMPARE(
            count(
                u"SELECT count(*) FROM panel_members WHERE reviewer_id = 'rv-0' AND deleted = 0"_s),
            1);

        const QString a0 =
            scalar(m_store->db(), u"SELECT id FROM review_assignments WHERE reviewer_id = 'rv-0'"_s)
                .toString();
        const QString a1 =
            scalar(m_store->db(), u"SELECT id FROM review_assignments WHERE reviewer_id = 'rv-1'"_s)
                .toString();
        QVERIFY(
            exec(*m_store,
                 {u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status) "
                  "VALUES ('rev-1', '%1', 'a-1', 'rv-1', 'submitted')"_s.arg(a1)}));
        QVERIFY(!repo.withdrawAssignment(a1, &error));
        QVERIFY(error.contains(u"already submitted"_s));
        QVERIFY2(repo.withdrawAssignment(a0, &error), qPrintable(error));
        QCOMPARE(count(u"SELECT deleted FROM review_assignments WHERE id = ?"_s, {a0}), 1);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM outbox WHERE table_name = 'review_assignments' AND row_id = ?"_s,
                {a0}),
            2);

        // Now the member can go, and come back on the same row.
        QVERIFY2(repo.removeMembers(u"c-r1"_s, {u"rv-0"_s}, &error), qPrintable(error));
        QCOMPARE(
            count(
                u"SELECT count(*) FROM panel_members WHERE reviewer_id = 'rv-0' AND deleted = 0"_s),
            0);
        QVERIFY2(repo.addMembers(u"c-r1"_s, {u"rv-0"_s}, &error), qPrintable(error));
        QCOMPARE(
            count(
                u"SELECT count(*) FROM panel_members WHERE reviewer_id = 'rv-0' AND deleted = 0"_s),
            1);
        const auto all = repo.reviewers(u"c-r1"_s);
        QCOMPARE(all.size(), 6);
        for (const PanelReviewer &r : all) {
            QVERIFY(r.inPanel);
            QCOMPARE(r.load, r.id == u"rv-1"_s ? 1 : 0);
        }
    }

    void reopenNeedsReason()
    {
        seedPanel(1);
        seedApplications(2);
        ReviewPanelRepository repo(*m_store);
        HandAssignResult result;
        QString error;
        QVERIFY(repo.assignByHand(u"c-r1"_s, {u"a-2"_s}, {u"rv-0"_s}, &result, &error));
        const QString a = scalar(m_store->db(), u"SELECT id FROM review_assignments"_s).toString();
        QVERIFY(
            exec(*m_store,
                 {u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status) "
                  "VALUES ('rev-1', '%1', 'a-2', 'rv-0', 'draft')"_s.arg(a)}));
        QVERIFY(!repo.reopenReview(u"rev-1"_s, u"   "_s, &error));
        QVERIFY(error.contains(u"reason"_s));
        QVERIFY(!repo.reopenReview(u"rev-1"_s, u"점수 확인"_s, &error)); // a draft is not submitted
        QVERIFY(exec(*m_store, {u"UPDATE reviews SET status = 'submitted' WHERE id = 'rev-1'"_s}));
        QVERIFY2(repo.reopenReview(u"rev-1"_s, u"점수 확인"_s, &error), qPrintable(error));
        QCOMPARE(scalar(m_store->db(), u"SELECT status || '/' || reopen_reason FROM reviews"_s)
                     .toString(),
                 u"reopened/점수 확인"_s);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM audit_log WHERE action = 'review_reopen' AND entity_id = 'rev-1'"_s),
            1);
        QCOMPARE(
            count(
                u"SELECT count(*) FROM outbox WHERE table_name = 'reviews' AND row_id = 'rev-1'"_s),
            1);
    }

    void overdueByDeadline_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("overdue");
        QTest::newRow("before the deadline") << seoul(2026, 2, 19, 12) << 0;
        QTest::newRow("during the last day") << seoul(2026, 2, 20, 23) << 0;
        QTest::newRow("the day after") << seoul(2026, 2, 21, 0) << 2;
    }

    void overdueByDeadline()
    {
        QFETCH(qint64, now);
        QFETCH(int, overdue);
        seedPanel(3);
        seedApplications(2);
        QVERIFY(exec(*m_store,
                     {u"UPDATE calls SET review_deadline = '2026-02-20' WHERE id = 'c-r1'"_s}));
        ReviewPanelRepository repo(*m_store);
        HandAssignResult result;
        QString error;
        QVERIFY(repo.assignByHand(u"c-r1"_s, {u"a-2"_s}, {u"rv-0"_s, u"rv-1"_s, u"rv-2"_s}, &result,
                                  &error));
        QVERIFY(repo.assignByHand(u"c-r1"_s, {u"a-1"_s}, {u"rv-0"_s}, &result, &error));
        const QString sub =
            scalar(
                m_store->db(),
                u"SELECT id FROM review_assignments WHERE application_id = 'a-2' AND reviewer_id = 'rv-1'"_s)
                .toString();
        const QString drf =
            scalar(
                m_store->db(),
                u"SELECT id FROM review_assignments WHERE application_id = 'a-2' AND reviewer_id = 'rv-2'"_s)
                .toString();
        QVERIFY(exec(
            *m_store,
            {u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status) VALUES "
             "('rev-s', '%1', 'a-2', 'rv-1', 'submitted'), ('rev-d', '%2', 'a-2', 'rv-2', 'draft')"_s
                 .arg(sub, drf),
             u"UPDATE review_assignments SET status = 'declined' WHERE application_id = 'a-1'"_s}));
        const ReviewProgress p = repo.progress(u"c-r1"_s, now);
        QCOMPARE(p.applications.size(), 2);
        QCOMPARE(p.reviewers.size(), 3);
        QCOMPARE(p.cells.size(), 4);
        QCOMPARE(p.counts[int(ReviewCellState::Submitted)], 1);
        QCOMPARE(p.counts[int(ReviewCellState::Declined)], 1);
        QCOMPARE(p.counts[int(ReviewCellState::Overdue)], overdue);
        QCOMPARE(p.counts[int(ReviewCellState::Draft)], overdue ? 0 : 1);
        QCOMPARE(p.counts[int(ReviewCellState::Assigned)], overdue ? 0 : 1);
        QCOMPARE(p.late.size(), overdue);
        for (const LateReviewer &l : p.late) {
            QCOMPARE(l.overdue, 1);
            QCOMPARE(l.oldestCode, u"R1-002"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestReviewPanelRepository)
#include "tst_reviewpanelrepository.moc"
