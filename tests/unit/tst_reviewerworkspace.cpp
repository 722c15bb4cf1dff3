// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's own area at the repository level: what a reviewer may see (only their own
// assignments, never another reviewer's name or scores), the pledge gate, their answers to an
// assignment, drafts, submission and the lock that only an officer's reopening lifts.
#include "../common/ReviewerFixture.h"
#include "store/CallRepository.h"
#include "store/ReviewerWorkspace.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

const QHash<QString, int> kFullScores{
    {u"k-tech"_s, 8}, {u"k-feas"_s, 6}, {u"k-need"_s, 10}, {u"k-impact"_s, 3}};

QStringList ids(const QList<ReviewerAssignment> &list)
{
    QStringList out;
    for (const ReviewerAssignment &a : list)
        out << a.id;
    return out;
}

} // namespace

class TestReviewerWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_profile = 0;

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        return test::scalar(m_store->db(), sql, values);
    }

    // The reviewer signs in: the store attributes the writes to their user.
    ReviewerWorkspace as(const QString &userId)
    {
        m_store->setCurrentUser(userId, userId);
        return ReviewerWorkspace(*m_store, userId);
    }

    void acceptPledge(ReviewerWorkspace &ws)
    {
        QString error;
        QVERIFY2(ws.acceptPledge(u"c-r1"_s, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each test starts from the same seeded profile.
    void init()
    {
        m_store = test::openWithReference(m_dir, u"p%1.sqlite"_s.arg(++m_profile));
        QVERIFY(m_store);
        QVERIFY(test::seedReviewers(*m_store));
    }
    void cleanup() { m_store.reset(); }

    void resolvesOnlyLinkedUsers()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        QVERIFY(ws.isValid());
        QCOMPARE(ws.reviewerId(), u"rv-1"_s);
        ReviewerWorkspace officer = as(u"u-officer"_s);
        QVERIFY(!officer.isValid());
        QVERIFY(officer.calls().isEmpty());
        QVERIFY(officer.myAssignments(u"c-r1"_s).isEmpty());
        QString error;
        QVERIFY(!officer.acceptPledge(u"c-r1"_s, &error));
        QVERIFY(error.contains(u"not linked to a reviewer"_s));
        QVERIFY(!officer.saveDraft(u"as-1"_s, kFullScores, u"x"_s, &error));
    }

    void callsAreTheirPanelsWithTheirOwnCounts()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        const QList<ReviewerCall> calls = ws.calls();
        QCOMPARE(calls.size(), 1); // not 2026-R1, whose panel is another reviewer's
        QCOMPARE(calls[0].code, u"2025-R1"_s);
        QCOMPARE(calls[0].reviewDeadline, QDate(2026, 2, 20));
        QCOMPARE(calls[0].assigned, 3);
        QCOMPARE(calls[0].accepted, 0);
        QCOMPARE(calls[0].drafts, 0);
        QCOMPARE(calls[0].submitted, 0); // the other reviewer's submitted review is not counted

        ReviewerWorkspace other = as(u"u-rev2"_s);
        const auto c = other.call(u"c-r1"_s);
        QVERIFY(c);
        QCOMPARE(c->assigned, 2);
        QCOMPARE(c->accepted, 2);
        QCOMPARE(c->submitted, 1);
        QCOMPARE(other.calls().size(), 2);
        QVERIFY(as(u"u-rev3"_s).calls().isEmpty());
    }

    void assignmentsAreOnlyTheirOwn()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        const QList<ReviewerAssignment> mine = ws.myAssignments(u"c-r1"_s);
        QCOMPARE(ids(mine), (QStringList{u"as-1"_s, u"as-2"_s, u"as-5"_s}));
        for (const ReviewerAssignment &a : mine) {
            // a1 is also reviewed by rv-2, whose submitted total must not leak into this row.
            QVERIFY(!a.total);
            QVERIFY(!a.reviewStatus);
            QCOMPARE(a.status, AssignmentStatus::Assigned);
            QCOMPARE(a.dueDate, QDate(2026, 2, 20));
        }
        QCOMPARE(mine[0].code, u"R1-0001"_s);
        QCOMPARE(mine[0].requestedNodes, 16);
        QCOMPARE(mine[0].acceleratorType, u"B200"_s);
        QCOMPARE(mine[0].fieldName, u"자연어처리"_s);
        QVERIFY(ws.myAssignments(u"c-r2"_s).isEmpty());
        QCOMPARE(ids(as(u"u-rev2"_s).myAssignments(u"c-r1"_s)),
                 (QStringList{u"as-3"_s, u"as-4"_s}));
    }

    void anotherReviewersWorkIsRefused()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QString error;
        // as-3 is rv-2's assignment on the same application a1: still not rv-1's.
        QVERIFY(!ws.application(u"as-3"_s, &error));
        QVERIFY(error.contains(u"not assigned to you"_s));
        error.clear();
        QVERIFY(ws.documents(u"as-4"_s, &error).isEmpty());
        QVERIFY(error.contains(u"not assigned to you"_s));
        error.clear();
        QVERIFY(!ws.documentContent(u"as-4"_s, u"d-3"_s, &error));
        QVERIFY(!error.isEmpty());
        // Their own assignment does not open a document of another application either.
        error.clear();
        QVERIFY(!ws.documentContent(u"as-1"_s, u"d-3"_s, &error));
        QVERIFY(error.contains(u"not part of the application"_s));

        const ReviewRecord theirs = ws.review(u"as-3"_s);
        QVERIFY(!theirs.exists);
        QVERIFY(theirs.comment.isEmpty());
        QVERIFY(!ws.saveDraft(u"as-3"_s, kFullScores, u"overwrite"_s, &error));
        QVERIFY(!ws.submit(u"as-3"_s, &error));
        QVERIFY(!ws.decline(u"as-3"_s, u"busy"_s, &error));
        QVERIFY(!ws.accept(u"as-4"_s, &error));
        QCOMPARE(ws.callOfAssignment(u"as-3"_s), QString());
        QCOMPARE(scalar(u"SELECT comment FROM reviews WHERE id = 'rw-3'"_s).toString(),
                 QString::fromUtf8(test::kSecretComment));
    }

    // Nothing a reviewer can read names the other reviewer or carries their scores.
    void nothingReadableNamesAnotherReviewer()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QString error;
        QStringList seen;
        for (const ReviewerCall &c : ws.calls())
            seen << c.code << c.title << c.titleEn;
        for (const ReviewerAssignment &a : ws.myAssignments(u"c-r1"_s)) {
            seen << a.code << a.title << a.titleEn << a.fieldName;
            if (const auto app = ws.application(a.id, &error)) {
                seen << app->title << app->summary << app->piName << app->people << app->orgName;
            }
            for (const DocumentInfo &d : ws.documents(a.id, &error)) {
                seen << d.fileName;
                if (const auto bytes = ws.documentContent(a.id, d.id, &error))
                    seen << QString::fromUtf8(*bytes);
            }
            const ReviewRecord r = ws.review(a.id);
            seen << r.comment;
            QVERIFY(r.scores.isEmpty());
        }
        const QString all = seen.join(u'\n');
        QVERIFY(!all.contains(u"박비밀"_s));
        QVERIFY(!all.contains(u"park@"_s));
        QVERIFY(!all.contains(QString::fromUtf8(test::kSecretComment)));
        QVERIFY(all.contains(u"연구 계획서 본문"_s)); // their own document is readable
    }

    void pledgeGatesTheApplications()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        QVERIFY(!ws.hasAcceptedPledge(u"c-r1"_s));
        QString error;
        QVERIFY(!ws.application(u"as-1"_s, &error));
        QVERIFY2(error.contains(u"confidentiality pledge"_s), qPrintable(error));
        error.clear();
        QVERIFY(ws.documents(u"as-1"_s, &error).isEmpty());
        QVERIFY(error.contains(u"pledge"_s));
        QVERIFY(!ws.documentContent(u"as-1"_s, u"d-1"_s, &error));
        QVERIFY(!ws.saveDraft(u"as-1"_s, kFullScores, u"draft"_s, &error));
        QVERIFY(error.contains(u"pledge"_s));
        QVERIFY(!ws.acceptPledge(u"c-r2"_s, &error)); // not on that panel
        QVERIFY(error.contains(u"not on the review panel"_s));

        acceptPledge(ws);
        QVERIFY(ws.hasAcceptedPledge(u"c-r1"_s));
        QVERIFY(ws.application(u"as-1"_s, &error));
        QCOMPARE(scalar(u"SELECT count(*) FROM pledges WHERE reviewer_id = 'rv-1'"_s).toInt(), 1);
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(test::kPledgeText), QCryptographicHash::Sha256)
                .toHex());
        QCOMPARE(scalar(u"SELECT pledge_text_sha256 FROM pledges WHERE reviewer_id = 'rv-1'"_s)
                     .toString(),
                 expected);
        QVERIFY(
            scalar(u"SELECT accepted_at FROM pledges WHERE reviewer_id = 'rv-1'"_s).toLongLong() >
            0);
        QCOMPARE(scalar(u"SELECT updated_by FROM pledges WHERE reviewer_id = 'rv-1'"_s).toString(),
                 u"u-rev1"_s);
        QVERIFY(scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'pledges'"_s).toInt() >= 1);

        // A changed pledge is a new pledge: asked again, recorded in the same row.
        QVERIFY(test::exec(
            *m_store,
            {u"UPDATE calls SET pledge_text = pledge_text || ' 개정' WHERE id = 'c-r1'"_s}));
        QVERIFY(!ws.hasAcceptedPledge(u"c-r1"_s));
        QVERIFY(!ws.application(u"as-1"_s, &error));
        acceptPledge(ws);
        QVERIFY(ws.hasAcceptedPledge(u"c-r1"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM pledges WHERE reviewer_id = 'rv-1'"_s).toInt(), 1);
        // The version is the server's to assign: a local write leaves it as it was.
        QCOMPARE(scalar(u"SELECT version FROM pledges WHERE reviewer_id = 'rv-1'"_s).toInt(), 0);
    }

    void answersNeedAReasonAndRemoveTheAssignment_data()
    {
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expectedStatus");
        QTest::newRow("decline") << false << u"as-2"_s << u"declined"_s;
        QTest::newRow("conflict") << true << u"as-5"_s << u"conflict"_s;
    }
    void answersNeedAReasonAndRemoveTheAssignment()
    {
        QFETCH(bool, conflict);
        QFETCH(QString, assignment);
        QFETCH(QString, expectedStatus);
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        auto answer = [&](const QString &reason, QString *error) {
            return conflict ? ws.declareConflict(assignment, reason, error)
                            : ws.decline(assignment, reason, error);
        };
        QString error;
        QVERIFY(!answer(u"   "_s, &error));
        QVERIFY(error.contains(u"program officer needs it"_s));
        QCOMPARE(scalar(u"SELECT status FROM review_assignments WHERE id = ?"_s, {assignment})
                     .toString(),
                 u"assigned"_s);

        // No pledge needed to say no: the reviewer must be able to refuse before reading.
        QVERIFY2(answer(u"  이전 직장과 공동 연구 중  "_s, &error), qPrintable(error));
        QCOMPARE(scalar(u"SELECT status FROM review_assignments WHERE id = ?"_s, {assignment})
                     .toString(),
                 expectedStatus);
        QCOMPARE(scalar(u"SELECT reason FROM review_assignments WHERE id = ?"_s, {assignment})
                     .toString(),
                 u"이전 직장과 공동 연구 중"_s);
        QVERIFY(scalar(u"SELECT responded_at FROM review_assignments WHERE id = ?"_s, {assignment})
                    .toLongLong() > 0);
        QCOMPARE(scalar(u"SELECT updated_by FROM review_assignments WHERE id = ?"_s, {assignment})
                     .toString(),
                 u"u-rev1"_s);
        QCOMPARE(
            scalar(u"SELECT version FROM review_assignments WHERE id = ?"_s, {assignment}).toInt(),
            0);
        QCOMPARE(
            scalar(
                u"SELECT count(*) FROM outbox WHERE table_name = 'review_assignments' AND row_id = ?"_s,
                {assignment})
                .toInt(),
            1);

        QVERIFY(!ids(ws.myAssignments(u"c-r1"_s)).contains(assignment));
        QCOMPARE(ws.call(u"c-r1"_s)->assigned, 2);
        acceptPledge(ws);
        QVERIFY(!ws.application(assignment, &error));
        QVERIFY(error.contains(conflict ? u"conflict of interest"_s : u"declined"_s));
        QVERIFY(ws.documents(assignment, &error).isEmpty());
        QVERIFY(!ws.accept(assignment, &error));
        QVERIFY(!ws.saveDraft(assignment, kFullScores, u"x"_s, &error));
        QVERIFY(!answer(u"again"_s, &error));
    }

    void acceptRecordsTheAnswer()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        QString error;
        QVERIFY2(ws.accept(u"as-2"_s, &error), qPrintable(error));
        QCOMPARE(scalar(u"SELECT status FROM review_assignments WHERE id = 'as-2'"_s).toString(),
                 u"accepted"_s);
        QVERIFY(scalar(u"SELECT responded_at FROM review_assignments WHERE id = 'as-2'"_s)
                    .toLongLong() > 0);
        QCOMPARE(ws.call(u"c-r1"_s)->accepted, 1);
        QVERIFY(ws.accept(u"as-2"_s, &error)); // answering twice changes nothing
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'review_assignments' "
                        "AND row_id = 'as-2'"_s).toInt(),
                 1);
    }

    void draftIsCreatedAndUpdated()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QString error;
        QVERIFY(!ws.review(u"as-1"_s).exists);
        const QHash<QString, int> partial{{u"k-tech"_s, 7}, {u"unknown"_s, 3}};
        QVERIFY2(ws.saveDraft(u"as-1"_s, partial, u"첫 인상"_s, &error), qPrintable(error));
        ReviewRecord r = ws.review(u"as-1"_s);
        QVERIFY(r.exists);
        QCOMPARE(r.status, ReviewStatus::Draft);
        QCOMPARE(r.scores, (QHash<QString, int>{{u"k-tech"_s, 7}})); // unknown criteria are dropped
        QCOMPARE(r.comment, u"첫 인상"_s);
        QVERIFY(!r.total);
        // Scoring accepted the assignment in the same write.
        QCOMPARE(scalar(u"SELECT status FROM review_assignments WHERE id = 'as-1'"_s).toString(),
                 u"accepted"_s);
        QCOMPARE(
            scalar(u"SELECT updated_by FROM reviews WHERE assignment_id = 'as-1'"_s).toString(),
            u"u-rev1"_s);
        QCOMPARE(
            scalar(u"SELECT reviewer_id FROM reviews WHERE assignment_id = 'as-1'"_s).toString(),
            u"rv-1"_s);

        QVERIFY(ws.saveDraft(u"as-1"_s, kFullScores, u"고쳐 씀"_s, &error));
        r = ws.review(u"as-1"_s);
        QCOMPARE(r.scores, kFullScores);
        QCOMPARE(r.comment, u"고쳐 씀"_s);
        QVERIFY(r.total);
        QCOMPARE(*r.total, 30 * 0.8 + 25 * 0.6 + 25 * 1.0 + 20 * 0.5);
        QCOMPARE(scalar(u"SELECT count(*) FROM reviews WHERE assignment_id = 'as-1'"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT version FROM reviews WHERE assignment_id = 'as-1'"_s).toInt(), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'reviews'"_s).toInt(), 2);
        const auto c = ws.call(u"c-r1"_s);
        QCOMPARE(c->drafts, 1);
        QCOMPARE(c->accepted, 1);
        QCOMPARE(ws.myAssignments(u"c-r1"_s)[0].reviewStatus, ReviewStatus::Draft);
    }

    void submitChecksEveryCriterionAndTheComment_data()
    {
        QTest::addColumn<QString>("drop");      // a criterion left unscored
        QTest::addColumn<QString>("criterion"); // one set to `value`
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing score")
            << u"k-need"_s << QString() << 0 << u"좋음"_s << u"Need for this compute"_s;
        QTest::newRow("above range")
            << QString() << u"k-tech"_s << 11 << u"좋음"_s << u"between 0 and 10, not 11"_s;
        QTest::newRow("below range")
            << QString() << u"k-impact"_s << 0 << u"좋음"_s << u"between 1 and 5, not 0"_s;
        QTest::newRow("blank comment")
            << QString() << QString() << 0 << u" \n\t "_s << u"comment"_s;
        QTest::newRow("no comment") << QString() << QString() << 0 << QString() << u"comment"_s;
    }
    void submitChecksEveryCriterionAndTheComment()
    {
        QFETCH(QString, drop);
        QFETCH(QString, criterion);
        QFETCH(int, value);
        QFETCH(QString, comment);
        QFETCH(QString, expected);
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QString error;
        QVERIFY(!ws.submit(u"as-1"_s, &error)); // nothing saved yet
        QVERIFY(error.contains(u"nothing to submit"_s));
        QHash<QString, int> scores = kFullScores;
        scores.remove(drop);
        if (!criterion.isEmpty())
            scores[criterion] = value;
        QVERIFY2(ws.saveDraft(u"as-1"_s, scores, comment, &error), qPrintable(error));
        error.clear();
        QVERIFY(!ws.submit(u"as-1"_s, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(ws.review(u"as-1"_s).status, ReviewStatus::Draft);
        QVERIFY(
            scalar(u"SELECT submitted_at FROM reviews WHERE assignment_id = 'as-1'"_s).isNull());

        const CallRepository calls(m_store->db());
        QVERIFY(
            !ReviewerWorkspace::submitProblems(calls.rubric(u"c-r1"_s), scores, comment).isEmpty());
        QVERIFY(ReviewerWorkspace::submitProblems(calls.rubric(u"c-r1"_s), kFullScores, u"ok"_s)
                    .isEmpty());
    }

    void submitLocksUntilReopened()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QString error;
        QVERIFY(ws.saveDraft(u"as-1"_s, kFullScores, u"근거 있는 평가"_s, &error));
        QVERIFY2(ws.submit(u"as-1"_s, &error), qPrintable(error));
        ReviewRecord r = ws.review(u"as-1"_s);
        QCOMPARE(r.status, ReviewStatus::Submitted);
        QVERIFY(r.locked());
        QVERIFY(r.submittedAt > 0);
        QCOMPARE(*r.total,
                 *rubricTotal(CallRepository(m_store->db()).rubric(u"c-r1"_s), kFullScores));
        QCOMPARE(ws.call(u"c-r1"_s)->submitted, 1);
        QCOMPARE(ws.call(u"c-r1"_s)->drafts, 0);

        QVERIFY(!ws.saveDraft(u"as-1"_s, {{u"k-tech"_s, 1}}, u"changed my mind"_s, &error));
        QVERIFY(error.contains(u"submitted and locked"_s));
        error.clear();
        QVERIFY(!ws.submit(u"as-1"_s, &error));
        QVERIFY(error.contains(u"submitted and locked"_s));
        QVERIFY(!ws.decline(u"as-1"_s, u"late doubts"_s, &error));
        QVERIFY(error.contains(u"reopen"_s));
        QCOMPARE(ws.review(u"as-1"_s).scores, kFullScores);

        // An officer reopens it with a reason: editable again, and submitting locks it again.
        QVERIFY(test::exec(
            *m_store, {u"UPDATE reviews SET status = 'reopened', reopen_reason = '근거 보완 요청' "
                       "WHERE assignment_id = 'as-1'"_s}));
        r = ws.review(u"as-1"_s);
        QVERIFY(!r.locked());
        QCOMPARE(r.reopenReason, u"근거 보완 요청"_s);
        QVERIFY2(
            ws.saveDraft(u"as-1"_s,
                         {{u"k-tech"_s, 1}, {u"k-feas"_s, 2}, {u"k-need"_s, 3}, {u"k-impact"_s, 4}},
                         u"보완함"_s, &error),
            qPrintable(error));
        QCOMPARE(ws.review(u"as-1"_s).status,
                 ReviewStatus::Reopened); // still the officer's reopening
        QCOMPARE(ws.call(u"c-r1"_s)->drafts, 1);
        QVERIFY2(ws.submit(u"as-1"_s, &error), qPrintable(error));
        r = ws.review(u"as-1"_s);
        QCOMPARE(r.status, ReviewStatus::Submitted);
        QCOMPARE(r.scores.value(u"k-tech"_s), 1);
        QVERIFY(!ws.saveDraft(u"as-1"_s, kFullScores, u"again"_s, &error));
    }

    void aDeclineWithdrawsTheDraft()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QString error;
        QVERIFY(ws.saveDraft(u"as-2"_s, {{u"k-tech"_s, 5}}, u"시작"_s, &error));
        QVERIFY(ws.decline(u"as-2"_s, u"분야가 다름"_s, &error));
        QCOMPARE(scalar(u"SELECT deleted FROM reviews WHERE assignment_id = 'as-2'"_s).toInt(), 1);
        QVERIFY(!ws.review(u"as-2"_s).exists);
        QCOMPARE(ws.call(u"c-r1"_s)->drafts, 0);
    }

    void aClosedPanelStopsEverything()
    {
        ReviewerWorkspace ws = as(u"u-rev1"_s);
        acceptPledge(ws);
        QVERIFY(
            test::exec(*m_store, {u"UPDATE calls SET panel_closed_at = 1 WHERE id = 'c-r1'"_s}));
        QString error;
        QVERIFY(!ws.application(u"as-1"_s, &error));
        QVERIFY(error.contains(u"closed"_s));
        QVERIFY(!ws.saveDraft(u"as-1"_s, kFullScores, u"x"_s, &error));
        QVERIFY(!ws.decline(u"as-1"_s, u"x"_s, &error));
        QVERIFY(ws.call(u"c-r1"_s)->panelClosed);
    }
};

QTEST_GUILESS_MAIN(TestReviewerWorkspace)
#include "tst_reviewerworkspace.moc"
