// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeTimeline.h"

#include "RackMapFacts.h"
#include "RackMapPalette.h"
#include "common/Theme.h"
#include "domain/Fleet.h"
#include "store/Store.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
constexpr int kHeader = 22;
constexpr int kRow = 22;
constexpr qint64 kDay = 86400000;
constexpr double kMinMsPerPixel = kDay / 40.0; // a day 40 px wide
constexpr double kMaxMsPerPixel = kDay * 10.0; // ten days a pixel: years at a glance
} // namespace

NodeTimeline::NodeTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"nodeTimeline"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_today = Store::nowMs();
    m_date = m_today;
    m_viewStart = m_today - 60 * kDay;
    setAccessibleName(tr("Allocation timeline"));
}

void NodeTimeline::setData(const FleetSnapshot *fleet, const FleetBookings *bookings)
{
    m_fleet = fleet;
    m_bookings = bookings;
    m_nodes.clear();
    updateGeometry();
    update();
}

void NodeTimeline::setNodes(const QList<int> &nodes)
{
    m_nodes.clear();
    for (int n : nodes) {
        if (m_fleet && n >= 0 && n < m_fleet->nodes.size())
            m_nodes << n;
    }
    updateGeometry();
    update();
}

void NodeTimeline::setDate(qint64 ms)
{
    m_date = ms;
    update();
}

void NodeTimeline::setToday(qint64 ms)
{
    m_today = ms;
    update();
}

int NodeTimeline::chartLeft() const
{
    return std::min(150, width() / 3);
}

qint64 NodeTimeline::viewEnd() const
{
    return timeForX(width());
}

void NodeTimeline::setTimeRange(qint64 start, qint64 end)
{
    const int w = std::max(1, width() - chartLeft());
    m_viewStart = start;
    m_msPerPixel = std::clamp(double(end - start) / w, kMinMsPerPixel, kMaxMsPerPixel);
    update();
}

void NodeTimeline::fitWindows()
{
    qint64 lo = m_date - 30 * kDay, hi = m_date + 335 * kDay;
    if (m_bookings) {
        bool any = false;
        for (int n : std::as_const(m_nodes)) {
            for (int a : m_bookings->byNode.value(n)) {
                const AllocationWindow &w = m_bookings->allocations[a];
                lo = any ? std::min(lo, w.start) : std::min(w.start, m_date);
                hi = any ? std::max(hi, w.end) : std::max(w.end, m_date);
                any = true;
            }
        }
        if (any) {
            const qint64 margin = std::max<qint64>((hi - lo) / 20, 7 * kDay);
            lo -= margin;
            hi += margin;
        }
    }
    setTimeRange(lo, hi);
}

int NodeTimeline::xForTime(qint64 ms) const
{
    return chartLeft() + int(std::floor((ms - m_viewStart) / m_msPerPixel));
}

qint64 NodeTimeline::timeForX(int x) const
{
    return m_viewStart + qint64((x - chartLeft()) * m_msPerPixel);
}

QSize NodeTimeline::sizeHint() const
{
    return QSize(640, kHeader + std::max<int>(4, int(m_nodes.size())) * kRow + 2);
}

QSize NodeTimeline::minimumSizeHint() const
{
    return QSize(300, kHeader + kRow * 2);
}

int NodeTimeline::allocationAt(QPoint p) const
{
    if (!m_bookings || p.y() < kHeader || p.x() < chartLeft())
        return -1;
    const int row = (p.y() - kHeader) / kRow;
    if (row >= m_nodes.size())
        return -1;
    const qint64 t = timeForX(p.x());
    for (int a : m_bookings->byNode.value(m_nodes[row])) {
        const AllocationWindow &w = m_bookings->allocations[a];
        if (w.start <= t && t < w.end)
            return a;
    }
    return -1;
}

void NodeTimeline::paintEvent(QPaintEvent *)
{
    const bool dark = Theme::isDark();
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const int left = chartLeft();
    const QColor grid = RackMapPalette::frame(dark);
    const QColor text = palette().color(QPalette::Text);

    // Month ticks along the header; labels when a month is wide enough to hold one.
    QDate month = QDateTime::fromMSecsSinceEpoch(m_viewStart).date();
    month = QDate(month.year(), month.month(), 1);
    const bool labels = 30 * kDay / m_msPerPixel >= 48;
    p.setFont(font());
    for (int guard = 0; guard < 400; ++guard) {
        const qint64 t = QDateTime(month, QTime(0, 0)).toMSecsSinceEpoch();
        const int x = xForTime(t);
        if (x > width())
            break;
        if (x >= left) {
            p.setPen(grid);
            p.drawLine(x, kHeader - 6, x, height());
            const bool year = month.month() == 1;
            if (labels || year) {
                p.setPen(text);
                p.drawText(x + 3, 0, 80, kHeader, Qt::AlignVCenter | Qt::AlignLeft,
                           month.toString(year || !labels ? u"yyyy-MM"_s : u"MM"_s));
            }
        }
        month = month.addMonths(1);
    }

    for (int i = 0; i < m_nodes.size() && m_fleet; ++i) {
        const int n = m_nodes[i];
        const int y = kHeader + i * kRow;
        if (i % 2)
            p.fillRect(0, y, width(), kRow, palette().color(QPalette::AlternateBase));
        p.setPen(text);
        p.drawText(QRect(4, y, left - 8, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_fleet->nodes[n].hostname, Qt::ElideMiddle, left - 8));
        if (!m_bookings)
            continue;
        for (int a : m_bookings->byNode.value(n)) {
            const AllocationWindow &w = m_bookings->allocations[a];
            const int x0 = std::max(left, xForTime(w.start));
            const int x1 = std::min(width(), xForTime(w.end));
            if (x1 <= x0)
                continue;
            const GrantInfo *g = w.grant >= 0 ? &m_bookings->grants[w.grant] : nullptr;
            const auto fill = RackMapPalette::projectFill(g ? g->applicationId : w.grantId, dark);
            const QRect bar(x0, y + 3, x1 - x0, kRow - 6);
            p.fillRect(bar, fill.colour);
            if (fill.pattern != Qt::NoBrush)
                p.fillRect(bar.adjusted(0, 0, 0, -(bar.height() * 2 / 3)),
                           QBrush(RackMapPalette::patternInk(fill.colour), fill.pattern));
            p.setPen(fill.colour.lightness() > 140 ? Qt::black : Qt::white);
            p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       g ? g->code : QString());
        }
    }
    p.setPen(grid);
    p.drawLine(left, 0, left, height());
    p.drawLine(0, kHeader, width(), kHeader);

    // Today solid, the date cursor dashed in the accent, each with its own mark in the header.
    const int today = xForTime(m_today);
    if (today >= left && today <= width()) {
        p.setPen(QPen(text, 1));
        p.drawLine(today, kHeader, today, height());
    }
    const int cursor = xForTime(m_date);
    if (cursor >= left && cursor <= width()) {
        p.setPen(QPen(Theme::accent(), 2, Qt::DashLine));
        p.drawLine(cursor, 0, cursor, height());
    }
    if (m_nodes.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(left, kHeader, 0, 0), Qt::AlignCenter,
                   tr("Select nodes or a rack on the map to see their allocations over time."));
    }
}

void NodeTimeline::zoomBy(double factor, int anchorX)
{
    const qint64 anchor = timeForX(anchorX);
    m_msPerPixel = std::clamp(m_msPerPixel * factor, kMinMsPerPixel, kMaxMsPerPixel);
    m_viewStart = anchor - qint64((anchorX - chartLeft()) * m_msPerPixel);
    update();
}

void NodeTimeline::panBy(int pixels)
{
    m_viewStart += qint64(pixels * m_msPerPixel);
    update();
}

void NodeTimeline::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.25, -steps), int(event->position().x()));
        event->accept();
    } else if ((event->modifiers() & Qt::ShiftModifier) || event->angleDelta().x() != 0) {
        const double dx = event->angleDelta().x() != 0 ? event->angleDelta().x() / 120.0 : steps;
        panBy(int(-dx * 60));
        event->accept();
    } else {
        event->ignore(); // a scroll area around us scrolls the rows
    }
}

void NodeTimeline::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton)
        return;
    if (pos.y() < kHeader && pos.x() >= chartLeft()) {
        emit dateRequested(timeForX(pos.x()));
        return;
    }
    m_dragX = pos.x();
}

void NodeTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_dragX >= 0) {
        const int x = int(event->position().x());
        panBy(m_dragX - x);
        m_dragX = x;
    }
}

void NodeTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8, (chartLeft() + width()) / 2);
        return;
    case Qt::Key_Minus:
        zoomBy(1.25, (chartLeft() + width()) / 2);
        return;
    case Qt::Key_Left:
        panBy(-60);
        return;
    case Qt::Key_Right:
        panBy(60);
        return;
    case Qt::Key_0:
        fitWindows();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool NodeTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_bookings && m_fleet) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int a = allocationAt(help->pos());
        if (a >= 0) {
            const int node = m_bookings->allocations[a].node;
            QToolTip::showText(help->globalPos(),
                               m_fleet->nodes[node].hostname + u'\n' +
                                   RackMapFacts::allocationLine(*m_bookings, a, true),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace gpudesk
