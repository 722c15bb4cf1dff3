// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "domain/Enums.h"
#include "domain/TimeFormat.h"
#include "rules/CostShare.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QtNumeric>
#include <limits>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

// The translation context lupdate and the runtime agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
};

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMsPerHour = 3600 * 1000;

// Sums that cannot grow past the cap: a capped figure stays capped instead of wrapping negative.
qint64 addCapped(qint64 a, qint64 b)
{
    qint64 sum = 0;
    return qAddOverflow(a, b, &sum) ? kMax : sum;
}

Money addCapped(Money a, Money b)
{
    return {addCapped(a.won, b.won)};
}

} // namespace

bool monthRange(const QString &month, qint64 *startMs, qint64 *endMs)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(month);
    if (!m.hasMatch())
        return false;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!first.isValid())
        return false;
    // Seoul has no daylight saving time today, but asking the zone keeps 1987-88 right too.
    *startMs = startOfDay(first);
    *endMs = startOfDay(first.addMonths(1));
    return true;
}

Statement monthlyStatement(const StatementInput &in)
{
    Statement s;
    s.month = in.month;
    if (!monthRange(in.month, &s.monthStartMs, &s.monthEndMs)) {
        s.error = Text::tr("“%1” is not a month. Write the month as YYYY-MM, for example 2026-02.")
                      .arg(in.month);
        return s;
    }
    if (!in.shareRate) {
        s.error = Text::tr("The call sets no share rate for this organisation type, so no "
                           "statement can be issued. Add the rate to the call first.");
        return s;
    }
    if (!in.shareRate->eligible) {
        s.error = Text::tr("Organisations of type %1 are not eligible in this call, so no "
                           "statement can be issued. Check the project's organisation.")
                      .arg(orgTypeLabel(in.shareRate->orgType));
        return s;
    }

    for (int i = 0; i < in.windows.size(); ++i) {
        const BilledWindow &w = in.windows.at(i);
        const qint64 from = qMax(w.startMs, s.monthStartMs);
        const qint64 to = qMin(w.endMs, s.monthEndMs);
        qint64 gpus = 0;
        if (to <= from ||
            qMulOverflow(qint64(qMax(0, w.nodes)), qint64(qMax(0, w.gpusPerNode)), &gpus) ||
            gpus <= 0)
            continue;
        StatementLine line;
        line.window = i;
        line.startMs = from;
        line.endMs = to;
        line.gpus = int(qMin<qint64>(gpus, std::numeric_limits<int>::max()));
        if (qMulOverflow(to - from, gpus, &line.gpuMilliseconds))
            line.gpuMilliseconds = kMax;
        s.gpuMilliseconds = addCapped(s.gpuMilliseconds, line.gpuMilliseconds);
        s.lines.append(line);
    }

    // The one rounding of time: whole hours of the month's total, floored.
    s.gpuHours = s.gpuMilliseconds / kMsPerHour;
    s.pricePerGpuHour = qMax<qint64>(0, in.pricePerGpuHour);
    s.shareBasisPoints = qMax(0, in.shareRate->shareBasisPoints);
    s.payPercent = in.youthFounded ? 100 - qBound(0, in.youthDiscountPercent, 100) : 100;
    s.vatPercent = qMax(0, in.vatPercent);

    qint64 market = 0;
    s.marketValue = {qMulOverflow(s.gpuHours, s.pricePerGpuHour, &market) ? kMax : market};
    s.amount = costShare({s.gpuHours, s.pricePerGpuHour, s.shareBasisPoints, in.youthFounded,
                          in.youthDiscountPercent});
    s.vat = vatOn(s.amount, s.vatPercent);
    s.total = addCapped(s.amount, s.vat);
    return s;
}

StatementSummary summarizeStatements(const QList<Statement> &statements)
{
    StatementSummary sum;
    for (const Statement &s : statements) {
        if (!s.ok()) {
            ++sum.refused;
            continue;
        }
        ++sum.projects;
        sum.gpuHours = addCapped(sum.gpuHours, s.gpuHours);
        sum.marketValue = addCapped(sum.marketValue, s.marketValue);
        sum.amount = addCapped(sum.amount, s.amount);
        sum.vat = addCapped(sum.vat, s.vat);
        sum.total = addCapped(sum.total, s.total);
    }
    return sum;
}

} // namespace gpudesk
