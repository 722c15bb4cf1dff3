// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapOverview.h"

#include "RackMapView.h"
#include "common/Theme.h"
#include "domain/Fleet.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
constexpr int kWidth = 200;
constexpr int kMaxHeight = 150;
constexpr int kMargin = 8;
} // namespace

RackMapOverview::RackMapOverview(RackMapView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(u"rackMapOverview"_s);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the whole fleet: click to go there"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    place();
}

void RackMapOverview::invalidate()
{
    m_cache = QImage();
    update();
}

void RackMapOverview::place()
{
    const QRectF scene = m_view->scene().sceneRect();
    int h = kMaxHeight;
    int w = kWidth;
    if (!scene.isEmpty()) {
        h = std::clamp(int(kWidth * scene.height() / scene.width()), 40, kMaxHeight);
        w = std::clamp(int(h * scene.width() / scene.height()), 60, kWidth);
    }
    const QWidget *p = parentWidget();
    setGeometry(p->width() - w - kMargin, p->height() - h - kMargin, w, h);
    if (size() != m_cache.size())
        m_cache = QImage();
}

double RackMapOverview::scale() const
{
    const QRectF scene = m_view->scene().sceneRect();
    if (scene.isEmpty())
        return 1;
    return std::min((width() - 2) / scene.width(), (height() - 2) / scene.height());
}

QPointF RackMapOverview::origin() const
{
    const QRectF scene = m_view->scene().sceneRect();
    const double s = scale();
    return QPointF((width() - scene.width() * s) / 2, (height() - scene.height() * s) / 2) -
           scene.topLeft() * s;
}

QRectF RackMapOverview::visibleRect() const
{
    const QRectF v = m_view->visibleSceneRect();
    return QRectF(v.topLeft() * scale() + origin(), v.size() * scale());
}

void RackMapOverview::syncVisibility()
{
    // Only useful when part of the fleet is off screen; at fit-all it would hide racks.
    // Half a percent of slack: at fit-all, rounding leaves the fleet a hair wider than the view.
    const QRectF scene = m_view->scene().sceneRect();
    const QRectF visible =
        m_view->visibleSceneRect().adjusted(-scene.width() * 0.005, -scene.height() * 0.005,
                                            scene.width() * 0.005, scene.height() * 0.005);
    const bool wanted = m_wanted && !scene.isEmpty() && !visible.contains(scene);
    setVisible(wanted);
    if (wanted)
        update();
}

void RackMapOverview::setWanted(bool wanted)
{
    m_wanted = wanted;
    syncVisibility();
}

void RackMapOverview::paintEvent(QPaintEvent *)
{
    const bool dark = Theme::isDark();
    if (m_cache.size() != size()) {
        m_cache = QImage(size(), QImage::Format_RGB32);
        m_cache.fill(RackMapPalette::background(dark));
        QPainter c(&m_cache);
        const double s = scale();
        const QPointF o = origin();
        const RackMapScene &scene = m_view->scene();
        for (const QRectF &r : scene.siteRects())
            c.fillRect(QRectF(r.topLeft() * s + o, r.size() * s), RackMapPalette::siteBlock(dark));
        const FleetSnapshot *fleet = m_view->fleet();
        for (int k = 0; fleet && k < scene.rackRects().size(); ++k) {
            const QRectF r = scene.rackRects()[k];
            const QRectF d(r.topLeft() * s + o,
                           QSizeF(std::max(1.0, r.width() * s), std::max(1.0, r.height() * s)));
            // The rack's commonest fill, or empty.
            const QColor colour = m_view->m_rackMix[k].isEmpty()
                                      ? RackMapPalette::rackEmpty(dark)
                                      : m_view->m_rackMix[k].first().fill.colour;
            c.fillRect(d, colour);
        }
        c.setPen(RackMapPalette::frame(dark));
        c.drawRect(m_cache.rect().adjusted(0, 0, -1, -1));
    }
    QPainter p(this);
    p.drawImage(0, 0, m_cache);
    p.setPen(QPen(RackMapPalette::focus(), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(visibleRect().intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void RackMapOverview::centreAt(QPointF pos)
{
    m_view->centreOn((pos - origin()) / scale());
}

void RackMapOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreAt(event->position());
}

void RackMapOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreAt(event->position());
}

} // namespace gpudesk
