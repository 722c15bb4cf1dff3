// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace gpudesk {

struct FleetSnapshot;
struct FleetBookings;

// A Gantt chart of nodes against time, for a rack or the map's selection: one row per node with
// a bar for every allocation window (labelled with the project code), today's line and the date
// cursor. Ctrl+wheel or +/- zoom the time axis, wheel with Shift, a left drag or the arrow keys
// move it; a click on the time axis moves the date cursor.
class NodeTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTimeline)

public:
    explicit NodeTimeline(QWidget *parent = nullptr);

    void setData(const FleetSnapshot *fleet, const FleetBookings *bookings);
    void setNodes(const QList<int> &nodes);
    QList<int> nodes() const { return m_nodes; }
    void setDate(qint64 ms);
    qint64 date() const { return m_date; }
    void setToday(qint64 ms);
    // The time shown: from `start`, `msPerPixel` wide per pixel.
    void setTimeRange(qint64 start, qint64 end);
    qint64 viewStart() const { return m_viewStart; }
    qint64 viewEnd() const;
    // Fits the time axis to every window of the nodes shown (or a year around the cursor).
    void fitWindows();

    int xForTime(qint64 ms) const;
    qint64 timeForX(int x) const;
    // The allocation whose bar is under the point, or -1.
    int allocationAt(QPoint p) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dateRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void zoomBy(double factor, int anchorX);
    void panBy(int pixels);
    int chartLeft() const;

    const FleetSnapshot *m_fleet = nullptr;
    const FleetBookings *m_bookings = nullptr;
    QList<int> m_nodes;
    qint64 m_date = 0;
    qint64 m_today = 0;
    qint64 m_viewStart = 0;
    double m_msPerPixel = 86400000.0; // a day per pixel
    int m_dragX = -1;
};

} // namespace gpudesk
