// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace gpudesk {

// What the application browser's filter bar and search box ask for, turned into one SQL WHERE
// clause over application_browse with bound values (the user's text is never spliced into SQL).
struct ApplicationFilter
{
    QString callId;          // empty: every call
    QStringList statuses;    // status keys; empty: every status
    QString acceleratorTypeId;
    QString orgType;         // org type key
    int minNodes = 0;        // 0: no lower bound
    int maxNodes = 0;        // 0: no upper bound
    QString search;          // titles (Korean, English), organisation, investigator, receipt code

    // Tokens of three characters or more use the trigram index; shorter ones (many Korean words
    // have two syllables) fall back to LIKE: Korean ones over title, organisation and
    // investigator, others over the English names and the receipt code as well.
    struct Sql
    {
        QString where; // "WHERE ..." over application_browse, or empty when nothing is asked
        QVariantList values;
    };
    Sql toSql() const;

    friend bool operator==(const ApplicationFilter &a, const ApplicationFilter &b);
};

// Splits a search text into tokens on white space; quotes are not special.
QStringList searchTokens(const QString &text);

} // namespace gpudesk
