// SPDX-License-Identifier: GPL-3.0-or-later
#include "Money.h"

#include <QLocale>

namespace gpudesk {

QString formatMoney(Money m)
{
    static const QLocale c(QLocale::English, QLocale::UnitedStates);
    const QString digits = c.toString(m.won < 0 ? -m.won : m.won);
    return (m.won < 0 ? QStringLiteral("-₩") : QStringLiteral("₩")) + digits;
}

} // namespace gpudesk
