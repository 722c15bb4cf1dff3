// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RackMapPalette.h"
#include "RackMapScene.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <vector>

namespace gpudesk {

struct FleetSnapshot;
struct FleetBookings;
class RackMapOverview;

// The rack map: the whole fleet as a floor plan, zoomable and pannable, coloured by allocation,
// pool, node state or utilisation at a chosen date, with node selection by mouse and keyboard.
// Read-only: it shows the snapshot and bookings it is given and says what the user picked or
// dropped; the area around it decides what to write.
//
// Why a custom-painted QAbstractScrollArea and not QGraphicsView: the map is 6,500 nodes whose
// drawing changes with the zoom (rack blocks, node bands, labelled nodes with slots). With one
// item per node, QGraphicsScene builds and indexes 8,000 items and still asks each for its level
// of detail; here the layout is plain arrays, a frame culls 1,600 rack rectangles and draws only
// what the level needs, and the figures (rackmap_build_ms, rackmap_frame_*_ms) stay well inside
// their targets.
class RackMapView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackMapView)

public:
    enum class ColourMode
    {
        Allocation,
        Pool,
        State,
        Utilisation // offered only once setUtilisation() has given figures
    };
    Q_ENUM(ColourMode)
    enum class Lod
    {
        Fleet, // one block per rack, its occupancy as a colour mix
        Row,   // node bands
        Rack   // labelled nodes and their GPU slots
    };
    Q_ENUM(Lod)
    enum class Scope
    {
        Rack,
        Row,
        Cluster
    };

    explicit RackMapView(QWidget *parent = nullptr);
    ~RackMapView() override;

    // The view keeps the pointers; both must outlive it or be replaced. Rebuilds the layout.
    void setData(const FleetSnapshot *fleet, const FleetBookings *bookings);
    // After the bookings changed in place: recolours without touching the layout.
    void refreshBookings();
    const FleetSnapshot *fleet() const { return m_fleet; }
    const FleetBookings *bookings() const { return m_bookings; }
    const RackMapScene &scene() const { return m_scene; }

    void setDate(qint64 ms);
    qint64 date() const { return m_date; }

    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return m_mode; }
    QList<ColourMode> availableColourModes() const;
    // Per-node utilisation 0..1 (NaN: no data), indexed like the snapshot's nodes. Makes the
    // Utilisation mode available; an empty list withdraws it.
    void setUtilisation(const QList<double> &share);

    // The fill a node shows now (colour and pattern), for tests and the legend.
    RackMapPalette::Fill nodeFill(int node) const;
    NodeState nodeStateAtDate(int node) const;

    // Zoom: pixels per scene unit. fitAll shows the whole fleet.
    void fitAll();
    void zoomIn();
    void zoomOut();
    void setZoom(double scale, QPointF sceneAnchor = QPointF(-1, -1));
    double zoom() const { return m_scale; }
    Lod lodLevel() const;
    static Lod lodForZoom(double scale);
    void centreOn(QPointF scenePoint);
    QRectF visibleSceneRect() const;
    QPointF mapToScene(QPointF viewportPoint) const;
    QPointF mapFromScene(QPointF scenePoint) const;
    void setOverviewVisible(bool visible);
    RackMapOverview *overview() const;

    // Highlight one project's nodes and dim the rest; an empty id ends the highlight.
    void highlightProject(const QString &applicationId);
    QString highlightedProject() const { return m_highlightApp; }
    bool isDimmed(int node) const;

    int findNode(const QString &hostname) const { return m_scene.findNode(hostname); }
    int findRack(const QString &name) const { return m_scene.findRack(name); }
    // Centre (zooming to rack level if needed) and select. False when there is no such thing.
    bool jumpToNode(const QString &hostname);
    bool jumpToRack(const QString &name);
    void jumpToNodeIndex(int node);

    QList<int> selectedNodes() const; // ascending node indexes
    bool isSelected(int node) const;
    void setSelectedNodes(const QList<int> &nodes);
    void clearSelection();
    // Selects the first `count` usable nodes of `type` (-1: any) free for [start, end) in the
    // rack, row or cluster of the current node, in rack order; returns how many it found (the
    // selection holds them even when fewer than asked).
    int selectFreeNodes(int count, Scope scope, int type, qint64 start, qint64 end);

    int currentNode() const { return m_current; }
    void setCurrentNode(int node);

    // The node under a viewport point, or -1.
    int nodeAtViewport(QPoint p) const;
    QRect nodeViewportRect(int node) const;

    static QString mimeType(); // application/x-gpudesk-project

signals:
    void selectionChanged();
    void currentNodeChanged(int node);
    void activated(int node);
    void projectDropped(const QString &applicationId, int nodeUnderCursor);
    void zoomChanged(double scale);
    void dateChanged(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr double kZoomStep = 1.25; // one wheel notch or Ctrl+= / Ctrl+-

    friend class RackMapPainter;
    friend class RackMapOverview;

    struct Segment
    {
        RackMapPalette::Fill fill;
        int nodes = 0;
    };

    void recolour();
    void updateScrollBars();
    QPointF contentOffset() const;
    double fitScale() const;
    void moveCurrent(int node, bool extend);
    void ensureVisible(int node);
    void finishBand(Qt::KeyboardModifiers mods);
    void selectionEdited();
    RackMapPalette::Fill fillFor(int node, bool dark) const;

    const FleetSnapshot *m_fleet = nullptr;
    const FleetBookings *m_bookings = nullptr;
    RackMapScene m_scene;
    ColourMode m_mode = ColourMode::Allocation;
    qint64 m_date = 0;
    QList<double> m_utilisation;

    // Per node, at m_date: the holding allocation, the state and the fill.
    QList<int> m_holder;
    QList<NodeState> m_state;
    QList<RackMapPalette::Fill> m_fill;
    // Per rack: its nodes grouped by fill, occupied first, for the fleet level.
    QList<QList<Segment>> m_rackMix;
    QList<int> m_rackSelected; // selected nodes per rack
    QList<int> m_rackLit;      // highlighted nodes per rack

    std::vector<char> m_selected;
    int m_selectedCount = 0;
    std::vector<char> m_lit;
    QString m_highlightApp;
    int m_current = -1;
    int m_anchor = -1;
    int m_dropNode = -1;

    double m_scale = 1;
    bool m_fitted = false; // follow resizes with fit-all until the user zooms

    enum class Drag
    {
        None,
        Pending, // left button down, not yet moved far enough to be a band
        Band,
        Pan
    };
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    QRect m_band;
    bool m_spaceHeld = false;
    bool m_spacePanned = false;

    QPointer<RackMapOverview> m_overview;
};

} // namespace gpudesk
