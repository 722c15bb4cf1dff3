// SPDX-License-Identifier: GPL-3.0-or-later
#include "RackMapLegend.h"

#include "RackMapFacts.h"
#include "common/Theme.h"
#include "domain/Fleet.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

constexpr int swatchSize = 12;
constexpr int gap = 6;
constexpr int entryGap = 16;
constexpr int margin = 4;

} // namespace

RackMapLegend::RackMapLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RackMapLegend::showMode(RackMapView::ColourMode mode, const FleetSnapshot &fleet)
{
    using Mode = RackMapView::ColourMode;
    const bool dark = Theme::isDark();
    QList<Entry> entries;
    const auto state = [&](NodeState s) {
        entries.append({RackMapPalette::stateFill(s, dark), RackMapFacts::stateLabel(s)});
    };
    switch (mode) {
    case Mode::Allocation:
        // Projects each have their own colour and pattern: three samples stand for all of them.
        entries.append({RackMapPalette::projectFill(u"a"_s, dark), QString()});
        entries.append({RackMapPalette::projectFill(u"b"_s, dark), QString()});
        entries.append(
            {RackMapPalette::projectFill(u"c"_s, dark), tr("a project (each its own fill)")});
        state(NodeState::Free);
        state(NodeState::Maintenance);
        state(NodeState::Failed);
        state(NodeState::Reserved);
        break;
    case Mode::Pool: {
        const bool korean = QLocale().language() == QLocale::Korean;
        for (int p = 0; p < fleet.pools.size(); ++p) {
            const FleetPool &pool = fleet.pools[p];
            entries.append({RackMapPalette::poolFill(p, dark),
                            korean || pool.nameEn.isEmpty() ? pool.name : pool.nameEn});
        }
        entries.append({RackMapPalette::poolFill(-1, dark), tr("in no pool")});
        break;
    }
    case Mode::State:
        for (NodeState s : {NodeState::Free, NodeState::Allocated, NodeState::Maintenance,
                            NodeState::Failed, NodeState::Reserved})
            state(s);
        break;
    case Mode::Utilisation:
        for (int percent : {0, 25, 50, 75, 100})
            entries.append({RackMapPalette::utilisationFill(percent / 100.0, dark),
                            tr("%1% busy").arg(percent)});
        entries.append({RackMapPalette::utilisationFill(std::nan(""), dark), tr("no telemetry")});
        break;
    }
    m_entries = entries;
    updateGeometry();
    update();
}

int RackMapLegend::layoutEntries(int width, QList<QRect> *swatches, QList<QPoint> *labels) const
{
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = qMax(fm.height(), swatchSize) + 2;
    int x = margin;
    int y = margin;
    for (const Entry &e : m_entries) {
        const int w = swatchSize + (e.label.isEmpty() ? 2 : gap + fm.horizontalAdvance(e.label));
        if (x > margin && x + w > width - margin) {
            x = margin;
            y += lineHeight;
        }
        const int top = y + (lineHeight - swatchSize) / 2;
        if (swatches)
            swatches->append(QRect(x, top, swatchSize, swatchSize));
        if (labels)
            labels->append(QPoint(x + swatchSize + gap, y + (lineHeight + fm.ascent()) / 2 - 2));
        x += w + (e.label.isEmpty() ? 0 : entryGap);
    }
    return y + lineHeight + margin;
}

QSize RackMapLegend::sizeHint() const
{
    const int w = qMax(width(), 400);
    return {w, layoutEntries(w, nullptr, nullptr)};
}

QSize RackMapLegend::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void RackMapLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The number of rows depends on the width.
    if (layoutEntries(width(), nullptr, nullptr) != height())
        updateGeometry();
}

void RackMapLegend::paintEvent(QPaintEvent *)
{
    QList<QRect> swatches;
    QList<QPoint> labels;
    layoutEntries(width(), &swatches, &labels);
    QPainter p(this);
    const bool dark = Theme::isDark();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const QRect r = swatches[i];
        p.fillRect(r, e.fill.colour);
        if (e.fill.pattern != Qt::NoBrush)
            p.fillRect(r, QBrush(RackMapPalette::patternInk(e.fill.colour), e.fill.pattern));
        p.setPen(RackMapPalette::frame(dark));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        if (!e.label.isEmpty())
            p.drawText(labels[i], e.label);
    }
}

} // namespace gpudesk
