// SPDX-License-Identifier: GPL-3.0-or-later
#include "CostShare.h"

#include <QtNumeric>
#include <limits>

namespace gpudesk {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
// 10000 basis points x 100 percent: the one divisor, applied once.
constexpr qint64 kDivisor = 10000 * 100;

} // namespace

Money costShare(const CostShareInput &in)
{
    const qint64 gpuHours = qMax<qint64>(0, in.gpuHours);
    const qint64 price = qMax<qint64>(0, in.pricePerGpuHour);
    const qint64 basisPoints = qMax(0, in.shareBasisPoints);
    const qint64 payPercent = in.youthFounded ? 100 - qBound(0, in.youthDiscountPercent, 100) : 100;

    // rate <= INT_MAX x 100, so remainder x rate below stays under 2^63.
    const qint64 rate = basisPoints * payPercent;

    qint64 base = 0;
    if (qMulOverflow(gpuHours, price, &base))
        return {kMax};

    // floor(base x rate / D) = q x rate + floor(r x rate / D) for base = q x D + r: exact, and
    // it only overflows when the answer itself does, unlike multiplying everything first.
    const qint64 q = base / kDivisor;
    const qint64 r = base % kDivisor;
    qint64 whole = 0;
    if (qMulOverflow(q, rate, &whole))
        return {kMax};
    qint64 amount = 0;
    if (qAddOverflow(whole, r * rate / kDivisor, &amount))
        return {kMax};
    return {amount};
}

Money vatOn(Money amount, int vatPercent)
{
    const qint64 base = qMax<qint64>(0, amount.won);
    const qint64 percent = qMax(0, vatPercent);
    // Same split as above: floor(base x p / 100) without multiplying the whole base first.
    qint64 whole = 0;
    if (qMulOverflow(base / 100, percent, &whole))
        return {kMax};
    qint64 vat = 0;
    if (qAddOverflow(whole, (base % 100) * percent / 100, &vat))
        return {kMax};
    return {vat};
}

qint64 gpuHoursBetween(QDate start, QDate endExclusive, int gpus)
{
    if (!start.isValid() || !endExclusive.isValid() || gpus <= 0)
        return 0;
    const qint64 days = start.daysTo(endExclusive);
    if (days <= 0)
        return 0;
    // QDate spans billions of years, so absurd windows are capped rather than wrapped.
    qint64 hours = 0;
    qint64 gpuHours = 0;
    if (qMulOverflow(days, qint64(24), &hours) || qMulOverflow(hours, qint64(gpus), &gpuHours))
        return kMax;
    return gpuHours;
}

} // namespace gpudesk
