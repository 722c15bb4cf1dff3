// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapView.h"

#include "RackMapFacts.h"
#include "RackMapOverview.h"
#include "RackMapPainter.h"
#include "common/Theme.h"
#include "domain/Fleet.h"
#include "store/Store.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
constexpr double kMaxZoom = 4.0;
// Zoom thresholds of the levels of detail, in pixels per scene unit: below kRowZoom a rack is
// under ~36 px wide and reads as one block; from kRackZoom on a node is ~90x30 px, room for its
// hostname, units and eight slots.
constexpr double kRowZoom = 0.3;
constexpr double kRackZoom = 0.75;
constexpr double kJumpZoom = 1.2;
} // namespace

RackMapView::RackMapView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(u"rackMapView"_s);
    viewport()->setObjectName(u"rackMapViewport"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(40);
    m_date = Store::nowMs();
    m_overview = new RackMapOverview(this, viewport());
    setAccessibleName(tr("Rack map"));
}

RackMapView::~RackMapView() = default;

QString RackMapView::mimeType()
{
    return u"application/x-gpudesk-project"_s;
}

void RackMapView::setData(const FleetSnapshot *fleet, const FleetBookings *bookings)
{
    m_fleet = fleet;
    m_bookings = bookings;
    const int nodes = fleet ? int(fleet->nodes.size()) : 0;
    if (fleet)
        m_scene.build(*fleet);
    else
        m_scene.clear();
    m_selected.assign(size_t(nodes), 0);
    m_selectedCount = 0;
    m_lit.assign(size_t(nodes), 0);
    m_current = m_anchor = -1;
    m_rackSelected = QList<int>(fleet ? fleet->racks.size() : 0, 0);
    if (m_utilisation.size() != nodes)
        m_utilisation.clear();
    recolour(); // also re-applies the highlight to the new bookings
    if (m_overview)
        m_overview->place();
    m_fitted = true;
    fitAll();
    emit selectionChanged();
}

void RackMapView::refreshBookings()
{
    recolour();
}

void RackMapView::setDate(qint64 ms)
{
    if (ms == m_date)
        return;
    m_date = ms;
    recolour();
    emit dateChanged(ms);
}

QList<RackMapView::ColourMode> RackMapView::availableColourModes() const
{
    QList<ColourMode> modes{ColourMode::Allocation, ColourMode::Pool, ColourMode::State};
    if (!m_utilisation.isEmpty())
        modes << ColourMode::Utilisation;
    return modes;
}

void RackMapView::setColourMode(ColourMode mode)
{
    if (mode == ColourMode::Utilisation && m_utilisation.isEmpty())
        return; // no figures yet: the mode does not exist
    m_mode = mode;
    recolour();
}

void RackMapView::setUtilisation(const QList<double> &share)
{
    m_utilisation = m_fleet && share.size() == m_fleet->nodes.size() ? share : QList<double>();
    if (m_utilisation.isEmpty() && m_mode == ColourMode::Utilisation)
        m_mode = ColourMode::Allocation;
    recolour();
}

RackMapPalette::Fill RackMapView::fillFor(int node, bool dark) const
{
    const NodeState state = m_state[node];
    const bool usable = state == NodeState::Free || state == NodeState::Allocated;
    switch (m_mode) {
    case ColourMode::Allocation:
        if (!usable) // out of service shows as such whoever holds it
            return RackMapPalette::stateFill(state, dark);
        if (m_holder[node] >= 0) {
            const AllocationWindow &w = m_bookings->allocations[m_holder[node]];
            const QString app =
                w.grant >= 0 ? m_bookings->grants[w.grant].applicationId : w.grantId;
            return RackMapPalette::projectFill(app, dark);
        }
        return RackMapPalette::stateFill(NodeState::Free, dark);
    case ColourMode::Pool:
        return RackMapPalette::poolFill(m_fleet->nodes[node].pool, dark);
    case ColourMode::State:
        return RackMapPalette::stateFill(state, dark);
    case ColourMode::Utilisation:
        return RackMapPalette::utilisationFill(m_utilisation.value(node, std::nan("")), dark);
    }
    return {};
}

void RackMapView::recolour()
{
    const int nodes = m_fleet ? int(m_fleet->nodes.size()) : 0;
    const bool dark = Theme::isDark();
    m_holder = QList<int>(nodes, -1);
    m_state = QList<NodeState>(nodes, NodeState::Free);
    m_fill = QList<RackMapPalette::Fill>(nodes);
    for (int n = 0; n < nodes; ++n) {
        m_holder[n] = m_bookings ? m_bookings->holderAt(n, m_date) : -1;
        m_state[n] = m_bookings ? nodeStateAt(*m_fleet, *m_bookings, n, m_date)
                                : m_fleet->nodes[n].state;
        m_fill[n] = fillFor(n, dark);
    }
    // The rack mix: occupied (or, by pool, every) node grouped by fill, largest group at the
    // bottom; free nodes left as the empty top of the block.
    const int racks = m_fleet ? int(m_fleet->racks.size()) : 0;
    m_rackMix = QList<QList<Segment>>(racks);
    const RackMapPalette::Fill empty = RackMapPalette::stateFill(NodeState::Free, dark);
    for (int k = 0; k < racks; ++k) {
        QList<Segment> &mix = m_rackMix[k];
        for (int n : m_fleet->racks[k].nodes) {
            if (m_fill[n] == empty)
                continue;
            auto it = std::find_if(mix.begin(), mix.end(),
                                   [&](const Segment &s) { return s.fill == m_fill[n]; });
            if (it == mix.end())
                mix.append({m_fill[n], 1});
            else
                ++it->nodes;
        }
        std::stable_sort(mix.begin(), mix.end(),
                         [](const Segment &a, const Segment &b) { return a.nodes > b.nodes; });
    }
    highlightProject(m_highlightApp); // the project's nodes may have changed
    if (m_overview)
        m_overview->invalidate();
    viewport()->update();
}

RackMapPalette::Fill RackMapView::nodeFill(int node) const
{
    return node >= 0 && node < m_fill.size() ? m_fill[node] : RackMapPalette::Fill{};
}

NodeState RackMapView::nodeStateAtDate(int node) const
{
    return node >= 0 && node < m_state.size() ? m_state[node] : NodeState::Free;
}

// ---- geometry and zoom

double RackMapView::fitScale() const
{
    const QRectF r = m_scene.sceneRect();
    if (r.isEmpty())
        return 1;
    const QSize vp = viewport()->size();
    return std::min(vp.width() / r.width(), vp.height() / r.height());
}

QPointF RackMapView::contentOffset() const
{
    // Content smaller than the viewport sits in the middle; larger content follows the bars.
    const QRectF r = m_scene.sceneRect();
    const QSizeF content = r.size() * m_scale;
    const QSize vp = viewport()->size();
    const double x = content.width() < vp.width() ? (vp.width() - content.width()) / 2
                                                  : -horizontalScrollBar()->value();
    const double y = content.height() < vp.height() ? (vp.height() - content.height()) / 2
                                                    : -verticalScrollBar()->value();
    return QPointF(x, y) - r.topLeft() * m_scale;
}

QPointF RackMapView::mapToScene(QPointF p) const
{
    return (p - contentOffset()) / m_scale;
}

QPointF RackMapView::mapFromScene(QPointF p) const
{
    return p * m_scale + contentOffset();
}

QRectF RackMapView::visibleSceneRect() const
{
    return QRectF(mapToScene(QPointF(0, 0)), mapToScene(QPointF(viewport()->rect().bottomRight())))
        .normalized();
}

void RackMapView::updateScrollBars()
{
    const QSizeF content = m_scene.sceneRect().size() * m_scale;
    const QSize vp = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.width())) - vp.width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.height())) - vp.height()));
    horizontalScrollBar()->setPageStep(vp.width());
    verticalScrollBar()->setPageStep(vp.height());
}

void RackMapView::centreOn(QPointF scenePoint)
{
    const QPointF topLeft = (scenePoint - m_scene.sceneRect().topLeft()) * m_scale -
                            QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0);
    horizontalScrollBar()->setValue(int(std::lround(topLeft.x())));
    verticalScrollBar()->setValue(int(std::lround(topLeft.y())));
    viewport()->update();
}

void RackMapView::setZoom(double scale, QPointF anchor)
{
    const double lo = std::min(fitScale(), 0.05);
    scale = std::clamp(scale, lo, kMaxZoom);
    const QPointF vpCentre(viewport()->width() / 2.0, viewport()->height() / 2.0);
    if (anchor.x() < 0 && anchor.y() < 0)
        anchor = mapToScene(vpCentre);
    // Keep the anchor under the same viewport point.
    const QPointF anchorView = mapFromScene(anchor);
    m_scale = scale;
    updateScrollBars();
    const QPointF topLeft = (anchor - m_scene.sceneRect().topLeft()) * m_scale - anchorView;
    horizontalScrollBar()->setValue(int(std::lround(topLeft.x())));
    verticalScrollBar()->setValue(int(std::lround(topLeft.y())));
    viewport()->update();
    if (m_overview)
        m_overview->syncVisibility();
    emit zoomChanged(m_scale);
}

void RackMapView::fitAll()
{
    m_scale = fitScale();
    m_fitted = true;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    viewport()->update();
    if (m_overview)
        m_overview->syncVisibility();
    emit zoomChanged(m_scale);
}

void RackMapView::zoomIn()
{
    m_fitted = false;
    setZoom(m_scale * kZoomStep);
}

void RackMapView::zoomOut()
{
    m_fitted = false;
    setZoom(m_scale / kZoomStep);
}

RackMapView::Lod RackMapView::lodForZoom(double scale)
{
    if (scale < kRowZoom)
        return Lod::Fleet;
    return scale < kRackZoom ? Lod::Row : Lod::Rack;
}

RackMapView::Lod RackMapView::lodLevel() const
{
    return lodForZoom(m_scale);
}

void RackMapView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted)
        fitAll();
    else
        updateScrollBars();
    if (m_overview)
        m_overview->place();
}

void RackMapView::scrollContentsBy(int, int)
{
    viewport()->update();
    if (m_overview)
        m_overview->syncVisibility();
}

void RackMapView::setOverviewVisible(bool visible)
{
    if (m_overview)
        m_overview->setWanted(visible);
}

RackMapOverview *RackMapView::overview() const
{
    return m_overview;
}

// ---- highlight and jumps

void RackMapView::highlightProject(const QString &applicationId)
{
    m_highlightApp = applicationId;
    std::fill(m_lit.begin(), m_lit.end(), 0);
    m_rackLit = QList<int>(m_fleet ? m_fleet->racks.size() : 0, 0);
    if (!applicationId.isEmpty() && m_bookings) {
        // Every node the project's grant holds, in any of its windows.
        const int g = m_bookings->grantByApplication.value(applicationId, -1);
        for (const AllocationWindow &w : m_bookings->allocations) {
            if (w.grant == g && g >= 0 && w.node >= 0 && !m_lit[size_t(w.node)]) {
                m_lit[size_t(w.node)] = 1;
                ++m_rackLit[m_fleet->nodes[w.node].rack];
            }
        }
    }
    viewport()->update();
}

bool RackMapView::isDimmed(int node) const
{
    return !m_highlightApp.isEmpty() && node >= 0 && size_t(node) < m_lit.size() &&
           !m_lit[size_t(node)];
}

void RackMapView::jumpToNodeIndex(int node)
{
    if (!m_fleet || node < 0 || node >= m_fleet->nodes.size())
        return;
    m_fitted = false;
    if (lodLevel() != Lod::Rack)
        setZoom(kJumpZoom);
    centreOn(m_scene.nodeRects()[node].center());
    setSelectedNodes({node});
    setCurrentNode(node);
    m_anchor = node;
}

bool RackMapView::jumpToNode(const QString &hostname)
{
    const int node = findNode(hostname);
    if (node < 0)
        return false;
    jumpToNodeIndex(node);
    return true;
}

bool RackMapView::jumpToRack(const QString &name)
{
    const int rack = findRack(name);
    if (rack < 0)
        return false;
    m_fitted = false;
    if (lodLevel() != Lod::Rack)
        setZoom(kJumpZoom);
    centreOn(m_scene.rackRects()[rack].center());
    const QList<int> &nodes = m_fleet->racks[rack].nodes;
    setSelectedNodes(nodes);
    if (!nodes.isEmpty()) {
        setCurrentNode(nodes.first());
        m_anchor = nodes.first();
    }
    return true;
}

// ---- selection

QList<int> RackMapView::selectedNodes() const
{
    QList<int> out;
    out.reserve(m_selectedCount);
    for (size_t n = 0; n < m_selected.size(); ++n) {
        if (m_selected[n])
            out << int(n);
    }
    return out;
}

bool RackMapView::isSelected(int node) const
{
    return node >= 0 && size_t(node) < m_selected.size() && m_selected[size_t(node)];
}

void RackMapView::selectionEdited()
{
    m_selectedCount = 0;
    std::fill(m_rackSelected.begin(), m_rackSelected.end(), 0);
    for (size_t n = 0; n < m_selected.size(); ++n) {
        if (m_selected[n]) {
            ++m_selectedCount;
            ++m_rackSelected[m_fleet->nodes[int(n)].rack];
        }
    }
    viewport()->update();
    emit selectionChanged();
}

void RackMapView::setSelectedNodes(const QList<int> &nodes)
{
    std::fill(m_selected.begin(), m_selected.end(), 0);
    for (int n : nodes) {
        if (n >= 0 && size_t(n) < m_selected.size())
            m_selected[size_t(n)] = 1;
    }
    selectionEdited();
}

void RackMapView::clearSelection()
{
    setSelectedNodes({});
}

int RackMapView::selectFreeNodes(int count, Scope scope, int type, qint64 start, qint64 end)
{
    if (!m_fleet || !m_bookings || m_current < 0 || count <= 0)
        return 0;
    const FleetRack &here = m_fleet->racks[m_fleet->nodes[m_current].rack];
    QList<int> racks;
    switch (scope) {
    case Scope::Rack:
        racks << m_fleet->nodes[m_current].rack;
        break;
    case Scope::Row:
        if (here.row >= 0)
            racks = m_fleet->rows[here.row].racks;
        break;
    case Scope::Cluster:
        if (here.cluster >= 0)
            racks = m_fleet->clusters[here.cluster].racks;
        break;
    }
    QList<int> picked;
    for (int k : std::as_const(racks)) {
        for (int n : m_fleet->racks[k].nodes) {
            if (picked.size() >= count)
                break;
            if ((type < 0 || m_fleet->nodes[n].type == type) && m_fleet->isUsable(n) &&
                m_bookings->isFree(n, start, end))
                picked << n;
        }
    }
    setSelectedNodes(picked);
    return int(picked.size());
}

void RackMapView::setCurrentNode(int node)
{
    if (!m_fleet || node >= m_fleet->nodes.size())
        node = -1;
    if (node == m_current)
        return;
    m_current = node;
    viewport()->update();
    emit currentNodeChanged(node);
}

int RackMapView::nodeAtViewport(QPoint p) const
{
    return m_scene.nodeAt(mapToScene(QPointF(p)));
}

QRect RackMapView::nodeViewportRect(int node) const
{
    if (node < 0 || node >= m_scene.nodeRects().size())
        return {};
    const QRectF r = m_scene.nodeRects()[node];
    return QRectF(mapFromScene(r.topLeft()), mapFromScene(r.bottomRight())).toAlignedRect();
}

void RackMapView::ensureVisible(int node)
{
    const QRect r = nodeViewportRect(node);
    if (!viewport()->rect().contains(r))
        centreOn(m_scene.nodeRects()[node].center());
}

void RackMapView::moveCurrent(int node, bool extend)
{
    if (node < 0)
        return;
    if (extend) {
        if (m_current >= 0)
            m_selected[size_t(m_current)] = 1;
        m_selected[size_t(node)] = 1;
        selectionEdited();
    } else {
        m_anchor = node;
    }
    setCurrentNode(node);
    ensureVisible(node);
}

// ---- painting

void RackMapView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    RackMapPainter(*this, p).paint(event->rect());
    if (m_drag == Drag::Band) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawRect(m_band);
    }
}

void RackMapView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_fleet)
        recolour(); // light or dark
}

} // namespace gpudesk
