// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RackMapPalette.h"

#include <QRect>
#include <QRectF>

class QPainter;

namespace gpudesk {

class RackMapView;

// Draws one frame of the rack map at the view's zoom and level of detail. Everything is mapped
// to device pixels first and drawn untransformed, so text keeps a fixed, crisp size and the
// patterns keep their pixel spacing at every zoom.
class RackMapPainter final
{
public:
    RackMapPainter(const RackMapView &view, QPainter &painter);
    void paint(const QRect &exposed);

private:
    QRectF toView(const QRectF &scene) const;
    void fill(const QRectF &r, const RackMapPalette::Fill &f);
    void paintSites(const QRectF &visible);
    void paintSiteTitles(const QRectF &visible);
    void paintRackBlock(int rack, const QRectF &r);
    void paintNodeBands(int rack, const QRectF &r);
    void paintNodesLabelled(int rack, const QRectF &r);
    void paintMarks(int node, const QRectF &r);

    const RackMapView &m_view;
    QPainter &m_p;
    bool m_dark = false;
    double m_scale = 1;
    QPointF m_offset;
    QColor m_dim;
};

} // namespace gpudesk
