// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapScene.h"

#include "domain/Fleet.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace gpudesk {
namespace {
constexpr double kRackGap = 10;
constexpr double kRackLabel = 18; // the rack name above each rack
constexpr double kRowLabel = 70;  // the row name left of each row
constexpr double kRowGap = 34;
constexpr double kAisleGap = 60; // between the columns of rows inside a site
constexpr double kSiteTitle = 70;
constexpr double kSitePad = 30;
constexpr double kSiteGap = 90;
} // namespace

void RackMapScene::clear()
{
    m_fleet = nullptr;
    m_sceneRect = {};
    m_siteRects.clear();
    m_siteTitles.clear();
    m_rowRects.clear();
    m_rackRects.clear();
    m_nodeRects.clear();
    m_rackPosInRow.clear();
    m_nodePosInRack.clear();
    m_rackByName.clear();
}

void RackMapScene::build(const FleetSnapshot &fleet)
{
    clear();
    m_fleet = &fleet;
    const int siteCount = int(fleet.sites.size());
    m_siteRects = QList<QRectF>(siteCount);
    m_siteTitles = QList<QString>(siteCount);
    m_rowRects = QList<QRectF>(fleet.rows.size());
    m_rackRects = QList<QRectF>(fleet.racks.size());
    m_nodeRects = QList<QRectF>(fleet.nodes.size());
    m_rackPosInRow = QList<int>(fleet.racks.size(), 0);
    m_nodePosInRack = QList<int>(fleet.nodes.size(), 0);

    // Sites in provider order, then any site whose provider is missing.
    QList<int> siteOrder;
    siteOrder.reserve(siteCount);
    QList<bool> placed(siteCount, false);
    for (const FleetProvider &p : fleet.providers) {
        for (int s : p.sites) {
            if (s >= 0 && s < siteCount && !placed[s]) {
                placed[s] = true;
                siteOrder << s;
            }
        }
    }
    for (int s = 0; s < siteCount; ++s) {
        if (!placed[s])
            siteOrder << s;
    }

    // First pass: each site laid out at the origin, its size remembered.
    QList<QSizeF> siteSize(siteCount);
    double area = 0;
    for (int s : siteOrder) {
        const FleetSite &site = fleet.sites[s];
        int maxRacks = 1, maxUnits = 42;
        for (int r : site.rows) {
            maxRacks = std::max(maxRacks, int(fleet.rows[r].racks.size()));
            for (int k : fleet.rows[r].racks)
                maxUnits = std::max(maxUnits, fleet.racks[k].units);
        }
        const double rowW = kRowLabel + maxRacks * (kRackWidth + kRackGap);
        const double rowH = kRackLabel + maxUnits * kUnit + kRowGap;
        const int rows = std::max(1, int(site.rows.size()));
        const int cols = std::max(1, int(std::lround(std::sqrt(rows * rowH / rowW))));
        const int perCol = (rows + cols - 1) / cols;
        for (int i = 0; i < site.rows.size(); ++i) {
            const int r = site.rows[i];
            const double x = kSitePad + (i / perCol) * (rowW + kAisleGap);
            const double y = kSiteTitle + (i % perCol) * rowH;
            m_rowRects[r] = QRectF(x, y, rowW, rowH - kRowGap);
            const QList<int> &racks = fleet.rows[r].racks;
            for (int j = 0; j < racks.size(); ++j) {
                const FleetRack &rack = fleet.racks[racks[j]];
                const double h = rack.units * kUnit;
                const QRectF rr(x + kRowLabel + j * (kRackWidth + kRackGap),
                                y + kRackLabel + (maxUnits - rack.units) * kUnit, kRackWidth, h);
                m_rackRects[racks[j]] = rr;
                m_rackPosInRow[racks[j]] = j;
                for (int n = 0; n < rack.nodes.size(); ++n) {
                    const FleetNode &node = fleet.nodes[rack.nodes[n]];
                    const double top = rr.bottom() - (node.rackUnit - 1 + node.heightUnits) * kUnit;
                    m_nodeRects[rack.nodes[n]] =
                        QRectF(rr.left(), top, kRackWidth, node.heightUnits * kUnit);
                    m_nodePosInRack[rack.nodes[n]] = n;
                }
            }
        }
        const QSizeF size(2 * kSitePad + cols * rowW + (cols - 1) * kAisleGap,
                          kSiteTitle + perCol * rowH + kSitePad);
        siteSize[s] = size;
        area += (size.width() + kSiteGap) * (size.height() + kSiteGap);
        const QString provider =
            site.provider >= 0 ? fleet.providers[site.provider].name : QString();
        m_siteTitles[s] = provider.isEmpty() ? site.name : provider + u" · " + site.name;
    }

    // Second pass: sites packed on shelves; of a few shelf widths, the one whose plan fills a
    // 16:9 screen best. Then everything inside each site shifted to its place.
    Q_UNUSED(area)
    QList<QPointF> origin(siteCount);
    auto pack = [&](double shelfWidth, QList<QPointF> *out) {
        double x = 0, y = 0, shelfH = 0, right = 0;
        for (int s : siteOrder) {
            if (x > 0 && x + siteSize[s].width() > shelfWidth) {
                x = 0;
                y += shelfH + kSiteGap;
                shelfH = 0;
            }
            if (out)
                (*out)[s] = QPointF(x, y);
            x += siteSize[s].width() + kSiteGap;
            right = std::max(right, x);
            shelfH = std::max(shelfH, siteSize[s].height());
        }
        return QSizeF(right, y + shelfH);
    };
    double widest = 0, total = 0;
    for (int s : siteOrder) {
        widest = std::max(widest, siteSize[s].width());
        total += siteSize[s].width() + kSiteGap;
    }
    double best = total, bestFit = 0;
    for (int i = 0; i <= 24; ++i) {
        const double w = widest + (total - widest) * i / 24.0;
        const QSizeF size = pack(w, nullptr);
        const double fit = std::min(16.0 / size.width(), 9.0 / size.height());
        if (fit > bestFit) {
            bestFit = fit;
            best = w;
        }
    }
    pack(best, &origin);
    for (int s : siteOrder)
        m_siteRects[s] = QRectF(origin[s], siteSize[s]);
    for (int r = 0; r < fleet.rows.size(); ++r) {
        const int s = fleet.rows[r].site;
        if (s >= 0 && s < siteCount)
            m_rowRects[r].translate(origin[s]);
    }
    for (int k = 0; k < fleet.racks.size(); ++k) {
        const int row = fleet.racks[k].row;
        const int s = row >= 0 ? fleet.rows[row].site : -1;
        if (s < 0 || s >= siteCount)
            continue;
        m_rackRects[k].translate(origin[s]);
        for (int n : fleet.racks[k].nodes)
            m_nodeRects[n].translate(origin[s]);
    }
    for (int k = int(fleet.racks.size()) - 1; k >= 0; --k)
        m_rackByName.insert(fleet.racks[k].name.toLower(), k); // the first of a name wins
    QRectF all;
    for (const QRectF &r : std::as_const(m_siteRects))
        all |= r;
    m_sceneRect = all.adjusted(-kSiteGap / 2, -kSiteGap / 2, kSiteGap / 2, kSiteGap / 2);
}

int RackMapScene::rackAt(QPointF p) const
{
    for (int k = 0; k < m_rackRects.size(); ++k) {
        if (m_rackRects[k].contains(p))
            return k;
    }
    return -1;
}

int RackMapScene::nodeAt(QPointF p) const
{
    const int k = rackAt(p);
    if (k < 0 || !m_fleet)
        return -1;
    for (int n : m_fleet->racks[k].nodes) {
        if (m_nodeRects[n].contains(p))
            return n;
    }
    return -1;
}

QList<int> RackMapScene::nodesIn(const QRectF &r) const
{
    QList<int> out;
    if (!m_fleet)
        return out;
    // A band dragged straight up or across has no width or height, and QRectF::intersects()
    // says an empty rectangle meets nothing: give it a hair of thickness.
    const QRectF band =
        r.normalized().adjusted(0, 0, r.width() == 0 ? 0.01 : 0, r.height() == 0 ? 0.01 : 0);
    for (int k = 0; k < m_rackRects.size(); ++k) {
        if (!m_rackRects[k].intersects(band))
            continue;
        for (int n : m_fleet->racks[k].nodes) {
            if (m_nodeRects[n].intersects(band))
                out << n;
        }
    }
    return out;
}

int RackMapScene::findNode(const QString &hostname) const
{
    return m_fleet ? m_fleet->nodeByHostname.value(hostname.trimmed().toLower(), -1) : -1;
}

int RackMapScene::findRack(const QString &name) const
{
    return m_rackByName.value(name.trimmed().toLower(), -1);
}

int RackMapScene::nodeAbove(int node) const
{
    if (!m_fleet || node < 0 || node >= m_nodeRects.size())
        return -1;
    const QList<int> &nodes = m_fleet->racks[m_fleet->nodes[node].rack].nodes;
    const int i = m_nodePosInRack[node] + 1;
    return i < nodes.size() ? nodes[i] : -1;
}

int RackMapScene::nodeBelow(int node) const
{
    if (!m_fleet || node < 0 || node >= m_nodeRects.size())
        return -1;
    const QList<int> &nodes = m_fleet->racks[m_fleet->nodes[node].rack].nodes;
    const int i = m_nodePosInRack[node] - 1;
    return i >= 0 ? nodes[i] : -1;
}

int RackMapScene::nodeBeside(int node, int step) const
{
    if (!m_fleet || node < 0 || node >= m_nodeRects.size())
        return -1;
    const int rack = m_fleet->nodes[node].rack;
    const int row = m_fleet->racks[rack].row;
    if (row < 0)
        return -1;
    const QList<int> &racks = m_fleet->rows[row].racks;
    // Skip empty racks: the next rack that holds a node.
    for (int j = m_rackPosInRow[rack] + step; j >= 0 && j < racks.size(); j += step) {
        const QList<int> &nodes = m_fleet->racks[racks[j]].nodes;
        if (nodes.isEmpty())
            continue;
        const double y = m_nodeRects[node].center().y();
        int best = nodes.first();
        for (int n : nodes) {
            if (std::abs(m_nodeRects[n].center().y() - y) <
                std::abs(m_nodeRects[best].center().y() - y))
                best = n;
        }
        return best;
    }
    return -1;
}

} // namespace gpudesk
