// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/TextFields.h"

#include <QDateTime>
#include <charconv>

namespace gpudesk::telemetry {

namespace {
template <typename Int> bool readWhole(QByteArrayView text, Int *out)
{
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, *out);
    return !text.isEmpty() && ec == std::errc() && ptr == end && *out >= 0;
}
} // namespace

bool readCount(QByteArrayView text, int *out)
{
    return readWhole(text, out);
}

bool readCount(QByteArrayView text, qint64 *out)
{
    return readWhole(text, out);
}

bool readLocalTime(QByteArrayView text, char dateSep, char timeSep, const QTimeZone &zone,
                   qint64 *utcMs)
{
    if (text.size() < 19 || text[4] != dateSep || text[7] != dateSep || text[10] != timeSep ||
        text[13] != ':' || text[16] != ':')
        return false;
    int year, month, day, hour, minute, second, ms = 0;
    if (!readCount(text.sliced(0, 4), &year) || !readCount(text.sliced(5, 2), &month) ||
        !readCount(text.sliced(8, 2), &day) || !readCount(text.sliced(11, 2), &hour) ||
        !readCount(text.sliced(14, 2), &minute) || !readCount(text.sliced(17, 2), &second))
        return false;
    if (text.size() > 19 &&
        (text.size() != 23 || text[19] != '.' || !readCount(text.sliced(20, 3), &ms)))
        return false;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid())
        return false;
    // A time inside a daylight-saving gap does not exist; Qt moves it, which is as good a guess
    // as any for a clock that was just set forward.
    const QDateTime moment(date, time, zone);
    if (!moment.isValid())
        return false;
    *utcMs = moment.toMSecsSinceEpoch();
    return true;
}

} // namespace gpudesk::telemetry
