// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace gpudesk {

// An amount of money in integer Korean won. Never a floating-point value.
struct Money
{
    qint64 won = 0;

    friend constexpr bool operator==(Money a, Money b) { return a.won == b.won; }
    friend constexpr bool operator!=(Money a, Money b) { return a.won != b.won; }
    friend constexpr Money operator+(Money a, Money b) { return {a.won + b.won}; }
};

// "₩1,234,000": the won sign and thousands separators, as UX.md prescribes for every locale.
QString formatMoney(Money m);

} // namespace gpudesk
