// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusQuery.h"

#include "telemetry/DcgmMetrics.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gpudesk {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

} // namespace

QString PrometheusQuery::selector(const QString &matchers)
{
    QStringList names;
    for (const QByteArrayView name : dcgm::metricNames())
        names << QString::fromLatin1(name);
    QString s = u"{__name__=~\""_s + names.join(u'|') + u'"';
    if (!matchers.isEmpty())
        s += u',' + matchers;
    return s + u'}';
}

QString PrometheusQuery::expression(const QString &matchers, int stepSeconds)
{
    const QString series = selector(matchers);
    // (t - step, t]: range selectors include their left end, so one millisecond less.
    return series + u" and last_over_time("_s + series + u'[' +
           QString::number(qint64(stepSeconds) * 1000 - 1) + u"ms])"_s;
}

bool PrometheusQuery::normaliseFilter(const QString &text, QString *matchers, QString *error)
{
    QString t = text.trimmed();
    if (t.startsWith(u'{') && t.endsWith(u'}'))
        t = t.mid(1, t.size() - 2);
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = t.size();
    const auto skipSpace = [&] {
        while (i < n && t.at(i).isSpace())
            ++i;
    };
    const auto fail = [&](const QString &why) {
        *error = tr("The label filter \"%1\" cannot be read at character %2: %3 Write matchers "
                    "such as job=\"dcgm\", cluster=~\"b200-.*\".")
                     .arg(text)
                     .arg(i + 1)
                     .arg(why);
        return false;
    };
    skipSpace();
    while (i < n) {
        const qsizetype nameStart = i;
        if (!isNameStart(t.at(i)))
            return fail(tr("a label name must start with a letter or an underscore."));
        while (i < n && isNameChar(t.at(i)))
            ++i;
        const QString name = t.mid(nameStart, i - nameStart);
        if (name == u"__name__"_s)
            return fail(tr("the metric names are chosen by gpudesk, not by the filter."));
        skipSpace();
        QString op;
        for (const QString &candidate : {u"=~"_s, u"!~"_s, u"!="_s, u"="_s}) {
            if (QStringView(t).mid(i).startsWith(candidate)) {
                op = candidate;
                break;
            }
        }
        if (op.isEmpty())
            return fail(tr("expected =, !=, =~ or !~ after the label name."));
        i += op.size();
        skipSpace();
        if (i >= n || t.at(i) != u'"')
            return fail(tr("the value must be in double quotes."));
        const qsizetype valueStart = i++;
        while (i < n && t.at(i) != u'"') {
            if (t.at(i) == u'\\')
                ++i;
            ++i;
        }
        if (i >= n)
            return fail(tr("the closing double quote is missing."));
        ++i;
        out << name + op + t.mid(valueStart, i - valueStart);
        skipSpace();
        if (i < n) {
            if (t.at(i) != u',')
                return fail(tr("expected a comma between matchers."));
            ++i;
            skipSpace();
        }
    }
    *matchers = out.join(u',');
    return true;
}

qint64 PrometheusQuery::alignUp(qint64 fromMs, qint64 stepMs)
{
    const qint64 rem = ((fromMs % stepMs) + stepMs) % stepMs;
    return rem == 0 ? fromMs : fromMs + (stepMs - rem);
}

qint64 PrometheusQuery::chunkPoints(int seriesSeen)
{
    if (seriesSeen <= 0)
        return 720; // half a day of minutes: a first answer of modest size shows the series count
    return std::clamp(answerPointsTarget / seriesSeen, qint64(1), chunkPointsLimit);
}

qint64 PrometheusQuery::chunkEnd(qint64 fromMs, qint64 toMs, qint64 stepMs, qint64 points)
{
    if (toMs <= fromMs)
        return fromMs;
    const qint64 steps = std::min((toMs - fromMs) / stepMs, points - 1);
    return fromMs + steps * stepMs;
}

QList<FetchedRange> PrometheusQuery::missing(const QList<FetchedRange> &covered, qint64 fromMs,
                                             qint64 toMs, qint64 stepMs)
{
    QList<FetchedRange> out;
    qint64 start = alignUp(fromMs, stepMs);
    for (const FetchedRange &c : covered) {
        if (start > toMs)
            break;
        if (c.to < start)
            continue;
        if (c.from > start)
            out.append({start, std::min(toMs, alignUp(c.from, stepMs) - stepMs)});
        start = std::max(start, alignUp(c.to + 1, stepMs));
    }
    if (start <= toMs)
        out.append({start, toMs});
    // A part shorter than one step holds no evaluation time.
    out.removeIf([](const FetchedRange &r) { return r.to < r.from; });
    return out;
}

void PrometheusQuery::cover(QList<FetchedRange> *covered, FetchedRange range, qint64 stepMs)
{
    if (range.to < range.from)
        return;
    covered->append(range);
    std::sort(covered->begin(), covered->end(),
              [](const FetchedRange &a, const FetchedRange &b) { return a.from < b.from; });
    QList<FetchedRange> merged;
    for (const FetchedRange &r : std::as_const(*covered)) {
        if (!merged.isEmpty() && r.from <= merged.constLast().to + stepMs)
            merged.last().to = std::max(merged.constLast().to, r.to);
        else
            merged.append(r);
    }
    *covered = merged;
}

QString PrometheusQuery::rangesText(const QList<FetchedRange> &ranges)
{
    QStringList parts;
    for (const FetchedRange &r : ranges)
        parts << QString::number(r.from) + u':' + QString::number(r.to);
    return parts.join(u';');
}

QList<FetchedRange> PrometheusQuery::rangesFromText(const QString &text)
{
    QList<FetchedRange> ranges;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(u':');
        bool okFrom = false;
        bool okTo = false;
        const FetchedRange r{ends.value(0).toLongLong(&okFrom), ends.value(1).toLongLong(&okTo)};
        if (ends.size() == 2 && okFrom && okTo && r.from <= r.to)
            ranges.append(r);
    }
    return ranges;
}

} // namespace gpudesk
