// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageTimeTicker.h"

#include "domain/TimeFormat.h"

#include <QDateTime>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

using Unit = UsageTimeTicker::Unit;
using Step = UsageTimeTicker::Step;

struct Candidate
{
    Step step;
    double seconds; // nominal
};

constexpr double minute = 60;
constexpr double hour = 3600;
constexpr double day = 86400;

const Candidate candidates[] = {
    {{Unit::Minute, 5}, 5 * minute},  {{Unit::Minute, 10}, 10 * minute},
    {{Unit::Minute, 15}, 15 * minute}, {{Unit::Minute, 30}, 30 * minute},
    {{Unit::Hour, 1}, hour},           {{Unit::Hour, 2}, 2 * hour},
    {{Unit::Hour, 3}, 3 * hour},       {{Unit::Hour, 6}, 6 * hour},
    {{Unit::Hour, 12}, 12 * hour},     {{Unit::Day, 1}, day},
    {{Unit::Day, 2}, 2 * day},         {{Unit::Week, 1}, 7 * day},
    {{Unit::Week, 2}, 14 * day},       {{Unit::Month, 1}, 30.4 * day},
    {{Unit::Month, 2}, 61 * day},      {{Unit::Month, 3}, 91 * day},
    {{Unit::Month, 6}, 182 * day},     {{Unit::Year, 1}, 365 * day},
    {{Unit::Year, 2}, 730 * day},      {{Unit::Year, 5}, 1826 * day},
};

QDateTime seoul(double keySeconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(keySeconds * 1000.0)),
                                          displayTimeZone());
}

double key(const QDate &d)
{
    return double(startOfDay(d)) / 1000.0;
}

} // namespace

double UsageTimeTicker::getTickStep(const QCPRange &range)
{
    const double wanted = range.size() / double(qMax(2, mTickCount));
    m_step = candidates[std::size(candidates) - 1].step;
    for (const Candidate &c : candidates) {
        if (c.seconds >= wanted) {
            m_step = c.step;
            break;
        }
    }
    for (const Candidate &c : candidates) {
        if (c.step.unit == m_step.unit && c.step.count == m_step.count)
            return c.seconds;
    }
    return day;
}

int UsageTimeTicker::getSubTickCount(double)
{
    switch (m_step.unit) {
    case Unit::Minute:
        return m_step.count >= 10 ? m_step.count / 5 - 1 : 4;
    case Unit::Hour:
        return m_step.count == 1 ? 3 : m_step.count - 1;
    case Unit::Day:
        return m_step.count == 1 ? 3 : m_step.count - 1;
    case Unit::Week:
        return 7 * m_step.count - 1;
    case Unit::Month:
    case Unit::Year:
        return 0; // months differ in length: evenly spaced sub-ticks would mislead
    }
    return 0;
}

QVector<double> UsageTimeTicker::createTickVector(double, const QCPRange &range)
{
    // One tick beyond each end too, so sub-ticks reach the edges (the base class trims).
    QVector<double> ticks;
    if (!(range.upper > range.lower) || range.size() > 200 * 365 * day)
        return ticks;
    const QDateTime first = seoul(range.lower);
    switch (m_step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        // Asia/Seoul keeps one offset all year, so a whole step of its clock is a whole step of
        // UTC moved by that offset.
        const double offset = first.offsetFromUtc();
        const double step = (m_step.unit == Unit::Minute ? minute : hour) * m_step.count;
        double t = std::ceil((range.lower + offset) / step) * step - offset - step;
        for (; t <= range.upper + step && ticks.size() < 2000; t += step)
            ticks << t;
        break;
    }
    case Unit::Day:
    case Unit::Week: {
        QDate d = first.date();
        if (m_step.unit == Unit::Week) {
            d = d.addDays(1 - d.dayOfWeek()); // Monday
            if (m_step.count > 1 && (d.toJulianDay() / 7) % m_step.count != 0)
                d = d.addDays(-7);
        } else if (m_step.count > 1) {
            d = d.addDays(-(d.toJulianDay() % m_step.count));
        }
        const int stride = m_step.unit == Unit::Week ? 7 * m_step.count : m_step.count;
        for (; ticks.size() < 2000; d = d.addDays(stride)) {
            const double t = key(d);
            ticks << t;
            if (t > range.upper)
                break;
        }
        break;
    }
    case Unit::Month:
    case Unit::Year: {
        const int months = m_step.unit == Unit::Year ? 12 * m_step.count : m_step.count;
        QDate d(first.date().year(), 1, 1);
        if (m_step.unit == Unit::Year)
            d = QDate(d.year() - d.year() % m_step.count, 1, 1);
        // The last step that starts at or before the range.
        while (key(d.addMonths(months)) <= range.lower)
            d = d.addMonths(months);
        for (; ticks.size() < 2000; d = d.addMonths(months)) {
            const double t = key(d);
            ticks << t;
            if (t > range.upper)
                break;
        }
        break;
    }
    }
    return ticks;
}

QString UsageTimeTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return label(tick, m_step, QLocale());
}

QString UsageTimeTicker::label(double keySeconds, Step step, const QLocale &locale)
{
    const QDateTime t = seoul(keySeconds);
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        if (t.time() != QTime(0, 0))
            return locale.toString(t.time(), u"HH:mm"_s);
        Q_FALLTHROUGH(); // midnight names the day
    case Unit::Day:
    case Unit::Week:
        //: Date of a tick on a chart's time axis, as a QDate format: month and day
        return locale.toString(t.date(), tr("MMM d"));
    case Unit::Month:
        //: Month of a tick on a chart's time axis, as a QDate format: month and year
        return locale.toString(t.date(), tr("MMM yyyy"));
    case Unit::Year:
        //: Year of a tick on a chart's time axis, as a QDate format
        return locale.toString(t.date(), tr("yyyy"));
    }
    return {};
}

} // namespace gpudesk
