// SPDX-License-Identifier: GPL-3.0-or-later
// The selection repository: loading a call's ranking input and its pool, applying the capacity
// cut in one transaction, overrides with their reasons, promotion, and the panel sheet.
#include "../common/SelectionSeed.h"
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

    CallSelectionInput load()
    {
        QString error;
        const auto call = SelectionRepository(*m_store).load(u"c-r1"_s, &error);
        if (!call)
            qWarning("load failed: %s", qPrintable(error));
        return call.value_or(CallSelectionInput());
    }

private Q_SLOTS:
    // The scenario and its expected cut are described in SelectionSeed.h.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::openWithReference(m_dir);
        QVERIFY(m_store);
        m_store->setCurrentUser(u"u-officer"_s, u"김서연"_s);
        QVERIFY(test::seedSelection(*m_store));
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
