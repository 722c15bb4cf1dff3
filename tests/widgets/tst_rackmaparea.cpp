// SPDX-License-Identifier: GPL-3.0-or-later
// The rack map area: assigning by selection, by a drop of a project and by suggestion, refusals
// that write nothing, and undo/redo restoring both the database and the colours on the map.
#include "../common/FleetSeed.h"
#include "itemmodels/PlacementProjectModel.h"
#include "rackmap/RackMapArea.h"
#include "rackmap/RackMapLegend.h"
#include "rackmap/RackMapView.h"
#include "rackmap/UsagePeriodPicker.h"
#include "telemetry/UsageSource.h"

#include <QComboBox>
#include <QDateEdit>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace gpudesk;

namespace {

int liveAllocations(Store &store, const QString &app)
{
    return test::scalar(
               store.db(),
               u"SELECT count(*) FROM allocations al JOIN grants g ON g.id = al.grant_id "
               "WHERE g.application_id = ? AND al.deleted = 0 AND g.status <> 'released'"_s,
               {app})
        .toInt();
}

QString status(Store &store, const QString &app)
{
    return test::scalar(store.db(), u"SELECT status FROM applications WHERE id = ?"_s, {app})
        .toString();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<RackMapArea> area;
    QStringList warnings;
    bool answer = true;

    bool open()
    {
        store = test::openWithFleet(dir);
        if (!store)
            return false;
        area = std::make_unique<RackMapArea>(*store);
        RackMapArea::Prompts prompts;
        prompts.confirm = [this](QWidget *, const QString &, const QString &) { return answer; };
        prompts.warn = [this](QWidget *, const QString &, const QString &text) {
            warnings << text;
        };
        prompts.askWindow = [](QWidget *, qint64 *, qint64 *) { return false; };
        prompts.askSavePath = [](QWidget *, const QString &) { return QString(); };
        prompts.askFreeNodes = [](QWidget *, int *, int *) { return true; };
        area->setPrompts(prompts);
        area->resize(1366, 768);
        area->show();
        return QTest::qWaitForWindowExposed(area.get());
    }
    int node(const QString &hostname) const { return area->view()->findNode(hostname); }
};

// Node totals only: what the utilisation colouring reads. Remembers the period asked for.
class NodeTotalsSource final : public UsageSource
{
public:
    QHash<QString, UsageTotals> nodes;
    qint64 from = 0;
    qint64 to = 0;
    bool series(const UsageQuery &, UsageSeries *, QString *) override { return true; }
    bool totals(UsageScope scope, qint64 fromMs, qint64 toMs, QHash<QString, UsageTotals> *out,
                QString *) override
    {
        from = fromMs;
        to = toMs;
        *out = scope == UsageScope::Node ? nodes : QHash<QString, UsageTotals>();
        return true;
    }
    bool busyDays(const QString &, QDate, QDate, QList<BusyDay> *, QString *) override
    {
        return true;
    }
    qint64 latestSampleMs() override { return 0; }
};

} // namespace

class TestRackMapArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignThenUndoAndRedo()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.area->projectTable()->model()->rowCount() >= 3);
        f.area->selectProject(u"ap-b"_s);
        QCOMPARE(f.area->currentProject()->code, u"R1-0101"_s);
        const QList<int> nodes{f.node(u"a1-01"_s), f.node(u"a1-02"_s), f.node(u"a1-03"_s),
                               f.node(u"a1-04"_s)};
        const qint64 inWindow = test::seoulMidnight(2027, 4, 1);
        f.area->view()->setDate(inWindow);
        const auto freeFill = f.area->view()->nodeFill(nodes[0]);
        f.area->view()->setSelectedNodes(nodes);
        QVERIFY(f.area->assignSelection());
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 4);
        QCOMPARE(status(*f.store, u"ap-b"_s), u"allocated"_s);
        QVERIFY(!(f.area->view()->nodeFill(nodes[0]) == freeFill));
        QCOMPARE(f.area->currentProject()->placedNodes, 4);

        // Undo writes the prior state back as a new, recorded change; the map follows.
        f.area->undoStack()->undo();
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 0);
        QCOMPARE(status(*f.store, u"ap-b"_s), u"selected"_s);
        QVERIFY(f.area->view()->nodeFill(nodes[0]) == freeFill);
        QVERIFY(test::scalar(f.store->db(),
                             u"SELECT count(*) FROM application_status_history WHERE "
                             "application_id = 'ap-b' AND reason LIKE 'Undo:%'"_s)
                    .toInt() >= 1);
        f.area->undoStack()->redo();
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 4);
        QVERIFY(!(f.area->view()->nodeFill(nodes[0]) == freeFill));
    }

    void refusalsWriteNothing()
    {
        Fixture f;
        QVERIFY(f.open());
        f.area->selectProject(u"ap-b"_s);
        // An H200 node for a B200 project, and a failed node: both refused with reasons.
        f.area->view()->setSelectedNodes({f.node(u"b1-01"_s), f.node(u"a2-07"_s)});
        QVERIFY(!f.area->assignSelection());
        QCOMPARE(f.warnings.size(), 1);
        QVERIFY(f.warnings[0].contains(u"b1-01"_s));
        QVERIFY(f.warnings[0].contains(u"a2-07"_s));
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 0);
        QCOMPARE(f.area->undoStack()->count(), 0);

        // Never double-booked: ap-b2 cannot take a node ap-b holds in an overlapping window.
        f.area->view()->setSelectedNodes({f.node(u"a1-01"_s), f.node(u"a1-02"_s)});
        QVERIFY(f.area->assignSelection());
        f.area->selectProject(u"ap-b2"_s);
        f.area->view()->setSelectedNodes({f.node(u"a1-02"_s)});
        QVERIFY(!f.area->assignSelection());
        QVERIFY(f.warnings.last().contains(u"R1-0101"_s));
        QCOMPARE(liveAllocations(*f.store, u"ap-b2"_s), 0);
    }

    void dropAProjectOnTheMap()
    {
        Fixture f;
        QVERIFY(f.open());
        RackMapView *view = f.area->view();
        const int target = f.node(u"a2-01"_s);
        view->jumpToNodeIndex(target);
        view->clearSelection();
        const QPoint at = view->nodeViewportRect(target).center();
        QMimeData mime;
        mime.setData(PlacementProjectModel::mimeType(), QByteArrayLiteral("ap-b2"));
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QCOMPARE(liveAllocations(*f.store, u"ap-b2"_s), 2);
        QCOMPARE(status(*f.store, u"ap-b2"_s), u"allocated"_s);
    }

    void suggestionPreviewThenAssign()
    {
        Fixture f;
        QVERIFY(f.open());
        f.area->selectProject(u"ap-h"_s);
        QVERIFY(f.area->suggestForProject());
        const QList<int> preview = f.area->view()->selectedNodes();
        QCOMPARE(preview.size(), 2);
        for (int n : preview)
            QCOMPARE(f.area->fleet().types[f.area->fleet().nodes[n].type].code, u"H200"_s);
        QVERIFY(f.area->assignSelection());
        QCOMPARE(liveAllocations(*f.store, u"ap-h"_s), 2);
    }

    void selectFreeNodesAroundTheCurrentOne()
    {
        Fixture f;
        QVERIFY(f.open());
        f.area->selectProject(u"ap-b"_s);
        f.area->view()->setCurrentNode(f.node(u"a2-01"_s));
        QCOMPARE(f.area->selectFreeNodes(4, 0), 4); // in rack a2
        for (int n : f.area->view()->selectedNodes()) {
            const FleetNode &node = f.area->fleet().nodes[n];
            QCOMPARE(f.area->fleet().racks[node.rack].name, u"a2"_s);
            QCOMPARE(node.state, NodeState::Free);
        }
        QVERIFY(f.area->assignSelection());
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 4);
    }

    void placeAllThenUndoTheRound()
    {
        Fixture f;
        QVERIFY(f.open());
        f.area->placeAllProjects();
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 4);
        QCOMPARE(liveAllocations(*f.store, u"ap-b2"_s), 2);
        QCOMPARE(liveAllocations(*f.store, u"ap-h"_s), 2);
        f.area->undoStack()->undo(); // the whole round is one step
        QCOMPARE(liveAllocations(*f.store, u"ap-b"_s), 0);
        QCOMPARE(liveAllocations(*f.store, u"ap-h"_s), 0);
    }

    void releaseAsksAndCanBeUndone()
    {
        Fixture f;
        QVERIFY(f.open());
        f.area->selectProject(u"ap-b2"_s);
        f.area->view()->setSelectedNodes({f.node(u"a1-05"_s), f.node(u"a1-06"_s)});
        QVERIFY(f.area->assignSelection());
        f.area->view()->clearSelection();
        f.answer = false;
        QVERIFY(!f.area->releaseProject());
        QCOMPARE(liveAllocations(*f.store, u"ap-b2"_s), 2);
        f.answer = true;
        QVERIFY(f.area->releaseProject());
        QCOMPARE(liveAllocations(*f.store, u"ap-b2"_s), 0);
        QCOMPARE(status(*f.store, u"ap-b2"_s), u"selected"_s);
        f.area->undoStack()->undo();
        QCOMPARE(liveAllocations(*f.store, u"ap-b2"_s), 2);
    }

    void utilisationColouringAndLegend()
    {
        Fixture f;
        QVERIFY(f.open());
        auto *legend = f.area->findChild<RackMapLegend *>();
        QVERIFY(legend);
        QCOMPARE(legend->entries().size(), 7); // three project samples + four node states
        auto *mode = f.area->findChild<QComboBox *>(u"rackMapColour"_s);
        QCOMPARE(mode->count(), 3); // no usage source: no utilisation entries

        NodeTotalsSource source;
        const int busy = f.node(u"a1-05"_s);
        const int idle = f.node(u"a1-06"_s);
        source.nodes.insert(f.area->fleet().nodes[busy].id, UsageTotals{1000, 800});
        source.nodes.insert(f.area->fleet().nodes[idle].id, UsageTotals{1000, 100});
        f.area->setUsageSource(&source);
        QCOMPARE(mode->count(), 4);
        UsagePeriodPicker *period = f.area->usagePeriod();
        QVERIFY(period->isHidden()); // only beside the utilisation colouring
        mode->setCurrentIndex(3);
        QCOMPARE(f.area->view()->colourMode(), RackMapView::ColourMode::Utilisation);
        QVERIFY(!period->isHidden());
        // The last 7 days up to the map's date, by default.
        constexpr qint64 day = 24 * 3600 * 1000LL;
        auto *date = f.area->findChild<QDateEdit *>(u"rackMapDate"_s);
        date->setDate(QDate(2027, 4, 10));
        QCOMPARE(source.to, test::seoulMidnight(2027, 4, 11));
        QCOMPARE(source.to - source.from, 7 * day);
        period->periodBox()->setCurrentIndex(period->periodBox()->findData(
            int(UsagePeriodPicker::Period::Day)));
        QCOMPARE(source.to - source.from, day);
        // Custom days, both inclusive, and they stay when the map's date moves.
        period->setCustomDays(QDate(2027, 3, 20), QDate(2027, 3, 1));
        QCOMPARE(source.from, test::seoulMidnight(2027, 3, 1));
        QCOMPARE(source.to, test::seoulMidnight(2027, 3, 21));
        date->setDate(QDate(2027, 5, 1));
        QCOMPARE(source.to, test::seoulMidnight(2027, 3, 21));
        period->periodBox()->setCurrentIndex(period->periodBox()->findData(
            int(UsagePeriodPicker::Period::Month)));
        QCOMPARE(source.to, test::seoulMidnight(2027, 5, 2));
        QCOMPARE(source.to - source.from, 30 * day);
        QVERIFY(!period->firstEdit()->isEnabled());
        // Busier reads darker on the light ramp; a silent node shows the no-data fill.
        const auto fillOf = [&](int node) { return f.area->view()->nodeFill(node); };
        QVERIFY(fillOf(busy).colour.lightness() < fillOf(idle).colour.lightness());
        QCOMPARE(fillOf(f.node(u"a1-07"_s)), RackMapPalette::utilisationFill(std::nan(""), false));
        QCOMPARE(legend->entries().size(), 6); // five steps and "no telemetry"
    }
};

QTEST_MAIN(TestRackMapArea)
#include "tst_rackmaparea.moc"
