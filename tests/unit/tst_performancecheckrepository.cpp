// SPDX-License-Identifier: GPL-3.0-or-later
// Performance checks on the seeded fleet with two running projects: which projects the idle rule
// flags from (fake) busy days, and what a warning, a reduction, a reclaim and a clearing write:
// nodes free from now on in the bookings with the used part kept, the status move, history,
// audit and the check row with its evidence; refusals write nothing.
#include "../common/ChecksSeed.h"
#include "../common/FakeBusyDays.h"
#include "store/ApplicationRepository.h"
#include "store/PerformanceCheckRepository.h"
#include "store/StatementRepository.h"

#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

int count(Store &store, const QString &sql)
{
    return test::scalar(store.db(), sql).toInt();
}

// The hostnames the application's current grant holds at time t, as the map sees them.
QStringList heldAt(Store &store, const QString &app, qint64 t)
{
    FleetSnapshot fleet;
    FleetBookings bookings;
    QString error;
    FleetRepository repo(store);
    if (!repo.loadFleet(&fleet, &error) || !repo.loadBookings(fleet, &bookings, &error))
        return {u"<error>"_s};
    QStringList out;
    for (int n = 0; n < fleet.nodes.size(); ++n) {
        const int a = bookings.holderAt(n, t);
        if (a >= 0 && bookings.allocations[a].grant >= 0 &&
            bookings.grants[bookings.allocations[a].grant].applicationId == app)
            out << fleet.nodes[n].hostname;
    }
    out.sort();
    return out;
}

// Everything a refused action must leave alone.
QStringList state(Store &store)
{
    QStringList out;
    for (const QString &table :
         {u"performance_checks"_s, u"audit_log"_s, u"application_status_history"_s, u"outbox"_s})
        out << u"%1 %2"_s.arg(table).arg(count(store, u"SELECT count(*) FROM "_s + table));
    QSqlQuery q(store.db());
    q.exec(u"SELECT id, status FROM applications ORDER BY id"_s);
    while (q.next())
        out << q.value(0).toString() + u' ' + q.value(1).toString();
    q.exec(u"SELECT id, status, nodes, ends_at FROM grants ORDER BY id"_s);
    while (q.next())
        out << u"grant %1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                          q.value(2).toString(), q.value(3).toString());
    return out;
}

} // namespace

class TestPerformanceCheckRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QDate m_asOf;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openWithRunningProjects(*m_dir);
        QVERIFY(m_store);
        m_asOf = PerformanceCheckRepository::defaultAsOf(Store::nowMs());
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void defaultAsOfIsYesterdayInSeoul();
    void flagged_data();
    void flagged();
    void projectsSortedAndErrorsKept();
    void action_data();
    void action();
    void refused_data();
    void refused();
    void historyNewestFirst();
    void reclaimedTimeStillBilled();
};

void TestPerformanceCheckRepository::defaultAsOfIsYesterdayInSeoul()
{
    // 2026-03-01 00:30 in Seoul is still 2026-02-28 in UTC: yesterday is 2026-02-28.
    const qint64 t = test::seoulMidnight(2026, 3, 1) + 30 * 60 * 1000;
    QCOMPARE(PerformanceCheckRepository::defaultAsOf(t), QDate(2026, 2, 28));
}

void TestPerformanceCheckRepository::flagged_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<double>>("ratios"); // ending on asOf; negative: no data that day
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<int>("currentRun");
    QTest::addColumn<int>("daysWithData");

    const QList<double> idle14(14, 0.10);
    QTest::newRow("idle 14 days at 30%") << 30 << 14 << idle14 << true << 14 << 14;
    QTest::newRow("13 idle days are not enough")
        << 30 << 14 << QList<double>{0.5} + QList<double>(13, 0.1) << false << 13 << 14;
    QList<double> gap = idle14;
    gap[6] = -1;
    QTest::newRow("a day without data breaks the run") << 30 << 14 << gap << false << 7 << 13;
    QList<double> last = idle14;
    last.last() = -1;
    QTest::newRow("no data on asOf: not flagged") << 30 << 14 << last << false << 0 << 13;
    QTest::newRow("exactly at the threshold is not idle")
        << 30 << 14 << QList<double>(14, 0.30) << false << 0 << 14;
    QTest::newRow("busy project") << 30 << 14 << QList<double>(20, 0.85) << false << 0 << 14;
    QTest::newRow("the call's own threshold: 40% under 50%")
        << 50 << 14 << QList<double>(14, 0.40) << true << 14 << 14;
    QTest::newRow("the call's own window: 7 days")
        << 30 << 7 << QList<double>(7, 0.05) << true << 7 << 7;
    QTest::newRow("no telemetry at all") << 30 << 14 << QList<double>{} << false << 0 << 0;
}

void TestPerformanceCheckRepository::flagged()
{
    QFETCH(int, threshold);
    QFETCH(int, days);
    QFETCH(QList<double>, ratios);
    QFETCH(bool, flagged);
    QFETCH(int, currentRun);
    QFETCH(int, daysWithData);

    QVERIFY(test::exec(
        *m_store,
        {u"UPDATE calls SET idle_threshold_percent = %1, idle_days = %2"_s.arg(threshold).arg(
            days)}));
    test::FakeBusyDays usage;
    usage.addRun(u"ap-b"_s, m_asOf.addDays(1 - int(ratios.size())), ratios);
    usage.addDays(u"ap-b2"_s, m_asOf, 20, 0.9); // always busy

    PerformanceCheckRepository repo(*m_store);
    QList<IdleProject> projects;
    QString error;
    QVERIFY2(repo.projects(usage, u"c-r1"_s, m_asOf, &projects, &error), qPrintable(error));
    QCOMPARE(projects.size(), 2);
    const auto b = std::find_if(projects.cbegin(), projects.cend(),
                                [](const IdleProject &p) { return p.code == u"R1-0101"_s; });
    QVERIFY(b != projects.cend());
    QCOMPARE(b->settings.thresholdPercent, threshold);
    QCOMPARE(b->settings.days, days);
    QCOMPARE(b->nodes, 4);
    QCOMPARE(b->status, ApplicationStatus::Active);
    QCOMPARE(b->finding.flagged, flagged);
    QCOMPARE(b->finding.currentRun, currentRun);
    QCOMPARE(b->finding.daysWithData, daysWithData);
    QCOMPARE(b->source.has_value(), daysWithData > 0);
    QCOMPARE(b->asOf, m_asOf);
    QVERIFY(b->from <= m_asOf.addDays(1 - days));

    QList<IdleProject> only;
    QVERIFY(repo.flagged(usage, QString(), m_asOf, &only, &error));
    QCOMPARE(only.size(), flagged ? 1 : 0);
    if (flagged)
        QCOMPARE(only.first().applicationId, u"ap-b"_s);
}

void TestPerformanceCheckRepository::projectsSortedAndErrorsKept()
{
    test::FakeBusyDays usage;
    usage.addDays(u"ap-b"_s, m_asOf, 14, 0.2);
    usage.addDays(u"ap-b2"_s, m_asOf, 14, 0.1, BusySource::GpuUtil);
    PerformanceCheckRepository repo(*m_store);
    QList<IdleProject> projects;
    QString error;
    QVERIFY(repo.projects(usage, u"c-r1"_s, m_asOf, &projects, &error));
    QCOMPARE(projects.size(), 2);
    // Both flagged: the idler first.
    QCOMPARE(projects[0].code, u"R1-0102"_s);
    QCOMPARE(projects[0].source, std::optional<BusySource>(BusySource::GpuUtil));
    QCOMPARE(projects[1].code, u"R1-0101"_s);
    QVERIFY(qAbs(projects[1].finding.meanRatio - 0.2) < 1e-9);

    // A project whose usage cannot be read is listed with the error, after the others.
    usage.failing.insert(u"ap-b2"_s);
    QVERIFY(repo.projects(usage, u"c-r1"_s, m_asOf, &projects, &error));
    QCOMPARE(projects.size(), 2);
    QCOMPARE(projects[0].code, u"R1-0101"_s);
    QCOMPARE(projects[1].error, u"The usage store is unavailable."_s);
    QVERIFY(!projects[1].finding.flagged);
    // Another call's view does not list them.
    QVERIFY(repo.projects(usage, u"c-none"_s, m_asOf, &projects, &error));
    QVERIFY(projects.isEmpty());
}

void TestPerformanceCheckRepository::action_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("releaseNodes");
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QStringList>("heldAfter");
    QTest::addColumn<QString>("statusAfter");
    QTest::addColumn<QStringList>("released");
    QTest::addColumn<int>("historyRows"); // added by the action

    const QStringList four{u"a1-01"_s, u"a1-02"_s, u"a1-03"_s, u"a1-04"_s};
    QTest::newRow("warning") << u"ap-b"_s << u"warning"_s << 0 << QStringList{} << four
                             << u"active"_s << QStringList{} << 0;
    QTest::newRow("cleared") << u"ap-b"_s << u"cleared"_s << 0 << QStringList{} << four
                             << u"active"_s << QStringList{} << 0;
    QTest::newRow("reduction of the last placed")
        << u"ap-b"_s << u"reduction"_s << 1 << QStringList{}
        << QStringList{u"a1-01"_s, u"a1-02"_s, u"a1-03"_s} << u"active"_s << QStringList{u"a1-04"_s}
        << 1;
    QTest::newRow("reduction of chosen nodes")
        << u"ap-b"_s << u"reduction"_s << 0 << QStringList{u"n-a1-01"_s, u"n-a1-03"_s}
        << QStringList{u"a1-02"_s, u"a1-04"_s} << u"active"_s << QStringList{u"a1-01"_s, u"a1-03"_s}
        << 1;
    QTest::newRow("reclaim") << u"ap-b2"_s << u"reclaim"_s << 0 << QStringList{} << QStringList{}
                             << u"reclaimed"_s << QStringList{u"a2-01"_s, u"a2-02"_s} << 1;
}

void TestPerformanceCheckRepository::action()
{
    QFETCH(QString, app);
    QFETCH(QString, outcome);
    QFETCH(int, releaseNodes);
    QFETCH(QStringList, chosen);
    QFETCH(QStringList, heldAfter);
    QFETCH(QString, statusAfter);
    QFETCH(QStringList, released);
    QFETCH(int, historyRows);

    test::FakeBusyDays usage;
    usage.addDays(app, m_asOf, 14, 0.05);
    PerformanceCheckRepository repo(*m_store);
    QList<IdleProject> projects;
    QString error;
    QVERIFY(repo.flagged(usage, u"c-r1"_s, m_asOf, &projects, &error));
    QCOMPARE(projects.size(), 1);
    const IdleProject &p = projects.first();

    const int history = count(*m_store, u"SELECT count(*) FROM application_status_history"_s);
    const int allocationAudits =
        count(*m_store, u"SELECT count(*) FROM audit_log WHERE action = 'allocation_change'"_s);
    const qint64 before = Store::nowMs();
    CheckAction a;
    a.applicationId = app;
    a.outcome = checkOutcomeFromKey(outcome).value();
    a.reason = u"  평균 사용률 5%로 14일 연속 저조  "_s;
    a.releaseNodes = releaseNodes;
    a.nodeIds = chosen;
    a.finding = p.finding;
    a.settings = p.settings;
    a.asOf = m_asOf;
    QString summary;
    QVERIFY2(repo.record(a, &summary, &error), qPrintable(error));
    const qint64 after = Store::nowMs();
    QVERIFY(!summary.isEmpty());

    // The map, a moment from now: released nodes are free, the rest still held.
    QCOMPARE(heldAt(*m_store, app, after + 1000), heldAfter);
    // And the status through the state machine, with the history row and the reason.
    QCOMPARE(test::scalar(m_store->db(), u"SELECT status FROM applications WHERE id = ?"_s, {app})
                 .toString(),
             statusAfter);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM application_status_history"_s),
             history + historyRows);
    if (historyRows > 0)
        QCOMPARE(test::scalar(m_store->db(),
                              u"SELECT to_status || ' ' || reason FROM application_status_history "
                              "WHERE application_id = ? ORDER BY changed_at DESC, rowid DESC"_s,
                              {app})
                     .toString(),
                 statusAfter + u" 평균 사용률 5%로 14일 연속 저조"_s);
    QCOMPARE(
        count(*m_store, u"SELECT count(*) FROM audit_log WHERE action = 'allocation_change'"_s),
        allocationAudits + (released.isEmpty() ? 0 : 1));

    // The used part of the released nodes stays for the statements: their allocations end
    // at the moment of release, in a released grant the map ignores.
    for (const QString &h : released) {
        QSqlQuery q(m_store->db());
        q.prepare(u"SELECT al.starts_at, al.ends_at, g.status FROM allocations al "
                  "JOIN grants g ON g.id = al.grant_id JOIN nodes n ON n.id = al.node_id "
                  "WHERE n.hostname = ? AND al.deleted = 0"_s);
        q.addBindValue(h);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), test::checksWindowStart());
        QVERIFY(q.value(1).toLongLong() >= before && q.value(1).toLongLong() <= after);
        QCOMPARE(q.value(2).toString(), u"released"_s);
        QVERIFY(!q.next());
    }
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM grants WHERE application_id = '%1' AND "
                             "status <> 'released'"_s.arg(app)),
             heldAfter.isEmpty() ? 0 : 1);
    if (!heldAfter.isEmpty())
        QCOMPARE(count(*m_store, u"SELECT nodes FROM grants WHERE application_id = '%1' AND "
                                 "status <> 'released'"_s.arg(app)),
                 heldAfter.size());

    // The check with its evidence, and the audit entry.
    const QList<PerformanceCheck> checks = repo.checks(app);
    QCOMPARE(checks.size(), 1);
    const PerformanceCheck &c = checks.first();
    QCOMPARE(checkOutcomeKey(c.outcome), outcome);
    QCOMPARE(c.reason, u"평균 사용률 5%로 14일 연속 저조"_s);
    QCOMPARE(c.by, u"u-officer"_s); // no users row: the id
    QCOMPARE(c.evidence.value(u"as_of"_s).toString(), m_asOf.toString(Qt::ISODate));
    QCOMPARE(c.evidence.value(u"threshold_percent"_s).toInt(), 30);
    QCOMPARE(c.evidence.value(u"days"_s).toInt(), 14);
    QCOMPARE(c.evidence.value(u"current_run"_s).toInt(), 14);
    QCOMPARE(c.evidence.value(u"source"_s).toString(), u"engine_active"_s);
    QVERIFY(qAbs(c.evidence.value(u"mean_ratio"_s).toDouble() - 0.05) < 1e-9);
    QCOMPARE(c.evidence.value(u"daily"_s).toArray().size(), 14);
    QStringList evidenceReleased;
    for (const QJsonValue &v : c.evidence.value(u"released"_s).toArray())
        evidenceReleased << v.toString();
    evidenceReleased.sort();
    QCOMPARE(evidenceReleased, released);
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM audit_log WHERE action = 'performance_check' "
                             "AND entity_id = '%1' AND details LIKE '%\"outcome\":\"%2\"%'"_s.arg(
                                 app, outcome)),
             1);
    // Captured for sync.
    QCOMPARE(count(*m_store, u"SELECT count(*) FROM outbox WHERE table_name = "
                             "'performance_checks' AND row_id = '%1'"_s.arg(c.id)),
             1);
}

void TestPerformanceCheckRepository::refused_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("releaseNodes");
    QTest::addColumn<QString>("message");

    QTest::newRow("blank reason") << u"ap-b"_s << u"warning"_s << u"   "_s << 0
                                  << u"needs a reason"_s;
    QTest::newRow("reclaim of a selected project")
        << u"ap-h"_s << u"reclaim"_s << u"idle"_s << 0
        << u"R1-0103 is Selected; only allocated or active projects can be reclaimed."_s;
    QTest::newRow("reclaim of an application under review")
        << u"ap-rv"_s << u"reclaim"_s << u"idle"_s << 0
        << u"only allocated or active projects can be reclaimed"_s;
    QTest::newRow("reduction of every node")
        << u"ap-b"_s << u"reduction"_s << u"idle"_s << 4 << u"reclaim the project"_s;
    QTest::newRow("reduction of no node")
        << u"ap-b"_s << u"reduction"_s << u"idle"_s << 0 << u"at least one node"_s;
    QTest::newRow("reduction of a project holding nothing")
        << u"ap-h"_s << u"reduction"_s << u"idle"_s << 1
        << u"only allocated or active projects can have their nodes reduced"_s;
    QTest::newRow("unknown project")
        << u"ap-none"_s << u"warning"_s << u"idle"_s << 0 << u"no longer exists"_s;
}

void TestPerformanceCheckRepository::refused()
{
    QFETCH(QString, app);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    QFETCH(int, releaseNodes);
    QFETCH(QString, message);

    const QStringList before = state(*m_store);
    CheckAction a;
    a.applicationId = app;
    a.outcome = checkOutcomeFromKey(outcome).value();
    a.reason = reason;
    a.releaseNodes = releaseNodes;
    a.asOf = m_asOf;
    QString error;
    QVERIFY(!PerformanceCheckRepository(*m_store).record(a, nullptr, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(state(*m_store), before);
}

void TestPerformanceCheckRepository::historyNewestFirst()
{
    PerformanceCheckRepository repo(*m_store);
    QVERIFY(test::exec(*m_store, {u"INSERT INTO users (id, login, display_name, role) VALUES "
                                  "('u-officer', 'officer', '김담당', 'program_officer')"_s}));
    CheckAction a;
    a.applicationId = u"ap-b"_s;
    a.asOf = m_asOf;
    QString error;
    for (const auto &[outcome, reason] : {std::pair{CheckOutcome::Warning, u"first"_s},
                                          std::pair{CheckOutcome::Cleared, u"second"_s}}) {
        a.outcome = outcome;
        a.reason = reason;
        QVERIFY2(repo.record(a, nullptr, &error), qPrintable(error));
    }
    const QList<PerformanceCheck> checks = repo.checks(u"ap-b"_s);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks[0].reason, u"second"_s);
    QCOMPARE(checks[1].reason, u"first"_s);
    QCOMPARE(checks[0].by, u"김담당"_s);
    test::FakeBusyDays usage;
    QList<IdleProject> projects;
    QVERIFY(repo.projects(usage, u"c-r1"_s, m_asOf, &projects, &error));
    const auto b = std::find_if(projects.cbegin(), projects.cend(),
                                [](const IdleProject &p) { return p.applicationId == u"ap-b"_s; });
    QVERIFY(b != projects.cend());
    QCOMPARE(b->checks, 2);
    QCOMPARE(b->lastOutcome, std::optional<CheckOutcome>(CheckOutcome::Cleared));
}

void TestPerformanceCheckRepository::reclaimedTimeStillBilled()
{
    const QDate today = displayDate(Store::nowMs());
    const QString month = today.toString(u"yyyy-MM"_s);
    StatementRepository statements(*m_store);
    StatementSheet sheet;
    QString error;
    QVERIFY(statements.compute(u"c-r1"_s, month, &sheet, &error));
    qint64 before = -1;
    for (const StatementRow &r : sheet.rows)
        before = r.code == u"R1-0102"_s ? r.statement.gpuHours : before;

    CheckAction a;
    a.applicationId = u"ap-b2"_s;
    a.outcome = CheckOutcome::Reclaim;
    a.reason = u"idle"_s;
    a.asOf = m_asOf;
    QVERIFY2(PerformanceCheckRepository(*m_store).record(a, nullptr, &error), qPrintable(error));

    // Two nodes of 8 GPUs from the later of the month's start and the window's start up to the
    // release, floored once.
    const qint64 releasedAt =
        test::scalar(m_store->db(), u"SELECT ends_at FROM allocations WHERE deleted = 0 AND "
                                    "node_id = 'n-a2-01'"_s)
            .toLongLong();
    const qint64 from =
        qMax(startOfDay(QDate(today.year(), today.month(), 1)), test::checksWindowStart());
    QVERIFY(statements.compute(u"c-r1"_s, month, &sheet, &error));
    qint64 after = -1;
    for (const StatementRow &r : sheet.rows)
        after = r.code == u"R1-0102"_s ? r.statement.gpuHours : after;
    QCOMPARE(after, 16 * (releasedAt - from) / (3600 * 1000));
    QVERIFY(after < before);
}

QTEST_GUILESS_MAIN(TestPerformanceCheckRepository)
#include "tst_performancecheckrepository.moc"
