// SPDX-License-Identifier: GPL-3.0-or-later
// The server's sync logic through the routes' own code (SyncEndpoint): the change feed, pages,
// visibility per role, pushes with their recorded results, the three-way merge, the review lock
// and the global rules.
#include "../common/SyncSeed.h"
#include "ServerLog.h"
#include "SqliteServerStore.h"
#include "SyncEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::sync;

namespace {

const SyncCaller kOfficer{u"u-officer"_s, Role::ProgramOfficer};
const SyncCaller kOfficer2{u"u-officer2"_s, Role::ProgramOfficer};
const SyncCaller kReviewer1{u"u-rev1"_s, Role::Reviewer};
const SyncCaller kReviewer2{u"u-rev2"_s, Role::Reviewer};
const SyncCaller kManager{u"u-manager"_s, Role::Manager};

// Every row a pull delivered, by table and id, and what left the view.
struct Pulled
{
    QHash<QString, QHash<QString, QJsonObject>> rows;
    QSet<QString> gone; // "table/id"
    qint64 cursor = 0;
    int pages = 0;
    QByteArray raw; // every page's bytes, to look for what must never be there

    QJsonObject row(const QString &table, const QString &id) const
    {
        return rows.value(table).value(id);
    }
    bool has(const QString &table, const QString &id) const
    {
        return rows.value(table).contains(id);
    }
};

Mutation change(const QString &table, const QString &row, qint64 base, const QJsonObject &changes,
                MutationOp op = MutationOp::Update)
{
    Mutation m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.table = table;
    m.rowId = row;
    m.op = op;
    m.baseVersion = base;
    m.changes = changes;
    return m;
}

QJsonArray edit(const QJsonValue &before, const QJsonValue &after)
{
    return QJsonArray{before, after};
}

// A new review of the first reviewer's (rv-1).
Mutation newReview(const QString &id, const QString &assignment, const QString &application,
                   const QString &status)
{
    return change(u"reviews"_s, id, 0,
                  {{u"id"_s, edit(QJsonValue::Null, id)},
                   {u"assignment_id"_s, edit(QJsonValue::Null, assignment)},
                   {u"application_id"_s, edit(QJsonValue::Null, application)},
                   {u"reviewer_id"_s, edit(QJsonValue::Null, u"rv-1"_s)},
                   {u"status"_s, edit(QJsonValue::Null, status)},
                   {u"comment"_s, edit(QJsonValue::Null, u"초안"_s)}},
                  MutationOp::Insert);
}

// The officer assigns `application` to the second reviewer (rv-2).
Mutation assignToSecondReviewer(const QString &id, const QString &application)
{
    return change(u"review_assignments"_s, id, 0,
                  {{u"id"_s, edit(QJsonValue::Null, id)},
                   {u"application_id"_s, edit(QJsonValue::Null, application)},
                   {u"reviewer_id"_s, edit(QJsonValue::Null, u"rv-2"_s)},
                   {u"status"_s, edit(QJsonValue::Null, u"assigned"_s)},
                   {u"assigned_at"_s, edit(QJsonValue::Null, qint64(1767225600000))}},
                  MutationOp::Insert);
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteServerStore> m_store;

    Pulled pull(const SyncCaller &caller, qint64 cursor = 0, int limit = 5000)
    {
        Pulled out;
        out.cursor = cursor;
        for (;;) {
            const SyncAnswer a = SyncEndpoint::pull(
                *m_store, caller, encode(PullRequest{out.cursor, limit}));
            if (a.status != 200) {
                qWarning("pull answered %d: %s", a.status, a.body.constData());
                return out;
            }
            out.raw += a.body;
            WireError e;
            const auto page = decodePullPage(a.body, &e);
            if (!page) {
                qWarning("undecodable page: %s", qPrintable(e.code));
                return out;
            }
            ++out.pages;
            for (const PullTable &t : page->tables) {
                for (const QJsonArray &r : rowArrays(t)) {
                    QJsonObject o;
                    for (int i = 0; i < t.columns.size(); ++i)
                        o.insert(t.columns[i], r.at(i));
                    out.rows[t.table].insert(o.value(u"id"_s).toString(), o);
                    out.gone.remove(t.table + u'/' + o.value(u"id"_s).toString());
                }
            }
            for (const PullGone &g : page->gone) {
                for (const QString &id : g.ids) {
                    out.gone.insert(g.table + u'/' + id);
                    out.rows[g.table].remove(id);
                }
            }
            out.cursor = page->cursor;
            if (!page->more)
                return out;
        }
    }

    QList<MutationResult> push(const SyncCaller &caller, const QList<QList<Mutation>> &txs)
    {
        PushRequest request;
        int n = 0;
        for (const QList<Mutation> &ms : txs)
            request.transactions.append({QString::number(++n), ms});
        const SyncAnswer a = SyncEndpoint::push(*m_store, caller, encode(request));
        if (a.status != 200) {
            qWarning("push answered %d: %s", a.status, a.body.constData());
            return {};
        }
        WireError e;
        const auto response = decodePushResponse(a.body, &e);
        return response ? response->results : QList<MutationResult>();
    }

    qint64 versionOf(const QString &table, const QString &id)
    {
        return pull(kOfficer).row(table, id).value(u"version"_s).toInteger();
    }

    QVariant serverValue(const QString &sql)
    {
        return test::scalar(m_store->sharedStore().db(), sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ServerLog::setQuiet(true);
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_store.reset();
        QVERIFY(m_dir.isValid());
        const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        m_store = SqliteServerStore::open(m_dir.filePath(name + u".sqlite"_s),
                                          m_dir.filePath(name + u".heads"_s), true, &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY(test::seedSyncWorld(m_store->sharedStore()));
    }

    void cleanup() { m_store.reset(); }

    void everyRowIsInTheFeedOnce()
    {
        const int rows = serverValue(u"SELECT (SELECT count(*) FROM applications) + (SELECT "
                                     "count(*) FROM nodes) + (SELECT count(*) FROM reviews)"_s)
                             .toInt();
        const int fed = serverValue(u"SELECT count(*) FROM sync_feed WHERE table_name IN "
                                    "('applications', 'nodes', 'reviews')"_s)
                            .toInt();
        QCOMPARE(fed, rows);
        // An update moves the row to the end of the feed with a new seq.
        const qint64 before = versionOf(u"applications"_s, u"a1"_s);
        QVERIFY(test::exec(m_store->sharedStore(),
                           {u"UPDATE applications SET title = '새 제목' WHERE id = 'a1'"_s}));
        QVERIFY(versionOf(u"applications"_s, u"a1"_s) > before);
        QCOMPARE(serverValue(u"SELECT max(seq) FROM sync_feed"_s).toLongLong(),
                 versionOf(u"applications"_s, u"a1"_s));
    }

    void officerPullsEverythingInPages()
    {
        const Pulled all = pull(kOfficer, 0, 7);
        QVERIFY(all.pages > 5);
        const Pulled once = pull(kOfficer, 0, 10000);
        QCOMPARE(once.pages, 1);
        QCOMPARE(all.rows, once.rows);
        QCOMPARE(all.cursor, once.cursor);
        QVERIFY(all.has(u"reviews"_s, u"rw-3"_s));
        QVERIFY(all.has(u"nodes"_s, u"n-a1-01"_s));
        QCOMPARE(all.row(u"applications"_s, u"ap-b"_s).value(u"status"_s).toString(),
                 u"selected"_s);
        // Documents travel as hex; versions are the feed's.
        QCOMPARE(QByteArray::fromHex(
                     all.row(u"documents"_s, u"d-1"_s).value(u"content"_s).toString().toLatin1()),
                 u"연구 계획서 본문"_s.toUtf8());
        QVERIFY(all.row(u"documents"_s, u"d-1"_s).value(u"version"_s).toInteger() > 0);
        // Nothing new: an empty page at the same cursor.
        const Pulled again = pull(kOfficer, all.cursor);
        QCOMPARE(again.rows.size(), 0);
        QCOMPARE(again.cursor, all.cursor);
    }

    void reviewerSeesOnlyOwn()
    {
        const Pulled mine = pull(kReviewer1, 0, 3);
        // Their own assignments' applications (a1, a2, a4), with documents, not a3 nor ap-*.
        QCOMPARE(QSet<QString>(mine.rows.value(u"applications"_s).keyBegin(),
                               mine.rows.value(u"applications"_s).keyEnd()),
                 (QSet<QString>{u"a1"_s, u"a2"_s, u"a4"_s}));
        QVERIFY(mine.has(u"documents"_s, u"d-1"_s));
        QVERIFY(!mine.has(u"documents"_s, u"d-3"_s));
        // The pipeline's columns are hidden.
        QCOMPARE(mine.row(u"applications"_s, u"a1"_s).value(u"pi_phone"_s).toString(), QString());
        QCOMPARE(mine.row(u"applications"_s, u"a1"_s).value(u"status"_s).toString(),
                 u"under_review"_s);
        // Only themselves among people: no other reviewer, user, assignment or review.
        QCOMPARE(mine.rows.value(u"reviewers"_s).keys(), QStringList{u"rv-1"_s});
        QCOMPARE(mine.rows.value(u"users"_s).keys(), QStringList{u"u-rev1"_s});
        for (const QJsonObject &a : mine.rows.value(u"review_assignments"_s))
            QCOMPARE(a.value(u"reviewer_id"_s).toString(), u"rv-1"_s);
        QVERIFY(mine.rows.value(u"reviews"_s).isEmpty());
        QVERIFY(mine.rows.value(u"panel_members"_s).contains(u"pm-1"_s));
        QVERIFY(!mine.rows.value(u"panel_members"_s).contains(u"pm-2"_s));
        // The fleet, grants and history are not theirs to see.
        for (const QString &t : {u"nodes"_s, u"grants"_s, u"allocations"_s, u"pools"_s,
                                 u"application_status_history"_s, u"statements"_s})
            QVERIFY2(mine.rows.value(t).isEmpty(), qPrintable(t));
        // Not a byte of the other reviewer: name, e-mail, scores, comment.
        for (const char *secret : {"박비밀", "park@reviewers.example", test::kSecretComment,
                                   "81.25", "u-rev2", "rv-2"})
            QVERIFY2(!mine.raw.contains(QByteArray(secret)), secret);
    }

    void assignmentsBringApplicationsAndTakeThemAway()
    {
        const Pulled first = pull(kReviewer2);
        QVERIFY(!first.has(u"applications"_s, u"a2"_s));
        // The officer assigns a2 to the second reviewer: an old row becomes visible.
        const auto assigned = push(
            kOfficer,
            {{assignToSecondReviewer(u"as-new"_s, u"a2"_s)}});
        QCOMPARE(assigned.value(0).outcome, Outcome::Applied);
        const Pulled next = pull(kReviewer2, first.cursor);
        QVERIFY(next.has(u"applications"_s, u"a2"_s));
        QVERIFY(next.has(u"review_assignments"_s, u"as-new"_s));
        // The reviewer declares a conflict: the application and its documents leave their view.
        const qint64 v = next.row(u"review_assignments"_s, u"as-new"_s).value(u"version"_s).toInteger();
        const auto declined = push(
            kReviewer2, {{change(u"review_assignments"_s, u"as-new"_s, v,
                                 {{u"status"_s, edit(u"assigned"_s, u"conflict"_s)},
                                  {u"reason"_s, edit(u""_s, u"공동 연구"_s)}})}});
        QCOMPARE(declined.value(0).outcome, Outcome::Applied);
        const Pulled after = pull(kReviewer2, next.cursor);
        QVERIFY(after.gone.contains(u"applications/a2"_s));
        QVERIFY(after.has(u"review_assignments"_s, u"as-new"_s)); // their own, now 'conflict'
        // The officer's view is unchanged: the application is still there.
        QVERIFY(pull(kOfficer).has(u"applications"_s, u"a2"_s));
    }

    void reviewersPullTheDemandsAssignedToThem()
    {
        // Three national-project demands: a1 and a2 are the first reviewer's, a3 is not.
        QVERIFY(test::exec(m_store->sharedStore(),
                           {u"INSERT INTO demand_details (id, application_id, priority) VALUES "
                            "('dd-1', 'a1', 2), ('dd-2', 'a2', 1), ('dd-3', 'a3', 1)"_s}));
        const Pulled mine = pull(kReviewer1);
        QVERIFY(mine.has(u"demand_details"_s, u"dd-1"_s));
        QCOMPARE(mine.row(u"demand_details"_s, u"dd-1"_s).value(u"priority"_s).toInteger(), 2);
        QVERIFY(mine.has(u"demand_details"_s, u"dd-2"_s));
        QVERIFY(!mine.has(u"demand_details"_s, u"dd-3"_s));
        QCOMPARE(pull(kOfficer).rows.value(u"demand_details"_s).size(), 3);

        // Assigned later, an old demand arrives with its application; declined, it goes again.
        const Pulled first = pull(kReviewer2);
        QVERIFY(!first.has(u"demand_details"_s, u"dd-2"_s));
        const auto assigned = push(
            kOfficer,
            {{assignToSecondReviewer(u"as-dd"_s, u"a2"_s)}});
        QCOMPARE(assigned.value(0).outcome, Outcome::Applied);
        const Pulled next = pull(kReviewer2, first.cursor);
        QVERIFY(next.has(u"demand_details"_s, u"dd-2"_s));
        const qint64 v =
            next.row(u"review_assignments"_s, u"as-dd"_s).value(u"version"_s).toInteger();
        const auto declined = push(
            kReviewer2, {{change(u"review_assignments"_s, u"as-dd"_s, v,
                                 {{u"status"_s, edit(u"assigned"_s, u"conflict"_s)},
                                  {u"reason"_s, edit(u""_s, u"같은 부처"_s)}})}});
        QCOMPARE(declined.value(0).outcome, Outcome::Applied);
        QVERIFY(pull(kReviewer2, next.cursor).gone.contains(u"demand_details/dd-2"_s));

        // Reading is all: a reviewer's change to a demand is refused.
        const auto write = push(kReviewer1, {{change(u"demand_details"_s, u"dd-1"_s,
                                                     versionOf(u"demand_details"_s, u"dd-1"_s),
                                                     {{u"priority"_s, edit(2, 1)}})}});
        QCOMPARE(write.value(0).outcome, Outcome::Rejected);
    }

    void pushIsAppliedOnceAndRepeatsAnswerFromTheRecord()
    {
        const qint64 base = versionOf(u"applications"_s, u"a1"_s);
        const Mutation m = change(u"applications"_s, u"a1"_s, base,
                                  {{u"summary"_s, edit(u""_s, u"요약을 보강함"_s)}});
        const auto first = push(kOfficer, {{m}});
        QCOMPARE(first.value(0).outcome, Outcome::Applied);
        QVERIFY(first.value(0).version > base);
        const qint64 feedAfter = serverValue(u"SELECT max(seq) FROM sync_feed"_s).toLongLong();
        // The same push again (the answer was lost): the recorded result, nothing applied.
        const auto again = push(kOfficer, {{m}});
        QCOMPARE(again.value(0).outcome, Outcome::Applied);
        QCOMPARE(again.value(0).version, first.value(0).version);
        QCOMPARE(serverValue(u"SELECT max(seq) FROM sync_feed"_s).toLongLong(), feedAfter);
        QCOMPARE(serverValue(u"SELECT count(*) FROM mutation_results WHERE mutation_id = '%1'"_s
                                 .arg(m.id))
                     .toInt(),
                 1);
        // Another user cannot claim the record.
        const auto foreign = push(kOfficer2, {{m}});
        QCOMPARE(foreign.value(0).outcome, Outcome::Rejected);
        QCOMPARE(foreign.value(0).code, u"sync.mutation_foreign"_s);
    }

    void differentFieldsMergeSameFieldConflicts()
    {
        const qint64 base = versionOf(u"applications"_s, u"a1"_s);
        const auto one = push(kOfficer, {{change(u"applications"_s, u"a1"_s, base,
                                                 {{u"title"_s, edit(u"언어 모델 과제"_s,
                                                                    u"언어 모델 과제 (수정)"_s)}})}});
        // The second officer edited offline on the same base: another field merges...
        const auto two = push(kOfficer2, {{change(u"applications"_s, u"a1"_s, base,
                                                  {{u"summary"_s, edit(u""_s, u"요약"_s)}})}});
        QCOMPARE(one.value(0).outcome, Outcome::Applied);
        QCOMPARE(two.value(0).outcome, Outcome::Applied);
        const Pulled now = pull(kOfficer);
        QCOMPARE(now.row(u"applications"_s, u"a1"_s).value(u"title"_s).toString(),
                 u"언어 모델 과제 (수정)"_s);
        QCOMPARE(now.row(u"applications"_s, u"a1"_s).value(u"summary"_s).toString(), u"요약"_s);
        // ... the same field conflicts: the server keeps its value, both sides come back.
        const auto three = push(
            kOfficer2, {{change(u"applications"_s, u"a1"_s, base,
                                {{u"title"_s, edit(u"언어 모델 과제"_s, u"다른 제목"_s)},
                                 {u"months"_s, edit(6, 9)}})}});
        QCOMPARE(three.value(0).outcome, Outcome::Conflict);
        const QJsonObject c = three.value(0).conflicts.value(u"title"_s).toObject();
        QCOMPARE(c.value(u"server"_s).toString(), u"언어 모델 과제 (수정)"_s);
        QCOMPARE(c.value(u"client"_s).toString(), u"다른 제목"_s);
        QCOMPARE(c.value(u"base"_s).toString(), u"언어 모델 과제"_s);
        QVERIFY(three.value(0).hasRow);
        QCOMPARE(three.value(0).row.value(u"title"_s).toString(), u"언어 모델 과제 (수정)"_s);
        // The field without a conflict went in.
        QCOMPARE(three.value(0).row.value(u"months"_s).toInt(), 9);
    }

    void submittedReviewIsLockedUntilReopened()
    {
        // The second reviewer's review is submitted: their later offline edit is refused.
        const qint64 base = versionOf(u"reviews"_s, u"rw-3"_s);
        const auto refused = push(kReviewer2, {{change(u"reviews"_s, u"rw-3"_s, base,
                                                       {{u"comment"_s, edit(QString::fromUtf8(test::kSecretComment),
                                                                            u"고친 의견"_s)}})}});
        QCOMPARE(refused.value(0).outcome, Outcome::Rejected);
        QCOMPARE(refused.value(0).code, u"review.locked"_s);
        QCOMPARE(refused.value(0).row.value(u"comment"_s).toString(),
                 QString::fromUtf8(test::kSecretComment));
        // A reviewer cannot reopen it themselves.
        const auto selfReopen = push(kReviewer2, {{change(u"reviews"_s, u"rw-3"_s, base,
                                                          {{u"status"_s, edit(u"submitted"_s, u"reopened"_s)}})}});
        QCOMPARE(selfReopen.value(0).outcome, Outcome::Rejected);
        // An officer reopens it; then the reviewer's edit goes in.
        const auto reopened = push(kOfficer, {{change(u"reviews"_s, u"rw-3"_s, base,
                                                      {{u"status"_s, edit(u"submitted"_s, u"reopened"_s)},
                                                       {u"reopen_reason"_s, edit(u""_s, u"점수 확인"_s)}})}});
        QCOMPARE(reopened.value(0).outcome, Outcome::Applied);
        const auto edited = push(kReviewer2, {{change(u"reviews"_s, u"rw-3"_s, reopened.value(0).version,
                                                      {{u"comment"_s, edit(QString::fromUtf8(test::kSecretComment),
                                                                           u"고친 의견"_s)}})}});
        QCOMPARE(edited.value(0).outcome, Outcome::Applied);
    }

    void rolesAreEnforcedPerMutation()
    {
        const qint64 base = versionOf(u"applications"_s, u"a1"_s);
        const auto reviewerEdit = push(kReviewer1, {{change(u"applications"_s, u"a1"_s, base,
                                                            {{u"title"_s, edit(u"언어 모델 과제"_s, u"x"_s)}})}});
        QCOMPARE(reviewerEdit.value(0).code, u"sync.forbidden"_s);
        // Another reviewer's review, or a review of someone else's assignment.
        const auto theirs = push(kReviewer1, {{change(u"reviews"_s, u"rw-3"_s, 1,
                                                      {{u"comment"_s, edit(u"a"_s, u"b"_s)}})}});
        QCOMPARE(theirs.value(0).code, u"sync.forbidden"_s);
        const auto forged = push(
            kReviewer1, {{change(u"reviews"_s, u"rw-new"_s, 0,
                                 {{u"id"_s, edit(QJsonValue::Null, u"rw-new"_s)},
                                  {u"assignment_id"_s, edit(QJsonValue::Null, u"as-3"_s)},
                                  {u"application_id"_s, edit(QJsonValue::Null, u"a1"_s)},
                                  {u"reviewer_id"_s, edit(QJsonValue::Null, u"rv-1"_s)},
                                  {u"status"_s, edit(QJsonValue::Null, u"draft"_s)}},
                                 MutationOp::Insert)}});
        QCOMPARE(forged.value(0).code, u"sync.forbidden"_s);
        // Their own assignment: only the answer's columns.
        const qint64 as1 = versionOf(u"review_assignments"_s, u"as-1"_s);
        const auto moved = push(kReviewer1, {{change(u"review_assignments"_s, u"as-1"_s, as1,
                                                     {{u"application_id"_s, edit(u"a1"_s, u"a3"_s)}})}});
        QCOMPARE(moved.value(0).code, u"sync.column_forbidden"_s);
        const auto accepted = push(kReviewer1, {{change(u"review_assignments"_s, u"as-1"_s, as1,
                                                        {{u"status"_s, edit(u"assigned"_s, u"accepted"_s)}})}});
        QCOMPARE(accepted.value(0).outcome, Outcome::Applied);
        // Managers read only; the server keeps its columns.
        const auto manager = push(kManager, {{change(u"applications"_s, u"a1"_s, base,
                                                     {{u"months"_s, edit(6, 7)}})}});
        QCOMPARE(manager.value(0).code, u"sync.forbidden"_s);
        const auto version = push(kOfficer, {{change(u"applications"_s, u"a1"_s, base,
                                                     {{u"version"_s, edit(1, 99)}})}});
        QCOMPARE(version.value(0).code, u"sync.column_forbidden"_s);
        const auto unknown = push(kOfficer, {{change(u"applications"_s, u"a1"_s, base,
                                                     {{u"no_such_column"_s, edit(1, 2)}})}});
        QCOMPARE(unknown.value(0).code, u"sync.unknown_column"_s);
    }

    void noReviewAfterDecliningOrAConflict()
    {
        // The first reviewer has a draft of as-2, then declares a conflict (the desktop withdraws
        // the draft in the same transaction: that goes in).
        const auto draft =
            push(kReviewer1, {{newReview(u"rw-d"_s, u"as-2"_s, u"a2"_s, u"draft"_s)}});
        QCOMPARE(draft.value(0).outcome, Outcome::Applied);
        const qint64 as2 = versionOf(u"review_assignments"_s, u"as-2"_s);
        const auto conflict =
            push(kReviewer1, {{change(u"review_assignments"_s, u"as-2"_s, as2,
                                      {{u"status"_s, edit(u"assigned"_s, u"conflict"_s)},
                                       {u"reason"_s, edit(u""_s, u"공동 연구자"_s)}}),
                               change(u"reviews"_s, u"rw-d"_s, draft.value(0).version,
                                      {{u"deleted"_s, edit(0, 1)}})}});
        QCOMPARE(conflict.value(0).outcome, Outcome::Applied);
        QCOMPARE(conflict.value(1).outcome, Outcome::Applied);
        // A new review of it afterwards is refused...
        const auto fresh =
            push(kReviewer1, {{newReview(u"rw-e"_s, u"as-2"_s, u"a2"_s, u"submitted"_s)}});
        QCOMPARE(fresh.value(0).outcome, Outcome::Rejected);
        QCOMPARE(fresh.value(0).code, u"review.assignment_closed"_s);
        QCOMPARE(serverValue(u"SELECT count(*) FROM reviews WHERE id = 'rw-e'"_s).toInt(), 0);
        // ... so is editing (or reviving) the existing one made offline before the conflict...
        const qint64 rwd = versionOf(u"reviews"_s, u"rw-d"_s);
        const auto edited =
            push(kReviewer1, {{change(u"reviews"_s, u"rw-d"_s, rwd,
                                      {{u"comment"_s, edit(u"초안"_s, u"고친 초안"_s)},
                                       {u"status"_s, edit(u"draft"_s, u"submitted"_s)}})}});
        QCOMPARE(edited.value(0).outcome, Outcome::Rejected);
        QCOMPARE(edited.value(0).code, u"review.assignment_closed"_s);
        const auto revived = push(
            kReviewer1, {{change(u"reviews"_s, u"rw-d"_s, rwd, {{u"deleted"_s, edit(1, 0)}})}});
        QCOMPARE(revived.value(0).code, u"review.assignment_closed"_s);
        QCOMPARE(serverValue(u"SELECT comment || '/' || status || '/' || deleted FROM reviews "
                             "WHERE id = 'rw-d'"_s)
                     .toString(),
                 u"초안/draft/1"_s);
        // ... and taking the assignment back: the officer reassigns.
        const auto back =
            push(kReviewer1, {{change(u"review_assignments"_s, u"as-2"_s,
                                      versionOf(u"review_assignments"_s, u"as-2"_s),
                                      {{u"status"_s, edit(u"conflict"_s, u"accepted"_s)}})}});
        QCOMPARE(back.value(0).code, u"review.assignment_closed"_s);
        // Another live assignment of theirs still takes a review.
        const auto other =
            push(kReviewer1, {{newReview(u"rw-f"_s, u"as-1"_s, u"a1"_s, u"draft"_s)}});
        QCOMPARE(other.value(0).outcome, Outcome::Applied);
    }

    void administratorsKeepTheServerRulesOnAccounts()
    {
        QVERIFY(test::exec(m_store->sharedStore(),
                           {u"INSERT INTO users (id, login, display_name, role) VALUES "
                            "('u-adm1', 'admin1', '관리자일', 'administrator'), "
                            "('u-adm2', 'admin2', '관리자이', 'administrator')"_s,
                            u"INSERT INTO server_sessions (token_hash, id, user_id, created_at, "
                            "expires_at) VALUES ('h2', 's2', 'u-adm2', 1, 9999999999999)"_s}));
        const SyncCaller admin1{u"u-adm1"_s, Role::Administrator};
        const SyncCaller admin2{u"u-adm2"_s, Role::Administrator};
        const qint64 adm1 = versionOf(u"users"_s, u"u-adm1"_s);
        const qint64 adm2 = versionOf(u"users"_s, u"u-adm2"_s);
        const qint64 auditBefore = serverValue(u"SELECT count(*) FROM audit_chain"_s).toLongLong();
        // Nobody demotes or disables themselves.
        const auto self =
            push(admin1, {{change(u"users"_s, u"u-adm1"_s, adm1,
                                  {{u"role"_s, edit(u"administrator"_s, u"manager"_s)}})}});
        QCOMPARE(self.value(0).outcome, Outcome::Rejected);
        QCOMPARE(self.value(0).code, u"user.cannot_demote_self"_s);
        // Two administrators offline, each disabling the other: the first goes in (audited, the
        // sessions of the disabled one revoked), the second would leave none and is refused.
        const auto first =
            push(admin1, {{change(u"users"_s, u"u-adm2"_s, adm2, {{u"disabled"_s, edit(0, 1)}})}});
        QCOMPARE(first.value(0).outcome, Outcome::Applied);
        QCOMPARE(
            serverValue(u"SELECT revoked_at > 0 FROM server_sessions WHERE id = 's2'"_s).toInt(),
            1);
        QCOMPARE(serverValue(u"SELECT count(*) FROM audit_chain"_s).toLongLong(), auditBefore + 1);
        QCOMPARE(serverValue(u"SELECT action || '/' || actor || '/' || entity_id FROM audit_chain "
                             "ORDER BY seq DESC LIMIT 1"_s)
                     .toString(),
                 u"user.sync/u-adm1/u-adm2"_s);
        const auto second =
            push(admin2, {{change(u"users"_s, u"u-adm1"_s, adm1, {{u"disabled"_s, edit(0, 1)}})}});
        QCOMPARE(second.value(0).outcome, Outcome::Rejected);
        QCOMPARE(second.value(0).code, u"user.last_administrator"_s);
        QCOMPARE(serverValue(u"SELECT disabled FROM users WHERE id = 'u-adm1'"_s).toInt(), 0);
        QCOMPARE(serverValue(u"SELECT count(*) FROM audit_chain"_s).toLongLong(), auditBefore + 1);
        // A profile edit is no account change: not audited.
        const auto profile = push(
            admin1, {{change(u"users"_s, u"u-officer2"_s, versionOf(u"users"_s, u"u-officer2"_s),
                             {{u"email"_s, edit(u""_s, u"o2@example.kr"_s)}})}});
        QCOMPARE(profile.value(0).outcome, Outcome::Applied);
        QCOMPARE(serverValue(u"SELECT count(*) FROM audit_chain"_s).toLongLong(), auditBefore + 1);
    }

    void aRejectedMutationRejectsItsTransaction()
    {
        const qint64 base = versionOf(u"applications"_s, u"a2"_s);
        const Mutation ok = change(u"applications"_s, u"a2"_s, base,
                                   {{u"summary"_s, edit(u""_s, u"한 번에"_s)}});
        const Mutation bad = change(u"applications"_s, u"missing"_s, 1,
                                    {{u"summary"_s, edit(u""_s, u"없음"_s)}});
        const auto r = push(kOfficer, {{ok, bad}});
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].outcome, Outcome::Rejected);
        QCOMPARE(r[0].code, u"sync.transaction_rejected"_s);
        QCOMPARE(r[1].code, u"row.not_found"_s);
        QCOMPARE(serverValue(u"SELECT summary FROM applications WHERE id = 'a2'"_s).toString(),
                 QString());
    }

    static QList<Mutation> placeOnNode(const QString &grant, const QString &application,
                                       const QString &node, qint64 start, qint64 end)
    {
        return {change(u"grants"_s, grant, 0,
                       {{u"id"_s, edit(QJsonValue::Null, grant)},
                        {u"application_id"_s, edit(QJsonValue::Null, application)},
                        {u"accelerator_type_id"_s, edit(QJsonValue::Null, u"t-b200"_s)},
                        {u"pool_id"_s, edit(QJsonValue::Null, u"pl-b"_s)},
                        {u"nodes"_s, edit(QJsonValue::Null, 1)},
                        {u"starts_at"_s, edit(QJsonValue::Null, start)},
                        {u"ends_at"_s, edit(QJsonValue::Null, end)},
                        {u"status"_s, edit(QJsonValue::Null, u"planned"_s)}},
                       MutationOp::Insert),
                change(u"allocations"_s, QString(grant + u"-a"_s), 0,
                       {{u"id"_s, edit(QJsonValue::Null, QString(grant + u"-a"_s))},
                        {u"grant_id"_s, edit(QJsonValue::Null, grant)},
                        {u"node_id"_s, edit(QJsonValue::Null, node)},
                        {u"starts_at"_s, edit(QJsonValue::Null, start)},
                        {u"ends_at"_s, edit(QJsonValue::Null, end)}},
                       MutationOp::Insert)};
    }

    void noNodeIsBookedTwice()
    {
        const qint64 start = test::seoulMidnight(2027, 3, 1);
        const qint64 end = test::seoulMidnight(2027, 6, 1);
        // Two officers, offline, each put their project on a1-01 for overlapping windows.
        const auto first =
            push(kOfficer, {placeOnNode(u"g-1"_s, u"ap-b"_s, u"n-a1-01"_s, start, end)});
        QCOMPARE(first.value(0).outcome, Outcome::Applied);
        QCOMPARE(first.value(1).outcome, Outcome::Applied);
        const auto second = push(kOfficer2, {placeOnNode(u"g-2"_s, u"ap-b2"_s, u"n-a1-01"_s,
                                                         test::seoulMidnight(2027, 5, 1),
                                                         test::seoulMidnight(2027, 8, 1))});
        QCOMPARE(second.size(), 2);
        for (const MutationResult &r : second) {
            QCOMPARE(r.outcome, Outcome::Rejected);
            QCOMPARE(r.code, u"allocation.double_booked"_s);
            QCOMPARE(r.params.value(u"hostname"_s).toString(), u"a1-01"_s);
            QCOMPARE(r.params.value(u"with_code"_s).toString(), u"R1-0101"_s);
            QVERIFY(r.hasRow && r.row.isEmpty()); // nothing of it on the server
        }
        QCOMPARE(serverValue(u"SELECT count(*) FROM allocations WHERE node_id = 'n-a1-01'"_s)
                     .toInt(),
                 1);
        // Touching windows do not overlap.
        const auto after = push(kOfficer2, {placeOnNode(u"g-3"_s, u"ap-b2"_s, u"n-a1-01"_s, end,
                                                        test::seoulMidnight(2027, 8, 1))});
        QCOMPARE(after.value(1).outcome, Outcome::Applied);
    }

    // The server judges the rows it would keep. An edit made before the project's window moved
    // adds a node with the old window; merged field by field, its new row would hold a node that
    // another project holds in that old window, though the project's new window is free there.
    void aMergedEditIsCheckedAsItWouldBeStored()
    {
        const qint64 mar = test::seoulMidnight(2027, 3, 1);
        const qint64 jun = test::seoulMidnight(2027, 6, 1);
        const qint64 sep = test::seoulMidnight(2027, 9, 1);
        const qint64 dec = test::seoulMidnight(2027, 12, 1);
        QCOMPARE(push(kOfficer, {placeOnNode(u"g-1"_s, u"ap-b"_s, u"n-a1-01"_s, mar, jun)})
                     .value(1)
                     .outcome,
                 Outcome::Applied);
        const qint64 seen = versionOf(u"grants"_s, u"g-1"_s); // what the second officer has
        const auto moved =
            push(kOfficer, {{change(u"grants"_s, u"g-1"_s, seen,
                                    {{u"starts_at"_s, edit(mar, sep)}, {u"ends_at"_s, edit(jun, dec)}}),
                             change(u"allocations"_s, u"g-1-a"_s, versionOf(u"allocations"_s, u"g-1-a"_s),
                                    {{u"starts_at"_s, edit(mar, sep)}, {u"ends_at"_s, edit(jun, dec)}})}});
        QCOMPARE(moved.value(0).outcome, Outcome::Applied);
        QCOMPARE(moved.value(1).outcome, Outcome::Applied);
        QCOMPARE(push(kOfficer2, {placeOnNode(u"g-2"_s, u"ap-b2"_s, u"n-a1-02"_s, mar, jun)})
                     .value(1)
                     .outcome,
                 Outcome::Applied);
        const auto stale = push(
            kOfficer2, {{change(u"grants"_s, u"g-1"_s, seen, {{u"nodes"_s, edit(1, 2)}}),
                         change(u"allocations"_s, u"g-1-b"_s, 0,
                                {{u"id"_s, edit(QJsonValue::Null, u"g-1-b"_s)},
                                 {u"grant_id"_s, edit(QJsonValue::Null, u"g-1"_s)},
                                 {u"node_id"_s, edit(QJsonValue::Null, u"n-a1-02"_s)},
                                 {u"starts_at"_s, edit(QJsonValue::Null, mar)},
                                 {u"ends_at"_s, edit(QJsonValue::Null, jun)}},
                                MutationOp::Insert)}});
        QCOMPARE(stale.size(), 2);
        for (const MutationResult &r : stale) {
            QCOMPARE(r.outcome, Outcome::Rejected);
            QCOMPARE(r.code, u"allocation.double_booked"_s);
            QCOMPARE(r.params.value(u"hostname"_s).toString(), u"a1-02"_s);
            QCOMPARE(r.params.value(u"with_code"_s).toString(),
                     serverValue(u"SELECT code FROM applications WHERE id = 'ap-b2'"_s).toString());
        }
        QCOMPARE(serverValue(u"SELECT count(*) FROM allocations WHERE node_id = 'n-a1-02'"_s).toInt(),
                 1);
    }

    void grantsAgeWithoutASelection()
    {
        const qint64 start = test::seoulMidnight(2027, 3, 1);
        const qint64 end = test::seoulMidnight(2027, 6, 1);
        const auto placed =
            push(kOfficer, {placeOnNode(u"g-age"_s, u"ap-b"_s, u"n-a1-01"_s, start, end)});
        QCOMPARE(placed.value(1).outcome, Outcome::Applied);
        // The project ran and ended: it is no longer one to place, but its grant may still age.
        QVERIFY(test::exec(m_store->sharedStore(),
                     {u"UPDATE applications SET status = 'completed' WHERE id = 'ap-b'"_s}));
        const qint64 base = versionOf(u"grants"_s, u"g-age"_s);
        const auto aged = push(kOfficer, {{change(u"grants"_s, u"g-age"_s, base,
                                                  {{u"status"_s, edit(u"planned"_s,
                                                                      u"completed"_s)}})}});
        QCOMPARE(aged.value(0).outcome, Outcome::Applied);
        // Taking nodes again for it is still refused.
        const auto again = push(kOfficer, {{change(u"grants"_s, u"g-age"_s,
                                                   versionOf(u"grants"_s, u"g-age"_s),
                                                   {{u"nodes"_s, edit(1, 2)}})}});
        QCOMPARE(again.value(0).outcome, Outcome::Rejected);
        QCOMPARE(again.value(0).code, u"allocation.refused"_s);
    }

    void noPoolOverCapacity()
    {
        // Pool open-b200 has 16 nodes; ap-b (4) and ap-b2 (2) hold 6. Two officers each select
        // an application of 5 nodes offline: 16 fit, a third one of 5 does not.
        QVERIFY(test::exec(m_store->sharedStore(),
                           {u"UPDATE applications SET requested_nodes = 5, requested_gpus = 40 "
                            "WHERE id IN ('a1', 'a4')"_s,
                            u"UPDATE applications SET accelerator_type_id = 't-b200', "
                            "requested_nodes = 5, requested_gpus = 40 WHERE id = 'a3'"_s}));
        const auto select = [&](const SyncCaller &who, const QString &app) {
            return push(who, {{change(u"applications"_s, app, versionOf(u"applications"_s, app),
                                      {{u"status"_s, edit(u"under_review"_s, u"selected"_s)},
                                       {u"granted_nodes"_s, edit(QJsonValue::Null, 5)}})}});
        };
        QCOMPARE(select(kOfficer, u"a1"_s).value(0).outcome, Outcome::Applied);
        QCOMPARE(select(kOfficer2, u"a4"_s).value(0).outcome, Outcome::Applied);
        const auto over = select(kOfficer2, u"a3"_s);
        QCOMPARE(over.value(0).outcome, Outcome::Rejected);
        QCOMPARE(over.value(0).code, u"pool.over_capacity"_s);
        QCOMPARE(over.value(0).params.value(u"pool_code"_s).toString(), u"open-b200"_s);
        QCOMPARE(over.value(0).params.value(u"committed"_s).toInt(), 21);
        QCOMPARE(over.value(0).params.value(u"capacity"_s).toInt(), 16);
        // Lowering a commitment is always allowed.
        QCOMPARE(push(kOfficer, {{change(u"applications"_s, u"a1"_s,
                                         versionOf(u"applications"_s, u"a1"_s),
                                         {{u"granted_nodes"_s, edit(5, 4)}})}})
                     .value(0)
                     .outcome,
                 Outcome::Applied);
    }

    void badRequestsAreRefusedWithACode()
    {
        const auto code = [&](const QByteArray &body) {
            const SyncAnswer a = SyncEndpoint::push(*m_store, kOfficer, body);
            return std::pair(a.status, QJsonDocument::fromJson(a.body)
                                           .object()
                                           .value(u"error"_s)
                                           .toObject()
                                           .value(u"code"_s)
                                           .toString());
        };
        QCOMPARE(code("{"), std::pair(400, u"request.malformed_json"_s));
        QCOMPARE(code("{\"transactions\":[],\"x\":1}"), std::pair(400, u"request.unknown_field"_s));
        QCOMPARE(code("{}"), std::pair(400, u"request.missing_field"_s));
        QCOMPARE(code("{\"transactions\":[{\"tx\":\"1\",\"mutations\":[{\"id\":\"m\",\"t\":"
                      "\"local_credentials\",\"row\":\"r\",\"op\":\"update\",\"base\":0,"
                      "\"changes\":{}}]}]}"),
                 std::pair(400, u"request.invalid_field"_s));
        const SyncAnswer p = SyncEndpoint::pull(*m_store, kOfficer, "{\"cursor\":-1}");
        QCOMPARE(p.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
