// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationFilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gpudesk {
namespace {

QString ftsPhrase(const QString &token)
{
    QString t = token;
    t.replace(u'"', u"\"\""_s);
    return u'"' + t + u'"';
}

QString likePattern(const QString &token)
{
    QString t = token;
    t.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + t + u'%';
}

const QString kKoreanText = u"app_rowid IN (SELECT app_rowid FROM application_text_ko WHERE "
                            "text_ko LIKE ? ESCAPE '\\')"_s;

} // namespace

QStringList searchTokens(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

ApplicationFilter::Sql ApplicationFilter::toSql() const
{
    Sql sql;
    QStringList terms;
    if (!callId.isEmpty()) {
        terms << u"call_id = ?"_s;
        sql.values << callId;
    }
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : statuses) {
            marks << u"?"_s;
            sql.values << s;
        }
        terms << u"status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!acceleratorTypeId.isEmpty()) {
        terms << u"type_id = ?"_s;
        sql.values << acceleratorTypeId;
    }
    if (!orgType.isEmpty()) {
        terms << u"org_type = ?"_s;
        sql.values << orgType;
    }
    if (minNodes > 0) {
        terms << u"nodes >= ?"_s;
        sql.values << minNodes;
    }
    if (maxNodes > 0) {
        terms << u"nodes <= ?"_s;
        sql.values << maxNodes;
    }
    QStringList longTokens;
    for (const QString &t : searchTokens(search)) {
        if (t.size() >= 3) {
            longTokens << ftsPhrase(t);
            continue;
        }
        const QString pattern = likePattern(t);
        bool ascii = true;
        for (const QChar c : t)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            terms << u"(title_en LIKE ? ESCAPE '\\' OR org_en LIKE ? ESCAPE '\\' OR code LIKE ? "
                     "ESCAPE '\\' OR "_s + kKoreanText + u')';
            sql.values << pattern << pattern << pattern << pattern;
        } else {
            terms << kKoreanText;
            sql.values << pattern;
        }
    }
    if (!longTokens.isEmpty()) {
        terms << u"app_rowid IN (SELECT rowid FROM application_search WHERE application_search MATCH ?)"_s;
        sql.values << longTokens.join(u" AND "_s);
    }
    if (!terms.isEmpty())
        sql.where = u"WHERE "_s + terms.join(u" AND "_s);
    return sql;
}

bool operator==(const ApplicationFilter &a, const ApplicationFilter &b)
{
    return a.callId == b.callId && a.statuses == b.statuses
        && a.acceleratorTypeId == b.acceleratorTypeId && a.orgType == b.orgType
        && a.minNodes == b.minNodes && a.maxNodes == b.maxNodes && a.search == b.search;
}

} // namespace gpudesk
