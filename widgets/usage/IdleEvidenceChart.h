// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PerformanceCheckRepository.h"

#include <QWidget>

class QCustomPlot;

namespace gpudesk {

// The evidence of an idle finding: one bar per day with the busy percentage, idle days in their
// own colour, days without telemetry hatched at full height and labelled as such (never drawn as
// 0%), the call's threshold as a dashed line and the current idle run shaded.
class IdleEvidenceChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleEvidenceChart)

public:
    explicit IdleEvidenceChart(QWidget *parent = nullptr);

    // Shows the project's days from its `from` to `asOf`; null clears the chart.
    void setProject(const IdleProject *project);

    // What is drawn, for tests and the accessible description.
    struct Facts
    {
        int busyDays = 0;
        int idleDays = 0;
        int noDataDays = 0;
        bool runShaded = false;
        double thresholdPercent = -1; // -1: no line
        QString description;          // what the chart shows, in words
    };
    Facts facts() const { return m_facts; }

    // Draws the chart of `project` (null: the hint to select one) on `plot` in `palette`'s
    // colours; the usage report draws it too. The caller replots.
    static Facts plot(QCustomPlot *plot, const IdleProject *project, const QPalette &palette);

private:
    QCustomPlot *m_plot = nullptr;
    Facts m_facts;
};

} // namespace gpudesk
