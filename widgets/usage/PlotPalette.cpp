// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlotPalette.h"

#include <QPalette>
#include <qcustomplot.h>

namespace gpudesk {

void applyPlotPalette(QCustomPlot *plot, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(palette.color(QPalette::Mid), 0, Qt::DotLine));
    }
    plot->setBackground(palette.color(QPalette::Base));
    plot->legend->setBrush(palette.color(QPalette::Base));
    plot->legend->setTextColor(text);
    if (plot->legend->borderPen().style() != Qt::NoPen)
        plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
}

} // namespace gpudesk
