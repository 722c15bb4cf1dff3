// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <qcustomplot.h>

namespace gpudesk {

// The time axis of the usage charts: keys are UTC seconds, ticks fall on whole steps of
// Asia/Seoul's clock and calendar (5 minutes … an hour, days, Mondays, first days of months,
// New Year), and labels say what the step needs: 14:30, then the date at midnight, 3월 5일 /
// Mar 5, 2027년 3월 / Mar 2027, in the window's language.
// (Include from .cpp files only: it brings in qcustomplot.h.)
class UsageTimeTicker final : public QCPAxisTicker
{
    Q_DECLARE_TR_FUNCTIONS(UsageTimeTicker)

public:
    UsageTimeTicker() = default;

    enum class Unit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year
    };
    struct Step
    {
        Unit unit = Unit::Day;
        int count = 1;
    };
    // The step chosen for the last range (for tests).
    Step step() const { return m_step; }

    // The label of one tick for a step, without a plot (for tests and the crosshair).
    static QString label(double keySeconds, Step step, const QLocale &locale);

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    Step m_step;
};

} // namespace gpudesk
