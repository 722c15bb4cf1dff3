// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeFormat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gpudesk {

QTimeZone displayTimeZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Seoul"));
    return zone;
}

QString formatDateTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, displayTimeZone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

QDate displayDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, displayTimeZone()).date();
}

QString formatDate(qint64 utcMs)
{
    return displayDate(utcMs).toString(Qt::ISODate);
}

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), displayTimeZone()).toMSecsSinceEpoch();
}

} // namespace gpudesk
