// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3_stmt;

namespace gpudesk::sync {

// Runs one prepared statement per row of a pulled page's rows array (the bytes scanPullPage
// found and checked: an array of arrays of scalars), binding each row's values straight from the
// bytes: no JSON document is built, and SQLite parses no JSON. Parameter i + 1 gets the row's
// value at wireIndex[i]; strings bind as text, true/false as 1/0, integral numbers as integers
// (as syncvalue::toSql does), null as NULL; a string for a parameter `blob` marks is hex and
// binds as the bytes it spells. A row whose value at idIndex is not a string is an error, as is a
// blob that is not hex or anything the scanner would not have accepted.
class JsonRowBinder final
{
public:
    JsonRowBinder(const QList<int> &wireIndex, int idIndex, const QList<bool> &blob = {});

    // Runs `statement` once per row; *ids (when given) receives each row's id. *rowCount gets
    // the rows written.
    bool run(sqlite3_stmt *statement, const QByteArray &rows, QStringList *ids,
             qsizetype *rowCount, QString *error);

private:
    QList<int> m_paramOf; // for each wire index, its parameter (1-based), or 0 when unbound
    QList<bool> m_blob;   // for each parameter (0-based), whether it takes bytes
    int m_idIndex;
};

} // namespace gpudesk::sync
