// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Usage.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QStringList>
#include <functional>

class QCustomPlot;

namespace gpudesk {

struct DashboardFigures;
struct IdleProject;

// The charts of the reports: QCustomPlot drawn into a QPicture (vector commands that the PDF
// keeps as lines, shapes and text), on white paper in the report's one font. QCustomPlot is a
// widget, so these run on the GUI thread; the pictures they return may be painted anywhere.
namespace ReportCharts {

// White paper, black ink, grey rules: what every report chart is drawn with.
QPalette paper();

// A plot of `size` points in `fontFamily`, prepared by `draw`, as a picture.
ReportChart render(const QString &fontFamily, QSizeF size,
                   const std::function<void(QCustomPlot *)> &draw);

// One bar per label; horizontal bars suit long labels (fields of research).
ReportChart bars(const QString &fontFamily, const QStringList &labels,
                 const QList<double> &values, const QString &valueLabel, bool horizontal,
                 QSizeF size);

// Bars per category (months) and series (accelerator types), side by side, with a legend.
ReportChart groupedBars(const QString &fontFamily, const QStringList &categories,
                        const QList<QPair<QString, QList<double>>> &series,
                        const QString &valueLabel, double maxValue, QSizeF size);

// The usage dashboard's chart of the fleet per day.
ReportChart fleetDays(const QString &fontFamily, const DashboardFigures &figures, QSizeF size);

// One line per project: its busy share per day over [from, to], with the idle threshold.
ReportChart projectLines(const QString &fontFamily,
                         const QList<QPair<QString, QList<UsageBucket>>> &projects, QDate from,
                         QDate to, int thresholdPercent, QSizeF size);

// The idle check's evidence chart of one project.
ReportChart idleEvidence(const QString &fontFamily, const IdleProject &project, QSizeF size);

} // namespace ReportCharts
} // namespace gpudesk
