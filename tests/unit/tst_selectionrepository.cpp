// SPDX-License-Identifier: GPL-3.0-or-later
// The selection repository: loading a call's ranking input and its pool, applying the capacity
// cut in one transaction, overrides with their reasons, promotion, and the panel sheet.
#include "../common/TestStore.h"
#include "data/Csv.h"
#include "store/ApplicationRepository.h"
#include "store/SelectionRepository.h"

#include <QBuffer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

QString statusOf(Store &store, const QString &id)
{
    return test::scalar(store.db(), u"SELECT status FROM applications WHERE id = ?"_s, {id})
        .toString();
}

QVariant grantedOf(Store &store, const QString &id)
{
    return test::scalar(store.db(), u"SELECT granted_nodes FROM applications WHERE id = ?"_s, {id});
}

int historyCount(Store &store)
{
    return test::scalar(store.db(), u"SELECT count(*) FROM application_status_history"_s).toInt();
}

QString lastReason(Store &store, const QString &id)
{
    return test::scalar(store.db(),
                        u"SELECT reason FROM application_status_history WHERE application_id = ? "
                        "ORDER BY changed_at DESC, rowid DESC LIMIT 1"_s,
                        {id})
        .toString();
}

const SelectionType *typeOf(const CallSelectionInput &call, const QString &typeId)
{
    for (const SelectionType &t : call.types) {
        if (t.typeId == typeId)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestSelectionRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    // Reviews of one application, one per reviewer r1, r2, ..., all submitted.
    bool review(const QString &app, const QList<double> &totals)
    {
        QStringList sql;
        for (int i = 0; i < totals.size(); ++i) {
            const QString as = u"as-%1-%2"_s.arg(app).arg(i + 1);
            sql << u"INSERT INTO review_assignments (id, application_id, reviewer_id, status, "
                   "assigned_at) VALUES ('%1', '%2', 'r%3', 'accepted', 1)"_s.arg(as, app)
                       .arg(i + 1)
                << u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, status, "
                   "total, submitted_at) VALUES ('rv-%1', '%1', '%2', 'r%3', 'submitted', %4, 2)"_s
                       .arg(as, app)
                       .arg(i + 1)
                       .arg(totals[i]);
        }
        return test::exec(*m_store, sql);
    }

    CallSelectionInput load()
    {
        QString error;
        const auto call = SelectionRepository(*m_store).load(u"c-r1"_s, &error);
        if (!call)
            qWarning("load failed: %s", qPrintable(error));
        return call.value_or(CallSelectionInput());
    }

private Q_SLOTS:
    // Pool open-b200 of 10 nodes. Committed before the review: R1-0000 selected with 3 of its 4
    // nodes granted, and an active project of another call on the same pool holding its
    // requested 1 node (no grant recorded): 4 committed, 6 left. N = 2, waitlist 2.
    //
    //   app  nodes  totals   expected walk (6 left)
    //   a1   4      90 90    rank 1: selected, 2 left
    //   a2   8      85 85    rank 2: does not fit, waitlist place 1
    //   a3   2      80 80    rank 3: selected, 0 left
    //   a4   2      70 70    rank 4: waitlist place 2
    //   a5   1      60 60    rank 5: rejected
    //   a6   1      95       one review: flagged, no proposal
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::exec(
            *m_store,
            {u"INSERT INTO pools (id, code, name, kind, accelerator_type_id, capacity_nodes) "
             "VALUES ('p-b', 'open-b200', '공모 B200', 'open_call', 't-b200', 10)"_s,
             u"UPDATE call_accelerators SET pool_id = 'p-b' WHERE id = 'ca-b'"_s,
             u"UPDATE calls SET reviewers_per_application = 2, waitlist_length = 2"_s,
             u"INSERT INTO calls (id, call_type_id, code, title, opens_on, closes_on) VALUES "
             "('c-r0', 'ct-open', '2024-R2', '2024년 2차', '2024-06-01', '2024-06-30')"_s,
             u"INSERT INTO call_accelerators (id, call_id, accelerator_type_id, max_nodes, "
             "price_per_gpu_hour, pool_id) VALUES ('ca-0', 'c-r0', 't-b200', 16, 9000, 'p-b')"_s,
             u"INSERT INTO reviewers (id, name, email) VALUES ('r1', '심사위원가', 'ga@rev.kr'), "
             "('r2', '심사위원나', 'na@rev.kr')"_s}));
        const struct
        {
            const char *id;
            int nodes;
            const char *status;
            qint64 at;
        } apps[] = {{"a0", 4, "selected", 1},     {"a1", 4, "under_review", 2},
                    {"a2", 8, "under_review", 3}, {"a3", 2, "under_review", 4},
                    {"a4", 2, "under_review", 5}, {"a5", 1, "under_review", 6},
                    {"a6", 1, "under_review", 7}};
        for (const auto &a : apps) {
            const QString id = QString::fromLatin1(a.id);
            QVERIFY(test::addApplication(*m_store, id, u"R1-000"_s + id.mid(1), u"과제 "_s + id,
                                         u"o-univ"_s, u"t-b200"_s, a.nodes * 8, 6,
                                         QString::fromLatin1(a.status), a.at));
        }
        QVERIFY(test::addApplication(*m_store, u"old"_s, u"R0-0001"_s, u"지난 과제"_s, u"o-sme"_s,
                                     u"t-b200"_s, 8, 6, u"active"_s));
        QVERIFY(
            test::exec(*m_store, {u"UPDATE applications SET granted_nodes = 3 WHERE id = 'a0'"_s,
                                  u"UPDATE applications SET call_id = 'c-r0' WHERE id = 'old'"_s}));
        QVERIFY(review(u"a1"_s, {90, 90}));
        QVERIFY(review(u"a2"_s, {85, 85}));
        QVERIFY(review(u"a3"_s, {80, 80}));
        QVERIFY(review(u"a4"_s, {70, 70}));
        QVERIFY(review(u"a5"_s, {60, 60}));
        QVERIFY(review(u"a6"_s, {95}));
        // A draft counts for nothing.
        QVERIFY(test::exec(*m_store,
                           {u"INSERT INTO review_assignments (id, application_id, reviewer_id, "
                            "assigned_at) VALUES ('as-d', 'a6', 'r2', 1)"_s,
                            u"INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, "
                            "status, total) VALUES ('rv-d', 'as-d', 'a6', 'r2', 'draft', 99)"_s}));
    }
    void cleanupTestCase() { m_store.reset(); }

    void loadsTheCallAndItsCommittedCapacity()
    {
        const CallSelectionInput call = load();
        QCOMPARE(call.callCode, u"2025-R1"_s);
        QCOMPARE(call.input.reviewersPerApplication, 2);
        QCOMPARE(call.waitlistLength, 2);
        QCOMPARE(call.input.applications.size(), 7); // not the other call's project
        QCOMPARE(call.input.reviews.size(), 11);     // submitted only
        const SelectionType *b200 = typeOf(call, u"t-b200"_s);
        QVERIFY(b200);
        QVERIFY(b200->hasPool);
        QCOMPARE(b200->pool.poolCode, u"open-b200"_s);
        QCOMPARE(b200->pool.capacityNodes, 10);
        QCOMPARE(b200->pool.committedNodes, 4); // 3 granted + 1 requested by the other call
        const SelectionType *h200 = typeOf(call, u"t-h200"_s);
        QVERIFY(h200);
        QVERIFY(!h200->hasPool);

        QString error;
        const QList<CallSelectionInput> all = SelectionRepository(*m_store).loadAll(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].callCode, u"2025-R1"_s);
        QCOMPARE(all[1].input.reviews.size(), 11);
        QCOMPARE(all[0].input.applications.size(), 1);
        QVERIFY(!SelectionRepository(*m_store).load(u"nope"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    // A proposal gone stale (an application withdrawn meanwhile) is refused as a whole.
    void applyIsAllOrNothing()
    {
        const CallSelectionInput call = load();
        const QList<ApplicationScore> scores = scoreApplications(call.input);
        const TypeSelection sel = selectType(call, scores, *typeOf(call, u"t-b200"_s), RankBy::Raw);
        QCOMPARE(sel.proposal.decisions.size(), 5);
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET status = 'withdrawn' "
                                      "WHERE id = 'a5'"_s}));
        const int before = historyCount(*m_store);
        QString error;
        QVERIFY(!SelectionRepository(*m_store).applyProposal(call, scores, sel, &error));
        QVERIFY(error.contains(u"R1-0005"_s));
        QCOMPARE(statusOf(*m_store, u"a1"_s), u"under_review"_s);
        QVERIFY(grantedOf(*m_store, u"a1"_s).isNull());
        QCOMPARE(historyCount(*m_store), before);
        QVERIFY(test::exec(*m_store, {u"UPDATE applications SET status = 'under_review' "
                                      "WHERE id = 'a5'"_s}));
    }

    void applyWritesStatusesHistoryAndGrants()
    {
        const CallSelectionInput call = load();
        const QList<ApplicationScore> scores = scoreApplications(call.input);
        const TypeSelection sel = selectType(call, scores, *typeOf(call, u"t-b200"_s), RankBy::Raw);
        QCOMPARE(sel.proposal.selected, 2);
        QCOMPARE(sel.proposal.waitlisted, 2);
        QCOMPARE(sel.proposal.rejected, 1);
        QCOMPARE(sel.proposal.selectedNodes, 6);
        const int before = historyCount(*m_store);
        QString error;
        QVERIFY2(SelectionRepository(*m_store).applyProposal(call, scores, sel, &error),
                 qPrintable(error));
        const QString expected[][3] = {
            {u"a1"_s, u"selected"_s, u"4"_s},    {u"a2"_s, u"waitlisted"_s, QString()},
            {u"a3"_s, u"selected"_s, u"2"_s},    {u"a4"_s, u"waitlisted"_s, QString()},
            {u"a5"_s, u"rejected"_s, QString()}, {u"a6"_s, u"under_review"_s, QString()}};
        for (const auto &e : expected) {
            QCOMPARE(statusOf(*m_store, e[0]), e[1]);
            QCOMPARE(grantedOf(*m_store, e[0]).toString(), e[2]);
        }
        QCOMPARE(historyCount(*m_store), before + 5);
        QCOMPARE(lastReason(*m_store, u"a1"_s), u"Rank 1 of 5 (score 90.0)"_s);
        QCOMPARE(lastReason(*m_store, u"a5"_s),
                 u"Below the capacity cut: rank 5 of 5, 1 node(s) requested, 0 left"_s);
        QCOMPARE(lastReason(*m_store, u"a4"_s),
                 u"Waitlist place 2: rank 4 of 5 (score 70.0), 2 node(s) requested, 0 left"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT count(*) FROM applications "
                                             "WHERE decided_by_override = 1"_s)
                     .toInt(),
                 0);
        // The pool is now full: nothing more to propose, nothing to promote.
        const CallSelectionInput after = load();
        QCOMPARE(typeOf(after, u"t-b200"_s)->pool.committedNodes, 10);
        const TypeSelection again = selectType(after, scoreApplications(after.input),
                                               *typeOf(after, u"t-b200"_s), RankBy::Raw);
        QVERIFY(again.proposal.decisions.isEmpty());
        QVERIFY(!again.promotion);
    }

    void overrideNeedsAReasonAndIsMarked()
    {
        SelectionRepository repo(*m_store);
        QString error;
        const int before = historyCount(*m_store);
        QVERIFY(!repo.overrideDecision(u"a5"_s, SelectionDecision::Select, 1, u"   "_s, &error));
        QVERIFY(error.contains(u"reason"_s));
        error.clear();
        QVERIFY(
            !repo.overrideDecision(u"a5"_s, SelectionDecision::Select, 2, u"Strategic"_s, &error));
        QVERIFY(error.contains(u"between 1 and 1"_s));
        QCOMPARE(historyCount(*m_store), before);
        QCOMPARE(statusOf(*m_store, u"a5"_s), u"rejected"_s);

        // Fewer nodes than requested: a3 keeps its status with 1 of its 2 nodes.
        QVERIFY2(repo.overrideDecision(u"a3"_s, SelectionDecision::Select, 1,
                                       u"Half the request covers the first phase"_s, &error),
                 qPrintable(error));
        QCOMPARE(statusOf(*m_store, u"a3"_s), u"selected"_s);
        QCOMPARE(grantedOf(*m_store, u"a3"_s).toInt(), 1);
        // The flagged one, waitlisted by hand.
        QVERIFY2(repo.overrideDecision(u"a6"_s, SelectionDecision::Waitlist, 0,
                                       u"Second review is late; keep it in reserve"_s, &error),
                 qPrintable(error));
        QCOMPARE(statusOf(*m_store, u"a6"_s), u"waitlisted"_s);
        QCOMPARE(historyCount(*m_store), before + 2);
        QCOMPARE(lastReason(*m_store, u"a3"_s), u"Half the request covers the first phase"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT group_concat(id) FROM (SELECT id FROM "
                                             "applications WHERE decided_by_override = 1 "
                                             "ORDER BY id)"_s)
                     .toString(),
                 u"a3,a6"_s);
        QCOMPARE(test::scalar(m_store->db(), u"SELECT from_status || '>' || to_status FROM "
                                             "application_status_history WHERE application_id "
                                             "= 'a3' ORDER BY changed_at DESC, rowid DESC"_s)
                     .toString(),
                 u"selected>selected"_s);
        // Moving a selected one off the list clears its grant.
        QVERIFY(repo.overrideDecision(u"a0"_s, SelectionDecision::Waitlist, 0,
                                      u"Overlaps with an active project"_s, &error));
        QVERIFY(grantedOf(*m_store, u"a0"_s).isNull());
        // Nothing can be overridden once allocated.
        QVERIFY(!repo.overrideDecision(u"old"_s, SelectionDecision::Reject, 0, u"x"_s, &error));
    }

    // After a1 withdraws, 4 (a1) + 1 (a3's halved grant) + 3 (a0 waitlisted) = 8 nodes are
    // free: a2 (8 nodes) comes first in rank order and now fits.
    void promotionTakesTheFirstWaitlistedThatFits()
    {
        QString error;
        QVERIFY(ApplicationRepository(*m_store).transition(u"a1"_s, ApplicationStatus::Withdrawn,
                                                           u"Project cancelled"_s, &error));
        const CallSelectionInput call = load();
        const QList<ApplicationScore> scores = scoreApplications(call.input);
        const TypeSelection sel = selectType(call, scores, *typeOf(call, u"t-b200"_s), RankBy::Raw);
        QCOMPARE(typeOf(call, u"t-b200"_s)->pool.left(), 8);
        QVERIFY(sel.promotion);
        QCOMPARE(call.input.applications[sel.promotion->application].id, u"a2"_s);
        QVERIFY2(SelectionRepository(*m_store).promote(call, scores, sel, &error),
                 qPrintable(error));
        QCOMPARE(statusOf(*m_store, u"a2"_s), u"selected"_s);
        QCOMPARE(grantedOf(*m_store, u"a2"_s).toInt(), 8);
        QVERIFY(lastReason(*m_store, u"a2"_s).startsWith(u"Promoted from the waitlist: rank 2"_s));
    }

    void panelSheetHasTheRankedListAndNoReviewers()
    {
        const CallSelectionInput call = load();
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(SelectionRepository(*m_store).writePanelSheet(&buffer, call, RankBy::Raw, &error));
        const QByteArray bytes = buffer.data();
        QVERIFY(!bytes.contains("심사위원"));
        QVERIFY(!bytes.contains("rev.kr"));
        CsvReader reader(bytes);
        QList<QStringList> rows;
        CsvRecord record;
        while (reader.next(&record))
            rows << record.fields;
        QVERIFY(!reader.hasError());
        const QStringList header = rows.takeFirst();
        const int code = header.indexOf(u"Code"_s);
        const int rank = header.indexOf(u"Rank"_s);
        const int score = header.indexOf(u"Raw score"_s);
        const int flag = header.indexOf(u"Flag"_s);
        const int status = header.indexOf(u"Current status"_s);
        const int granted = header.indexOf(u"Granted nodes"_s);
        const int reason = header.indexOf(u"Override reason"_s);
        const int reviews = header.indexOf(u"Reviews submitted"_s);
        QVERIFY(code >= 0 && rank >= 0 && score >= 0 && flag >= 0 && status >= 0 && granted >= 0 &&
                reason >= 0 && reviews >= 0);
        // a1 withdrew but had reviews, so it stays on the sheet with its rank.
        QStringList codes;
        for (const QStringList &r : rows)
            codes << r[code];
        QCOMPARE(codes, (QStringList{u"R1-0001"_s, u"R1-0002"_s, u"R1-0003"_s, u"R1-0004"_s,
                                     u"R1-0005"_s, u"R1-0006"_s, u"R1-0000"_s}));
        QCOMPARE(rows[0][rank], u"1"_s);
        QCOMPARE(rows[0][score], u"90.0"_s);
        QCOMPARE(rows[1][granted], u"8"_s);
        QCOMPARE(rows[2][reason], u"Half the request covers the first phase"_s);
        QCOMPARE(rows[5][rank], QString());
        QCOMPARE(rows[5][reviews], u"1"_s);
        QVERIFY(!rows[5][flag].isEmpty());
        QVERIFY(rows[4][flag].isEmpty());
        QCOMPARE(rows[4][status], statusLabel(ApplicationStatus::Rejected));
    }
};

QTEST_MAIN(TestSelectionRepository)
#include "tst_selectionrepository.moc"
