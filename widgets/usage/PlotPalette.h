// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCustomPlot;
class QPalette;

namespace gpudesk {

// Colours a QCustomPlot from the window's palette (light or dark): the plot's background is
// the palette's Base, axes, ticks, labels and the legend its Text, the grid a dotted Mid.
void applyPlotPalette(QCustomPlot *plot, const QPalette &palette);

} // namespace gpudesk
