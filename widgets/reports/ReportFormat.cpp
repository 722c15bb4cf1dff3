// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportFormat.h"

#include "domain/DisplayLanguage.h"
#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gpudesk::ReportFormat {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
};

const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

} // namespace

QString date(const QDate &day)
{
    if (!day.isValid())
        return Text::tr("—");
    if (DisplayLanguage::isEnglish())
        return english().toString(day, u"d MMMM yyyy"_s);
    return u"%1년 %2월 %3일"_s.arg(day.year()).arg(day.month()).arg(day.day());
}

QString dateTime(qint64 utcMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(utcMs, displayTimeZone());
    return date(t.date()) + u' ' + t.time().toString(u"HH:mm"_s);
}

QString month(const QDate &anyDayOfIt)
{
    if (!anyDayOfIt.isValid())
        return Text::tr("—");
    if (DisplayLanguage::isEnglish())
        return english().toString(anyDayOfIt, u"MMMM yyyy"_s);
    return u"%1년 %2월"_s.arg(anyDayOfIt.year()).arg(anyDayOfIt.month());
}

QString month(const QString &yearMonth)
{
    const QDate first = QDate::fromString(yearMonth + u"-01"_s, u"yyyy-MM-dd"_s);
    return first.isValid() ? month(first) : yearMonth;
}

QString count(qint64 n)
{
    return english().toString(n);
}

QString percent(double ratio, int decimals)
{
    return english().toString(ratio * 100.0, 'f', decimals) + u'%';
}

QString score(double value)
{
    return english().toString(value, 'f', 1);
}

QString gpusAndNodes(qint64 gpus, qint64 nodes)
{
    //: GPUs with the nodes they come in, as UX.md writes them: 128 GPU = 16 nodes
    return Text::tr("%1 GPU = %Ln node(s)", nullptr, int(nodes)).arg(count(gpus));
}

} // namespace gpudesk::ReportFormat
