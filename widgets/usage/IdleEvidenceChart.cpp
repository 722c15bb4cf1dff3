// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleEvidenceChart.h"

#include "PlotPalette.h"
#include "common/Theme.h"

#include <QHash>
#include <QVBoxLayout>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QCPBars *bars(QCustomPlot *plot, const QString &name, const QColor &color, Qt::BrushStyle style)
{
    auto *b = new QCPBars(plot->xAxis, plot->yAxis);
    b->setName(name);
    b->setWidth(0.8);
    QColor line = color;
    line.setAlpha(220);
    b->setPen(QPen(line));
    b->setBrush(QBrush(color, style));
    return b;
}

} // namespace

IdleEvidenceChart::IdleEvidenceChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"idleEvidenceChart"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(u"idleEvidencePlot"_s);
    m_plot->setMinimumHeight(160);
    layout->addWidget(m_plot);
    setProject(nullptr);
}

void IdleEvidenceChart::setProject(const IdleProject *project)
{
    m_facts = plot(m_plot, project, palette());
    m_plot->replot();
    setAccessibleDescription(m_facts.description);
}

IdleEvidenceChart::Facts IdleEvidenceChart::plot(QCustomPlot *chart, const IdleProject *project,
                                                 const QPalette &pal)
{
    chart->clearPlottables();
    chart->clearItems();
    Facts facts;
    applyPlotPalette(chart, pal);
    chart->yAxis->setLabel(tr("Busy %"));
    chart->yAxis->setRange(0, 115);
    chart->legend->setVisible(false);

    if (!project || !project->from.isValid() || !project->asOf.isValid() ||
        project->from > project->asOf) {
        chart->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
        chart->xAxis->setRange(0, 1);
        auto *text = new QCPItemText(chart);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setColor(pal.color(QPalette::PlaceholderText));
        text->setText(project ? tr("No usage could be read for %1.").arg(project->code)
                              : tr("Select a project to see its daily usage."));
        facts.description = text->text();
        return facts;
    }

    const IdleFinding &f = project->finding;
    QHash<QDate, const IdleDayEvidence *> byDay;
    for (const IdleDayEvidence &e : f.evidence)
        byDay.insert(e.day, &e);

    const QColor idleColor = Theme::statusColor(u"rejected"_s);
    const QColor busyColor = Theme::accent();
    QColor noDataColor = pal.color(QPalette::PlaceholderText);
    QCPBars *busy = bars(chart, tr("Busy day"), busyColor, Qt::SolidPattern);
    QCPBars *idle = bars(chart, tr("Idle day"), idleColor, Qt::SolidPattern);
    QCPBars *none = bars(chart, tr("No data"), noDataColor, Qt::BDiagPattern);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int count = int(project->from.daysTo(project->asOf)) + 1;
    const int step = qMax(1, count / 8);
    for (int i = 0; i < count; ++i) {
        const QDate day = project->from.addDays(i);
        // Label from the right edge, so asOf itself always carries its date.
        if ((count - 1 - i) % step == 0)
            ticker->addTick(i, day.toString(u"MM-dd"_s));
        const IdleDayEvidence *e = byDay.value(day, nullptr);
        if (!e || !e->hasData) {
            none->addData(i, 100);
            ++facts.noDataDays;
        } else if (e->idle) {
            idle->addData(i, e->ratio * 100);
            ++facts.idleDays;
        } else {
            busy->addData(i, e->ratio * 100);
            ++facts.busyDays;
        }
    }
    chart->xAxis->setTicker(ticker);
    chart->xAxis->setRange(-0.7, count - 0.3);

    // The current idle run, shaded behind the bars.
    if (f.currentRun > 0) {
        auto *run = new QCPItemRect(chart);
        run->setLayer(u"background"_s);
        run->topLeft->setCoords(count - f.currentRun - 0.5, 115);
        run->bottomRight->setCoords(count - 0.5, 0);
        QColor shade = idleColor;
        shade.setAlpha(f.flagged ? 60 : 25);
        run->setBrush(shade);
        run->setPen(Qt::NoPen);
        facts.runShaded = true;
        auto *label = new QCPItemText(chart);
        label->position->setCoords(count - f.currentRun / 2.0 - 0.5, 109);
        label->setColor(pal.color(QPalette::Text));
        label->setText(f.flagged ? tr("Flagged: idle for %n day(s)", nullptr, f.currentRun)
                                 : tr("Idle for %n day(s)", nullptr, f.currentRun));
    }

    const double threshold = qBound(0, project->settings.thresholdPercent, 100);
    auto *line = new QCPItemStraightLine(chart);
    line->point1->setCoords(0, threshold);
    line->point2->setCoords(1, threshold);
    line->setPen(QPen(pal.color(QPalette::Text), 1.5, Qt::DashLine));
    auto *lineLabel = new QCPItemText(chart);
    lineLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    lineLabel->position->setCoords(-0.5, threshold);
    lineLabel->setColor(pal.color(QPalette::Text));
    lineLabel->setText(tr("Threshold %1%").arg(threshold));
    facts.thresholdPercent = threshold;

    chart->legend->setVisible(true);
    chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    facts.description = tr("%1: %2 idle, %3 busy and %4 days without data; threshold %5%.")
                              .arg(project->code)
                              .arg(facts.idleDays)
                              .arg(facts.busyDays)
                              .arg(facts.noDataDays)
                              .arg(threshold);
    return facts;
}

} // namespace gpudesk
