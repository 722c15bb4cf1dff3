// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace gpudesk {

struct FleetSnapshot;

// The floor plan of the fleet in scene units: every site a block with a title, its rows as lines
// of racks (wrapped into aisles so a site stays roughly square), each rack a column of its nodes
// from the bottom up, one rack unit kUnit high. Pure geometry and look-ups, rebuilt only when the
// hierarchy changes; colours and bookings live in the view. Plain arrays indexed like the
// snapshot, so 6,500 nodes cost a few hundred kilobytes and a linear scan is microseconds.
class RackMapScene final
{
public:
    static constexpr double kRackWidth = 120;
    static constexpr double kUnit = 4;

    void build(const FleetSnapshot &fleet);
    void clear();
    bool isEmpty() const { return m_rackRects.isEmpty(); }

    QRectF sceneRect() const { return m_sceneRect; }
    const QList<QRectF> &siteRects() const { return m_siteRects; }
    const QList<QString> &siteTitles() const { return m_siteTitles; }
    const QList<QRectF> &rowRects() const { return m_rowRects; }
    const QList<QRectF> &rackRects() const { return m_rackRects; }
    const QList<QRectF> &nodeRects() const { return m_nodeRects; }

    int rackAt(QPointF p) const;
    int nodeAt(QPointF p) const;
    // Nodes whose rectangle meets r, in rack order (bottom to top within a rack).
    QList<int> nodesIn(const QRectF &r) const;

    int findNode(const QString &hostname) const;
    int findRack(const QString &name) const;

    // Keyboard neighbours: up and down stay in the rack, left and right go to the next rack of
    // the row, to the node nearest in height. -1 at an edge.
    int nodeAbove(int node) const;
    int nodeBelow(int node) const;
    int nodeBeside(int node, int step) const;

private:
    const FleetSnapshot *m_fleet = nullptr;
    QRectF m_sceneRect;
    QList<QRectF> m_siteRects;
    QList<QString> m_siteTitles;
    QList<QRectF> m_rowRects;
    QList<QRectF> m_rackRects;
    QList<QRectF> m_nodeRects;
    QList<int> m_rackPosInRow;        // index of the rack in its row's list
    QList<int> m_nodePosInRack;       // index of the node in its rack's list
    QHash<QString, int> m_rackByName; // lower-case name; the first rack of that name
};

} // namespace gpudesk
