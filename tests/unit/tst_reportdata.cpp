// SPDX-License-Identifier: GPL-3.0-or-later
// The data of the four reports, checked as tables against figures worked out by hand and against
// what the views compute with the same repositories and rules: the application browser's counts,
// the ranking and the capacity cut, the dashboard's figures, the idle check and the statements.
#include "../common/ChecksSeed.h"
#include "../common/FakeUsage.h"
#include "../common/SelectionSeed.h"
#include "../common/StatementSeed.h"
#include "domain/DisplayLanguage.h"
#include "itemmodels/ApplicationTableModel.h"
#include "reports/AllocationStatusData.h"
#include "reports/CallSummaryData.h"
#include "reports/StatementReportData.h"
#include "reports/UsageReportData.h"
#include "store/SelectionRepository.h"

#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000LL;

// How many applications the browser lists under `filter`.
int browserCount(Store &store, const ApplicationFilter &filter)
{
    ApplicationTableModel model(store.db());
    model.setFilter(filter);
    return model.rowCount();
}

QStringList codes(const QList<RankedApplication> &rows)
{
    QStringList out;
    for (const RankedApplication &r : rows)
        out << u"%1 #%2 %3"_s.arg(r.code).arg(r.rank).arg(statusKey(r.status));
    return out;
}

const NodeGroup *groupNamed(const QList<NodeGroup> &groups, const QString &name)
{
    for (const NodeGroup &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

} // namespace

class TestReportData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void displayLanguageScopes()
    {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        QVERIFY(!DisplayLanguage::isEnglish());
        {
            const DisplayLanguage::Scope english(u"en"_s);
            QVERIFY(DisplayLanguage::isEnglish());
            QCOMPARE(DisplayLanguage::code(), u"en"_s);
            {
                const DisplayLanguage::Scope korean(u"ko"_s);
                QVERIFY(!DisplayLanguage::isEnglish());
            }
            QVERIFY(DisplayLanguage::isEnglish());
            // Another thread still follows the interface.
            bool otherEnglish = true;
            std::unique_ptr<QThread> other(
                QThread::create([&otherEnglish] { otherEnglish = DisplayLanguage::isEnglish(); }));
            other->start();
            other->wait();
            QVERIFY(!otherEnglish);
        }
        QVERIFY(!DisplayLanguage::isEnglish());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(DisplayLanguage::isEnglish());
    }

    void callSummaryCountsAsTheBrowser_data()
    {
        QTest::addColumn<QString>("grouping");
        QTest::addColumn<QStringList>("expected"); // "key applications nodes"
        QTest::newRow("organisation type")
            << u"org"_s
            << QStringList{u"university 7 22"_s, u"research_institute 0 0"_s, u"sme 0 0"_s,
                           u"startup 0 0"_s,     u"large_enterprise 0 0"_s,
                           u"public_agency 0 0"_s};
        QTest::newRow("accelerator type") << u"type"_s << QStringList{u"t-b200 7 22"_s};
        QTest::newRow("requested nodes")
            << u"nodes"_s
            << QStringList{u"1-1 2 2"_s,   u"2-2 2 4"_s,   u"3-4 2 8"_s, u"5-8 1 8"_s,
                           u"9-16 0 0"_s,  u"17-32 0 0"_s, u"33- 0 0"_s};
        QTest::newRow("status") << u"status"_s
                                << QStringList{u"under_review 1 1"_s, u"selected 3 10"_s,
                                               u"waitlisted 2 10"_s, u"rejected 1 1"_s};
        QTest::newRow("field") << u"field"_s << QStringList{u"자연어처리 7 22"_s};
    }
    void callSummaryCountsAsTheBrowser()
    {
        QFETCH(QString, grouping);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto store = test::openWithReference(dir);
        QVERIFY(store && test::seedSelection(*store));
        decide(*store);

        CallSummaryData d;
        QString error;
        QVERIFY2(loadCallSummary(*store, u"2025-R1"_s, RankBy::Raw, &d, &error), qPrintable(error));
        QCOMPARE(d.call.id, u"c-r1"_s);
        const QList<ApplicationGroup> &groups = grouping == u"org"_s      ? d.byOrgType
                                                : grouping == u"type"_s   ? d.byType
                                                : grouping == u"nodes"_s  ? d.byNodes
                                                : grouping == u"status"_s ? d.byStatus
                                                                          : d.byField;
        QStringList got;
        int applications = 0;
        for (const ApplicationGroup &g : groups) {
            got << u"%1 %2 %3"_s.arg(g.key).arg(g.applications).arg(g.nodes);
            applications += g.applications;
            // The same number as the browser shows with the matching filter.
            ApplicationFilter filter;
            filter.callId = u"c-r1"_s;
            if (grouping == u"org"_s)
                filter.orgType = g.key;
            else if (grouping == u"type"_s)
                filter.acceleratorTypeId = g.key;
            else if (grouping == u"nodes"_s) {
                filter.minNodes = g.minNodes;
                filter.maxNodes = g.maxNodes;
            } else if (grouping == u"status"_s)
                filter.statuses = {g.key};
            else
                continue; // the browser has no field filter
            QCOMPARE(browserCount(*store, filter), g.applications);
        }
        QCOMPARE(got, expected);
        ApplicationFilter call;
        call.callId = u"c-r1"_s;
        QCOMPARE(applications, browserCount(*store, call));
        QCOMPARE(d.applications, browserCount(*store, call));
        QCOMPARE(d.requestedNodes, 22);
    }

    // The lists follow the ranking the Selection tab shows, with its scores.
    void selectedAndWaitlistedFollowTheRanking()
    {
        QTemporaryDir dir;
        auto store = test::openWithReference(dir);
        QVERIFY(store && test::seedSelection(*store));
        decide(*store);
        CallSummaryData d;
        QString error;
        QVERIFY2(loadCallSummary(*store, u"c-r1"_s, RankBy::Raw, &d, &error), qPrintable(error));
        // a0 was selected before review (no reviews: flagged, after the ranked ones).
        QCOMPARE(codes(d.selected), (QStringList{u"R1-0001 #1 selected"_s,
                                                 u"R1-0003 #3 selected"_s,
                                                 u"R1-0000 #0 selected"_s}));
        QCOMPARE(codes(d.waitlisted),
                 (QStringList{u"R1-0002 #2 waitlisted"_s, u"R1-0004 #4 waitlisted"_s}));
        QCOMPARE(d.waitlisted[0].waitlistPlace, 1);
        QCOMPARE(d.waitlisted[1].waitlistPlace, 2);
        QCOMPARE(d.selected[0].score, 90.0);
        QCOMPARE(d.selected[0].reviews, 2);
        QCOMPARE(d.selected[0].grantedNodes, 4);
        QCOMPARE(d.selected[2].grantedNodes, 3);

        // The same ranking and pool figures as the rules give the panel.
        const auto call = SelectionRepository(*store).load(u"c-r1"_s, &error);
        QVERIFY(call);
        const TypeSelection sel = selectType(*call, scoreApplications(call->input),
                                             call->types.constFirst(), RankBy::Raw);
        QCOMPARE(d.types.size(), call->types.size());
        const TypeOutcome &b200 = d.types.constFirst();
        QCOMPARE(b200.typeCode, u"B200"_s);
        QCOMPARE(b200.capacityNodes, call->types.constFirst().pool.capacityNodes);
        QCOMPARE(b200.committedNodes, call->types.constFirst().pool.committedNodes);
        QCOMPARE(b200.ranked, sel.ranking.rankedCount);
        QCOMPARE(b200.selected, 3);
        QCOMPARE(b200.selectedNodes, 4 + 2 + 3);
        QCOMPARE(b200.waitlisted, 2);
        QCOMPARE(b200.rejected, 1);
        QCOMPARE(b200.undecided, 1);
        QCOMPARE(b200.flagged, 2);
    }

    void unknownCallIsRefusedWithTheChoices()
    {
        QTemporaryDir dir;
        auto store = test::openWithReference(dir);
        QVERIFY(store);
        CallSummaryData d;
        QString error;
        QVERIFY(!loadCallSummary(*store, u"2099-R9"_s, RankBy::Raw, &d, &error));
        QVERIFY2(error.contains(u"2099-R9"_s) && error.contains(u"2025-R1"_s), qPrintable(error));
    }

    void allocationStatusByGroup_data()
    {
        QTest::addColumn<QString>("grouping");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<int>>("counts"); // nodes, gpus, allocated, free, out of service
        QTest::newRow("type B200") << u"type"_s << u"B200"_s << QList<int>{20, 160, 6, 12, 2};
        QTest::newRow("type H200") << u"type"_s << u"H200"_s << QList<int>{10, 80, 0, 9, 1};
        QTest::newRow("pool open B200") << u"pool"_s << u"공모 B200"_s
                                        << QList<int>{16, 128, 6, 8, 2};
        QTest::newRow("pool national") << u"pool"_s << u"국가 B200"_s
                                       << QList<int>{4, 32, 0, 4, 0};
        QTest::newRow("pool open H200") << u"pool"_s << u"공모 H200"_s
                                        << QList<int>{10, 80, 0, 9, 1};
        QTest::newRow("provider") << u"provider"_s << u"케이티클라우드"_s
                                  << QList<int>{30, 240, 6, 21, 3};
        QTest::newRow("cluster B200") << u"cluster"_s << u"B200-1"_s
                                      << QList<int>{20, 160, 6, 12, 2};
        QTest::newRow("cluster H200") << u"cluster"_s << u"H200-1"_s
                                      << QList<int>{10, 80, 0, 9, 1};
    }
    void allocationStatusByGroup()
    {
        QFETCH(QString, grouping);
        QFETCH(QString, name);
        QFETCH(QList<int>, counts);
        QTemporaryDir dir;
        auto store = test::openWithRunningProjects(dir);
        QVERIFY(store);
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        AllocationStatusData d;
        QString error;
        QVERIFY2(loadAllocationStatus(*store, Store::nowMs(), 12, 30, &d, &error),
                 qPrintable(error));
        const QList<NodeGroup> &groups = grouping == u"type"_s   ? d.byType
                                         : grouping == u"pool"_s ? d.byPool
                                         : grouping == u"provider"_s ? d.byProvider
                                                                     : d.byCluster;
        const NodeGroup *g = groupNamed(groups, name);
        QVERIFY2(g, qPrintable(name));
        QCOMPARE((QList<int>{g->counts.nodes, g->counts.gpus, g->counts.allocated, g->counts.free,
                             g->counts.outOfService}),
                 counts);
        QCOMPARE(d.total.nodes, 30);
        QCOMPARE(d.total.allocated, 6);
        QCOMPARE(d.total.allocatedGpus, 48);
    }

    // The same nodes as the usage dashboard counts per type and pool, and the same grants ending.
    void allocationStatusAsTheDashboard()
    {
        QTemporaryDir dir;
        auto store = test::openWithRunningProjects(dir);
        QVERIFY(store);
        const qint64 now = Store::nowMs();
        AllocationStatusData d;
        QString error;
        QVERIFY(loadAllocationStatus(*store, now, 12, 90, &d, &error));

        FleetSnapshot fleet;
        FleetBookings bookings;
        FleetRepository repo(*store);
        QVERIFY(repo.loadFleet(&fleet, &error) && repo.loadBookings(fleet, &bookings, &error));
        test::FakeUsage usage;
        DashboardSettings settings;
        settings.endingDays = 90;
        DashboardFigures figures;
        QVERIFY(computeDashboard(usage, fleet, bookings, now, settings, &figures, &error));
        int nodes = 0, allocated = 0, free = 0, out = 0;
        for (const DashboardPoolRow &row : figures.pools) {
            nodes += row.nodes;
            allocated += row.allocated;
            free += row.free;
            out += row.outOfService;
        }
        QCOMPARE(d.total.nodes, nodes);
        QCOMPARE(d.total.allocated, allocated);
        QCOMPARE(d.total.free, free);
        QCOMPARE(d.total.outOfService, out);

        QCOMPARE(d.ending.size(), figures.ending.size());
        QCOMPARE(d.ending.size(), 2);
        for (int i = 0; i < d.ending.size(); ++i) {
            QCOMPARE(d.ending[i].endMs, figures.ending[i].endMs);
            QCOMPARE(d.ending[i].nodes, figures.ending[i].nodes);
        }
        QCOMPARE(d.ending[0].daysLeft, 59);
        QList<int> held{d.ending[0].nodes, d.ending[1].nodes};
        std::sort(held.begin(), held.end());
        QCOMPARE(held, (QList<int>{2, 4}));
        QCOMPARE(d.ending[0].gpus + d.ending[1].gpus, 48);
    }

    // Month by month: nodes held at the start and on average, worked out from the window.
    void occupancyOverTheComingMonths()
    {
        QTemporaryDir dir;
        auto store = test::openWithRunningProjects(dir);
        QVERIFY(store);
        const qint64 now = Store::nowMs();
        AllocationStatusData d;
        QString error;
        QVERIFY(loadAllocationStatus(*store, now, 4, 30, &d, &error));
        const qint64 windowStart = test::checksWindowStart();
        const qint64 windowEnd = test::checksWindowEnd();
        const QDate today = displayDate(now);
        QCOMPARE(d.occupancy.size(), 8); // 4 months x 2 types
        for (int m = 0; m < 4; ++m) {
            const QDate month = QDate(today.year(), today.month(), 1).addMonths(m);
            const qint64 start = startOfDay(month);
            const qint64 end = startOfDay(month.addMonths(1));
            const qint64 overlap = qMax<qint64>(0, qMin(end, windowEnd) - qMax(start, windowStart));
            const OccupancyMonth &b200 = d.occupancy[2 * m];
            const OccupancyMonth &h200 = d.occupancy[2 * m + 1];
            QCOMPARE(b200.month, month);
            QCOMPARE(b200.typeCode, u"B200"_s);
            QCOMPARE(h200.typeCode, u"H200"_s);
            QCOMPARE(b200.usableNodes, 18);
            QCOMPARE(h200.usableNodes, 9);
            const qint64 at = qMax(start, now);
            QCOMPARE(b200.heldAtStart, at >= windowStart && at < windowEnd ? 6 : 0);
            QCOMPARE(h200.heldAtStart, 0);
            QVERIFY(qAbs(b200.meanHeld - 6.0 * double(overlap) / double(end - start)) < 1e-9);
            QCOMPARE(h200.meanHeld, 0.0);
        }
        QVERIFY(d.occupancy[0].occupancy() > 0);
    }

    // The fleet over the period as the dashboard computes it, the call's projects only, the
    // projects the idle check flags and the checks of the period.
    void usageReport()
    {
        QTemporaryDir dir;
        auto store = test::openWithRunningProjects(dir);
        QVERIFY(store);
        const QDate to = displayDate(Store::nowMs()).addDays(-1);
        const QDate from = to.addDays(-9);
        test::FakeUsage usage;
        for (int i = -3; i < 10; ++i) {
            // Three days before the period that must not count.
            usage.addDay(UsageScope::Fleet, QString(), from.addDays(i), i < 0 ? 0.9 : 0.5, 48);
            usage.addDay(UsageScope::Project, u"ap-b"_s, from.addDays(i), 0.1, 32);
            usage.addDay(UsageScope::Project, u"ap-b2"_s, from.addDays(i), 0.8, 16);
        }
        usage.addBusyDays(u"ap-b"_s, to, 14, 0.1, 32);
        usage.addBusyDays(u"ap-b2"_s, to, 14, 0.8, 16);
        PerformanceCheckRepository checks(*store);
        CheckAction warning;
        warning.applicationId = u"ap-b"_s;
        warning.outcome = CheckOutcome::Warning;
        warning.reason = u"사용률이 낮음"_s;
        QString summary, error;
        QVERIFY2(checks.record(warning, &summary, &error), qPrintable(error));

        UsageReportData d;
        QVERIFY2(loadUsageReport(*store, usage, u"c-r1"_s, from, to, &d, &error),
                 qPrintable(error));
        QCOMPARE(d.fleet.periodDays, 10);
        QCOMPARE(d.fleet.days.size(), 10);
        QCOMPARE(d.fleet.period.seconds, 10 * 86400.0 * 48);
        QCOMPARE(d.fleet.period.ratio(), 0.5);
        QCOMPARE(d.projects.size(), 2);
        QCOMPARE(d.projects[0].code, u"R1-0102"_s); // busiest first, as on the dashboard
        QCOMPARE(d.projects[0].days.size(), 10);
        QCOMPARE(d.projects[1].totals.ratio(), 0.1);
        QCOMPARE(d.projects[1].nodesNow, 4);
        QCOMPARE(d.projectTotals.seconds, 10 * 86400.0 * 48);
        QCOMPARE(d.projectTotals.busySeconds, 10 * 86400.0 * (32 * 0.1 + 16 * 0.8));

        QList<IdleProject> flagged;
        QVERIFY(checks.flagged(usage, u"c-r1"_s, to, &flagged, &error));
        QCOMPARE(d.flagged.size(), flagged.size());
        QCOMPARE(d.flagged.size(), 1);
        QCOMPARE(d.flagged[0].code, u"R1-0101"_s);
        QCOMPARE(d.flagged[0].finding.evidence.size(), flagged[0].finding.evidence.size());

        // The warning was recorded now: inside a period ending today, outside one ending before.
        QCOMPARE(d.actions.size(), 0);
        QVERIFY(loadUsageReport(*store, usage, u"c-r1"_s, from, to.addDays(1), &d, &error));
        QCOMPARE(d.actions.size(), 1);
        QCOMPARE(d.actions[0].outcome, CheckOutcome::Warning);
        QCOMPARE(d.actions[0].reason, u"사용률이 낮음"_s);

        QVERIFY(!loadUsageReport(*store, usage, u"c-r1"_s, to, from, &d, &error));
        QVERIFY(!loadUsageReport(*store, usage, u"c-r1"_s, to.addDays(-400), to, &d, &error));
    }

    // Each month as the Billing view computes it; the call's total is their sum.
    void statementsPerMonthAndTotal_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("months");
        QTest::addColumn<QList<qint64>>("total"); // statements, refused, hours, amount, VAT, total
        QTest::newRow("every month")
            << QString() << QString() << QStringList{u"2026-02"_s, u"2026-03"_s}
            << QList<qint64>{4, 1, 27741 + 768, 1352700 + 230400, 135270 + 23040,
                             1487970 + 253440};
        QTest::newRow("February") << u"2026-02"_s << u"2026-02"_s << QStringList{u"2026-02"_s}
                                  << QList<qint64>{3, 1, 27741, 1352700, 135270, 1487970};
        QTest::newRow("from March") << u"2026-03"_s << QString() << QStringList{u"2026-03"_s}
                                    << QList<qint64>{1, 0, 768, 230400, 23040, 253440};
        QTest::newRow("none") << u"2027-01"_s << QString() << QStringList{}
                              << QList<qint64>{0, 0, 0, 0, 0, 0};
    }
    void statementsPerMonthAndTotal()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, months);
        QFETCH(QList<qint64>, total);
        QTemporaryDir dir;
        auto store = test::openWithFleet(dir);
        QVERIFY(store && test::seedFebruaryStatements(*store));
        StatementReportData d;
        QString error;
        QVERIFY2(loadStatementReport(*store, u"c-r1"_s, from, to, &d, &error), qPrintable(error));
        QStringList got;
        StatementRepository repo(*store);
        qint64 hours = 0;
        for (const StatementSheet &sheet : d.months) {
            got << sheet.month;
            StatementSheet view;
            QVERIFY(repo.compute(u"c-r1"_s, sheet.month, &view, &error));
            QCOMPARE(sheet.summary.total.won, view.summary.total.won);
            QCOMPARE(sheet.summary.projects, view.summary.projects);
            QCOMPARE(sheet.rows.size(), view.rows.size());
            hours += sheet.summary.gpuHours;
        }
        QCOMPARE(got, months);
        QCOMPARE(hours, d.total.gpuHours);
        QCOMPARE((QList<qint64>{d.total.projects, d.total.refused, d.total.gpuHours,
                                d.total.amount.won, d.total.vat.won, d.total.total.won}),
                 total);
    }

    void statementMonthsMustBeMonths()
    {
        QTemporaryDir dir;
        auto store = test::openWithFleet(dir);
        QVERIFY(store);
        StatementReportData d;
        QString error;
        QVERIFY(!loadStatementReport(*store, u"c-r1"_s, u"2026-13"_s, QString(), &d, &error));
        QVERIFY(error.contains(u"2026-13"_s));
    }

private:
    // The B200 proposal applied, as an officer does on the Selection tab.
    static void decide(Store &store)
    {
        store.setCurrentUser(u"u-officer"_s, u"담당자"_s);
        QString error;
        const auto call = SelectionRepository(store).load(u"c-r1"_s, &error);
        QVERIFY2(call, qPrintable(error));
        const QList<ApplicationScore> scores = scoreApplications(call->input);
        const TypeSelection sel =
            selectType(*call, scores, call->types.constFirst(), RankBy::Raw);
        QVERIFY2(SelectionRepository(store).applyProposal(*call, scores, sel, &error),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
