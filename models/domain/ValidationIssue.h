// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gpudesk {

// One thing wrong with what an editor holds: which field (a stable key such as "code" or
// "rubric/2/weight", so a form can point at it) and a translated message that says what to do.
struct ValidationIssue
{
    QString field;
    QString message;
};

using ValidationIssues = QList<ValidationIssue>;

// The messages alone, one per line, for a dialog or a refusal.
inline QStringList issueMessages(const ValidationIssues &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.message;
    return out;
}

// True when some issue concerns `field` or a field under it ("rubric" matches "rubric/2/weight").
inline bool hasIssue(const ValidationIssues &issues, const QString &field)
{
    for (const ValidationIssue &i : issues) {
        if (i.field == field || i.field.startsWith(field + u'/'))
            return true;
    }
    return false;
}

} // namespace gpudesk
