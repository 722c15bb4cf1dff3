// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCharts.h"

#include "common/Theme.h"
#include "domain/TimeFormat.h"
#include "telemetry/DashboardFigures.h"
#include "usage/IdleEvidenceChart.h"
#include "usage/UsageDashboard.h"

#include <QPicture>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportCharts {
namespace {

constexpr double kDaySeconds = 24 * 60 * 60;
constexpr double kTextPoints = 7.5;

// Series colours that print apart in grey too (Okabe-Ito), with the accent first.
QColor seriesColor(int i)
{
    static const QColor colors[] = {Theme::accent(),        QColor(0xe6, 0x9f, 0x00),
                                    QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                    QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                    QColor(0x66, 0x66, 0x66), QColor(0xf0, 0xe4, 0x42)};
    return colors[i % 8];
}

void textTicks(QCPAxis *axis, const QStringList &labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i, labels[i]);
    axis->setTicker(ticker);
    axis->setSubTicks(false);
    axis->setTickLength(0, 3);
    axis->setRange(-0.6, labels.size() - 0.4);
}

} // namespace

QPalette paper()
{
    QPalette p;
    for (auto role : {QPalette::Base, QPalette::Window})
        p.setColor(role, Qt::white);
    for (auto role : {QPalette::Text, QPalette::WindowText})
        p.setColor(role, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbf, 0xc7));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    return p;
}

ReportChart render(const QString &fontFamily, QSizeF size,
                   const std::function<void(QCustomPlot *)> &draw)
{
    ReportChart chart;
    chart.size = size;
    // One picture unit is drawn as one point: fonts are sized for the picture's resolution.
    const double dpi = chart.picture.logicalDpiY();
    QFont font(fontFamily);
    font.setPointSizeF(kTextPoints * 72.0 / dpi);
    font.setStyleStrategy(QFont::PreferNoShaping); // numbers stay searchable (ReportPainter)
    QCustomPlot plot;
    plot.setFont(font);
    plot.resize(size.toSize());
    for (QCPAxis *axis : plot.axisRect()->axes()) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(QColor(0xd0, 0xd5, 0xdb), 0, Qt::DotLine));
    }
    plot.legend->setFont(font);
    plot.legend->setBorderPen(QPen(QColor(0xb8, 0xbf, 0xc7)));
    plot.setBackground(Qt::white);
    draw(&plot);
    // Texts placed on the plot start in QCustomPlot's own default font: the report's instead,
    // so that every word is in the one embedded family.
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(plot.item(i)))
            text->setFont(font);
    }
    QCPPainter painter(&chart.picture);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, qRound(size.width()), qRound(size.height()));
    painter.end();
    return chart;
}

ReportChart bars(const QString &fontFamily, const QStringList &labels,
                 const QList<double> &values, const QString &valueLabel, bool horizontal,
                 QSizeF size)
{
    return render(fontFamily, size, [&](QCustomPlot *plot) {
        QCPAxis *key = horizontal ? plot->yAxis : plot->xAxis;
        QCPAxis *value = horizontal ? plot->xAxis : plot->yAxis;
        auto *b = new QCPBars(key, value);
        b->setWidth(0.7);
        b->setPen(Qt::NoPen);
        b->setBrush(Theme::accent());
        QVector<double> keys, vals;
        double max = 0;
        for (int i = 0; i < labels.size(); ++i) {
            // Horizontal: the first label on top.
            keys << (horizontal ? labels.size() - 1 - i : i);
            vals << values.value(i);
            max = qMax(max, values.value(i));
        }
        b->setData(keys, vals);
        QStringList shown = labels;
        if (horizontal)
            std::reverse(shown.begin(), shown.end());
        textTicks(key, shown);
        key->grid()->setVisible(false);
        value->setLabel(valueLabel);
        value->setRange(0, max > 0 ? max * 1.12 : 1);
        // Each bar's figure at its end.
        for (int i = 0; i < labels.size(); ++i) {
            auto *text = new QCPItemText(plot);
            text->position->setAxes(plot->xAxis, plot->yAxis);
            const double v = values.value(i);
            if (horizontal) {
                text->position->setCoords(v, keys[i]);
                text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                text->setPadding(QMargins(3, 0, 0, 0));
            } else {
                text->position->setCoords(keys[i], v);
                text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            }
            text->setText(QLocale(QLocale::English).toString(qRound64(v)));
        }
    });
}

ReportChart groupedBars(const QString &fontFamily, const QStringList &categories,
                        const QList<QPair<QString, QList<double>>> &series,
                        const QString &valueLabel, double maxValue, QSizeF size)
{
    return render(fontFamily, size, [&](QCustomPlot *plot) {
        auto *group = new QCPBarsGroup(plot);
        group->setSpacingType(QCPBarsGroup::stAbsolute);
        group->setSpacing(1);
        const double width = 0.8 / qMax<qsizetype>(1, series.size());
        for (int s = 0; s < series.size(); ++s) {
            auto *b = new QCPBars(plot->xAxis, plot->yAxis);
            b->setName(series[s].first);
            b->setWidth(width);
            b->setPen(Qt::NoPen);
            b->setBrush(seriesColor(s));
            b->setBarsGroup(group);
            QVector<double> keys, vals;
            for (int c = 0; c < categories.size(); ++c) {
                keys << c;
                vals << series[s].second.value(c);
            }
            b->setData(keys, vals);
        }
        textTicks(plot->xAxis, categories);
        plot->xAxis->grid()->setVisible(false);
        plot->yAxis->setLabel(valueLabel);
        plot->yAxis->setRange(0, maxValue);
        plot->legend->setVisible(series.size() > 1);
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    });
}

ReportChart fleetDays(const QString &fontFamily, const DashboardFigures &figures, QSizeF size)
{
    return render(fontFamily, size, [&](QCustomPlot *plot) {
        UsageDashboard::plotDays(plot, figures, paper());
    });
}

ReportChart projectLines(const QString &fontFamily,
                         const QList<QPair<QString, QList<UsageBucket>>> &projects, QDate from,
                         QDate to, int thresholdPercent, QSizeF size)
{
    return render(fontFamily, size, [&](QCustomPlot *plot) {
        for (int p = 0; p < projects.size(); ++p) {
            auto *graph = plot->addGraph();
            graph->setName(projects[p].first);
            QPen pen(seriesColor(p), 1.4);
            if (p >= 8)
                pen.setStyle(Qt::DashLine); // a second round of colours, told apart by dashes
            graph->setPen(pen);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 2.5));
            for (const UsageBucket &b : projects[p].second) {
                if (b.seconds > 0)
                    graph->addData(b.startMs / 1000.0 + kDaySeconds / 2, b.busyRatio() * 100.0);
            }
        }
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeSpec(Qt::TimeZone);
        ticker->setTimeZone(displayTimeZone());
        ticker->setDateTimeFormat(u"MM-dd"_s);
        plot->xAxis->setTicker(ticker);
        plot->xAxis->setRange(startOfDay(from) / 1000.0, startOfDay(to.addDays(1)) / 1000.0);
        plot->yAxis->setRange(0, 100);
        plot->yAxis->setLabel(QCoreApplication::translate("ReportCharts", "Busy %"));
        auto *line = new QCPItemStraightLine(plot);
        line->point1->setCoords(0, thresholdPercent);
        line->point2->setCoords(1, thresholdPercent);
        line->setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 1, Qt::DashLine));
        plot->legend->setVisible(!projects.isEmpty());
        plot->legend->setBrush(QColor(255, 255, 255, 220));
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    });
}

ReportChart idleEvidence(const QString &fontFamily, const IdleProject &project, QSizeF size)
{
    return render(fontFamily, size, [&](QCustomPlot *plot) {
        IdleEvidenceChart::plot(plot, &project, paper());
    });
}

} // namespace gpudesk::ReportCharts
