// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/MapFleetSeed.h"
#include "domain/Fleet.h"
#include "rackmap/NodeDetailPanel.h"
#include "rackmap/NodeTimeline.h"
#include "rackmap/RackMapOverview.h"
#include "rackmap/RackMapView.h"
#include "store/FleetRepository.h"

#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gpudesk;

class TstRackMapView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildsTheFloorPlan();
    void findsAndJumps();
    void rubberBandSelectsTheNodesItCovers();
    void clickShiftAndCtrlSelect();
    void keyboardMovesSelectsAndActivates();
    void coloursFollowTheDateAndTheBookings();
    void dropEmitsTheNodeUnderTheCursor();
    void dropOfOtherDataIsRefused();
    void highlightDimsTheOthers();
    void levelOfDetailFollowsTheZoom();
    void selectsFreeNodesInAScope();
    void overviewShowsAndMovesTheVisiblePart();
    void utilisationModeOnlyWithFigures();
    void panelAndTimelineShowTheAllocations();

private:
    int node(const QString &host) const { return m_fleet.nodeByHostname.value(host, -1); }
    QPoint centre(int n) const { return m_view->nodeViewportRect(n).center(); }
    QColor pixel(int n);
    void zoomOnRacks();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FleetSnapshot m_fleet;
    FleetBookings m_bookings;
    std::unique_ptr<RackMapView> m_view;
};

void TstRackMapView::init()
{
    m_store = test::openWithReference(m_dir, QString::fromLatin1(QTest::currentTestFunction()) +
                                                 u".sqlite"_s);
    QVERIFY(m_store);
    QVERIFY(test::seedMapFleet(*m_store));
    FleetRepository repo(*m_store);
    QString error;
    m_fleet = {};
    m_bookings = {};
    QVERIFY2(repo.loadFleet(&m_fleet, &error), qPrintable(error));
    QVERIFY2(repo.loadBookings(m_fleet, &m_bookings, &error), qPrintable(error));
    m_view = std::make_unique<RackMapView>();
    m_view->resize(900, 700);
    m_view->setData(&m_fleet, &m_bookings);
    m_view->setDate(test::kMapMar1);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstRackMapView::cleanup()
{
    m_view.reset();
    m_store.reset();
}

void TstRackMapView::zoomOnRacks()
{
    m_view->setZoom(1.0);
    m_view->centreOn(
        m_view->scene()
            .rackRects()[m_fleet.racks.size() > 0 ? m_fleet.nodes[node(u"a2-n1"_s)].rack : 0]
            .center());
}

QColor TstRackMapView::pixel(int n)
{
    const QImage image = m_view->viewport()->grab().toImage();
    const QPoint p = centre(n) * m_view->viewport()->devicePixelRatioF();
    return image.pixelColor(p);
}

// A move with the left button held, delivered directly: QTest::mouseMove carries no buttons.
static void drag(QWidget *w, QPoint to, Qt::KeyboardModifiers mods)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(to), w->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, mods);
    QCoreApplication::sendEvent(w, &move);
}

void TstRackMapView::buildsTheFloorPlan()
{
    QCOMPARE(m_fleet.racks.size(), 6);
    QCOMPARE(m_fleet.nodes.size(), 24);
    const RackMapScene &scene = m_view->scene();
    // Bottom to top within a rack; left to right within a row; row B below row A.
    const QRectF n1 = scene.nodeRects()[node(u"a1-n1"_s)];
    const QRectF n2 = scene.nodeRects()[node(u"a1-n2"_s)];
    QVERIFY(n2.bottom() <= n1.top());
    QVERIFY(scene.nodeRects()[node(u"a2-n1"_s)].left() > n1.right());
    QVERIFY(scene.nodeRects()[node(u"b1-n1"_s)].top() > n1.bottom());
    for (const QRectF &r : scene.nodeRects())
        QVERIFY(scene.sceneRect().contains(r));
    QCOMPARE(scene.nodeAt(n1.center()), node(u"a1-n1"_s));
    QCOMPARE(scene.nodeAt(scene.sceneRect().topLeft()), -1);
}

void TstRackMapView::findsAndJumps()
{
    QCOMPARE(m_view->findNode(u"A2-N3"_s), node(u"a2-n3"_s));
    QCOMPARE(m_view->findNode(u"nowhere"_s), -1);
    QCOMPARE(m_view->findRack(u"b2"_s), m_fleet.rackById.value(u"k-b2"_s));
    QSignalSpy current(m_view.get(), &RackMapView::currentNodeChanged);
    QVERIFY(m_view->jumpToNode(u"b2-n3"_s));
    QCOMPARE(m_view->selectedNodes(), QList<int>{node(u"b2-n3"_s)});
    QCOMPARE(m_view->currentNode(), node(u"b2-n3"_s));
    QCOMPARE(current.size(), 1);
    QCOMPARE(m_view->lodLevel(), RackMapView::Lod::Rack);
    QVERIFY(m_view->viewport()->rect().contains(m_view->nodeViewportRect(node(u"b2-n3"_s))));
    QVERIFY(m_view->jumpToRack(u"A3"_s));
    QCOMPARE(m_view->selectedNodes().size(), 4);
    QVERIFY(!m_view->jumpToRack(u"Z9"_s));
}

void TstRackMapView::rubberBandSelectsTheNodesItCovers()
{
    zoomOnRacks();
    QSignalSpy changed(m_view.get(), &RackMapView::selectionChanged);
    // From inside a2-n1 to inside a2-n2 (its neighbour above): exactly those two.
    const QPoint from = centre(node(u"a2-n1"_s));
    const QPoint to = centre(node(u"a2-n2"_s));
    QWidget *vp = m_view->viewport();
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
    drag(vp, from + QPoint(5, -5), Qt::NoModifier);
    drag(vp, to, Qt::NoModifier);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, to);
    QList<int> expected{node(u"a2-n1"_s), node(u"a2-n2"_s)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_view->selectedNodes(), expected);
    QVERIFY(changed.size() >= 1);

    // A band across two racks, with Ctrl, adds their bottom nodes.
    const QPoint left = centre(node(u"a1-n1"_s)), right = centre(node(u"a3-n1"_s));
    QTest::mousePress(vp, Qt::LeftButton, Qt::ControlModifier, left);
    drag(vp, left + QPoint(10, 0), Qt::ControlModifier);
    drag(vp, right, Qt::ControlModifier);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ControlModifier, right);
    expected << node(u"a1-n1"_s) << node(u"a3-n1"_s);
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_view->selectedNodes(), expected);
}

void TstRackMapView::clickShiftAndCtrlSelect()
{
    zoomOnRacks();
    QWidget *vp = m_view->viewport();
    QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, centre(node(u"a2-n1"_s)));
    QCOMPARE(m_view->selectedNodes(), QList<int>{node(u"a2-n1"_s)});
    QCOMPARE(m_view->currentNode(), node(u"a2-n1"_s));
    // Shift: the block from the anchor to here.
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ShiftModifier, centre(node(u"a2-n3"_s)));
    QList<int> block{node(u"a2-n1"_s), node(u"a2-n2"_s), node(u"a2-n3"_s)};
    std::sort(block.begin(), block.end());
    QCOMPARE(m_view->selectedNodes(), block);
    // Ctrl toggles one node out and another in.
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier, centre(node(u"a2-n2"_s)));
    QVERIFY(!m_view->isSelected(node(u"a2-n2"_s)));
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier, centre(node(u"a1-n4"_s)));
    QVERIFY(m_view->isSelected(node(u"a1-n4"_s)));
    QCOMPARE(m_view->selectedNodes().size(), 3);
    // A plain click replaces; a click on empty floor clears.
    QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, centre(node(u"a3-n2"_s)));
    QCOMPARE(m_view->selectedNodes(), QList<int>{node(u"a3-n2"_s)});
    const QRect r = m_view->nodeViewportRect(node(u"a2-n4"_s));
    QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, QPoint(r.center().x(), r.top() - 60));
    QVERIFY(m_view->selectedNodes().isEmpty());
}

void TstRackMapView::keyboardMovesSelectsAndActivates()
{
    zoomOnRacks();
    m_view->setFocus();
    m_view->setCurrentNode(node(u"a2-n1"_s));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_view->currentNode(), node(u"a2-n2"_s));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentNode(), node(u"a3-n2"_s)); // same height, next rack
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->currentNode(), node(u"a1-n2"_s));
    QTest::keyClick(m_view.get(), Qt::Key_Left); // the row's edge: stays
    QCOMPARE(m_view->currentNode(), node(u"a1-n2"_s));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_view->currentNode(), node(u"a1-n1"_s));
    QVERIFY(m_view->selectedNodes().isEmpty()); // moving alone selects nothing

    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->selectedNodes(), QList<int>{node(u"a1-n1"_s)});
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QVERIFY(m_view->selectedNodes().isEmpty());

    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QList<int> extended{node(u"a1-n1"_s), node(u"a1-n2"_s), node(u"a1-n3"_s)};
    std::sort(extended.begin(), extended.end());
    QCOMPARE(m_view->selectedNodes(), extended);

    QSignalSpy activated(m_view.get(), &RackMapView::activated);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), node(u"a1-n3"_s));
}

void TstRackMapView::coloursFollowTheDateAndTheBookings()
{
    const int held = node(u"a1-n1"_s), later = node(u"a2-n3"_s), spare = node(u"b1-n1"_s);
    const RackMapPalette::Fill free = m_view->nodeFill(spare);
    // March: a1's window is on, a2's not yet.
    QCOMPARE(m_view->nodeStateAtDate(held), NodeState::Allocated);
    QVERIFY(!(m_view->nodeFill(held) == free));
    QVERIFY(m_view->nodeFill(later) == free);
    QCOMPARE(m_view->nodeFill(held), RackMapPalette::projectFill(u"a1"_s, false));
    // July: both held, in two different looks.
    m_view->setDate(test::kMapJul1);
    QVERIFY(!(m_view->nodeFill(later) == free));
    QVERIFY(!(m_view->nodeFill(later) == m_view->nodeFill(held)));
    // January: before either window; the map shows both free.
    m_view->setDate(test::kMapJan15);
    QVERIFY(m_view->nodeFill(held) == free);
    QCOMPARE(m_view->nodeStateAtDate(held), NodeState::Free);
    // Maintenance is shown whatever the date, with its pattern.
    QCOMPARE(m_view->nodeStateAtDate(node(u"a3-n4"_s)), NodeState::Maintenance);
    QVERIFY(m_view->nodeFill(node(u"a3-n4"_s)).pattern != Qt::NoBrush);

    // A write elsewhere adds a2 on b1-n1: refreshBookings recolours without a rebuild.
    m_view->setDate(test::kMapJul1);
    const QRectF before = m_view->scene().nodeRects()[spare];
    m_view->setColourMode(RackMapView::ColourMode::State);
    m_view->setZoom(0.5); // node bands: the sampled pixel is the node's fill, not its label
    m_view->centreOn(before.center());
    const QColor freePixel = pixel(spare);
    AllocationWindow w;
    w.id = u"al-new"_s;
    w.grantId = u"g2"_s;
    w.node = spare;
    w.start = test::kMapJun1;
    w.end = test::kMapDec1;
    m_bookings.allocations.append(w);
    m_bookings.index(int(m_fleet.nodes.size()));
    m_view->refreshBookings();
    QCOMPARE(m_view->nodeFill(spare), RackMapPalette::stateFill(NodeState::Allocated, false));
    QCOMPARE(m_view->scene().nodeRects()[spare], before);
    QVERIFY(pixel(spare) != freePixel); // and the screen shows it
}

void TstRackMapView::dropEmitsTheNodeUnderTheCursor()
{
    zoomOnRacks();
    QSignalSpy dropped(m_view.get(), &RackMapView::projectDropped);
    QMimeData mime;
    mime.setData(RackMapView::mimeType(), u"a2"_s.toUtf8());
    const QPoint at = centre(node(u"a2-n4"_s));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &drop);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toString(), u"a2"_s);
    QCOMPARE(dropped.first().at(1).toInt(), node(u"a2-n4"_s));
}

void TstRackMapView::dropOfOtherDataIsRefused()
{
    QSignalSpy dropped(m_view.get(), &RackMapView::projectDropped);
    QMimeData mime;
    mime.setText(u"a2"_s);
    const QPoint at = centre(node(u"a2-n4"_s));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &drop);
    QCOMPARE(dropped.size(), 0);
}

void TstRackMapView::highlightDimsTheOthers()
{
    zoomOnRacks();
    m_view->setColourMode(RackMapView::ColourMode::State);
    const QColor plain = pixel(node(u"a2-n1"_s));
    m_view->highlightProject(u"a1"_s);
    QVERIFY(!m_view->isDimmed(node(u"a1-n1"_s)));
    QVERIFY(!m_view->isDimmed(node(u"a1-n2"_s)));
    QVERIFY(m_view->isDimmed(node(u"a2-n1"_s)));
    QVERIFY(m_view->isDimmed(node(u"a2-n3"_s)));
    QVERIFY(pixel(node(u"a2-n1"_s)) != plain);
    m_view->highlightProject(QString());
    QVERIFY(!m_view->isDimmed(node(u"a2-n1"_s)));
    QCOMPARE(pixel(node(u"a2-n1"_s)), plain);
}

void TstRackMapView::levelOfDetailFollowsTheZoom()
{
    // State colours are solid, so a sampled pixel says which level drew it. At July a2 holds
    // a2-n3 (third from the bottom) and nothing else in its rack.
    m_view->setColourMode(RackMapView::ColourMode::State);
    m_view->setDate(test::kMapJul1);
    const QColor allocated = RackMapPalette::stateFill(NodeState::Allocated, false).colour;
    const QColor empty = RackMapPalette::stateFill(NodeState::Free, false).colour;
    const int bottom = node(u"a2-n1"_s), held = node(u"a2-n3"_s);

    m_view->setZoom(0.5);
    m_view->centreOn(m_view->scene().nodeRects()[held].center());
    QCOMPARE(m_view->lodLevel(), RackMapView::Lod::Row);
    QCOMPARE(pixel(held), allocated); // node bands: the colour where the node is
    QCOMPARE(pixel(bottom), empty);

    m_view->setZoom(0.2);
    m_view->centreOn(m_view->scene().nodeRects()[held].center());
    QCOMPARE(m_view->lodLevel(), RackMapView::Lod::Fleet);
    QCOMPARE(pixel(bottom), allocated); // one block: occupancy filled from the bottom
    QCOMPARE(pixel(held), empty);

    m_view->setZoom(1.2);
    QCOMPARE(m_view->lodLevel(), RackMapView::Lod::Rack);
    m_view->fitAll();
    QCOMPARE(m_view->lodLevel(), RackMapView::lodForZoom(m_view->zoom()));
    QTest::keyClick(m_view.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > 0);
}

void TstRackMapView::overviewShowsAndMovesTheVisiblePart()
{
    m_view->fitAll();
    QVERIFY(!m_view->overview()->isVisible()); // everything is on screen already
    m_view->setZoom(2.0);
    m_view->centreOn(m_view->scene().nodeRects()[node(u"a1-n1"_s)].center());
    RackMapOverview *overview = m_view->overview();
    QVERIFY(overview->isVisible());
    const QRectF before = m_view->visibleSceneRect();
    // A click in the overview's far corner takes the map there.
    QTest::mouseClick(overview, Qt::LeftButton, Qt::NoModifier,
                      QPoint(overview->width() - 3, overview->height() - 3));
    QVERIFY(m_view->visibleSceneRect().center().x() > before.center().x());
    QVERIFY(overview->visibleRect().intersects(QRectF(overview->rect())));
    m_view->setOverviewVisible(false);
    QVERIFY(!overview->isVisible());
}

void TstRackMapView::selectsFreeNodesInAScope()
{
    m_view->setCurrentNode(node(u"a1-n1"_s));
    // In a1's window: a1-n1 and a1-n2 are taken, so the rack has two free.
    QCOMPARE(
        m_view->selectFreeNodes(3, RackMapView::Scope::Rack, -1, test::kMapMar1, test::kMapJul1),
        2);
    QList<int> expected{node(u"a1-n3"_s), node(u"a1-n4"_s)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_view->selectedNodes(), expected);
    // The row: a2-n3 is booked from June, a3-n4 is in maintenance; first five free in order.
    QCOMPARE(
        m_view->selectFreeNodes(5, RackMapView::Scope::Row, -1, test::kMapMar1, test::kMapJul1), 5);
    QList<int> row{node(u"a1-n3"_s), node(u"a1-n4"_s), node(u"a2-n1"_s), node(u"a2-n2"_s),
                   node(u"a2-n4"_s)};
    std::sort(row.begin(), row.end());
    QCOMPARE(m_view->selectedNodes(), row);
    // The cluster holds 24 nodes: 2 booked (a2-n3 too in this window), 2 out of service.
    QCOMPARE(m_view->selectFreeNodes(100, RackMapView::Scope::Cluster, m_fleet.typeIndex(u"B200"_s),
                                     test::kMapMar1, test::kMapJul1),
             19);
    QCOMPARE(m_view->selectFreeNodes(4, RackMapView::Scope::Cluster, m_fleet.typeIndex(u"H200"_s),
                                     test::kMapMar1, test::kMapJul1),
             0);
}

void TstRackMapView::utilisationModeOnlyWithFigures()
{
    QVERIFY(!m_view->availableColourModes().contains(RackMapView::ColourMode::Utilisation));
    m_view->setColourMode(RackMapView::ColourMode::Utilisation);
    QCOMPARE(m_view->colourMode(), RackMapView::ColourMode::Allocation);
    QList<double> share(m_fleet.nodes.size(), 0.1);
    share[node(u"b2-n2"_s)] = 0.9;
    m_view->setUtilisation(share);
    QVERIFY(m_view->availableColourModes().contains(RackMapView::ColourMode::Utilisation));
    m_view->setColourMode(RackMapView::ColourMode::Utilisation);
    QVERIFY(m_view->nodeFill(node(u"b2-n2"_s)).colour != m_view->nodeFill(node(u"b2-n1"_s)).colour);
    m_view->setUtilisation({});
    QCOMPARE(m_view->colourMode(), RackMapView::ColourMode::Allocation);
}

void TstRackMapView::panelAndTimelineShowTheAllocations()
{
    NodeDetailPanel panel;
    panel.setData(&m_fleet, &m_bookings);
    panel.setDate(test::kMapMar1);
    panel.setNode(node(u"a3-n4"_s));
    QVERIFY(panel.findChild<QLabel *>(u"nodeState"_s)->text().contains(u"fan"_s));
    panel.setNode(node(u"a1-n1"_s));
    QCOMPARE(panel.findChild<QLabel *>(u"nodeHostname"_s)->text(), u"a1-n1"_s);
    QVERIFY(panel.findChild<QLabel *>(u"nodeCurrentAllocation"_s)->text().contains(u"R1-0001"_s));
    QVERIFY(panel.findChild<QLabel *>(u"nodePosition"_s)->text().contains(u"A1"_s));
    panel.setNode(node(u"a2-n3"_s));
    QVERIFY(panel.findChild<QLabel *>(u"nodeNextAllocation"_s)->text().contains(u"R1-0002"_s));

    NodeTimeline timeline;
    timeline.resize(800, 200);
    timeline.setData(&m_fleet, &m_bookings);
    timeline.setNodes({node(u"a1-n1"_s), node(u"a2-n3"_s)});
    timeline.fitWindows();
    QVERIFY(timeline.viewStart() <= test::kMapFeb1 && timeline.viewEnd() >= test::kMapDec1);
    const int y0 = 22 + 11, y1 = 22 + 22 + 11; // the middle of the first and second rows
    const int a1Bar = m_bookings.byNode[node(u"a1-n1"_s)].first();
    QCOMPARE(timeline.allocationAt(QPoint(timeline.xForTime(test::kMapMar1), y0)), a1Bar);
    QCOMPARE(timeline.allocationAt(QPoint(timeline.xForTime(test::kMapMar1), y1)), -1);
    QCOMPARE(timeline.allocationAt(QPoint(timeline.xForTime(test::kMapJul1), y1)),
             m_bookings.byNode[node(u"a2-n3"_s)].first());
    QTest::keyClick(&timeline, Qt::Key_Minus);
    QVERIFY(timeline.allocationAt(QPoint(timeline.xForTime(test::kMapMar1), y0)) == a1Bar);
}

QTEST_MAIN(TstRackMapView)
#include "tst_rackmapview.moc"
