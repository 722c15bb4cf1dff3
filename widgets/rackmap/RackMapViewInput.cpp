// SPDX-License-Identifier: GPL-3.0-or-later
// The rack map's input: mouse (selection, rubber band, panning), wheel zoom, keyboard moves,
// project drops and tooltips. Drawing, layout and the public API are in RackMapView.cpp.
#include "RackMapFacts.h"
#include "RackMapView.h"
#include "domain/Fleet.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {

// ---- mouse

void RackMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position().toPoint();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
        m_spacePanned = m_spaceHeld;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void RackMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        const QPoint d = pos - m_lastPos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        m_fitted = false;
    } else if (m_drag == Drag::Pending &&
               (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_drag = Drag::Band;
    }
    if (m_drag == Drag::Band) {
        m_band = QRect(m_pressPos, pos).normalized();
        viewport()->update();
    }
    m_lastPos = pos;
}

void RackMapView::finishBand(Qt::KeyboardModifiers mods)
{
    const QRectF sceneBand(mapToScene(QPointF(m_band.topLeft())),
                           mapToScene(QPointF(m_band.bottomRight())));
    const QList<int> hit = m_scene.nodesIn(sceneBand.normalized());
    if (!(mods & (Qt::ShiftModifier | Qt::ControlModifier)))
        std::fill(m_selected.begin(), m_selected.end(), 0);
    for (int n : hit)
        m_selected[size_t(n)] = 1;
    selectionEdited();
    if (!hit.isEmpty()) {
        setCurrentNode(hit.last());
        m_anchor = hit.first();
    }
}

void RackMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Pan) {
        viewport()->unsetCursor();
        return;
    }
    if (drag == Drag::Band) {
        finishBand(event->modifiers());
        m_band = {};
        viewport()->update();
        return;
    }
    if (drag != Drag::Pending)
        return;
    const int node = nodeAtViewport(event->position().toPoint());
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (node < 0) {
        if (!(mods & (Qt::ShiftModifier | Qt::ControlModifier)))
            clearSelection();
        return;
    }
    if (mods & Qt::ControlModifier) {
        m_selected[size_t(node)] = !m_selected[size_t(node)];
        m_anchor = node;
    } else if ((mods & Qt::ShiftModifier) && m_anchor >= 0) {
        // The block of the map between the anchor and this node, as a rubber band would take it.
        const QRectF block =
            m_scene.nodeRects()[m_anchor].united(m_scene.nodeRects()[node]).adjusted(1, 1, -1, -1);
        for (int n : m_scene.nodesIn(block))
            m_selected[size_t(n)] = 1;
    } else {
        std::fill(m_selected.begin(), m_selected.end(), 0);
        m_selected[size_t(node)] = 1;
        m_anchor = node;
    }
    selectionEdited();
    setCurrentNode(node);
}

void RackMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int node = nodeAtViewport(event->position().toPoint());
    if (event->button() == Qt::LeftButton && node >= 0)
        emit activated(node);
}

void RackMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            m_fitted = false;
            setZoom(m_scale * std::pow(kZoomStep, steps), mapToScene(event->position()));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

// ---- keyboard

void RackMapView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (event->matches(QKeySequence::ZoomIn) ||
        (ctrl && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus))) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || (ctrl && event->key() == Qt::Key_Minus)) {
        zoomOut();
        return;
    }
    const int start = m_current >= 0 ? m_current : (m_fleet && !m_fleet->nodes.isEmpty() ? 0 : -1);
    switch (event->key()) {
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Up:
        moveCurrent(m_current < 0 ? start : m_scene.nodeAbove(m_current), shift);
        return;
    case Qt::Key_Down:
        moveCurrent(m_current < 0 ? start : m_scene.nodeBelow(m_current), shift);
        return;
    case Qt::Key_Left:
        moveCurrent(m_current < 0 ? start : m_scene.nodeBeside(m_current, -1), shift);
        return;
    case Qt::Key_Right:
        moveCurrent(m_current < 0 ? start : m_scene.nodeBeside(m_current, +1), shift);
        return;
    case Qt::Key_Space:
        // Held, it turns a left drag into a pan; a tap toggles the current node.
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            m_spacePanned = false;
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit activated(m_current);
        return;
    case Qt::Key_Escape:
        if (m_selectedCount > 0) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void RackMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        const bool panned = m_spacePanned || m_drag == Drag::Pan;
        m_spaceHeld = false;
        if (!panned && m_current >= 0) {
            m_selected[size_t(m_current)] = !m_selected[size_t(m_current)];
            m_anchor = m_current;
            selectionEdited();
        }
        return;
    }
    QAbstractScrollArea::keyReleaseEvent(event);
}

// ---- drops and tooltips

void RackMapView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RackMapView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    const int node = nodeAtViewport(event->position().toPoint());
    if (node != m_dropNode) {
        m_dropNode = node;
        viewport()->update();
    }
    event->acceptProposedAction();
}

void RackMapView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropNode = -1;
    viewport()->update();
}

void RackMapView::dropEvent(QDropEvent *event)
{
    m_dropNode = -1;
    viewport()->update();
    if (!event->mimeData()->hasFormat(mimeType())) {
        event->ignore();
        return;
    }
    const QString app = QString::fromUtf8(event->mimeData()->data(mimeType())).trimmed();
    if (app.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit projectDropped(app, nodeAtViewport(event->position().toPoint()));
}

bool RackMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_fleet && m_bookings) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAtViewport(help->pos());
        if (node >= 0)
            QToolTip::showText(help->globalPos(),
                               RackMapFacts::tooltip(*m_fleet, *m_bookings, node, m_date),
                               viewport(), nodeViewportRect(node));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace gpudesk
