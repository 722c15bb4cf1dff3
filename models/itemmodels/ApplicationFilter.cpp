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

} // namespace

QStringList searchTokens(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

ApplicationFilter::Sql ApplicationFilter::toSql(const QString &alias) const
{
    Sql sql;
    QStringList terms{u"%1.deleted = 0"_s.arg(alias)};
    if (!callId.isEmpty()) {
        terms << u"%1.call_id = ?"_s.arg(alias);
        sql.values << callId;
    }
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : statuses) {
            marks << u"?"_s;
            sql.values << s;
        }
        terms << u"%1.status IN (%2)"_s.arg(alias, marks.join(u", "_s));
    }
    if (!acceleratorTypeId.isEmpty()) {
        terms << u"%1.accelerator_type_id = ?"_s.arg(alias);
        sql.values << acceleratorTypeId;
    }
    if (!orgType.isEmpty()) {
        terms << u"o.org_type = ?"_s;
        sql.values << orgType;
    }
    if (minNodes > 0) {
        terms << u"%1.requested_nodes >= ?"_s.arg(alias);
        sql.values << minNodes;
    }
    if (maxNodes > 0) {
        terms << u"%1.requested_nodes <= ?"_s.arg(alias);
        sql.values << maxNodes;
    }
    const QStringList tokens = searchTokens(search);
    QStringList longTokens;
    QStringList shortTerms;
    QVariantList shortValues;
    for (const QString &t : tokens) {
        if (t.size() >= 3) {
            longTokens << ftsPhrase(t);
        } else {
            shortTerms << u"(title LIKE ?1 ESCAPE '\\' OR title_en LIKE ?1 ESCAPE '\\' OR "
                          "org LIKE ?1 ESCAPE '\\' OR pi LIKE ?1 ESCAPE '\\' OR code LIKE ?1 ESCAPE '\\')"_s;
            shortValues << likePattern(t);
        }
    }
    if (!tokens.isEmpty()) {
        // Positional "?1" would clash with other parameters, so each LIKE gets its own five marks.
        QStringList searchTerms;
        QVariantList searchValues;
        if (!longTokens.isEmpty()) {
            searchTerms << u"application_search MATCH ?"_s;
            searchValues << longTokens.join(u" AND "_s);
        }
        for (int i = 0; i < shortTerms.size(); ++i) {
            searchTerms << QString(shortTerms.at(i)).replace(u"?1"_s, u"?"_s);
            for (int k = 0; k < 5; ++k)
                searchValues << shortValues.at(i);
        }
        terms << u"%1.rowid IN (SELECT rowid FROM application_search WHERE %2)"_s.arg(
            alias, searchTerms.join(u" AND "_s));
        sql.values << searchValues;
    }
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
