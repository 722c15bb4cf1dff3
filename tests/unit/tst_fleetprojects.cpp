// SPDX-License-Identifier: GPL-3.0-or-later
// FleetRepository::projectsToPlace without a call must list the projects of every call (it read
// none when the empty call id went to SQL as NULL).
#include "data/DataGenerator.h"
#include "store/FleetRepository.h"
#include "store/Store.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TestFleetProjects : public QObject
{
    Q_OBJECT

private slots:
    void everyCallWhenNoneIsNamed();
};

void TestFleetProjects::everyCallWhenNoneIsNamed()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OpenOutcome outcome;
    auto store = Store::open(dir.filePath(u"p.sqlite"_s), OpenOptions{}, &outcome);
    QVERIFY2(store, qPrintable(outcome.message));
    GenerateReport report;
    QString error;
    QVERIFY2(generateDataset(*store, DatasetKind::Demo, 1, &report, &error), qPrintable(error));

    FleetRepository repo(*store);
    FleetSnapshot fleet;
    FleetBookings bookings;
    QVERIFY2(repo.loadFleet(&fleet, &error), qPrintable(error));
    QVERIFY2(repo.loadBookings(fleet, &bookings, &error), qPrintable(error));
    const QList<PlacementProject> all = repo.projectsToPlace(fleet, bookings);
    QVERIFY(!all.isEmpty());
    QSet<QString> calls;
    for (const PlacementProject &p : all)
        calls.insert(p.callId);
    int perCall = 0;
    for (const QString &call : calls)
        perCall += int(repo.projectsToPlace(fleet, bookings, call).size());
    QCOMPARE(perCall, int(all.size()));
}

QTEST_GUILESS_MAIN(TestFleetProjects)
#include "tst_fleetprojects.moc"
