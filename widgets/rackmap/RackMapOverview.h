// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace gpudesk {

class RackMapView;

// The small overview in the map's corner: the whole fleet as rack blocks with the visible part
// outlined; a click or drag centres the map there. The fleet image is cached and redrawn only
// when colours change, so scrolling repaints just the outline.
class RackMapOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RackMapOverview)

public:
    RackMapOverview(RackMapView *view, QWidget *parent);
    void invalidate();
    void place();               // bottom right of the parent, sized to the fleet's shape
    QRectF visibleRect() const; // the outline, in this widget's coordinates
    // Shown when wanted and part of the fleet is off screen.
    void setWanted(bool wanted);
    bool isWanted() const { return m_wanted; }
    void syncVisibility();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    double scale() const;
    QPointF origin() const;
    void centreAt(QPointF pos);

    RackMapView *m_view;
    QImage m_cache;
    bool m_wanted = true;
};

} // namespace gpudesk
