// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QtGlobal>

// Cost share (자부담): what an organisation pays for its allocated GPU-hours.
//
// THE rounding rule, the only one in the program:
//   share = gpuHours x pricePerGpuHour x shareBasisPoints / 10000
//           x (100 - youthDiscountPercent) / 100       (the last factor only if youth-founded)
// is computed exactly in integers and truncated once, at the end, to whole won. It is never
// rounded up: the payer is never charged a fraction of a won. Intermediate results are never
// rounded, so the order of the factors cannot change the amount.
//
// Negative inputs count as 0; a youth discount above 100% counts as 100%. An amount that does not
// fit in 64 bits (about 9.2 x 10^18 won, far beyond any budget) is capped at the largest qint64.
namespace gpudesk {

// The figures of one statement line; prices and rates are the call's data, never constants.
struct CostShareInput
{
    qint64 gpuHours = 0;
    qint64 pricePerGpuHour = 0; // market price, integer KRW
    int shareBasisPoints = 0;   // 500 = 5%
    bool youthFounded = false;
    int youthDiscountPercent = 50;
};

Money costShare(const CostShareInput &in);

// Value-added tax on an amount: amount x vatPercent / 100, exact, truncated to whole won like the
// share itself (the payer is never charged a fraction of a won). A negative amount or rate
// counts as 0; an overflowing tax is capped at the largest qint64.
Money vatOn(Money amount, int vatPercent);

// GPU-hours of an allocation of `gpus` GPUs: whole days from start up to endExclusive, x 24 x gpus.
// 0 when a date is invalid, the window is empty or reversed, or gpus is not positive.
qint64 gpuHoursBetween(QDate start, QDate endExclusive, int gpus);

} // namespace gpudesk
