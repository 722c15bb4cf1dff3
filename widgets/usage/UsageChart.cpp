// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageChart.h"

#include "PlotPalette.h"
#include "UsageTimeTicker.h"
#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "store/Store.h"
#include "telemetry/UsageSource.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

constexpr qint64 hourMs = 3600 * 1000LL;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 minSpanMs = hourMs;
constexpr qint64 maxSpanMs = 6 * 366 * dayMs;

// One colour per compared subject: the accent, then colours told apart also by people with
// red-green colour blindness (Okabe and Ito).
const QColor comparePalette[] = {QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                 QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00),
                                 QColor(0x56, 0xb4, 0xe9), QColor(0x80, 0x80, 0x80),
                                 QColor(0xf0, 0xe4, 0x42)};

qint64 presetSpan(UsageChart::Preset preset)
{
    switch (preset) {
    case UsageChart::Preset::Day:
        return dayMs;
    case UsageChart::Preset::Week:
        return 7 * dayMs;
    case UsageChart::Preset::Month:
        return 30 * dayMs;
    case UsageChart::Preset::Quarter:
        return 90 * dayMs;
    case UsageChart::Preset::Year:
    case UsageChart::Preset::Custom:
        break;
    }
    return 365 * dayMs;
}

} // namespace

UsageChart::UsageChart(QWidget *parent) : QWidget(parent), m_prompts(defaultPrompts())
{
    setObjectName(u"usageChart"_s);
    m_latestMs = Store::nowMs();
    buildUi();
    setPreset(Preset::Month);
}

UsageChart::~UsageChart() = default;

UsageChart::Prompts UsageChart::defaultPrompts()
{
    Prompts p;
    p.saveFileName = [](QWidget *parent, const QString &suggested, const QString &filter) {
        return askSaveFileName(parent, tr("Export chart"), suggested, filter);
    };
    p.warn = [](QWidget *parent, const QString &title, const QString &text) {
        QMessageBox::warning(parent, title, text);
    };
    return p;
}

void UsageChart::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(u"usageChartToolbar"_s);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *measureLabel = new QLabel(tr("&Show:"), m_toolbar);
    m_measurePicker = new QComboBox(m_toolbar);
    m_measurePicker->setObjectName(u"usageMeasure"_s);
    m_measurePicker->addItem(tr("Busy %"), int(UsageMeasure::Busy));
    m_measurePicker->addItem(tr("Memory used"), int(UsageMeasure::Memory));
    m_measurePicker->addItem(tr("Power"), int(UsageMeasure::Power));
    measureLabel->setBuddy(m_measurePicker);
    auto *presetLabel = new QLabel(tr("&Range:"), m_toolbar);
    m_presetPicker = new QComboBox(m_toolbar);
    m_presetPicker->setObjectName(u"usageRange"_s);
    m_presetPicker->addItem(tr("Last day"), int(Preset::Day));
    m_presetPicker->addItem(tr("Last 7 days"), int(Preset::Week));
    m_presetPicker->addItem(tr("Last 30 days"), int(Preset::Month));
    m_presetPicker->addItem(tr("Last 90 days"), int(Preset::Quarter));
    m_presetPicker->addItem(tr("Last year"), int(Preset::Year));
    //: Range picker entry once the user zoomed or panned by hand
    m_presetPicker->addItem(tr("Custom"), int(Preset::Custom));
    presetLabel->setBuddy(m_presetPicker);
    m_toolbar->addWidget(measureLabel);
    m_toolbar->addWidget(m_measurePicker);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(presetLabel);
    m_toolbar->addWidget(m_presetPicker);
    m_zoomIn = m_toolbar->addAction(tr("Zoom in"), this, [this] { zoomBy(0.5); });
    m_zoomIn->setToolTip(tr("Zoom in (+, or the mouse wheel)"));
    m_zoomOut = m_toolbar->addAction(tr("Zoom out"), this, [this] { zoomBy(2.0); });
    m_zoomOut->setToolTip(tr("Zoom out (-, or the mouse wheel)"));
    m_selectMode = m_toolbar->addAction(tr("Select range"));
    m_selectMode->setObjectName(u"usageSelectRange"_s);
    m_selectMode->setCheckable(true);
    m_selectMode->setToolTip(
        tr("Drag over the chart to select a range and see its figures (or Shift+drag)"));
    auto *exportButton = new QToolButton(m_toolbar);
    exportButton->setObjectName(u"usageExport"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Image (PNG)…"), this, [this] { exportAs(u"png"_s); });
    exportMenu->addAction(tr("Document (PDF)…"), this, [this] { exportAs(u"pdf"_s); });
    exportMenu->addAction(tr("Plotted buckets (CSV)…"), this, [this] { exportAs(u"csv"_s); });
    exportButton->setMenu(exportMenu);
    m_toolbar->addWidget(exportButton);
    auto *spacer = new QWidget(m_toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_tierLabel = new QLabel(m_toolbar);
    m_tierLabel->setObjectName(u"usageTier"_s);
    m_toolbar->addWidget(m_tierLabel);
    layout->addWidget(m_toolbar);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(u"usagePlot"_s);
    m_plot->setMinimumHeight(200);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    m_plot->setAccessibleName(tr("Usage chart"));
    m_plot->installEventFilter(this);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // A year of hours is thousands of vertices: wide lines drawn as segments and the band's
    // fill without antialiasing keep a replot within a frame.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setNotAntialiasedElements(QCP::aeFills);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, nullptr);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->xAxis->setTicker(QSharedPointer<UsageTimeTicker>::create());
    m_plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize()));
    title->setObjectName(u"title"_s);
    m_plot->plotLayout()->addElement(0, 0, title);
    // Allocation windows and the selection lie under the grid and the data.
    m_plot->addLayer(u"shading"_s, m_plot->layer(u"grid"_s), QCustomPlot::limBelow);
    m_plot->addLayer(u"selection"_s, m_plot->layer(u"grid"_s), QCustomPlot::limBelow);
    m_plot->layer(u"overlay"_s)->setMode(QCPLayer::lmBuffered);

    m_selectionItem = new QCPItemRect(m_plot);
    m_selectionItem->setLayer(u"selection"_s);
    m_selectionItem->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionItem->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionItem->setVisible(false);
    m_crossLine = new QCPItemStraightLine(m_plot);
    m_crossLine->setLayer(u"overlay"_s);
    m_crossLine->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_crossLine->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_crossLine->setVisible(false);
    m_crossText = new QCPItemText(m_plot);
    m_crossText->setLayer(u"overlay"_s);
    m_crossText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_crossText->setPadding(QMargins(6, 4, 6, 4));
    m_crossText->setTextAlignment(Qt::AlignLeft);
    m_crossText->setVisible(false);
    // The legend in a row of its own under the axis, where it never covers the lines.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(2, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(6);
    m_plot->legend->setMargins(QMargins(6, 2, 6, 2));
    m_plot->legend->setBorderPen(Qt::NoPen);
    layout->addWidget(m_plot, 1);

    m_figures = new QLabel(this);
    m_figures->setObjectName(u"usageFigures"_s);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setContentsMargins(6, 0, 6, 4);
    layout->addWidget(m_figures);
    styleAxes();

    // A range the user zoomed or panned to is a custom one.
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (m_adjusting)
            return;
        m_preset = Preset::Custom;
        {
            const QSignalBlocker block(m_presetPicker);
            m_presetPicker->setCurrentIndex(m_presetPicker->findData(int(m_preset)));
        }
        onRangeChanged();
    });
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect) { finishSelection(rect); });
    connect(m_measurePicker, &QComboBox::currentIndexChanged, this, [this] {
        setMeasure(UsageMeasure(m_measurePicker->currentData().toInt()));
    });
    connect(m_presetPicker, &QComboBox::currentIndexChanged, this, [this] {
        const auto preset = Preset(m_presetPicker->currentData().toInt());
        if (preset != Preset::Custom)
            setPreset(preset);
    });
}

void UsageChart::styleAxes()
{
    const QPalette pal = palette();
    applyPlotPalette(m_plot, pal);
    if (auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0)))
        title->setTextColor(pal.color(QPalette::Text));
    QColor selection = Theme::accent();
    selection.setAlpha(45);
    m_selectionItem->setBrush(selection);
    m_selectionItem->setPen(QPen(Theme::accent(), 1, Qt::DashLine));
    m_crossLine->setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
    m_crossText->setBrush(pal.color(QPalette::ToolTipBase));
    m_crossText->setColor(pal.color(QPalette::ToolTipText));
    m_crossText->setPen(QPen(pal.color(QPalette::Mid)));
}

void UsageChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_plot) {
        styleAxes();
        rebuildGraphs();
    }
    QWidget::changeEvent(event);
}

void UsageChart::setSource(UsageSource *source)
{
    m_source = source;
    reload();
}

void UsageChart::reload()
{
    const bool follow = m_preset != Preset::Custom;
    m_latestMs = 0;
    if (m_source)
        m_latestMs = m_source->latestSampleMs();
    if (m_latestMs > 0)
        m_latestMs += usageTierLengthMs(UsageTier::FiveMinutes);
    else
        m_latestMs = Store::nowMs();
    m_fetched = false;
    for (UsageLine &line : m_lines)
        line.pieces.clear();
    if (follow)
        setPreset(m_preset);
    else
        setVisibleRange(visibleFrom(), visibleTo());
}

void UsageChart::setSubjects(const QList<UsageSubject> &subjects)
{
    m_subjects = subjects.mid(0, maxSubjects);
    m_lines = QList<UsageLine>(m_subjects.size());
    m_fetched = false;
    clearSelection();
    updateShading();
    if (ensureData(true))
        rebuildGraphs();
    m_plot->replot();
    Q_EMIT viewChanged();
}

void UsageChart::setMeasure(UsageMeasure measure)
{
    if (m_measurePicker->currentData().toInt() != int(measure)) {
        const QSignalBlocker block(m_measurePicker);
        m_measurePicker->setCurrentIndex(m_measurePicker->findData(int(measure)));
    }
    if (measure == m_measure && m_fetched)
        return;
    m_measure = measure;
    m_lines = QList<UsageLine>(m_subjects.size());
    m_fetched = false;
    if (ensureData(true))
        rebuildGraphs();
    m_plot->replot();
    Q_EMIT viewChanged();
}

qint64 UsageChart::visibleFrom() const
{
    return qint64(std::llround(m_plot->xAxis->range().lower * 1000.0));
}

qint64 UsageChart::visibleTo() const
{
    return qint64(std::llround(m_plot->xAxis->range().upper * 1000.0));
}

void UsageChart::setPreset(Preset preset)
{
    if (preset == Preset::Custom) {
        m_preset = preset;
    } else {
        const qint64 to = m_latestMs;
        const qint64 from = to - presetSpan(preset);
        {
            const QSignalBlocker block(m_plot->xAxis);
            m_plot->xAxis->setRange(from / 1000.0, to / 1000.0);
        }
        m_preset = preset;
        onRangeChanged();
        m_plot->replot();
    }
    const QSignalBlocker block(m_presetPicker);
    m_presetPicker->setCurrentIndex(m_presetPicker->findData(int(m_preset)));
}

void UsageChart::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    {
        const QSignalBlocker block(m_plot->xAxis);
        m_plot->xAxis->setRange(fromMs / 1000.0, toMs / 1000.0);
    }
    m_preset = Preset::Custom;
    {
        const QSignalBlocker block(m_presetPicker);
        m_presetPicker->setCurrentIndex(m_presetPicker->findData(int(m_preset)));
    }
    onRangeChanged();
    m_plot->replot();
}

void UsageChart::zoomBy(double factor)
{
    const QCPRange r = m_plot->xAxis->range();
    m_plot->xAxis->scaleRange(factor, r.center());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageChart::panBy(double fraction)
{
    m_plot->xAxis->moveRange(m_plot->xAxis->range().size() * fraction);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void UsageChart::onRangeChanged()
{
    if (m_adjusting)
        return;
    // A span between an hour and six years: closer has nothing finer to show, farther nothing
    // the store keeps.
    const QCPRange r = m_plot->xAxis->range();
    const double span = r.size() * 1000.0;
    if (span < minSpanMs || span > maxSpanMs) {
        const double half = qBound<double>(minSpanMs, span, maxSpanMs) / 2000.0;
        m_adjusting = true;
        m_plot->xAxis->setRange(r.center() - half, r.center() + half);
        m_adjusting = false;
    }
    if (ensureData(false))
        rebuildGraphs();
    updateTitle();
    updateFigures();
    Q_EMIT viewChanged();
}

int UsageChart::plotPixels() const
{
    // The axis rect's width is known only after a layout; the widget's, less the y axis and
    // margins, is close enough for "about a point per pixel".
    return qMax(200, m_plot->width() - 80);
}

bool UsageChart::ensureData(bool force)
{
    const qint64 from = visibleFrom();
    const qint64 to = visibleTo();
    const UsageTier tier = usageTierForRange(from, to, plotPixels());
    if (!force && m_fetched && tier == m_tier && from >= m_fetchedFrom && to <= m_fetchedTo)
        return false;
    // Half a span on either side, so a pan reads nothing until it leaves that margin.
    const qint64 margin = (to - from) / 2;
    m_tier = tier;
    m_fetchedFrom = from - margin;
    m_fetchedTo = to + margin;
    m_fetched = true;
    for (int i = 0; i < m_subjects.size(); ++i)
        readSubject(i, m_fetchedFrom, m_fetchedTo);
    return true;
}

void UsageChart::readSubject(int i, qint64 from, qint64 to)
{
    UsageLine &line = m_lines[i];
    line = UsageLine();
    if (!m_source)
        return;
    QList<UsageMetric> metrics;
    switch (m_measure) {
    case UsageMeasure::Busy:
        // Engine activity is the truer "busy" where the exporter has it; the idle check reads
        // it the same way.
        metrics = {UsageMetric::EngineActive, UsageMetric::GpuUtil};
        break;
    case UsageMeasure::Memory:
        metrics = {UsageMetric::FbUsedMib};
        break;
    case UsageMeasure::Power:
        metrics = {UsageMetric::PowerW};
        break;
    }
    if (!readUsageLine(*m_source, m_subjects[i].scope, m_subjects[i].id, metrics, m_tier, from, to,
                       &line, &m_queries)) {
        Q_EMIT statusMessage(
            tr("The usage of %1 could not be read: %2").arg(m_subjects[i].label, line.error));
        line.pieces.clear();
    }
}

UsageMetric UsageChart::metricOf(int subject) const
{
    return subject >= 0 && subject < m_lines.size() ? m_lines[subject].metric
                                                    : UsageMetric::GpuUtil;
}

double UsageChart::plotValue(int subject, double raw) const
{
    switch (metricOf(subject)) {
    case UsageMetric::EngineActive:
        return raw * 100.0;
    case UsageMetric::FbUsedMib:
        return raw / 1024.0; // GiB
    case UsageMetric::GpuUtil:
    case UsageMetric::PowerW:
        break;
    }
    return raw;
}

QList<UsageBucket> UsageChart::plottedBuckets(int subject) const
{
    if (subject < 0 || subject >= m_lines.size())
        return {};
    QList<UsageBucket> out;
    const QList<UsageLine::Entry> entries =
        m_lines[subject].entriesIn(visibleFrom(), visibleTo());
    out.reserve(entries.size());
    for (const UsageLine::Entry &e : entries)
        out << e.bucket;
    return out;
}

UsageRangeFigures UsageChart::figures(int subject) const
{
    if (subject < 0 || subject >= m_lines.size())
        return {};
    return hasSelection() ? m_lines[subject].figures(m_selectionFrom, m_selectionTo)
                          : m_lines[subject].figures(visibleFrom(), visibleTo());
}

QColor UsageChart::colourOf(int subject) const
{
    if (subject == 0)
        return Theme::accent();
    return comparePalette[(subject - 1) % int(std::size(comparePalette))];
}

void UsageChart::rebuildGraphs()
{
    hideCrosshair(); // what it said is gone; the next mouse move brings it back
    const bool single = m_subjects.size() == 1;
    bool shaded = false;
    for (const UsageSubject &s : std::as_const(m_subjects))
        shaded |= !s.windows.isEmpty();
    // The graphs of the last view are reused when this one has the same kinds (another
    // project, range or measure): new graphs bring new legend items and a layout pass.
    const int wanted = (single ? 3 : int(m_lines.size())) + (shaded ? 1 : 0);
    const bool reuse = m_plot->graphCount() == wanted && m_graphsSingle == single &&
                       m_graphsShaded == shaded;
    if (!reuse)
        m_plot->clearGraphs();
    m_graphsSingle = single;
    m_graphsShaded = shaded;
    int nextGraph = 0;
    const auto graph = [&] {
        return reuse ? m_plot->graph(nextGraph++) : m_plot->addGraph();
    };
    int visibleBuckets = 0;
    double top = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        qsizetype count = 0;
        for (const UsagePiece &p : m_lines[i].pieces)
            count += p.buckets.size();
        QVector<double> keys, means, mins, maxes;
        keys.reserve(count + 16);
        means.reserve(keys.capacity());
        mins.reserve(keys.capacity());
        maxes.reserve(keys.capacity());
        // The series' own step: readings every two hours fill one 5-minute bucket in 24, and
        // those are a line, not a row of gaps.
        qint64 cadence = 0;
        qint64 previousStart = -1;
        for (const UsagePiece &p : m_lines[i].pieces) {
            for (const UsageBucket &b : p.buckets) {
                if (b.n <= 0)
                    continue;
                if (previousStart >= 0 && b.startMs > previousStart)
                    cadence = cadence > 0 ? std::min(cadence, b.startMs - previousStart)
                                          : b.startMs - previousStart;
                previousStart = b.startMs;
            }
        }
        qint64 previousEnd = 0;
        previousStart = -1;
        for (const UsagePiece &p : m_lines[i].pieces) {
            const qint64 length = usageTierLengthMs(p.tier);
            const qint64 step = std::max(length, cadence);
            for (const UsageBucket &b : p.buckets) {
                if (b.n <= 0)
                    continue;
                // A missing step breaks the line: no data is a gap, never a zero.
                const qint64 expected = std::max(previousEnd, previousStart + cadence);
                if (previousStart >= 0 && b.startMs - expected >= step / 2) {
                    keys << previousEnd / 1000.0;
                    means << qQNaN();
                    mins << qQNaN();
                    maxes << qQNaN();
                }
                previousEnd = b.startMs + length;
                previousStart = b.startMs;
                keys << (b.startMs + length / 2) / 1000.0;
                means << plotValue(i, b.mean());
                mins << plotValue(i, b.min);
                maxes << plotValue(i, b.max);
                top = std::max(top, plotValue(i, b.max));
            }
        }
        visibleBuckets = std::max<int>(visibleBuckets, int(plottedBuckets(i).size()));
        const QColor colour = colourOf(i);
        if (single) {
            QColor band = colour;
            band.setAlpha(55);
            QColor edge = colour;
            edge.setAlpha(110);
            QCPGraph *low = graph();
            low->setPen(QPen(edge, 0));
            low->setData(keys, mins, true);
            low->removeFromLegend();
            QCPGraph *high = graph();
            high->setPen(QPen(edge, 0));
            high->setBrush(band);
            high->setChannelFillGraph(low);
            high->setData(keys, maxes, true);
            high->setName(tr("Lowest – highest"));
        }
        QCPGraph *mean = graph();
        mean->setPen(QPen(colour, 2));
        mean->setData(keys, means, true);
        mean->setName(single ? tr("%1 (mean)").arg(m_subjects[i].label) : m_subjects[i].label);
        mean->setProperty("subject", i);
    }
    // Dots where points are few, so a lone bucket between gaps still shows.
    const bool sparse = visibleBuckets > 0 && visibleBuckets < plotPixels() / 6;
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        if (m_plot->graph(g)->property("subject").isValid())
            m_plot->graph(g)->setScatterStyle(
                sparse ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5) : QCPScatterStyle());
    }
    if (shaded) {
        // A legend entry for the shading, which is an item and has none of its own.
        QCPGraph *key = graph();
        QColor shade = colourOf(0);
        shade.setAlpha(40);
        key->setPen(QPen(shade, 8));
        key->setName(tr("Allocation window"));
    }

    switch (m_measure) {
    case UsageMeasure::Busy:
        m_plot->yAxis->setLabel(tr("Busy (%)"));
        m_plot->yAxis->setRange(0, 105);
        break;
    case UsageMeasure::Memory:
        m_plot->yAxis->setLabel(tr("Memory used per GPU (GiB)"));
        m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
        break;
    case UsageMeasure::Power:
        m_plot->yAxis->setLabel(tr("Power per GPU (W)"));
        m_plot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
        break;
    }
    m_plot->legend->setVisible(!m_subjects.isEmpty());
    updateTitle();
    updateFigures();
}

void UsageChart::updateShading()
{
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        if (m_plot->item(i)->property("window").toBool())
            m_plot->removeItem(i);
    }
    for (int s = 0; s < m_subjects.size(); ++s) {
        QColor shade = colourOf(s);
        shade.setAlpha(m_subjects.size() == 1 ? 30 : 22);
        for (const UsageWindow &w : m_subjects[s].windows) {
            auto *rect = new QCPItemRect(m_plot);
            rect->setProperty("window", true);
            rect->setLayer(u"shading"_s);
            rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            rect->topLeft->setCoords(w.startMs / 1000.0, 0);
            rect->bottomRight->setCoords(w.endMs / 1000.0, 1);
            rect->setPen(Qt::NoPen);
            rect->setBrush(shade);
            rect->setSelectable(false);
        }
    }
}

QString UsageChart::unitOf(UsageMeasure measure)
{
    switch (measure) {
    case UsageMeasure::Busy:
        return u"%"_s;
    case UsageMeasure::Memory:
        return u"GiB"_s;
    case UsageMeasure::Power:
        return u"W"_s;
    }
    return {};
}

QString UsageChart::valueText(double value) const
{
    if (std::isnan(value))
        return tr("—");
    const int decimals = m_measure == UsageMeasure::Power ? 0 : 1;
    // 45.2%, but 40.1 GiB and 620 W.
    const QString unit = unitOf(m_measure);
    return QLocale().toString(value, 'f', decimals) +
           (m_measure == UsageMeasure::Busy ? unit : u' ' + unit);
}

QString UsageChart::tierName(UsageTier tier) const
{
    switch (tier) {
    case UsageTier::FiveMinutes:
        return tr("5-minute buckets");
    case UsageTier::Hour:
        return tr("hourly buckets");
    case UsageTier::Day:
        return tr("daily buckets");
    }
    return {};
}

QString UsageChart::rangeText(qint64 from, qint64 to) const
{
    return tr("%1 – %2").arg(formatDateTime(from), formatDateTime(to));
}

void UsageChart::updateTitle()
{
    QStringList labels;
    for (const UsageSubject &s : std::as_const(m_subjects))
        labels << s.label;
    QString measure;
    switch (m_measure) {
    case UsageMeasure::Busy:
        measure = tr("busy %");
        break;
    case UsageMeasure::Memory:
        measure = tr("memory used");
        break;
    case UsageMeasure::Power:
        measure = tr("power");
        break;
    }
    const QString range = rangeText(visibleFrom(), visibleTo());
    auto *title = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0));
    if (title) {
        title->setText(labels.isEmpty()
                           ? tr("Choose what to chart on the left.")
                           : tr("%1 — %2 — %3 (%4)")
                                 .arg(labels.join(u", "_s), measure, range, tierName(m_tier)));
    }
    // Where finer buckets are no longer kept, older stretches are drawn from coarser ones.
    qint64 coarserBefore = 0;
    for (const UsageLine &line : std::as_const(m_lines))
        coarserBefore = std::max(coarserBefore, line.coarserBefore());
    m_tierLabel->setText(coarserBefore > visibleFrom()
                             ? tr("%1; before %2 coarser (finer ones are no longer kept)")
                                   .arg(tierName(m_tier), formatDate(coarserBefore))
                             : tierName(m_tier));
    m_plot->setAccessibleDescription(title ? title->text() : QString());
}

void UsageChart::updateFigures()
{
    if (m_subjects.isEmpty()) {
        m_figures->setText(QString());
        return;
    }
    if (!m_source) {
        m_figures->setText(tr("No usage data is connected to this chart."));
        return;
    }
    m_figures->setText(figuresText());
}

QString UsageChart::figuresText() const
{
    QStringList lines;
    lines << (hasSelection()
                  ? tr("Selected %1:").arg(rangeText(m_selectionFrom, m_selectionTo))
                  : tr("Shown %1:").arg(rangeText(visibleFrom(), visibleTo())));
    for (int i = 0; i < m_subjects.size(); ++i) {
        const UsageRangeFigures f = figures(i);
        const QString &label = m_subjects[i].label;
        if (!m_lines[i].error.isEmpty()) {
            lines << tr("%1: could not be read (%2)").arg(label, m_lines[i].error);
        } else if (f.isEmpty()) {
            lines << tr("%1: no telemetry in this range").arg(label);
        } else {
            lines << tr("%1: mean %2, lowest %3, highest %4; %5 busy GPU-hours")
                         .arg(label, valueText(plotValue(i, f.mean())),
                              valueText(plotValue(i, f.min)), valueText(plotValue(i, f.max)),
                              QLocale().toString(f.busyGpuHours(), 'f', 1));
        }
    }
    return lines.join(u'\n');
}

} // namespace gpudesk
