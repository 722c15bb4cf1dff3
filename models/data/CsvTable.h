// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV file whose first line names its columns (spreadsheet exports): the header is matched to
// the columns a format knows, and each record becomes one value per known column. Shared by the
// importers so they judge headers and ragged rows alike.
namespace gpudesk {

struct CsvColumn
{
    QStringList names; // accepted header names, compared without case; the first is the key
    bool required = false;
};

struct CsvTableRow
{
    int line = 0;       // the line the record starts on
    QStringList values; // one per column of the format, trimmed; empty when absent
    QString issue;      // translated; set when the record has another number of fields
};

struct CsvTable
{
    QList<CsvTableRow> rows;    // records that are not entirely empty
    QStringList headerProblems; // translated: unknown, missing and repeated columns
    QString fatal;              // translated: empty file, malformed CSV
    bool ok() const { return fatal.isEmpty() && headerProblems.isEmpty(); }
};

// Reads the whole of `data` (UTF-8, see CsvReader). Stops at the header when it has problems.
CsvTable readCsvTable(const QByteArray &data, const QList<CsvColumn> &columns);

} // namespace gpudesk
