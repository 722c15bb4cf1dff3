// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapPainter.h"

#include "RackMapFacts.h"
#include "RackMapView.h"
#include "common/Theme.h"
#include "domain/Fleet.h"

#include <QPainter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

RackMapPainter::RackMapPainter(const RackMapView &view, QPainter &painter)
    : m_view(view), m_p(painter), m_dark(Theme::isDark()), m_scale(view.m_scale),
      m_offset(view.contentOffset())
{
    m_dim = RackMapPalette::background(m_dark);
    m_dim.setAlpha(200);
}

QRectF RackMapPainter::toView(const QRectF &r) const
{
    return QRectF(r.topLeft() * m_scale + m_offset, r.size() * m_scale);
}

void RackMapPainter::fill(const QRectF &r, const RackMapPalette::Fill &f)
{
    m_p.fillRect(r, f.colour);
    if (f.pattern != Qt::NoBrush)
        m_p.fillRect(r, QBrush(RackMapPalette::patternInk(f.colour), f.pattern));
}

void RackMapPainter::paint(const QRect &exposed)
{
    m_p.fillRect(exposed, RackMapPalette::background(m_dark));
    if (!m_view.m_fleet)
        return;
    const QRectF visible(QPointF(exposed.topLeft()) / 1.0, QSizeF(exposed.size()));
    const QRectF sceneVisible((visible.topLeft() - m_offset) / m_scale, visible.size() / m_scale);
    paintSites(sceneVisible);

    const RackMapView::Lod lod = m_view.lodLevel();
    const QList<QRectF> &racks = m_view.m_scene.rackRects();
    // Racks and node labels sit a little outside their rectangles (names above): cull wider.
    const QRectF cull = sceneVisible.adjusted(-20, -30, 20, 10);
    for (int k = 0; k < racks.size(); ++k) {
        if (!racks[k].intersects(cull))
            continue;
        const QRectF r = toView(racks[k]);
        switch (lod) {
        case RackMapView::Lod::Fleet:
            paintRackBlock(k, r);
            break;
        case RackMapView::Lod::Row:
            paintNodeBands(k, r);
            break;
        case RackMapView::Lod::Rack:
            paintNodesLabelled(k, r);
            break;
        }
    }
    paintSiteTitles(sceneVisible);
}

// Titles last, on a backing of the site's colour: zoomed out, a readable title is taller than
// the band the layout keeps for it and would otherwise sit on the first row of racks.
void RackMapPainter::paintSiteTitles(const QRectF &visible)
{
    const RackMapScene &scene = m_view.m_scene;
    QFont titleFont = m_view.font();
    titleFont.setBold(true);
    titleFont.setPixelSize(std::clamp(int(70 * m_scale * 0.4), 11, 26));
    m_p.setFont(titleFont);
    const QFontMetrics fm = m_p.fontMetrics();
    QColor backing = RackMapPalette::siteBlock(m_dark);
    backing.setAlpha(225);
    for (int s = 0; s < scene.siteRects().size(); ++s) {
        if (!scene.siteRects()[s].intersects(visible))
            continue;
        const QRectF r = toView(scene.siteRects()[s]);
        const QString title =
            fm.elidedText(scene.siteTitles()[s], Qt::ElideRight, int(r.width() - 12));
        const QRectF box(r.left() + 1, r.top() + 1, fm.horizontalAdvance(title) + 12,
                         std::max(double(fm.height() + 4), 60 * m_scale));
        m_p.fillRect(box, backing);
        m_p.setPen(RackMapPalette::text(m_dark));
        m_p.drawText(box.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
}

void RackMapPainter::paintSites(const QRectF &visible)
{
    const RackMapScene &scene = m_view.m_scene;
    const FleetSnapshot &fleet = *m_view.m_fleet;
    const QColor block = RackMapPalette::siteBlock(m_dark);
    const QColor frame = RackMapPalette::frame(m_dark);
    const QColor text = RackMapPalette::text(m_dark);
    for (int s = 0; s < scene.siteRects().size(); ++s) {
        if (!scene.siteRects()[s].intersects(visible))
            continue;
        const QRectF r = toView(scene.siteRects()[s]);
        m_p.setPen(frame);
        m_p.setBrush(block);
        m_p.drawRect(r);
    }
    if (m_view.lodLevel() == RackMapView::Lod::Fleet)
        return;
    // Row names in the gutter left of each row.
    QFont rowFont = m_view.font();
    rowFont.setPixelSize(std::clamp(int(18 * m_scale), 9, 16));
    m_p.setFont(rowFont);
    m_p.setPen(text);
    for (int r = 0; r < scene.rowRects().size(); ++r) {
        if (!scene.rowRects()[r].intersects(visible))
            continue;
        const QRectF row = toView(scene.rowRects()[r]);
        m_p.drawText(QRectF(row.left(), row.top(), 64 * m_scale, row.height()),
                     Qt::AlignCenter | Qt::TextWordWrap, fleet.rows[r].name);
    }
}

// Fleet level: the rack as one block, its nodes grouped by fill with the largest group at the
// bottom, free space above; so the block's filled height is the rack's occupancy.
void RackMapPainter::paintRackBlock(int rack, const QRectF &r)
{
    const FleetSnapshot &fleet = *m_view.m_fleet;
    m_p.fillRect(r, RackMapPalette::rackEmpty(m_dark));
    const int total = int(fleet.racks[rack].nodes.size());
    if (total > 0) {
        double bottom = r.bottom();
        for (const auto &seg : m_view.m_rackMix[rack]) {
            const double h = r.height() * seg.nodes / total;
            fill(QRectF(r.left(), bottom - h, r.width(), h), seg.fill);
            bottom -= h;
        }
    }
    if (!m_view.m_highlightApp.isEmpty() && m_view.m_rackLit.value(rack) == 0)
        m_p.fillRect(r, m_dim);
    if (m_view.m_rackSelected.value(rack) > 0) {
        m_p.setPen(QPen(RackMapPalette::selection(m_dark), 2));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(r.adjusted(-1, -1, 1, 1));
    }
    if (m_view.m_current >= 0 && fleet.nodes[m_view.m_current].rack == rack) {
        m_p.setPen(QPen(RackMapPalette::focus(), 2, Qt::DashLine));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(r.adjusted(-3, -3, 3, 3));
    }
}

void RackMapPainter::paintMarks(int node, const QRectF &r)
{
    m_p.setBrush(Qt::NoBrush);
    if (m_view.isDimmed(node))
        m_p.fillRect(r, m_dim);
    if (m_view.isSelected(node)) {
        m_p.setPen(QPen(RackMapPalette::selection(m_dark), 2));
        m_p.drawRect(r.adjusted(1, 1, -1, -1));
    }
    if (node == m_view.m_current) {
        m_p.setPen(QPen(RackMapPalette::focus(), 2, Qt::DashLine));
        m_p.drawRect(r.adjusted(-2, -2, 2, 2));
    }
    if (node == m_view.m_dropNode) {
        m_p.setPen(QPen(RackMapPalette::focus(), 3));
        m_p.drawRect(r.adjusted(-3, -3, 3, 3));
    }
}

// Row level: each node a band in its fill, in its rack units.
void RackMapPainter::paintNodeBands(int rack, const QRectF &r)
{
    const FleetSnapshot &fleet = *m_view.m_fleet;
    const QList<QRectF> &nodes = m_view.m_scene.nodeRects();
    m_p.fillRect(r, RackMapPalette::rackEmpty(m_dark).darker(m_dark ? 80 : 108));
    for (int n : fleet.racks[rack].nodes) {
        const QRectF b = toView(nodes[n]).adjusted(1, 0.5, -1, -0.5);
        fill(b, m_view.m_fill[n]);
    }
    m_p.setPen(RackMapPalette::frame(m_dark));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(r);
    if (18 * m_scale >= 9) {
        QFont f = m_view.font();
        f.setPixelSize(std::clamp(int(14 * m_scale), 8, 12));
        m_p.setFont(f);
        m_p.setPen(RackMapPalette::text(m_dark));
        m_p.drawText(QRectF(r.left(), r.top() - 18 * m_scale, r.width(), 18 * m_scale),
                     Qt::AlignCenter, fleet.racks[rack].name);
    }
    for (int n : fleet.racks[rack].nodes)
        paintMarks(n, toView(nodes[n]));
}

// Rack level: each node labelled (hostname, units, who holds it or its state) with one cell per
// GPU; the pattern runs down a stripe at the left and through the cells, where it does not
// fight the text.
void RackMapPainter::paintNodesLabelled(int rack, const QRectF &r)
{
    const FleetSnapshot &fleet = *m_view.m_fleet;
    const FleetBookings *bookings = m_view.m_bookings;
    const QList<QRectF> &nodes = m_view.m_scene.nodeRects();
    m_p.fillRect(r, RackMapPalette::rackEmpty(m_dark).darker(m_dark ? 80 : 108));
    m_p.setPen(RackMapPalette::frame(m_dark));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(r);
    QFont f = m_view.font();
    f.setPixelSize(std::clamp(int(11 * m_scale), 9, 16));
    QFont bold = f;
    bold.setBold(true);
    m_p.setFont(bold);
    m_p.setPen(RackMapPalette::text(m_dark));
    m_p.drawText(QRectF(r.left(), r.top() - 18 * m_scale, r.width(), 18 * m_scale), Qt::AlignCenter,
                 fleet.racks[rack].name);
    for (int n : fleet.racks[rack].nodes) {
        const FleetNode &node = fleet.nodes[n];
        const QRectF b = toView(nodes[n]).adjusted(1, 1, -1, -1);
        const RackMapPalette::Fill &fl = m_view.m_fill[n];
        m_p.fillRect(b, fl.colour);
        const QRectF stripe(b.left(), b.top(), std::min(8.0, b.width() / 10), b.height());
        if (fl.pattern != Qt::NoBrush)
            m_p.fillRect(stripe, QBrush(RackMapPalette::patternInk(fl.colour), fl.pattern));
        const QColor ink =
            fl.colour.lightness() > 140 ? QColor(0x10, 0x10, 0x10) : QColor(0xf8, 0xf8, 0xf8);
        const double pad = stripe.width() + 3;
        const double lineH = f.pixelSize() + 2;
        const QRectF text(b.left() + pad, b.top() + 1, b.width() - pad - 3, lineH);
        m_p.setPen(ink);
        m_p.setFont(bold);
        m_p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, node.hostname);
        m_p.setFont(f);
        // Second line: the project at the date, else the state (with a reason when recorded).
        QString who;
        const int holder = m_view.m_holder[n];
        const NodeState state = m_view.m_state[n];
        if (state != NodeState::Free && state != NodeState::Allocated)
            who = RackMapFacts::stateLabel(state);
        else if (holder >= 0 && bookings) {
            const AllocationWindow &w = bookings->allocations[holder];
            who = w.grant >= 0 ? bookings->grants[w.grant].code : w.grantId;
        } else
            who = RackMapFacts::stateLabel(state);
        // Hostnames are long: the rack unit goes on the second line, at the right.
        if (b.height() >= 2 * lineH + 8) {
            m_p.drawText(text.translated(0, lineH), Qt::AlignLeft | Qt::AlignVCenter, who);
            m_p.drawText(text.translated(0, lineH), Qt::AlignRight | Qt::AlignVCenter,
                         u"U%1"_s.arg(node.rackUnit));
        }
        // The GPU slots along the bottom.
        const int gpus = std::max(1, node.gpus);
        const double cellsH = std::min(10 * m_scale, b.height() / 4);
        const double cellsW = b.width() - pad - 3;
        const double cw = cellsW / gpus;
        const bool held = holder >= 0 || state != NodeState::Free;
        m_p.setPen(QPen(ink, 1));
        for (int g = 0; g < gpus; ++g) {
            const QRectF cell(b.left() + pad + g * cw + 1, b.bottom() - cellsH - 2, cw - 2, cellsH);
            if (held && fl.pattern != Qt::NoBrush)
                m_p.fillRect(cell, QBrush(RackMapPalette::patternInk(fl.colour), fl.pattern));
            m_p.setBrush(held ? QBrush(ink, Qt::Dense4Pattern) : QBrush(Qt::NoBrush));
            m_p.drawRect(cell);
        }
        paintMarks(n, toView(nodes[n]));
    }
}

} // namespace gpudesk
