// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/TestStore.h"
#include "data/DataGenerator.h"
#include "data/DemoTelemetry.h"
#include "domain/TimeFormat.h"
#include "store/FleetRepository.h"
#include "store/PerformanceCheckRepository.h"
#include "store/UsageRepository.h"
#include "telemetry/DashboardFigures.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;
using namespace gpudesk::test;

// The demo's telemetry goes through the real importers and gives the Usage views something to
// show: the idle check flags exactly the projects made idle, the silent exporter leaves a gap,
// the dashboard has figures. Readings every eight hours here to keep the test quick.
class DemoTelemetryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    DemoTelemetryReport m_report;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = openFresh(m_dir);
        QVERIFY(m_store);
        GenerateReport generated;
        QString error;
        QVERIFY2(generateDataset(*m_store, DatasetKind::Demo, 20251222, &generated, &error),
                 qPrintable(error));
        QVERIFY2(generateDemoTelemetry(*m_store, &m_report, &error, {}, 8), qPrintable(error));
        // Every node allocated at some time in the window reports.
        QSqlQuery q(m_store->db());
        QVERIFY(q.prepare(u"SELECT COUNT(DISTINCT node_id) FROM allocations WHERE deleted = 0 "
                          "AND starts_at < ? AND ends_at > ?"_s));
        q.addBindValue(m_report.toMs);
        q.addBindValue(m_report.fromMs);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(m_report.nodes, q.value(0).toInt());
        QVERIFY(!m_report.idleProjects.isEmpty());
        QVERIFY(!m_report.gapProject.isEmpty());
        QVERIFY(m_report.jobs > 100);
    }

    void idleCheckFlagsTheIdleProjects()
    {
        UsageRepository usage(*m_store);
        PerformanceCheckRepository checks(*m_store);
        const QDate asOf = displayDate(m_report.toMs - 1).addDays(-1);
        QList<IdleProject> flagged;
        QString error;
        QVERIFY2(checks.flagged(usage, QString(), asOf, &flagged, &error), qPrintable(error));
        QStringList codes;
        for (const IdleProject &p : std::as_const(flagged))
            codes << p.code;
        codes.sort();
        QCOMPARE(codes, m_report.idleProjects);
    }

    void silentExporterLeavesAGap()
    {
        const QString app = scalar(m_store->db(), u"SELECT id FROM applications WHERE code = ?"_s,
                                   {m_report.gapProject})
                                .toString();
        QList<BusyDay> days;
        QString error;
        QVERIFY(UsageRepository(*m_store).busyDays(app, displayDate(m_report.fromMs),
                                                   displayDate(m_report.toMs - 1), &days, &error));
        int silent = 0;
        for (const BusyDay &d : std::as_const(days))
            silent += d.allocatedGpuSeconds > 0 && d.busyGpuSeconds == 0 ? 1 : 0;
        QCOMPARE(silent, 3);
    }

    void dashboardHasFigures()
    {
        FleetSnapshot fleet;
        FleetBookings bookings;
        QString error;
        FleetRepository repo(*m_store);
        QVERIFY(repo.loadFleet(&fleet, &error) && repo.loadBookings(fleet, &bookings, &error));
        UsageRepository usage(*m_store);
        const qint64 now = usage.latestSampleMs();
        QVERIFY(now >= m_report.toMs - 8 * 3600 * 1000LL);
        DashboardFigures figures;
        QVERIFY2(
            computeDashboard(usage, fleet, bookings, now, DashboardSettings{}, &figures, &error),
            qPrintable(error));
        QVERIFY(figures.latest.seconds > 0);
        QVERIFY(figures.period.ratio() > 0.2 && figures.period.ratio() < 0.9);
        QVERIFY(figures.days.size() >= 30);
        QVERIFY(figures.projects.size() >= 5);
        QHash<QString, double> jobs;
        QVERIFY(usage.jobGpuHours(m_report.fromMs, m_report.toMs, &jobs, &error));
        // Every project holding nodes in the window ran jobs (a program team's account also
        // names its yearly entries, so there may be more keys than projects).
        QSqlQuery q(m_store->db());
        QVERIFY(q.prepare(u"SELECT DISTINCT g.application_id FROM allocations al "
                          "JOIN grants g ON g.id = al.grant_id WHERE al.deleted = 0 "
                          "AND al.starts_at < ? AND al.ends_at > ?"_s));
        q.addBindValue(m_report.toMs);
        q.addBindValue(m_report.fromMs);
        QVERIFY(q.exec());
        int holders = 0;
        while (q.next()) {
            ++holders;
            QVERIFY2(jobs.value(q.value(0).toString()) > 0, qPrintable(q.value(0).toString()));
        }
        QVERIFY(holders >= 5);
    }
};

QTEST_GUILESS_MAIN(DemoTelemetryTest)
#include "tst_demotelemetry.moc"
