// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlScript.h"

#include <QRegularExpression>

namespace gpudesk {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (QString line : lines) {
        // Our scripts never put "--" inside a string literal, so a plain cut is safe here.
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (!current.isEmpty())
            current += QLatin1Char('\n');
        current += line;
        const bool ends = inTrigger ? line.endsWith(QLatin1String("END;"), Qt::CaseInsensitive)
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            current.chop(1);
            statements << current;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;
    return statements;
}

} // namespace gpudesk
