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

} // namespace gpudesk
