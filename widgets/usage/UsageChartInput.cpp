// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's mouse and keyboard: crosshair, range selection, zoom and pan keys.
#include "UsageChart.h"

#include "domain/TimeFormat.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <cmath>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace gpudesk {

bool UsageChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        return handleKey(static_cast<QKeyEvent *>(event));
    case QEvent::MouseButtonPress: {
        // Shift+drag, or any drag while Select is on, picks a range; else a drag pans.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool selecting = mouse->button() == Qt::LeftButton &&
                               (m_selectMode->isChecked() ||
                                mouse->modifiers().testFlag(Qt::ShiftModifier));
        m_plot->setSelectionRectMode(selecting ? QCP::srmCustom : QCP::srmNone);
        break;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_plot->axisRect()->rect().contains(mouse->position().toPoint()))
            showCrosshair(m_plot->xAxis->pixelToCoord(mouse->position().x()));
        else
            hideCrosshair();
        break;
    }
    case QEvent::Leave:
        hideCrosshair();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool UsageChart::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(2.0);
        return true;
    case Qt::Key_Left:
        panBy(-0.2);
        return true;
    case Qt::Key_Right:
        panBy(0.2);
        return true;
    case Qt::Key_Home:
        setPreset(m_preset == Preset::Custom ? Preset::Month : m_preset);
        return true;
    case Qt::Key_Escape:
        if (!hasSelection())
            return false;
        clearSelection();
        return true;
    default:
        break;
    }
    return false;
}

void UsageChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // More or fewer pixels may call for another tier.
    if (ensureData(false)) {
        rebuildGraphs();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void UsageChart::showCrosshair(double keySeconds)
{
    const qint64 t = qint64(std::llround(keySeconds * 1000.0));
    QStringList lines;
    qint64 bucketStart = -1;
    UsageTier tier = m_tier;
    for (int i = 0; i < m_lines.size(); ++i) {
        const UsageBucket *b = m_lines[i].bucketAt(t, &tier);
        if (!b) {
            lines << tr("%1: no data").arg(m_subjects[i].label);
            continue;
        }
        bucketStart = b->startMs;
        lines << tr("%1: %2 (lowest %3, highest %4)")
                     .arg(m_subjects[i].label, valueText(plotValue(i, b->mean())),
                          valueText(plotValue(i, b->min)), valueText(plotValue(i, b->max)));
    }
    // The time of the bucket under the cursor, else of the cursor itself.
    const qint64 at = bucketStart >= 0 ? bucketStart : t;
    const QString when = tier == UsageTier::Day ? formatDate(at) : formatDateTime(at);
    lines.prepend(when);
    m_crosshair = lines.join(u'\n');
    m_crossLine->point1->setCoords(keySeconds, 0);
    m_crossLine->point2->setCoords(keySeconds, 1);
    // The label on the side of the line with more room.
    const QCPRange r = m_plot->xAxis->range();
    const bool right = keySeconds < r.center();
    m_crossText->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
    m_crossText->position->setCoords(keySeconds + (right ? 1 : -1) * r.size() * 0.01, 0.02);
    m_crossText->setText(m_crosshair);
    m_crossLine->setVisible(true);
    m_crossText->setVisible(!m_subjects.isEmpty());
    m_plot->layer(u"overlay"_s)->replot();
}

void UsageChart::hideCrosshair()
{
    if (!m_crossLine->visible())
        return;
    m_crossLine->setVisible(false);
    m_crossText->setVisible(false);
    m_plot->layer(u"overlay"_s)->replot();
}

QString UsageChart::crosshairAt(qint64 t)
{
    showCrosshair(t / 1000.0);
    return m_crosshair;
}

QString UsageChart::crosshairText() const
{
    return m_crossLine->visible() ? m_crosshair : QString();
}

void UsageChart::finishSelection(const QRect &rect)
{
    m_plot->setSelectionRectMode(QCP::srmNone);
    if (qAbs(rect.width()) < 3) {
        clearSelection();
        return;
    }
    const double a = m_plot->xAxis->pixelToCoord(rect.left());
    const double b = m_plot->xAxis->pixelToCoord(rect.right());
    setSelection(qint64(std::llround(std::min(a, b) * 1000.0)),
                 qint64(std::llround(std::max(a, b) * 1000.0)));
}

void UsageChart::setSelection(qint64 fromMs, qint64 toMs)
{
    m_selectionFrom = std::min(fromMs, toMs);
    m_selectionTo = std::max(fromMs, toMs);
    updateSelectionItem();
    updateFigures();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageChart::clearSelection()
{
    m_selectionFrom = m_selectionTo = 0;
    updateSelectionItem();
    updateFigures();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageChart::updateSelectionItem()
{
    m_selectionItem->setVisible(hasSelection());
    m_selectionItem->topLeft->setCoords(m_selectionFrom / 1000.0, 0);
    m_selectionItem->bottomRight->setCoords(m_selectionTo / 1000.0, 1);
}

} // namespace gpudesk
