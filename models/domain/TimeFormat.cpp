// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeFormat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {
QTimeZone &zoneRef()
{
    static QTimeZone zone(QByteArrayLiteral("Asia/Seoul"));
    return zone;
}
} // namespace

QTimeZone displayTimeZone()
{
    return zoneRef();
}

void setDisplayTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        zoneRef() = zone;
}

QString formatDate(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zoneRef()).toString(u"yyyy-MM-dd"_s);
}

QString formatDateTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zoneRef()).toString(u"yyyy-MM-dd HH:mm"_s);
}

QDate dateOf(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zoneRef()).date();
}

qint64 startOfDayMs(QDate day)
{
    static const QTimeZone seoul(QByteArrayLiteral("Asia/Seoul"));
    return QDateTime(day, QTime(0, 0), seoul).toMSecsSinceEpoch();
}

} // namespace gpudesk
