// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewer data retention on a reviewer's own profile: when call 2025-R1's panel closes, the
// copies of its applications go (documents, people, history, drafts, the applications the
// reviewer did not submit a review of) and exactly that: the submitted review stays beside its
// receipt number, the other call is untouched, nothing is pushed as a deletion, the contents leave
// the file on disk, and the record says what was removed. An officer's profile keeps everything.
#include "../common/TestStore.h"
#include "store/ReviewerRetention.h"
#include "store/ReviewerWorkspace.h"

#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestReviewerRetention : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &sql) const { return test::scalar(m_store->db(), sql).toInt(); }
    QByteArray fileBytes() const
    {
        QByteArray all;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(m_store->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithReference(*m_dir);
        QVERIFY(m_store);
        QVERIFY(test::exec(
            *m_store,
            {u"INSERT INTO users (id, login, display_name, role) VALUES ('u-rev', 'reviewer01', "
             "'이평가', 'reviewer')"_s,
             u"INSERT INTO reviewers (id, user_id, name) VALUES ('rv-1', 'u-rev', '이평가')"_s,
             u"INSERT INTO calls (id, call_type_id, code, title, opens_on, closes_on) VALUES "
             "('c-r2', 'ct-open', '2026-R1', '2026년 1차', '2026-06-01', '2026-06-30')"_s,
             u"INSERT INTO panel_members (id, call_id, reviewer_id) VALUES ('pm-1', 'c-r1', 'rv-1'), "
             "('pm-2', 'c-r2', 'rv-1')"_s}));
        const auto app = [&](const char *id, const char *code, const char *title) {
            return test::addApplication(*m_store, QString::fromLatin1(id), QString::fromLatin1(code),
                                        QString::fromUtf8(title), u"o-univ"_s, u"t-b200"_s, 16, 6,
                                        u"under_review"_s);
        };
        QVERIFY(app("a1", "R1-0001", "과제-A1-SECRET 언어모델"));
        QVERIFY(app("a2", "R1-0002", "과제-A2-SECRET 신약"));
        QVERIFY(app("a3", "R1-0003", "과제-A3-SECRET 기상"));
        QVERIFY(app("a4", "R2-0004", "과제-A4-KEEP 로봇"));
        QVERIFY(test::exec(
            *m_store,
            {u"UPDATE applications SET call_id = 'c-r2' WHERE id = 'a4'"_s,
             u"UPDATE applications SET summary = '요약-A2-SECRET', pi_email = 'pi-a2@secret.kr' "
             "WHERE id = 'a2'"_s,
             u"INSERT INTO documents (id, application_id, file_name, content) VALUES "
             "('d1', 'a1', 'plan.txt', 'DOC-A1-SECRET'), ('d2', 'a2', 'plan.txt', 'DOC-A2-SECRET'), "
             "('d3', 'a4', 'plan.txt', 'DOC-A4-KEEP')"_s,
             u"INSERT INTO application_people (id, application_id, name) VALUES ('p1', 'a1', "
             "'공동연구자-SECRET')"_s,
             u"INSERT INTO application_status_history (id, application_id, to_status, changed_at, "
             "changed_by) VALUES ('h1', 'a1', 'under_review', 1, '담당자')"_s,
             u"INSERT INTO review_assignments (id, application_id, reviewer_id, status, assigned_at) "
             "VALUES ('ra1', 'a1', 'rv-1', 'accepted', 1), ('ra2', 'a2', 'rv-1', 'accepted', 1), "
             "('ra3', 'a3', 'rv-1', 'assigned', 1), ('ra4', 'a4', 'rv-1', 'accepted', 1)"_s}));
        // The reviewer's own writes, captured for sync.
        QVERIFY(test::exec(
            *m_store,
            {u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status, "
             "comment, total) VALUES ('rv-a1', 'ra1', 'a1', 'rv-1', 'submitted', '우수함', 81.5)"_s,
             u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status, "
             "comment) VALUES ('rv-a2', 'ra2', 'a2', 'rv-1', 'draft', '작성 중')"_s,
             u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status, "
             "comment) VALUES ('rv-a4', 'ra4', 'a4', 'rv-1', 'draft', '작성 중')"_s},
            Store::Capture::Local));
        m_store->setCurrentUser(u"u-rev"_s, u"이평가"_s);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void nothingBeforeThePanelCloses();
    void removesExactlyWhatItSays();
    void contentsLeaveTheDisk();
    void officersProfileKeepsEverything();
    void reviewerStillSeesTheirReview();
};

void TestReviewerRetention::nothingBeforeThePanelCloses()
{
    ReviewerRetention retention(*m_store);
    QVERIFY(retention.isReviewerProfile());
    QVERIFY(retention.callsDue().isEmpty());
    QString error;
    QVERIFY(!retention.purge(u"c-r1"_s, &error));
    QVERIFY2(error.contains(u"has not closed"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM documents"_s), 3);
}

void TestReviewerRetention::removesExactlyWhatItSays()
{
    QVERIFY(test::exec(*m_store, {u"UPDATE calls SET panel_closed_at = 1770000000000 WHERE id = 'c-r1'"_s}));
    ReviewerRetention retention(*m_store);
    QCOMPARE(retention.callsDue(), QStringList{u"c-r1"_s});
    const int outbox = count(u"SELECT count(*) FROM outbox"_s);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE table_name = 'reviews'"_s), 3);
    QString error;
    const QList<RetentionRecord> done = retention.purgeDue(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(done.size(), 1);
    const RetentionRecord &r = done[0];
    QCOMPARE(r.callCode, u"2025-R1"_s);
    QCOMPARE(r.applicationsRemoved, 2);
    QCOMPARE(r.applicationsKept, 1);
    QCOMPARE(r.documentsRemoved, 2);
    QCOMPARE(r.draftsRemoved, 1);
    QCOMPARE(r.reviewsKept, 1);

    // Exactly that is gone.
    QCOMPARE(count(u"SELECT count(*) FROM documents"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM documents WHERE id = 'd3'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM applications WHERE call_id = 'c-r1'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM applications WHERE id = 'a1' AND code = 'R1-0001' AND "
                   "title = '' AND summary = '' AND pi_name = ''"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM application_people"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM application_status_history"_s), 0);
    QCOMPARE(count(u"SELECT group_concat(id) = 'rv-a1,rv-a4' FROM (SELECT id FROM reviews ORDER BY id)"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM review_assignments"_s), 2);
    // The other call is untouched.
    QCOMPARE(count(u"SELECT count(*) FROM applications WHERE id = 'a4' AND title = '과제-A4-KEEP 로봇'"_s), 1);
    // Nothing pushed as a deletion; the removed draft's pending change is withdrawn.
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outbox - 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE row_id = 'rv-a2'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE op = 'delete'"_s), 0);
    // Searches find nothing of it.
    QCOMPARE(count(u"SELECT count(*) FROM application_search WHERE application_search MATCH 'SECRET'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM application_browse WHERE call_id = 'c-r1'"_s), 1);
    // Said so, and recorded.
    const auto record = retention.record(u"c-r1"_s);
    QVERIFY(record);
    QCOMPARE(record->documentsRemoved, 2);
    const QString notice = ReviewerRetention::notice(*record);
    QVERIFY2(notice.contains(u"2025-R1"_s) && notice.contains(u"2 document(s)"_s) &&
                 notice.contains(u"1 submitted review(s) are kept"_s),
             qPrintable(notice));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'retention_purge'"_s), 1);
    // Done once.
    QVERIFY(retention.callsDue().isEmpty());
}

void TestReviewerRetention::contentsLeaveTheDisk()
{
    QVERIFY(fileBytes().contains("DOC-A2-SECRET"));
    QVERIFY(test::exec(*m_store, {u"UPDATE calls SET panel_closed_at = 1770000000000 WHERE id = 'c-r1'"_s}));
    QString error;
    QVERIFY2(ReviewerRetention(*m_store).purge(u"c-r1"_s, &error), qPrintable(error));
    const QByteArray bytes = fileBytes();
    for (const char *gone : {"DOC-A1-SECRET", "DOC-A2-SECRET", "요약-A2-SECRET", "pi-a2@secret.kr",
                             "공동연구자-SECRET", "과제-A1-SECRET", "과제-A3-SECRET"})
        QVERIFY2(!bytes.contains(QByteArray(gone)), gone);
    QVERIFY(bytes.contains("DOC-A4-KEEP"));
}

void TestReviewerRetention::officersProfileKeepsEverything()
{
    QVERIFY(test::exec(*m_store,
                       {u"UPDATE calls SET panel_closed_at = 1770000000000 WHERE id = 'c-r1'"_s,
                        u"INSERT INTO users (id, login, display_name, role) VALUES ('u-o', "
                        "'officer', '김서연', 'program_officer')"_s}));
    ReviewerRetention retention(*m_store);
    QVERIFY(!retention.isReviewerProfile());
    QVERIFY(retention.callsDue().isEmpty());
    QString error;
    QVERIFY(!retention.purge(u"c-r1"_s, &error));
    QCOMPARE(count(u"SELECT count(*) FROM documents"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM applications"_s), 4);
}

void TestReviewerRetention::reviewerStillSeesTheirReview()
{
    QVERIFY(test::exec(*m_store, {u"UPDATE calls SET panel_closed_at = 1770000000000 WHERE id = 'c-r1'"_s}));
    QString error;
    QVERIFY(ReviewerRetention(*m_store).purge(u"c-r1"_s, &error));
    ReviewerWorkspace workspace(*m_store, u"u-rev"_s);
    const auto call = workspace.call(u"c-r1"_s);
    QVERIFY(call);
    QVERIFY(call->panelClosed);
    QCOMPARE(call->submitted, 1);
    const QList<ReviewerAssignment> mine = workspace.myAssignments(u"c-r1"_s);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine[0].code, u"R1-0001"_s);
    QCOMPARE(workspace.review(u"ra1"_s).comment, u"우수함"_s);
    QVERIFY(!workspace.application(u"ra1"_s, &error)); // the contents are gone, and it says why
}

QTEST_GUILESS_MAIN(TestReviewerRetention)
#include "tst_reviewerretention.moc"
