// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DataGenerator.h"
#include "domain/Enums.h"
#include "rules/ApplicationStateMachine.h"
#include "rules/Screening.h"
#include "rules/CallStages.h"
#include "store/CallRepository.h"
#include "store/DeliberationRepository.h"
#include "store/ProgramRepository.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

std::unique_ptr<Store> openStore(const QTemporaryDir &dir, const QString &name = u"p.sqlite"_s)
{
    OpenOutcome outcome;
    auto store = Store::open(dir.filePath(name), OpenOptions{}, &outcome);
    if (!store)
        qWarning() << "open failed:" << outcome.message << outcome.detail;
    return store;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// A digest of every column of every row, in id order: equal digests mean identical tables.
QByteArray tableDigest(const QSqlDatabase &db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Table names come from the test's own fixed list; identifiers cannot be bound.
    const QString sql = u"SELECT * FROM %1 ORDER BY id"_s.arg(table);
    if (!q.exec(sql))
        return q.lastError().text().toUtf8();
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            hash.addData(v.isNull()                            ? QByteArray("\\N")
                         : v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                               : v.toString().toUtf8());
            hash.addData(QByteArray("\x1f", 1));
        }
        hash.addData(QByteArray("\x1e", 1));
    }
    return hash.result().toHex();
}

const QStringList kCompared = {u"accelerator_types"_s,
                               u"organizations"_s,
                               u"users"_s,
                               u"racks"_s,
                               u"nodes"_s,
                               u"node_gpus"_s,
                               u"pools"_s,
                               u"calls"_s,
                               u"rubric_criteria"_s,
                               u"applications"_s,
                               u"application_people"_s,
                               u"application_status_history"_s,
                               u"documents"_s,
                               u"reviewers"_s,
                               u"reviewer_conflicts"_s,
                               u"review_assignments"_s,
                               u"reviews"_s,
                               u"grants"_s,
                               u"allocations"_s};

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoCounts();
    void demoIsDeterministic();
    void outboxStaysEmpty();
    void historiesAreLegalPaths();
    void screeningMatchesStatus();
    void assignmentsHaveNoConflicts();
    void reviewsMatchDecisions();
    void allocationsNeverOverlap();
    void tracksInTheDemo();
    void refusesNonEmptyProfile();
    void reusesExistingReferenceRows();
    void smallScaleDataset();

private:
    // One generated demo profile, shared by the read-only checks.
    QTemporaryDir m_demoDir;
    std::unique_ptr<Store> m_demo;
    GenerateReport m_report;
};

void TestGenerator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_demoDir.isValid());
    m_demo = openStore(m_demoDir);
    QVERIFY(m_demo);
    QString error;
    QList<int> percents;
    QVERIFY2(generateDataset(*m_demo, DatasetKind::Demo, 1, &m_report, &error,
                             [&percents](int p, const QString &step) {
                                 QVERIFY(!step.isEmpty());
                                 percents << p;
                             }),
             qPrintable(error));
    QVERIFY(percents.size() > 3);
    QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
    QCOMPARE(percents.last(), 100);
}

void TestGenerator::demoCounts()
{
    const QSqlDatabase db = m_demo->db();
    const int nodes = 510 + 255 + 255 + 287 + 240 + 95;
    QCOMPARE(m_report.nodes, nodes);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes"_s), nodes);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM node_gpus"_s), 8 * nodes);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes WHERE pool_id IS NULL"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM racks"_s), m_report.racks);
    QCOMPARE(scalar(db, u"SELECT max(n) FROM (SELECT count(*) AS n FROM nodes GROUP BY rack_id)"_s),
             4);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM node_gpus WHERE uuid NOT GLOB "
                        "'GPU-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-"
                        "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*'"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes WHERE state IN ('maintenance', 'failed') "
                        "AND state_reason = ''"_s),
             0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM nodes WHERE state IN ('maintenance', 'failed')"_s) >
            0);
    // Every pool's capacity is the number of its nodes, and the pools are DOMAIN.md's.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT p.code, p.capacity_nodes, (SELECT count(*) FROM nodes n WHERE "
                   "n.pool_id = p.id) FROM pools p ORDER BY p.code"_s));
    QHash<QString, int> capacity;
    while (q.next()) {
        QCOMPARE(q.value(1).toInt(), q.value(2).toInt());
        capacity.insert(q.value(0).toString(), q.value(1).toInt());
    }
    const QHash<QString, int> expected = {{u"open-h200"_s, 287},
                                          {u"open-b200"_s, 255},
                                          {u"national-b200"_s, 765},
                                          {u"provider-b200"_s, 240},
                                          {u"provider-h200"_s, 95}};
    QCOMPARE(capacity, expected);

    // The open call; the other tracks are counted in tracksInTheDemo().
    QCOMPARE(m_report.applications, 400);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM applications WHERE call_id = (SELECT id FROM calls WHERE code = '2025-R1')"_s), 400);
    QCOMPARE(m_report.reviewers, 60);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM panel_members WHERE call_id = (SELECT id FROM calls WHERE code = '2025-R1')"_s),
             60);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM reviewers WHERE user_id IS NULL"_s), 0);
    QCOMPARE(m_report.organizations, 250);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT org_type) FROM organizations"_s), 6);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM reviews"_s), m_report.reviews);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM allocations"_s), m_report.allocations);
    QCOMPARE(scalar(db,
                    u"SELECT sum(weight) FROM rubric_criteria r JOIN calls c ON c.id = r.call_id "
                    "WHERE c.code = '2025-R1'"_s),
             100);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM fields"_s), 14);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM call_types"_s), 3);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM call_accelerators WHERE call_id = (SELECT id FROM calls WHERE code = '2025-R1')"_s),
             2);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE role = 'program_officer'"_s), 2);
    QCOMPARE(
        scalar(
            db,
            u"SELECT count(*) FROM documents WHERE sha256 = '' OR size_bytes <> length(content)"_s),
        0);

    // Every status a view shows has data, in the proportions of the brief.
    QVERIFY(q.exec(u"SELECT status, count(*) FROM applications WHERE call_id = "
                   "(SELECT id FROM calls WHERE code = '2025-R1') GROUP BY status ORDER BY status"_s));
    QHash<QString, int> byStatus;
    QStringList line;
    while (q.next()) {
        byStatus.insert(q.value(0).toString(), q.value(1).toInt());
        line << u"%1=%2"_s.arg(q.value(0).toString()).arg(q.value(1).toInt());
    }
    qInfo("demo statuses: %s", qPrintable(line.join(u", "_s)));
    for (const QString &s : {u"submitted"_s, u"screening"_s, u"under_review"_s, u"selected"_s,
                             u"waitlisted"_s, u"rejected"_s, u"allocated"_s, u"active"_s})
        QVERIFY2(byStatus.value(s) > 0, qPrintable(s));
    QCOMPARE(byStatus.value(u"under_review"_s), 230);
    QCOMPARE(byStatus.value(u"submitted"_s), 30);
    QCOMPARE(byStatus.value(u"screening"_s), 40);
    QCOMPARE(byStatus.value(u"allocated"_s) + byStatus.value(u"active"_s), 15);
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT hostname) FROM nodes"_s), nodes);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM applications WHERE call_id = (SELECT id FROM calls WHERE code = '2025-R1') "
                            "AND (code NOT LIKE '2025R1-____' OR slurm_account NOT LIKE "
                            "'prj-2025r1-____')"_s),
             0);
}

void TestGenerator::demoIsDeterministic()
{
    QTemporaryDir a;
    QTemporaryDir b;
    auto first = openStore(a);
    auto second = openStore(b);
    QVERIFY(first && second);
    QString error;
    GenerateReport ra, rb;
    QVERIFY2(generateDataset(*first, DatasetKind::Demo, 42, &ra, &error), qPrintable(error));
    QVERIFY2(generateDataset(*second, DatasetKind::Demo, 42, &rb, &error), qPrintable(error));
    QCOMPARE(ra.reviews, rb.reviews);
    QCOMPARE(ra.allocations, rb.allocations);
    for (const QString &table : kCompared) {
        QCOMPARE(scalar(first->db(), u"SELECT count(*) FROM %1"_s.arg(table)),
                 scalar(second->db(), u"SELECT count(*) FROM %1"_s.arg(table)));
        QVERIFY2(tableDigest(first->db(), table) == tableDigest(second->db(), table),
                 qPrintable(table));
    }
    // Another seed gives other applications (same ids: the fleet and the shape are fixed).
    QVERIFY(tableDigest(first->db(), u"applications"_s) !=
            tableDigest(m_demo->db(), u"applications"_s));
}

void TestGenerator::outboxStaysEmpty()
{
    QCOMPARE(scalar(m_demo->db(), u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(scalar(m_demo->db(), u"SELECT capture FROM sync_control"_s), 1);
    QCOMPARE(scalar(m_demo->db(), u"SELECT count(*) FROM applications WHERE version <> 0 OR "
                                  "deleted <> 0 OR updated_by <> 'generator'"_s),
             0);
}

void TestGenerator::historiesAreLegalPaths()
{
    QSqlQuery q(m_demo->db());
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT a.id, a.status, a.status_changed_at, h.from_status, h.to_status, "
                   "h.changed_at, h.reason, h.changed_by FROM applications a JOIN "
                   "application_status_history h ON h.application_id = a.id "
                   "ORDER BY a.id, h.changed_at"_s));
    // Nothing happens after the generation time, 2026-02-10 09:00 in Seoul.
    const qint64 generatedAt =
        QDateTime(QDate(2026, 2, 10), QTime(9, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
    QString app;
    QString last;
    QString finalStatus;
    qint64 lastAt = 0, statusAt = 0;
    int checked = 0;
    auto finish = [&]() {
        if (app.isEmpty())
            return;
        QCOMPARE(last, finalStatus);
        QCOMPARE(lastAt, statusAt);
        ++checked;
    };
    while (q.next()) {
        if (q.value(0).toString() != app) {
            finish();
            app = q.value(0).toString();
            finalStatus = q.value(1).toString();
            statusAt = q.value(2).toLongLong();
            QCOMPARE(q.value(3).toString(), QString());
            QCOMPARE(q.value(4).toString(), u"submitted"_s);
        } else {
            QCOMPARE(q.value(3).toString(), last);
            QVERIFY(q.value(5).toLongLong() > lastAt);
            const auto from = statusFromKey(last);
            const auto to = statusFromKey(q.value(4).toString());
            QVERIFY(from && to);
            QVERIFY2(allowedTransitions(*from).contains(*to),
                     qPrintable(u"%1 -> %2"_s.arg(last, q.value(4).toString())));
            if (reasonRequired(*from, *to))
                QVERIFY(!q.value(6).toString().trimmed().isEmpty());
        }
        QVERIFY(!q.value(7).toString().isEmpty());
        QVERIFY(q.value(5).toLongLong() <= generatedAt);
        last = q.value(4).toString();
        lastAt = q.value(5).toLongLong();
    }
    finish();
    QCOMPARE(checked, 400 + m_report.demands + 2 * m_report.teams);
}

void TestGenerator::screeningMatchesStatus()
{
    // Whatever passed screening meets the call's rules; whatever was rejected there does not.
    const QSqlDatabase db = m_demo->db();
    CallRepository calls(db);
    QSqlQuery q(db);
    QVERIFY(
        q.exec(u"SELECT a.call_id, t.code, a.requested_gpus, a.months, a.submitted_at, o.org_type, "
               "o.youth_founded, a.status, (SELECT count(*) FROM application_status_history h "
               "WHERE h.application_id = a.id AND h.to_status = 'under_review') "
               "FROM applications a JOIN accelerator_types t ON t.id = a.accelerator_type_id "
               "JOIN organizations o ON o.id = a.organization_id"_s));
    const QTimeZone seoul(QByteArrayLiteral("Asia/Seoul"));
    int failing = 0;
    while (q.next()) {
        const auto rules = calls.rules(q.value(0).toString());
        QVERIFY(rules);
        ApplicationFacts facts;
        facts.acceleratorType = q.value(1).toString();
        facts.requestedGpus = q.value(2).toInt();
        facts.months = q.value(3).toInt();
        facts.submittedOn = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), seoul).date();
        facts.orgType = *orgTypeFromKey(q.value(5).toString());
        facts.youthFounded = q.value(6).toBool();
        const ScreeningResult result = screen(facts, *rules);
        if (q.value(8).toInt() > 0)
            QVERIFY2(result.passed(), qPrintable(result.reasonText()));
        else if (q.value(7).toString() == u"rejected"_s)
            QVERIFY(!result.passed());
        failing += result.passed() ? 0 : 1;
    }
    QVERIFY(failing >= 25);
}

void TestGenerator::assignmentsHaveNoConflicts()
{
    const QSqlDatabase db = m_demo->db();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM review_assignments ra "
                        "JOIN applications a ON a.id = ra.application_id "
                        "JOIN reviewers r ON r.id = ra.reviewer_id "
                        "WHERE r.organization_id = a.organization_id OR EXISTS (SELECT 1 FROM "
                        "reviewer_conflicts c WHERE c.reviewer_id = r.id AND c.organization_id = "
                        "a.organization_id)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM (SELECT 1 FROM review_assignments "
                        "GROUP BY application_id, reviewer_id HAVING count(*) > 1)"_s),
             0);
    // Three reviewers for every application past screening, none before.
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM applications a WHERE (SELECT count(*) FROM "
                    "review_assignments ra WHERE ra.application_id = a.id) <> CASE WHEN a.status "
                    "IN ('submitted', 'screening') OR a.screening_note <> '요건 검토 통과' "
                    "THEN 0 ELSE 3 END"_s),
             0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM reviewer_conflicts"_s) > 0);
    // Conflicts that matter: some declared organisations did apply.
    QVERIFY(scalar(db, u"SELECT count(*) FROM reviewer_conflicts c WHERE EXISTS (SELECT 1 FROM "
                       "applications a WHERE a.organization_id = c.organization_id)"_s) > 0);
    // A reviewer with a review signed the pledge before.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM reviews rv JOIN review_assignments ra ON ra.id = "
                        "rv.assignment_id JOIN applications a ON a.id = rv.application_id "
                        "LEFT JOIN pledges p ON p.reviewer_id = rv.reviewer_id AND "
                        "p.call_id = a.call_id WHERE p.id IS NULL OR "
                        "p.accepted_at > ra.responded_at"_s),
             0);
}

void TestGenerator::reviewsMatchDecisions()
{
    const QSqlDatabase db = m_demo->db();
    QHash<QString, double> weight; // criterion id -> weight / max score
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT id, weight, max_score FROM rubric_criteria"_s));
    while (q.next())
        weight.insert(q.value(0).toString(), q.value(1).toDouble() / q.value(2).toDouble());
    QVERIFY(q.exec(u"SELECT r.scores, r.total, r.status, a.status, r.submitted_at FROM reviews r "
                   "JOIN applications a ON a.id = r.application_id"_s));
    int submitted = 0;
    while (q.next()) {
        const QJsonObject scores = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QVERIFY(!scores.isEmpty());
        double total = 0;
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            QVERIFY(weight.contains(it.key()));
            QVERIFY(it.value().toInt() >= 0 && it.value().toInt() <= 10);
            total += weight.value(it.key()) * it.value().toInt();
        }
        if (scores.size() == 4)
            QVERIFY(qAbs(q.value(1).toDouble() - total) < 1e-9);
        else
            QVERIFY(q.value(1).isNull());
        const bool isSubmitted = q.value(2).toString() == u"submitted"_s;
        QCOMPARE(q.value(4).isNull(), !isSubmitted);
        if (q.value(3).toString() != u"under_review"_s)
            QVERIFY(isSubmitted);
        submitted += isSubmitted ? 1 : 0;
    }
    QVERIFY(submitted > 0);
    // Per type, selection went down the ranking: every selected project outranks every
    // waitlisted one, which outranks every project rejected after review.
    QVERIFY(
        q.exec(u"SELECT a.accelerator_type_id, CASE WHEN a.status IN ('selected', 'allocated', "
               "'active') THEN 0 WHEN a.status = 'waitlisted' THEN 1 ELSE 2 END AS band, "
               "min(m), max(m) FROM applications a JOIN (SELECT application_id, avg(total) AS m "
               "FROM reviews WHERE status = 'submitted' GROUP BY application_id) s ON "
               "s.application_id = a.id WHERE a.status IN ('selected', 'allocated', 'active', "
               "'waitlisted', 'rejected') GROUP BY 1, 2 ORDER BY 1, 2"_s));
    QString type;
    double previousMin = 1000;
    int bands = 0;
    while (q.next()) {
        if (q.value(0).toString() != type) {
            type = q.value(0).toString();
            previousMin = 1000;
        }
        QVERIFY(q.value(3).toDouble() <= previousMin + 1e-9);
        previousMin = q.value(2).toDouble();
        ++bands;
    }
    QCOMPARE(bands, 6);
}

void TestGenerator::allocationsNeverOverlap()
{
    const QSqlDatabase db = m_demo->db();
    QVERIFY(m_report.allocations > 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM allocations a JOIN allocations b ON a.node_id = "
                        "b.node_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < "
                        "a.ends_at"_s),
             0);
    // Nodes of the right type, from the pool of the grant's call (the open call's, or the national
    // pool for the program's teams), marked allocated; grants add up.
    QCOMPARE(scalar(db,
                    u"SELECT count(*) FROM allocations al JOIN grants g ON g.id = al.grant_id "
                    "JOIN applications a ON a.id = g.application_id JOIN calls c ON c.id = a.call_id "
                    "JOIN nodes n ON n.id = al.node_id JOIN pools p ON p.id = n.pool_id "
                    "WHERE n.accelerator_type_id <> g.accelerator_type_id OR p.kind <> CASE "
                    "WHEN c.code = '2025-R1' THEN 'open_call' ELSE 'national' END "
                    "OR n.state <> 'allocated' OR p.id <> g.pool_id"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes n WHERE n.state = 'allocated' AND NOT EXISTS "
                        "(SELECT 1 FROM allocations al WHERE al.node_id = n.id)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM grants g WHERE g.nodes <> (SELECT count(*) FROM "
                        "allocations al WHERE al.grant_id = g.id)"_s),
             0);
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM applications a WHERE (a.status IN ('allocated', "
                   "'active')) <> EXISTS (SELECT 1 FROM grants g WHERE g.application_id = a.id)"_s),
        0);
    // The open call's grants all start on one day.
    QCOMPARE(scalar(db, u"SELECT count(DISTINCT g.starts_at) FROM grants g JOIN applications a "
                        "ON a.id = g.application_id WHERE a.call_id = "
                        "(SELECT id FROM calls WHERE code = '2025-R1')"_s),
             1);
    QCOMPARE(scalar(db, u"SELECT min(g.starts_at) FROM grants g JOIN applications a "
                        "ON a.id = g.application_id WHERE a.call_id = "
                        "(SELECT id FROM calls WHERE code = '2025-R1')"_s),
             QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch());
}

void TestGenerator::tracksInTheDemo()
{
    const QSqlDatabase db = m_demo->db();
    auto value = [&db](const QString &sql, const QString &bound) {
        QSqlQuery v(db);
        v.prepare(sql);
        v.addBindValue(bound);
        return v.exec() && v.next() ? v.value(0) : QVariant();
    };
    QCOMPARE(m_report.demands, 12);
    QCOMPARE(m_report.teams, 5);
    // Every call type's stages are a valid list, and every call is at one of its type's stages.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT t.stages, c.stage FROM calls c JOIN call_types t ON t.id = c.call_type_id"_s));
    while (q.next()) {
        const StageList list = parseStages(q.value(0).toString());
        QVERIFY2(list.ok(), qPrintable(list.error));
        QVERIFY2(list.stages.contains(q.value(1).toString()), qPrintable(q.value(1).toString()));
    }
    // The national-project round in its pre-review, against the national pool.
    const QString np = value(u"SELECT id FROM calls WHERE code = ?"_s, u"2026-NP1"_s).toString();
    QCOMPARE(value(u"SELECT stage FROM calls WHERE id = ?"_s, np).toString(), u"pre_review"_s);
    QCOMPARE(value(u"SELECT count(*) FROM applications WHERE call_id = ? AND "
                   "status = 'under_review'"_s, np).toInt(),
             12);
    QCOMPARE(value(u"SELECT count(*) FROM demand_details d JOIN applications a ON "
                   "a.id = d.application_id WHERE a.call_id = ?"_s, np).toInt(),
             12);
    QCOMPARE(value(u"SELECT count(DISTINCT organization_id) FROM applications WHERE "
                   "call_id = ?"_s, np).toInt(),
             8);
    QString error;
    const auto agenda = DeliberationRepository(*m_demo).agenda(np, RankBy::Raw, &error);
    QVERIFY2(agenda, qPrintable(error));
    QCOMPARE(agenda->items.size(), 12);
    int ranked = 0;
    for (const AgendaItem &i : agenda->items)
        ranked += i.rank > 0 ? 1 : 0;
    QCOMPARE(ranked, 10);
    QCOMPARE(agenda->pools.size(), 1);
    QCOMPARE(agenda->pools.first().capacityNodes, 765);
    QCOMPARE(agenda->pools.first().committedNodes, 250); // the program's five teams
    QCOMPARE(agenda->pools.first().pendingNodes, 648);

    // The program: year 1 closed and on the map, year 2 in its evaluation, fully scored.
    ProgramRepository programs(*m_demo);
    QCOMPARE(programs.programs().size(), 1);
    const ProgramInfo wbl = programs.programs().first();
    const QList<ProgramRound> rounds = programs.rounds(wbl.id);
    QCOMPARE(rounds.size(), 2);
    QCOMPARE(rounds[0].stage, u"closed"_s);
    QCOMPARE(rounds[1].stage, u"evaluation"_s);
    const auto view = programs.roundView(rounds[1].callId, RankBy::Raw, &error);
    QVERIFY2(view, qPrintable(error));
    QCOMPARE(view->teams.size(), 5);
    int proposed = 0;
    for (const RoundTeam &t : view->teams) {
        QCOMPARE(t.heldNodes, 50);
        QCOMPARE(t.score.reviews, 3);
        QVERIFY(t.score.rank > 0);
        proposed += t.proposedNodes;
    }
    QVERIFY(view->proposal.ok());
    QCOMPARE(proposed, 250);
    QCOMPARE(view->teams.first().proposedNodes, 80); // the best team at the maximum
    QCOMPARE(view->teams.last().proposedNodes, 0);   // the last under the floor
}

void TestGenerator::refusesNonEmptyProfile()
{
    QString error;
    GenerateReport report;
    const qint64 before = scalar(m_demo->db(), u"SELECT count(*) FROM organizations"_s);
    QVERIFY(!generateDataset(*m_demo, DatasetKind::Demo, 7, &report, &error));
    QVERIFY(error.contains(u"already"_s));
    QVERIFY(!generateDataset(*m_demo, DatasetKind::Scale, 7, &report, &error));
    QCOMPARE(scalar(m_demo->db(), u"SELECT count(*) FROM organizations"_s), before);
    QCOMPARE(scalar(m_demo->db(), u"SELECT count(*) FROM outbox"_s), 0);
}

void TestGenerator::reusesExistingReferenceRows()
{
    // A new profile may already hold its first administrator and some reference data.
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QString error;
    QVERIFY2(store->write(
                 [](QSqlDatabase &db, QSet<QString> &, QString *err) {
                     QSqlQuery q(db);
                     const bool ok =
                         q.exec(u"INSERT INTO users (id, login, display_name, role) VALUES "
                                "('u-admin', 'admin', '관리자', 'administrator')"_s) &&
                         q.exec(u"INSERT INTO accelerator_types (id, code, name, gpus_per_node) "
                                "VALUES ('t-b200', 'B200', 'NVIDIA B200', 8)"_s) &&
                         q.exec(u"INSERT INTO fields (id, code, name_ko, name_en) VALUES "
                                "('f-nlp', 'nlp', '자연어처리', 'NLP')"_s);
                     if (!ok)
                         *err = q.lastError().text();
                     return ok;
                 },
                 &error),
             qPrintable(error));
    const qint64 outbox = scalar(store->db(), u"SELECT count(*) FROM outbox"_s);
    GenerateReport report;
    QVERIFY2(generateDataset(*store, DatasetKind::Demo, 1, &report, &error), qPrintable(error));
    const QSqlDatabase db = store->db();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM users WHERE login = 'admin'"_s), 1);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM accelerator_types"_s), 2);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes n JOIN accelerator_types t ON "
                        "t.id = n.accelerator_type_id WHERE t.id = 't-b200'"_s),
             510 + 255 + 255 + 240);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM applications a WHERE a.field_id = 'f-nlp'"_s),
             scalar(db, u"SELECT count(*) FROM applications a JOIN fields f ON f.id = a.field_id "
                        "WHERE f.code = 'nlp'"_s));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM outbox"_s), outbox);
}

void TestGenerator::smallScaleDataset()
{
    // The scale code path with a tenth of the applications; the fleet is the full 2028 fleet.
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    ScaleShape shape;
    shape.applications = 2000;
    shape.organizations = 600;
    shape.reviewers = 150;
    shape.reviews = 10000;
    QString error;
    GenerateReport report;
    QVERIFY2(generateScaleDataset(*store, shape, 3, &report, &error), qPrintable(error));
    const QSqlDatabase db = store->db();
    QCOMPARE(report.nodes, 6500);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM nodes"_s), 6500);
    QVERIFY(report.racks >= 1600 && report.racks <= 1650);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM providers"_s), 5);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM calls"_s), 10);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM applications"_s), 2000);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM reviews"_s), 10000);
    QCOMPARE(report.reviews, 10000);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM pools p WHERE capacity_nodes <> (SELECT count(*) "
                        "FROM nodes n WHERE n.pool_id = p.id)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM applications a WHERE NOT EXISTS (SELECT 1 FROM "
                        "application_status_history h WHERE h.application_id = a.id)"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM allocations a JOIN allocations b ON a.node_id = "
                        "b.node_id AND a.id < b.id AND a.starts_at < b.ends_at AND b.starts_at < "
                        "a.ends_at"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM review_assignments ra "
                        "JOIN applications a ON a.id = ra.application_id "
                        "JOIN reviewers r ON r.id = ra.reviewer_id "
                        "WHERE r.organization_id = a.organization_id OR EXISTS (SELECT 1 FROM "
                        "reviewer_conflicts c WHERE c.reviewer_id = r.id AND c.organization_id = "
                        "a.organization_id)"_s),
             0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM applications WHERE status = 'completed'"_s) > 0);
    QVERIFY(scalar(db, u"SELECT count(*) FROM accelerator_types WHERE code = 'H100'"_s) == 1);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
